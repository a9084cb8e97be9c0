package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// upgraded is story id as a better extractor would read the same page: the
// criticism is coded as a stronger one, an event the old build made up is
// gone, and an aid pledge it missed is found.
func upgraded(a diplograph.Article) diplograph.Article {
	a.Events = []diplograph.Event{a.Events[0], event("ev-aid-pledge", "usa>rus", 2, 3.5, "2023-11-02")}
	a.Events[0].Cameo, a.Events[0].Goldstein = "112", -4
	return a
}

func TestReextractedArticleReplacesItsOwnReports(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	old := story("a1", "https://one.example/a1", "One")
	old.Events = append(old.Events, event("ev-made-up", "rus>usa", 4, -7, "2023-10-01"))
	// a0 is an earlier version of the page, which a1 supersedes.
	a0 := story("a0", old.URL, "One")
	a0.Events = nil
	write(t, w, a0)
	write(t, w, old)
	// The other page tells the shared event and quote too, after a1.
	write(t, w, story("o1", "https://two.example/o1", "Two"))
	before := exactAggregates(t, db)
	since := fmt.Sprint(neo4jtest.Value(t, db, `MATCH (a:Article {id: 'a1'}) RETURN a.ingested_at`, nil))

	rep := write(t, w, upgraded(old))
	if rep.Count(diplograph.Reextracted) != 1 || rep.NodesDeleted == 0 || rep.RelationshipsCreated == 0 {
		t.Fatalf("want one re-extracted article that deleted the made-up event: %+v", rep)
	}
	shared := `MATCH (e:Event {id: 'ev-rus-usa-11-20231026'})-[r:REPORTED_IN]->(a:Article) WITH e, a, r ORDER BY a.id
		WITH e, collect(a.id + ':' + r.cameo) AS reports RETURN e.cameo + ' ' + e.goldstein + ' ' + reduce(s = '', x IN reports | s + ' ' + x)`
	checkValues(t, db, "after the upgrade", map[string]string{
		`MATCH (a:Article {id: 'a1'}) RETURN count(a)`:                                          "1",
		`MATCH (e:Event {id: 'ev-made-up'}) RETURN count(e)`:                                    "0",
		`MATCH (:Event {id: 'ev-aid-pledge'})-[:REPORTED_IN]->(a:Article) RETURN collect(a.id)`: "[a1]",
		// a1 kept its place before o1, so its report is still the one
		// the event is derived from, and it now says 112.
		shared: "112 -4.0  a1:112 o1:111",
		`MATCH (:Statement {id: 'st-lavrov-1'})-[:REPORTED_IN]->(a:Article) RETURN count(a)`:                                        "2",
		`MATCH (:Article {id: 'a1'})-[m:MENTIONS]->() RETURN count(m)`:                                                              "4",
		`MATCH (a:Article {id: 'a1'}) RETURN a.supersedes`:                                                                          "[a0]",
		`MATCH (x) WHERE (x:Statement OR x:Event) AND NOT (x)-[:REPORTED_IN]->() RETURN count(x)`:                                   "0",
		`MATCH (:Actor {id: 'rus'})-[:ACTED]->(e:Event {id: 'ev-rus-usa-11-20231026'})-[:ON]->(:Actor {id: 'usa'}) RETURN count(e)`: "1",
	})
	if got := fmt.Sprint(neo4jtest.Value(t, db, `MATCH (a:Article {id: 'a1'}) RETURN a.ingested_at`, nil)); got != since {
		t.Errorf("the re-extracted article's ingested_at moved from %s to %s", since, got)
	}
	after := exactAggregates(t, db)
	if aggregate(t, after, "Dyad(rus,usa)") == aggregate(t, before, "Dyad(rus,usa)") {
		t.Errorf("the made-up event and the stronger code left Dyad(rus,usa) as it was: %s", aggregate(t, after, "Dyad(rus,usa)"))
	}
	if _, ok := after["Dyad(usa,rus)"]; !ok {
		t.Errorf("the pledge found by the upgrade has no Dyad")
	}

	// The same build again, or an older version of the page, writes nothing.
	shapeBefore := shape(t, db)
	again := write(t, w, upgraded(old), a0)
	if again.Count(diplograph.Unchanged) != 2 || again.Counters != (diplograph.Counters{}) {
		t.Errorf("re-ingesting with the same build: %+v", again)
	}
	if s := shape(t, db); fmt.Sprint(s) != fmt.Sprint(shapeBefore) {
		t.Errorf("graph changed:\nbefore %v\nafter  %v", shapeBefore, s)
	}
	rebuiltEqual(t, db, exactAggregates(t, db))
}

