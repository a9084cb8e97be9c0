package graph_test

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	fx "github.com/diplograph/diplograph/internal/graphfixture"
)

// The read queries against the real Neo4j, on the sample articles plus the
// hand-made world of graphfixture, whose answers are known exactly.

func loaded(t *testing.T) *graph.DB {
	t.Helper()
	db := fx.Open(t)
	fx.Load(t, db)
	return db
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func ids[T any](items []T, id func(T) string) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, id(it))
	}
	return out
}

func itemID(it graph.TimelineItem) string {
	if it.Event != nil {
		return it.Event.ID
	}
	return it.Statement.ID
}

func same(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %#v\nwant %#v", what, got, want)
	}
}

func TestReadQueries(t *testing.T) {
	db := loaded(t)

	t.Run("search actors", func(t *testing.T) { readQuerySearchActors(t, db) })
	t.Run("actor", func(t *testing.T) { readQueryActor(t, db) })
	t.Run("timeline", func(t *testing.T) { readQueryTimeline(t, db) })
	t.Run("histogram", func(t *testing.T) { readQueryHistogram(t, db) })
	t.Run("relations", func(t *testing.T) { readQueryRelations(t, db) })
	t.Run("network", func(t *testing.T) { readQueryNetwork(t, db) })
	t.Run("paths", func(t *testing.T) { readQueryPaths(t, db) })
	t.Run("graph", func(t *testing.T) { readQueryGraph(t, db) })
	t.Run("statements", func(t *testing.T) { readQueryStatements(t, db) })
	t.Run("article", func(t *testing.T) { readQueryArticle(t, db) })
}

func round(f float64) float64 { return float64(int64(f*100+0.5*sign(f))) / 100 }

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

func TestLuceneQueryEscapesEverything(t *testing.T) {
	cases := map[string]string{
		"":                     "",
		"  ":                   "",
		"Putin":                "(putin OR putin*)",
		"Kim Jong-un":          "kim AND jong AND (un OR un*)",
		"name:Putin":           `(name\:putin OR name\:putin*)`,
		"*:*":                  `(\*\:\* OR \*\:\**)`,
		"a AND NOT b":          "a AND and AND not AND (b OR b*)",
		`"x" (y) [z TO w]~2^3`: `\"x\" AND \(y\) AND \[z AND to AND (w\]\~2\^3 OR w\]\~2\^3*)`,
		`a\ || b && !c`:        `a\\ AND \|\| AND b AND \&\& AND (\!c OR \!c*)`,
		"{x} ? +y":             `\{x\} AND \? AND (\+y OR \+y*)`,
	}
	for in, want := range cases {
		if got := graph.LuceneQuery(in); got != want {
			t.Errorf("LuceneQuery(%q) = %q, want %q", in, got, want)
		}
	}
}

