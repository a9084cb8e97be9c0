package diplograph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeExtractor makes an article whose id and URL are the page's text, and
// fails on pages whose text starts with "bad".
type fakeExtractor struct{}

func (fakeExtractor) Extract(doc Document) (Article, error) {
	text := string(doc.Text)
	if strings.HasPrefix(text, "bad") {
		return Article{}, errors.New("no article body found")
	}
	id, url, _ := strings.Cut(text, "@")
	return Article{Source: doc.Source, ID: id, URL: url, Actors: make([]Actor, 2)}, nil
}

// fakeStore keeps the ids it was given: a known id is Unchanged. After
// downAfter batches it answers as a store that went away.
type fakeStore struct {
	mu        sync.Mutex
	seen      map[string]bool
	batches   [][]string
	downAfter int
}

func (s *fakeStore) Write(ctx context.Context, arts []Article) (WriteReport, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.downAfter > 0 && len(s.batches) >= s.downAfter {
		names := make([]string, len(arts))
		for i, a := range arts {
			names[i] = a.Name()
		}
		return WriteReport{}, &NotWrittenError{Articles: names, Err: errors.New("connection refused")}
	}
	var rep WriteReport
	var ids []string
	for _, a := range arts {
		o := New
		if s.seen[a.ID] {
			o = Unchanged
		}
		s.seen[a.ID] = true
		ids = append(ids, a.ID)
		rep.Articles = append(rep.Articles, ArticleResult{ID: a.ID, Name: a.Name(), Outcome: o})
		rep.NodesCreated++
	}
	s.batches = append(s.batches, ids)
	return rep, nil
}

func pagesOf(texts ...string) <-chan Page {
	ch := make(chan Page, len(texts))
	for i, t := range texts {
		name := fmt.Sprintf("p%d", i)
		if t == "unreadable" {
			ch <- Page{Name: name, Err: errors.New("permission denied")}
			continue
		}
		ch <- Page{Name: name, Doc: Document{Source: name, Text: []byte(t)}}
	}
	close(ch)
	return ch
}

func TestIngesterReportsEveryPageOnceWithItsPlace(t *testing.T) {
	store := &fakeStore{seen: map[string]bool{"old": true}}
	in := Ingester{Extractor: fakeExtractor{}, Store: store, Workers: 3, Writers: 2, BatchSize: 2}
	got := map[int]PageResult{}
	summary, err := in.Ingest(context.Background(), pagesOf("a", "bad page", "old", "unreadable", "b", "a"), func(r PageResult) {
		if _, twice := got[r.Seq]; twice {
			t.Errorf("page %d reported twice", r.Seq)
		}
		got[r.Seq] = r
	})
	if !errors.Is(err, ErrSomeFailed) || !strings.Contains(err.Error(), "p1") || !strings.Contains(err.Error(), "p3") {
		t.Fatalf("error %v: want ErrSomeFailed naming p1 and p3", err)
	}
	// Pages 0 and 5 are the same article: workers may finish them in
	// either order, so one of them is new and the other unchanged.
	if o0, o5 := got[0].Outcome, got[5].Outcome; !(o0 == New && o5 == Unchanged || o0 == Unchanged && o5 == New) {
		t.Errorf("the same article twice: %v and %v, want one new and one unchanged", o0, o5)
	}
	want := map[int]Outcome{1: Failed, 2: Unchanged, 3: Failed, 4: New}
	for seq, o := range want {
		r := got[seq]
		if r.Outcome != o || r.Name != fmt.Sprintf("p%d", seq) {
			t.Errorf("page %d: %+v, want outcome %v", seq, r, o)
		}
	}
	for _, seq := range []int{0, 2, 4, 5} {
		if got[seq].Actors != 2 {
			t.Errorf("page %d: %d actors reported, want 2", seq, got[seq].Actors)
		}
	}
	if summary.New != 2 || summary.Unchanged != 2 || summary.Failed != 2 || summary.NodesCreated != 4 {
		t.Errorf("summary %+v", summary)
	}
}