func TestArticleWithoutDigestIsReextractedOnce(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	a, b := story("a1", "https://one.example/a1", "One"), story("b1", "https://two.example/b1", "Two")
	b.Events[0].ID = "ev-other"
	write(t, w, a, b)
	before, aggregates := shape(t, db), exactAggregates(t, db)
	// A graph written before digests were kept.
	if _, err := db.Write(context.Background(), func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(context.Background(), `MATCH (x:Article) REMOVE x.extraction`, nil)
		if err != nil {
			return nil, err
		}
		return res.Consume(context.Background())
	}); err != nil {
		t.Fatal(err)
	}

	if rep := write(t, w, a, b); rep.Count(diplograph.Reextracted) != 2 {
		t.Fatalf("articles without a digest should be re-extracted: %+v", rep.Articles)
	}
	if s := shape(t, db); fmt.Sprint(s) != fmt.Sprint(before) {
		t.Errorf("re-extracting the same extraction changed the graph:\nbefore %v\nafter  %v", before, s)
	}
	if got := exactAggregates(t, db); fmt.Sprint(got) != fmt.Sprint(aggregates) {
		t.Errorf("re-extracting the same extraction changed the aggregates")
	}
	if n := queryInt(t, db, `MATCH (x:Article) WHERE x.extraction IS NOT NULL RETURN count(x)`, nil); n != 2 {
		t.Errorf("%d of 2 articles carry a digest after re-extraction", n)
	}
	if rep := write(t, w, a, b); rep.Count(diplograph.Unchanged) != 2 || rep.Counters != (diplograph.Counters{}) {
		t.Errorf("the second ingest after the upgrade: %+v", rep)
	}
}

func TestConcurrentReextractionsMakeNoTwinsAndLoseNoReport(t *testing.T) {
	db := emptyGraph(t)
	cfg := neo4jtest.Config(t)
	var arts []diplograph.Article
	for i := range 20 {
		a := story(fmt.Sprintf("r%02d", i), fmt.Sprintf("https://one.example/r%02d", i), "One")
		a.Events[0].ID = fmt.Sprintf("ev-%d", i%6)
		arts = append(arts, a)
	}
	write(t, newWriter(t, db, 5), arts...)
	// Four processes bring the same pages up to a new build at once, each
	// in its own order.
	for i := range arts {
		arts[i] = upgraded(arts[i])
	}
	if reextracted := writeAtOnce(t, cfg, 3, 7, arts).Count(diplograph.Reextracted); reextracted != len(arts) {
		t.Errorf("articles re-extracted across writers: %d, want %d", reextracted, len(arts))
	}
	s := shape(t, db)
	if s["Article"] != 20 || s["Event"] != 7 || s["Statement"] != 1 || s["REPORTED_IN"] != 60 || s["MENTIONS"] != 80 {
		t.Errorf("twins or losses: %v", s)
	}
	if got := aggregate(t, exactAggregates(t, db), "Dyad(rus,usa)"); got != "events=6 quads=[0 0 6 0] goldstein_sum=-24.000000 articles=20 first=2023-10-26 last=2023-10-26" {
		t.Errorf("Dyad(rus,usa) = %s", got)
	}
}
