package nlp

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
)

func TestTokenizeSplitsHyphensAndKeepsOffsets(t *testing.T) {
	text := `Kim Jong-un tiba di Korea Utara-Rusia, katanya: "Jum'at."`
	tk := newTokenizer()
	toks := tk.tokens(text, nil)
	var words []string
	for _, tk := range toks {
		if text[tk.start:tk.end] == "" {
			t.Fatalf("empty token %+v", tk)
		}
		if tk.word {
			words = append(words, tk.low)
		}
	}
	want := []string{"kim", "jong", "un", "tiba", "di", "korea", "utara", "rusia", "katanya", "jum'at"}
	if !slices.Equal(words, want) {
		t.Fatalf("words = %q, want %q", words, want)
	}
	if !toks[2].joined || toks[1].joined {
		t.Errorf("hyphen joins: jong=%v un=%v", toks[1].joined, toks[2].joined)
	}
	if !toks[0].upper || toks[0].caps || toks[2].upper {
		t.Errorf("case flags wrong: %+v %+v", toks[0], toks[2])
	}
	if tk.key("Kim Jong-un") != tk.key("Kim Jong Un") || tk.key("KIM  jong UN") != "kim jong un" {
		t.Errorf("keys differ: %q %q", tk.key("Kim Jong-un"), tk.key("Kim Jong Un"))
	}
	if tk.kebab("Sin Hong-chol") != "sin-hong-chol" {
		t.Errorf("kebab = %q", tk.kebab("Sin Hong-chol"))
	}
}

