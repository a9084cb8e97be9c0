package nlp

import "github.com/diplograph/diplograph"

// voice says where a trigger's source and target stand.
type voice uint8

const (
	// active verb: source before it (subject), target after it (object).
	active voice = iota
	// passive verb ("dikritik AS"): target before, source after (or after "oleh").
	passive
	// noun ("kunjungan Kim ke Rusia", "kerja sama antara A dan B"): source
	// after it or the sentence's subject, target after a preposition.
	noun
	// receive ("menerima bantuan dari X", "menuai kecaman dari X"): source
	// after "dari", target the subject.
	receive
)

// trigger is one entry of the event lexicon.
type trigger struct {
	code  string
	voice voice
	// sym: a reciprocal act (meeting, talks): coded in both directions.
	sym bool
	// mirror is the code of the reverse event (a visit made is one hosted).
	mirror string
	// base is the confidence of the trigger itself (see eventConfidence).
	base float64
	// onlyPositive: a relation word that is an act of cooperation only when
	// the sentence says it grows ("hubungan ... makin kuat").
	onlyPositive bool
	// ownerOnly: a noun whose source must follow it ("ancaman AS");
	// noOwner: a noun whose following name is its target, not its source
	// ("sanksi Korea Utara").
	ownerOnly, noOwner bool
}

// ownerOnlyNouns, noOwnerNouns and relationNouns set trigger.ownerOnly,
// noOwner and onlyPositive.
var (
	relationNouns  = newWordSet("hubungan", "hubungannya", "hubungan bilateral", "hubungan persahabatan")
	ownerOnlyNouns = newWordSet("ancaman")
	noOwnerNouns   = newWordSet("sanksi")
)