// readQuerySearchActors is the subtest "search actors" of TestReadQueries.
func readQuerySearchActors(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	page := graph.Page{Limit: 50}
	list, err := db.SearchActors(ctx, graph.ActorQuery{Q: "norland", Page: page})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(list.Items, func(a graph.Actor) string { return a.ID })
	if len(got) < 2 || got[0] != fx.Norland {
		t.Fatalf("search norland: got %v, want fx-nor first and fx-npa after", got)
	}
	byPrefix, err := db.SearchActors(ctx, graph.ActorQuery{Q: "mira sat", Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "prefix search", ids(byPrefix.Items, func(a graph.Actor) string { return a.ID }), []string{fx.Sato})
	same(t, "actor fields", byPrefix.Items[0], graph.Actor{ID: fx.Sato, Name: "Mira Sato-Kovac", Type: "person",
		Country: "XSL", Aliases: []string{"Mira Sato"}})
	separators, err := db.SearchActors(ctx, graph.ActorQuery{Q: " - / -", Page: page})
	if err != nil || len(separators.Items) != 0 {
		t.Errorf("a query of separators only: %d actors, %v; want none", len(separators.Items), err)
	}
	filtered, err := db.SearchActors(ctx, graph.ActorQuery{Type: "country", Country: "XNL", Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "type and country filter", ids(filtered.Items, func(a graph.Actor) string { return a.ID }), []string{fx.Norland})
}

// readQueryActor is the subtest "actor" of TestReadQueries.
func readQueryActor(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	a, err := db.ActorByID(ctx, fx.Kessler)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "roles", a.Roles, []graph.Role{{Title: "Menteri Luar Negeri", From: "1997-03-01",
		Of: graph.ActorRef{ID: fx.Norland, Name: "Norland", Type: "country"}}})
	same(t, "counts", []int{a.Statements, a.Events, a.Articles}, []int{1, 1, 3})
	same(t, "seen", []string{a.FirstSeen, a.LastSeen}, []string{"1999-01-10", "1999-02-04"})
	if _, err := db.ActorByID(ctx, "fx-nobody"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown actor: got %v, want ErrNotFound", err)
	}
}

// readQueryTimeline is the subtest "timeline" of TestReadQueries.
func readQueryTimeline(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	page := graph.Page{Limit: 50}
	list, err := db.Timeline(ctx, graph.TimelineQuery{Actor: fx.Norland, Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "norland", ids(list.Items, itemID), []string{"fx-ev-1", "fx-ev-2", "fx-ev-3", "fx-ev-6"})
	e1 := list.Items[0].Event
	same(t, "event", *e1, graph.Event{ID: "fx-ev-1", Date: "1999-01-10", Cameo: "042", CameoName: "Make a visit", Root: "04", QuadClass: 1,
		Goldstein: 1.9, Source: graph.ActorRef{ID: fx.Norland, Name: "Norland", Type: "country"},
		Target: graph.ActorRef{ID: fx.Sudland, Name: "Sudland", Type: "country"}, Articles: 2})

	kessler, err := db.Timeline(ctx, graph.TimelineQuery{Actor: fx.Kessler, Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "kessler", ids(kessler.Items, itemID), []string{"fx-st-1", "fx-ev-4"})
	same(t, "statement", *kessler.Items[0].Statement, graph.Statement{ID: "fx-st-1", Date: "1999-01-10",
		Text: fx.S1.Text, Kind: "direct", Speaker: &graph.ActorRef{ID: fx.Kessler, Name: "Arvid Kessler", Type: "person"},
		About: []graph.ActorRef{{ID: fx.Sudland, Name: "Sudland", Type: "country"}}, Articles: 2,
		Outlets: []string{"Harian Uji", "Warta Contoh"}})

	pair, err := db.Timeline(ctx, graph.TimelineQuery{Actor: fx.Sato, Counterpart: fx.Norland, Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "sato about norland", ids(pair.Items, itemID), []string{"fx-st-2"})

	filtered, err := db.Timeline(ctx, graph.TimelineQuery{Actor: fx.Norland, Counterpart: fx.Sudland, QuadClass: 3,
		From: day("1999-01-11"), To: day("1999-12-31"), Descending: true, Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "filtered, latest first", ids(filtered.Items, itemID), []string{"fx-ev-6", "fx-ev-2"})

	global, err := db.Timeline(ctx, graph.TimelineQuery{From: day("1999-01-01"), To: day("1999-12-31"), Page: graph.Page{Limit: 3, Offset: 2}})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "global page", ids(global.Items, itemID), []string{"fx-ev-2", "fx-ev-3", "fx-ev-4"})
	if !global.More {
		t.Error("global page: More is false, want true")
	}
}

// readQueryHistogram is the subtest "histogram" of TestReadQueries.
func readQueryHistogram(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	page := graph.Page{Limit: 50}
	list, err := db.Histogram(ctx, graph.HistogramQuery{Interval: "month",
		TimelineQuery: graph.TimelineQuery{From: day("1999-01-01"), To: day("1999-12-31"), Page: page}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range list.Items {
		list.Items[i].Goldstein = round(list.Items[i].Goldstein)
	}
	same(t, "months", list.Items, []graph.Bucket{
		{Start: "1999-01-01", Events: 2, Statements: 1, QuadClass: [4]int{1, 0, 1, 0}, Goldstein: -0.05},
		{Start: "1999-02-01", Events: 2, Statements: 1, QuadClass: [4]int{1, 0, 0, 1}, Goldstein: -0.5},
		{Start: "1999-03-01", Events: 2, Statements: 1, QuadClass: [4]int{0, 1, 1, 0}, Goldstein: 0.2},
	})
}

// readQueryRelations is the subtest "relations" of TestReadQueries.
func readQueryRelations(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	page := graph.Page{Limit: 50}
	list, err := db.Relations(ctx, graph.RelationsQuery{Actor: fx.Norland, Page: page})
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Items) != 1 {
		t.Fatalf("norland has %d counterparts, want 1: %+v", len(list.Items), list.Items)
	}
	r := list.Items[0]
	r.Goldstein = round(r.Goldstein)
	same(t, "norland-sudland", r, graph.Relation{Counterpart: graph.ActorRef{ID: fx.Sudland, Name: "Sudland", Type: "country"},
		Events: 5, Outgoing: 3, Incoming: 2, QuadClass: [4]int{2, 0, 2, 1}, Goldstein: -1.86, First: "1999-01-10", Last: "1999-03-20"})
}

// readQueryNetwork is the subtest "network" of TestReadQueries.
func readQueryNetwork(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	net, err := db.EgoNetwork(ctx, graph.NetworkQuery{Actor: fx.Norland, Depth: 3, Limit: 50, Fanout: 10, EdgeLimit: 250})
	if err != nil {
		t.Fatal(err)
	}
	depths := map[string]int{}
	for _, n := range net.Nodes {
		depths[n.ID] = n.Depth
	}
	same(t, "depths", depths, map[string]int{fx.Norland: 0, fx.Sudland: 1, fx.Westmark: 2, fx.Kessler: 3})
	same(t, "edges, strongest first", ids(net.Edges, func(e graph.Edge) string { return e.Source + ">" + e.Target }),
		[]string{"fx-nor>fx-sud", "fx-sud>fx-nor", "fx-kessler>fx-wes", "fx-wes>fx-sud"})
	if net.Truncated {
		t.Error("the whole network within its limits is marked truncated")
	}
	small, err := db.EgoNetwork(ctx, graph.NetworkQuery{Actor: fx.Norland, Depth: 3, Limit: 2, Fanout: 10, EdgeLimit: 250})
	if err != nil {
		t.Fatal(err)
	}
	if len(small.Nodes) != 2 || !small.Truncated {
		t.Errorf("limit 2: %d nodes, truncated %v; want 2 and true", len(small.Nodes), small.Truncated)
	}
	strongest, err := db.EgoNetwork(ctx, graph.NetworkQuery{Actor: fx.Norland, Depth: 3, Limit: 50, Fanout: 10, EdgeLimit: 1})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "edge limit 1", ids(strongest.Edges, func(e graph.Edge) string { return e.Source + ">" + e.Target }), []string{"fx-nor>fx-sud"})
	if len(strongest.Nodes) != 4 || !strongest.Truncated {
		t.Errorf("edge limit 1: %d nodes, truncated %v; want 4 and true", len(strongest.Nodes), strongest.Truncated)
	}
	if _, err := db.EgoNetwork(ctx, graph.NetworkQuery{Actor: "fx-nobody", Depth: 1, Limit: 5, Fanout: 5, EdgeLimit: 5}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown actor: got %v, want ErrNotFound", err)
	}
}

// readQueryPaths is the subtest "paths" of TestReadQueries.
func readQueryPaths(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	list, err := db.Paths(ctx, graph.PathQuery{From: fx.Kessler, To: fx.Sudland, MaxHops: 6, Page: graph.Page{Limit: 10}})
	if err != nil {
		t.Fatal(err)
	}
	paths := list.Items
	if len(paths) != 1 {
		t.Fatalf("got %d paths, want 1: %+v", len(paths), paths)
	}
	same(t, "path", ids(paths[0].Nodes, func(n graph.PathNode) string { return n.ID }), []string{fx.Kessler, "fx-st-1", fx.Sudland})
	same(t, "steps", paths[0].Steps, []graph.PathStep{{Type: "MADE", Source: fx.Kessler, Target: "fx-st-1"},
		{Type: "ABOUT", Source: "fx-st-1", Target: fx.Sudland}})
	none, err := db.Paths(ctx, graph.PathQuery{From: fx.Kessler, To: fx.Agency, MaxHops: 8, Page: graph.Page{Limit: 10}})
	if err != nil || len(none.Items) != 0 {
		t.Errorf("unconnected: %v, %v; want no paths", none, err)
	}
}

// readQueryGraph is the subtest "graph" of TestReadQueries.
func readQueryGraph(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	page := graph.Page{Limit: 50}
	net, err := db.Graph(ctx, graph.GraphQuery{EventFilter: graph.EventFilter{From: day("1999-01-01"), To: day("1999-12-31")},
		MinWeight: 1, Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "edges", ids(net.Edges, func(e graph.Edge) string { return e.Source + ">" + e.Target }),
		[]string{"fx-nor>fx-sud", "fx-sud>fx-nor", "fx-kessler>fx-wes", "fx-wes>fx-sud"})
	same(t, "nodes", ids(net.Nodes, func(n graph.Node) string { return n.ID }), []string{fx.Kessler, fx.Norland, fx.Sudland, fx.Westmark})
	strong, err := db.Graph(ctx, graph.GraphQuery{EventFilter: graph.EventFilter{From: day("1999-01-01"), To: day("1999-12-31")},
		MinWeight: 2, Page: graph.Page{Limit: 1}})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "strong edges, first page", ids(strong.Edges, func(e graph.Edge) string { return e.Source + ">" + e.Target }), []string{"fx-nor>fx-sud"})
	if !strong.Truncated {
		t.Error("first page of two: Truncated is false")
	}
}

// readQueryStatements is the subtest "statements" of TestReadQueries.
func readQueryStatements(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	page := graph.Page{Limit: 50}
	list, err := db.Statements(ctx, graph.StatementQuery{Q: "sanksi norland", Page: page})
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Items) == 0 || list.Items[0].ID != "fx-st-2" {
		t.Errorf("full-text: got %v, want fx-st-2 first", ids(list.Items, func(s graph.Statement) string { return s.ID }))
	}
	bySpeaker, err := db.Statements(ctx, graph.StatementQuery{Speaker: fx.Sato, Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "by speaker", ids(bySpeaker.Items, func(s graph.Statement) string { return s.ID }), []string{"fx-st-2", "fx-st-3"})
	dated, err := db.Statements(ctx, graph.StatementQuery{Speaker: fx.Sato, From: day("1999-03-01"), Page: page})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "by speaker and date", ids(dated.Items, func(s graph.Statement) string { return s.ID }), []string{"fx-st-3"})
}

// readQueryArticle is the subtest "article" of TestReadQueries.
func readQueryArticle(t *testing.T, db *graph.DB) {
	ctx := context.Background()
	a, err := db.ArticleByID(ctx, fx.Article2)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "meta", []string{a.Title, a.Outlet, a.URL, a.Published}, []string{"Sudland tuduh Norland", "Warta Contoh", "https://example.test/berita/2", "1999-01-12"})
	same(t, "actors", ids(a.Actors, func(m graph.Mention) string { return m.Actor.ID }), []string{fx.Norland, fx.Sudland, fx.Kessler})
	same(t, "statements", ids(a.Statements, func(s graph.Statement) string { return s.ID }), []string{"fx-st-1"})
	same(t, "events", ids(a.Events, func(e graph.Event) string { return e.ID }), []string{"fx-ev-1", "fx-ev-2"})
	if a.Events[1].Evidence != "Sudland menuduh Norland melakukan korupsi." || a.Events[1].Confidence == nil || *a.Events[1].Confidence != 0.7 {
		t.Errorf("event provenance: %q %v", a.Events[1].Evidence, a.Events[1].Confidence)
	}
}