func TestPhraseCaseRules(t *testing.T) {
	tk := newTokenizer()
	s := newPhraseSet(tk)
	s.add("AS", 1, true)          // short acronym: exact
	s.add("TASS", 2, true)        // long acronym: any capitalized spelling
	s.add("Barat", 3, true)       // one-word name: capitalized only
	s.add("Kim Jong Un", 4, true) // several words: any case, hyphens folded
	s.add("Korea Utara", 5, true) // several words
	s.add("Korea Utara Baru", 6, true)
	tests := []struct {
		text string
		want int // ref of the match at the first token, 0 for none
	}{
		{"AS menolak", 1},
		{"as menolak", 0},
		{"As menolak", 0},
		{"Tass melaporkan", 2},
		{"TASS melaporkan", 2},
		{"tass melaporkan", 0},
		{"Barat menolak", 3},
		{"barat daya", 0},
		{"Kim Jong-un tiba", 4},
		{"KIM JONG UN tiba", 4},
		{"Korea Utara Baru", 6}, // longest wins
		{"Korea Utara menolak", 5},
		{"Korea, Utara", 0},
	}
	for _, tt := range tests {
		toks := tk.tokens(tt.text, nil)
		p, _ := s.matchAt(tt.text, toks, 0)
		got := 0
		if p != nil {
			got = p.ref
		}
		if got != tt.want {
			t.Errorf("%q: matched %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestDictionaryNamesAndAliases(t *testing.T) {
	tests := []struct {
		sentence, id string
	}{
		{"Korea Utara meluncurkan rudal.", "prk"},
		{"Korut meluncurkan rudal.", "prk"},
		{"Pyongyang meluncurkan rudal.", "prk"},
		{"Kim Jong-un meninjau pabrik.", "kim-jong-un"},
		{"Kim Jong Un meninjau pabrik.", "kim-jong-un"},
		{"Vladimir Putin berbicara.", "vladimir-putin"},
		{"Dmitry Peskov berbicara.", "dmitry-peskov"},
		{"Antony Blinken tiba.", "antony-blinken"},
		{"Yoon Suk Yeol tiba.", "yoon-suk-yeol"},
		{"KCNA melaporkan hal itu.", "kcna"},
		{"Kremlin menolak berkomentar.", "kremlin"},
		{"Dewan Keamanan PBB bersidang.", "un-security-council"},
		{"AS menolak usulan itu.", "usa"},
		{"Moskow menolak usulan itu.", "rus"},
	}
	for _, tt := range tests {
		r := analyzeText(t, "", "", tt.sentence)
		if _, ok := r.actor(tt.id); !ok {
			t.Errorf("%q: actors %v, want %s", tt.sentence, r.ids(), tt.id)
		}
	}
	// Money and languages are not states.
	r := analyzeText(t, "", "", "Bantuan senilai 300 juta dolar AS itu diumumkan dalam bahasa Inggris untuk Amerika Latin.")
	if len(r.actors) != 0 {
		t.Errorf("actors from a currency or a language: %v", r.ids())
	}
	// "as" the word is not the United States, nor "barat" the direction.
	r = analyzeText(t, "", "", "Kapal itu berlayar ke arah barat, sama cepatnya as roda.")
	if len(r.actors) != 0 {
		t.Errorf("actors from common words: %v", r.ids())
	}
}

func TestDiscoveredPeopleAndBodies(t *testing.T) {
	tests := []struct {
		name                    string
		paras                   []string
		id, typ, country, alias string
		role, of                string
	}{
		{
			name:  "ambassador named after a comma",
			paras: []string{"Duta Besar Korea Utara untuk Rusia, Sin Hong-chol mengatakan hubungan kedua negara membaik."},
			id:    "sin-hong-chol", typ: diplograph.TypePerson, country: "PRK", alias: "Duta Besar Korea Utara untuk Rusia Sin Hong-chol",
			role: "Duta Besar Korea Utara untuk Rusia", of: "prk",
		},
		{
			name: "a spokesperson of the body pointed back to, named after a comma",
			paras: []string{"Kantor Urusan Taiwan China mengecam pidato itu.",
				`"Ini provokasi," ujar juru bicara kantor itu, Chen Binhua.`},
			id: "chen-binhua", typ: diplograph.TypePerson, country: "CHN", alias: "juru bicara Chen Binhua",
			role: "juru bicara", of: "chn-taiwan-affairs-office",
		},
		{
			name:  "a party named before its acronym in brackets",
			paras: []string{"Militer Myanmar menggelar pemilu pada Minggu.", "Partai Persatuan Solidaritas dan Pembangunan (USDP) mengklaim menang dalam pemilu itu."},
			id:    "partai-persatuan-solidaritas-dan-pembangunan", typ: diplograph.TypeOrganization, country: "MMR", alias: "USDP",
		},
		{
			name:  "an armed group named before its acronym, a state in its name",
			paras: []string{"Kelompok Tehreek-e-Labbaik Pakistan (TLP) memblokade jalan menuju Islamabad."},
			id:    "kelompok-tehreek-e-labbaik-pakistan", typ: diplograph.TypeOrganization, country: "PAK", alias: "TLP",
		},
		{
			name:  "a think tank with English words between its name's words, after an analyst's title",
			paras: []string{"Peneliti Center for Maritime and Ocean Studies (CMOS) Budi Santoso mengkritik kebijakan tarif itu."},
			id:    "center-for-maritime-and-ocean-studies", typ: diplograph.TypeOrganization, country: "", alias: "CMOS",
		},
		{
			name:  "a party is its leader's state's",
			paras: []string{"Partai Demokrat yang dipimpin Lee Jae-myung menuduh Perdana Menteri Han Duck-soo melanggar konstitusi."},
			id:    "partai-demokrat", typ: diplograph.TypeOrganization, country: "KOR", alias: "Partai Demokrat",
		},
		{
			name:  "initials written together open a name; a post only Indonesia has is Indonesia's",
			paras: []string{"Kepala Staf Kepresidenan AM Putranto mengatakan Indonesia siap membantu Myanmar."},
			id:    "am-putranto", typ: diplograph.TypePerson, country: "IDN", alias: "AM Putranto",
		},
		{
			name:  "a title with its city and the name after it, no comma between",
			paras: []string{"Konsul Jenderal China di Osaka Xue Jian mengunggah komentar tentang Perdana Menteri Jepang."},
			id:    "xue-jian", typ: diplograph.TypePerson, country: "CHN", alias: "Xue Jian",
		},
		{
			name:  "a special rapporteur of the UN",
			paras: []string{"Pelapor Khusus PBB untuk Myanmar Tom Andrews mengecam pemilu tersebut."},
			id:    "tom-andrews", typ: diplograph.TypePerson, country: "", alias: "Tom Andrews",
		},
		{
			name:  "a person with a bare title is of the nearest state named before in the sentence",
			paras: []string{"Menteri Pertahanan Pakistan Khawaja Asif hadir di Doha, sementara delegasi Afghanistan dipimpin oleh Menteri Pertahanan Mullah Yaqoob Mujahid."},
			id:    "mullah-yaqoob-mujahid", typ: diplograph.TypePerson, country: "AFG", alias: "Mullah Yaqoob Mujahid",
		},
		{
			name:  "one word between a title and a verb is a name",
			paras: []string{"Anggota Komisi I DPR RI Sukamta menilai pemerintah harus bersikap tegas."},
			id:    "sukamta", typ: diplograph.TypePerson, country: "IDN", alias: "Anggota Komisi I DPR RI Sukamta",
		},
		{
			name:  "a rank of two words before a one-word name",
			paras: []string{"Kepala Bakamla Laksamana Madya Irvansyah mengatakan kapal asing itu sudah diusir."},
			id:    "irvansyah", typ: diplograph.TypePerson, country: "IDN", alias: "Irvansyah",
		},
		{
			name:  "a known person's one-word name at the end of another's name",
			paras: []string{"Presiden Prabowo Subianto memimpin rapat. Kapolri Listyo Sigit Prabowo melaporkan situasi keamanan."},
			id:    "listyo-sigit-prabowo", typ: diplograph.TypePerson, country: "IDN", alias: "Listyo Sigit Prabowo",
		},
		{
			name:  "an unknown name after a long office of capitalized words: its last two words before the verb",
			paras: []string{"Menteri Koordinator Bidang Politik dan Keamanan Djamari Chaniago menyambut para pelajar itu di Jakarta."},
			id:    "djamari-chaniago", typ: diplograph.TypePerson, country: "IDN", alias: "Djamari Chaniago",
		},
		{
			name:  "a spokesperson named with no body, opening a sentence, speaks for the state's body named just before",
			paras: []string{"Kementerian Pertahanan China juga ikut bersuara. Juru bicara Jiang Bin memperingatkan Jepang agar tidak mencampuri urusan Taiwan."},
			id:    "jiang-bin", typ: diplograph.TypePerson, country: "CHN", alias: "Jiang Bin",
		},
		{
			name:  "a title before a state body's name is the title of the person after it",
			paras: []string{"Kepala Kantor Keamanan Nasional Korsel Wi Sung-lac menjelaskan hasil pertemuan itu."},
			id:    "wi-sung-lac", typ: diplograph.TypePerson, country: "KOR", alias: "Wi Sung-lac", role: "Kepala Kantor Keamanan Nasional Korsel", of: "kor-kantor-keamanan-nasional",
		},
		{
			name:  "a coast guard and a self-defence force named by head words and their state",
			paras: []string{"Penjaga Pantai Taiwan mengusir kapal China dari perairan Kinmen."},
			id:    "twn-coast-guard", typ: diplograph.TypeOrganization, country: "TWN", alias: "Penjaga Pantai Taiwan",
		},
		{
			name:  "an unknown person's state named after 'dari' when the title names none",
			paras: []string{"Komandan ISF Mayor Jenderal Jasper Jeffers dari Amerika Serikat memimpin pasukan itu."},
			id:    "jasper-jeffers", typ: diplograph.TypePerson, country: "USA", alias: "Jasper Jeffers",
		},
		{
			name:  "a given name that is also a stop word, after a title",
			paras: []string{`"Kami tidak akan menyerah," kata Gubernur Oleh Syniehubov.`},
			id:    "oleh-syniehubov", typ: diplograph.TypePerson, alias: "Oleh Syniehubov",
		},
		{
			name:  "a city a post is of gives its holder the city's state",
			paras: []string{"Drone Rusia menghantam gedung apartemen semalam, kata Gubernur Kharkiv Oleh Syniehubov."},
			id:    "oleh-syniehubov", typ: diplograph.TypePerson, country: "UKR", alias: "Oleh Syniehubov", role: "Gubernur Kharkiv",
		},
		{
			name:  "Kemlu with no state is Indonesia's, whatever state the page spoke of before",
			paras: []string{"Pasukan itu tidak boleh dianggap melindungi Israel.", "Juru Bicara Kemlu Yvonne Mewengkang menyebut keputusan itu demi rakyat Palestina."},
			id:    "yvonne-mewengkang", typ: diplograph.TypePerson, country: "IDN", alias: "Yvonne Mewengkang",
		},
		{
			name:  "a kin named after commas after the person they are kin of",
			paras: []string{"Presiden Rusia Vladimir Putin menerima menantu Presiden AS Donald Trump, Jared Kushner, di Kremlin."},
			id:    "jared-kushner", typ: diplograph.TypePerson, country: "USA", alias: "Jared Kushner",
		},
		{
			name:  "an acting post before a name",
			paras: []string{"Prabowo bertemu Hun Manet dan Penjabat Perdana Menteri Thailand Phumtham Wechayachai."},
			id:    "phumtham-wechayachai", typ: diplograph.TypePerson, country: "THA", alias: "Phumtham Wechayachai",
		},
		{
			name:  "a state's name ending in -nya keeps it in the post",
			paras: []string{"Presiden Kenya William Ruto menghadiri peresmian bendungan itu."},
			id:    "william-ruto", typ: diplograph.TypePerson, country: "KEN", alias: "Presiden Kenya William Ruto",
			role: "Presiden Kenya", of: "ken",
		},
		{
			name:  "a minister with a field and no state on a page about no state is Indonesia's",
			paras: []string{"Menteri Agama Nasaruddin Umar mengatakan kuota haji tahun depan bertambah."},
			id:    "nasaruddin-umar", typ: diplograph.TypePerson, country: "IDN", alias: "Nasaruddin Umar",
		},
		{
			name:  "a ministry of another field",
			paras: []string{"Kementerian Energi Ukraina mengatakan serangan itu merusak pembangkit listrik."},
			id:    "ukr-energy-ministry", typ: diplograph.TypeOrganization, country: "UKR", alias: "Kementerian Energi Ukraina",
		},
		{
			name:  "a firm named after the noun that says it is one",
			paras: []string{"Perusahaan Kongsberg Defence mengatakan pihaknya siap memasok sistem rudal."},
			id:    "kongsberg-defence", typ: diplograph.TypeOrganization, country: "", alias: "Kongsberg Defence",
		},
		{
			name:  "Indonesia's embassy named by its abbreviation and its city",
			paras: []string{"KBRI Khartoum mengimbau warga negara Indonesia di Sudan untuk segera mengungsi."},
			id:    "idn-embassy-khartoum", typ: diplograph.TypeOrganization, country: "IDN", alias: "KBRI Khartoum",
		},
		{
			name:  "a spokesperson named after juru bicaranya",
			paras: []string{"Kementerian Pertahanan China menanggapi latihan itu. Juru bicaranya, Zhang Xiaogang, menyebut latihan itu provokatif."},
			id:    "zhang-xiaogang", typ: diplograph.TypePerson, country: "CHN", alias: "Zhang Xiaogang",
			role: "Juru bicara", of: "chn-defence-ministry",
		},
		{
			name:  "foreign minister",
			paras: []string{"Menteri Luar Negeri Korea Selatan Park Jin tiba di Tokyo pada Senin."},
			id:    "park-jin", typ: diplograph.TypePerson, country: "KOR", alias: "Park Jin",
			role: "Menteri Luar Negeri Korea Selatan", of: "kor",
		},
		{
			name:  "ministry of a state",
			paras: []string{"Kementerian Luar Negeri Korea Utara mengeluarkan pernyataan keras."},
			id:    "prk-foreign-ministry", typ: diplograph.TypeOrganization, country: "PRK", alias: "Kementerian Luar Negeri Korea Utara",
		},
		{
			name:  "embassy",
			paras: []string{"Kedutaan Besar Korea Utara di Moskow menggelar resepsi."},
			id:    "prk-embassy-russia", typ: diplograph.TypeOrganization, country: "PRK", alias: "Kedutaan Besar Korea Utara di Moskow",
		},
		{
			name:  "academic body with its acronym",
			paras: []string{"Peneliti dari Institut Studi Pertahanan Asia (ISPA) menilai situasi memburuk."},
			id:    "institut-studi-pertahanan-asia", typ: diplograph.TypeOrganization, alias: "ISPA",
		},
		{
			name:  "name then position",
			paras: []string{"Lee Min-soo, profesor hubungan internasional di Korea Selatan, mengatakan ketegangan akan berlanjut."},
			id:    "lee-min-soo", typ: diplograph.TypePerson, country: "KOR", alias: "Lee Min-soo", role: "profesor", of: "kor",
		},
		{
			name:  "a description after the name",
			paras: []string{"Bakhtiyor Rahimov, pengusaha Uzbekistan, membantah tuduhan itu."},
			id:    "bakhtiyor-rahimov", typ: diplograph.TypePerson, country: "UZB", alias: "Bakhtiyor Rahimov", role: "pengusaha Uzbekistan", of: "uzb",
		},
		{
			name:  "a name with particles",
			paras: []string{"Menteri Luar Negeri Oman Hamid bin Saif al Rawahi menerima tamunya."},
			id:    "hamid-bin-saif-al-rawahi", typ: diplograph.TypePerson, country: "OMN", alias: "Hamid bin Saif al Rawahi",
		},
		{
			name:  "a directorate's field words are the title's, not a name",
			paras: []string{"Direktur Studi Strategis Kementerian Luar Negeri Thailand Somchai Wongsa menerima delegasi itu."},
			id:    "somchai-wongsa", typ: diplograph.TypePerson, country: "THA", alias: "Somchai Wongsa",
		},
		{
			name:  "news agency",
			paras: []string{"Hal itu dilaporkan kantor berita Sinar Dunia pada Selasa."},
			id:    "sinar-dunia", typ: diplograph.TypeMedia, alias: "kantor berita Sinar Dunia",
		},
		{
			name:  "an office's name before its state is the title's, not a person's",
			paras: []string{"Menteri Urusan Maritim dan Perikanan Chile, Alberto Vidal, tiba di Jakarta pada Senin."},
			id:    "alberto-vidal", typ: diplograph.TypePerson, country: "CHL", alias: "Alberto Vidal",
			role: "Menteri Urusan Maritim dan Perikanan Chile", of: "chl",
		},
		{
			name:  "a rank after the title and its body",
			paras: []string{"Kepala Staf Angkatan Laut Filipina Laksamana Rodel Santos memimpin latihan itu."},
			id:    "rodel-santos", typ: diplograph.TypePerson, country: "PHL", alias: "Rodel Santos",
		},
		{
			name:  "lower-case words of the office's field before the state",
			paras: []string{"Juru bicara militer Thailand, Somsak Chaiyaphon, membantah laporan tersebut."},
			id:    "somsak-chaiyaphon", typ: diplograph.TypePerson, country: "THA", alias: "Somsak Chaiyaphon",
		},
		{
			name:  "a second title after dan is another person's",
			paras: []string{"Wakil Menteri Luar Negeri Vietnam Tran Van Hoa dan Wakil Menteri Luar Negeri Laos Khamphao Ern meneken nota itu."},
			id:    "khamphao-ern", typ: diplograph.TypePerson, country: "LAO", alias: "Khamphao Ern",
		},
		{
			name:  "a description with a determiner after a name a speaker is named by",
			paras: []string{"Rapat itu berlangsung tertutup, menurut Kang Dae-ho, salah satu anggota parlemen Korea Selatan yang hadir."},
			id:    "kang-dae-ho", typ: diplograph.TypePerson, country: "KOR", alias: "Kang Dae-ho", role: "anggota parlemen", of: "kor-national-assembly",
		},
		{
			name:  "a former official's description keeps mantan",
			paras: []string{"Menteri itu dan Daniel Hartley, mantan kepala Komando Pasifik AS, berbicara di forum itu."},
			id:    "daniel-hartley", typ: diplograph.TypePerson, country: "USA", alias: "Daniel Hartley", role: "mantan kepala", of: "usa",
		},
		{
			name:  "the description a name follows gives its state",
			paras: []string{"Rombongan itu termasuk pejabat senior yang mengurus ekspor minyak Iran, Reza Karimi, seorang direktur di perusahaan negara."},
			id:    "reza-karimi", typ: diplograph.TypePerson, country: "IRN", alias: "Reza Karimi",
		},
		{
			name:  "a title after dan shares the body of the title before",
			paras: []string{"Ia disambut Kuasa Usaha Kedutaan Besar Jepang Kenji Aoki dan Atase Pertahanan Hiroshi Mori."},
			id:    "hiroshi-mori", typ: diplograph.TypePerson, country: "JPN", alias: "Hiroshi Mori",
		},
		{
			name:  "a title naming no state: the state of the sentence that introduces the person",
			paras: []string{"Delegasi Mesir disambut oleh Wakil Menteri Luar Negeri Ahmed Fathy di bandara."},
			id:    "ahmed-fathy", typ: diplograph.TypePerson, country: "EGY", alias: "Ahmed Fathy",
		},
		{
			name:  "a name with an initial is the name without it",
			paras: []string{"Duta Besar Kanada Peter J. Walsh hadir.", "Duta Besar Kanada Peter Walsh lalu berpidato."},
			id:    "peter-walsh", typ: diplograph.TypePerson, country: "CAN", alias: "Peter J. Walsh",
		},
		{
			name:  "an outlet a story cites",
			paras: []string{"Hal itu disampaikan pejabat tersebut, seperti dikutip dari Kabar Khatulistiwa."},
			id:    "kabar-khatulistiwa", typ: diplograph.TypeMedia, alias: "Kabar Khatulistiwa",
		},
		{
			name:  "an acronym of an outlet of the dictionary, where a story cites it",
			paras: []string{"Kremlin menolak usulan itu, seperti dilansir RT."},
			id:    "russia-today", typ: diplograph.TypeMedia, country: "RUS", alias: "RT",
		},
		{
			name:  "a firm with its legal form first and its state last",
			paras: []string{"Kontrak itu diteken PT Baja Samudra Indonesia pada Kamis."},
			id:    "pt-baja-samudra-indonesia", typ: diplograph.TypeOrganization, country: "IDN", alias: "PT Baja Samudra Indonesia",
		},
		{
			name:  "a firm with its legal form last",
			paras: []string{"Mesin kapal itu dibuat oleh Orion Marine Industries Corporation."},
			id:    "orion-marine-industries-corporation", typ: diplograph.TypeOrganization, alias: "Orion Marine Industries Corporation",
		},
		{
			name:  "a name with a particle joined by a hyphen, after a place the title names",
			paras: []string{"Kepala biro politik Hizbullah di Beirut, Hassan al-Amin, menolak usulan itu."},
			id:    "hassan-al-amin", typ: diplograph.TypePerson, country: "LBN", alias: "Hassan al-Amin",
		},
		{
			name:  "the body's acronym in brackets between the title and the name",
			paras: []string{"Juru bicara Pasukan Pertahanan Israel (IDF) Avi Cohen mengatakan operasi itu selesai."},
			id:    "avi-cohen", typ: diplograph.TypePerson, country: "ISR", alias: "Avi Cohen",
		},
		{
			name:  "a title naming no state, opening its sentence: the state of the sentence before",
			paras: []string{"Kabinet Israel bersidang hingga larut malam.", "Menteri Keamanan Nasional Yossi Ben-Dor mengatakan ia menolak rencana itu."},
			id:    "yossi-ben-dor", typ: diplograph.TypePerson, country: "ISR", alias: "Yossi Ben-Dor",
		},
		{
			name:  "an armed force of a state",
			paras: []string{"Angkatan Udara Pakistan menembak jatuh dua pesawat nirawak pada Rabu."},
			id:    "pak-air-force", typ: diplograph.TypeOrganization, country: "PAK", alias: "Angkatan Udara Pakistan",
		},
		{
			name:  "a state's body with its acronym before the state",
			paras: []string{"Kepala Staf Gabungan (KSG) Filipina melaporkan dua kapal asing di perairan itu."},
			id:    "phl-kepala-staf-gabungan", typ: diplograph.TypeOrganization, country: "PHL", alias: "KSG",
		},
		{
			name: "an acronym given in brackets is the body wherever it stands",
			paras: []string{"Kementerian Pertahanan Vietnam (KPV) menandatangani kontrak itu.",
				"Juru bicara KPV, Nguyen Van Long, mengatakan pengirimannya dimulai tahun depan."},
			id: "nguyen-van-long", typ: diplograph.TypePerson, country: "VNM", alias: "Nguyen Van Long", role: "Juru bicara KPV", of: "vnm-defence-ministry",
		},
		{
			name:  "a foreign secretary",
			paras: []string{"Sekretaris Luar Negeri Nepal Amrit Rai mengatakan perundingan perbatasan akan dilanjutkan."},
			id:    "amrit-rai", typ: diplograph.TypePerson, country: "NPL", alias: "Amrit Rai", role: "Sekretaris Luar Negeri Nepal", of: "npl",
		},
		{
			name:  "after a form of address one word is a name",
			paras: []string{"Anggota Komisi I DPR TB Hasanuddin menilai anggaran pertahanan perlu ditambah."},
			id:    "hasanuddin", typ: diplograph.TypePerson, country: "IDN", alias: "Hasanuddin", role: "Anggota Komisi I DPR", of: "idn-dpr",
		},
		{
			name:  "a form of address is neither the name nor the office",
			paras: []string{"Menteri Luar Negeri Kuwait Syekh Salem Abdullah mengatakan negaranya siap menjadi tuan rumah."},
			id:    "salem-abdullah", typ: diplograph.TypePerson, country: "KWT", alias: "Salem Abdullah", role: "Menteri Luar Negeri Kuwait", of: "kwt",
		},
		{
			name:  "an office's field words up to a known name",
			paras: []string{"Menteri Koordinator Bidang Politik dan Keamanan Budi Gunawan memimpin rapat itu pada Selasa."},
			id:    "budi-gunawan", typ: diplograph.TypePerson, country: "IDN", alias: "Budi Gunawan", role: "Menteri Koordinator Bidang Politik dan Keamanan",
		},
		{
			name:  "an office's field words before a name of no dictionary",
			paras: []string{"Indonesia menyiapkan paket insentif baru.", "Menteri Koordinator Bidang Pangan Raka Wibisana mengatakan paket itu berlaku bulan depan."},
			id:    "raka-wibisana", typ: diplograph.TypePerson, country: "IDN", alias: "Raka Wibisana", role: "Menteri Koordinator Bidang Pangan",
		},
		{
			name:  "a post of a body of no state takes no state from the sentence",
			paras: []string{"Indonesia dan Uni Eropa memulai putaran baru perundingan dagang.", "Komisioner Perdagangan Uni Eropa Lena Vasquez mengatakan putaran itu berlangsung tiga hari."},
			id:    "lena-vasquez", typ: diplograph.TypePerson, country: "", alias: "Lena Vasquez", role: "Komisioner Perdagangan Uni Eropa", of: "european-union",
		},
		{
			name:  "an analyst: a post, its field in lower case, the university, the name",
			paras: []string{"Pengamat hubungan internasional Universitas Indonesia Rina Kusumawati mengatakan langkah itu terlalu berisiko."},
			id:    "rina-kusumawati", typ: diplograph.TypePerson, country: "IDN", alias: "Rina Kusumawati",
			role: "Pengamat hubungan internasional Universitas Indonesia", of: "universitas-indonesia",
		},
		{
			name:  "an analyst: the field, then dari and the university",
			paras: []string{"Menurut pengamat politik internasional dari Universitas Airlangga Yoga Pratama, Jakarta perlu menunggu."},
			id:    "yoga-pratama", typ: diplograph.TypePerson, country: "IDN", alias: "Yoga Pratama",
			role: "pengamat politik internasional dari Universitas Airlangga", of: "universitas-airlangga",
		},
		{
			name:  "an analyst: a post and its field in lower case, then the name (the page's own expert: Indonesia's)",
			paras: []string{"Pakar hukum internasional Arief Nugroho menilai gugatan itu kuat."},
			id:    "arief-nugroho", typ: diplograph.TypePerson, country: "IDN", alias: "Arief Nugroho", role: "Pakar hukum internasional",
		},
		{
			name:  "a body named before its tail word leaves out the title before it",
			paras: []string{"Direktur Eksekutif Nusantara Maritime Institute Yudha Prakoso mengatakan patroli itu perlu ditambah."},
			id:    "nusantara-maritime-institute", typ: diplograph.TypeOrganization, alias: "Nusantara Maritime Institute",
		},
		{
			name:  "a person titled by the post in a body found by its tail word",
			paras: []string{"Direktur Eksekutif Nusantara Maritime Institute Yudha Prakoso mengatakan patroli itu perlu ditambah."},
			id:    "yudha-prakoso", typ: diplograph.TypePerson, alias: "Yudha Prakoso", role: "Direktur Eksekutif Nusantara Maritime Institute", of: "nusantara-maritime-institute",
		},
		{
			name:  "a body after a title is no person for want of a tail it ends with",
			paras: []string{"Maladewa hadir sebagai Ketua Indian Ocean Rim Association (IORA) dalam pertemuan itu."},
			id:    "indian-ocean-rim-association", typ: diplograph.TypeOrganization, alias: "Indian Ocean Rim Association",
		},
		{
			name:  "a researcher of a think tank named by its acronym",
			paras: []string{"Peneliti CSIS Dimas Harsono menilai kesepakatan itu belum cukup."},
			id:    "dimas-harsono", typ: diplograph.TypePerson, country: "IDN", alias: "Dimas Harsono", role: "Peneliti CSIS", of: "csis-indonesia",
		},
		{
			name: "a ministry named without its state: the state its sentence named before it",
			paras: []string{"Amerika Serikat menyambut baik langkah itu.",
				"Pemerintah Vietnam juga menyampaikan dukungan melalui juru bicara Kementerian Luar Negeri pada Selasa."},
			id: "vnm-foreign-ministry", typ: diplograph.TypeOrganization, country: "VNM", alias: "Kementerian Luar Negeri",
		},
		{
			name: "a ministry named without its state: not a state of quoted words",
			paras: []string{"Korea Utara kembali menyerang kebijakan Washington.",
				"\"Krisis di Ukraina adalah buah kebijakan Barat,\" kata KCNA, mengutip juru bicara Kementerian Luar Negeri."},
			id: "prk-foreign-ministry", typ: diplograph.TypeOrganization, country: "PRK", alias: "Kementerian Luar Negeri",
		},
		{
			name: "a ministry named without its state: the state of its known spokesperson",
			paras: []string{"Amerika Serikat menyambut baik langkah itu.",
				"Dukungan juga datang dari juru bicara Kementerian Luar Negeri Lin Jian pada Selasa."},
			id: "chn-foreign-ministry", typ: diplograph.TypeOrganization, country: "CHN", alias: "Kementerian Luar Negeri",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeText(t, "", "2023-05-10", tt.paras...)
			a, ok := r.actor(tt.id)
			if !ok {
				t.Fatalf("no actor %s among %v", tt.id, r.ids())
			}
			if a.Type != tt.typ || string(a.Country) != tt.country {
				t.Errorf("type/country = %s/%s, want %s/%s", a.Type, a.Country, tt.typ, tt.country)
			}
			if !slices.Contains(a.Aliases, tt.alias) {
				t.Errorf("aliases %q lack %q", a.Aliases, tt.alias)
			}
			if tt.role != "" && !slices.ContainsFunc(a.Roles, func(r diplograph.Role) bool { return r.Title == tt.role && r.Of == tt.of }) {
				t.Errorf("roles %+v lack %s of %s", a.Roles, tt.role, tt.of)
			}
		})
	}
}

// TestBracketsThatNameNoBody: an acronym in brackets after a meeting, an
// office or a title, or after a venue, makes no body.
// TestNoOneWordNameFromAnAcronymOrAGroup: "para pemimpin D-8 mengeluarkan"
// names no person.
func TestNoOneWordNameFromAnAcronymOrAGroup(t *testing.T) {
	r := analyzeText(t, "", "2024-12-19", "Pada KTT tersebut, para pemimpin D-8 mengeluarkan deklarasi bersama.", "Para menteri Anggota mengeluarkan pernyataan.")
	for _, a := range r.actors {
		if a.Type == diplograph.TypePerson {
			t.Errorf("a person %q", a.ID)
		}
	}
	if r2 := analyzeText(t, "", "2024-12-19", "Presiden Prabowo Subianto tiba di Kairo."); len(r2.actors) == 0 {
		t.Error("no actors")
	}
}

// TestATitlesWordIsNoName: the first word of "Juru bicaranya, X" is no
// short name of X.
func TestATitlesWordIsNoName(t *testing.T) {
	r := analyzeText(t, "", "2025-06-01", "Kementerian Pertahanan China menanggapi latihan itu. Juru bicaranya, Zhang Xiaogang, menyebut latihan itu provokatif.")
	if a, ok := r.actor("zhang-xiaogang"); !ok || slices.Contains(a.Aliases, "Juru") {
		t.Errorf("actors %v, Zhang's aliases %q", r.ids(), a.Aliases)
	}
}

// TestALanguageIsNoState: "berbahasa Inggris" names no United Kingdom.
func TestALanguageIsNoState(t *testing.T) {
	r := analyzeText(t, "", "2025-09-23", "Presiden Prabowo menyampaikan pidato berbahasa Inggris di Sidang Majelis Umum PBB.")
	if _, ok := r.actor("gbr"); ok {
		t.Errorf("actors %v hold the United Kingdom", r.ids())
	}
}

func TestBracketsThatNameNoBody(t *testing.T) {
	r := analyzeText(t, "", "2023-09-04", "Konferensi Tingkat Tinggi (KTT) ASEAN digelar di Jakarta Convention Center (JCC).",
		"Presiden RI Joko Widodo dan Perdana Menteri (PM) Malaysia Muhyiddin Yassin bertemu. Menteri Luar Negeri (Menlu) Retno Marsudi hadir.")
	for _, a := range r.actors {
		if a.Type == diplograph.TypeOrganization && a.Country == "" && a.ID != "asean" {
			t.Errorf("an organization %q from a bracket", a.ID)
		}
	}
}

func TestTitledFormAddsRoleAndDictionaryRolesAtPublication(t *testing.T) {
	r := analyzeText(t, "", "2023-10-27", "Presiden Rusia Vladimir Putin menerima tamu dari Asia. Putin tampak santai.")
	a, ok := r.actor("vladimir-putin")
	if !ok {
		t.Fatalf("no Putin among %v", r.ids())
	}
	for _, want := range []string{"Presiden Rusia Vladimir Putin", "Putin"} {
		if !slices.Contains(a.Aliases, want) {
			t.Errorf("aliases %q lack %q", a.Aliases, want)
		}
	}
	if a.Mentions != 2 {
		t.Errorf("mentions = %d, want 2", a.Mentions)
	}
	var dated bool
	for _, role := range a.Roles {
		if role.Of == "rus" && role.From != "" {
			dated = true
		}
		if role.To != "" && string(role.To) < "2023-10-27" {
			t.Errorf("role ended before publication: %+v", role)
		}
	}
	if !dated {
		t.Errorf("no dated role of rus in %+v", a.Roles)
	}
	// Without a publication date no dictionary role can be placed in time.
	r = analyzeText(t, "", "", "Presiden Rusia Vladimir Putin menerima tamu.")
	a, _ = r.actor("vladimir-putin")
	for _, role := range a.Roles {
		if role.From != "" {
			t.Errorf("dictionary role without a publication date: %+v", role)
		}
	}
}

func TestShortNameAfterATitle(t *testing.T) {
	r := analyzeText(t, "", "2025-12-10", "Beijing menyambut baik rencana itu.", "Presiden Xi menerima undangan Presiden Donald Trump untuk berkunjung ke Washington.")
	if _, ok := r.actor("xi-jinping"); !ok {
		t.Errorf("Presiden Xi is not Xi Jinping: %v", r.ids())
	}
	r = analyzeText(t, "", "2025-12-10", "Beijing menyambut baik rencana itu.", "Xi dan keluarganya tidak disebut dalam laporan tersebut.")
	if _, ok := r.actor("xi-jinping"); ok {
		t.Errorf("a bare two-letter Xi became Xi Jinping: %v", r.ids())
	}
}

func TestOnlyTitleAndBodyMakeActors(t *testing.T) {
	p := page{
		Title:      "Rusia Kecam Sanksi Baru",
		Outlet:     "Kompas Indonesia",
		Author:     "Prabowo Subianto",
		Dateline:   "Jakarta (ANTARA)",
		Published:  "2024-01-02",
		Paragraphs: []string{"Rusia mengecam sanksi baru Uni Eropa."},
	}
	for _, ac := range analyzePage(t, p).actors {
		if ac.ID == "idn" || ac.ID == "prabowo-subianto" || strings.Contains(ac.ID, "kompas") {
			t.Errorf("actor %s made from page metadata", ac.ID)
		}
	}
}

func TestMentionsCountTheBody(t *testing.T) {
	r := analyzeText(t, "Jepang Protes Rusia", "", "Jepang memanggil duta besar Rusia. Tokyo menilai langkah Moskow berbahaya.")
	for id, want := range map[string]int{"jpn": 2, "rus": 2} {
		if a, _ := r.actor(id); a.Mentions != want {
			t.Errorf("%s: %d mentions, want %d in the body", id, a.Mentions, want)
		}
	}
	r = analyzeText(t, "Vietnam Sambut Baik Kesepakatan", "", "Kesepakatan itu disambut baik banyak pihak.")
	if a, ok := r.actor("vnm"); !ok || a.Mentions != 0 {
		t.Errorf("an actor named only in the title is an actor with no body mention: %+v (%v)", a, ok)
	}
}

func TestHeadlineWordsDiscoverNobody(t *testing.T) {
	r := analyzeText(t, "Dubes Rusia Protes Keras Latihan Gabungan", "", "Rusia menyampaikan keberatan atas latihan itu.")
	for _, a := range r.actors {
		if a.Type == diplograph.TypePerson {
			t.Errorf("person %s discovered in a headline", a.ID)
		}
	}
}

func TestHeadlineWordLeftOutOfTheActorsActsInNothing(t *testing.T) {
	// "Kremlin" in a headline, never in the body, is taken for a common
	// word; the headline's sanction must then not be given to it.
	r := analyzeText(t, "Kremlin Tanggapi Ancaman Sanksi Baru dari Washington", "2025-10-14",
		"Seorang pejabat Rusia menyebut Amerika Serikat tidak akan berhasil menekan Moskow.")
	if _, ok := r.actor("kremlin"); ok {
		t.Fatalf("kremlin should be left out: %v", r.ids())
	}
	for _, e := range r.events {
		if e.Source == "kremlin" || e.Target == "kremlin" {
			t.Errorf("event %s -> %s names an actor left out", e.Source, e.Target)
		}
	}
}

func TestAidesPostIsTheHoldersNotThePrincipals(t *testing.T) {
	r := analyzeText(t, "", "2025-08-02",
		"Juru bicara Presiden Filipina Ferdinand Marcos Jr, Claire Castro, mengatakan Manila tidak akan mundur dari Scarborough.",
		"Penasihat Perdana Menteri Anutin Charnvirakul, Surapong Tovichakchaikul, menyebut perundingan akan dilanjutkan.")
	for principal, holder := range map[string]string{"ferdinand-marcos-jr": "claire-castro", "anutin-charnvirakul": "surapong-tovichakchaikul"} {
		p, ok := r.actor(principal)
		if !ok {
			t.Fatalf("no %s among %v", principal, r.ids())
		}
		for _, role := range p.Roles {
			if strings.HasPrefix(strings.ToLower(role.Title), "juru bicara") || strings.HasPrefix(strings.ToLower(role.Title), "penasihat") {
				t.Errorf("%s holds the aide's post %+v", principal, role)
			}
		}
		h, ok := r.actor(holder)
		if !ok || !slices.ContainsFunc(h.Roles, func(role diplograph.Role) bool { return role.Of == principal }) {
			t.Errorf("%s should hold a post for %s: %+v (actors %v)", holder, principal, h.Roles, r.ids())
		}
	}
	// The aide named first, the post after a comma: the principal the
	// post names after another title is served, not the holder.
	r = analyzeText(t, "", "2025-08-02", "Dmitry Peskov, juru bicara Presiden Vladimir Putin, menyebut Moskow terbuka untuk berunding.")
	if p, ok := r.actor("vladimir-putin"); !ok || slices.ContainsFunc(p.Roles, func(role diplograph.Role) bool { return strings.HasPrefix(role.Title, "juru bicara") }) {
		t.Errorf("Putin should be named without the aide's post: %+v (actors %v)", p.Roles, r.ids())
	}
	if h, ok := r.actor("dmitry-peskov"); !ok || !slices.ContainsFunc(h.Roles, func(role diplograph.Role) bool { return role.Of == "vladimir-putin" }) {
		t.Errorf("Peskov should hold a post for Putin: %+v", h.Roles)
	}
	// A name after a comma that is not set off as an appositive is no
	// holder: the principal keeps the title.
	r = analyzeText(t, "", "2025-08-02", "Juru bicara Kremlin Dmitry Peskov, yang berbicara kepada wartawan, menolak usulan itu.")
	if a, ok := r.actor("dmitry-peskov"); !ok || !slices.ContainsFunc(a.Roles, func(role diplograph.Role) bool { return role.Of == "kremlin" }) {
		t.Errorf("Peskov should keep his post of the Kremlin: %+v", a.Roles)
	}
}

func TestKinWordGivesNoRoleToTheKinNamed(t *testing.T) {
	r := analyzeText(t, "", "2025-09-03", "Kim Yo Jong, adik Kim Jong Un, menolak tawaran dialog dari Seoul.")
	a, ok := r.actor("kim-jong-un")
	if !ok {
		t.Fatalf("no Kim Jong Un among %v", r.ids())
	}
	for _, role := range a.Roles {
		if strings.EqualFold(role.Title, "adik") {
			t.Errorf("Kim Jong Un holds %+v, the words naming his sister", role)
		}
	}
	if slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.HasPrefix(strings.ToLower(s), "adik") }) {
		t.Errorf("aliases %q name his sister", a.Aliases)
	}
}