// triggerTable lists the Indonesian triggers with their morphological
// variants: me-/ber- verbs, di- passives, headline bare stems, and -nya
// forms. Phrases match as whole words in any case; the longest match wins.
var triggerTable = []struct {
	code   string
	voice  voice
	sym    bool
	mirror string
	base   float64
	forms  string
}{
	// 03 intent to cooperate
	{"030", active, false, "", 0.8, "bekerja sama|bekerjasama|menjalin kerja sama|menjalin kerjasama|jalin kerja sama|" +
		"meningkatkan kerja sama|meningkatkan kerjasama|tingkatkan kerja sama|memperkuat kerja sama|memperkuat kerjasama|" +
		"perkuat kerja sama|mempererat kerja sama|memperluas kerja sama|memperdalam kerja sama|menyerukan kerja sama|" +
		"serukan kerja sama|serukan peningkatan kerja sama|menyerukan peningkatan kerja sama|" +
		"memperkuat hubungan|memperkuat hubungannya|perkuat hubungan|mempererat hubungan|meningkatkan hubungan|" +
		"mengembangkan hubungan|membangun hubungan|menjalin hubungan|memperdalam hubungan|menormalisasi hubungan|" +
		"bergandengan tangan|berpegangan erat|bersekutu|beraliansi"},
	{"030", noun, false, "", 0.7, "kerja sama|kerjasama|kerjasamanya|kerja samanya|kemitraan|aliansi|persekutuan|" +
		"meningkatnya hubungan|menguatnya hubungan|peningkatan kerja sama|peningkatan hubungan"},
	{"030", noun, false, "", 0.6, "hubungan|hubungannya|hubungan bilateral|hubungan persahabatan"},
	{"036", active, false, "", 0.7, "berencana bertemu|siap bertemu|ingin bertemu|bersedia bertemu"},
	// 04 consult
	{"040", active, true, "", 0.8, "bertemu|bertemu dengan|mengadakan pertemuan|menggelar pertemuan|melakukan pertemuan|" +
		"mengadakan pembicaraan|menggelar pembicaraan|melakukan pembicaraan|berdialog|berdiskusi|berbincang|temui|menemui"},
	{"040", noun, true, "", 0.7, "pertemuan|pertemuan puncak|pembicaraan|dialog|konsultasi"},
	{"041", active, true, "", 0.8, "berbicara melalui telepon|berbicara lewat telepon|berbicara via telepon|menelepon|bertelepon"},
	{"043", active, false, "042", 0.8, "menjamu|menerima kunjungan|menyambut kedatangan"},
	{"043", passive, false, "042", 0.75, "disambut|disambut oleh|dijamu|dijamu oleh"},
	{"042", active, false, "043", 0.75, "tiba di|tiba ke|mendarat di"},
	{"111", receive, false, "", 0.75, "menuai kecaman|menuai kritik|mendapat kecaman|mendapat kritik|menerima kecaman"},
	{"041", noun, true, "", 0.75, "percakapan telepon|pembicaraan telepon|panggilan telepon|sambungan telepon"},
	{"040", active, true, "", 0.7, "berbicara dengan|berdialog dengan"},
	{"042", active, false, "043", 0.8, "mengunjungi|kunjungi|berkunjung|berkunjung ke|melawat|melawat ke|bertandang|bertandang ke|menyambangi|sambangi"},
	{"042", noun, false, "043", 0.7, "kunjungan|lawatan|kunjungan kenegaraan|kunjungan resmi"},
	{"046", active, true, "", 0.8, "berunding|bernegosiasi"},
	{"046", noun, true, "", 0.7, "perundingan|negosiasi"},
	// 05 diplomatic cooperation
	{"051", active, false, "", 0.75, "memuji|puji|mengapresiasi|apresiasi|menyambut baik|sambut baik|berterima kasih|" +
		"mendukung|dukung|membela|bela"},
	{"051", passive, false, "", 0.75, "dipuji|didukung"},
	{"051", noun, false, "", 0.65, "terima kasih|dukungan|pujian|apresiasi"},
	{"051", active, false, "", 0.75, "mengucapkan selamat|ucapkan selamat|memberi selamat|memberikan selamat"},
	{"057", active, true, "", 0.85, "menandatangani|tandatangani|meneken|teken"},
	{"057", noun, true, "", 0.75, "penandatanganan"},
	// 07 provide aid
	{"070", active, false, "", 0.75, "memberikan bantuan|memberi bantuan|mengirim bantuan|mengirimkan bantuan|" +
		"menyalurkan bantuan|membantu|bantu"},
	{"072", active, false, "", 0.8, "memberikan bantuan militer|memberi bantuan militer|mengirim bantuan militer|mengirimkan bantuan militer"},
	{"073", active, false, "", 0.8, "memberikan bantuan kemanusiaan|memberi bantuan kemanusiaan|mengirim bantuan kemanusiaan|menyalurkan bantuan kemanusiaan"},
	{"070", noun, false, "", 0.65, "bantuan"},
	{"070", receive, false, "", 0.7, "menerima bantuan|mendapat bantuan|mendapatkan bantuan|menerima dukungan"},
	{"072", active, false, "", 0.8, "memasok senjata|memasok|pasok senjata|pasok|mengirim senjata|mengirimkan senjata|" +
		"memberikan senjata|memberi senjata|menjual senjata|memasok peralatan militer"},
	{"072", noun, false, "", 0.65, "bantuan militer|pasokan senjata|pengiriman senjata|transfer senjata|penjualan senjata"},
	{"073", noun, false, "", 0.7, "bantuan kemanusiaan"},
	{"071", noun, false, "", 0.7, "bantuan ekonomi|bantuan keuangan"},
	// 02 appeal, 10 demand
	{"020", active, false, "", 0.75, "mendesak|desak|meminta|minta|mengimbau|imbau|menyerukan|serukan"},
	{"100", active, false, "", 0.75, "menuntut|tuntut"},
	// 11 disapprove
	// "melawan" is left out: it is mostly the preposition "against"
	// ("perang melawan X"), which names no act of disapproval.
	{"110", active, false, "", 0.6, "menentang"},
	{"111", active, false, "", 0.8, "mengkritik|kritik|mengecam|kecam|mengutuk|kutuk|mencela|mengkritisi"},
	{"111", passive, false, "", 0.8, "dikritik|dikecam|dikutuk|dicela"},
	{"111", noun, false, "", 0.65, "kecaman|kritik keras|kutukan"},
	{"111", active, false, "", 0.75, "menyesalkan|sesalkan|mengecam keras|mengutuk keras"},
	{"112", active, false, "", 0.8, "menuduh|tuduh|menuding|tuding|menyalahkan|salahkan|memfitnah|fitnah"},
	{"112", passive, false, "", 0.8, "dituduh|dituding|disalahkan"},
	{"114", noun, false, "", 0.65, "protes|protes keras|nota protes"},
	{"114", active, false, "", 0.8, "memanggil duta besar|memanggil dubes|panggil dubes|panggil duta besar|memprotes"},
	// 12 reject
	{"120", active, false, "", 0.7, "menolak|tolak|membantah|bantah|menghalangi|halangi|memblokir|blokir|menghambat"},
	{"120", passive, false, "", 0.7, "ditolak|dibantah"},
	{"129", active, false, "", 0.85, "memveto|veto|menggunakan hak veto|menggunakan veto"},
	{"129", passive, false, "", 0.85, "diveto"},
	// 13 threaten
	{"130", active, false, "", 0.8, "mengancam|ancam|memperingatkan|peringatkan"},
	{"130", passive, false, "", 0.8, "diancam|diperingatkan"},
	{"130", noun, false, "", 0.6, "ancaman"},
	// 16 reduce relations
	{"160", active, false, "", 0.8, "menghentikan kerja sama|menangguhkan kerja sama|membekukan kerja sama|memutus kerja sama|" +
		"memutuskan kerja sama|menurunkan hubungan|membekukan hubungan|menangguhkan hubungan"},
	{"161", active, false, "", 0.85, "memutuskan hubungan|putuskan hubungan|memutus hubungan"},
	{"163", active, false, "", 0.85, "menjatuhkan sanksi|jatuhkan sanksi|memberlakukan sanksi|mengenakan sanksi|menerapkan sanksi"},
	{"163", passive, false, "", 0.85, "disanksi|dijatuhi sanksi|dikenai sanksi"},
	{"163", noun, false, "", 0.65, "sanksi"},
	{"166", active, false, "", 0.8, "menarik duta besar|menarik pulang duta besar|memanggil pulang duta besar|menarik dubes|" +
		"menarik duta besarnya|menarik pulang duta besarnya"},
	{"166", active, false, "", 0.85, "mengusir|usir"},
	// 19 fight
	{"190", active, false, "", 0.85, "menyerang|serang|menginvasi|menyerbu|serbu|menggempur|gempur|membombardir"},
	{"190", passive, false, "", 0.85, "diserang|diinvasi|diserbu|digempur|dibombardir"},
	{"190", noun, false, "", 0.7, "serangan|invasi|agresi"},
	{"195", active, false, "", 0.8, "meluncurkan rudal|menembakkan rudal|luncurkan rudal|tembakkan rudal"},
}

