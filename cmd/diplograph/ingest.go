package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/migrations"
	"github.com/diplograph/diplograph/nlp"
)

const ingestUsage = `usage: diplograph ingest [flags] PATH...

Extracts every page PATH names and writes the extractions into Neo4j.
A PATH is a page (*.txt or any other file), a JSON Lines file (*.jsonl,
one {"url", "title", "published", "outlet", "text"} object a line), a
directory (read recursively, its *.txt and *.jsonl files), or - for one page
on stdin. Re-running the same command changes nothing that is already in
the graph, so an interrupted ingest completes by running it again.`

// runIngest is the ingest subcommand.
func runIngest(ctx context.Context, args []string, io stdio) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() {
		fmt.Fprintln(io.err, ingestUsage)
		fs.PrintDefaults()
	}
	config := neo4jFlags(fs, io.getenv)
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "pages extracted at once")
	writers := fs.Int("writers", 2, "write transactions at once (Neo4j runs each on one thread)")
	batch := fs.String("batch", envOr(io.getenv, "DIPLOGRAPH_BATCH_SIZE", "200"), "articles per write transaction (DIPLOGRAPH_BATCH_SIZE)")
	retry := fs.String("retry-time", envOr(io.getenv, "DIPLOGRAPH_RETRY_TIME", "60s"), "how long to keep retrying while Neo4j is unreachable (DIPLOGRAPH_RETRY_TIME)")
	every := fs.Duration("log-every", 10*time.Second, "progress log interval when stderr is not a terminal")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: ingest needs at least one PATH (or - for stdin)", errUsage)
	}
	if *workers < 1 || *writers < 1 {
		return fmt.Errorf("%w: -j and -writers must be at least 1", errUsage)
	}
	var opts graph.WriteOptions
	var err error
	if opts.BatchSize, err = strconv.Atoi(*batch); err != nil || opts.BatchSize < 1 {
		return fmt.Errorf("DIPLOGRAPH_BATCH_SIZE %q is not a whole number of at least 1", *batch)
	}
	if opts.RetryTime, err = time.ParseDuration(*retry); err != nil || opts.RetryTime < 0 {
		return fmt.Errorf("DIPLOGRAPH_RETRY_TIME %q is not a duration such as 60s", *retry)
	}
	cfg, err := config()
	if err != nil {
		return err
	}

	x, err := nlp.NewExtractor()
	if err != nil {
		return err
	}
	dict, err := nlp.LoadDictionary()
	if err != nil {
		return err
	}
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	if err := requireMigrated(ctx, db); err != nil {
		return err
	}
	w, err := graph.NewWriter(db, opts)
	if err != nil {
		return err
	}
	dictCounters, err := w.WriteDictionary(ctx, dict)
	if err != nil {
		return err
	}

	prog := newProgress(io.err, *every)
	prog.counters.Add(dictCounters)
	go prog.countInputs(ctx, fs.Args())
	stopDisplay := prog.display()
	err = ingestAll(ctx, x, w, fs.Args(), *workers, *writers, opts.BatchSize, io, prog)
	stopDisplay()
	prog.summary(io.out)
	return err
}

// requireMigrated refuses to write into a graph without the schema: without
// its uniqueness constraints, concurrent ingests would create twins.
func requireMigrated(ctx context.Context, db *graph.DB) error {
	states, err := db.MigrationStatus(ctx, migrations.Files)
	if err != nil {
		return fmt.Errorf("checking the schema: %w", err)
	}
	for _, s := range states {
		if !s.Applied {
			return fmt.Errorf("the graph lacks schema migration %s: run `diplograph migrate` first", s.File)
		}
	}
	return nil
}

// extracted is one page after extraction, or why it could not be.
type extracted struct {
	name string
	art  nlp.Article
	err  error
}

