package diplograph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Extractor turns a news page into an Article; *nlp.Extractor is one. It
// must be safe for concurrent use.
type Extractor interface {
	Extract(doc Document) (Article, error)
}

// ArticleStore writes extractions idempotently; *graph.Writer is one. It
// must be safe for concurrent use. When the store cannot be reached, Write
// returns what it wrote so far with a *NotWrittenError naming the rest.
type ArticleStore interface {
	Write(ctx context.Context, articles []Article) (WriteReport, error)
}

// Outcome is what writing did with one article.
type Outcome int

// The outcomes of writing an article.
const (
	// New: the article was not in the graph and now is.
	New Outcome = iota + 1
	// Unchanged: the same page, extracted the same way (Article.Digest),
	// was already in the graph; nothing changed.
	Unchanged
	// Reextracted: the same page was in the graph as another build
	// extracted it (another Article.Digest, or none from before digests
	// were kept); what it reported was replaced by this extraction.
	Reextracted
	// Replaced: an older version from the same URL was replaced by this one.
	Replaced
	// Failed: nothing of the article was written; the result's Err says why.
	Failed
)

// String is the outcome's name as reports and the API spell it.
func (o Outcome) String() string {
	switch o {
	case New:
		return "new"
	case Unchanged:
		return "unchanged"
	case Reextracted:
		return "re-extracted"
	case Replaced:
		return "replaced"
	case Failed:
		return "failed"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// ArticleResult is what a store did with one article.
type ArticleResult struct {
	ID string
	// Name is the article's Name.
	Name    string
	Outcome Outcome
	// Err says why a Failed article was not written.
	Err error
}

// Counters are the store's update counters summed over a write.
type Counters struct {
	NodesCreated, NodesDeleted                 int
	RelationshipsCreated, RelationshipsDeleted int
}

// Add adds o to c.
func (c *Counters) Add(o Counters) {
	c.NodesCreated += o.NodesCreated
	c.NodesDeleted += o.NodesDeleted
	c.RelationshipsCreated += o.RelationshipsCreated
	c.RelationshipsDeleted += o.RelationshipsDeleted
}

// WriteReport is what one ArticleStore.Write did.
type WriteReport struct {
	// Articles holds one result per article written or refused.
	Articles []ArticleResult
	Counters
}

// Count returns how many articles had outcome o.
func (r WriteReport) Count(o Outcome) int {
	n := 0
	for _, a := range r.Articles {
		if a.Outcome == o {
			n++
		}
	}
	return n
}

// NotWrittenError says which articles were not written because the store
// stayed unreachable or the work was stopped. None of them is partly
// written: running the same ingest again completes them.
type NotWrittenError struct {
	// Articles are the names of the articles read but not written.
	Articles []string
	// Unread counts the articles the input still held when the ingest
	// stopped, from FirstUnread on; the reader of the input sets them.
	Unread      int
	FirstUnread string
	Err         error
}

// Count is the number of articles not written, read or not.
func (e *NotWrittenError) Count() int { return len(e.Articles) + e.Unread }

func (e *NotWrittenError) Error() string {
	const shown = 10
	names := e.Articles
	more := ""
	if len(names) > shown {
		more = fmt.Sprintf(" and %d more", len(names)-shown)
		names = names[:shown]
	}
	read := fmt.Sprintf("%d read (%s%s)", len(e.Articles), strings.Join(names, ", "), more)
	if e.Unread == 0 {
		return fmt.Sprintf("%d article(s) not written: %s: %v", e.Count(), read, e.Err)
	}
	return fmt.Sprintf("%d article(s) not written: %s and %d not read yet, from %s on: %v", e.Count(), read, e.Unread, e.FirstUnread, e.Err)
}

func (e *NotWrittenError) Unwrap() error { return e.Err }

// Page is one input of an ingest: a document, or why it could not be read.
type Page struct {
	// Name names the page in reports: its path, path:line or label.
	Name string
	Doc  Document
	Err  error
}

// PageResult is what an ingest did with one page.
type PageResult struct {
	// Seq is the page's position in the input, from 0.
	Seq  int
	Name string
	// ID is the article's id; empty when extraction failed.
	ID      string
	Outcome Outcome
	// Err says why a Failed page failed.
	Err error
	// Warnings say what extraction repaired or dropped (Article.Warnings).
	Warnings                   []string
	Actors, Statements, Events int
}

// IngestSummary counts what an ingest did.
type IngestSummary struct {
	New, Unchanged, Reextracted, Replaced, Failed int
	// FailedPages names the pages that failed, in the order they failed.
	FailedPages []string
	// WarnedPages names the pages written with warnings (PageResult.Warnings).
	WarnedPages []string
	Counters
}

// Done is the number of pages with a known outcome.
func (s IngestSummary) Done() int { return s.New + s.Unchanged + s.Reextracted + s.Replaced + s.Failed }

// Ingester is the one way pages get into the graph, for `diplograph ingest`
// and for POST /api/v1/articles alike: pages are extracted on Workers
// goroutines and written in transactions of BatchSize articles on Writers
// goroutines. Channels are bounded, so memory stays flat however long the
// input: a batch per writer, a batch being gathered and a few pages per
// worker are held.
type Ingester struct {
	Extractor Extractor
	Store     ArticleStore
	// Workers, Writers and BatchSize are at least 1.
	Workers, Writers, BatchSize int
}

// ErrSomeFailed is wrapped by the error of an ingest that wrote what it
// could but some of whose pages failed; the others are in the graph.
var ErrSomeFailed = errors.New("some articles failed")

// Ingest reads pages until the channel closes or ctx ends and returns what
// it did; each, when not nil, is called once per page as soon as its
// outcome is known, one call at a time. A page that cannot be read,
// extracted or written is counted as failed and the others go on: the error
// then wraps ErrSomeFailed and names them. When the store stays unreachable
// or ctx ends, Ingest stops reading and its error holds a *NotWrittenError
// naming every article not written; running the same ingest again
// completes the work.
func (in *Ingester) Ingest(ctx context.Context, pages <-chan Page, each func(PageResult)) (IngestSummary, error) {
	if in.Workers < 1 || in.Writers < 1 || in.BatchSize < 1 {
		return IngestSummary{}, fmt.Errorf("ingest needs at least one worker, one writer and a batch of one, got %d, %d and %d",
			in.Workers, in.Writers, in.BatchSize)
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	run := &ingestRun{in: in, each: each, stop: stop}
	results := run.extract(ctx, pages)
	jobs := make(chan []extracted)
	var writing sync.WaitGroup
	for range in.Writers {
		writing.Go(func() {
			for batch := range jobs {
				run.write(ctx, batch)
			}
		})
	}
	pending := make([]extracted, 0, in.BatchSize)
	for r := range results {
		switch {
		case r.err != nil:
			run.report(PageResult{Seq: r.seq, Name: r.name, Outcome: Failed, Err: r.err})
		case ctx.Err() != nil:
			run.lost.add(&NotWrittenError{Articles: []string{r.name}, Err: ctx.Err()})
		default:
			if pending = append(pending, r); len(pending) == in.BatchSize {
				run.dispatch(ctx, jobs, pending)
				pending = make([]extracted, 0, in.BatchSize)
			}
		}
	}
	run.dispatch(ctx, jobs, pending)
	close(jobs)
	writing.Wait()
	return run.finish(ctx)
}

// extracted is one page after extraction, or why it could not be.
type extracted struct {
	seq  int
	name string
	art  Article
	err  error
}

// ingestRun is the state one Ingest call shares among its goroutines.
type ingestRun struct {
	in    *Ingester
	each  func(PageResult)
	stop  context.CancelFunc
	lost  notWritten
	guard inFlight

	mu      sync.Mutex
	summary IngestSummary
}

// extract numbers the pages and extracts them on the workers.
func (r *ingestRun) extract(ctx context.Context, pages <-chan Page) <-chan extracted {
	type numbered struct {
		seq  int
		page Page
	}
	todo := make(chan numbered, 2*r.in.Workers)
	go func() {
		defer close(todo)
		for seq := 0; ; seq++ {
			var p Page
			select {
			case next, ok := <-pages:
				if !ok {
					return
				}
				p = next
			case <-ctx.Done():
				return
			}
			select {
			case todo <- numbered{seq, p}:
			case <-ctx.Done():
				// Taken from the input, so counted here: the reader
				// counts only what it did not hand over.
				r.lost.add(&NotWrittenError{Articles: []string{p.Name}, Err: ctx.Err()})
				return
			}
		}
	}()
	out := make(chan extracted, r.in.BatchSize)
	var workers sync.WaitGroup
	for range r.in.Workers {
		workers.Go(func() {
			for t := range todo {
				e := extracted{seq: t.seq, name: t.page.Name, err: t.page.Err}
				if e.err == nil {
					e.art, e.err = r.in.Extractor.Extract(t.page.Doc)
				}
				out <- e
			}
		})
	}
	go func() { workers.Wait(); close(out) }()
	return out
}

// dispatch hands a batch to a free writer, in input order, once no batch in
// flight holds the same article or URL: a later version of a page must find
// the earlier one committed.
func (r *ingestRun) dispatch(ctx context.Context, jobs chan<- []extracted, batch []extracted) {
	if len(batch) == 0 {
		return
	}
	if r.guard.acquire(ctx, batch) {
		select {
		case jobs <- batch:
			return
		case <-ctx.Done():
			r.guard.release(batch)
		}
	}
	r.lost.add(&NotWrittenError{Articles: names(batch), Err: ctx.Err()})
}

// write writes one batch and reports each of its pages. When the store is
// gone, it stops the whole ingest: nothing more can be written.
func (r *ingestRun) write(ctx context.Context, batch []extracted) {
	arts := make([]Article, len(batch))
	for i, e := range batch {
		arts[i] = e.art
	}
	rep, err := r.in.Store.Write(ctx, arts)
	r.guard.release(batch)
	// Results come back by article; two pages with the same id are
	// matched to them in input order.
	byID := map[string][]extracted{}
	for _, e := range batch {
		byID[e.art.ID] = append(byID[e.art.ID], e)
	}
	for _, a := range rep.Articles {
		queue := byID[a.ID]
		if len(queue) == 0 {
			continue
		}
		e := queue[0]
		byID[a.ID] = queue[1:]
		r.report(PageResult{Seq: e.seq, Name: e.name, ID: a.ID, Outcome: a.Outcome, Err: a.Err, Warnings: e.art.Warnings,
			Actors: len(e.art.Actors), Statements: len(e.art.Statements), Events: len(e.art.Events)})
	}
	r.mu.Lock()
	r.summary.Counters.Add(rep.Counters)
	r.mu.Unlock()
	if err != nil {
		r.lost.add(err)
		r.stop()
	}
}

// report counts one page's outcome and passes it to Progress.
func (r *ingestRun) report(p PageResult) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch p.Outcome {
	case New:
		r.summary.New++
	case Unchanged:
		r.summary.Unchanged++
	case Reextracted:
		r.summary.Reextracted++
	case Replaced:
		r.summary.Replaced++
	default:
		r.summary.Failed++
		r.summary.FailedPages = append(r.summary.FailedPages, p.Name)
	}
	if len(p.Warnings) > 0 && p.Outcome != Failed {
		r.summary.WarnedPages = append(r.summary.WarnedPages, p.Name)
	}
	if r.each != nil {
		r.each(p)
	}
}

// finish says how the ingest ended.
func (r *ingestRun) finish(ctx context.Context) (IngestSummary, error) {
	r.mu.Lock()
	summary := r.summary
	r.mu.Unlock()
	switch nw := r.lost.err(); {
	case nw != nil:
		return summary, fmt.Errorf("ingest stopped, run the same command again to complete it: %w", nw)
	case ctx.Err() != nil:
		return summary, fmt.Errorf("ingest interrupted, run the same command again to complete it: %w", ctx.Err())
	case summary.Failed > 0:
		return summary, fmt.Errorf("%w: %d article(s): %s", ErrSomeFailed, summary.Failed, strings.Join(summary.FailedPages, ", "))
	}
	return summary, nil
}

// notWritten gathers the articles that could not be written, from every
// writer, behind the first cause.
type notWritten struct {
	mu  sync.Mutex
	all *NotWrittenError
}

func (n *notWritten) add(err error) {
	var nw *NotWrittenError
	if !errors.As(err, &nw) {
		nw = &NotWrittenError{Err: err}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.all == nil {
		n.all = &NotWrittenError{Err: nw.Err}
	}
	n.all.Articles = append(n.all.Articles, nw.Articles...)
}

// err returns the gathered error, or nil when everything was written.
func (n *notWritten) err() *NotWrittenError {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.all
}

// inFlight tracks the article ids and URLs of the batches being written.
type inFlight struct {
	mu   sync.Mutex
	busy map[string]chan struct{}
}

func keys(batch []extracted) []string {
	ks := make([]string, 0, 2*len(batch))
	for _, e := range batch {
		ks = append(ks, "id:"+e.art.ID)
		if e.art.URL != "" {
			ks = append(ks, "url:"+e.art.URL)
		}
	}
	return ks
}

// acquire waits until no batch in flight shares an id or URL with batch,
// then marks batch in flight. It reports false if ctx ends first.
func (f *inFlight) acquire(ctx context.Context, batch []extracted) bool {
	ks := keys(batch)
	for {
		f.mu.Lock()
		var wait chan struct{}
		for _, k := range ks {
			if ch, ok := f.busy[k]; ok {
				wait = ch
				break
			}
		}
		if wait == nil {
			if f.busy == nil {
				f.busy = map[string]chan struct{}{}
			}
			done := make(chan struct{})
			for _, k := range ks {
				f.busy[k] = done
			}
			f.mu.Unlock()
			return true
		}
		f.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return false
		}
	}
}

// release marks batch as no longer in flight and wakes whoever waits on it.
func (f *inFlight) release(batch []extracted) {
	f.mu.Lock()
	defer f.mu.Unlock()
	closed := map[chan struct{}]bool{}
	for _, k := range keys(batch) {
		if ch, ok := f.busy[k]; ok {
			delete(f.busy, k)
			if !closed[ch] {
				close(ch)
				closed[ch] = true
			}
		}
	}
}

func names(batch []extracted) []string {
	ns := make([]string, len(batch))
	for i, e := range batch {
		ns[i] = e.name
	}
	return ns
}
