package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"runtime"
	"strconv"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/migrations"
	"github.com/diplograph/diplograph/nlp"
)

const ingestUsage = `usage: diplograph ingest [flags] PATH...

Extracts every page PATH names and writes the extractions into Neo4j.
A PATH is a page (text or HTML; *.txt or any other file), a JSON Lines file
(*.jsonl, one {"url", "title", "published", "outlet", "text"} object a
line), a directory (read recursively, its *.txt, *.html, *.htm and *.jsonl
files), or - for one page on stdin. Re-running the same command changes
nothing that is already in the graph, so an interrupted ingest completes by
running it again.

` + sidecarHelp

// ingestSettings are the ingest subcommand's flags, checked.
type ingestSettings struct {
	neo4j            graph.Config
	write            graph.WriteOptions
	workers, writers int
	every            time.Duration
	inputs           []string
	// published dates the pages given without a date of their own.
	published string
}

// ingestFlags reads the ingest subcommand's flags, naming a bad one.
func ingestFlags(args []string, io stdio) (ingestSettings, error) {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() {
		fmt.Fprintln(io.err, ingestUsage)
		fs.PrintDefaults()
	}
	config := neo4jFlags(fs, io.getenv)
	var s ingestSettings
	fs.IntVar(&s.workers, "j", runtime.GOMAXPROCS(0), "pages extracted at once")
	fs.IntVar(&s.writers, "writers", 1, "write transactions at once (Neo4j runs each on one thread; on 2 cores a second one mostly waits for the first's locks on the aggregates)")
	batch := fs.String("batch", envOr(io.getenv, "DIPLOGRAPH_BATCH_SIZE", "200"), "articles per write transaction (DIPLOGRAPH_BATCH_SIZE)")
	retry := fs.String("retry-time", envOr(io.getenv, "DIPLOGRAPH_RETRY_TIME", "60s"), "how long the driver retries a batch while Neo4j is unreachable or writers deadlock (DIPLOGRAPH_RETRY_TIME)")
	fs.DurationVar(&s.every, "log-every", 10*time.Second, "progress log interval when stderr is not a terminal")
	published := publishedFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return s, err
	}
	s.inputs = fs.Args()
	if len(s.inputs) == 0 {
		return s, fmt.Errorf("%w: ingest needs at least one PATH (or - for stdin)", errUsage)
	}
	if s.workers < 1 || s.writers < 1 {
		return s, fmt.Errorf("%w: -j and -writers must be at least 1", errUsage)
	}
	if err := checkPublished(*published); err != nil {
		return s, fmt.Errorf("%w: -published: %v", errUsage, err)
	}
	s.published = *published
	var err error
	if s.write.BatchSize, err = strconv.Atoi(*batch); err != nil || s.write.BatchSize < 1 {
		return s, fmt.Errorf("DIPLOGRAPH_BATCH_SIZE %q is not a whole number of at least 1", *batch)
	}
	retryTime, err := time.ParseDuration(*retry)
	if err != nil || retryTime <= 0 {
		return s, fmt.Errorf("DIPLOGRAPH_RETRY_TIME %q is not a positive duration such as 60s", *retry)
	}
	s.neo4j, err = config()
	s.neo4j.RetryTime = retryTime
	return s, err
}

// runIngest is the ingest subcommand.
func runIngest(ctx context.Context, args []string, io stdio) error {
	s, err := ingestFlags(args, io)
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
	db, err := graph.Open(ctx, s.neo4j)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	if err := requireMigrated(ctx, db); err != nil {
		return err
	}
	if err := requireAggregates(ctx, db); err != nil {
		return err
	}
	w, err := graph.NewWriter(db, s.write)
	if err != nil {
		return err
	}
	dictCounters, err := w.WriteDictionary(ctx, dict.Version, dict.KnownActors())
	if err != nil {
		return err
	}

	prog := newProgress(io.err, s.every)
	go prog.countInputs(ctx, s.inputs)
	stopDisplay := prog.display()
	ingester := diplograph.Ingester{Extractor: x, Store: w, Workers: s.workers, Writers: s.writers, BatchSize: s.write.BatchSize}
	summary, err := ingest(ctx, &ingester, s, io, prog.page)
	stopDisplay()
	summary.Counters.Add(dictCounters)
	var nw *diplograph.NotWrittenError
	errors.As(err, &nw)
	prog.summary(io.out, summary, nw)
	return err
}

// ingest feeds the pages the inputs name to the ingester, giving published
// to those without a date of their own. The reader stops when the ingester
// does, so that it never waits on a page nobody takes; what it did not hand
// over is counted into the error, as not written.
func ingest(ctx context.Context, ingester *diplograph.Ingester, s ingestSettings, io stdio, each func(diplograph.PageResult)) (diplograph.IngestSummary, error) {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	pages := make(chan diplograph.Page)
	type stopped struct {
		at  position
		yes bool
	}
	reader := make(chan stopped, 1)
	go func() {
		defer close(pages)
		at, yes := readInputs(ctx, s.inputs, io.in, s.published, pages)
		reader <- stopped{at, yes}
	}()
	summary, err := ingester.Ingest(ctx, pages, each)
	stop()
	if r := <-reader; r.yes {
		unread, first := countUnread(s.inputs, r.at)
		err = withUnread(err, unread, first)
	}
	return summary, err
}

// withUnread adds the pages never read to the error of an ingest that
// stopped, so that it counts every article not written.
func withUnread(err error, unread int, first string) error {
	if unread == 0 {
		return err
	}
	var nw *diplograph.NotWrittenError
	if errors.As(err, &nw) {
		nw.Unread, nw.FirstUnread = unread, first
		return err
	}
	cause := context.Canceled
	if err != nil {
		cause = err
	}
	return fmt.Errorf("ingest stopped, run the same command again to complete it: %w",
		&diplograph.NotWrittenError{Unread: unread, FirstUnread: first, Err: cause})
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
