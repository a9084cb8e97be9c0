package nlp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readPage reads one of the project's own test pages.
func readTestPage(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// containsName reports whether name occurs in text as whole words.
func containsName(text, name string) bool {
	return regexp.MustCompile(`(^|[^\p{L}\d])` + regexp.QuoteMeta(name) + `($|[^\p{L}\d])`).MatchString(text)
}

func TestCleanPageTestPages(t *testing.T) {
	tests := []struct {
		file                                       string
		title, outlet, author, dateline, published string
		firstWords                                 string   // start of the first paragraph
		body                                       []string // must be in the body
		noise                                      []string // names only in page noise: never in the body
	}{
		{
			file:       "01_section_caption_populer.txt",
			title:      "Lavrov: Rusia Siap Perluas Latihan Bersama dengan Korea Utara",
			author:     "Dewi Anggraeni",
			published:  "2024-01-16T09:12:00+07:00",
			firstWords: "Rusia membuka peluang",
			body:       []string{"ujar Lavrov.", "kata Kirby."},
			noise:      []string{"Ridwan Kamil", "Persib Bandung", "Kramat Jati", "Gedung Kementerian", "Dewi Anggraeni", "Selengkapnya"},
		},
		{
			file:       "02_ticker_ilustrasi_terbaru.txt",
			title:      "Korea Selatan Protes Kunjungan Shoigu ke Pyongyang",
			outlet:     "kontan.co.id",
			author:     "Handayani Putri",
			dateline:   "KONTAN.CO.ID - SEOUL.",
			published:  "2023-07-28T07:37:00+07:00",
			firstWords: "Pada Kamis (27/7/2023), Kementerian",
			body:       []string{"Lim Soo-suk berkata:", `"Kami mengikuti perkembangan`, "Dmitry Peskov"},
			noise:      []string{"EMAS", "IDX", "LQ45", "Arif Nugroho", "Yonhap", "AFP", "Reuters", "Handayani Putri", "Bursa Asia", "Jepang", "Kontan Learning Center", "Kontan"},
		},
		{
			file:       "03_no_date_readalso.txt",
			title:      "Xi Jinping Terima Kunjungan Blinken, AS dan China Sepakat Jaga Komunikasi",
			outlet:     "beritakawasan.com",
			firstWords: "Presiden China Xi Jinping",
			body:       []string{"Kementerian Luar Negeri China menyatakan"},
			noise:      []string{"Timnas Garuda Muda", "Piala AFF", "Senayan", "News", "Tautan Sahabat"},
		},
		{
			file:       "04_doubled_caption_advertisement.txt",
			title:      "Putin Tiba di Pyongyang, Disambut Langsung Kim Jong Un",
			outlet:     "republika.co.id",
			dateline:   "REPUBLIKA.CO.ID, PYONGYANG --",
			published:  "2024-06-19T14:05:00+07:00",
			firstWords: "Presiden Rusia Vladimir Putin tiba",
			body:       []string{`ujar Kim.`, "Matthew Miller"},
			noise:      []string{"AP", "Sputnik", "Advertisement", "Baca Juga", "Putin disambut di bandara"},
		},
		{
			file:       "05_subheads_signature_topik.txt",
			title:      "Korsel Panggil Dubes Rusia Usai Perjanjian dengan Korut",
			outlet:     "IDN Times",
			author:     "Rahmawati",
			dateline:   "Jakarta, IDN Times -",
			firstWords: "Korea Selatan memanggil",
			// An unpunctuated paragraph of running text is still story.
			body:  []string{"klausul saling membantu dalam perjanjian tersebut"},
			noise: []string{"Jakarta", "IDN Times", "Rahmawati", "Bayu Saputra", "Kimchi", "Artis Korea", "Rusia bantah tuduhan"},
		},
		{
			file:       "07_antara_glued_readalso.txt",
			title:      "ASEAN Desak Myanmar Hentikan Kekerasan Terhadap Warga Sipil",
			outlet:     "ANTARA",
			author:     "Andi Kurniawan",
			dateline:   "Jakarta (ANTARA) -",
			published:  "2023-09-05T14:57:22+07:00",
			firstWords: "Para menteri luar negeri ASEAN",
			// The sentence glued to a "Baca juga" link is kept without it.
			body:  []string{"menyandera agenda kawasan.", "Menurut Retno, para menteri sepakat"},
			noise: []string{"Harga Emas", "Antam", "Andi Kurniawan", "Siti Rahayu", "COPYRIGHT", "Beranda"},
		},
		{
			file:       "08_wita_numeric_date.txt",
			title:      "Tiongkok Kecam Latihan Gabungan AS dan Filipina di Laut China Selatan",
			outlet:     "kabarselatan.id",
			author:     "Made Wirawan",
			dateline:   "MANILA, KABARSELATAN.ID -",
			published:  "2023-10-27T07:37:00+08:00",
			firstWords: "Kementerian Luar Negeri China mengecam",
			body:       []string{"tegas Teodoro di Manila."},
			noise:      []string{"Gianyar", "Kuta", "Istimewa", "Made Wirawan", "OLAHRAGA"},
		},
		{
			file:       "09_bbc_style_captions.txt",
			title:      "Korea Selatan dan Jepang Sepakat Pulihkan Pertukaran Informasi Militer",
			published:  "2023-03-16",
			firstWords: "Presiden Korea Selatan Yoon Suk Yeol dan Perdana Menteri",
			body:       []string{"kata Yoon dalam konferensi pers bersama."},
			noise:      []string{"Getty Images", "disambut Perdana Menteri", "situs mitra", "ponselmu", "Topik"},
		},
		{
			file:       "10_kompas_style_lihat_foto.txt",
			title:      "Biden Jatuhkan Sanksi Baru kepada Rusia, Targetkan Sektor Energi",
			outlet:     "kompas.com",
			author:     "Rizal Setyo",
			dateline:   "WASHINGTON DC, KOMPAS.com -",
			published:  "2025-01-10T21:30:00+07:00",
			firstWords: "Pemerintahan Presiden Amerika Serikat Joe Biden",
			body:       []string{`"Kami menganggap sanksi ini ilegal," kata Peskov.`},
			noise:      []string{"SAUL LOEB", "AFP", "Gedung Putih", "Zodiak", "Kompas.com", "Telegram", "Bambang Priyo", "Reuters"},
		},
		{
			file:       "11_numbered_list_comments_video.txt",
			title:      "Menlu Retno Bertemu Blinken di Washington, Bahas Gaza dan Myanmar",
			author:     "Ahmad Fauzi",
			published:  "2024-02-13T08:12:00+07:00",
			firstWords: "Menteri Luar Negeri Retno Marsudi bertemu",
			body:       []string{"jeda kemanusiaan."},
			// A numbered list of other stories above the headline, a video
			// link inside the story and the comments under it.
			noise: []string{"Erdogan", "Netanyahu", "Modi", "Tel Aviv", "Putin", "Xi Jinping", "PBB", "Palestina"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := testRules(t).clean.cleanPage(readTestPage(t, tt.file))
			got := []string{p.Title, p.Outlet, p.Author, p.Dateline, p.Published}
			want := []string{tt.title, tt.outlet, tt.author, tt.dateline, tt.published}
			for i, field := range []string{"title", "outlet", "author", "dateline", "published"} {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", field, got[i], want[i])
				}
			}
			if len(p.Paragraphs) == 0 || !strings.HasPrefix(p.Paragraphs[0], tt.firstWords) {
				t.Fatalf("first paragraph = %q, want it to start with %q", first(p.Paragraphs), tt.firstWords)
			}
			body := strings.Join(p.Paragraphs, "\n")
			for _, s := range tt.body {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, n := range tt.noise {
				if containsName(body, strings.TrimSpace(n)) {
					t.Errorf("page noise %q is in the body:\n%s", n, body)
				}
			}
		})
	}
}

// TestCleanSeedsDropNoise checks on the real seed pages that every name the
// gold marks as page noise is gone from the cleaned body, and that the
// printed publication date (or its absence) is read as the gold says.
func TestCleanSeedsDropNoise(t *testing.T) {
	gold := readGold(t)
	for _, g := range gold.Articles {
		t.Run(g.File, func(t *testing.T) {
			b, err := os.ReadFile(kitPath(t, "corpus", "seeds", g.File))
			if err != nil {
				t.Fatal(err)
			}
			p := testRules(t).clean.cleanPage(string(b))
			body := strings.Join(p.Paragraphs, "\n")
			if len(p.Paragraphs) < 5 {
				t.Errorf("only %d paragraphs found", len(p.Paragraphs))
			}
			for _, n := range g.NotActors {
				if containsName(body, n) {
					t.Errorf("noise name %q is in the body", n)
				}
			}
			if got := first10(p.Published); got != g.Published {
				t.Errorf("published = %q, gold %q", p.Published, g.Published)
			}
		})
	}
}

func first10(s string) string {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

type goldArticles struct {
	Articles []struct {
		File      string   `json:"file"`
		Published string   `json:"published"`
		NotActors []string `json:"not_actors"`
	} `json:"articles"`
}

func readGold(t *testing.T) goldArticles {
	t.Helper()
	goldFile := kitPath(t, "eval", "dev-gold.json")
	b, err := os.ReadFile(goldFile)
	if err != nil {
		t.Fatal(err)
	}
	var g goldArticles
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("reading %s: %v", goldFile, err)
	}
	return g
}

func TestDropReadAlso(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"Baca Juga: Timnas Menang Lagi di Kandang Lawan", nil},
		{"BACA JUGA", nil},
		{"Baca juga: Harga Emas Naik Lagi Hari IniKorea Utara menembakkan rudal.", []string{"Korea Utara menembakkan rudal."}},
		{"Baca juga: Siapa Pemenangnya? Menteri itu tiba di Seoul.", []string{"Menteri itu tiba di Seoul."}},
		{"Kim tiba di Moskow. Baca juga: Artis Ternama Menikah di Bali", []string{"Kim tiba di Moskow."}},
		// A headline in title case ends before the capitalized word that
		// a word in lower case follows; in sentence case its end cannot
		// be seen, and the glued text goes with it.
		{"Baca Juga: Putin Tiba di Hanoi Kementerian itu menolak berkomentar.", []string{"Kementerian itu menolak berkomentar."}},
		{"Baca juga: Putin tiba di Hanoi kementerian itu menolak berkomentar.", nil},
		{"Baca juga: Erdogan Kecam Israel soal Gaza Keduanya membahas kerja sama perikanan.", []string{"Keduanya membahas kerja sama perikanan."}},
		{"Baca Juga: Putin Tiba di Hanoi", nil},
		// Someone's words opening right after the headline, and a phrase
		// a comma closes, start the sentence.
		{`Baca juga: Jepang Tambah Anggaran Pertahanan "Unifikasi adalah kehendak sejarah," ujar Zhu.`, []string{`"Unifikasi adalah kehendak sejarah," ujar Zhu.`}},
		{"Baca juga: Harga Beras Naik di Tokyo “Kami ingin hubungan yang stabil,” kata Ishiba.", []string{"“Kami ingin hubungan yang stabil,” kata Ishiba."}},
		{`Baca Juga: Kemlu Pulangkan 20 WNI dari Myanmar"Tiongkok siap membantu," kata Dong.`, []string{`"Tiongkok siap membantu," kata Dong.`}},
		// A capitalized pronoun opens the sentence glued to the headline.
		{"Baca juga: Daftar Menteri Kabinet Merah Putih Ia menambahkan kerja sama akan diperluas.", []string{"Ia menambahkan kerja sama akan diperluas."}},
		{"Baca juga: Cara Mengurus Paspor Jadi Lebih Mudah Di Jakarta, anggota Komisi I DPR Rudi Hartono mendesak pemerintah bertindak.",
			[]string{"Di Jakarta, anggota Komisi I DPR Rudi Hartono mendesak pemerintah bertindak."}},
		// A number or a name's particle is no sign of sentence case; a run
		// of names before the verb opens at its office word.
		{"Baca juga: Lawatan Li Qiang ke Astana Hasilkan 12 Perjanjian Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan Al Saud mengecam Israel.",
			[]string{"Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan Al Saud mengecam Israel."}},
		{"Baca juga: Lawatan Li Qiang ke Astana Hasilkan 12 Perjanjian Wakil Perdana Menteri sekaligus Menteri Luar Negeri Yordania, Ayman Safadi, menyebut serangan itu keji.",
			[]string{"Menteri Luar Negeri Yordania, Ayman Safadi, menyebut serangan itu keji."}},
		// The sentence's subject opens at the office or body word of the
		// run a predicate follows, in either case.
		{"Baca Juga: Menlu Sugiono Terima Menlu Australia Menteri Luar Negeri Iran Abbas Araghchi menolak tuduhan itu.", []string{"Menteri Luar Negeri Iran Abbas Araghchi menolak tuduhan itu."}},
		{"Baca juga: Harga minyak naik jelang perundingan Presiden AS Donald Trump sebelumnya mengancam Iran.", []string{"Presiden AS Donald Trump sebelumnya mengancam Iran."}},
		// A phrase of time ends the subject as a predicate does; an office
		// or body word opens it.
		{"Baca juga: Harga Emas Naik Tipis Jelang Akhir Pekan Hanoi pada Selasa menolak tuduhan itu.", []string{"Hanoi pada Selasa menolak tuduhan itu."}},
		{"Baca juga: Jepang Kirim Kapal Patroli ke Laut Natuna Departemen Pertahanan Vietnam pada Kamis mengirim nota keberatan ke Tokyo.",
			[]string{"Departemen Pertahanan Vietnam pada Kamis mengirim nota keberatan ke Tokyo."}},
		{"Baca juga: Banjir Rendam Ratusan Rumah di Kudus Pihak Malaysia menyatakan keberatan.", []string{"Pihak Malaysia menyatakan keberatan."}},
		{"Baca juga: Timnas U-17 Menang Telak atas Laos Delegasi Korea Utara tiba di Seoul.", []string{"Delegasi Korea Utara tiba di Seoul."}},
		{"Baca juga: Harga Cabai Turun Jelang Lebaran Penjaga Pantai Jepang mengusir kapal itu.", []string{"Penjaga Pantai Jepang mengusir kapal itu."}},
		{"Baca juga: Harga Cabai Turun Jelang Lebaran Bupati Sleman Ahmad Fauzi meninjau lokasi banjir.", []string{"Bupati Sleman Ahmad Fauzi meninjau lokasi banjir."}},
		// The one capitalized word after the headline's last preposition
		// is its object, the next one the subject, though an office the
		// headline names stands before; an office's own preposition and
		// a phrase of place after its holder's name stay the subject's.
		{"Baca juga: Menlu Sugiono Sambut Menlu Jepang Takeshi Iwaya di Bogor Perundingan pada Maret 2024 menghasilkan dua nota kesepahaman.",
			[]string{"Perundingan pada Maret 2024 menghasilkan dua nota kesepahaman."}},
		{"Baca juga: Menlu Sugiono Sambut Menlu Jepang Takeshi Iwaya di Bogor Perundingan itu berakhir tanpa kesepakatan.",
			[]string{"Perundingan itu berakhir tanpa kesepakatan."}},
		{"Baca juga: Harga Emas Naik Lagi Duta Besar Jepang untuk ASEAN Kiya Masahiko menyambut keputusan itu.",
			[]string{"Duta Besar Jepang untuk ASEAN Kiya Masahiko menyambut keputusan itu."}},
		{"Baca juga: Harga Emas Naik Lagi Menlu Retno Marsudi di Jakarta pada Senin menyatakan dukungan.",
			[]string{"Menlu Retno Marsudi di Jakarta pada Senin menyatakan dukungan."}},
		// In sentence case, a run of three or more capitalized words before
		// the first verb with an active prefix: its last two open the
		// sentence.
		{"Baca juga: Wamenlu Arrmanatha Nasir hadiri pertemuan G20 di Johannesburg Dong Jun mengatakan Beijing siap bekerja sama.", []string{"Dong Jun mengatakan Beijing siap bekerja sama."}},
		{"Baca juga: Trump Ancam Tarif Tambahan untuk Negara Pembeli Minyak Venezuela Trump memuji keputusan Jakarta.", []string{"Trump memuji keputusan Jakarta."}},
		// The headline's end so found comes before the glued text's first
		// stop; a capitalized word a demonstrative follows opens the
		// sentence after a headline in sentence case.
		{"Baca juga: Pakistan Usulkan Trump Terima Nobel Perdamaian India melancarkan serangan rudal pada 7 Mei. Pakistan membalas dengan serangan drone.",
			[]string{"India melancarkan serangan rudal pada 7 Mei. Pakistan membalas dengan serangan drone."}},
		{"Baca juga: Harga minyak dunia anjlok usai pengumuman tarif AS Pertemuan itu berlangsung setelah Yunus berkunjung ke Beijing.",
			[]string{"Pertemuan itu berlangsung setelah Yunus berkunjung ke Beijing."}},
		// Two names joined open the sentence; what follows the last stop
		// is the page's trailer.
		{"Baca Juga: Xi dan Lee Dijadwalkan Bertemu di Gyeongju Pekan Ini Prabowo dan Albanese terakhir bertemu di Sydney pada Mei 2025. (rdn) Ikuti Berita Kami di Google News",
			[]string{"Prabowo dan Albanese terakhir bertemu di Sydney pada Mei 2025."}},
		// A day in brackets closing an opening phrase starts the sentence,
		// whatever names the headline holds before it.
		{"Baca juga: Prabowo Terima PM Singapura Lawrence Wong di Istana Bogor Pada Selasa (19/8), Wang menggelar perundingan dengan Doval.",
			[]string{"Pada Selasa (19/8), Wang menggelar perundingan dengan Doval."}},
		// An expert's title opens the subject as an office does, however
		// many capitalized words stand between it and the predicate.
		{"Baca juga: Vietnam Tolak Peta Baru dengan Tiongkok Guru Besar Hubungan Internasional Universitas Gadjah Mada Siti Rahayu menilai langkah itu keliru.",
			[]string{"Guru Besar Hubungan Internasional Universitas Gadjah Mada Siti Rahayu menilai langkah itu keliru."}},
		{"Baca Juga: Harga Minyak Naik di Asia Pengamat Militer Budi Santoso menyebut ketegangan itu berbahaya.",
			[]string{"Pengamat Militer Budi Santoso menyebut ketegangan itu berbahaya."}},
		{"Kalimat biasa tanpa tautan.", []string{"Kalimat biasa tanpa tautan."}},
		{"Pilihan Editor: Mengapa Harga Beras Terus Naik", nil},
		{"Simak juga: Video Kunjungan Presiden ke Daerah", nil},
		{`Baca artikel detiknews, "Putin Tiba di Pyongyang" selengkapnya`, nil},
		{`Baca artikel detiknews, "Putin Tiba di Pyongyang" selengkapnya https://news.detik.com/internasional/d-7400000/putin-tiba-di-pyongyang`, nil},
		{"Berita terkait: Rusia Tolak Tuduhan AS", nil},
	}
	for _, tt := range tests {
		got := testRules(t).clean.dropReadAlso(tt.line)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("dropReadAlso(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestHeaderPartedByBars: a page flattened to one line whose header parts
// stand between bars ("Judul | Dunia | Senin, 26 Mei 2025 | KUALA LUMPUR -
// ...") keeps its headline, date and story apart.
func TestHeaderPartedByBars(t *testing.T) {
	p := testRules(t).clean.cleanPage("KTT ASEAN Dibuka di Kuala Lumpur | Dunia | Senin, 26 Mei 2025 | KUALA LUMPUR - Perdana Menteri Malaysia Anwar Ibrahim membuka pertemuan puncak itu pada Senin pagi. Presiden Prabowo Subianto hadir bersama para pemimpin lain. Para menteri juga membahas keanggotaan Timor Leste.")
	if p.Title != "KTT ASEAN Dibuka di Kuala Lumpur" || p.Published != "2025-05-26" || len(p.Paragraphs) == 0 || !strings.HasPrefix(p.Paragraphs[0], "Perdana Menteri") ||
		!strings.HasSuffix(strings.Join(p.Paragraphs, " "), "keanggotaan Timor Leste.") {
		t.Errorf("title %q, published %q, paragraphs %q", p.Title, p.Published, p.Paragraphs)
	}
}

// TestRunOnPageCells: a page flattened to one line with bars between its
// cells, whose story cell ends with a link to another story, keeps its
// headline, its date and every sentence of the story before and after the
// link.
func TestRunOnPageCells(t *testing.T) {
	page := "KabarDunia.id | Jumat, 14 November 2025 - 18:20 WIB | Tokyo dan Beijing Saling Panggil Duta Besar | " +
		"TOKYO - Kementerian Luar Negeri Jepang memanggil Duta Besar China pada Jumat pagi. Pemanggilan itu menyusul unggahan seorang diplomat China yang dinilai menghina. " +
		"Sehari sebelumnya Beijing lebih dulu memanggil Duta Besar Jepang untuk memprotes pernyataan Perdana Menteri Sanae Takaichi. " +
		"Baca juga: Harga Emas Naik Tipis Jelang Akhir Pekan | Kementerian Luar Negeri Filipina juga menyatakan keprihatinan atas ketegangan itu. | Tag: Jepang China"
	p := testRules(t).clean.cleanPage(page)
	if p.Title != "Tokyo dan Beijing Saling Panggil Duta Besar" || !strings.HasPrefix(p.Published, "2025-11-14") {
		t.Errorf("title %q, published %q", p.Title, p.Published)
	}
	body := strings.Join(p.Paragraphs, " ")
	for _, want := range []string{"Kementerian Luar Negeri Jepang memanggil", "memprotes pernyataan Perdana Menteri Sanae Takaichi.", "Kementerian Luar Negeri Filipina juga"} {
		if !strings.Contains(body, want) {
			t.Errorf("body %q lacks %q", p.Paragraphs, want)
		}
	}
	if strings.Contains(body, "Harga Emas") {
		t.Errorf("body %q keeps the link", p.Paragraphs)
	}
}

// TestRunOnPageListGroup: on a one-line page, the group of cells a list's
// label opens, up to a double bar, is a list of other stories, none of it
// the headline or the story; a wire disclaimer is the site's own text.
func TestRunOnPageListGroup(t *testing.T) {
	page := "DUNIA | Asia | Amerika | Eropa || Terpopuler: Harga Cabai Naik Lagi | Jokowi Kunjungi Vatikan? Ini Faktanya | Saham Bank Melemah || " +
		"AS Setujui Paket Senjata untuk Taiwan, China Balas dengan Sanksi || TAIPEI - Departemen Luar Negeri Amerika Serikat menyetujui paket penjualan senjata untuk Taiwan. " +
		"Beijing segera memprotes keputusan itu dan mengancam akan menjatuhkan sanksi. | Kementerian Pertahanan Taiwan menyambut baik paket senjata tersebut. | " +
		"Disclaimer: Berita ini merupakan terjemahan dari kantor berita asing. Redaksi tidak bertanggung jawab atas isi berita asli."
	p := testRules(t).clean.cleanPage(page)
	if p.Title != "AS Setujui Paket Senjata untuk Taiwan, China Balas dengan Sanksi" {
		t.Errorf("title %q", p.Title)
	}
	body := strings.Join(p.Paragraphs, " ")
	for _, noise := range []string{"Jokowi", "Saham", "Disclaimer", "bertanggung jawab"} {
		if strings.Contains(body, noise) {
			t.Errorf("body %q keeps %q", p.Paragraphs, noise)
		}
	}
	if !strings.Contains(body, "menyambut baik paket senjata") {
		t.Errorf("body %q lost the story", p.Paragraphs)
	}
}

// TestShortPageOfCells: a page too short to be taken for a run-on page,
// flattened with bars, is read cell by cell when a cell is a sentence: its
// dateline opens the story, and its menu is no part of it.
func TestShortPageOfCells(t *testing.T) {
	page := "Kabar Dunia | Home | Dunia | NATO perkuat sayap timur | Jakarta - Menteri Pertahanan Rumania bertemu Sekjen NATO Mark Rutte di Bukares pada Senin. | " +
		"Keduanya membahas pertahanan udara di sepanjang perbatasan timur. | Tag: NATO"
	p := testRules(t).clean.cleanPage(page)
	if len(p.Paragraphs) == 0 || !strings.HasPrefix(p.Paragraphs[0], "Menteri Pertahanan Rumania") {
		t.Errorf("paragraphs %q", p.Paragraphs)
	}
	for _, l := range []string{"Senin, 16 Februari 2026 | 12:00 WIB", "Home | Dunia | Ekonomi | Olahraga"} {
		if cells := testRules(t).clean.splitCells(l); len(cells) != 1 {
			t.Errorf("%q split into %q", l, cells)
		}
	}
}

// TestCaptionGluedToTheDatelineAndBylineEndingInTheOutlet: on a page
// flattened to one line, a photo's caption running into a plain dateline
// leaves the lead its own; a byline that ends with the outlet's name is no
// headline.
func TestCaptionGluedToTheDatelineAndBylineEndingInTheOutlet(t *testing.T) {
	c := testRules(t).clean
	p := c.cleanPage("Berita Home Nasional Internasional Xi Jinping Temui Lee Jae-myung · Sabtu 01 November 2025 20:35 WIB Presiden China Xi Jinping saat tiba di Gyeongju (Foto: Reuters) " +
		"GYEONGJU - Presiden China Xi Jinping menggelar pertemuan dengan Presiden Korea Selatan Lee Jae-myung di Gyeongju pada Sabtu (1/11/2025). " +
		`"Kami ingin kerja sama yang lebih luas," ucap Lee di awal pertemuan.`)
	if len(p.Paragraphs) == 0 || !strings.HasPrefix(p.Paragraphs[0], "Presiden China Xi Jinping menggelar") {
		t.Errorf("paragraphs %q", p.Paragraphs)
	}
	p = c.cleanPage("News - Pratama Guitarra, CNBC Indonesia\n19 November 2025 15:10\nJakarta, CNBC Indonesia - China kembali menghentikan impor makanan laut dari Jepang pada Rabu (19/11/2025). Juru bicara Kementerian Luar Negeri China tidak membantah kabar tersebut.")
	if p.Title != "" || len(p.Paragraphs) == 0 {
		t.Errorf("title %q, paragraphs %q", p.Title, p.Paragraphs)
	}
}

// TestShortParagraphWithAQuoteAndACredit: a short paragraph that quotes
// someone after a sentence, then a photo credit, is story text without the
// credit, not a caption.
func TestShortParagraphWithAQuoteAndACredit(t *testing.T) {
	p := testRules(t).clean.cleanPage("Para WNI tiba di Bandara Soekarno-Hatta dengan pesawat carter dari Bangkok.\n" +
		`Menteri Luar Negeri Sugiono berterima kasih kepada Thailand atas bantuannya. "Negara hadir melindungi setiap warganya," ujar Sugiono. (Dok. Kemlu RI)`)
	body := strings.Join(p.Paragraphs, " ")
	if !strings.Contains(body, "ujar Sugiono.") || strings.Contains(body, "Dok.") {
		t.Errorf("paragraphs %q", p.Paragraphs)
	}
}

// TestShortRunOnPage: a page flattened to one line too short to be taken
// for a run-on page, its last sentence glued to the editor's initials and
// the footer, is read sentence by sentence rather than lost.
func TestShortRunOnPage(t *testing.T) {
	page := "KabarDunia.id Beranda Nasional JAKARTA - Bakamla mengusir kapal penjaga pantai asing dari perairan Natuna. " +
		"Anggota Komisi I DPR meminta pemerintah mengirim nota protes. \"Kita tidak boleh diam,\" tegasnya. (ahm) Editor: Budi Tags: #natuna Berita Terkait Harga Emas Naik"
	p := testRules(t).clean.cleanPage(page)
	// A reader's comment glued after the story is no part of it.
	commented := testRules(t).clean.cleanPage("MANILA - Kapal China menembakkan meriam air ke kapal nelayan Filipina di dekat Scarborough. Komentar: andi_88: Kapan ASEAN bertindak tegas? Berita Terpopuler: Harga Emas Naik")
	if c := strings.Join(commented.Paragraphs, " "); strings.Contains(c, "ASEAN") || !strings.Contains(c, "Kapal China menembakkan") {
		t.Errorf("paragraphs %q", commented.Paragraphs)
	}
	body := strings.Join(p.Paragraphs, " ")
	for _, want := range []string{"Bakamla mengusir kapal", "Anggota Komisi I DPR meminta", "tegasnya."} {
		if !strings.Contains(body, want) {
			t.Errorf("body %q lacks %q", p.Paragraphs, want)
		}
	}
	if strings.Contains(body, "Editor") || strings.Contains(body, "Harga Emas") {
		t.Errorf("body %q keeps the footer", p.Paragraphs)
	}
}

// TestCopyrightFooterAndBanner: a site's banner, which the outlet's name
// opens, is no headline; a copyright line ends the story, and the date line
// right after it is still the story's.
func TestCopyrightFooterAndBanner(t *testing.T) {
	page := strings.Join([]string{
		"ANTARA News - Kantor Berita Indonesia",
		"Kairo (ANTARA) - Presiden Prabowo Subianto bertemu Presiden Mesir Abdel Fattah el-Sisi di Kairo pada Rabu pagi.",
		"Kedua pemimpin membahas situasi kemanusiaan di Gaza dan kerja sama perdagangan.",
		"Pewarta: Mentari",
		"Copyright © ANTARA 2024",
		"Kamis, 19 Desember 2024 21:05 WIB",
		"Dilarang keras mengambil konten situs ini tanpa izin tertulis dari Kantor Berita ANTARA.",
	}, "\n")
	p := testRules(t).clean.cleanPage(page)
	if p.Title != "" || !strings.HasPrefix(p.Published, "2024-12-19") || len(p.Paragraphs) != 2 {
		t.Errorf("title %q, published %q, paragraphs %q", p.Title, p.Published, p.Paragraphs)
	}
}

// TestDatelinesWithTheirDayAndCaptionsAbove: a site's dateline that prints
// the day ("KABARDUNIA.ID, MOSKOW, Rabu (3/12/2025) --") opens the story and
// gives its day; a caption above the story, which says where someone stands
// ("(kanan)"), is no part of it.
func TestDatelinesWithTheirDayAndCaptionsAbove(t *testing.T) {
	p := testRules(t).clean.cleanPage(strings.Join([]string{
		"Putin Terima Utusan Amerika di Kremlin",
		"KABARDUNIA.ID, MOSKOW, Rabu (3/12/2025) -- Presiden Rusia Vladimir Putin menerima utusan Amerika Serikat di Kremlin pada Selasa malam.",
		"Pertemuan itu berlangsung hampir lima jam dan membahas rencana perdamaian.",
	}, "\n"))
	if p.DatelineDay != "2025-12-03" || p.Published != "" || len(p.Paragraphs) != 2 || !strings.HasPrefix(p.Paragraphs[0], "Presiden Rusia") {
		t.Errorf("dateline %q (%q), published %q, paragraphs %q", p.Dateline, p.DatelineDay, p.Published, p.Paragraphs)
	}
	p = testRules(t).clean.cleanPage(strings.Join([]string{
		"KABARDUNIA.ID",
		"Lee dan Xi Bertemu di Gyeongju",
		"Sabtu, 1 November 2025 19:22 WIB",
		"KTT APEC - Presiden Korea Selatan Lee Jae-myung (kanan) menyambut Presiden China Xi Jinping di Gyeongju, Sabtu (1/11/2025).",
		"KABARDUNIA.ID - Presiden China Xi Jinping dan Presiden Korea Selatan Lee Jae-myung menggelar pertemuan puncak di Gyeongju.",
		"Kedua pemimpin sepakat memulihkan hubungan bilateral kedua negara.",
	}, "\n"))
	if len(p.Paragraphs) != 2 || !strings.HasPrefix(p.Paragraphs[0], "Presiden China") {
		t.Errorf("paragraphs %q", p.Paragraphs)
	}
}

// TestDatelinesWithADate: a city's dateline may carry the day before the
// agency or alone; a weekday after the city names no outlet.
func TestDatelinesWithADate(t *testing.T) {
	for _, tt := range []struct{ page, outlet, day string }{
		{"JAKARTA, 12 September 2025 (ANTARA) - Kementerian Luar Negeri RI mengimbau warga negara Indonesia di Nepal tetap waspada.", "ANTARA", "2025-09-12"},
		{"Kathmandu, Sabtu (13/9/2025) - Perdana Menteri India Narendra Modi menelepon Perdana Menteri Nepal Sushila Karki.", "", "2025-09-13"},
		{"Dhaka, Kamis - Perdana Menteri Pakistan Shehbaz Sharif menelepon pemimpin partai pemenang pemilu Bangladesh.", "", ""},
		{"Jakarta, KabarDunia Indonesia, 10 Oktober 2025 - Pemerintah Indonesia kembali meminta Uni Eropa menunda aturan itu.", "KabarDunia Indonesia", "2025-10-10"},
		{"Mae Sot, Thailand (ANTARA) - Duta Besar RI untuk Thailand Rachmat Budiman mengatakan 400 WNI telah tiba.", "ANTARA", ""},
	} {
		p := testRules(t).clean.cleanPage(tt.page)
		if p.Outlet != tt.outlet || p.DatelineDay != tt.day || len(p.Paragraphs) != 1 || strings.Contains(p.Paragraphs[0], " - ") {
			t.Errorf("%q: outlet %q, day %q, paragraphs %q", tt.page, p.Outlet, p.DatelineDay, p.Paragraphs)
		}
	}
}

// TestColumnDisclosures: an opinion column's disclosure and funding lines
// and its republication notice are the site's words, not the story's.
func TestColumnDisclosures(t *testing.T) {
	p := testRules(t).clean.cleanPage(strings.Join([]string{
		"Mengapa Keketuaan Filipina di ASEAN Belum Tentu Membawa Terobosan",
		"Penulis",
		"Dosen Hubungan Internasional, Universitas Gadjah Mada",
		"Pernyataan pengungkapan",
		"Penulis tidak bekerja untuk, atau menerima dana dari perusahaan mana pun yang akan mengambil untung dari artikel ini.",
		"Universitas Gadjah Mada menyediakan pendanaan sebagai anggota situs ini.",
		"Filipina memulai masa keketuaannya di ASEAN tahun ini dengan janji besar menuntaskan kode etik di Laut China Selatan.",
		"Artikel ini diterbitkan ulang di bawah lisensi Creative Commons.",
	}, "\n"))
	if !strings.HasPrefix(p.Title, "Mengapa") || len(p.Paragraphs) != 1 || !strings.HasPrefix(p.Paragraphs[0], "Filipina") {
		t.Errorf("title %q, paragraphs %q", p.Title, p.Paragraphs)
	}
}

// TestOneLinePageTitleWithoutCrumbsAndOutlet: the headline a one-line page
// glues to its breadcrumb and its outlet's name is read without them.
func TestOneLinePageTitleWithoutCrumbsAndOutlet(t *testing.T) {
	p := testRules(t).clean.cleanPage("Beranda > Berita > Internasional ANTARA News Pemulangan WNI dari Myawaddy rampung Mae Sot, Thailand (ANTARA) - Duta Besar RI untuk Thailand Rachmat Budiman mengatakan 400 WNI telah tiba di perbatasan. Pewarta: Bayu COPYRIGHT © ANTARA 2025")
	if p.Title != "Pemulangan WNI dari Myawaddy rampung" || p.Outlet != "ANTARA" {
		t.Errorf("title %q, outlet %q, paragraphs %q", p.Title, p.Outlet, p.Paragraphs)
	}
}

func TestLineKinds(t *testing.T) {
	captions := []string{
		"Gedung kedutaan di Moskow/Net",
		"Foto: AP/KCNA",
		"ILUSTRASI. Presiden tiba di bandara. Nama Fotografer/Kantor Berita/AFP",
		"Menlu di Beijing (Foto: Reuters/Net)",
		"Kapal patroli di perairan sengketa (Foto: Istimewa)",
		"Suasana pertemuan (REUTERS/Kim Hong-Ji)",
		"Kedua pemimpin berjabat tangan sebelum berunding pada 25 April 2019/AFP",
	}
	for _, l := range captions {
		if !testRules(t).clean.isCaption(l) {
			t.Errorf("isCaption(%q) = false", l)
		}
	}
	notCaptions := []string{
		"Korea Utara dan Rusia membantah tuduhan transfer senjata.",
		"Pada Kamis (26/10/2023), Rusia menegaskan rencananya.",
		"Pertemuan itu digelar pada 26/10/2023.",
		strings.Repeat("Korea Utara mengecam latihan militer gabungan itu. ", 10) + "REUTERS/ANTARA",
	}
	for _, l := range notCaptions {
		if testRules(t).clean.isCaption(l) {
			t.Errorf("isCaption(%q) = true", l)
		}
	}
	for _, l := range []string{"• IDX 7.161 -53,30 -0,74%", "| : WIB | INDIKATOR |", "IHSG 6.896,71 (+0,27%) · BBCA 9.000 (+0,56%) · TLKM 4.030"} {
		if !isTicker(l) {
			t.Errorf("isTicker(%q) = false", l)
		}
	}
	for _, l := range []string{"Beranda > Dunia > Asia Timur", "News | Internasional | Finance | Sport", "HOME NEWS EKONOMI DUNIA SPORT"} {
		if !testRules(t).clean.isMenu(l) || testRules(t).clean.isHeadline(l) {
			t.Errorf("isMenu(%q) = false or isHeadline true", l)
		}
	}
	for _, l := range []string{"Populer", "TERBARU", "Berita Terkait", "Rekomendasi:", "Terkini Lainnya", "Tag: korea utara, rusia", "Topik:", "Komentar: budi_s: Kapan ASEAN bertindak?"} {
		if !testRules(t).clean.isFooterMarker(l) {
			t.Errorf("isFooterMarker(%q) = false", l)
		}
	}
	if testRules(t).clean.isFooterMarker("Populer di kalangan diplomat, usulan itu segera diterima.") {
		t.Error("a sentence starting with a marker word is not a footer marker")
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ line, dateline, outlet string }{
		{"Jakarta (ANTARA) - Presiden tiba.", "Jakarta (ANTARA) -", "ANTARA"},
		{"KONTAN.CO.ID - MOSKOW. Rusia menegaskan.", "KONTAN.CO.ID - MOSKOW.", "kontan.co.id"},
		{"REPUBLIKA.CO.ID, PYONGYANG -- Pemimpin itu berjanji.", "REPUBLIKA.CO.ID, PYONGYANG --", "republika.co.id"},
		{"Jakarta, IDN Times - Korea Utara menegaskan.", "Jakarta, IDN Times -", "IDN Times"},
		{"Liputan6.com, Jakarta - Menteri itu berkata.", "Liputan6.com, Jakarta -", "liputan6.com"},
		{"TOKYO - Sebuah rudal jatuh.", "TOKYO -", ""},
		{"WASHINGTON DC — Gedung Putih menyatakan.", "WASHINGTON DC —", ""},
		{"VIVA Dunia – Korea Utara kembali meluncurkan rudal.", "VIVA Dunia –", ""},
		{"Jakarta (ANTARA/Xinhua) - Presiden tiba.", "Jakarta (ANTARA/Xinhua) -", "ANTARA/Xinhua"},
		{"Korea Utara menegaskan bahwa hubungannya kuat.", "", ""},
		{"Pada Kamis (26/10/2023), Rusia menegaskan.", "", ""},
	}
	for _, tt := range tests {
		d, rest := splitDateline(tt.line)
		if d != tt.dateline || datelineOutlet(tt.line) != tt.outlet {
			t.Errorf("splitDateline(%q) = %q (outlet %q), want %q (outlet %q)", tt.line, d, datelineOutlet(tt.line), tt.dateline, tt.outlet)
		}
		if d != "" && strings.Contains(rest, d) {
			t.Errorf("rest %q still holds the dateline", rest)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct{ line, writer, editor string }{
		{"Sumber: Reuters | Editor: Budi Santoso", "", "Budi Santoso"},
		{"KAMIS, 12 AGUSTUS 2021 | 06:36 WIB | LAPORAN: RENI ERINA", "Reni Erina", ""},
		{"Reporter: Yusuf Ramadhan | Editor: Andi Wibowo", "Yusuf Ramadhan", "Andi Wibowo"},
		{"Pewarta: Andi Kurniawan", "Andi Kurniawan", ""},
		{"Fatimah Photo Verified Writer Fatimah", "Fatimah", ""},
		{"Laila Fitriani - kabarkini.com", "Laila Fitriani", ""},
		{"Oleh Redaksi Harian Samudra", "Redaksi Harian Samudra", ""},
		{"Penulis: Rina Hapsari · Editor: Dimas", "Rina Hapsari", "Dimas"},
		{"Reporter: Ana Rahma Editor: Budi", "Ana Rahma", "Budi"},
	}
	for _, tt := range tests {
		w, e, ok := testRules(t).clean.splitByline(tt.line)
		if !ok || w != tt.writer || e != tt.editor {
			t.Errorf("splitByline(%q) = %q, %q, %v; want %q, %q", tt.line, w, e, ok, tt.writer, tt.editor)
		}
	}
	if testRules(t).clean.isBylineLine("Menurut sumber: pejabat itu menolak berkomentar tentang rencana kunjungan presiden ke Moskow pekan depan.") {
		t.Error("a long sentence with a colon is not a byline")
	}
}

func TestCleanPageWithoutBody(t *testing.T) {
	for _, text := range []string{
		"Beranda | Berita | Olahraga\nPopuler\nJudul Berita Lain Yang Menarik\nSenin, 1 Januari 2024 | 10:00",
		"Satu dua tiga.",
		"",
	} {
		if p := testRules(t).clean.cleanPage(text); len(p.Paragraphs) != 0 {
			t.Errorf("cleanPage(%q) found a body: %q", text, p.Paragraphs)
		}
	}
}

func TestOutletFromAddressLine(t *testing.T) {
	page := "https://www.Kabar-Dunia.co.id/\nJudul Berita Tentang Pertemuan Para Menteri\n\n" +
		"Para menteri luar negeri bertemu di Jakarta pada Senin untuk membahas krisis kawasan yang memanas.\n"
	if p := testRules(t).clean.cleanPage(page); p.Outlet != "kabar-dunia.co.id" {
		t.Errorf("outlet = %q", p.Outlet)
	}
}

func TestOutletBlurbDropped(t *testing.T) {
	story := "Antara lain, kedua menteri membahas kerja sama maritim dan perdagangan di kawasan timur."
	page := "Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang di Jakarta pada Senin.\n\n" +
		story + "\n\nANTARA adalah kantor berita nasional yang menyajikan berita terpercaya setiap hari.\n"
	p := testRules(t).clean.cleanPage(page)
	if len(p.Paragraphs) != 2 || p.Paragraphs[1] != story {
		t.Errorf("paragraphs = %q: want the story's two, without the outlet's blurb", p.Paragraphs)
	}
}

// TestBlurbOfAnOutletClosingThePage: a page whose outlet is not known may
// close on the outlet describing itself, which is no paragraph of the
// story; a story's last sentence saying what a state is stays.
func TestBlurbOfAnOutletClosingThePage(t *testing.T) {
	story := "Selandia Baru adalah mitra dagang penting bagi negara-negara di kawasan Pasifik."
	lead := "Perdana Menteri Selandia Baru bertemu para pemimpin Pasifik di Suva pada Kamis untuk membahas perubahan iklim."
	blurb := "Suara Samudra Raya adalah layanan berita multibahasa yang didanai oleh sebuah yayasan swasta."
	for _, tt := range []struct {
		page string
		want []string
	}{
		{lead + "\n\n" + story + "\n\n" + blurb + "\n", []string{lead, story}},
		{lead + "\n\n" + story + "\n", []string{lead, story}},
	} {
		if p := testRules(t).clean.cleanPage(tt.page); !slices.Equal(p.Paragraphs, tt.want) {
			t.Errorf("paragraphs = %q, want %q", p.Paragraphs, tt.want)
		}
	}
}

func TestDatelineOnItsOwnLine(t *testing.T) {
	page := "Judul Berita Tentang Pertemuan Para Menteri\nSenin, 4 September 2023 | 09:00 WIB\n" +
		"Nama Fotografer/Reuters\nJakarta (ANTARA) -\n" +
		"Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang di Jakarta pada Senin.\n"
	p := testRules(t).clean.cleanPage(page)
	if p.Dateline != "Jakarta (ANTARA) -" || p.Outlet != "ANTARA" || len(p.Paragraphs) != 1 {
		t.Errorf("dateline %q, outlet %q, paragraphs %q", p.Dateline, p.Outlet, p.Paragraphs)
	}
}

func TestEditorInitialsDropped(t *testing.T) {
	page := "Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang di Jakarta pada Senin.\n\n" +
		"Keduanya sepakat memperkuat kerja sama maritim di kawasan, kata juru bicara kementerian. (ant/afp)\n\n(lna/rdp)\n" +
		// Codes with digits and one-letter parts, after the last sentence.
		"Pertemuan berikutnya dijadwalkan di Tokyo, serta dihadiri Filipina dan Vietnam sebagai pengamat. (L/RE1/P1)\n" +
		"Kedua menteri juga membahas rencana latihan bersama penjaga pantai tahun depan. (atn/hm17)\n"
	p := testRules(t).clean.cleanPage(page)
	if len(p.Paragraphs) != 4 || strings.Contains(strings.Join(p.Paragraphs, " "), "/") {
		t.Errorf("paragraphs = %q, want four without the initials", p.Paragraphs)
	}
}

func TestDateLineUnderAHeadlineIsNoWrappedParagraph(t *testing.T) {
	page := "Dunia\nRusia dan China Perkuat Kerja Sama Energi di Kawasan Arktik\ndetikNews Senin, 12 Mei 2025 10:30 WIB\n" +
		"Moskow - Rusia dan China sepakat memperluas kerja sama energi dalam pertemuan di Moskow pada pekan ini, kata kedua pemerintah.\n"
	p := testRules(t).clean.cleanPage(page)
	if p.Title != "Rusia dan China Perkuat Kerja Sama Energi di Kawasan Arktik" || p.Published != "2025-05-12T10:30:00+07:00" {
		t.Errorf("title %q, published %q", p.Title, p.Published)
	}
}

func TestDateLineUnderTheStory(t *testing.T) {
	story := "Moskow - Rusia dan China sepakat memperluas kerja sama energi dalam pertemuan di Moskow pada pekan ini, kata kedua pemerintah.\n" +
		"Kedua negara juga membahas proyek pipa gas baru yang sudah lama direncanakan kedua belah pihak.\n"
	for _, tt := range []struct{ name, page, want string }{
		{"after the story, before the footer", "Rusia dan China Perkuat Kerja Sama Energi\n" + story + "Editor: Andi Saputra\nSenin, 12 Mei 2025 10:30 WIB\nBerita Terkait\nPutin Kunjungi Beijing\n", "2025-05-12T10:30:00+07:00"},
		{"between paragraphs of the story it is none", "Rusia dan China Perkuat Kerja Sama Energi\n" + "Pembicaraan digelar selama dua hari di ibu kota Rusia dengan agenda yang padat sekali.\n" + story + "Senin, 12 Mei 2025 10:30 WIB\nPara menteri akan bertemu lagi tahun depan untuk meninjau semua proyek itu.\n", ""},
		{"an update date alone is the page's date", "Rusia dan China Perkuat Kerja Sama Energi\n" + story + "Diperbarui Senin, 12 Mei 2025 10:30 WIB\n", "2025-05-12T10:30:00+07:00"},
	} {
		if p := testRules(t).clean.cleanPage(tt.page); p.Published != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, p.Published, tt.want)
		}
	}
}

// TestLabelledDatesAnywhere: a date a publication or update label prints
// before is the page's own wherever it stands, in a footer or inside a
// page flattened to one line; a sentence's "diterbitkan pada" is no label.
func TestLabelledDatesAnywhere(t *testing.T) {
	story := "BANGKOK - Menteri Luar Negeri Thailand Maris Sangiampongsa bertemu Menteri Luar Negeri Kamboja Prak Sokhonn di Kuala Lumpur pada Senin (28/7). Keduanya membahas pengawasan gencatan senjata di perbatasan kedua negara."
	for _, tt := range []struct{ name, page, want string }{
		{"a footer that says where it first ran", "Thailand dan Kamboja Bertemu\n" + story + "\nArtikel ini telah tayang di kabarasia.id pada Selasa, 29 Juli 2025 pukul 10.15 WIB\n", "2025-07-29T10:15:00+07:00"},
		{"a label inside a one-line page", "Beranda Dunia Thailand dan Kamboja Bertemu " + story + " Baca juga: Harga Emas Naik (ant/ab) Diterbitkan: Selasa, 29 Juli 2025 08:05 WIB Tags Thailand Kamboja", "2025-07-29T08:05:00+07:00"},
		{"a footer saying where it first ran, without a site", "Thailand dan Kamboja Bertemu\n" + story + "\nArtikel ini tayang pertama kali: Selasa, 29/7/2025 18.40 WIB\n", "2025-07-29T18:40:00+07:00"},
		{"a numeric date after its label", "Thailand dan Kamboja Bertemu\n" + story + "\nDipublikasikan: 29/07/2025 13:20 WIB | Editor: Rina Wulandari\n", "2025-07-29T13:20:00+07:00"},
		{"an update label when no other", "Beranda Dunia " + story + " Diperbarui: Selasa 29 Jul 2025 06:31 WIB Berita Terkait: Harga Emas Naik", "2025-07-29T06:31:00+07:00"},
		{"the footer's own sentence", "Thailand dan Kamboja Bertemu\n" + story + "\nArtikel ini terbit pada 29 Juli 2025, diperbarui 30 Juli 2025 pukul 09.30.\n", "2025-07-29"},
		{"a sentence's words are no label", "Thailand dan Kamboja Bertemu\n" + story + " Laporan itu diterbitkan 12 Juli 2025 oleh lembaga riset di Bangkok.\n", ""},
	} {
		if p := testRules(t).clean.cleanPage(tt.page); p.Published != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, p.Published, tt.want)
		}
	}
}