func TestSeasAndStraitsAreNoStates(t *testing.T) {
	r := analyzeText(t, "", "2025-10-22", "Kapal perang itu berlayar melintasi Selat Taiwan menuju Laut Jepang.")
	for _, id := range []string{"twn", "jpn"} {
		if _, ok := r.actor(id); ok {
			t.Errorf("%s found in the name of a sea or strait: %v", id, r.ids())
		}
	}
}

func TestEveryStateIsKnownByItsIndonesianName(t *testing.T) {
	r := analyzeText(t, "", "2025-06-27", "Rwanda dan RD Kongo menandatangani perjanjian damai di Washington, disaksikan wakil Pantai Gading, Panama dan Vanuatu.")
	for _, id := range []string{"rwa", "cod", "civ", "pan", "vut", "usa"} {
		if a, ok := r.actor(id); !ok || a.Type != diplograph.TypeCountry {
			t.Errorf("%s not found as a state among %v", id, r.ids())
		}
	}
}

// TestNameWithItsAcronymInside: "Badan Intelijen Nasional (NIS) Korea
// Selatan" is the one body the dictionary knows as "Badan Intelijen
// Nasional Korea Selatan", and "Dewan Perwakilan Rakyat (DPR) AS" the US
// House, whose Speaker holds his post there.
func TestNameWithItsAcronymInside(t *testing.T) {
	r := analyzeText(t, "", "2025-03-03",
		"Badan Intelijen Nasional (NIS) Korea Selatan mengatakan Korea Utara mengirim pasukan ke Rusia.",
		"Ketua Dewan Perwakilan Rakyat (DPR) AS Mike Johnson mengecam Beijing pada Senin.")
	if !slices.Contains(r.ids(), "kor-nis") || slices.ContainsFunc(r.ids(), func(id string) bool { return id != "kor-nis" && strings.Contains(id, "intelijen") }) {
		t.Errorf("want the NIS once as kor-nis: %v", r.ids())
	}
	a, ok := r.actor("mike-johnson")
	if !ok || slices.Contains(r.ids(), "idn-dpr") {
		t.Fatalf("want Mike Johnson and no Indonesian DPR: %v", r.ids())
	}
	if !slices.ContainsFunc(a.Roles, func(role diplograph.Role) bool { return role.Of == "usa-house" }) {
		t.Errorf("Johnson's roles %+v: want a post of usa-house", a.Roles)
	}
}

