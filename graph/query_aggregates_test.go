package graph_test

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// TestAggregatesAnswerAsTheEventsDo asks relations, the graph, networks and
// histograms of a synthetic corpus with many filters, once as the API does
// (from the aggregates, and the events of the days around whole months)
// and once from the events alone, and wants the same answers.
func TestAggregatesAnswerAsTheEventsDo(t *testing.T) {
	db := emptyGraph(t)
	loadCorpus(t, db, 800)
	ctx := context.Background()
	actors := neo4jtest.Value(t, db, `MATCH (a:Actor) WITH a, COUNT { (a)-[:ACTED]->() } + COUNT { (a)<-[:ON]-() } AS n
		ORDER BY n DESC, a.id LIMIT 4 RETURN collect(a.id)`, nil).([]any)
	busiest := actors[0].(string)
	partner := neo4jtest.Value(t, db, `MATCH (d:Dyad) WHERE d.source = $a RETURN d.target ORDER BY d.events DESC, d.target LIMIT 1`,
		map[string]any{"a": busiest}).(string)
	filters := []graph.EventFilter{
		{},
		{From: day("2016-01-01"), To: day("2019-12-31")},
		{From: day("2016-03-17"), To: day("2020-06-05")},
		{From: day("2019-05-03"), To: day("2019-05-20")},
		{From: day("2019-02-10")},
		{To: day("2018-07-15")},
		{From: day("2017-01-31"), To: day("2022-02-01"), QuadClass: 3},
		{From: day("2016-01-01"), QuadClass: 1},
	}
	for _, f := range filters {
		for _, a := range actors {
			q := graph.RelationsQuery{Actor: a.(string), EventFilter: f, Page: graph.Page{Limit: 500}}
			agree(t, fmt.Sprintf("relations %+v", q), func() (any, error) { return db.Relations(ctx, q) },
				func() (any, error) { return db.RelationsFromEvents(ctx, q) })
		}
		for _, min := range []int{1, 2} {
			q := graph.GraphQuery{EventFilter: f, MinWeight: min, Page: graph.Page{Limit: 500}}
			agree(t, fmt.Sprintf("graph %+v", q), func() (any, error) { return db.Graph(ctx, q) },
				func() (any, error) { return db.GraphFromEvents(ctx, q) })
		}
		n := graph.NetworkQuery{Actor: busiest, Depth: 2, Limit: 30, Fanout: 6, EdgeLimit: 40, EventFilter: f}
		agree(t, fmt.Sprintf("network %+v", n), func() (any, error) { return db.EgoNetwork(ctx, n) },
			func() (any, error) { return db.EgoNetworkFromEvents(ctx, n) })
		for _, interval := range []string{"month", "year"} {
			for _, tq := range []graph.TimelineQuery{{}, {Actor: busiest}, {Actor: busiest, Counterpart: partner},
				{Actor: partner, Kind: graph.KindStatement}, {Kind: graph.KindEvent, Descending: true}} {
				tq.From, tq.To, tq.QuadClass, tq.Page = f.From, f.To, f.QuadClass, graph.Page{Limit: 500}
				h := graph.HistogramQuery{TimelineQuery: tq, Interval: interval}
				agree(t, fmt.Sprintf("histogram %+v", h), func() (any, error) { return db.Histogram(ctx, h) },
					func() (any, error) { return db.HistogramFromItems(ctx, h) })
			}
		}
	}
}

// agree fails the test unless both ways give the same answer, Goldstein
// means rounded off, and the answer is not empty.
func agree(t *testing.T, what string, aggregates, events func() (any, error)) {
	t.Helper()
	got, err := aggregates()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	want, err := events()
	if err != nil {
		t.Fatalf("%s from the events: %v", what, err)
	}
	got, want = rounded(got), rounded(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\naggregates %+v\n    events %+v", what, got, want)
	}
}

// rounded rounds the Goldstein means of an answer to 9 decimals: sums
// kept by the writer add up in another order than a recount.
func rounded(v any) any {
	r := func(f float64) float64 { return math.Round(f*1e9) / 1e9 }
	switch v := v.(type) {
	case graph.List[graph.Relation]:
		for i := range v.Items {
			v.Items[i].Goldstein = r(v.Items[i].Goldstein)
		}
		return v
	case graph.List[graph.Bucket]:
		for i := range v.Items {
			v.Items[i].Goldstein = r(v.Items[i].Goldstein)
		}
		return v
	case graph.Network:
		for i := range v.Edges {
			v.Edges[i].Goldstein = r(v.Edges[i].Goldstein)
		}
		return v
	}
	return v
}
