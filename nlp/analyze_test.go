package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph"
)

// analyzed is one page run through the analysis.
type analyzed = analysis

// analyzeText analyzes a page made of a title, a publication date ("" for
// none) and body paragraphs, segmented as the pipeline segments them.
func analyzeText(t testing.TB, title, published string, paras ...string) analyzed {
	t.Helper()
	return analyzePage(t, page{Title: title, Published: published, Paragraphs: paras})
}

// analyzePage segments and analyzes a cleaned page, as Extract does.
func analyzePage(t testing.TB, p page) analyzed {
	t.Helper()
	x := newTestExtractor(t)
	seg := x.rules.segment.segment(p.Title, p.Paragraphs, maxAnalyzedSentences)
	return x.analyze(p, &seg, articleID(p.Paragraphs), false)
}

func (r analyzed) actor(id string) (diplograph.Actor, bool) {
	for _, a := range r.actors {
		if a.ID == id {
			return a, true
		}
	}
	return diplograph.Actor{}, false
}

func (r analyzed) ids() []string {
	var out []string
	for _, a := range r.actors {
		out = append(out, a.ID)
	}
	return out
}

// wantActors fails t unless every actor of found is among the page's
// actors and none of absent is.
func (r analyzed) wantActors(t *testing.T, found, absent []string) {
	t.Helper()
	for _, id := range found {
		if _, ok := r.actor(id); !ok {
			t.Errorf("no %s among %v", id, r.ids())
		}
	}
	for _, id := range absent {
		if _, ok := r.actor(id); ok {
			t.Errorf("%s found among %v", id, r.ids())
		}
	}
}

// hasEvent says whether an event source -> target with the code's root is there.
func (r analyzed) hasEvent(src, tgt, root string) (diplograph.Event, bool) {
	for _, e := range r.events {
		if e.Source == src && e.Target == tgt && e.Root == root {
			return e, true
		}
	}
	return diplograph.Event{}, false
}

func TestAnalyzeOutputIsCompleteAndStable(t *testing.T) {
	paras := []string{
		"Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Pyongyang pada Rabu (18/10).",
		"\"Kerja sama kami akan terus tumbuh,\" kata Lavrov kepada wartawan.",
	}
	first := analyzeText(t, "Lavrov Temui Choe", "2023-10-19T10:00:00+07:00", paras...)
	second := analyzeText(t, "Lavrov Temui Choe", "2023-10-19T10:00:00+07:00", paras...)
	if len(first.events) == 0 || len(first.statements) == 0 {
		t.Fatalf("expected events and statements, got %+v", first)
	}
	for i := range first.events {
		if first.events[i] != second.events[i] {
			t.Errorf("event %d differs between runs: %+v vs %+v", i, first.events[i], second.events[i])
		}
	}
	for _, a := range first.actors {
		if a.ID == "" || a.Name == "" || a.Type == "" || a.Mentions == 0 || a.Aliases == nil || a.Roles == nil {
			t.Errorf("incomplete actor %+v", a)
		}
	}
	for _, e := range first.events {
		if len(e.ID) != 32 || e.Evidence == "" || e.Confidence <= 0 || e.Confidence > 1 || e.QuadClass < 1 || e.QuadClass > 4 {
			t.Errorf("incomplete event %+v", e)
		}
	}
}

func TestAnnotatorIsSafeForConcurrentUse(t *testing.T) {
	para := "Presiden Korea Selatan Yoon Suk Yeol mengkritik Korea Utara pada Senin (5/6)."
	want := analyzeText(t, "", "2023-06-06", para)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := analyzeText(t, "", "2023-06-06", para)
			if len(got.events) != len(want.events) || len(got.actors) != len(want.actors) {
				t.Errorf("concurrent run differs: %v vs %v", got.ids(), want.ids())
			}
		}()
	}
	wg.Wait()
}

// BenchmarkAnalyze measures the analysis alone (actors, statements,
// events) on the sample pages, cleaned and segmented beforehand.
func BenchmarkAnalyze(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "samples", "*.txt"))
	if len(files) == 0 {
		b.Skip("no sample pages in ../samples")
	}
	type input struct {
		p   page
		seg segmented
	}
	x := newTestExtractor(b)
	var inputs []input
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		p := x.rules.clean.cleanPage(string(raw))
		inputs = append(inputs, input{p, x.rules.segment.segment(p.Title, p.Paragraphs, maxAnalyzedSentences)})
	}
	b.ReportAllocs()
	n := 0
	cpu := cpuTime(b)
	for b.Loop() {
		in := &inputs[n%len(inputs)]
		x.analyze(in.p, &in.seg, "", false)
		n++
	}
	reportRates(b, n, cpuTime(b)-cpu)
}

// FuzzAnalyze feeds the analysis arbitrary paragraphs and checks that what
// it returns holds together: every speaker, source, target and About is an
// actor of the article, and no event joins an actor to itself.
func FuzzAnalyze(f *testing.F) {
	f.Add("Korea Utara mengecam AS.\n\"Kami menolak,\" kata Kim Jong Un pada Rabu (11/8).", "2021-08-12")
	f.Add("Menteri Luar Negeri Korea Selatan Park Jin, berkata:\n“Kerja sama antara Jepang dan Korea", "")
	f.Add("Kementerian Luar Negeri mengatakan \"\" ' '' Kementerian Kementerian, kata Kementerian", "2023-02-30")
	f.Add("Sang menteri, yang , mengatakan bahwa keduanya dan kedua negara tersebut Ia (1/1/1) (31/12) Sabtu", "2024-01-01")
	f.Fuzz(func(t *testing.T, text, published string) {
		r := analyzeText(t, "", published, strings.Split(text, "\n")...)
		ids := map[string]bool{}
		for _, a := range r.actors {
			ids[a.ID] = true
		}
		for _, s := range r.statements {
			if s.Speaker != "" && !ids[string(s.Speaker)] {
				t.Fatalf("speaker %s is no actor", s.Speaker)
			}
			for _, id := range s.About {
				if !ids[id] {
					t.Fatalf("about %s is no actor", id)
				}
			}
		}
		for _, e := range r.events {
			if !ids[e.Source] || !ids[e.Target] || e.Source == e.Target {
				t.Fatalf("event %s -> %s", e.Source, e.Target)
			}
		}
	})
}
