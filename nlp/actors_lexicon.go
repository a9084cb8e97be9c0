package nlp

import "github.com/diplograph/diplograph"

// lexicon holds the closed word lists of Indonesian news language that the
// actor, statement and event passes look for. It is built once, in
// newAnnotator, and only read afterwards.
type lexicon struct {
	// stop: capitalized words that never start or continue a name
	// (function words, pronouns, days, months, sentence openers).
	stop wordSet
	// titles are the position words before a name; ref indexes titleKinds.
	titles     *phraseSet
	titleKinds []string // TypePerson or TypeMedia
	// ministries: the field after "Kementerian"; ref indexes ministryKinds.
	ministries    *phraseSet
	ministryKinds []ministryKind
	// notName: capitalized words of offices and bodies, never part of a
	// person's name ("Sekretaris Kabinet", "Kantor Komisi Urusan Luar").
	notName wordSet
	// orgHeads start a body's name ("Akademi ..."); orgTails end one
	// ("... University").
	orgHeads, orgTails wordSet
	// speech verbs introduce reported speech ("X mengatakan bahwa ...");
	// quoteVerbs attribute a quote after it ("..., kata X").
	speech, quoteVerbs wordSet
	// kinship words introduce a person ("adik ...") without giving a role.
	kinship wordSet
	// pronouns that refer back to the last speaker.
	pronoun wordSet
	// preps mark a mention as an oblique argument, never a subject.
	preps wordSet
}

// ministryKind is a ministry's field: slug makes ids ("prk-foreign-ministry"),
// english names it.
type ministryKind struct{ slug, english string }

