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
A PATH is a page (*.txt or any other file), a JSON Lines file (*.jsonl,
one {"url", "title", "published", "outlet", "text"} object a line), a
directory (read recursively, its *.txt and *.jsonl files), or - for one page
on stdin. Re-running the same command changes nothing that is already in
the graph, so an interrupted ingest completes by running it again.

` + sidecarHelp

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
	published := publishedFlag(fs)
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
	if err := checkPublished(*published); err != nil {
		return fmt.Errorf("%w: -published: %v", errUsage, err)
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
	dictCounters, err := w.WriteDictionary(ctx, dict.Version, dict.KnownActors())
	if err != nil {
		return err
	}

	prog := newProgress(io.err, *every)
	go prog.countInputs(ctx, fs.Args())
	stopDisplay := prog.display()
	ingester := diplograph.Ingester{Extractor: x, Store: w, Workers: *workers, Writers: *writers, BatchSize: opts.BatchSize}
	summary, err := ingest(ctx, &ingester, fs.Args(), *published, io, prog.page)
	stopDisplay()
	summary.Counters.Add(dictCounters)
	prog.summary(io.out, summary)
	return err
}

// ingest feeds the pages the inputs name to the ingester, giving published
// to those without a date of their own. The reader stops when the ingester
// does, so that it never waits on a page nobody takes.
func ingest(ctx context.Context, ingester *diplograph.Ingester, inputs []string, published string, io stdio, each func(diplograph.PageResult)) (diplograph.IngestSummary, error) {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	pages := make(chan diplograph.Page)
	go func() {
		defer close(pages)
		readInputs(ctx, inputs, io.in, published, pages)
	}()
	return ingester.Ingest(ctx, pages, each)
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