// TestOutletWordBeforeACommaNamesNoOutlet: "pers harian, Mao" is no
// newspaper called Mao; Mao is the spokeswoman named before.
func TestOutletWordBeforeACommaNamesNoOutlet(t *testing.T) {
	r := analyzeText(t, "", "2025-03-03",
		"Juru bicara Kementerian Luar Negeri China Mao Ning menentang sanksi itu.",
		"Dalam sebuah pernyataan pers harian, Mao juga meminta AS menghormati kedaulatan China.")
	if slices.Contains(r.ids(), "mao") {
		t.Errorf("an outlet named Mao among %v", r.ids())
	}
	if a, ok := r.actor("mao-ning"); !ok || !slices.Contains(a.Aliases, "Mao") {
		t.Errorf("Mao Ning %+v (found %v): want the bare surname hers", a, ok)
	}
}

// TestPeopleSetOffByCommasAfterTheirDescription: a name set off by commas
// after the words that describe its bearer, then a verb, is a person; an
// expert quoted with no body of another state is Indonesia's, a state in
// the expert's title being the field.
func TestPeopleSetOffByCommasAfterTheirDescription(t *testing.T) {
	r := analyzeText(t, "", "2025-07-14",
		"Pengamat militer, Wahyu Pranoto, mengatakan TNI perlu menambah kapal patroli.",
		"Di Jakarta, anggota Komisi I DPR dari Fraksi Partai Gerindra, Rudi Hermawan, menyambut baik rencana itu.",
		"Pengamat China dari Lembaga Kajian Asia Pasifik, Lestari Anggraini, menilai Beijing akan menahan diri.",
		`"Kami menolak semua tuduhan itu," kata juru bicara pemerintah Mali, Kolonel Abdoulaye Maiga, dalam siaran televisi.`)
	for id, country := range map[string]string{"wahyu-pranoto": "IDN", "rudi-hermawan": "IDN", "lestari-anggraini": "IDN", "abdoulaye-maiga": "MLI"} {
		if a, ok := r.actor(id); !ok || string(a.Country) != country {
			t.Errorf("%s: found %v, country %q, want %q (actors %v)", id, ok, a.Country, country, r.ids())
		}
	}
	for _, speaker := range []string{"wahyu-pranoto", "lestari-anggraini", "abdoulaye-maiga"} {
		if !slices.ContainsFunc(r.statements, func(s diplograph.Statement) bool { return string(s.Speaker) == speaker }) {
			t.Errorf("no statement of %s in %+v", speaker, r.statements)
		}
	}
}

// TestMinistryWithNoStateIsIndonesias: a ministry named with no state,
// none before it in its sentence and none in the sentence before, is
// Indonesia's, not that of the state its act is aimed at.
func TestMinistryWithNoStateIsIndonesias(t *testing.T) {
	r := analyzeText(t, "", "2025-06-20",
		"Kementerian Luar Negeri memanggil Duta Besar Malaysia di Jakarta untuk meminta penjelasan.",
		"Kementerian Kelautan dan Perikanan menangkap tujuh kapal nelayan Filipina.")
	r.wantActors(t, []string{"idn-foreign-ministry", "idn-fisheries-ministry"}, []string{"mys-foreign-ministry", "phl-fisheries-ministry"})
}

// TestFieldWordsAreNoName: "Internasional" goes on the office, never on the
// name after it.
func TestFieldWordsAreNoName(t *testing.T) {
	r := analyzeText(t, "", "2025-03-12", "Menteri Perdagangan Internasional Dominic LeBlanc mengecam tarif Amerika Serikat.")
	r.wantActors(t, []string{"dominic-leblanc"}, nil)
}

// TestBodyNamesInLowerCaseNameNoBody: a body's name written all in lower
// case is words of the sentence ("badan intelijen negara itu"), not the
// body.
func TestBodyNamesInLowerCaseNameNoBody(t *testing.T) {
	r := analyzeText(t, "", "2024-11-04", "Delegasi Korea Selatan dipimpin oleh pejabat senior badan intelijen negara itu di Brussel.")
	r.wantActors(t, nil, []string{"idn-bin"})
	r = analyzeText(t, "", "2024-11-04", "Badan Intelijen Negara memantau situasi di perbatasan.")
	r.wantActors(t, []string{"idn-bin"}, nil)
}

// TestDescriptionPointingBackToABody: "Juru bicara kantor itu, X" is of the
// state of the body named before.
func TestDescriptionPointingBackToABody(t *testing.T) {
	r := analyzeText(t, "", "2025-05-20", "Kantor Urusan Taiwan Tiongkok mengecam pidato itu. Juru bicara kantor itu, Zhu Fenglian, mengatakan Taiwan adalah bagian dari Tiongkok.")
	if a, ok := r.actor("zhu-fenglian"); !ok || a.Country != "CHN" {
		t.Errorf("zhu-fenglian: found %v, country %q (actors %v)", ok, a.Country, r.ids())
	}
}

// TestRankWordsNameNoBody: "TNI" in a rank ("Laksamana TNI") is the rank's,
// and the navy is a body of its own.
func TestRankWordsNameNoBody(t *testing.T) {
	r := analyzeText(t, "", "2025-03-04", "Kepala Staf TNI Angkatan Laut Laksamana TNI Muhammad Ali meminta prajurit di Natuna waspada.")
	r.wantActors(t, []string{"tni-al"}, []string{"tni"})
}

// TestIndonesianMinistryByItsShortNameOrContext: "Kementerian Luar Negeri
// (Kemlu) RI" is one Indonesian ministry; a headline about another state,
// or a state qualifying a thing before the ministry, gives it no state.
func TestIndonesianMinistryByItsShortNameOrContext(t *testing.T) {
	r := analyzeText(t, "Kemlu Tegaskan Pernyataan Bersama dengan China Bukan Pengakuan", "2024-11-11",
		"JAKARTA - Kementerian Luar Negeri (Kemlu) RI menegaskan bahwa pernyataan bersama itu tidak berarti pengakuan klaim.",
		"Kapal ikan berbendera Vietnam ditangkap oleh kapal pengawas Kementerian Kelautan dan Perikanan (KKP) di Natuna.")
	r.wantActors(t, []string{"idn-foreign-ministry", "idn-fisheries-ministry"}, []string{"chn-foreign-ministry", "vnm-fisheries-ministry"})
}

// TestSurnameWithACapitalParticle: "Al-Hayya" after "Khalil al-Hayya" is
// the same person.
func TestSurnameWithACapitalParticle(t *testing.T) {
	r := analyzeText(t, "", "2025-09-10", "Hamas menyatakan kepala perundingnya, Khalil al-Hayya, selamat, tetapi lima anggotanya tewas, termasuk putra Al-Hayya.")
	r.wantActors(t, []string{"khalil-al-hayya"}, []string{"al-hayya"})
}

// TestNamesAfterPostsForAPlaceOrAPortfolio: a post for a region or a
// portfolio ("untuk Timur Tengah,", "untuk Perdagangan dan Keamanan
// Ekonomi") and a post of a state's government ("juru bicara pemerintah
// Hongaria") still reach the name after them.
func TestNamesAfterPostsForAPlaceOrAPortfolio(t *testing.T) {
	r := analyzeText(t, "", "2025-06-10",
		"Pemerintah Sudan mengkritik utusan khusus AS untuk Urusan Afrika, Massad Boulos, karena dianggap berpihak kepada RSF.",
		"Komisioner Uni Eropa untuk Perdagangan dan Keamanan Ekonomi Maros Sefcovic mengunjungi Jakarta pada Selasa.",
		"Juru bicara pemerintah Hongaria Zoltan Kovacs menuding Brussel menekan Budapest soal migrasi.",
		"Juru bicara PCG untuk Laut Filipina Barat, Komodor Jay Tarriela, menyebut kapal China bermanuver dengan berbahaya.")
	r.wantActors(t, []string{"massad-boulos", "maros-sefcovic", "zoltan-kovacs", "jay-tarriela"}, []string{"komodor-jay-tarriela"})
	if a, _ := r.actor("massad-boulos"); a.Country != "USA" {
		t.Errorf("Boulos should be the United States': %+v", a)
	}
}

// TestGovernmentPostOnAPageDatelinedAbroad: a government post named with no
// state and no state about is the state of the dateline's place, not the
// home state, when the page is datelined abroad.
func TestGovernmentPostOnAPageDatelinedAbroad(t *testing.T) {
	for _, tt := range []struct{ dateline, want string }{
		{"KATHMANDU, KORANSELATAN.COM -", "NPL"},
		{"Jakarta, KORANSELATAN.COM -", "IDN"},
		{"", "IDN"},
	} {
		r := analyzePage(t, page{Published: "2025-09-10", Dateline: tt.dateline, Paragraphs: []string{
			"Panglima Angkatan Darat Jenderal Ashok Raj Sigdel mengimbau para pemuda menahan diri dan menghentikan kekerasan di ibu kota."}})
		if a, ok := r.actor("ashok-raj-sigdel"); !ok || string(a.Country) != tt.want {
			t.Errorf("%q: %+v, want country %s", tt.dateline, a, tt.want)
		}
	}
}

// TestRegionIsNoName: "pemimpin Eropa" names leaders of a region, not a
// person called Eropa.
func TestRegionIsNoName(t *testing.T) {
	r := analyzeText(t, "", "2025-07-24", "Setelah bertemu Xi Jinping, kedua pemimpin Eropa melanjutkan pembicaraan dengan Perdana Menteri China Li Qiang.")
	r.wantActors(t, []string{"li-qiang"}, []string{"eropa"})
}

// TestPlaceInTheNameOfAnAgreementOrAGroupIsNoState: "Kelompok Minsk" and
// "Proses Astana" name a group and a process, not Belarus or Kazakhstan.
func TestPlaceInTheNameOfAnAgreementOrAGroupIsNoState(t *testing.T) {
	r := analyzeText(t, "", "2025-09-01",
		"Armenia dan Azerbaijan sepakat membubarkan Kelompok Minsk.",
		"Turki dan Iran membahas kelanjutan Proses Astana untuk Suriah.")
	r.wantActors(t, []string{"arm", "aze", "tur", "irn"}, []string{"blr", "kaz"})
}