// TestOneLineHeaderWithTheHeadlineBetweenDateAndDateline: on a page
// flattened to one line, a date with its day name, then the headline,
// then the dateline: the date is the page's, the headline its title.
func TestOneLineHeaderWithTheHeadlineBetweenDateAndDateline(t *testing.T) {
	p := testRules(t).clean.cleanPage("WARTADUNIA.id Senin 14 Juli 2025 Prabowo Saksikan Parade di Paris PARIS, WARTADUNIA - Presiden Prabowo Subianto menyaksikan parade Hari Bastille bersama Presiden Prancis Emmanuel Macron. Kedua pemimpin juga membahas pembelian jet tempur Rafale.")
	if p.Published != "2025-07-14" || p.Title != "Prabowo Saksikan Parade di Paris" {
		t.Errorf("published %q, title %q", p.Published, p.Title)
	}
	// With a time printed, and an outlet's name of two words in the
	// dateline: the outlet is no actor of the story.
	p = testRules(t).clean.cleanPage("Kabar Dunia  Rabu, 10 Sep 2025 06:30 WIB  Internasional  Israel Serang Doha  Jakarta, Kabar Dunia -- Israel melancarkan serangan udara ke Doha, ibu kota Qatar, pada Selasa. Perdana Menteri Qatar mengecam serangan itu.")
	if len(p.Paragraphs) == 0 || !strings.HasPrefix(p.Paragraphs[0], "Israel melancarkan") {
		t.Errorf("paragraphs %q: the story should open at its lead", p.Paragraphs)
	}
}