// ingestAll reads the inputs on one goroutine, extracts on workers, and
// writes batches on writers goroutines. Channels are bounded, so memory
// stays flat however large the input: a batch per writer, a batch being
// gathered and a few pages per worker are held.
func ingestAll(ctx context.Context, x *nlp.Extractor, w *graph.Writer, inputs []string, workers, writers, batch int, io stdio, prog *progress) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	docs := make(chan source, 2*workers)
	results := make(chan extracted, batch)
	go func() {
		defer close(docs)
		readInputs(ctx, inputs, io.in, docs)
	}()
	var extractors sync.WaitGroup
	for range workers {
		extractors.Add(1)
		go func() {
			defer extractors.Done()
			for d := range docs {
				r := extracted{name: d.name, err: d.err}
				if r.err == nil {
					r.art, r.err = x.Extract(d.doc)
				}
				results <- r
			}
		}()
	}
	go func() { extractors.Wait(); close(results) }()

	var lost notWritten
	var guard inFlight
	jobs := make(chan []nlp.Article)
	var writing sync.WaitGroup
	for range writers {
		writing.Add(1)
		go func() {
			defer writing.Done()
			for arts := range jobs {
				rep, err := w.Write(ctx, arts)
				guard.release(arts)
				prog.add(rep)
				for _, a := range rep.Articles {
					if a.Outcome == graph.Failed {
						prog.logf("diplograph ingest: %s: %v", a.Name, a.Err)
					}
				}
				if err != nil {
					lost.add(err)
					stop() // nothing more can be written: stop reading and extracting
				}
			}
		}()
	}
	// dispatch hands a batch to a free writer, in input order, once no batch
	// in flight holds the same article or URL: a later version of a page must
	// find the earlier one committed.
	dispatch := func(arts []nlp.Article) {
		if len(arts) == 0 {
			return
		}
		if guard.acquire(ctx, arts) {
			select {
			case jobs <- arts:
				return
			case <-ctx.Done():
				guard.release(arts)
			}
		}
		lost.add(&graph.NotWrittenError{Articles: names(arts), Err: ctx.Err()})
	}

	pending := make([]nlp.Article, 0, batch)
	for r := range results {
		switch {
		case r.err != nil && ctx.Err() == nil:
			prog.fail(r.name)
			prog.logf("diplograph ingest: %s: %v", r.name, r.err)
		case r.err != nil:
		case ctx.Err() != nil:
			lost.add(&graph.NotWrittenError{Articles: []string{graph.ArticleName(r.art)}, Err: ctx.Err()})
		default:
			if pending = append(pending, r.art); len(pending) == batch {
				dispatch(pending)
				pending = make([]nlp.Article, 0, batch)
			}
		}
	}
	dispatch(pending)
	close(jobs)
	writing.Wait()

	notWritten := lost.err()
	switch {
	case notWritten != nil:
		return fmt.Errorf("ingest stopped, run the same command again to complete it: %w", notWritten)
	case ctx.Err() != nil:
		return fmt.Errorf("ingest interrupted, run the same command again to complete it: %w", ctx.Err())
	}
	if failed := prog.failedNames(); len(failed) > 0 {
		return fmt.Errorf("%d article(s) failed: %s", len(failed), strings.Join(failed, ", "))
	}
	return nil
}

// notWritten gathers the articles that could not be written, from every
// writer, behind the first cause.
type notWritten struct {
	mu  sync.Mutex
	all *graph.NotWrittenError
}

func (n *notWritten) add(err error) {
	var nw *graph.NotWrittenError
	if !errors.As(err, &nw) {
		nw = &graph.NotWrittenError{Err: err}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.all == nil {
		n.all = &graph.NotWrittenError{Err: nw.Err}
	}
	n.all.Articles = append(n.all.Articles, nw.Articles...)
}

// err returns the gathered error, or nil when everything was written.
func (n *notWritten) err() *graph.NotWrittenError {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.all
}

// inFlight tracks the article ids and URLs of the batches being written.
type inFlight struct {
	mu   sync.Mutex
	busy map[string]chan struct{}
}

func keys(arts []nlp.Article) []string {
	ks := make([]string, 0, 2*len(arts))
	for _, a := range arts {
		ks = append(ks, "id:"+a.ID)
		if a.URL != "" {
			ks = append(ks, "url:"+a.URL)
		}
	}
	return ks
}

// acquire waits until no batch in flight shares an id or URL with arts,
// then marks arts in flight. It reports false if ctx ends first.
func (f *inFlight) acquire(ctx context.Context, arts []nlp.Article) bool {
	ks := keys(arts)
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

// release marks arts as no longer in flight and wakes whoever waits on them.
func (f *inFlight) release(arts []nlp.Article) {
	f.mu.Lock()
	defer f.mu.Unlock()
	closed := map[chan struct{}]bool{}
	for _, k := range keys(arts) {
		if ch, ok := f.busy[k]; ok {
			delete(f.busy, k)
			if !closed[ch] {
				close(ch)
				closed[ch] = true
			}
		}
	}
}

func names(arts []nlp.Article) []string {
	ns := make([]string, len(arts))
	for i, a := range arts {
		ns[i] = graph.ArticleName(a)
	}
	return ns
}