// TestDoubleSurname: the last word joining two capitalized names is a
// surname; a Korean given name of two syllables is not.
func TestDoubleSurname(t *testing.T) {
	for name, want := range map[string]string{"Kamla Persad-Bissessar": "Persad-Bissessar", "Lee Jae-myung": "", "Mikheil Kavelashvili": "", "Persad-Bissessar": ""} {
		if got := doubleSurname(name); got != want {
			t.Errorf("doubleSurname(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestBodyOfMaritimeOrBorderAffairs: a state's council or commission on
// maritime or border affairs is a body, and the spokesperson titled by it
// is a person of their own, not "Perbatasan Alexander Lopez".
func TestBodyOfMaritimeOrBorderAffairs(t *testing.T) {
	r := analyzeText(t, "", "2024-12-04",
		"Dewan Maritim Nasional Filipina mengecam manuver kapal China.",
		"Juru bicara Komisi Nasional Perbatasan Alexander Lopez mengatakan kapal itu masuk tanpa izin.")
	r.wantActors(t, []string{"phl-dewan-maritim-nasional", "alexander-lopez"}, []string{"perbatasan-alexander-lopez"})
}

// TestRegionOfAPost: the region a post is of ("Wilayah Otonom
// Bougainville", "Provinsi Sulawesi Utara") goes on the title, not on the
// holder's name.
func TestRegionOfAPost(t *testing.T) {
	r := analyzeText(t, "", "2025-09-16",
		"Presiden Wilayah Otonom Bougainville Ishmael Toroama bertemu Perdana Menteri PNG James Marape.",
		"Gubernur Provinsi Sulawesi Utara Yulius Selvanus menerima rombongan diplomat Jepang.")
	r.wantActors(t, []string{"ishmael-toroama", "yulius-selvanus"}, []string{"bougainville-ishmael-toroama", "sulawesi-utara-yulius-selvanus", "provinsi-sulawesi-utara-yulius-selvanus"})
}

// TestPopeByTitleAndName: "Paus" is a title, never a person's name, and
// the pope is found by his name alone ("Leo XIV").
func TestPopeByTitleAndName(t *testing.T) {
	r := analyzeText(t, "", "2025-11-28",
		"Di hadapan para pejabat pemerintah, Paus menyerukan dialog antaragama di Ankara.",
		"\"Turki dapat menjadi jembatan antara Timur dan Barat,\" ucap Leo XIV.")
	r.wantActors(t, []string{"pope-leo-xiv"}, []string{"paus"})
}

// TestBodyOpeningOnATitlesLastWord: "Kepala Badan Intelijen Umum Mesir
// Hassan Rashad" is the head of Egypt's intelligence body, the body named
// from the title's last word on; "Kepala Staf Umum Angkatan Bersenjata
// Rusia Valery Gerasimov" likewise.
func TestBodyOpeningOnATitlesLastWord(t *testing.T) {
	r := analyzeText(t, "", "2025-10-09",
		"Perundingan itu dihadiri Kepala Badan Intelijen Umum Mesir Hassan Rashad dan Utusan Khusus AS Steve Witkoff.")
	r.wantActors(t, []string{"hassan-rashad", "egy-badan-intelijen-umum", "steve-witkoff"}, []string{"mesir-hassan-rashad", "egy-kepala-badan-intelijen-umum"})
}

// TestNicknameNamesThePerson: "X, yang akrab disapa Roy," gives X the
// nickname, by which later mentions name them.
func TestNicknameNamesThePerson(t *testing.T) {
	r := analyzeText(t, "", "2025-06-14",
		"Diplomat senior Kemlu Aditya Pranowo, yang akrab disapa Adit, mengatakan pemerintah memantau keselamatan WNI di Teheran.",
		"Adit menambahkan, Indonesia menyerukan semua pihak menahan diri.")
	r.wantActors(t, []string{"aditya-pranowo"}, []string{"adit"})
	if a, ok := r.actor("aditya-pranowo"); !ok || a.Mentions < 2 {
		t.Errorf("the nickname names the person: %+v", a)
	}
}

// TestPlaceNamedAfterAPerson: "Lapangan Kim Il Sung" is a square, no
// mention of Kim Il Sung, so a bare "Kim" later is Kim Jong Un; a rank
// ending in the same word ("Marsekal Lapangan") still titles its holder.
func TestPlaceNamedAfterAPerson(t *testing.T) {
	r := analyzeText(t, "", "2025-10-11",
		"Parade di Lapangan Kim Il Sung disaksikan Perdana Menteri China Li Qiang. Li diterima oleh Kim Jong Un sehari sebelumnya.",
		"Wakil Ketua Dewan Keamanan Rusia Dmitry Medvedev juga bertemu Kim pada Jumat.",
		"Panglima Angkatan Darat Pakistan Marsekal Lapangan Asim Munir tiba di Washington.")
	r.wantActors(t, []string{"kim-jong-un", "dmitry-medvedev", "asim-munir"}, []string{"kim-il-sung", "lapangan-asim-munir"})
}

// TestStateFirmsAreNoStates: a state firm named with its state's word
// ("Saudi Aramco", "China Development Bank") or a party ("Partai Komunis
// Vietnam") is the firm or the party, of that state, not the state.
func TestStateFirmsAreNoStates(t *testing.T) {
	r := analyzeText(t, "", "2025-06-17",
		"Pemerintah Kazakhstan menandatangani kontrak dengan Saudi Aramco dan China Development Bank.",
		"Sekretaris Jenderal Partai Komunis Vietnam To Lam mengirim ucapan selamat kepada Beijing.")
	r.wantActors(t, []string{"saudi-aramco", "china-development-bank", "communist-party-of-vietnam", "to-lam"}, []string{"sau", "partai-komunis"})
}

// TestStateWithoutACode: a state no ISO code names (Somaliland) is a state
// of no country, and its name after a head of state's title is not the
// first of the holder's.
func TestStateWithoutACode(t *testing.T) {
	r := analyzeText(t, "", "2025-12-27",
		"Presiden Somaliland Abdirahman Mohamed Abdullahi menyambut langkah Israel yang mengakui negerinya pada Jumat.",
		"Pemimpin Abkhazia mengirim ucapan selamat kepada Moskow.")
	r.wantActors(t, []string{"abdirahman-mohamed-abdullahi", "somaliland", "abkhazia", "isr"}, []string{"somaliland-abdirahman-mohamed-abdullahi"})
	if a, _ := r.actor("somaliland"); a.Type != diplograph.TypeCountry || a.Country != "" {
		t.Errorf("somaliland: type %q country %q, want a state of no code", a.Type, a.Country)
	}
}

// TestSurnameThatNamesABody: a person whose surname is a body's one-word
// name ("Therese Kayikwamba Wagner") is that person, not the body; an
// acronym after capitalized words, as a headline prints them, stays the
// body.
func TestSurnameThatNamesABody(t *testing.T) {
	r := analyzeText(t, "Rusia Veto Rencana PBB Soal Sanksi", "2025-06-27",
		"Menteri Luar Negeri Kongo Therese Kayikwamba Wagner menandatangani perjanjian damai dengan Rwanda di Washington.")
	r.wantActors(t, []string{"therese-kayikwamba-wagner", "united-nations"}, []string{"wagner-group"})
	if a, _ := r.actor("therese-kayikwamba-wagner"); a.Country != "COD" {
		t.Errorf("country %q, want COD", a.Country)
	}
}

// TestChiefOfStaffHeadsTheForces: "Kepala Staf Angkatan Darat Pakistan X"
// is X, chief of staff of the army, a body of Pakistan; the title names no
// body of its own, and a body's acronym in brackets after its state
// ("Angkatan Bersenjata Filipina (AFP)") is the body's, not the agency's.
func TestChiefOfStaffHeadsTheForces(t *testing.T) {
	r := analyzeText(t, "", "2025-05-11",
		"Wakil Presiden AS JD Vance menelepon Kepala Staf Angkatan Darat Pakistan Jenderal Asim Munir.",
		"Kepala Staf Angkatan Bersenjata Filipina (AFP) Jenderal Romeo Brawner Jr. mengecam China.")
	r.wantActors(t, []string{"asim-munir", "pak-army", "romeo-brawner-jr", "phl-armed-forces"},
		[]string{"pak-kepala-staf-angkatan-darat", "phl-kepala-staf-angkatan-bersenjata", "afp"})
	if a, _ := r.actor("romeo-brawner-jr"); a.Country != "PHL" {
		t.Errorf("Brawner's country %q, want PHL", a.Country)
	}
}

// TestMinistryOfSeveralFields: a ministry whose name joins more fields to
// its first ("Kementerian Perdagangan dan Industri India", "Kementerian
// Luar Negeri dan Kerja Sama Internasional Uni Emirat Arab") is the
// ministry of the state named after them, not Indonesia's.
func TestMinistryOfSeveralFields(t *testing.T) {
	r := analyzeText(t, "", "2025-04-10",
		"Kementerian Perdagangan dan Industri India membatasi impor pakaian jadi dari Bangladesh.",
		"Kementerian Luar Negeri dan Kerja Sama Internasional Uni Emirat Arab mengecam serangan itu.")
	r.wantActors(t, []string{"ind-trade-ministry", "are-foreign-ministry"}, []string{"idn-trade-ministry", "idn-foreign-ministry"})
}

// TestFirstLadyAndAPlacesMinistry: a title, then one given name before a
// known person's surname ("Ibu Negara Melania Trump"), is another person;
// a ministry named with a place ("Kementerian Kesehatan Gaza") is of the
// place's state, and one named with the city it speaks from after a comma
// ("Kementerian Pertahanan, Jakarta") has no city in its name.
func TestFirstLadyAndAPlacesMinistry(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14",
		"Presiden Donald Trump dan Ibu Negara Melania Trump menyambut Raja Charles di Gedung Putih.",
		"Kementerian Kesehatan Gaza menyebut puluhan warga tewas akibat serangan Israel.")
	r.wantActors(t, []string{"donald-trump", "melania-trump", "pse-health-ministry"}, []string{"isr-health-ministry", "idn-health-ministry"})
	if a, _ := r.actor("donald-trump"); slices.Contains(a.Aliases, "Melania Trump") {
		t.Errorf("Trump's aliases %q", a.Aliases)
	}
	r = analyzeText(t, "", "2025-10-14", "Kementerian Pertahanan, Jakarta, menyatakan latihan gabungan dengan Australia berjalan lancar.")
	if a, ok := r.actor("idn-defence-ministry"); !ok || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.Contains(s, "Jakarta") }) {
		t.Errorf("ministry %+v", a)
	}
}

// TestOfficeHoldersNamedWithoutTheirState: people the news names with a
// title that gives no state are of their own state, whichever state the
// sentence names nearest (dictionary 2026.12.18).
func TestOfficeHoldersNamedWithoutTheirState(t *testing.T) {
	r := analyzeText(t, "", "2024-11-20",
		"Beijing memperluas pengaruhnya di Pasifik, sementara Rusia mengincar pangkalan di Papua.",
		"Pemimpin oposisi Peter Dutton menuding pemerintahan Albanese lalai.",
		"Kantor Menteri Luar Negeri Winston Peters menyebut Kepulauan Cook gagal berkonsultasi.")
	for id, want := range map[string]string{"peter-dutton": "AUS", "winston-peters": "NZL"} {
		if a, ok := r.actor(id); !ok || a.Country != diplograph.NullString(want) {
			t.Errorf("%s: %+v, want country %s", id, a, want)
		}
	}
}

// TestBodiesNamedByAcronymBeforeTheirHeads: a title, then the acronym of a
// body, then its head's name, is the body and the person, whether the
// dictionary knows the body (BNPB, 2026.12.19) or not ("Kepala BPBD X",
// "Presiden FIFA X"); a ministry of "Pertahanan Nasional" is the state's
// defence ministry.
func TestBodiesNamedByAcronymBeforeTheirHeads(t *testing.T) {
	r := analyzeText(t, "", "2025-03-30",
		"Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto mengatakan tim bantuan sudah tiba di Myanmar.",
		"Kepala BPBD Lestari mengatakan warga sudah dievakuasi.",
		"Presiden FIFA Gianni Infantino bertemu Presiden Prabowo Subianto di Jakarta.",
		"Kementerian Pertahanan Nasional Taiwan mendeteksi pesawat militer China.",
		"Delegasi Pakistan dipimpin Kepala Badan Intelijen ISI Letjen Asim Malik.")
	r.wantActors(t, []string{"bnpb", "suharyanto", "bpbd", "lestari", "fifa", "gianni-infantino", "twn-defence-ministry", "isi", "asim-malik"}, []string{"bnpb-suharyanto", "bpbd-lestari", "fifa-gianni-infantino"})
	// A body the dictionary knows gives its state; one it does not leaves
	// the holder's to the sentence.
	for id, want := range map[string]string{"suharyanto": "IDN", "asim-malik": "PAK"} {
		if a, _ := r.actor(id); a.Country != diplograph.NullString(want) {
			t.Errorf("%s %+v, want country %s", id, a, want)
		}
	}
}

// TestBareTitleAsASubject: a capitalized title with no name after it,
// opening a clause before its verb, is the one person of the article who
// holds it ("Dalam pidatonya, Menlu juga mengecam ..."); with two holders
// it is no one.
func TestBareTitleAsASubject(t *testing.T) {
	r := analyzeText(t, "", "2025-09-27",
		"Menlu Sugiono berpidato di Sidang Majelis Umum PBB di New York.",
		"Dalam pidatonya, Menlu juga mengecam operasi militer Israel.")
	if !slices.ContainsFunc(r.events, func(e diplograph.Event) bool { return e.Source == "sugiono" && e.Target == "isr" }) {
		t.Errorf("events %+v", r.events)
	}
	r = analyzeText(t, "", "2025-09-27",
		"Menlu Sugiono bertemu Menlu Jepang Takeshi Iwaya di New York.",
		"Menlu menegaskan dukungan kepada Palestina.")
	if slices.ContainsFunc(r.events, func(e diplograph.Event) bool { return e.Target == "pse" }) {
		t.Errorf("events %+v", r.events)
	}
}

// TestParliamentOfAState: "Parlemen" with a state right after it is that
// state's parliament, a body of the state.
func TestParliamentOfAState(t *testing.T) {
	r := analyzeText(t, "", "2025-06-25", "Parlemen Iran menyetujui penangguhan kerja sama dengan IAEA.")
	if a, ok := r.actor("irn-parliament"); !ok || a.Type != diplograph.TypeOrganization || a.Country != diplograph.NullString("IRN") {
		t.Errorf("parliament %+v", a)
	}
}

// TestCompaniesOfSanctionsStories: companies the news names in sanctions
// and trade stories are actors of their state (dictionary 2026.12.19).
func TestCompaniesOfSanctionsStories(t *testing.T) {
	r := analyzeText(t, "", "2025-10-23",
		"Amerika Serikat menjatuhkan sanksi terhadap dua raksasa minyak Rusia, Rosneft dan Lukoil.",
		"Penyidik Biro Antikorupsi Nasional Ukraina (NABU) menggeledah sejumlah kantor di Kyiv.")
	r.wantActors(t, []string{"rosneft", "lukoil", "nabu"}, nil)
	if a, _ := r.actor("lukoil"); a.Country != diplograph.NullString("RUS") {
		t.Errorf("lukoil %+v", a)
	}
}

// TestAcronymThePageDefines: an acronym a page gives in brackets after a
// name is that name's on the page (a body found there, or one of the
// dictionary), not the dictionary's actor of the same letters; but the
// dictionary's actor stays when the name is one of its own or the start of
// one, when name and acronym are one name of it, or when the page names its
// state.
func TestAcronymThePageDefines(t *testing.T) {
	tests := []struct {
		text     string
		owner    string // the actor the acronym stands for
		mentions int    // at least, the bracket included
		notOwner string // the dictionary's actor of the same letters
	}{
		{"Drone menghantam dermaga milik Konsorsium Pipa Kaspia (CPC) di Laut Hitam. Kazakhstan menyebut CPC fasilitas sipil.", "konsorsium-pipa-kaspia", 3, "communist-party-of-china"},
		{"Komite Kriket Internasional (ICC) menunda laga di Lahore. ICC menyebut alasan keamanan.", "komite-kriket-internasional", 3, "icc"},
		{"Lembaga kajian Center for Strategic and International Studies (CSIS) di Washington menilai tarif itu keliru. Laporan CSIS terbit pekan lalu.", "csis-washington", 3, "csis-indonesia"},
		{"Kantor Berita Pusat Korea Utara (KCNA) melaporkan uji coba itu. Menurut KCNA, rudal terbang 900 kilometer.", "kcna", 2, ""},
		{"Moskow diminta mematuhi resolusi Dewan Keamanan (PBB) soal sanksi.", "united-nations", 1, ""},
		{"Delegasi Rusia dipimpin Kepala Direktorat Intelijen Utama (GRU) Igor Kostyukov. GRU tidak berkomentar.", "rus-gru", 2, ""},
	}
	for _, tt := range tests {
		r := analyzeText(t, "", "2025-11-30", tt.text)
		a, ok := r.actor(tt.owner)
		if !ok || a.Mentions < tt.mentions {
			t.Errorf("%q: %s with %d mentions among %v, want at least %d", tt.text, tt.owner, a.Mentions, r.ids(), tt.mentions)
		}
		if tt.notOwner != "" {
			r.wantActors(t, nil, []string{tt.notOwner})
		}
	}
}

// TestPersonsNameInAPlacesName: a name right after the head of a place's
// name, or after such a head and a title, names a building, a street or an
// airport, not the person; a title with no such head before it still
// names its holder.
func TestPersonsNameInAPlacesName(t *testing.T) {
	tests := []struct {
		text          string
		found, absent []string
	}{
		{"Wakil Presiden Timor Leste menerima tamu di Istana Presiden Nicolau Lobato, Dili.", nil, []string{"nicolau-lobato"}},
		{"Rombongan mendarat di Bandar Udara Presiden Nicolau Lobato pada Selasa.", nil, []string{"nicolau-lobato"}},
		{"Korban dirawat di Rumah Sakit Jenderal Ahmad Yani sejak Senin.", nil, []string{"ahmad-yani"}},
		{"Demonstran berkumpul di Jl. Jenderal Gatot Subroto sejak pagi.", nil, []string{"gatot-subroto"}},
		{"Pertemuan digelar di Gedung Joko Widodo, Surakarta.", nil, []string{"joko-widodo"}},
		{"Di Istana, Presiden Nicolau Lobato menerima tamu negara.", []string{"nicolau-lobato"}, nil},
	}
	for _, tt := range tests {
		r := analyzeText(t, "", "2025-11-05", tt.text)
		r.wantActors(t, tt.found, tt.absent)
	}
}

// TestCityInATreatysNameIsNoState: a capital right after the head of a
// treaty's or a convention's name ("Konvensi Ottawa", "Persetujuan
// Canberra") is part of that name, not the state; a capital after a
// preposition or a head in lower case, or joined to another state, is the
// state.
func TestCityInATreatysNameIsNoState(t *testing.T) {
	tests := []struct {
		text          string
		found, absent []string
	}{
		{"Thailand menuduh Kamboja melanggar Konvensi Ottawa tentang ranjau darat.", []string{"tha", "khm"}, []string{"can"}},
		{"Timor Leste dan Indonesia merundingkan ulang Persetujuan Canberra tentang batas laut.", []string{"tls", "idn"}, []string{"aus"}},
		{"Kedua pihak menandatangani Nota Kesepahaman Jakarta tentang perikanan.", nil, []string{"idn"}},
		{"Meksiko menolak menandatangani Perjanjian dengan Ottawa itu.", []string{"mex", "can"}, nil},
		{"Kesepakatan Washington dan Tokyo soal chip diumumkan Senin.", []string{"usa", "jpn"}, nil},
		{"Pasar saham menyambut kesepakatan Washington soal chip.", []string{"usa"}, nil},
		{"Perjanjian Seoul-Tokyo soal intelijen diperpanjang.", []string{"kor", "jpn"}, nil},
	}
	for _, tt := range tests {
		r := analyzeText(t, "", "2025-07-20", tt.text)
		r.wantActors(t, tt.found, tt.absent)
	}
}

// personWant is a person (or body) a page should name: its state, and a
// role it holds in body or state of ("" for none wanted).
type personWant struct {
	name    string
	paras   []string
	id      string
	country string
	role    string
	of      string
}

// checkPeople analyzes each case's page and checks its actor.
func checkPeople(t *testing.T, tests []personWant) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeText(t, "", "2025-10-14", tt.paras...)
			a, ok := r.actor(tt.id)
			if !ok {
				t.Fatalf("no actor %s among %v", tt.id, r.ids())
			}
			if string(a.Country) != tt.country {
				t.Errorf("country %q, want %q", a.Country, tt.country)
			}
			if tt.role != "" && !slices.ContainsFunc(a.Roles, func(r diplograph.Role) bool { return r.Title == tt.role && r.Of == tt.of }) {
				t.Errorf("roles %+v lack %s of %q", a.Roles, tt.role, tt.of)
			}
		})
	}
}

