package nlp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
)

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"<!DOCTYPE html>\n<html><body><p>Teks</p></body></html>", true},
		{"\ufeff  <html lang=\"id\">", true},
		{"<?xml version=\"1.0\"?>\n<!-- disimpan -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"<p>Paragraf satu.</p><p>Paragraf dua.</p><p>Paragraf tiga.</p>", true},
		{"Baris satu<br>Baris dua<br/>Baris tiga<br />", true},
		// Text with a stray "<" or a tag or two left by a copy is text.
		{"Inflasi < 3 persen, kata menteri.\nJakarta - Kurs <5 ribu.", false},
		{"Judul\nParagraf dengan sisa tag</p> di tengahnya.<br>", false},
		{"Korea Utara <html> disebut di tengah kalimat, bukan di awal halaman.", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML(tt.text); got != tt.want {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestReadHTML(t *testing.T) {
	markup := `<html><head><title>Judul Halaman | Kabar Kita</title>
<meta name="twitter:title" content="Judul dari Twitter">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-03-04T09:00:00+07:00"}]}</script>
</head><body><div>Satu <b>baris</b>
 yang   terpotong</div><p>Tanda &amp; entitas&nbsp;dibaca.</p><table><tr><td>sel a</td><td>sel b</td></tr></table>
<pre>teks  apa
adanya</pre><script>document.write("Putin")</script><nav>Menu</nav>Akhir</body></html>`
	text, meta := readHTML(markup)
	want := "Satu baris yang terpotong\nTanda & entitas dibaca.\nsel a sel b\nteks  apa\nadanya\nAkhir"
	if text != want {
		t.Errorf("text:\n%q\nwant\n%q", text, want)
	}
	if meta.title != "Judul dari Twitter" || meta.published != "2025-03-04T09:00:00+07:00" {
		t.Errorf("meta = %+v", meta)
	}
	// Without Open Graph the first <h1> is the headline, before the <title>;
	// a <time pubdate> dates the page.
	_, meta = readHTML(`<html><head><title>Situs</title></head><body><h1> Judul  <em>Berita</em></h1><time pubdate datetime="2024-06-19">19 Juni</time></body></html>`)
	if meta.title != "Judul Berita" || meta.published != "2024-06-19" {
		t.Errorf("meta = %+v", meta)
	}
}

func TestWithoutSiteName(t *testing.T) {
	tests := []struct{ title, outlet, want string }{
		{"Prabowo Bertemu Xi - Kompas.com", "Kompas.com", "Prabowo Bertemu Xi"},
		{"Prabowo Bertemu Xi | detikNews", "detikNews", "Prabowo Bertemu Xi"},
		{"Rusia - Ukraina Berunding di Istanbul", "Warta Dunia", "Rusia - Ukraina Berunding di Istanbul"},
		{"Rusia - Ukraina Berunding", "", "Rusia - Ukraina Berunding"},
	}
	for _, tt := range tests {
		if got := withoutSiteName(tt.title, tt.outlet); got != tt.want {
			t.Errorf("withoutSiteName(%q, %q) = %q, want %q", tt.title, tt.outlet, got, tt.want)
		}
	}
}

// TestExtractHTMLPage reads a page saved as HTML: its story is found, its
// markup dates and names it, and names that stand only in its menus,
// asides, scripts and footer never become actors.
func TestExtractHTMLPage(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "html", "kunjungan.html"))
	if err != nil {
		t.Fatal(err)
	}
	art, err := newTestExtractor(t).Extract(diplograph.Document{Source: "kunjungan.html", Text: raw})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "Prabowo dan Xi Jinping Sepakati Kerja Sama Maritim" || art.Published != "2024-11-09T20:15:00+07:00" ||
		art.Outlet != "Warta Dunia" || art.URL != "https://wartadunia.example/internasional/2024/11/09/prabowo-xi-maritim" {
		t.Errorf("title %q, published %q, outlet %q, url %q", art.Title, art.Published, art.Outlet, art.URL)
	}
	if strings.ContainsAny(art.Body, "<>") || !strings.HasPrefix(art.Body, "Presiden Prabowo Subianto bertemu") {
		t.Errorf("body:\n%s", art.Body)
	}
	var ids []string
	for _, a := range art.Actors {
		ids = append(ids, a.ID)
	}
	for _, want := range []string{"prabowo-subianto", "xi-jinping"} {
		if !slices.Contains(ids, want) {
			t.Errorf("actors %v lack %s", ids, want)
		}
	}
	for _, noise := range []string{"kim-jong-un", "volodymyr-zelensky", "recep-tayyip-erdogan", "benjamin-netanyahu", "narendra-modi", "vladimir-putin", "donald-trump", "joko-widodo"} {
		if slices.Contains(ids, noise) {
			t.Errorf("%s, named only in the page's furniture, became an actor: %v", noise, ids)
		}
	}
	met := false
	for _, e := range art.Events {
		if e.Cameo == "040" && e.Source == "prabowo-subianto" && e.Target == "xi-jinping" {
			met = true
			if e.Date != "2024-11-09" {
				t.Errorf("the meeting of \"Sabtu (9/11)\" is dated %q, want the markup's day 2024-11-09", e.Date)
			}
		}
	}
	if !met {
		t.Errorf("no meeting of Prabowo with Xi: %+v", art.Events)
	}
	if len(art.Statements) == 0 || art.Statements[0].Speaker != "prabowo-subianto" {
		t.Errorf("statements: %+v", art.Statements)
	}
	// What comes with the page still overrides what its markup says.
	art, err = newTestExtractor(t).Extract(diplograph.Document{Source: "kunjungan.html", URL: "https://example.org/a", Title: "Judul Lain", Published: "2024-11-10", Text: raw})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "Judul Lain" || art.Published != "2024-11-10" || art.URL != "https://example.org/a" {
		t.Errorf("given metadata lost: title %q, published %q, url %q", art.Title, art.Published, art.URL)
	}
}
