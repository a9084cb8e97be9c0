package diplograph

// CameoCode is a CAMEO event code of the extractor's vocabulary.
type CameoCode struct {
	// Name is the codebook's name of the code.
	Name string
	// Goldstein is the code's value on the Goldstein scale, -10 (most
	// conflictual) to +10 (most cooperative).
	Goldstein float64
}

// cameoCodes are the codes the extractor emits. Names follow the CAMEO
// codebook (Schrodt, CAMEO Conflict and Mediation Event Observations Event
// and Actor Codebook, v1.1b3, 2012); Goldstein values are those of Goldstein
// (1992), "A Conflict-Cooperation Scale for WEIS Events Data", as mapped to
// CAMEO in GDELT's CAMEO.goldsteinscale.txt.
var cameoCodes = map[string]CameoCode{
	"018":  {"Make empathetic comment", 3.4},
	"020":  {"Make an appeal or request", 3.0},
	"030":  {"Express intent to cooperate", 4.0},
	"031":  {"Express intent to engage in material cooperation", 5.2},
	"033":  {"Express intent to provide material aid", 5.2},
	"036":  {"Express intent to meet or negotiate", 4.0},
	"040":  {"Consult", 1.0},
	"041":  {"Discuss by telephone", 1.0},
	"042":  {"Make a visit", 1.9},
	"043":  {"Host a visit", 2.8},
	"045":  {"Mediate", 5.0},
	"046":  {"Engage in negotiation", 7.0},
	"051":  {"Praise or endorse", 3.4},
	"054":  {"Grant diplomatic recognition", 6.0},
	"055":  {"Apologize", 7.0},
	"057":  {"Sign formal agreement", 8.0},
	"061":  {"Cooperate economically", 6.4},
	"062":  {"Cooperate militarily", 7.4},
	"070":  {"Provide aid", 7.0},
	"071":  {"Provide economic aid", 7.4},
	"072":  {"Provide military aid", 8.3},
	"073":  {"Provide humanitarian aid", 7.4},
	"074":  {"Provide military protection or peacekeeping", 8.5},
	"081":  {"Ease administrative sanctions", 5.0},
	"085":  {"Ease economic sanctions, boycott, embargo", 7.0},
	"087":  {"De-escalate military engagement", 9.0},
	"0841": {"Return, release person(s)", 7.0},
	"0871": {"Declare truce, ceasefire", 9.0},
	"100":  {"Demand", -5.0},
	"110":  {"Disapprove", -2.0},
	"111":  {"Criticize or denounce", -2.0},
	"112":  {"Accuse", -2.0},
	"113":  {"Rally opposition against", -2.0},
	"114":  {"Complain officially", -2.0},
	"120":  {"Reject", -4.0},
	"125":  {"Reject proposal to meet, discuss, or negotiate", -5.0},
	"129":  {"Veto", -5.0},
	"130":  {"Threaten", -4.4},
	"1312": {"Threaten with sanctions, boycott, embargo", -5.8},
	"138":  {"Threaten with military force", -7.0},
	"150":  {"Demonstrate military or police power", -7.2},
	"154":  {"Mobilize or increase armed forces", -7.2},
	"160":  {"Reduce relations", -4.0},
	"161":  {"Reduce or break diplomatic relations", -4.0},
	"162":  {"Reduce or stop material aid", -5.6},
	"163":  {"Impose embargo, boycott, or sanctions", -8.0},
	"164":  {"Halt negotiations", -7.0},
	"166":  {"Expel or withdraw", -7.0},
	"170":  {"Coerce", -7.0},
	"171":  {"Seize or damage property", -9.2},
	"172":  {"Impose administrative sanctions", -5.0},
	"173":  {"Arrest, detain, or charge with legal action", -5.0},
	"174":  {"Expel or deport individuals", -5.0},
	"180":  {"Use unconventional violence", -9.0},
	"182":  {"Physically assault", -9.5},
	"190":  {"Use conventional military force", -10.0},
	"191":  {"Impose blockade, restrict movement", -9.5},
	"192":  {"Occupy territory", -9.5},
	"195":  {"Employ aerial weapons", -10.0},
	"196":  {"Violate ceasefire", -9.5},
}

// Cameo returns what the vocabulary knows of a code ("042": "Make a visit",
// 1.9), and whether the code is in it.
func Cameo(code string) (CameoCode, bool) {
	c, ok := cameoCodes[code]
	return c, ok
}