// contextCues mark an event that is not reported as a fact, by the words
// shortly before its trigger (after PLOVER's context).
var contextCues = map[string]string{
	"tidak": diplograph.ContextNegated, "tak": diplograph.ContextNegated, "belum": diplograph.ContextNegated, "bukan": diplograph.ContextNegated,
	"tanpa": diplograph.ContextNegated, "enggan": diplograph.ContextNegated, "gagal": diplograph.ContextNegated, "membantah": diplograph.ContextNegated,
	"menyangkal": diplograph.ContextNegated, "menolak": diplograph.ContextNegated,
	"jika": diplograph.ContextHypothetical, "jikalau": diplograph.ContextHypothetical, "apabila": diplograph.ContextHypothetical,
	"seandainya": diplograph.ContextHypothetical, "kalau": diplograph.ContextHypothetical, "bila": diplograph.ContextHypothetical,
	"bisa": diplograph.ContextHypothetical, "dapat": diplograph.ContextHypothetical, "mungkin": diplograph.ContextHypothetical,
	"kemungkinan": diplograph.ContextHypothetical, "berpotensi": diplograph.ContextHypothetical,
	"diduga": diplograph.ContextAlleged, "dituduh": diplograph.ContextAlleged, "disebut": diplograph.ContextAlleged, "dilaporkan": diplograph.ContextAlleged,
	"kabarnya": diplograph.ContextAlleged, "konon": diplograph.ContextAlleged, "tuduhan": diplograph.ContextAlleged, "laporan": diplograph.ContextAlleged,
	"menuduh": diplograph.ContextAlleged, "menuding": diplograph.ContextAlleged, "dituding": diplograph.ContextAlleged, "dikabarkan": diplograph.ContextAlleged,
	"akan": diplograph.ContextFuture, "bakal": diplograph.ContextFuture, "berencana": diplograph.ContextFuture, "hendak": diplograph.ContextFuture,
	"siap": diplograph.ContextFuture, "berjanji": diplograph.ContextFuture, "rencana": diplograph.ContextFuture, "ingin": diplograph.ContextFuture,
	"bersedia": diplograph.ContextFuture, "kesediaannya": diplograph.ContextFuture, "kesediaan": diplograph.ContextFuture, "berniat": diplograph.ContextFuture,
	"berupaya": diplograph.ContextFuture, "berusaha": diplograph.ContextFuture, "mengundang": diplograph.ContextFuture, "setiap": diplograph.ContextHypothetical, "undangan": diplograph.ContextFuture,
}

// growthCues after a relation word make it cooperation ("hubungan kedua
// negara makin erat").
var growthCues = newWordSet("kuat", "erat", "dekat", "membaik", "menguat", "mesra", "harmonis", "tumbuh", "meningkat", "berkembang")

// cancelCues after a trigger in its sentence negate it ("Pertemuan ...
// dibatalkan").
var cancelCues = newWordSet("dibatalkan", "batal", "ditunda", "urung", "gagal")

// contextRank orders contexts when several cues apply: the strongest wins.
var contextRank = map[string]int{diplograph.ContextNegated: 4, diplograph.ContextHypothetical: 3, diplograph.ContextAlleged: 2, diplograph.ContextFuture: 1}

// toneCues are words by which a speaker criticises whoever they qualify
// ("pernyataan Blinken yang provokatif", "kebijakan hegemonik AS"): a
// statement holding one is coded 111 against the actor nearest the cue.
var toneCues = newWordSet(
	"provokatif", "provokasi", "bermusuhan", "permusuhan", "hegemonik", "hegemoni", "ancaman", "mengancam",
	"kejam", "berbahaya", "agresif", "agresi", "memfitnah", "fitnah", "sewenang", "kesewenang",
	"imperialis", "munafik", "ilegal", "destabilisasi", "arogan", "sembrono", "absurd", "bertanggung",
)

// targetPreps introduce a noun trigger's target ("kunjungan ke Rusia").
var targetPreps = newWordSet("ke", "dengan", "kepada", "terhadap", "untuk", "bagi", "atas", "melawan", "pada")
