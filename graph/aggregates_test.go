package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/internal/synth"
	"github.com/diplograph/diplograph/nlp"
)

// exactAggregates fails the test unless the aggregates the writer kept are
// those a count from scratch gives, and returns them.
func exactAggregates(t *testing.T, db *graph.DB) graph.AggregateSet {
	t.Helper()
	stored, diff, err := db.CheckAggregates(context.Background(), 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(diff) > 0 {
		t.Fatalf("the aggregates kept at ingest differ from a recount:\n%s", strings.Join(diff, "\n"))
	}
	return stored
}

// rebuiltEqual rebuilds the aggregates from scratch and fails the test
// unless the result is what the writer had kept.
func rebuiltEqual(t *testing.T, db *graph.DB, incremental graph.AggregateSet) {
	t.Helper()
	var steps []string
	if err := db.RebuildAggregates(context.Background(), func(s string) { steps = append(steps, s) }); err != nil {
		t.Fatal(err)
	}
	rebuilt, err := db.StoredAggregates(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if diff := rebuilt.Diff(incremental, 20); len(diff) > 0 {
		t.Fatalf("rebuilt aggregates differ from the incremental ones:\n%s", strings.Join(diff, "\n"))
	}
	if pending, err := db.AggregatesPending(context.Background()); err != nil || pending {
		t.Errorf("after a rebuild the graph is still marked pending (%v)", err)
	}
	if len(steps) < 5 {
		t.Errorf("rebuild reported steps %v", steps)
	}
}

func aggregate(t *testing.T, set graph.AggregateSet, key string) string {
	t.Helper()
	v, ok := set[key]
	if !ok {
		t.Fatalf("no aggregate %s among %d", key, len(set))
	}
	return v
}

// event is an event of story's kind between two of its actors, dyad
// naming them "source>target".
func event(id, dyad string, quad int, goldstein float64, date string) diplograph.Event {
	source, target, _ := strings.Cut(dyad, ">")
	return diplograph.Event{ID: id, Source: source, Target: target, Cameo: "0" + fmt.Sprint(quad) + "0", Root: "0" + fmt.Sprint(quad),
		QuadClass: quad, Goldstein: goldstein, Date: diplograph.NullString(date), Evidence: "bukti " + id, Confidence: 0.5}
}

func TestAggregatesFollowEveryWriteAndEqualARecount(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 2)
	a := story("a", "https://one.example/a", "One")
	a.Events = append(a.Events, event("ev-usa-rus-1", "usa>rus", 1, 3.4, "2023-10-05"),
		event("ev-undated", "rus>usa", 4, -9.5, ""), event("ev-self", "rus>rus", 2, 6, "2023-11-30"))
	a.Statements = append(a.Statements, diplograph.Statement{ID: "st-undated", Speaker: "dmitry-peskov", Text: "tanpa tanggal", Kind: diplograph.KindDirect, About: []string{"usa"}})
	b := story("b", "https://two.example/b", "Two") // reports a's first event and quote again
	b.Events = append(b.Events, event("ev-early", "rus>usa", 3, -2, "2023-10-02"))
	c := story("c", "https://three.example/c", "Three")
	c.Events = []diplograph.Event{event("ev-usa-rus-2", "usa>rus", 1, 1, "2023-12-24")}
	// A quote whose speaker could not be told counts in the graph's month.
	c.Statements = append(c.Statements, diplograph.Statement{ID: "st-nobody", Text: "kata seseorang", Kind: diplograph.KindDirect,
		Date: "2023-12-24", About: []string{"rus"}})
	write(t, w, a, b, c)
	first := exactAggregates(t, db)
	// rus->usa: the shared quad-3 event (2 reports), the early one and the
	// undated quad-4 one.
	if got := aggregate(t, first, "Dyad(rus,usa)"); got != "events=3 quads=[0 0 2 1] goldstein_sum=-13.500000 articles=4 first=2023-10-02 last=2023-10-26" {
		t.Errorf("Dyad(rus,usa) = %s", got)
	}
	if got := aggregate(t, first, "ActorMonth(rus,2023-10-01)"); got != "quads=[1 0 2 0] goldstein_sums=[3.400000 0.000000 -4.000000 0.000000] statements=0" {
		t.Errorf("ActorMonth(rus,2023-10) = %s", got)
	}
	if got := aggregate(t, first, "GraphMonth(2023-12-01)"); got != "quads=[1 0 0 0] goldstein_sums=[1.000000 0.000000 0.000000 0.000000] statements=1" {
		t.Errorf("GraphMonth(2023-12) = %s", got)
	}

	// Writing the same articles again changes nothing.
	write(t, w, a, b, c)
	if again := exactAggregates(t, db); fmt.Sprint(again) != fmt.Sprint(first) {
		t.Errorf("re-ingest changed the aggregates")
	}

	// A new version of b drops its early event and its report of the
	// shared one: rus->usa loses an event, a report and its first day.
	b2 := story("b2", "https://two.example/b", "Two")
	b2.Events = []diplograph.Event{event("ev-late", "rus>usa", 3, -4, "2024-01-15")}
	b2.Statements = nil
	if rep := write(t, w, b2); rep.Count(diplograph.Replaced) != 1 {
		t.Fatalf("b2 should replace b: %+v", rep.Articles)
	}
	replaced := exactAggregates(t, db)
	if got := aggregate(t, replaced, "Dyad(rus,usa)"); got != "events=3 quads=[0 0 2 1] goldstein_sum=-15.500000 articles=3 first=2023-10-26 last=2024-01-15" {
		t.Errorf("Dyad(rus,usa) after the replacement = %s", got)
	}
	if _, ok := replaced["DyadMonth(rus,usa,2023-10-01,3)"]; !ok {
		t.Errorf("the month of the shared event lost its aggregate")
	}
	rebuiltEqual(t, db, replaced)
}

// loadCorpus ingests n synthetic articles as diplograph ingest does, with
// two writers at once; the corpus has several versions of some pages.
func loadCorpus(t *testing.T, db *graph.DB, n int) diplograph.IngestSummary {
	t.Helper()
	dict, err := nlp.LoadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	g, err := synth.New(dict, 3)
	if err != nil {
		t.Fatal(err)
	}
	pages := make(chan diplograph.Page)
	go func() {
		defer close(pages)
		for i := range n {
			a := g.Next()
			pages <- diplograph.Page{Name: fmt.Sprintf("synth:%d", i), Doc: diplograph.Document{Source: "synth", URL: a.URL, Title: a.Title,
				Outlet: a.Outlet, Published: a.Published, Text: []byte(a.Text)}}
		}
	}()
	in := diplograph.Ingester{Extractor: x, Store: newWriter(t, db, 25), Workers: 2, Writers: 2, BatchSize: 25}
	sum, err := in.Ingest(context.Background(), pages, nil)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func TestAggregatesOfAnIngestedCorpusEqualARecount(t *testing.T) {
	db := emptyGraph(t)
	if sum := loadCorpus(t, db, 800); sum.Replaced == 0 || sum.New < 700 {
		t.Fatalf("the corpus should load with some replacements: %+v", sum)
	}
	incremental := exactAggregates(t, db)
	if len(incremental) < 500 {
		t.Fatalf("only %d aggregates for 800 articles", len(incremental))
	}
	rebuiltEqual(t, db, incremental)
}

func TestAStatementTakesItsEarliestReportedDayWhateverTheOrder(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 1)
	late, early := story("late", "", "One"), story("early", "", "Two")
	late.Statements[0].Date, early.Statements[0].Date = "2023-11-02", "2023-10-30"
	write(t, w, late)
	write(t, w, early)
	if got := neo4jtest.Value(t, db, `MATCH (s:Statement {id: 'st-lavrov-1'})-[ab:ABOUT]->()
		RETURN toString(s.date) + ' ' + toString(ab.date)`, nil); got != "2023-10-30 2023-10-30" {
		t.Errorf("statement and ABOUT dated %v, want the earliest day on both", got)
	}
	set := exactAggregates(t, db)
	if _, moved := set["ActorMonth(sergey-lavrov,2023-11-01)"]; moved {
		t.Errorf("the statement is still counted in the month of its later report")
	}
	undated := story("undated", "", "Three")
	undated.Statements[0].Date = ""
	write(t, w, undated)
	if got := neo4jtest.Value(t, db, `MATCH (s:Statement {id: 'st-lavrov-1'}) RETURN toString(s.date)`, nil); got != "2023-10-30" {
		t.Errorf("an undated report moved the statement to %v", got)
	}
	exactAggregates(t, db)
}

// TestReplacingTheRepresentativeReportDerivesTheEventAgain: an event is
// what its earliest stored report says; when a new version of that
// article no longer tells it, the event takes the next report's sides and
// facts, and the aggregates move with it.
func TestReplacingTheRepresentativeReportDerivesTheEventAgain(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 1)
	// The first page names the state, the second its minister, the third
	// its president; each in its own transaction, in this order.
	first, second, third := summitReport("first", "rus", 1, 1, "2023-10-20"), summitReport("second", "sergey-lavrov", 2, 6.4, "2023-10-25"),
		summitReport("third", "vladimir-putin", 2, 7, "")
	second.Events[0].DateSource = diplograph.DateSourceArticle
	write(t, w, first)
	write(t, w, second)
	write(t, w, third)
	reports := `MATCH (:Event {id: 'ev-summit'})-[r:REPORTED_IN]->(a:Article) WITH a, r ORDER BY a.id
		RETURN collect(a.id + ':' + r.source + '>' + r.target + ' ' + r.cameo + ' q' + r.quad_class + ' ' + toString(r.date) + ' ' + r.date_source + ' ' + r.evidence)`
	event := `MATCH (s:Actor)-[:ACTED]->(e:Event {id: 'ev-summit'})-[:ON]->(t:Actor)
		RETURN collect(s.id + '>' + t.id + ' ' + e.source + '>' + e.target + ' ' + e.cameo + ' q' + e.quad_class + ' ' + e.date_source)`
	statement := `MATCH (s:Statement {id: 'st-lavrov-1'})-[ab:ABOUT]->() RETURN toString(s.date) + ' ' + toString(ab.date)`
	checkValues(t, db, "three reports", map[string]string{
		reports: "[first:rus>usa 010 q1 2023-10-26 sentence bukti dari first second:sergey-lavrov>usa 020 q2 2023-10-26 article bukti dari second " +
			"third:vladimir-putin>usa 020 q2 2023-10-26 sentence bukti dari third]",
		event:     "[rus>usa rus>usa 010 q1 sentence]",
		statement: "2023-10-20 2023-10-20",
	})
	exactAggregates(t, db)

	// The first page's new version tells neither the event nor the quote.
	first2 := story("first2", first.URL, "first")
	first2.Events, first2.Statements = nil, nil
	if rep := write(t, w, first2); rep.Count(diplograph.Replaced) != 1 {
		t.Fatalf("first2 should replace first: %+v", rep.Articles)
	}
	checkValues(t, db, "the representative report gone", map[string]string{
		event:     "[sergey-lavrov>usa sergey-lavrov>usa 020 q2 article]",
		statement: "2023-10-25 2023-10-25",
		`MATCH (e:Event {id: 'ev-summit'}) RETURN COUNT { (e)-[:REPORTED_IN]->() } + ' ' + COUNT { ()-[:ACTED]->(e) } + ' ' + COUNT { (e)-[:ON]->() }`: "2 1 1",
	})
	set := exactAggregates(t, db)
	if _, ok := set["Dyad(rus,usa)"]; ok {
		t.Errorf("the event's old pair keeps an aggregate")
	}
	if got := aggregate(t, set, "Dyad(sergey-lavrov,usa)"); got != "events=1 quads=[0 1 0 0] goldstein_sum=6.400000 articles=2 first=2023-10-26 last=2023-10-26" {
		t.Errorf("Dyad(sergey-lavrov,usa) = %s", got)
	}

	// A version of the second page that dates the quote no more, and the
	// event goes to the third report, the statement undated.
	second2 := story("second2", second.URL, "second")
	second2.Events, second2.Statements = nil, nil
	write(t, w, second2)
	checkValues(t, db, "the second report gone", map[string]string{
		event:     "[vladimir-putin>usa vladimir-putin>usa 020 q2 sentence]",
		statement: "<nil>",
		`MATCH (s:Statement {id: 'st-lavrov-1'}) RETURN s.date IS NULL AND s.date_source IS NULL`: "true",
	})
	rebuiltEqual(t, db, exactAggregates(t, db))
}

// summitReport is a page telling one summit with usa, its source as given,
// and dating Lavrov's quote on stDate.
func summitReport(id, source string, quad int, goldstein float64, stDate string) diplograph.Article {
	a := story(id, "https://"+id+".example/story", id)
	e := event("ev-summit", source+">usa", quad, goldstein, "2023-10-26")
	e.DatePrecision, e.DateSource, e.Evidence = diplograph.PrecisionDay, diplograph.DateSourceSentence, "bukti dari "+id
	a.Events = []diplograph.Event{e}
	a.Statements[0].Date = diplograph.NullString(stDate)
	return a
}

// checkValues runs each query of want, which returns one value, and
// compares that value, printed, with the string it maps to.
func checkValues(t *testing.T, db *graph.DB, when string, want map[string]string) {
	t.Helper()
	for q, w := range want {
		if got := fmt.Sprint(neo4jtest.Value(t, db, q, nil)); got != w {
			t.Errorf("%s: %s\ngot  %s\nwant %s", when, q, got, w)
		}
	}
}