// TestDatelineDatePrintedIsPublished: a dateline printing the date as a
// page prints its own ("PYONGYANG, 10 Oktober 2025 (KabarNusa) -",
// "JEDDAH, 3/7/2025 (X) -") gives the publication date; a story's day
// ("MOSKOW, Rabu (3/12/2025) -") only dates the story.
func TestDatelineDatePrintedIsPublished(t *testing.T) {
	lead := " - Perdana Menteri China Li Qiang tiba di Pyongyang dan bertemu pemimpin Korea Utara Kim Jong Un untuk membahas kerja sama ekonomi."
	for _, tt := range []struct{ dateline, want string }{
		{"PYONGYANG, 10 Oktober 2025 (KabarNusa)", "2025-10-10"},
		{"PYONGYANG, 10/10/2025 (KabarNusa)", "2025-10-10"},
		{"PYONGYANG, Jumat (10/10/2025)", ""},
		{"Pyongyang, 10 Oktober 2025", "2025-10-10"}, // a place and the day, no source
	} {
		p := testRules(t).clean.cleanPage("Li Qiang Kunjungi Pyongyang\n" + tt.dateline + lead + "\n")
		if p.Published != tt.want || p.DatelineDay != "2025-10-10" {
			t.Errorf("%q: published %q, dateline day %q, want %q", tt.dateline, p.Published, p.DatelineDay, tt.want)
		}
	}
}

