package graph_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	fx "github.com/diplograph/diplograph/internal/graphfixture"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// TestTimelinePagesAreTheItemsInOrder checks the pages a timeline reads
// from the date-ordered indexes against all matching items sorted here, on
// a graph where one actor takes part in most events, several on one day.
func TestTimelinePagesAreTheItemsInOrder(t *testing.T) {
	ctx := context.Background()
	db := timelineGraph(t)
	queries := []graph.TimelineQuery{
		{Actor: "hub", Page: graph.Page{Limit: 7}},
		{Actor: "hub", Page: graph.Page{Limit: 7, Offset: 14}},
		{Actor: "hub", Descending: true, Page: graph.Page{Limit: 9, Offset: 3}},
		{Actor: "hub", From: day("2020-01-05"), To: day("2020-01-20"), Page: graph.Page{Limit: 50}},
		{Actor: "hub", Root: "11", Page: graph.Page{Limit: 5}},
		{Actor: "hub", Kind: graph.KindStatement, Descending: true, Page: graph.Page{Limit: 6}},
		{Actor: "hub", Counterpart: "x", Page: graph.Page{Limit: 8, Offset: 4}},
		{Actor: "x", Counterpart: "hub", QuadClass: 2, Descending: true, Page: graph.Page{Limit: 50}},
		{Actor: "y", Page: graph.Page{Limit: 4, Offset: 2}},
		{From: day("2020-01-03"), To: day("2020-01-04"), Page: graph.Page{Limit: 5, Offset: 1}},
		{Page: graph.Page{Limit: 10}},
		{Kind: graph.KindStatement, Page: graph.Page{Limit: 10}},
		{Actor: "hub", DateSources: []string{"sentence"}, Page: graph.Page{Limit: 9, Offset: 2}},
		{DateSources: []string{"article", "inferred"}, Descending: true, Page: graph.Page{Limit: 50}},
		{Actor: "hub", Counterpart: "x", DateSources: []string{"inferred", "article"}, Page: graph.Page{Limit: 50}},
	}
	for _, q := range queries {
		got, err := db.Timeline(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want := wantTimeline(t, db, q)
		if len(got.Items) == 0 || pageIDs(got) != want {
			t.Errorf("%+v:\n got %s\nwant %s", q, pageIDs(got), want)
		}
		for _, it := range got.Items {
			if len(q.DateSources) > 0 && !slices.Contains(q.DateSources, it.DateSource) {
				t.Errorf("%+v: item %s dated from %q", q, itemID(it), it.DateSource)
			}
		}
		if want := undatedItems(t, db, q); got.Undated == nil || *got.Undated != want {
			t.Errorf("%+v: undated %v, want %d", q, got.Undated, want)
		}
		if len(q.DateSources) == 0 && q.Root == "" && q.QuadClass == 0 && q.Kind == "" && *got.Undated == 0 {
			t.Errorf("%+v: no undated item counted, though the graph has some of every kind", q)
		}
		h, err := db.Histogram(ctx, graph.HistogramQuery{TimelineQuery: q, Interval: "month"})
		if err != nil {
			t.Fatal(err)
		}
		if h.Undated == nil || *h.Undated != *got.Undated {
			t.Errorf("%+v: the histogram counts %v undated, the timeline %d", q, h.Undated, *got.Undated)
		}
	}
	if _, err := db.Timeline(ctx, graph.TimelineQuery{Actor: "hub", Counterpart: "nobody", Page: graph.Page{Limit: 5}}); err == nil {
		t.Error("an unknown counterpart should be ErrNotFound")
	}
}

// itemsOf is the query that reads every item q selects, dated or undated
// ($dated), unordered and undecorated, by walking the graph.
const itemsOf = `
		CALL {
			MATCH (a:Actor)-[:ACTED]->(e:Event)-[:ON]->(b:Actor)
			WHERE (e.date IS NOT NULL) = $dated AND $kind <> 'statement'
				AND ($root = '' OR e.root = $root) AND ($quad = 0 OR e.quad_class = $quad)
				AND ($actor = '' OR $actor IN [a.id, b.id]) AND ($counterpart = '' OR $counterpart IN [a.id, b.id])
			RETURN DISTINCT e AS x
			UNION
			MATCH (sp:Actor)-[:MADE]->(s:Statement)
			WHERE (s.date IS NOT NULL) = $dated AND $kind <> 'event' AND $root = '' AND $quad = 0
				AND ($actor = '' OR sp.id = $actor OR $counterpart <> '')
				AND ($counterpart = '' OR EXISTS { (s)-[:ABOUT]->(:Actor {id: CASE sp.id WHEN $actor THEN $counterpart ELSE $actor END}) }
					AND sp.id IN [$actor, $counterpart])
			RETURN s AS x
		}
		WITH x WHERE ($from IS NULL OR x.date >= $from) AND ($to IS NULL OR x.date <= $to)
			AND (size($sources) = 0 OR x.date_source IN $sources)
		RETURN collect([coalesce(toString(x.date), ''), x.id])`

func itemsParams(q graph.TimelineQuery, dated bool) map[string]any {
	sources := q.DateSources
	if sources == nil {
		sources = []string{}
	}
	p := map[string]any{"kind": q.Kind, "root": q.Root, "quad": int64(q.QuadClass), "actor": q.Actor, "counterpart": q.Counterpart,
		"from": dateParam(q.From), "to": dateParam(q.To), "sources": sources, "dated": dated}
	if !dated {
		// An undated item is in no period.
		p["from"], p["to"] = nil, nil
	}
	return p
}

// undatedItems counts the undated items q selects.
func undatedItems(t *testing.T, db *graph.DB, q graph.TimelineQuery) int {
	t.Helper()
	return len(neo4jtest.Value(t, db, itemsOf, itemsParams(q, false)).([]any))
}

// wantTimeline reads every dated item q selects and cuts q's page from
// them sorted.
func wantTimeline(t *testing.T, db *graph.DB, q graph.TimelineQuery) string {
	t.Helper()
	rows := neo4jtest.Value(t, db, itemsOf, itemsParams(q, true)).([]any)
	var items [][2]string
	for _, r := range rows {
		pair := r.([]any)
		items = append(items, [2]string{pair[0].(string), pair[1].(string)})
	}
	slices.SortFunc(items, func(a, b [2]string) int {
		c := cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
		if q.Descending {
			return -c
		}
		return c
	})
	more := len(items) > q.Offset+q.Limit
	items = items[min(q.Offset, len(items)):min(q.Offset+q.Limit, len(items))]
	var out []string
	for _, it := range items {
		out = append(out, it[1]+"@"+it[0])
	}
	return fmt.Sprint(out, more)
}

func pageIDs(l graph.List[graph.TimelineItem]) string {
	var out []string
	for _, it := range l.Items {
		out = append(out, itemID(it)+"@"+it.Date)
	}
	return fmt.Sprint(out, l.More)
}

// dateParam is a filter date as a query parameter, null when open.
func dateParam(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return neo4j.DateOf(t)
}

// timelineGraph empties the test graph and fills it by hand: hub takes
// part in most of 60 events over 30 days, and makes statements.
func timelineGraph(t *testing.T) *graph.DB {
	t.Helper()
	ctx := context.Background()
	db := fx.Open(t)
	if _, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if _, err := tx.Run(ctx, "MATCH (n) DETACH DELETE n", nil); err != nil {
			return nil, err
		}
		// hub takes part in most of 60 events over 30 days, two undated,
		// makes statements, some about x, three undated; dates come from
		// sentences, articles or are inferred.
		_, err := tx.Run(ctx, `
			CREATE (hub:Actor:Country {id: 'hub', name: 'Hub'}), (x:Actor:Country {id: 'x', name: 'X'}), (y:Actor:Person {id: 'y', name: 'Y'})
			WITH hub, x, y
			UNWIND range(1, 60) AS i
			WITH hub, x, y, i, CASE WHEN i % 3 = 0 THEN x ELSE hub END AS src, CASE WHEN i % 5 = 0 THEN y ELSE x END AS tgt
			CREATE (src)-[:ACTED]->(e:Event {id: 'ev-' + toString(100 + i), root: toString(10 + i % 4), quad_class: 1 + i % 4,
				goldstein: 1.0, cameo: '0' + toString(10 + i % 4),
				date: CASE WHEN i > 58 THEN null ELSE date('2020-01-01') + duration({days: i % 30}) END,
				date_source: CASE WHEN i > 58 THEN null WHEN i % 2 = 0 THEN 'sentence' ELSE 'article' END})-[:ON]->(tgt)
			WITH hub, x, i WHERE i <= 20
			CREATE (hub)-[:MADE]->(s:Statement {id: 'st-' + toString(100 + i), text: 'teks ' + toString(i), kind: 'direct',
				date: CASE WHEN i > 17 THEN null ELSE date('2020-01-01') + duration({days: i % 7}) END,
				date_source: CASE WHEN i > 17 THEN null WHEN i % 3 = 0 THEN 'inferred' ELSE 'sentence' END})
			FOREACH (_ IN CASE WHEN i % 2 = 0 THEN [1] ELSE [] END | CREATE (s)-[:ABOUT]->(x))`, nil)
		return nil, err
	}); err != nil {
		t.Fatal(err)
	}
	// The rebuild keys the hand-made events and statements as ingest does.
	if err := db.RebuildAggregates(ctx, func(string) {}); err != nil {
		t.Fatal(err)
	}
	return db
}