func TestIngesterStopsWhenTheStoreIsGoneAndNamesWhatWasNotWritten(t *testing.T) {
	store := &fakeStore{seen: map[string]bool{}, downAfter: 1}
	in := Ingester{Extractor: fakeExtractor{}, Store: store, Workers: 1, Writers: 1, BatchSize: 2}
	var texts []string
	for i := range 8 {
		texts = append(texts, fmt.Sprintf("a%d", i))
	}
	summary, err := in.Ingest(context.Background(), pagesOf(texts...), nil)
	var nw *NotWrittenError
	if !errors.As(err, &nw) {
		t.Fatalf("error %v: want a NotWrittenError", err)
	}
	if summary.New != 2 {
		t.Errorf("summary %+v: the first batch was written", summary)
	}
	for _, name := range nw.Articles {
		if name == "p0" || name == "p1" {
			t.Errorf("%s was written but is named as not written", name)
		}
	}
	if !slices.Contains(nw.Articles, "p2") || !slices.Contains(nw.Articles, "p3") {
		t.Errorf("the batch refused by the store is not named: %v", nw.Articles)
	}
}

func TestIngesterNeedsWorkersWritersAndBatches(t *testing.T) {
	in := Ingester{Extractor: fakeExtractor{}, Store: &fakeStore{}, Workers: 1, Writers: 0, BatchSize: 1}
	if _, err := in.Ingest(context.Background(), pagesOf("a"), nil); err == nil {
		t.Fatal("an ingester without writers ran")
	}
}

func batchOf(pairs ...string) []extracted {
	var b []extracted
	for _, p := range pairs {
		id, url, _ := strings.Cut(p, "@")
		b = append(b, extracted{name: id, art: Article{ID: id, URL: url}})
	}
	return b
}

func TestBatchWithAURLInFlightWaitsForIt(t *testing.T) {
	var f inFlight
	ctx := context.Background()
	v1 := batchOf("a1@https://x.example/1", "b1@https://x.example/2")
	v2 := batchOf("a2@https://x.example/1")
	other := batchOf("c1@https://x.example/3")
	if !f.acquire(ctx, v1) || !f.acquire(ctx, other) {
		t.Fatal("batches without common pages should not wait")
	}
	got := make(chan bool)
	go func() { got <- f.acquire(ctx, v2) }()
	select {
	case <-got:
		t.Fatal("a second version went in while the first was in flight")
	case <-time.After(50 * time.Millisecond):
	}
	f.release(v1)
	if !<-got {
		t.Fatal("acquire failed after release")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if f.acquire(cancelled, v2) {
		t.Fatal("acquire of a page in flight succeeded on an ended context")
	}
}

func TestArticleNameFallsBackFromSourceToID(t *testing.T) {
	for _, c := range []struct {
		a    Article
		want string
	}{
		{Article{Source: "a.txt", URL: "https://x.example/1", ID: "1"}, "a.txt"},
		{Article{URL: "https://x.example/1", Title: "T", ID: "1"}, "https://x.example/1"},
		{Article{Title: "T", ID: "1"}, "T"},
		{Article{ID: "1"}, "1"},
		{Article{}, "(unnamed article)"},
	} {
		if got := c.a.Name(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.a, got, c.want)
		}
	}
}

// TestIngesterAccountsForEveryPageItTakes stops an ingest, by the store
// going away and by cancellation, many times over: every page taken from
// the input must be reported or named as not written, never dropped, so
// that the reader can count the rest as not read.
func TestIngesterAccountsForEveryPageItTakes(t *testing.T) {
	for run := range 40 {
		store := &fakeStore{seen: map[string]bool{}, downAfter: 1 + run%3}
		in := Ingester{Extractor: fakeExtractor{}, Store: store, Workers: 3, Writers: 2, BatchSize: 2}
		ctx, cancel := context.WithCancel(context.Background())
		pages := make(chan Page)
		finished := make(chan struct{})
		taken := 0
		go func() {
			defer close(finished)
			for i := 0; ; i++ {
				text := fmt.Sprintf("a%d", i)
				if i%7 == 3 {
					text = "bad"
				}
				select {
				case pages <- Page{Name: fmt.Sprintf("p%d", i), Doc: Document{Text: []byte(text)}}:
					taken++
				case <-ctx.Done():
					return
				}
				if run%2 == 1 && i == 5+run {
					cancel()
				}
			}
		}()
		summary, err := in.Ingest(ctx, pages, nil)
		cancel()
		var nw *NotWrittenError
		if !errors.As(err, &nw) {
			t.Fatalf("run %d: error %v, want a NotWrittenError", run, err)
		}
		<-finished // the reader has returned: taken is final
		if got := summary.Done() + len(nw.Articles); got != taken {
			t.Errorf("run %d: %d pages taken, %d reported and %d not written", run, taken, summary.Done(), len(nw.Articles))
		}
	}
}
