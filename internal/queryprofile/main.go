// Command queryprofile runs each read endpoint's graph query for the
// busiest actor of the graph in NEO4J_* under Neo4j's PROFILE and prints
// the queries per request, the db hits, the size of the answer (its JSON,
// as the API would send it without the list envelope) and the median time
// of a few runs: the figures of docs/api-speed.md.
//
//	eval "$(scripts/neo4j env)"; go run ./internal/queryprofile
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
)

func main() {
	runs := flag.Int("runs", 7, "timed runs of each query (the median is printed)")
	plans := flag.String("plans", "", "print the profiled plans of the endpoints whose name contains this")
	flag.Parse()
	if err := run(context.Background(), *runs, *plans, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "queryprofile:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, runs int, plans string, out io.Writer) error {
	if runs < 1 {
		return errors.New("-runs must be at least 1")
	}
	cfg := graph.Config{URI: os.Getenv("NEO4J_URI"), User: envOr("NEO4J_USER", "neo4j"), Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), MaxPoolSize: 4, QueryTimeout: time.Minute}
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close(ctx)
	t, err := findTargets(ctx, db)
	if err != nil {
		return err
	}
	size, err := graphSize(ctx, db)
	if err != nil {
		return err
	}
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Fprintf(out, "graph: %s; load average %s\n", size, strings.Join(strings.Fields(string(load))[:3], " "))
	fmt.Fprintf(out, "busiest actor %s (%d events), its strongest counterpart %s, busiest person %s, month %s\n",
		t.actor, t.events, t.counterpart, t.person, t.month.Format("2006-01"))
	fmt.Fprintf(out, "%-28s %8s %10s %8s %10s\n", "endpoint", "queries", "db_hits", "bytes", "median_ms")
	for _, c := range cases(t) {
		if err := measure(ctx, db, c, runs, plans, out); err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
	}
	return nil
}

// graphSize counts the graph's articles, events, statements and actors
// from the counts Neo4j keeps.
func graphSize(ctx context.Context, db *graph.DB) (string, error) {
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, `
			CALL { MATCH (n:Article) RETURN count(n) AS articles }
			CALL { MATCH (n:Event) RETURN count(n) AS events }
			CALL { MATCH (n:Statement) RETURN count(n) AS statements }
			CALL { MATCH (n:Actor) RETURN count(n) AS actors }
			RETURN articles, events, statements, actors`, nil)
		if err != nil {
			return nil, err
		}
		return r.Single(ctx)
	})
	if err != nil {
		return "", fmt.Errorf("counting the graph: %w", err)
	}
	v := res.(*neo4j.Record).Values
	return fmt.Sprintf("%d articles, %d events, %d statements, %d actors", v...), nil
}

// targets are what the requests are about.
type targets struct {
	actor, counterpart, person string
	events                     int64
	month, last                time.Time
}

// findTargets picks the actor with most events, its strongest counterpart,
// the person with most events, a month in the middle of the dated events
// and the last month with events.
func findTargets(ctx context.Context, db *graph.DB) (targets, error) {
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, `
			MATCH (a:Actor) WITH a, COUNT { (a)-[:ACTED]->() } + COUNT { (a)<-[:ON]-() } AS n
			ORDER BY n DESC, a.id LIMIT 1
			CALL { WITH a MATCH (a)-[:ACTED|ON]-(e:Event)-[:ACTED|ON]-(c:Actor) WHERE c <> a
				WITH c, count(e) AS k RETURN c.id AS counterpart ORDER BY k DESC, counterpart LIMIT 1 }
			CALL { MATCH (p:Person) WITH p, COUNT { (p)-[:ACTED]->() } + COUNT { (p)<-[:ON]-() } AS m
				RETURN p.id AS person ORDER BY m DESC, person LIMIT 1 }
			CALL { MATCH (e:Event) WHERE e.date IS NOT NULL
				RETURN percentileDisc(duration.inDays(date('1970-01-01'), e.date).days, 0.5) AS mid, max(e.date) AS last }
			RETURN a.id, n, counterpart, person, mid, last`, nil)
		if err != nil {
			return nil, err
		}
		return r.Single(ctx)
	})
	if err != nil {
		return targets{}, fmt.Errorf("finding the busiest actor: %w", err)
	}
	v := res.(*neo4j.Record).Values
	mid := time.Unix(v[4].(int64)*86400, 0).UTC()
	last := v[5].(neo4j.Date).Time()
	return targets{actor: v[0].(string), events: v[1].(int64), counterpart: v[2].(string), person: v[3].(string),
		month: time.Date(mid.Year(), mid.Month(), 1, 0, 0, 0, 0, time.UTC), last: time.Date(last.Year(), last.Month(), 1, 0, 0, 0, 0, time.UTC)}, nil
}

