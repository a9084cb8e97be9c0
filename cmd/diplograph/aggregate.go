package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/diplograph/diplograph/graph"
)

const aggregateUsage = `usage: diplograph aggregate --rebuild | --check [flags]

The aggregates (README, "Graph model") are kept by ingest in the same
transaction as the events they count. --rebuild counts them afresh from the
events and statements, for a graph loaded before they existed; run it with
no ingest going. --check recounts them without writing and lists what
differs from the stored ones (exit status 1 when anything does).`

// runAggregate is the aggregate subcommand.
func runAggregate(ctx context.Context, args []string, io stdio) error {
	fs := flag.NewFlagSet("aggregate", flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() {
		fmt.Fprintln(io.err, aggregateUsage)
		fs.PrintDefaults()
	}
	config := neo4jFlags(fs, io.getenv)
	rebuild := fs.Bool("rebuild", false, "count every aggregate afresh from the events and statements")
	check := fs.Bool("check", false, "compare the stored aggregates with a fresh count, writing nothing")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *rebuild == *check || fs.NArg() > 0 {
		return fmt.Errorf("%w: aggregate takes exactly one of --rebuild and --check, and no arguments", errUsage)
	}
	db, err := openGraph(ctx, config)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	if err := requireMigrated(ctx, db); err != nil {
		return err
	}
	if *check {
		return checkAggregates(ctx, db, io)
	}
	start := time.Now()
	err = db.RebuildAggregates(ctx, func(step string) {
		fmt.Fprintf(io.err, "aggregate: %s (%s)\n", step, time.Since(start).Round(time.Second))
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(io.out, "aggregates rebuilt in %s\n", time.Since(start).Round(time.Second))
	return nil
}

// checkAggregates compares the stored aggregates with a fresh count.
func checkAggregates(ctx context.Context, db *graph.DB, io stdio) error {
	stored, diff, err := db.CheckAggregates(ctx, 20)
	if err != nil {
		return err
	}
	for _, line := range diff {
		fmt.Fprintln(io.out, line)
	}
	if len(diff) > 0 {
		return fmt.Errorf("the stored aggregates differ from a fresh count: run diplograph aggregate --rebuild with no ingest going")
	}
	fmt.Fprintf(io.out, "%d aggregates, all equal to a fresh count\n", len(stored))
	return nil
}

// requireAggregates refuses to write into a graph whose events came before
// the aggregates: what ingest adds to them would be counted on nothing.
func requireAggregates(ctx context.Context, db *graph.DB) error {
	pending, err := db.AggregatesPending(ctx)
	if err != nil {
		return err
	}
	if pending {
		return fmt.Errorf("the graph's aggregates are not built (it was loaded before they existed, or a rebuild stopped): run `diplograph aggregate --rebuild` first")
	}
	return nil
}
