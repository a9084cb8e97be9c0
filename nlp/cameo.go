package nlp

// cameoCode is one CAMEO event code the extractor emits.
type cameoCode struct {
	name      string
	goldstein float64
}

// cameoCodes are the codes the trigger lexicon uses. Names follow the CAMEO
// codebook (Schrodt, CAMEO Conflict and Mediation Event Observations Event
// and Actor Codebook, v1.1b3, 2012); Goldstein values are those of Goldstein
// (1992), "A Conflict-Cooperation Scale for WEIS Events Data", as mapped to
// CAMEO in GDELT's CAMEO.goldsteinscale.txt.
var cameoCodes = map[string]cameoCode{
	"020": {"Make an appeal or request", 3.0},
	"030": {"Express intent to cooperate", 4.0},
	"036": {"Express intent to meet or negotiate", 4.0},
	"040": {"Consult", 1.0},
	"041": {"Discuss by telephone", 1.0},
	"042": {"Make a visit", 1.9},
	"043": {"Host a visit", 2.8},
	"046": {"Engage in negotiation", 7.0},
	"051": {"Praise or endorse", 3.4},
	"057": {"Sign formal agreement", 8.0},
	"070": {"Provide aid", 7.0},
	"071": {"Provide economic aid", 7.4},
	"072": {"Provide military aid", 8.3},
	"073": {"Provide humanitarian aid", 7.4},
	"100": {"Demand", -5.0},
	"110": {"Disapprove", -2.0},
	"111": {"Criticize or denounce", -2.0},
	"112": {"Accuse", -2.0},
	"114": {"Complain officially", -2.0},
	"120": {"Reject", -4.0},
	"129": {"Veto", -5.0},
	"130": {"Threaten", -4.4},
	"160": {"Reduce relations", -4.0},
	"161": {"Reduce or break diplomatic relations", -4.0},
	"163": {"Impose embargo, boycott, or sanctions", -8.0},
	"166": {"Expel or withdraw", -7.0},
	"190": {"Use conventional military force", -10.0},
	"195": {"Employ aerial weapons", -10.0},
}

// CameoName returns the codebook name of a CAMEO code the extractor emits
// ("042" → "Make a visit"), or "" for any other code.
func CameoName(code string) string { return cameoCodes[code].name }

// cameoRoot is the two-digit root of a code ("036" -> "03").
func cameoRoot(code string) string { return code[:2] }

// quadClass maps a root to GDELT's quad classes: 1 verbal cooperation
// (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
// 4 material conflict (14-20).
func quadClass(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	}
	return 4
}