type testCase struct {
	name string
	ask  func(context.Context, *graph.DB) (any, error)
}

func cases(t targets) []testCase {
	page := graph.Page{Limit: 50}
	monthEnd := t.month.AddDate(0, 1, -1)
	// The explorer's first view: the last twelve months of the graph.
	yearFrom, yearTo := t.last.AddDate(0, -11, 0), t.last.AddDate(0, 1, -1)
	return []testCase{
		{"actor timeline", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Timeline(ctx, graph.TimelineQuery{Actor: t.actor, Page: page})
		}},
		{"relations", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Relations(ctx, graph.RelationsQuery{Actor: t.actor, Page: page})
		}},
		{"pair timeline", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Timeline(ctx, graph.TimelineQuery{Actor: t.actor, Counterpart: t.counterpart, Page: page})
		}},
		{"global timeline, a month", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Timeline(ctx, graph.TimelineQuery{From: t.month, To: monthEnd, Page: page})
		}},
		{"histogram, month", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Histogram(ctx, graph.HistogramQuery{Interval: "month", TimelineQuery: graph.TimelineQuery{Page: graph.Page{Limit: 500}}})
		}},
		{"histogram, actor, month", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Histogram(ctx, graph.HistogramQuery{Interval: "month", TimelineQuery: graph.TimelineQuery{Actor: t.actor, Page: graph.Page{Limit: 500}}})
		}},
		{"graph, default", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Graph(ctx, graph.GraphQuery{MinWeight: 1, Page: page})
		}},
		{"graph, last 12 months", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Graph(ctx, graph.GraphQuery{EventFilter: graph.EventFilter{From: yearFrom, To: yearTo}, MinWeight: 1, Page: page})
		}},
		{"relations, last 12 months", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Relations(ctx, graph.RelationsQuery{Actor: t.actor, EventFilter: graph.EventFilter{From: yearFrom, To: yearTo}, Page: page})
		}},
		network("network depth 1", t.actor, 1),
		network("network depth 2", t.actor, 2),
		network("network depth 3", t.actor, 3),
		{"paths to the busiest person", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Paths(ctx, graph.PathQuery{From: t.actor, To: t.person, MaxHops: 6, Page: graph.Page{Limit: 10}})
		}},
		{"paths to the counterpart", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.Paths(ctx, graph.PathQuery{From: t.actor, To: t.counterpart, MaxHops: 6, Page: graph.Page{Limit: 10}})
		}},
		{"actor", func(ctx context.Context, db *graph.DB) (any, error) {
			return db.ActorByID(ctx, t.actor)
		}},
	}
}

func network(name, actor string, depth int) testCase {
	return testCase{name, func(ctx context.Context, db *graph.DB) (any, error) {
		return db.EgoNetwork(ctx, graph.NetworkQuery{Actor: actor, Depth: depth, Limit: 50, Fanout: 10, EdgeLimit: 250})
	}}
}

// measure profiles one request, then times it runs times without PROFILE.
func measure(ctx context.Context, db *graph.DB, c testCase, runs int, plans string, out io.Writer) error {
	var p graph.Profile
	res, err := c.ask(graph.WithProfile(ctx, &p), db)
	if err != nil {
		return err
	}
	answer, err := json.Marshal(res)
	if err != nil {
		return err
	}
	took := make([]time.Duration, runs)
	for i := range took {
		start := time.Now()
		if _, err := c.ask(ctx, db); err != nil {
			return err
		}
		took[i] = time.Since(start)
	}
	slices.Sort(took)
	fmt.Fprintf(out, "%-28s %8d %10d %8d %10.1f\n", c.name, p.Queries, p.DBHits, len(answer), float64(took[runs/2].Microseconds())/1000)
	if plans != "" && strings.Contains(c.name, plans) {
		fmt.Fprintln(out, strings.Join(p.Plans, "\n"))
	}
	return nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