func newLexicon() *lexicon {
	l := &lexicon{titles: newPhraseSet(), ministries: newPhraseSet()}
	l.stop = newWordSet(
		"dalam", "pada", "di", "ke", "dari", "yang", "dan", "atau", "untuk", "saat", "ketika",
		"setelah", "sebelum", "sebelumnya", "namun", "tetapi", "tapi", "sementara", "menurut",
		"kata", "ujar", "seperti", "sebagai", "bahwa", "itu", "ini", "para", "sang", "ia", "dia",
		"mereka", "kami", "kita", "juga", "hal", "pihak", "usai", "melansir", "mengutip", "sumber",
		"baca", "foto", "editor", "reporter", "penulis", "pekan", "tahun", "bulan", "hari", "tanggal",
		"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
		"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
		"oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt",
		"sep", "okt", "nov", "des", "negara", "pemerintah", "presiden", "menteri", "beliau",
		"selain", "bahkan", "kemudian", "lalu", "jika", "bila", "apabila", "sejak", "hingga",
		"sampai", "tanpa", "oleh", "karena", "terkait", "soal", "tentang", "mengenai", "adapun",
		"sedangkan", "meski", "meskipun", "walaupun", "kendati", "dengan", "antara", "bagi",
	)
	for _, t := range []struct{ kind, words string }{
		{diplograph.TypePerson, "presiden|wakil presiden|perdana menteri|wakil perdana menteri|pm|kanselir|raja|ratu|kaisar|sultan|emir|putra mahkota|" +
			"pemimpin|pemimpin tertinggi|pemimpin besar|ketua|wakil ketua|kepala|wakil kepala|kepala negara|" +
			"menteri|wakil menteri|menteri luar negeri|wakil menteri luar negeri|menlu|wamenlu|" +
			"menteri pertahanan|menhan|menteri unifikasi|menteri keuangan|menteri perdagangan|menteri dalam negeri|" +
			"sekretaris negara|sekretaris jenderal|sekjen|sekretaris pers|sekretaris kabinet|kepala sekretaris kabinet|" +
			"adik|kakak|istri|suami|putri|putra|saudara|saudari|saudara perempuan|adik perempuan|warga negara|warga|" +
			"juru bicara|jubir|wakil juru bicara|" +
			"duta besar|dubes|wakil duta besar|utusan|utusan khusus|diplomat|diplomat senior|pejabat|pejabat senior|" +
			"penasihat|penasihat keamanan nasional|direktur|direktur jenderal|dirjen|wakil direktur|" +
			"panglima|komandan|jenderal|laksamana|marsekal|kepala staf|gubernur|wali kota|senator|" +
			"anggota parlemen|ketua parlemen|profesor|prof|guru besar|dosen|rektor|analis|pengamat|peneliti|pakar|" +
			"pengusaha|aktivis|jurnalis|wartawan|politikus|politisi|tokoh oposisi|pemimpin oposisi|" +
			"mantan presiden|mantan perdana menteri|mantan menteri|mantan menteri luar negeri|mantan duta besar|mantan pemimpin"},
		{diplograph.TypeMedia, "kantor berita|media pemerintah|media|surat kabar|harian|stasiun televisi|televisi pemerintah"},
	} {
		for _, w := range splitBar(t.words) {
			l.titles.add(w, len(l.titleKinds), false)
			l.titleKinds = append(l.titleKinds, t.kind)
		}
	}
	for _, m := range []struct{ words, slug, english string }{
		{"luar negeri", "foreign-ministry", "Foreign Ministry"},
		{"pertahanan", "defence-ministry", "Defence Ministry"},
		{"unifikasi", "unification-ministry", "Unification Ministry"},
		{"keuangan", "finance-ministry", "Finance Ministry"},
		{"perdagangan", "trade-ministry", "Trade Ministry"},
		{"dalam negeri", "interior-ministry", "Interior Ministry"},
		{"kehakiman", "justice-ministry", "Justice Ministry"},
	} {
		l.ministries.add(m.words, len(l.ministryKinds), false)
		l.ministryKinds = append(l.ministryKinds, ministryKind{m.slug, m.english})
	}
	l.notName = newWordSet(
		"kabinet", "kantor", "komisi", "komite", "urusan", "luar", "negeri", "nasional", "dewan", "kementerian",
		"departemen", "staf", "gabungan", "partai", "pertahanan", "keamanan", "militer", "angkatan", "badan",
		"lembaga", "pusat", "institut", "universitas", "akademi", "kedutaan", "besar", "republik", "kerajaan",
		"federasi", "rakyat", "demokratik", "pemerintah", "negara", "serikat", "utara", "selatan", "timur", "barat",
		"tengah", "perdagangan", "keuangan", "pertama", "kedua", "ketiga", "senior", "khusus", "tetap", "umum",
		"sentral", "tertinggi", "agung", "kepresidenan", "parlemen", "majelis", "intelijen", "informasi", "pers",
		"studi", "strategis", "kajian", "riset", "penelitian", "protokol", "konsuler", "multilateral", "bilateral",
		"kebijakan", "politik", "hukum", "kawasan", "deputi", "direktorat", "biro",
	)
	l.orgHeads = newWordSet("akademi", "universitas", "institut", "lembaga")
	l.orgTails = newWordSet("university", "institute", "academy", "college", "foundation")
	l.speech = newWordSet(
		"mengatakan", "berkata", "menyatakan", "menegaskan", "menyebut", "menyebutkan", "mengungkapkan",
		"menambahkan", "menjelaskan", "menekankan", "mengklaim", "mengumumkan", "menyampaikan",
		"memperingatkan", "menilai", "mengakui", "menuturkan", "mengemukakan", "berujar", "melaporkan",
		"menulis", "mengungkap", "berpendapat", "menggambarkan", "memaparkan", "menandaskan", "mengutarakan",
		"menerangkan", "mengingatkan", "menggarisbawahi", "mengonfirmasi", "membenarkan", "bersikeras",
		"mentweet", "mencuit", "berkicau",
	)
	l.quoteVerbs = newWordSet(
		"kata", "ujar", "ucap", "tegas", "ungkap", "tutur", "jelas", "imbuh", "tambah", "lanjut",
		"sebut", "terang", "papar", "tandas", "katanya", "ujarnya", "ucapnya", "tegasnya",
		"ungkapnya", "tuturnya", "jelasnya", "imbuhnya", "tambahnya", "lanjutnya", "sebutnya",
		"terangnya", "paparnya", "tandasnya", "tulis", "tulisnya", "demikian",
	)
	l.kinship = newWordSet("adik", "kakak", "istri", "suami", "putri", "putra", "saudara", "saudari")
	l.pronoun = newWordSet("ia", "dia", "beliau")
	l.preps = newWordSet(
		"dengan", "ke", "kepada", "terhadap", "untuk", "dari", "di", "antara", "bagi", "atas", "oleh",
		"pada", "tentang", "mengenai", "soal", "melawan", "daripada", "menuju", "bersama",
	)
	return l
}

func splitBar(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