// TestPeopleNamedByWhatTheyDo: a name of two to four capitalized words is a
// person after a word of their work and a nationality ("musisi Inggris
// X"), after a post for a region that names no state ("wakil utusan khusus
// untuk Timur Tengah X"), or before a relative clause that leads to their
// title ("X, yang disebut sebagai kepala staf ...").
func TestPeopleNamedByWhatTheyDo(t *testing.T) {
	checkPeople(t, []personWant{
		{name: "a musician and a nationality", paras: []string{"Unjuk rasa itu juga dihadiri musisi Irlandia Declan Mooney dan sejumlah aktivis."},
			id: "declan-mooney", country: "IRL", role: "musisi Irlandia", of: "irl"},
		{name: "a singer and a nationality, capitalized", paras: []string{"Penyanyi Kanada Marie Tremblay membatalkan konsernya di Tel Aviv."},
			id: "marie-tremblay", country: "CAN", role: "Penyanyi Kanada", of: "can"},
		{name: "a deputy envoy for a region, in lower case and with no state", paras: []string{"Utusan khusus AS Steve Witkoff dan wakil utusan khusus untuk Asia Tengah Laura Whitfield tiba di Tashkent."},
			id: "laura-whitfield", country: "USA", role: "wakil utusan khusus untuk Asia Tengah", of: "usa"},
		{name: "a person killed, then the title a relative clause gives", paras: []string{"Serangan drone itu menewaskan Karim Yusuf Darwish, yang disebut sebagai komandan senior Hizbullah."},
			id: "karim-yusuf-darwish", country: "LBN", role: "komandan", of: "hezbollah"},
		{name: "a name, then 'yang juga' and the title", paras: []string{"Abdul Wahid Rahimi, yang juga juru bicara Hamas, membantah laporan itu."},
			id: "abdul-wahid-rahimi", country: "PSE", role: "juru bicara Hamas", of: "hamas"},
	})
	// A portfolio after "untuk" whose last words are an office's is no name.
	r := analyzeText(t, "", "2025-10-14", "Ia diangkat sebagai utusan khusus untuk Perdamaian Timur Tengah pekan lalu.")
	r.wantActors(t, nil, []string{"timur-tengah"})
}

// TestPeopleOfTheirRoleNotOfAPlaceNearThem: a person's state comes from
// their role, not from a place named near them: a state after "di" or
// "untuk" is where the post is held or whom it is for ("duta besarnya di
// Washington" is the possessor's), a kin after "-nya" is of the person
// named before, a body's word pointing back ("juru bicara kementerian") is
// the body named before, an official of an international body is of no
// state, states named inside the words they quote and the giver of what
// they receive ("... kepada X") are no evidence, and an Indonesian
// province is Indonesia's.
func TestPeopleOfTheirRoleNotOfAPlaceNearThem(t *testing.T) {
	checkPeople(t, []personWant{
		{name: "an ambassador recalled from the state he is posted in", paras: []string{"Sehari kemudian, Manila memanggil pulang duta besarnya di Beijing, Jaime Soriano, untuk berkonsultasi."},
			id: "jaime-soriano", country: "PHL"},
		{name: "an envoy for a state is not of it", paras: []string{"Pemerintah Jerman menyambut baik rencana itu.", "Utusan khusus untuk Ukraina Paul Hartmann tiba di Kyiv pada Senin."},
			id: "paul-hartmann", country: "DEU", role: "Utusan khusus untuk Ukraina"},
		{name: "a wife named after her husband", paras: []string{"China menuntut Amerika Serikat membebaskan Ricardo Salcedo dan istrinya, Lucia Montoya."},
			id: "lucia-montoya", country: ""},
		{name: "a wife named after her husband, whose state is known", paras: []string{"China menuntut Amerika Serikat membebaskan Nicolas Maduro dan istrinya, Lucia Montoya."},
			id: "lucia-montoya", country: "VEN"},
		{name: "a ministry's spokesperson after a quote naming another state", paras: []string{"Kementerian Luar Negeri Swedia menyesalkan keputusan itu. \"Kami tetap ingin berdialog dengan Iran,\" kata juru bicara kementerian, Anna Lindqvist, kepada wartawan."},
			id: "anna-lindqvist", country: "SWE", role: "juru bicara kementerian", of: "swe-foreign-ministry"},
		{name: "a UN rapporteur for a state", paras: []string{"Uni Eropa mengecam pemilu itu, sementara Pelapor Khusus PBB untuk situasi HAM di Kamboja, Henrik Olsen, menyebutnya pemilu palsu."},
			id: "henrik-olsen", country: ""},
		{name: "a laureate named after the body that honours her", paras: []string{"Komite Nobel Norwegia menganugerahkan Hadiah Nobel Perdamaian kepada pemimpin oposisi Ana Belen Rojas.", "Ia tinggal di Venezuela."},
			id: "ana-belen-rojas", country: ""},
		{name: "a governor of an Indonesian province on a page about another state", paras: []string{"Presiden Timor Leste Jose Ramos-Horta menyambut rencana itu.", "Ramos-Horta menerima kunjungan Gubernur NTB Zulkifli Rahman di Dili."},
			id: "zulkifli-rahman", country: "IDN", role: "Gubernur NTB"},
		{name: "a regent is Indonesia's", paras: []string{"Presiden Timor Leste Jose Ramos-Horta menyambut rencana itu.", "Bupati Taolin Agustinus ikut hadir di Dili."},
			id: "taolin-agustinus", country: "IDN", role: "Bupati"},
	})
}

// TestBodiesOfDictionary20261220: the bodies dictionary 2026.12.20 adds,
// and a state's body named by words of state_bodies.tsv in English, in
// one language: "Militer Israel" is the IDF unless it says what a noun
// before it is; an airline's name holding a state's makes no state.
func TestBodiesOfDictionary20261220(t *testing.T) {
	tests := []struct {
		text          string
		found, absent []string
	}{
		{"Iran menuduh E3 melanggar kesepakatan nuklir.", []string{"irn", "e3"}, nil},
		{"Pasukan Sementara PBB di Lebanon (UNIFIL) melaporkan pelanggaran baru.", []string{"unifil"}, []string{"lbn"}},
		{"Venezuela mencabut izin Iberia, TAP Air Portugal, dan Avianca.", []string{"ven", "iberia", "tap-air-portugal", "avianca"}, []string{"prt"}},
		{"Militer Israel menyatakan serangan itu menyasar gudang senjata.", []string{"isr-idf"}, []string{"isr"}},
		{"Mesir mendesak agar militer Israel menarik pasukannya.", []string{"egy", "isr-idf"}, []string{"isr"}},
		{"Mesir mengecam serangan militer Israel ke Gaza.", []string{"egy", "isr"}, []string{"isr-idf"}},
		{"Kantor kepresidenan Lebanon menyatakan Aoun menolak usulan itu.", []string{"lbn-presidential-office"}, nil},
		{"Seorang tentara Angkatan Darat Amerika Serikat terluka.", []string{"usa-army"}, []string{"usa-angkatan-darat"}},
	}
	for _, tt := range tests {
		r := analyzeText(t, "", "2025-10-14", tt.text)
		r.wantActors(t, tt.found, tt.absent)
	}
	r := analyzeText(t, "", "2025-10-14", "Penjaga Pantai Amerika Serikat menyita kapal itu.", "Komisi Pemilihan Umum Amerika Serikat menolak.")
	for id, name := range map[string]string{"usa-coast-guard": "United States Coast Guard", "usa-komisi-pemilihan-umum": "Komisi Pemilihan Umum Amerika Serikat"} {
		if a, ok := r.actor(id); !ok || a.Name != name {
			t.Errorf("%s: %+v, want the name %q", id, a, name)
		}
	}
	if a, ok := r.actor("unifil"); ok && a.Country != "" {
		t.Errorf("UNIFIL's country %q", a.Country)
	}
}

// TestNamesEndWhereTheyEnd: a form of address ending a place's name is no
// title of the name after its comma ("Sharm el-Sheikh, Prabowo"); a
// regnal number is no name a person is called by; a person named in the
// name of an air base is not mentioned; a body's acronym between plain name
// words is a word of that name (a venue's), but not after a title; the
// middle word of a three-word name calls the person, unless another
// actor's name has it.
func TestNamesEndWhereTheyEnd(t *testing.T) {
	aliases := []struct {
		paras         []string
		id            string
		absentAliases []string
	}{
		{[]string{"Setibanya di Sharm el-Sheikh, Prabowo langsung menemui Presiden Mesir Abdel Fattah al-Sisi."}, "prabowo-subianto", []string{"Sheikh Prabowo", "Sheikh"}},
		{[]string{"Raja Yordania Abdullah II menerima Menteri Luar Negeri Sugiono di Amman.", "Misi yang diberi nama Operasi Elang Putih II itu dipimpin seorang kolonel."}, "abdullah-ii", []string{"II"}},
	}
	for _, tt := range aliases {
		r := analyzeText(t, "", "2025-10-14", tt.paras...)
		a, ok := r.actor(tt.id)
		if !ok || slices.ContainsFunc(a.Aliases, func(s string) bool { return slices.Contains(tt.absentAliases, s) }) {
			t.Errorf("%q: %s %v, aliases %q", tt.paras, tt.id, ok, a.Aliases)
		}
	}
	actors := []struct {
		text          string
		found, absent []string
	}{
		{"Bantuan diterbangkan dari Pangkalan Udara King Abdullah II menuju Gaza pada Senin.", nil, []string{"abdullah-ii"}},
		{"Kedua menteri bertemu di Hotel Sakura APEC Tower, Osaka, pada Jumat.", nil, []string{"apec"}},
		{"Anggota Komisi I DPR Dave Laksono mendukung langkah itu.", []string{"idn-dpr", "dave-laksono"}, nil},
	}
	for _, tt := range actors {
		analyzeText(t, "", "2025-10-14", tt.text).wantActors(t, tt.found, tt.absent)
	}
	speakers := []struct {
		paras   []string
		speaker string
	}{
		{[]string{"Juru bicara Kementerian Luar Negeri Rolliansyah Arif Soemirat menjelaskan sikap pemerintah.", "\"Indonesia menolak usulan itu,\" kata Arif."}, "rolliansyah-arif-soemirat"},
		{[]string{"Juru bicara Kementerian Luar Negeri Rolliansyah Arif Soemirat dan Wakil Menteri Arif Havas Oegroseno hadir.", "\"Indonesia menolak usulan itu,\" kata Arif."}, "arif-havas-oegroseno"},
	}
	for _, tt := range speakers {
		r := analyzeText(t, "", "2025-10-14", tt.paras...)
		if len(r.statements) != 1 || string(r.statements[0].Speaker) != tt.speaker {
			t.Errorf("%q: statements %+v, want spoken by %s", tt.paras, r.statements, tt.speaker)
		}
	}
}

