package nlp

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
)

// testPages returns the project's own test pages.
func testPages(tb testing.TB) [][]byte {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "pages", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no test pages: %v", err)
	}
	return readFiles(tb, files)
}

// readFiles reads the files, in order.
func readFiles(tb testing.TB, files []string) [][]byte {
	tb.Helper()
	var texts [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, b)
	}
	return texts
}

// FuzzExtract runs the whole pipeline on mutated pages: it must never
// panic, and what it returns must keep the contract.
func FuzzExtract(f *testing.F) {
	for _, p := range testPages(f) {
		f.Add(p)
	}
	htmlPages, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range readFiles(f, htmlPages) {
		f.Add(p)
	}
	for _, s := range []string{
		"", "\x00", "\xff\xfe", "“", `"`, "Baca juga:", "Jakarta (ANTARA) -", "KONTAN.CO.ID - .",
		"Senin, 31 Februari 2023 | 25:00 WIB\nJudul Yang Cukup Panjang Sekali\n\nKalimat pertama yang cukup panjang untuk menjadi sebuah paragraf cerita.",
		"Prof. Dr. H. S.H. M.Si. a.n. . . . “ ” ‘ ’ \" ' … ! ? :",
		"<html><head><script type=\"application/ld+json\">{\"datePublished\": [\"x\"]}</script></head><body><pre>",
		"<p>a</p><p>b</p><p>c</p><table><td><td><h1></h1>",
	} {
		f.Add([]byte(s))
	}
	x, err := NewExtractor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		art, err := x.Extract(diplograph.Document{Source: "fuzz", Text: text})
		if errors.Is(err, ErrInternal) {
			t.Fatal(err)
		}
		if err != nil {
			return
		}
		if len(art.ID) != 32 {
			t.Errorf("id %q", art.ID)
		}
		if p := string(art.Published); p != "" {
			if _, err := time.Parse(time.RFC3339, p); err != nil {
				if _, err := time.Parse(time.DateOnly, p); err != nil {
					t.Errorf("published %q is neither RFC 3339 nor a date", p)
				}
			}
		}
		if _, err := json.Marshal(art); err != nil {
			t.Errorf("article does not encode: %v", err)
		}
		checkReferences(t, art)
	})
}

// checkReferences fails t when a statement or an event names an actor that
// is not among the article's actors: the graph would link it to nothing.
func checkReferences(t *testing.T, art diplograph.Article) {
	t.Helper()
	ids := map[string]bool{}
	for _, a := range art.Actors {
		ids[a.ID] = true
	}
	for _, s := range art.Statements {
		if s.Speaker != "" && !ids[string(s.Speaker)] {
			t.Errorf("%s: statement %q is spoken by %s, not an actor of the article", art.Source, s.Text, s.Speaker)
		}
		for _, id := range s.About {
			if !ids[id] {
				t.Errorf("%s: statement %q is about %s, not an actor of the article", art.Source, s.Text, id)
			}
		}
	}
	for _, e := range art.Events {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("%s: event %s -> %s (%s) names an actor that is not one of the article's", art.Source, e.Source, e.Target, e.Evidence)
		}
	}
}
