package synth_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/synth"
	"github.com/diplograph/diplograph/nlp"
)

func generate(t testing.TB, n int, seed uint64) []byte {
	t.Helper()
	d, err := nlp.LoadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	g, err := synth.New(d, seed)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.Write(&buf, n); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSameSeedSameCorpus(t *testing.T) {
	a, b := generate(t, 300, 7), generate(t, 300, 7)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs with seed 7 differ")
	}
	if bytes.Equal(a, generate(t, 300, 8)) {
		t.Fatal("seeds 7 and 8 give the same corpus")
	}
}

var quoted = regexp.MustCompile(`"([^"]+),"`)

func TestCorpusLooksLikeNews(t *testing.T) {
	const n = 2000
	sc := bufio.NewScanner(bytes.NewReader(generate(t, n, 1)))
	sc.Buffer(nil, 1<<20)
	type telling struct{ outlet, event string }
	byQuote := map[string][]telling{}
	urls := map[string]int{}
	lines := 0
	for sc.Scan() {
		lines++
		var a synth.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %d: %v", lines, err)
		}
		if a.URL == "" || a.Title == "" || a.Outlet == "" {
			t.Fatalf("line %d lacks url, title or outlet: %+v", lines, a)
		}
		if size := len(a.Text); size < 1900 || size > 3300 {
			t.Errorf("line %d: text of %d bytes, want about 2-3 KB", lines, size)
		}
		pub, err := time.Parse(time.RFC3339, a.Published)
		if err != nil {
			t.Fatalf("line %d: published %q: %v", lines, a.Published, err)
		}
		if pub.Year() < 2015 || pub.Year() > 2027 {
			t.Errorf("line %d: published %s outside 2015-2026", lines, a.Published)
		}
		if urls[a.URL]++; urls[a.URL] > 1 {
			continue // an updated version, not another telling
		}
		m := quoted.FindStringSubmatch(a.Text)
		if m == nil {
			t.Fatalf("line %d has no quote:\n%s", lines, a.Text)
		}
		// An event: who did what to whom (the title up to its topic), on the
		// day the story names ("(26/10"), with the quote carried.
		who := strings.TrimPrefix(a.Title, "Memanas, ")
		for _, sep := range []string{" soal ", ", Singgung", " Terkait "} {
			who, _, _ = strings.Cut(who, sep)
		}
		key := who + regexp.MustCompile(`\(\d+/\d+`).FindString(a.Text) + m[1]
		byQuote[key] = append(byQuote[key], telling{a.Outlet, key})
	}
	if lines != n {
		t.Fatalf("%d lines, want %d", lines, n)
	}
	multi, outletsDiffer := 0, true
	for _, ts := range byQuote {
		if len(ts) > 1 {
			multi++
			seen := map[string]bool{}
			for _, x := range ts {
				outletsDiffer = outletsDiffer && !seen[x.outlet]
				seen[x.outlet] = true
			}
		}
	}
	// Most events are told by several outlets, each outlet once.
	if multi < len(byQuote)/3 {
		t.Errorf("only %d of %d events told by more than one outlet", multi, len(byQuote))
	}
	if !outletsDiffer {
		t.Errorf("an outlet told the same event twice")
	}
	updated := 0
	for _, c := range urls {
		if c > 1 {
			updated++
		}
	}
	if updated == 0 || updated > n/20 {
		t.Errorf("%d URLs carry an updated version, want a few", updated)
	}
}

func TestWordingDiffersAcrossOutlets(t *testing.T) {
	sc := bufio.NewScanner(bytes.NewReader(generate(t, 200, 3)))
	sc.Buffer(nil, 1<<20)
	leads := map[string]bool{}
	for sc.Scan() {
		var a synth.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		lead, _, _ := strings.Cut(a.Text, "\n")
		_, lead, _ = strings.Cut(lead, " - ") // past the dateline, which names the outlet
		leads[lead] = true
	}
	if len(leads) < 150 {
		t.Errorf("only %d distinct leads in 200 articles", len(leads))
	}
}

func BenchmarkGenerate(b *testing.B) {
	d, err := nlp.LoadDictionary()
	if err != nil {
		b.Fatal(err)
	}
	g, err := synth.New(d, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(2800)
	for b.Loop() {
		if err := g.Write(io.Discard, 1); err != nil {
			b.Fatal(err)
		}
	}
}