// TestShortNameSpelledAsAnAliasIsNoNewPerson holds that a surname after a
// quote verb, written without the accent of the dictionary's name but as
// an alias spells it ("kata Sanchez" for Pedro Sánchez), is that person,
// whatever follows it, never a person of its own.
func TestShortNameSpelledAsAnAliasIsNoNewPerson(t *testing.T) {
	for _, tail := range []string{"kepada wartawan di Madrid.", "."} {
		r := analyzeText(t, "", "2025-04-10", "Perdana Menteri Spanyol Pedro Sanchez menolak kenaikan tarif baja.",
			`"Tidak ada yang menang dalam perang tarif seperti ini," kata Sanchez `+tail)
		if _, ok := r.actor("sanchez"); ok {
			t.Errorf("%q: a second person sanchez in %v", tail, r.ids())
		}
		if len(r.statements) == 0 || r.statements[0].Speaker != "pedro-sanchez" {
			t.Errorf("%q: statements %+v, want Pedro Sanchez's", tail, r.statements)
		}
	}
}

// TestNameInASourcePhraseTakesNoTitleAfterIt holds that a name set off in
// a phrase "menurut ..." ("Menurut juru bicaranya, X, Sekjen PBB mendesak
// ...") does not take the title that opens the words after it as a post.
func TestNameInASourcePhraseTakesNoTitleAfterIt(t *testing.T) {
	r := analyzeText(t, "", "2025-09-10", "Sekretaris Jenderal PBB Antonio Guterres prihatin atas kekerasan di Kathmandu.",
		"Menurut juru bicaranya, Stephane Dujarric, Sekjen PBB meminta semua pihak menahan diri.")
	a, ok := r.actor("stephane-dujarric")
	if !ok {
		t.Fatalf("no Stephane Dujarric in %v", r.ids())
	}
	for _, role := range a.Roles {
		if strings.Contains(strings.ToLower(role.Title), "sekjen") {
			t.Errorf("Dujarric has the role %q of the one he speaks for", role.Title)
		}
	}
}

// TestFirmBeforeItsHeadsName: after a post in a firm, a body no one listed
// and then a name are the firm and its head, of the state the sentence is
// about; a run opening on a known given name is the person's own.
func TestFirmBeforeItsHeadsName(t *testing.T) {
	for _, tt := range []struct {
		paras         []string
		firm, head    string
		country       string
		absent        []string
		headRoleTitle string
	}{
		{[]string{"Regulator di Oslo menyelidiki kasus itu. Pekan lalu, pengadilan di Norwegia memberhentikan CEO Trondvik Ola Brenna."},
			"trondvik", "ola-brenna", "NOR", []string{"trondvik-ola-brenna"}, "CEO Trondvik"},
		{[]string{"Ekspor daging Spanyol turun tajam. Direktur Porcisa Lucia Ferrero menyebut pasar China tertutup."},
			"porcisa", "lucia-ferrero", "ESP", []string{"porcisa-lucia-ferrero"}, "Direktur Porcisa"},
		{[]string{"Bank asal Estonia, Tallinna Pank, ikut terkena sanksi. CEO Tallinna Pank, Kaarel Tamm, mengatakan banknya tidak berbisnis di Rusia."},
			"tallinna-pank", "kaarel-tamm", "EST", nil, "CEO Tallinna Pank"},
	} {
		r := analyzeText(t, "", "2025-08-13", tt.paras...)
		r.wantActors(t, []string{tt.firm, tt.head}, tt.absent)
		firm, _ := r.actor(tt.firm)
		head, _ := r.actor(tt.head)
		if firm.Type != diplograph.TypeOrganization || string(firm.Country) != tt.country || string(head.Country) != tt.country ||
			len(head.Roles) != 1 || head.Roles[0].Title != tt.headRoleTitle {
			t.Errorf("%q: firm %+v, head %+v", tt.paras, firm, head)
		}
	}
	r := analyzeText(t, "", "2025-08-13", "Direktur Muhammad Ali Rahman mengatakan perusahaan itu sehat.")
	r.wantActors(t, []string{"muhammad-ali-rahman"}, []string{"muhammad"})
}

// TestFirmAfterItsDescription: a firm named after a firm noun, a
// description and its state, set off by commas or right after the state,
// is of that state; a body's name ending in its state before its acronym
// holds the state.
func TestFirmAfterItsDescription(t *testing.T) {
	for _, tt := range []struct{ text, id, country string }{
		{"Kontrak itu dimenangkan perusahaan konstruksi milik negara Turki, KORTAS Yapi, pada Senin.", "kortas-yapi", "TUR"},
		{"Pelabuhan itu dikelola perusahaan logistik Jepang, Harunami Logistics, sejak 2019.", "harunami-logistics", "JPN"},
		{"Perusahaan Korea Selatan Daebong Steel membantah tuduhan itu.", "daebong-steel", "KOR"},
		{"Asosiasi Produsen Anggur Prancis (APAF) memprotes tarif baru itu.", "asosiasi-produsen-anggur-prancis", "FRA"},
	} {
		r := analyzeText(t, "", "2025-08-13", tt.text)
		if a, ok := r.actor(tt.id); !ok || a.Type != diplograph.TypeOrganization || string(a.Country) != tt.country {
			t.Errorf("%q: %s %+v, want an organization of %s", tt.text, tt.id, a, tt.country)
		}
	}
}

// TestShortTitlesStandForTheirLongForms: "Wapres", "Menhan" and "Mendag"
// alone are the holder of the post named before, as "Menlu" is.
func TestShortTitlesStandForTheirLongForms(t *testing.T) {
	for _, tt := range []struct {
		paras   []string
		speaker string
	}{
		{[]string{"Wakil Presiden Filipina Sara Duterte tiba di Hanoi pada Senin.", "\"Kerja sama ini penting,\" kata Wapres."}, "sara-duterte"},
		{[]string{"Menteri Pertahanan Australia Richard Marles tiba di Manila pada Senin.", "\"Kami siap membantu,\" ujar Menhan."}, "richard-marles"},
		{[]string{"Menteri Perdagangan Malaysia Tengku Zafrul tiba di Bangkok pada Senin.", "\"Tarif itu harus dicabut,\" kata Mendag."}, "tengku-zafrul"},
	} {
		r := analyzeText(t, "", "2025-10-14", tt.paras...)
		if len(r.statements) != 1 || string(r.statements[0].Speaker) != tt.speaker {
			t.Errorf("%q: statements %+v, want spoken by %s", tt.paras, r.statements, tt.speaker)
		}
	}
}

// TestBareGovernmentPostOnAStoryAbroad: a government post named with no
// state on a story whose lead is about another state is that state's, not
// the home state's; a spokesperson of "the government" right after a state
// speaking as its government is that state's.
func TestBareGovernmentPostOnAStoryAbroad(t *testing.T) {
	for _, tt := range []struct {
		paras       []string
		id, country string
	}{
		{[]string{"Perdana Menteri Peru Eduardo Arana mundur pada Rabu setelah protes besar di Lima.", "Massa membakar sejumlah kantor. Menteri Dalam Negeri Carlos Malaver lebih dulu mundur pada Selasa."}, "carlos-malaver", "PER"},
		{[]string{"Presiden Prabowo Subianto meresmikan bendungan di Jawa Tengah.", "Massa membakar sejumlah kantor. Menteri Dalam Negeri Carlos Malaver lebih dulu mundur pada Selasa."}, "carlos-malaver", "IDN"},
		{[]string{"Kementerian Pertahanan Prancis mengonfirmasi kapalnya menembak jatuh dua drone di Laut Merah.", "Pemerintah Mesir menyatakan wilayah udaranya aman. Juru bicara pemerintah Ahmed Fahmy mengatakan tidak ada korban."}, "ahmed-fahmy", "EGY"},
	} {
		r := analyzeText(t, "", "2025-09-10", tt.paras...)
		if a, ok := r.actor(tt.id); !ok || string(a.Country) != tt.country {
			t.Errorf("%q: %+v, want country %s", tt.paras, a, tt.country)
		}
	}
}

// TestHoldersListedAfterACountOfThePost: "tiga wakil menteri, yakni A, B,
// dan C" makes each one named a holder of the post, the last one too.
func TestHoldersListedAfterACountOfThePost(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14", "Dalam tugasnya, Menteri Luar Negeri Sugiono dibantu tiga wakil menteri, yakni Rina Wulandari, Dimas Prasetyo, dan Agus Harimurti Wibowo.")
	for _, id := range []string{"rina-wulandari", "dimas-prasetyo", "agus-harimurti-wibowo"} {
		if a, ok := r.actor(id); !ok || len(a.Roles) != 1 || a.Roles[0].Title != "wakil menteri" {
			t.Errorf("%s: %+v, want a wakil menteri", id, a)
		}
	}
}

// TestBareMinistryOfTheStateWhoseBodyActs: a ministry named with no state
// after a state's body in its sentence ("junta Myanmar mengirim ...") is
// that state's, not that of the state the sentence before is about.
func TestBareMinistryOfTheStateWhoseBodyActs(t *testing.T) {
	r := analyzeText(t, "", "2025-08-13", "Rapat dibuka oleh Perdana Menteri Thailand Paetongtarn Shinawatra. Untuk pertama kalinya, junta Myanmar mengirim pejabat seniornya, Sekretaris Tetap Kementerian Luar Negeri Than Htay.")
	r.wantActors(t, []string{"mmr-foreign-ministry", "than-htay"}, []string{"tha-foreign-ministry"})
	if a, _ := r.actor("than-htay"); a.Country != "MMR" {
		t.Errorf("Than Htay should be Myanmar's: %+v", a)
	}
}

// TestBodyNamedAgainWithAnotherHead: a state's body named with "Badan"
// after it was named with "Organisasi", the rest the same, is the same
// body, and "Kepala <body> itu" is the head named before.
func TestBodyNamedAgainWithAnotherHead(t *testing.T) {
	r := analyzeText(t, "", "2025-08-13", "Menlu Brasil bertemu dengan Kepala Organisasi Antariksa Brasil (OAB) Marcos Pontes di Brasilia.",
		"Kepala Badan Antariksa Brasil itu mengatakan bahwa peluncuran satelit akan ditunda hingga tahun depan.")
	r.wantActors(t, []string{"organisasi-antariksa-brasil", "marcos-pontes"}, []string{"bra-badan-antariksa"})
	if len(r.statements) != 1 || string(r.statements[0].Speaker) != "marcos-pontes" {
		t.Errorf("statements %+v, want spoken by marcos-pontes", r.statements)
	}
}

// TestBareForeignMinistryShortNameIsTheHolders: "Kemlu" with no state
// after it is the ministry of the known holder named after it, not that
// of another state's ministry named before; a city's transit line ("MRT
// Jakarta") names no state.
func TestBareForeignMinistryShortNameIsTheHolders(t *testing.T) {
	r := analyzeText(t, "", "2025-08-13", "Kementerian Luar Negeri Jepang menyesalkan insiden itu.",
		"Juru Bicara Kemlu Rolliansyah Soemirat mengatakan Indonesia akan menyampaikan nota protes.")
	if a, _ := r.actor("jpn-foreign-ministry"); slices.Contains(a.Aliases, "Kemlu") {
		t.Errorf("Japan's ministry got the alias Kemlu: %+v", a)
	}
	if a, ok := r.actor("idn-foreign-ministry"); !ok || !slices.Contains(a.Aliases, "Kemlu") {
		t.Errorf("Indonesia's ministry should be Kemlu: %+v", a)
	}
	r = analyzeText(t, "", "2025-08-13", "Menteri Perhubungan Jepang meninjau proyek MRT Jakarta bersama investor.")
	r.wantActors(t, []string{"jpn"}, []string{"idn"})
}

// TestHoldersListedAfterACountWithNoOpener: "dua wakil menlu, A dan B"
// makes both holders of the post, the second too; a single name after the
// comma is no list. A coordinator is a title before a name set off by
// commas.
func TestHoldersListedAfterACountWithNoOpener(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14", "Dalam perundingan itu, Jepang diwakili dua wakil menlu, Hiroshi Tanaka dan Kenji Watanabe.")
	for _, id := range []string{"hiroshi-tanaka", "kenji-watanabe"} {
		if a, ok := r.actor(id); !ok || len(a.Roles) != 1 || a.Roles[0].Title != "wakil menlu" {
			t.Errorf("%s: %+v, want a wakil menlu", id, a)
		}
	}
	r = analyzeText(t, "", "2025-10-14", "Koordinator relawan asal Malaysia, Ahmad Fauzi Rahman, menceritakan perjalanan mereka. \"Kami selamat,\" kata Ahmad.")
	r.wantActors(t, []string{"ahmad-fauzi-rahman"}, []string{"ahmad"})
	if a, _ := r.actor("ahmad-fauzi-rahman"); a.Country != "MYS" {
		t.Errorf("Ahmad Fauzi Rahman should be Malaysia's: %+v", a)
	}
}

