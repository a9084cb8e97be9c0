package nlp

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
)

// testExtractor is built once for all tests: loading the rules, the
// dictionary and the NER model is what NewExtractor does, once per process.
var testExtractor = sync.OnceValues(NewExtractor)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestExtractTestPage(t *testing.T) {
	x := newTestExtractor(t)
	art, err := x.Extract(diplograph.Document{Source: "pages/02.txt", Text: []byte(readTestPage(t, "02_ticker_ilustrasi_terbaru.txt"))})
	if err != nil {
		t.Fatal(err)
	}
	if art.Source != "pages/02.txt" || art.Language != LangIndonesian || art.Published != "2023-07-28T07:37:00+07:00" ||
		art.Outlet != "kontan.co.id" || art.Dateline != "KONTAN.CO.ID - SEOUL." || len(art.ID) != 32 || len(art.Warnings) != 0 {
		t.Errorf("unexpected article: %+v", art)
	}
	b, err := json.Marshal(art)
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{`"actors":[`, `"statements":[`, `"events":[`} {
		if !bytes.Contains(b, []byte(field)) {
			t.Errorf("JSON lacks %s (lists are [] when empty, never null): %s", field, b)
		}
	}
}

func TestExtractBadInput(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name string
		text []byte
		want error
	}{
		{"empty", nil, ErrEmptyInput},
		{"blank", []byte(" \n\t\r\n "), ErrEmptyInput},
		{"NUL bytes", []byte("Korea Utara\x00\x00\x01menegaskan"), ErrBinaryInput},
		{"not UTF-8 at all", bytes.Repeat([]byte{0x81, 0xc3, 0xff, 0xfe}, 100), ErrBinaryInput},
		{"control characters", bytes.Repeat([]byte("\x01\x02\x03ab"), 100), ErrBinaryInput},
		{"too large", bytes.Repeat([]byte("Korea Utara menegaskan hubungannya. "), MaxInputBytes/36+1), ErrTooLarge},
		{"no body", []byte("Beranda | Dunia | Olahraga\n\nPopuler\n\nJudul Lain Yang Sedang Ramai\n\nSenin, 1 Januari 2024 | 10:00\n"), ErrNoBody},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := x.Extract(diplograph.Document{Source: tt.name, Text: tt.text})
			if !errors.Is(err, tt.want) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
		})
	}
	_, err := x.Extract(diplograph.Document{Text: make([]byte, MaxInputBytes+1)})
	if err == nil || !strings.Contains(err.Error(), "4 MiB") {
		t.Errorf("a size error names the limit: %v", err)
	}
}

func TestExtractRepairsInvalidUTF8(t *testing.T) {
	x := newTestExtractor(t)
	page := readTestPage(t, "01_section_caption_populer.txt")
	// The quotes as Windows-1252 bytes, as a mis-encoded page has them.
	broken := strings.ReplaceAll(page, `"Kami akan`, "\x93Kami akan")
	broken = strings.ReplaceAll(broken, `bersama rakyat Rusia,"`, "bersama rakyat Rusia,\x94")
	art, err := x.Extract(diplograph.Document{Text: []byte(broken)})
	if err != nil {
		t.Fatal(err)
	}
	if len(art.Warnings) != 1 || !strings.Contains(art.Warnings[0], "invalid UTF-8: 2 bytes") {
		t.Errorf("warnings = %q, want one about 2 repaired bytes", art.Warnings)
	}
	b, _ := json.Marshal(art)
	if !utf8.Valid(b) {
		t.Error("output is not valid UTF-8")
	}
	text, _, _ := readText([]byte(broken))
	if !strings.Contains(text, "“Kami akan terus berdiri bersama rakyat Rusia,”") {
		t.Error("Windows-1252 quotes were not read as quotes")
	}
}