// TestOneLinePageDatelineOfPlaceAndDay: on a page flattened to one line,
// a dateline of a place and its day ends the header, and a city in
// capitals after a headline that a named date opens does too.
func TestOneLinePageDatelineOfPlaceAndDay(t *testing.T) {
	for _, tt := range []struct{ page, want string }{
		{"KABARASIA.com Home Dunia Ekonomi Sugiono dan Wang Yi Bertemu Beijing, 21 April 2025 - Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri China Wang Yi di Beijing. Keduanya membahas perdagangan.", "2025-04-21"},
		{"WARTAGLOBAL.ID Dunia Video Selasa, 3 Desember 2024 Unjuk Rasa di Tbilisi Berlanjut TBILISI - Ribuan warga Georgia kembali turun ke jalan di Tbilisi pada Senin malam. Perdana Menteri Irakli Kobakhidze menolak tuntutan mereka.", "2024-12-03"},
		// The agency before the day in the dateline.
		{"Kabarsatu.id | Dunia | DHAKA (Kabarsatu) Senin 3/2/2025 - Bangladesh memanggil duta besar India di Dhaka untuk memprotes pembangunan pagar perbatasan. Kementerian Luar Negeri India belum memberikan tanggapan. | © 2025 Kabarsatu.id", "2025-02-03"},
		// The stamp printed under the story, with its time and zone.
		{"warta-asia.co Beranda Internasional Pakistan dan Afghanistan sepakat memperpanjang gencatan senjata setelah perundingan di Istanbul. Kedua delegasi akan bertemu lagi bulan depan untuk membahas mekanisme pemantauan. Turki dan Qatar bertindak sebagai mediator dalam pertemuan itu. Delegasi Pakistan dipimpin oleh menteri pertahanan negara itu. Pihak Taliban mengirim wakil menteri dalam negeri. Kamis, 30 Oktober 2025 22:40 WIB Editor: Rina Astuti Copyright 2025 warta-asia.co", "2025-10-30"},
	} {
		p := testRules(t).clean.cleanPage(tt.page)
		if p.Published[:min(len(p.Published), 10)] != tt.want {
			t.Errorf("published %q, want %q (title %q, paragraphs %q)", p.Published, tt.want, p.Title, p.Paragraphs)
		}
	}
}