// TestPostAfterASummonedEnvoyIsTheSummoners: a post of no state opening
// the sentence after a ministry summons another state's envoy is the
// ministry's state's, not the envoy's; with no state or body but in a
// title, the sentence before still gives its state.
func TestPostAfterASummonedEnvoyIsTheSummoners(t *testing.T) {
	for _, tt := range []struct {
		paras       []string
		id, country string
	}{
		{[]string{"Kementerian Luar Negeri Jepang memanggil Duta Besar China untuk Tokyo, Wu Jianhai, pada Senin.", "Wakil Menteri Luar Negeri Pertama Kenta Morimoto menyampaikan protes keras kepada Wu."}, "kenta-morimoto", "JPN"},
		{[]string{"Mantan Ketua Mahkamah Agung Peru Elena Vargas dilantik sebagai kepala pemerintahan sementara.", "Vargas diambil sumpahnya oleh Presiden Carlos Quispe pada Jumat."}, "carlos-quispe", "PER"},
	} {
		r := analyzeText(t, "", "2025-09-10", tt.paras...)
		if a, ok := r.actor(tt.id); !ok || string(a.Country) != tt.country {
			t.Errorf("%q: %+v, want country %s", tt.paras, a, tt.country)
		}
	}
}

// TestForeignForcesAndServicesAndInterviewingOutlets: "Pasukan ..." and
// "Dinas ..." before a state name that state's body; one name alone after
// "wawancara dengan" is the outlet that interviews.
func TestForeignForcesAndServicesAndInterviewingOutlets(t *testing.T) {
	r := analyzeText(t, "", "2025-08-13", "Pasukan Perbatasan Selandia Baru menahan sebuah kapal nelayan, sementara Dinas Imigrasi Kanada menolak visa para awaknya.")
	for _, id := range []string{"nzl-border-force", "can-dinas-imigrasi"} {
		if a, ok := r.actor(id); !ok || a.Type != diplograph.TypeOrganization {
			t.Errorf("%s: %+v, want an organization", id, a)
		}
	}
	r = analyzeText(t, "", "2025-08-13", "Menteri Luar Negeri Rusia Sergei Lavrov dalam wawancara dengan Vestnikov menegaskan sikap Moskow.")
	if a, ok := r.actor("vestnikov"); !ok || a.Type != diplograph.TypeMedia {
		t.Errorf("vestnikov: %+v, want media", a)
	}
}

// TestCaucasusSouthAsiaAndPacificActorsAreKnown: office holders, parties and
// bodies of 2024-2026 Caucasus, South Asian and Pacific news resolve to
// their dictionary entries, with the state the dictionary gives them, and
// Tempo's "Kazakstan" is Kazakhstan.
func TestCaucasusSouthAsiaAndPacificActorsAreKnown(t *testing.T) {
	for _, tt := range []struct {
		para, id, country string
	}{
		{"Menteri Luar Negeri Jeyhun Bayramov bertemu mitranya di Abu Dhabi pada Rabu.", "jeyhun-bayramov", "AZE"},
		{"Presiden Sadyr Japarov membuka pertemuan puncak di Bishkek.", "sadyr-japarov", "KGZ"},
		{"Kazakstan mengirim delegasi dagang ke Jakarta pekan depan.", "kaz", "KAZ"},
		{"Partai Nasionalis Bangladesh (BNP) menuntut pemilu dipercepat, sedangkan Liga Awami memboikotnya.", "awami-league", "BGD"},
		{"Pengadilan Kejahatan Internasional Bangladesh menunda sidang hingga bulan depan.", "bgd-international-crimes-tribunal", "BGD"},
		{"Perdana Menteri Sitiveni Rabuka menerima kunjungan delegasi Jepang di Suva.", "sitiveni-rabuka", "FJI"},
		{"Perdana Menteri Mark Brown menandatangani nota kesepahaman itu di Rarotonga.", "mark-brown", "COK"},
		{"Militer Nepal mengerahkan pasukan untuk menjaga gedung parlemen.", "npl-army", "NPL"},
	} {
		r := analyzeText(t, "", "2025-10-01", tt.para)
		if a, ok := r.actor(tt.id); !ok || string(a.Country) != tt.country {
			t.Errorf("%q: %s is %+v, want country %s", tt.para, tt.id, a, tt.country)
		}
	}
}

// TestPeopleFoundByTheirPostOrTheirSource: an unknown name after "Menurut"
// set off by a comma is someone's; a post for two regions joined by "dan";
// a former holder of any post; a post whose field is a ministry's field in
// lower case; a billionaire's title before a two-state nationality; an
// outlet pointing back ("kantor beritanya, X"); a post of no state, former
// or of a head of state, on a story about another state is that state's.
func TestPeopleFoundByTheirPostOrTheirSource(t *testing.T) {
	nepal := "Perdana Menteri Nepal Sushila Karki membentuk kabinet baru di Kathmandu pada Senin."
	for _, tt := range []struct {
		paras            []string
		id, typ, country string
	}{
		{[]string{"Menurut Marcus Delaney, Washington ingin menjadi mitra pilihan bagi negara-negara di kawasan itu."}, "marcus-delaney", diplograph.TypePerson, ""},
		{[]string{"Menurut Utusan Khusus AS untuk Asia Selatan dan Tengah, Marcus Delaney, Washington ingin menjadi mitra pilihan."}, "marcus-delaney", diplograph.TypePerson, "USA"},
		{[]string{nepal, "Ribuan orang berunjuk rasa di jalan. Mantan Menteri Dalam Negeri Rafiqul Bhuiyan ditangkap polisi pada Selasa."}, "rafiqul-bhuiyan", diplograph.TypePerson, "NPL"},
		{[]string{"Penasihat urusan dalam negeri Bishnu Rimal menyebut penangkapan itu sah."}, "bishnu-rimal", diplograph.TypePerson, ""},
		{[]string{"Polisi menahan miliarder Rusia-Armenia Ruben Vardanyan di Yerevan pada Rabu."}, "ruben-vardanyan", diplograph.TypePerson, "RUS"},
		{[]string{nepal, "Ribuan orang berunjuk rasa di jalan. Parlemen lalu dibubarkan oleh Presiden Ram Bahadur Thapa pada Jumat."}, "ram-bahadur-thapa", diplograph.TypePerson, "NPL"},
		{[]string{`"Kami tidak akan mundur," ujar Perdana Menteri Georgia Levan Tsiklauri, seperti dikutip kantor beritanya, Sakinform.`}, "sakinform", diplograph.TypeMedia, ""},
	} {
		r := analyzeText(t, "", "2025-09-10", tt.paras...)
		if a, ok := r.actor(tt.id); !ok || a.Type != tt.typ || string(a.Country) != tt.country {
			t.Errorf("%q: %+v, want a %s of %q among %v", tt.paras, a, tt.typ, tt.country, r.ids())
		}
	}
}

// TestSurnameAfterAnotherGivenNameIsSomeoneElse: a known person's surname
// after a given name not theirs is another person's ("Yevgeny Belousov"
// is no Andrei Belousov); the bare surname is still theirs.
func TestSurnameAfterAnotherGivenNameIsSomeoneElse(t *testing.T) {
	r := analyzeText(t, "", "2025-07-02", "Polisi menggerebek kantor itu dan menahan dua pimpinannya, Pavel Orlov dan Yevgeny Belousov.")
	r.wantActors(t, nil, []string{"andrei-belousov"})
	r = analyzeText(t, "", "2025-07-02", "Rusia mengecam penggerebekan itu. Belousov menyebutnya provokasi.")
	r.wantActors(t, []string{"andrei-belousov"}, nil)
}

// TestSpokespersonPointingBackIsNotOfAStateQuoted: "juru bicaranya" after
// a quote is the spokesperson of the body named before the quote, not of
// a state the quoted words name.
func TestSpokespersonPointingBackIsNotOfAStateQuoted(t *testing.T) {
	r := analyzeText(t, "", "2025-11-30", "Kementerian Luar Negeri Moldova menyebut serangan itu tindakan agresif.",
		`"Kami menilai serangan itu merusak hubungan Republik Moldova dan Rumania," demikian pernyataan kementerian yang dibacakan juru bicaranya, Dorin Ceban.`)
	if a, ok := r.actor("dorin-ceban"); !ok || a.Country != "MDA" {
		t.Errorf("Dorin Ceban: %+v, want Moldova's", a)
	}
}

// TestTitleOfAStateBeforeANamesakeOfAnother: a post of one state before a
// name the dictionary holds for a person of another, who holds no post in
// it, names someone else, of the title's state; the person's own post
// still names them.
func TestTitleOfAStateBeforeANamesakeOfAnother(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14", "Menteri Perdagangan Peru William Ruto mengatakan ekspor tembaga naik tahun ini.")
	r.wantActors(t, []string{"william-ruto-per"}, []string{"william-ruto"})
	if a, _ := r.actor("william-ruto-per"); a.Country != "PER" || a.Type != diplograph.TypePerson {
		t.Errorf("namesake %+v", a)
	}
	r = analyzeText(t, "", "2025-10-14", "Presiden Kenya William Ruto mengatakan ekspor teh naik tahun ini.")
	r.wantActors(t, []string{"william-ruto"}, []string{"william-ruto-ken"})
}

// TestBodyOfAStateBeforeItsAcronym: a body's head word, its words and a
// state, then an acronym in brackets, name one body of that state, not the
// state.
func TestBodyOfAStateBeforeItsAcronym(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14",
		"Otoritas Pelabuhan Chile (OPC) segera membantah laporan itu.",
		"Mahkamah Tinggi Federal Jerman (BVG) menolak gugatan tersebut.")
	for id, want := range map[string]string{"otoritas-pelabuhan-chile": "CHL", "mahkamah-tinggi-federal-jerman": "DEU"} {
		if a, ok := r.actor(id); !ok || a.Type != diplograph.TypeOrganization || a.Country != diplograph.NullString(want) {
			t.Errorf("%s: %+v among %v", id, a, r.ids())
		}
	}
	if slices.ContainsFunc(r.statements, func(s diplograph.Statement) bool { return s.Speaker == "chl" }) {
		t.Errorf("the state speaks for its body: %+v", r.statements)
	}
}

// TestRoleNounsIntroducePeople: a judge's or a drug lord's role noun
// before a name introduces a person as a title does; "Hakim" after a name
// word is the name's own.
func TestRoleNounsIntroducePeople(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14",
		"Hakim Bernardo Quintanilha menolak banding itu pada Senin.",
		"Polisi Meksiko menangkap gembong narkoba Ovidio Salcedo di Sinaloa.",
		"Pengamat politik Universitas Gadjah Mada Arief Hakim menilai putusan itu tepat.")
	r.wantActors(t, []string{"bernardo-quintanilha", "ovidio-salcedo", "arief-hakim"}, []string{"arief"})
}

// TestCentralBankOfAStateInLowerCase: "bank sentral" before a state, in
// lower case too, is that state's central bank.
func TestCentralBankOfAStateInLowerCase(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14", "Jepang menyepakati pertukaran mata uang dengan bank sentral Chile pekan lalu.")
	if a, ok := r.actor("chl-central-bank"); !ok || a.Type != diplograph.TypeOrganization || a.Country != "CHL" {
		t.Errorf("central bank %+v among %v", a, r.ids())
	}
}

// TestNewsAgencyOfAStateByItsAcronym: a news agency's title, its state and
// an acronym name the state's agency, which later mentions of the acronym
// cite.
func TestNewsAgencyOfAStateByItsAcronym(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14",
		"Kantor berita resmi Peru ORBE melaporkan kunjungan itu berlangsung hangat.",
		"Menurut ORBE, kedua menteri membahas perdagangan tembaga.")
	a, ok := r.actor("orbe")
	if !ok || a.Type != diplograph.TypeMedia || a.Country != "PER" || a.Mentions != 2 {
		t.Errorf("agency %+v among %v", a, r.ids())
	}
}

// TestOrganOfANonUNBody: the IAEA's Board of Governors is its own actor,
// not the agency.
func TestOrganOfANonUNBody(t *testing.T) {
	r := analyzeText(t, "", "2025-11-21", "Dewan Gubernur IAEA mengesahkan resolusi baru tentang Iran di Wina pada Kamis.")
	r.wantActors(t, []string{"iaea-board-of-governors", "irn"}, []string{"iaea"})
}

// TestFirmNamedAfterWhatItMakes: a firm noun, up to two lower-case words
// of what the firm makes, then a name: the name is a firm's ("produsen cip
// Ampleon"); not after a word of origin ("perusahaan asal Ohio") nor when
// the name is a region's ("produsen mobil Eropa").
func TestFirmNamedAfterWhatItMakes(t *testing.T) {
	r := analyzeText(t, "", "2025-10-14",
		"Pemerintah Belanda kini menguasai produsen cip Ampleon setelah keputusan pada Minggu.",
		"Perjanjian itu diteken setelah perusahaan asal Ohio, Strategic Metals, menyatakan minat.",
		"Sejumlah produsen mobil Eropa mengeluhkan kelangkaan cip.")
	r.wantActors(t, []string{"ampleon", "nld"}, []string{"ohio", "eropa"})
	if a, _ := r.actor("ampleon"); a.Type != diplograph.TypeOrganization {
		t.Errorf("ampleon: type %q, want an organization", a.Type)
	}
}

// TestTitleAddressedToIsNoTitle: "Kepada wartawan, X ..." addresses the
// press; "wartawan" is no title of X. "dengan mitranya, X" still names X
// by a post.
func TestTitleAddressedToIsNoTitle(t *testing.T) {
	r := analyzeText(t, "", "2025-11-01",
		"Kepada wartawan, Carney mengaku telah meminta maaf kepada Trump.",
		"Lavrov kemudian berbicara dengan mitranya, Choe Son Hui, di Moskow.")
	a, ok := r.actor("mark-carney")
	if !ok || slices.Contains(a.Aliases, "wartawan Carney") || slices.ContainsFunc(a.Roles, func(x diplograph.Role) bool { return x.Title == "wartawan" }) {
		t.Errorf("mark-carney %+v: want no title of the press", a)
	}
	if _, ok := r.actor("choe-son-hui"); !ok {
		t.Errorf("want Choe Son Hui among %v", r.ids())
	}
}