func TestExtractReadsUTF16(t *testing.T) {
	x := newTestExtractor(t)
	page := readTestPage(t, "02_ticker_ilustrasi_terbaru.txt")
	units := utf16.Encode([]rune(page))
	raw := []byte{0xFF, 0xFE}
	for _, u := range units {
		raw = append(raw, byte(u), byte(u>>8))
	}
	want, err := x.Extract(diplograph.Document{Text: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	got, err := x.Extract(diplograph.Document{Text: raw})
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != want.ID || len(got.Warnings) != 1 || got.Warnings[0] != "UTF-16 text read as UTF-8" {
		t.Errorf("UTF-16 page: id %s (want %s), warnings %q", got.ID, want.ID, got.Warnings)
	}
}

func TestExtractOtherLanguage(t *testing.T) {
	x := newTestExtractor(t)
	art, err := x.Extract(diplograph.Document{Text: []byte(readTestPage(t, "06_english_page.txt"))})
	if err != nil {
		t.Fatal(err)
	}
	if art.Language != LangEnglish || len(art.Warnings) != 1 || !strings.Contains(art.Warnings[0], `"en"`) {
		t.Errorf("language %q, warnings %q: want en with a warning", art.Language, art.Warnings)
	}
	if art.Published != "2023-04-13T08:15:00+07:00" || art.Title != "North Korea Fires Ballistic Missile Into Sea, Seoul Says" {
		t.Errorf("header of an English page: %q, %q", art.Published, art.Title)
	}
}

func TestExtractIDFollowsBody(t *testing.T) {
	x := newTestExtractor(t)
	body := "Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang di Jakarta untuk membahas kerja sama maritim.\n\n" +
		"Keduanya sepakat memperkuat patroli bersama dan pertukaran informasi di perairan kawasan.\n"
	id := func(page string) string {
		t.Helper()
		art, err := x.Extract(diplograph.Document{Text: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		return art.ID
	}
	a := id("Judul Berita Tentang Kerja Sama Maritim\nSenin, 4 September 2023 | 09:00 WIB\n\n" + body + "\nPopuler\nBerita Lain Yang Ramai\n")
	b := id("situsberita.com\nBeranda | Dunia\nJudul Berita Tentang Kerja Sama Maritim\n\n" + strings.ToUpper(body[:30]) + body[30:] + "\n\nBaca Juga: Harga Emas Turun Lagi\n")
	c := id(body + "\nKeduanya juga membahas perdagangan dan investasi di kawasan timur Indonesia.\n")
	if a != b {
		t.Errorf("the same story with other page furniture and case got ids %s and %s", a, b)
	}
	if a == c {
		t.Error("a different story got the same id")
	}
}

func TestExtractMetadataOverrides(t *testing.T) {
	x := newTestExtractor(t)
	text := []byte(readTestPage(t, "02_ticker_ilustrasi_terbaru.txt"))
	art, err := x.Extract(diplograph.Document{URL: "https://example.com/a", Title: "Judul Dari Sumber", Outlet: "Outlet Sumber", Published: "2023-07-29", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if art.URL != "https://example.com/a" || art.Title != "Judul Dari Sumber" || art.Outlet != "Outlet Sumber" || art.Published != "2023-07-29" {
		t.Errorf("metadata not applied: %+v", art)
	}
	art, err = x.Extract(diplograph.Document{Published: "kemarin sore", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if art.Published != "2023-07-28T07:37:00+07:00" || len(art.Warnings) != 1 {
		t.Errorf("an unreadable given date keeps the page's, with a warning: %q, %q", art.Published, art.Warnings)
	}
	for given, want := range map[string]string{
		"2024-06-19T14:05:00+07:00":      "2024-06-19T14:05:00+07:00",
		"Rabu, 19 Juni 2024 | 14:05 WIB": "2024-06-19T14:05:00+07:00",
	} {
		if got, ok := x.normalizePublished(given); !ok || got != want {
			t.Errorf("normalizePublished(%q) = %q, want %q", given, got, want)
		}
	}
}

func TestExtractConcurrentAndDeterministic(t *testing.T) {
	x := newTestExtractor(t)
	pages := testPages(t)
	want := make([]string, len(pages))
	for i, p := range pages {
		art, err := x.Extract(diplograph.Document{Text: p})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(art)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range pages {
				k := (i + g) % len(pages)
				art, err := x.Extract(diplograph.Document{Text: pages[k]})
				if err != nil {
					t.Error(err)
					return
				}
				if b, _ := json.Marshal(art); string(b) != want[k] {
					t.Errorf("page %d extracted differently on another goroutine", k)
				}
			}
		}()
	}
	wg.Wait()
}

func TestDetectLanguage(t *testing.T) {
	tests := map[string]string{
		"Menteri itu mengatakan bahwa kerja sama dengan Jepang akan diperluas pada tahun depan.":                                                 LangIndonesian,
		"The minister said that cooperation with Japan will be expanded next year by the two governments.":                                       LangEnglish,
		"Der Minister sagte, dass die Zusammenarbeit mit Japan im nächsten Jahr ausgebaut werde, und zwar deutlich mehr als bisher geplant war.": LangUndetermined,
	}
	for text, want := range tests {
		if got := testRules(t).clean.detectLanguage([]string{text}); got != want {
			t.Errorf("detectLanguage(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestExtractTurnsPanicsIntoErrors(t *testing.T) {
	r := newTestExtractor(t).rules
	x := &Extractor{rules: &rules{lex: r.lex, clean: r.clean, segment: r.segment}} // no actors stage: analyze panics
	_, err := x.Extract(diplograph.Document{Text: []byte(readTestPage(t, "02_ticker_ilustrasi_terbaru.txt"))})
	if !errors.Is(err, ErrInternal) {
		t.Errorf("error = %v, want ErrInternal", err)
	}
}

func TestExtractBoundsHugeBodies(t *testing.T) {
	x := newTestExtractor(t)
	body := strings.Repeat(`"Kami siap membantu." kata juru bicara itu kepada wartawan di Jakarta. `, 3*maxAnalyzedSentences)
	art, err := x.Extract(diplograph.Document{Text: []byte("Judul Berita Yang Sangat Panjang Sekali\n\n" + body)})
	if err != nil {
		t.Fatal(err)
	}
	// One line of 3,000 sentences: read sentence by sentence, and cut.
	if !slices.ContainsFunc(art.Warnings, func(w string) bool { return strings.Contains(w, "only the first 1000 were analyzed") }) {
		t.Errorf("warnings = %q", art.Warnings)
	}
}

func TestUncertainBodyIsKeptWithLowerConfidence(t *testing.T) {
	x := newTestExtractor(t)
	sentences := []string{
		"Presiden Rusia Vladimir Putin bertemu Presiden China Xi Jinping di Beijing pada Selasa untuk membahas kerja sama energi kedua negara.",
		"Kedua pemimpin menandatangani sejumlah perjanjian di bidang perdagangan, pertanian, dan teknologi setelah pertemuan tertutup selama tiga jam.",
		"Kantor berita Xinhua melaporkan bahwa kedua pihak juga membahas situasi di kawasan dan rencana latihan militer bersama tahun depan.",
		"Para analis menilai pertemuan itu menunjukkan hubungan kedua negara yang semakin erat di tengah tekanan sanksi dari negara-negara Barat.",
		"Putin dijadwalkan kembali ke Moskow pada Rabu setelah menghadiri jamuan makan malam kenegaraan yang digelar pemerintah China di Beijing.",
		"Kunjungan itu merupakan lawatan luar negeri pertama Putin tahun ini, dan yang kedua ke China dalam kurun waktu kurang dari dua tahun terakhir.",
		"Sebelum bertolak, Putin sempat meninjau pameran industri di pinggiran kota dan berbincang dengan para pengusaha dari kedua negara di sana.",
		"Pemerintah China menyebut kunjungan itu sebagai tonggak baru dalam kemitraan strategis yang telah dibangun kedua negara selama lebih dari dua dekade.",
		"Sementara itu, pasar saham di kedua negara bergerak stabil sepanjang hari, tanpa lonjakan berarti yang dikaitkan oleh para pedagang dengan kunjungan itu.",
	}
	if n := len(strings.Join(sentences, " ")); n < runOnBytes {
		t.Fatalf("the page is %d bytes, too short to be a page on one line", n)
	}
	paged, err := x.Extract(diplograph.Document{Text: []byte(strings.Join(sentences, "\n\n"))})
	if err != nil {
		t.Fatal(err)
	}
	oneLine, err := x.Extract(diplograph.Document{Text: []byte(strings.Join(sentences, " "))})
	if err != nil {
		t.Fatalf("a story on one line must not be lost: %v", err)
	}
	if oneLine.Body != paged.Body || len(oneLine.Events) == 0 || len(oneLine.Events) != len(paged.Events) {
		t.Fatalf("one line read as %q with %d events, paragraphs as %q with %d", oneLine.Body, len(oneLine.Events), paged.Body, len(paged.Events))
	}
	for i := range oneLine.Events {
		if oneLine.Events[i].Confidence >= paged.Events[i].Confidence {
			t.Errorf("event %d: confidence %v on one line, %v in paragraphs: want it lower", i, oneLine.Events[i].Confidence, paged.Events[i].Confidence)
		}
	}
	if !slices.ContainsFunc(oneLine.Warnings, func(w string) bool { return strings.Contains(w, "sentence by sentence") }) {
		t.Errorf("warnings %q", oneLine.Warnings)
	}
}

// TestLinkedHeadlineOnOneLinePage: on a page flattened to one line, a "Baca
// juga" headline with no stop after it, naming an office and its holder,
// gives no actor, and the story sentence glued after it keeps its subject,
// a phrase of time between the subject and the predicate or not.
func TestLinkedHeadlineOnOneLinePage(t *testing.T) {
	page := "Vietnam Protes Latihan Militer China di Laut China Selatan Rabu, 12 Maret 2025 HANOI - Kementerian Luar Negeri Vietnam memanggil Duta Besar China di Hanoi pada Selasa untuk menyampaikan keberatan atas latihan militer di dekat Kepulauan Paracel. " +
		"Juru bicara kementerian itu Pham Thu Hang mengatakan latihan tersebut melanggar kedaulatan Vietnam. " +
		"Baca juga: Prabowo Terima Kunjungan PM Selandia Baru Christopher Luxon di Bogor Ketegangan pada Januari 2025 memicu protes serupa dari Hanoi. " +
		"Baca juga: Harga Beras Naik Tipis Jelang Ramadan Departemen Luar Negeri Filipina pada Rabu menyatakan dukungan kepada Vietnam. " +
		"China belum menanggapi protes tersebut. Latihan itu dijadwalkan berlangsung hingga akhir pekan."
	art, err := newTestExtractor(t).Extract(diplograph.Document{Text: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nKetegangan pada Januari 2025 memicu", "\nDepartemen Luar Negeri Filipina pada Rabu menyatakan"} {
		if !strings.Contains(art.Body, want) {
			t.Errorf("body %q lacks %q", art.Body, want)
		}
	}
	ids := map[string]bool{}
	for _, a := range art.Actors {
		ids[a.ID] = true
	}
	if ids["nzl"] || ids["christopher-luxon"] || ids["idn"] || !ids["phl-foreign-ministry"] {
		t.Errorf("actors %v: want none of the headline's, and the Philippine foreign ministry", ids)
	}
}