func TestHeadlineSharesWordsWithTheLead(t *testing.T) {
	lead := "Moskow - Rusia dan China sepakat memperluas kerja sama energi dalam pertemuan di Moskow pada pekan ini, kata kedua pemerintah.\n"
	for _, tt := range []struct{ name, page, want string }{
		{"a list's headline above the story's", "TERBARU\nErdogan kecam Netanyahu soal Gaza\nRusia dan China Perkuat Kerja Sama Energi\n" + lead, "Rusia dan China Perkuat Kerja Sama Energi"},
		{"a deck under the headline", "Kerja Sama Energi Rusia dan China Kian Erat\nRusia dan China sepakat memperluas kerja sama energi di Moskow\n" + lead, "Kerja Sama Energi Rusia dan China Kian Erat"},
	} {
		if p := testRules(t).clean.cleanPage(tt.page); p.Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, p.Title, tt.want)
		}
	}
}

func TestTrimCount(t *testing.T) {
	for in, want := range map[string]string{
		"komentar (2)": "komentar", "komentar 12": "komentar", "komentar": "komentar",
		"top 10": "top", "g20": "g20", "(3)": "", "berita (terbaru)": "berita (terbaru)", "3 komentar": "komentar",
	} {
		if got := trimCount(in); got != want {
			t.Errorf("trimCount(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestInlineAdvertisingMarkersAreCut(t *testing.T) {
	page := "Seoul - Presiden baru Korea Selatan mengucapkan sumpah jabatan di gedung parlemen pada Rabu pagi. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT " +
		"Dalam pidatonya ia berjanji membuka kembali jalur dialog dengan Pyongyang. Advertisement\n" +
		"Para pengamat menilai iklan politik dan advertisement kampanye tidak lagi menentukan hasil pemilu.\n"
	p := testRules(t).clean.cleanPage(page)
	body := strings.Join(p.Paragraphs, "\n")
	if strings.Contains(body, "ADVERTISEMENT") || strings.Contains(body, "SCROLL") || strings.Contains(body, "Advertisement") {
		t.Errorf("body keeps an advertising marker: %q", p.Paragraphs)
	}
	if !strings.Contains(body, "Dalam pidatonya ia berjanji") || !strings.Contains(body, "iklan politik dan advertisement kampanye") {
		t.Errorf("body lost the story's words: %q", p.Paragraphs)
	}
}

func TestCleanPageOnOneLine(t *testing.T) {
	story := []string{
		"Menteri Luar Negeri Vietnam tiba di Vientiane pada Senin untuk pembicaraan dua hari dengan mitranya dari Laos mengenai bendungan di Sungai Mekong.",
		"Kunjungan itu merupakan yang pertama sejak kedua negara menandatangani perjanjian perbatasan baru pada awal tahun lalu di Hanoi.",
		"Menurut kementerian luar negeri kedua negara, pembicaraan akan membahas pembagian air, perdagangan listrik, dan jalur kereta api lintas batas.",
		"Para pengamat di kawasan menilai kedua negara berusaha menyelesaikan perbedaan sebelum musim kemarau tiba dan permukaan sungai kembali turun.",
		"Delegasi Vietnam juga dijadwalkan bertemu perdana menteri Laos pada Selasa pagi sebelum kembali ke Hanoi pada sore harinya.",
		"Kedua pihak belum menyebutkan apakah sebuah pernyataan bersama akan dikeluarkan setelah pertemuan tersebut berakhir di ibu kota.",
		"Sejumlah organisasi lingkungan meminta kedua pemerintah membuka hasil kajian dampak bendungan kepada masyarakat yang tinggal di sepanjang sungai.",
		"Pemerintah Laos menyatakan kajian itu akan diumumkan setelah disetujui oleh komisi sungai yang beranggotakan empat negara di hilir.",
	}
	page := "Beranda Internasional Asia Menlu Vietnam Kunjungi Laos Senin, 12 Mei 2025 09:15 WIB Hanoi (ANTARA) - " +
		strings.Join(story, " ") + " Tag: Vietnam, Laos, Mekong"
	p := testRules(t).clean.cleanPage(page)
	if p.Published != "2025-05-12T09:15:00+07:00" || p.Dateline != "Hanoi (ANTARA) -" || !strings.Contains(p.Title, "Menlu Vietnam Kunjungi Laos") {
		t.Errorf("title %q, published %q, dateline %q", p.Title, p.Published, p.Dateline)
	}
	if !slices.Equal(p.Paragraphs, story) {
		t.Errorf("paragraphs = %q, want the story's sentences, one each, without the menu and the tags", p.Paragraphs)
	}
	if p.Uncertain == "" {
		t.Error("a page read sentence by sentence should say its body is uncertain")
	}
	// A page of paragraphs is read as paragraphs.
	if p := testRules(t).clean.cleanPage(strings.Join(story[:4], " ") + "\n\n" + strings.Join(story[4:], " ")); len(p.Paragraphs) != 2 || p.Uncertain != "" {
		t.Errorf("paragraphs %q, uncertain %q", p.Paragraphs, p.Uncertain)
	}
}

func TestShortPageOnOneLineKeepsItsStory(t *testing.T) {
	// Under a kilobyte on one line, with a date printed without its time
	// and a capital-letter dateline: still a page, not one paragraph.
	story := []string{
		"Menteri Luar Negeri Malaysia menerima mitranya dari Filipina di Kuala Lumpur pada Kamis untuk membahas kode etik di Laut China Selatan.",
		"Keduanya sepakat mempercepat perundingan dengan China sebelum akhir tahun.",
		"Filipina menyampaikan keprihatinan atas insiden terbaru di sekitar Second Thomas Shoal.",
		"Malaysia menyatakan akan mengajak negara anggota lain menyusun usulan bersama.",
		"Pertemuan berikutnya dijadwalkan berlangsung di Manila bulan depan.",
	}
	page := "Malaysia dan Filipina Bahas Kode Etik Laut China Selatan Kamis, 6 Maret 2025 KUALA LUMPUR - " +
		strings.Join(story, " ") + " Baca juga: Harga cabai naik lagi di pasar induk Ikuti kami di Google News"
	p := testRules(t).clean.cleanPage(page)
	if p.Title != "Malaysia dan Filipina Bahas Kode Etik Laut China Selatan" || !strings.HasPrefix(p.Published, "2025-03-06") {
		t.Errorf("title %q, published %q", p.Title, p.Published)
	}
	if len(p.Paragraphs) < len(story) || !slices.Equal(p.Paragraphs[:len(story)], story) {
		t.Errorf("paragraphs = %q, want the story's sentences", p.Paragraphs)
	}
}

func TestHeadlineIsNeverASectionMenuOrTrendingTags(t *testing.T) {
	page := "Beranda Internasional Ekonomi Olahraga Tekno Login Daftar\n" +
		"Trending: #Pemilu #Harga Emas #Liga 1\n" +
		"Internasional\n" +
		"Vietnam dan Laos Sepakat Bangun Jalur Kereta Lintas Batas\n" +
		"Senin, 12 Mei 2025 | 09:15 WIB\n" +
		"HANOI - Pemerintah Vietnam dan Laos menandatangani kesepakatan pembangunan jalur kereta lintas batas pada Senin di Hanoi.\n"
	if p := testRules(t).clean.cleanPage(page); p.Title != "Vietnam dan Laos Sepakat Bangun Jalur Kereta Lintas Batas" {
		t.Errorf("title = %q", p.Title)
	}
	// A headline naming a section or two is still the headline.
	page = "Dunia Politik Menanti Hasil Pemilu Daerah di Jawa Barat\n\nBANDUNG - Warga Jawa Barat memberikan suara pada Rabu untuk memilih gubernur baru.\n"
	if p := testRules(t).clean.cleanPage(page); p.Title != "Dunia Politik Menanti Hasil Pemilu Daerah di Jawa Barat" {
		t.Errorf("title = %q", p.Title)
	}
}

func TestInlineLihatJugaListDoesNotEndTheStory(t *testing.T) {
	page := "Thailand Protes Latihan Militer Kamboja\n\n" +
		"BANGKOK - Pemerintah Thailand memanggil duta besar Kamboja pada Senin untuk memprotes latihan militer di perbatasan.\n" +
		"Lihat Juga :\n" +
		"Harga Beras Naik di Pasar Induk\n" +
		"Timnas Menang Tipis di Laga Perdana\n" +
		"Kamboja menyatakan latihan itu sudah dijadwalkan sejak awal tahun dan tidak ditujukan kepada negara mana pun.\n" +
		"Berita Terkait\n" +
		"Pameran Otomotif Dibuka di Jakarta\n"
	p := testRules(t).clean.cleanPage(page)
	if len(p.Paragraphs) != 2 || !strings.HasPrefix(p.Paragraphs[1], "Kamboja menyatakan") {
		t.Errorf("paragraphs = %q: the story goes on after the links", p.Paragraphs)
	}
}

func TestHeadlineIsNeverAListOfOtherStories(t *testing.T) {
	page := "Terpopuler: Erdogan Kunjungi Jakarta | Macron Bicara Soal Gaza\n" +
		"Harga Emas | Kurs Rupiah | Cuaca Jakarta Hari Ini Cerah Berawan\n" +
		"Vietnam dan Laos Sepakat Bangun Jalur Kereta Lintas Batas\n\n" +
		"HANOI - Pemerintah Vietnam dan Laos menandatangani kesepakatan pembangunan jalur kereta lintas batas pada Senin di Hanoi.\n"
	if p := testRules(t).clean.cleanPage(page); p.Title != "Vietnam dan Laos Sepakat Bangun Jalur Kereta Lintas Batas" {
		t.Errorf("title = %q", p.Title)
	}
}

func TestHeadlineLosesTheMenuGluedBeforeIt(t *testing.T) {
	page := "Menu Beranda Dunia Asia Eropa Timur Tengah Iran dan Oman Bahas Keamanan Selat Hormuz Senin, 12 Mei 2025 09:15 WIB MUSCAT - " +
		"Menteri Luar Negeri Iran bertemu mitranya dari Oman di Muscat pada Senin untuk membahas keamanan pelayaran. " +
		"Keduanya sepakat membentuk kelompok kerja bersama. Oman menyatakan siap menjadi tuan rumah pertemuan berikutnya. " +
		"Pertemuan itu berlangsung selama tiga jam. Kedua menteri juga membahas harga minyak dunia. " +
		"Iran menyebut pembicaraan itu sangat produktif."
	if p := testRules(t).clean.cleanPage(page); p.Title != "Iran dan Oman Bahas Keamanan Selat Hormuz" {
		t.Errorf("title = %q", p.Title)
	}
	// A headline opening with a region keeps it.
	page = "Timur Tengah Memanas Usai Serangan di Laut Merah\n\nDUBAI - Sejumlah kapal dagang mengubah rute setelah serangan pada Senin.\n"
	if p := testRules(t).clean.cleanPage(page); p.Title != "Timur Tengah Memanas Usai Serangan di Laut Merah" {
		t.Errorf("title = %q", p.Title)
	}
}

func TestSplitGlued(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"Rusia menolak usulan itu.Kantor berita TASS melaporkan hal itu.", []string{"Rusia menolak usulan itu.", "Kantor berita TASS melaporkan hal itu."}},
		{"“Kami siap,” katanya.“Kami menunggu jawaban.”", []string{"“Kami siap,” katanya.", "“Kami menunggu jawaban.”"}},
		{`"Kami siap," katanya."Kami menunggu jawaban."`, []string{`"Kami siap," katanya.`, `"Kami menunggu jawaban."`}},
		{`Ia berkata "kami siap."Kemudian ia pergi.`, []string{`Ia berkata "kami siap."`, "Kemudian ia pergi."}},
		// Domains, abbreviations and numbers are not glued sentences.
		{"Dilansir Kompas.com, pejabat AS.Kemlu menolak.", []string{"Dilansir Kompas.com, pejabat AS.Kemlu menolak."}},
		{"Nilainya Rp1.500 miliar, kata S.H. Aritonang.", []string{"Nilainya Rp1.500 miliar, kata S.H. Aritonang."}},
	}
	for _, tt := range tests {
		if got := splitGlued(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("splitGlued(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestCleanPageWithoutAFullSentence(t *testing.T) {
	p := testRules(t).clean.cleanPage("Rudal Korut Jatuh di Laut\n\nKorea Utara menembakkan rudal ke laut.\nSeoul mengecam keras peluncuran itu.\n")
	if len(p.Paragraphs) != 2 || p.Uncertain == "" {
		t.Errorf("paragraphs %q, uncertain %q: short sentences are kept, the body marked uncertain", p.Paragraphs, p.Uncertain)
	}
}

func TestHeadlineIsNeverNavigationALinkOrARowOfHeadlines(t *testing.T) {
	page := "Pergi ke Menu Pergi ke Halaman Utama\n" +
		"Baca juga: Harga Beras Naik Lagi di Pasar Induk Jelang Lebaran\n" +
		"Harga Emas Naik Tipis Pagi Ini Timnas Muda Menang Telak di Laga Perdana Banjir Rendam Ratusan Rumah Warga di Pesisir Utara Jawa Festival Kuliner Digelar Akhir Pekan Ini di Alun-Alun Kota\n" +
		"Menlu Thailand Kunjungi Kamboja Pekan Depan\n\n" +
		"Bangkok (ANTARA) - Menteri Luar Negeri Thailand akan berkunjung ke Phnom Penh pekan depan untuk membahas sengketa perbatasan kedua negara.\n"
	if p := testRules(t).clean.cleanPage(page); p.Title != "Menlu Thailand Kunjungi Kamboja Pekan Depan" {
		t.Errorf("title = %q", p.Title)
	}
}

func TestTeasersAboveTheStoryAreNotIt(t *testing.T) {
	page := "Thailand dan Kamboja Sepakat Gencatan Senjata\n\n" +
		"• Kedua negara sepakat menghentikan tembakan di sepanjang perbatasan mulai tengah malam …\n" +
		"• Menteri luar negeri kedua negara akan bertemu di Kuala Lumpur untuk membahas langkah berikut…\n" +
		"Kuala Lumpur, Kabar Dunia - Thailand dan Kamboja sepakat menghentikan pertempuran di perbatasan setelah perundingan yang dimediasi Malaysia.\n" +
		"Kesepakatan itu diumumkan dalam konferensi pers bersama di Kuala Lumpur pada Senin malam.\n"
	p := testRules(t).clean.cleanPage(page)
	if p.Dateline != "Kuala Lumpur, Kabar Dunia -" || len(p.Paragraphs) != 2 || strings.Contains(strings.Join(p.Paragraphs, " "), "…") {
		t.Errorf("dateline %q, paragraphs %q: want the story from its dateline, without the teasers", p.Dateline, p.Paragraphs)
	}
}

func TestCleanPageWrappedAndLeadFirst(t *testing.T) {
	wrapped := "Judul Berita Tentang Pertemuan Para Menteri\nSenin, 4 September 2023 | 09:00 WIB\n\n" +
		"Jakarta (ANTARA) - Para menteri luar negeri ASEAN bertemu di Jakarta\n" +
		"pada Senin untuk membahas krisis Myanmar dan sengketa di\n" +
		"Laut China Selatan.\n\n" +
		"Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.\n"
	p := testRules(t).clean.cleanPage(wrapped)
	want := "Para menteri luar negeri ASEAN bertemu di Jakarta pada Senin untuk membahas krisis Myanmar dan sengketa di Laut China Selatan."
	if len(p.Paragraphs) != 1 || p.Paragraphs[0] != want {
		t.Errorf("wrapped paragraph: %q", p.Paragraphs)
	}

	cookieFirst := "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.\n" +
		"Judul Berita Tentang Pertemuan Para Menteri\n" +
		"Para menteri luar negeri bertemu di Jakarta pada Senin untuk membahas krisis kawasan yang memanas.\n" +
		"Senin, 4 September 2023 | 09:00 WIB\n" +
		"Pertemuan itu berlangsung tertutup dan berakhir tanpa pernyataan bersama dari para peserta.\n"
	p = testRules(t).clean.cleanPage(cookieFirst)
	if p.Title != "Judul Berita Tentang Pertemuan Para Menteri" || p.Published != "2023-09-04T09:00:00+07:00" || len(p.Paragraphs) != 2 {
		t.Errorf("title %q, published %q, paragraphs %q", p.Title, p.Published, p.Paragraphs)
	}
}

func TestTrimCredit(t *testing.T) {
	story := "Rusia membantah laporan pengiriman senjata dari Korea Utara ke medan perang."
	tests := []struct{ in, want string }{
		{story + "REUTERS/ANTARA", story},
		// A credit after a space closes a caption, which stays whole.
		{"Kim Jong Un di Pyongyang. Moskow/Net", "Kim Jong Un di Pyongyang. Moskow/Net"},
		{story, story},
		{story + "Kremlin diam", story + "Kremlin diam"},
	}
	for _, tt := range tests {
		if got := testRules(t).clean.trimCredit(tt.in); got != tt.want {
			t.Errorf("trimCredit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanPageStoryWithGluedCredit(t *testing.T) {
	story := "Kementerian Luar Negeri Korea Utara mengecam Amerika Serikat atas latihan gabungan terbaru di Semenanjung Korea.Dalam pernyataan yang dimuat KCNA, kementerian itu menyebut latihan tersebut sebagai persiapan perang. Seoul belum menanggapi pernyataan itu."
	for _, trailer := range []string{"REUTERS/ANTARA", "(ABC)"} {
		p := testRules(t).clean.cleanPage("Korut Kecam Latihan Gabungan\n\n" + story + trailer + "\n")
		// The paragraph glued to the first one is one of its own.
		if len(p.Paragraphs) != 2 || strings.Join(p.Paragraphs, "") != story {
			t.Errorf("with %q glued on, paragraphs = %q, want the story alone", trailer, p.Paragraphs)
		}
	}
}

// TestSentenceFullOfNamesIsStory: a paragraph of names and titles around
// one lower-case verb is story, short or long; a headline in title case
// ending in a period is not.
func TestSentenceFullOfNamesIsStory(t *testing.T) {
	c := testRules(t).clean
	p := &page{}
	for _, l := range []string{
		"Presiden Donald Trump mengkritik China pada Senin (3/3/2025).",
		"Mike Johnson mengecam Beijing pada Senin.",
		"Perdana Menteri Thailand Anutin Charnvirakul bertemu Perdana Menteri Kamboja Hun Manet di Kuala Lumpur.",
		"Menteri Luar Negeri Korea Selatan Cho Hyun dan Menteri Pertahanan Ahn Gyu-back menerima Menteri Luar Negeri Jepang Toshimitsu Motegi dan Menteri Pertahanan Shinjiro Koizumi.",
		"ST. PETERSBURG - Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Istana Konstantinovsky, St. Petersburg, Kamis (19/6/2025).",
	} {
		if !c.isStoryParagraph(p, l) {
			t.Errorf("isStoryParagraph(%q) = false", l)
		}
	}
	for _, l := range []string{
		"Prabowo Bertemu Xi Jinping di Beijing.",
		"Mahfud MD: Mas Pandji Tenang, Nanti Saya yang Bela!",
	} {
		if c.isStoryParagraph(p, l) {
			t.Errorf("isStoryParagraph(%q) = true", l)
		}
	}
}

// TestLeadOfNamesAfterADateline: a lead that opens with its dateline and
// is mostly names and titles starts the story, on a page of lines and on
// one flattened to a single line behind a menu, headline and date.
func TestLeadOfNamesAfterADateline(t *testing.T) {
	const lead = "Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Istana Konstantinovsky, St. Petersburg, Kamis (19/6/2025)."
	p := testRules(t).clean.cleanPage("Prabowo Bertemu Putin di St. Petersburg\nKamis, 19 Juni 2025 | 22:10 WIB\nST. PETERSBURG - " + lead + "\nKedua pemimpin menandatangani deklarasi kemitraan strategis.\n")
	if len(p.Paragraphs) == 0 || p.Paragraphs[0] != lead {
		t.Errorf("paragraphs %q: want the lead first", p.Paragraphs)
	}
	p = testRules(t).clean.cleanPage("Home News Internasional Login Register Prabowo Bertemu Putin di St. Petersburg Kamis, 19 Jun 2025 22:10 WIB ST. PETERSBURG, KOMPAS.com - " + lead + " Kedua pemimpin menandatangani deklarasi kemitraan strategis. Putin mengatakan Moskow siap memperluas kerja sama energi.")
	if p.Title != "Prabowo Bertemu Putin di St. Petersburg" || p.Published == "" || len(p.Paragraphs) == 0 || p.Paragraphs[0] != lead {
		t.Errorf("title %q, published %q, paragraphs %q", p.Title, p.Published, p.Paragraphs)
	}
}

// TestLeadOfNamesWithoutADateline: a lead of names and titles with no
// dateline before it still starts the story.
func TestLeadOfNamesWithoutADateline(t *testing.T) {
	const lead = "Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana Merdeka, Jakarta, Sabtu (11/1/2025)."
	p := testRules(t).clean.cleanPage("Prabowo Terima Ishiba di Istana\nSabtu, 11 Januari 2025 | 12:00 WIB\n" + lead + "\nKedua pemimpin membahas kerja sama energi dan pertahanan.\n")
	if p.Title != "Prabowo Terima Ishiba di Istana" || len(p.Paragraphs) != 2 || p.Paragraphs[0] != lead {
		t.Errorf("title %q, paragraphs %q", p.Title, p.Paragraphs)
	}
}

// TestDatelinesInsideRunOnHeaders: on a page flattened to one line, the
// story starts at a dateline that follows its headline, whether the
// dateline is a city in capitals after a headline in title case, an
// outlet's brand before the city, or a city and a day after a headline
// ending in capitals or digits; the header's date with a time and no zone
// is the page's. A city in capitals inside a sentence opens nothing.
func TestDatelinesInsideRunOnHeaders(t *testing.T) {
	tests := []struct {
		page, dateline, published, notInBody string
	}{{
		page: "Berita | Foto | Indeks Tiga Wakil Menteri Diskors; India Panggil Diplomat JAKARTA - Pemerintah Maladewa menskors tiga wakil menteri yang menghina Perdana Menteri India Narendra Modi. " +
			"Kementerian Luar Negeri India memanggil diplomat Maladewa di New Delhi pada Senin. Kedua negara kemudian saling menyampaikan protes resmi.",
		dateline: "JAKARTA -", notInBody: "Panggil Diplomat",
	}, {
		page: "portalkita Kamis 26 Jun 2025, 06:10 WIB Internasional Gencatan Senjata Diumumkan Tim portalkita - portalKita Jakarta - Presiden Amerika Serikat Donald Trump mengumumkan gencatan senjata antara Israel dan Iran. " +
			"Kedua negara disebut telah menyetujui penghentian serangan. Teheran belum memberikan tanggapan resmi atas pengumuman itu.",
		dateline: "portalKita Jakarta -", published: "2025-06-26T06:10:00+07:00", notInBody: "Jakarta",
	}, {
		page: "KabarSerantau.my - Berita Dunia Utama Politik Wong dan Anwar Sepakati Kawasan Ekonomi Johor-Singapura Putrajaya, 11 Juni 2024 - Perdana Menteri Singapura Lawrence Wong melakukan kunjungan perkenalan ke Malaysia. " +
			"Ia disambut Perdana Menteri Malaysia Anwar Ibrahim di Seri Perdana. Keduanya membahas percepatan kawasan ekonomi khusus di perbatasan.",
		dateline: "Putrajaya, 11 Juni 2024 -", published: "2024-06-11", notInBody: "Johor-Singapura",
	}, {
		page: "Warta.net Dunia Trump Siap Temui Kim di Sela Lawatan ke Asia 26 Okt 2025 09:15 Penulis Rina Hapsari KUALA LUMPUR - Presiden Amerika Serikat Donald Trump kembali menyatakan siap bertemu Kim Jong Un. " +
			"Kepada wartawan di pesawat kepresidenan, Trump mengatakan dirinya terbuka untuk pertemuan itu. Gedung Putih belum mengumumkan jadwal apa pun.",
		dateline: "KUALA LUMPUR -", published: "2025-10-26T09:15:00+07:00", notInBody: "Rina",
	}}
	for _, tt := range tests {
		p := testRules(t).clean.cleanPage(tt.page)
		body := strings.Join(p.Paragraphs, " ")
		if p.Dateline != tt.dateline || p.Published != tt.published || strings.Contains(body, tt.notInBody) {
			t.Errorf("dateline %q, published %q, body %q; want %q, %q, without %q", p.Dateline, p.Published, body, tt.dateline, tt.published, tt.notInBody)
		}
	}
	p := testRules(t).clean.cleanPage("Analisis Dunia Hari Ini\n\nKetegangan antara aliansi NATO - Rusia meningkat setelah latihan militer besar di Laut Baltik pekan lalu. Para diplomat menyerukan dialog.")
	if p.Dateline != "" || !strings.Contains(strings.Join(p.Paragraphs, " "), "aliansi NATO - Rusia") {
		t.Errorf("dateline %q, paragraphs %q", p.Dateline, p.Paragraphs)
	}
}

// TestCreditsOfFlattenedPagesAndDatelinesWithParticles: on a page
// flattened to one line, a photo's credit glued before the story's first
// sentence ("(dok. Reuters) Doha -", "Foto: Nama/REUTERS Delegasi ...")
// keeps neither the sentence from the story nor the agency in it; an
// editor's initials after a credit's last slash leave the caption one; a
// dateline whose city has a particle ("Sharm el-Sheikh (ANTARA) -") opens
// the story.
func TestCreditsOfFlattenedPagesAndDatelinesWithParticles(t *testing.T) {
	c := testRules(t).clean
	for _, page := range []string{
		"Dunia Internasional Iran Serang Pangkalan AS di Qatar, Doha Marah Tim Redaksi - KabarDunia Selasa, 24 Jun 2025 06:12 WIB Foto: Pangkalan udara di Qatar (dok. Reuters) Doha - " +
			"Iran menembakkan rudal ke pangkalan militer Amerika Serikat di Qatar pada Senin malam. Qatar mengecam serangan itu dengan keras. \"Ini pelanggaran kedaulatan kami,\" kata juru bicaranya.",
		"KabarDunia Internasional Asia Pakta Pertahanan Diteken Selasa 07 Oktober 2025 06:45 WIB Rahman, Jurnalis Para pemimpin berjabat tangan. (Reuters) CANBERRA - " +
			"Iran menembakkan rudal ke pangkalan militer Amerika Serikat di Qatar pada Senin malam. Qatar mengecam serangan itu dengan keras. Kedua pihak dijadwalkan bertemu lagi pekan depan di kota yang sama. " +
			"Para menteri luar negeri kawasan menggelar rapat darurat di Riyadh pada Selasa. Mereka meminta semua pihak menahan diri dan kembali ke jalur diplomasi.",
		"KabarDunia Beranda Topik Populer Dunia Tawanan Ditukar 2 Juni 2025 21:40 WIB · waktu baca 3 menit Para juru runding di Istanbul, Turki. Foto: Budi Santoso/REUTERS " +
			"Iran menembakkan rudal ke pangkalan militer Amerika Serikat di Qatar pada Senin malam. Qatar mengecam serangan itu dengan keras. Kedua pihak dijadwalkan bertemu lagi pekan depan di kota yang sama. " +
			"Para menteri luar negeri kawasan menggelar rapat darurat di Riyadh pada Selasa. Mereka meminta semua pihak menahan diri dan kembali ke jalur diplomasi.",
	} {
		p := c.cleanPage(page)
		body := strings.Join(p.Paragraphs, " ")
		if !strings.HasPrefix(body, "Iran menembakkan rudal") || strings.Contains(body, "REUTERS") || strings.Contains(body, "Reuters") {
			t.Errorf("paragraphs %q", p.Paragraphs)
		}
	}
	for _, lines := range [][]string{{
		"Thailand dan Kamboja Diminta Menahan Diri",
		"Tentara berjaga di pos perbatasan di Provinsi Surin. ANTARA/Reuters/Somchai K./abc.",
		"Jakarta (ANTARA) - Pemerintah Indonesia menyerukan Thailand dan Kamboja menahan diri setelah bentrokan di perbatasan.",
	}, {
		"Prabowo Hadiri KTT Perdamaian",
		"Sharm el-Sheikh (ANTARA) - Presiden Prabowo Subianto menghadiri KTT perdamaian di Mesir pada Senin.",
	}} {
		p := c.cleanPage(strings.Join(lines, "\n"))
		if body := strings.Join(p.Paragraphs, " "); strings.Contains(body, "Reuters") || strings.Contains(body, "ANTARA") || !strings.HasPrefix(body, lines[len(lines)-1][strings.Index(lines[len(lines)-1], "- ")+2:]) {
			t.Errorf("paragraphs %q", p.Paragraphs)
		}
	}
}

// TestHandoutAndBracketedCreditsBeforeTheFirstSentence: on a page
// flattened to one line, a credit of a handout passed on by an agency
// ("Foto: Kantor X/via REUTERS") or a whole credit in brackets ends at the
// agency's word: the agency opens no sentence and the story's first
// sentence stays.
func TestHandoutAndBracketedCreditsBeforeTheFirstSentence(t *testing.T) {
	c := testRules(t).clean
	for _, credit := range []string{"Foto: Sekretariat Kabinet Jepang/via REUTERS", "(Foto: Sekretariat Kabinet Jepang/via REUTERS)", "(Foto: AFP)"} {
		p := c.cleanPage("KabarDunia Beranda Dunia Kunjungan ke Manila 3 Maret 2025 10:15 WIB · waktu baca 2 menit Kedua pemimpin berjabat tangan di Istana Malacanang, Manila. " + credit +
			" Perdana Menteri Jepang Fumio Kishida tiba di Manila pada Senin untuk lawatan tiga hari. Filipina dan Jepang membahas patroli bersama di Laut China Selatan. " +
			"Kedua negara juga sepakat memperluas latihan militer. Para pejabat dijadwalkan bertemu lagi bulan depan di Tokyo. " +
			"Manila menyambut baik tawaran Tokyo untuk membantu penjaga pantainya. Beijing belum menanggapi pertemuan itu.")
		body := strings.Join(p.Paragraphs, " ")
		if !strings.Contains(body, "Perdana Menteri Jepang Fumio Kishida tiba") || strings.Contains(body, "REUTERS") || strings.Contains(body, "AFP") {
			t.Errorf("%s: paragraphs %q", credit, p.Paragraphs)
		}
	}
}

// TestListOfOtherStoriesInsideTheStory: a heading of other stories set in
// the middle of a story ("Berita Terkait", "Rekomendasi:") and its
// headlines end nothing when paragraphs of the story follow them; the
// headlines stay out, and a heading with no story after it still ends it.
func TestListOfOtherStoriesInsideTheStory(t *testing.T) {
	c := testRules(t).clean
	for _, heading := range []string{"Berita Terkait", "Rekomendasi:"} {
		p := c.cleanPage(strings.Join([]string{
			"Vietnam Protes Perlakuan terhadap Nelayannya",
			"HANOI - Vietnam memprotes perlakuan aparat China terhadap nelayannya di dekat Kepulauan Paracel pada Minggu.",
			heading,
			"Filipina Tuduh Kapal China Tabrak Kapalnya",
			"Jepang dan AS Gelar Latihan Gabungan",
			"Beijing membantah tuduhan itu dalam pernyataan tertulis pada Senin.",
			"Juru bicara Kementerian Luar Negeri China menyebut aparatnya bertindak sesuai hukum.",
		}, "\n"))
		body := strings.Join(p.Paragraphs, " ")
		if !strings.Contains(body, "Beijing membantah") || !strings.Contains(body, "sesuai hukum") || strings.Contains(body, "Filipina Tuduh") {
			t.Errorf("%s: paragraphs %q", heading, p.Paragraphs)
		}
	}
	p := c.cleanPage(strings.Join([]string{
		"HANOI - Vietnam memprotes perlakuan aparat China terhadap nelayannya di dekat Kepulauan Paracel pada Minggu.",
		"Berita Terkait",
		"Filipina Tuduh Kapal China Tabrak Kapalnya",
		"Harga emas naik tajam pekan ini.",
	}, "\n"))
	if len(p.Paragraphs) != 1 {
		t.Errorf("paragraphs %q: the list ends the story", p.Paragraphs)
	}
}

// TestOutletDatelineAfterACreditOnAFlattenedPage: "Jakarta, CNN Indonesia
// --" after a photo credit on a page flattened to one line is one
// dateline: it names the outlet, and the headline the page runs the
// outlet's name after loses it.
func TestOutletDatelineAfterACreditOnAFlattenedPage(t *testing.T) {
	p := testRules(t).clean.cleanPage("KabarDunia | Home Nasional Internasional | Internasional Trump Sambut Milei di Gedung Putih CNN Indonesia Rabu, 15 Okt 2025 08:40 WIB Bagikan: " +
		"Presiden AS Donald Trump menjamu Presiden Argentina Javier Milei. (REUTERS/Jonathan Ernst) Jakarta, CNN Indonesia -- Presiden Amerika Serikat Donald Trump menerima Presiden Argentina Javier Milei di Gedung Putih pada Selasa (14/10). " +
		"Pertemuan itu berlangsung dua pekan sebelum pemilu. Trump memuji Milei sebagai pemimpin yang luar biasa. Ia juga menjanjikan bantuan keuangan. Milei berterima kasih kepada Trump atas dukungannya.")
	if p.Outlet != "CNN Indonesia" || strings.Contains(p.Title, "CNN") || !strings.HasPrefix(strings.Join(p.Paragraphs, " "), "Presiden Amerika Serikat Donald Trump menerima") {
		t.Errorf("outlet %q, title %q, paragraphs %q", p.Outlet, p.Title, p.Paragraphs)
	}
}

// TestGluedDashesCreditsAndLinkListsOfFlattenedPages: a dateline's em dash
// with no space around it opens the story; a photo credit with no
// photographer ("Foto/REUTERS") before the dateline of a flattened page is
// no part of it; the second headline of a "Baca juga" list after a bar is
// a link too, not the start of the sentence glued to it.
func TestGluedDashesCreditsAndLinkListsOfFlattenedPages(t *testing.T) {
	c := testRules(t).clean
	p := c.cleanPage(strings.Join([]string{
		"Prabowo Bertemu Albanese di Canberra",
		"Presiden Prabowo Subianto disambut Perdana Menteri Australia Anthony Albanese. (Foto: BPMI Setpres)",
		"Kabarjogja.com, CANBERRA—Presiden Prabowo Subianto bertemu Perdana Menteri Australia Anthony Albanese di Canberra, Rabu (12/11/2025).",
		"Kedua pemimpin membahas kerja sama pertahanan dan pendidikan.",
	}, "\n"))
	if body := strings.Join(p.Paragraphs, " "); !strings.HasPrefix(body, "Presiden Prabowo Subianto bertemu") || p.Outlet != "kabarjogja.com" {
		t.Errorf("outlet %q, paragraphs %q", p.Outlet, p.Paragraphs)
	}
	p = c.cleanPage("KabarDunia Internasional Asia Bangladesh Panggil Dubes Myanmar Selasa, 06 Februari 2024 - 13:45 WIB Tentara berjaga di dekat perbatasan. Foto/REUTERS DHAKA - " +
		"Kementerian Luar Negeri Bangladesh memanggil Duta Besar Myanmar pada Senin. Dhaka memprotes peluru yang jatuh di wilayahnya. Kedua negara berbagi perbatasan sepanjang 270 kilometer. " +
		"Ratusan personel penjaga perbatasan Myanmar menyeberang ke Bangladesh pekan ini. Dhaka meminta Naypyidaw mengendalikan situasi di perbatasan.")
	if body := strings.Join(p.Paragraphs, " "); !strings.HasPrefix(body, "Kementerian Luar Negeri Bangladesh memanggil") || strings.Contains(body, "REUTERS") {
		t.Errorf("paragraphs %q", p.Paragraphs)
	}
	p = c.cleanPage("KabarDunia Internasional Amerika Trump Sindir Modi Sabtu, 06 September 2025 - 09:10 WIB Trump dan Modi di Gedung Putih, Februari 2025. Foto: AP WASHINGTON - " +
		"Presiden Amerika Serikat Donald Trump menyindir Perdana Menteri India Narendra Modi pada Jumat. Modi baru saja bertemu Presiden China Xi Jinping di Tianjin. " +
		"Kementerian Luar Negeri India menolak berkomentar. Hubungan kedua negara memburuk sejak Agustus. Washington mengenakan tarif tinggi atas produk India. " +
		"Para analis menilai ketegangan itu bisa berlangsung lama. Pemerintah India menyatakan tetap membuka pintu dialog dengan Washington. " +
		"Perdagangan kedua negara mencapai ratusan miliar dolar setiap tahun. Kedua pihak belum menjadwalkan perundingan baru.")
	if body := strings.Join(p.Paragraphs, " "); !strings.HasPrefix(body, "Presiden Amerika Serikat Donald Trump menyindir") {
		t.Errorf("paragraphs %q", p.Paragraphs)
	}
	p = c.cleanPage("KabarDunia | Internasional | Perundingan Doha Berakhir Tanpa Hasil | DOHA - Putaran kedua perundingan antara Pakistan dan Afghanistan berakhir tanpa kesepakatan pada Jumat. " +
		"Delegasi kedua negara akan kembali ke ibu kota masing-masing. BACA JUGA: Prabowo Terima PM Australia di Istana | Korsel dan AS Sepakati Kapal Selam Nuklir Menteri Pertahanan Pakistan Khawaja Asif menuding Kabul tidak serius. " +
		"Ia mengatakan gencatan senjata tetap berlaku.")
	if body := strings.Join(p.Paragraphs, " "); !strings.Contains(body, "Menteri Pertahanan Pakistan Khawaja Asif menuding") || strings.Contains(body, "Korsel") {
		t.Errorf("paragraphs %q", p.Paragraphs)
	}
}

// TestTickerGluedToTheHeadlineOfAFlattenedPage: on a page flattened to one
// line, a ticker of other stories ("TICKER: A | B | C") runs into the
// headline; its items up to the menu or breadcrumb after the last one, or
// up to the date stamp when no menu stands there, are no headline and no
// story, and the headline after the menu stays the title.
func TestTickerGluedToTheHeadlineOfAFlattenedPage(t *testing.T) {
	story := "TOKYO - Kementerian Pertahanan Jepang dan Korea Selatan menggelar latihan laut bersama di Laut Jepang pada Selasa. " +
		"Latihan itu melibatkan empat kapal perusak dan dua pesawat patroli. Kedua negara menyebut latihan itu bersifat rutin. " +
		"Beijing belum menanggapi latihan tersebut. Latihan serupa digelar tahun lalu di dekat Pulau Jeju. Para pejabat dijadwalkan bertemu lagi bulan depan."
	c := testRules(t).clean
	for _, tt := range []struct {
		page, title string
	}{
		{"KabarDunia.id Home Nasional Dunia Ekonomi Kolom TICKER: Harga beras naik 2 persen | Kurs rupiah menguat tipis | Tim bulu tangkis Malaysia tiba di Manila Home International " +
			"Jepang dan Korea Selatan Gelar Latihan Laut Bersama Selasa, 4 Maret 2025 - 10:15 WIB Redaksi " + story, "Jepang dan Korea Selatan Gelar Latihan Laut Bersama"},
		{"KabarDunia.id Beranda Dunia Terkini: Banjir rendam dua desa di Kudus - Tim voli Thailand tiba di Hanoi Dunia > Asia " +
			"Jepang dan Korea Selatan Gelar Latihan Laut Bersama Selasa, 4 Maret 2025 - 10:15 WIB " + story, "Jepang dan Korea Selatan Gelar Latihan Laut Bersama"},
		// Items in title case glued to the headline with no menu between:
		// the headline cannot be told from them, and goes with the ticker.
		{"KabarDunia.id BREAKING NEWS: Harga Emas Naik | Timnas Vietnam Menang di Manila Jepang dan Korea Selatan Gelar Latihan Laut Bersama Selasa, 4 Maret 2025 - 10:15 WIB " + story, ""},
	} {
		p := c.cleanPage(tt.page)
		body := strings.Join(p.Paragraphs, " ")
		if p.Title != tt.title || !strings.HasPrefix(body, "Kementerian Pertahanan Jepang") || strings.Contains(body, "Manila") || strings.Contains(body, "Hanoi") {
			t.Errorf("title %q, paragraphs %q", p.Title, p.Paragraphs)
		}
	}
	// A ticker on a line of its own is left to the header's rules.
	p := c.cleanPage(strings.Join([]string{
		"KabarDunia.id",
		"TERKINI: Harga beras naik 2 persen | Tim voli Thailand tiba di Hanoi",
		"Jepang dan Korea Selatan Gelar Latihan Laut Bersama",
		"Selasa, 4 Maret 2025 - 10:15 WIB",
		story,
	}, "\n"))
	if p.Title != "Jepang dan Korea Selatan Gelar Latihan Laut Bersama" {
		t.Errorf("title %q", p.Title)
	}
}

// TestInvertedSentenceOfNamesIsASentence: a line of names and titles that
// a verb opens ("Hadir ...") is a story's sentence; the same names alone
// are not.
func TestInvertedSentenceOfNamesIsASentence(t *testing.T) {
	c := newTestExtractor(t).rules.clean
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Hadir Presiden Moldova Andrei Ceban, Presiden Georgia Levan Tsiklauri, Presiden Armenia Tigran Vardanyan, dan Perdana Menteri Azerbaijan Elchin Mammadov.", true},
		{"Presiden Moldova Andrei Ceban, Presiden Georgia Levan Tsiklauri, Presiden Armenia Tigran Vardanyan, dan Perdana Menteri Azerbaijan Elchin Mammadov.", false},
	} {
		if got := c.isSentence(tt.line); got != tt.want {
			t.Errorf("%q: sentence %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestOneLineDateStampsAroundBars: on a page flattened to one line, a date
// whose time stands after a bar ("Selasa, 29 Juli 2025 | 09:14 WIB") is
// one stamp, parted from the headline before it; a stamp printed in the
// byline under the story, after a "Baca juga" link and a bar, is the
// page's date.
func TestOneLineDateStampsAroundBars(t *testing.T) {
	story := "JAKARTA - Menteri Luar Negeri Thailand Maris Sangiampongsa bertemu Menteri Luar Negeri Kamboja Prak Sokhonn di Kuala Lumpur pada Senin (28/7). Keduanya membahas pengawasan gencatan senjata di perbatasan kedua negara. Pertemuan itu berlangsung tertutup selama dua jam."
	p := testRules(t).clean.cleanPage("Beranda | Dunia | Home > Internasional > Thailand dan Kamboja Bertemu, Malaysia: Awal yang Baik Selasa, 29 Juli 2025 | 09:14 WIB Penulis: Rina Hapsari | Editor: Dimas Prakoso " + story + " Baca juga: Harga Emas Naik")
	if p.Published != "2025-07-29T09:14:00+07:00" || p.Title != "Thailand dan Kamboja Bertemu, Malaysia: Awal yang Baik" {
		t.Errorf("published %q, title %q", p.Published, p.Title)
	}
	p = testRules(t).clean.cleanPage("Home > Global > Internasional | Kabarasia.id | Masuk | Daftar Thailand dan Kamboja Bertemu di Kuala Lumpur " + story + " Baca juga: Harga Emas Naik Lagi Pekan Ini Penulis: Rina Hapsari | Editor: Dimas Prakoso Kabarasia.id - 29/07/2025, 22:10 WIB Bagikan artikel ini melalui WhatsApp Facebook X Telegram Tag: thailand, kamboja Terpopuler: Harga Emas Naik; Banjir di Kalimantan")
	if p.Published != "2025-07-29T22:10:00+07:00" {
		t.Errorf("published %q, want the byline's stamp", p.Published)
	}
}
