package graph_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/migrations"
	"github.com/diplograph/diplograph/nlp"
)

// emptyGraph opens the test database, deletes every node but the migration
// records, and applies the migrations, whose constraints the writer relies on.
func emptyGraph(t *testing.T) *graph.DB {
	t.Helper()
	db := openTestDB(t, neo4jtest.Config(t))
	ctx := context.Background()
	session := db.Session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	res, err := session.Run(ctx, `MATCH (n) WHERE NOT n:__Migration
		CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("emptying the test graph: %v", err)
	}
	if _, err := db.Migrate(ctx, migrations.Files); err != nil {
		t.Fatalf("migrating the test graph: %v", err)
	}
	return db
}

func newWriter(t *testing.T, db *graph.DB, batch int) *graph.Writer {
	t.Helper()
	w, err := graph.NewWriter(db, graph.WriteOptions{BatchSize: batch})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func queryInt(t *testing.T, db *graph.DB, cypher string, params map[string]any) int64 {
	t.Helper()
	return neo4jtest.Value(t, db, cypher, params).(int64)
}

// shape counts nodes per label set and relationships per type.
func shape(t *testing.T, db *graph.DB) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		out := map[string]int64{}
		for _, q := range []string{
			`MATCH (n) WHERE NOT n:__Migration UNWIND labels(n) AS l RETURN l AS k, count(*) AS c`,
			`MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c`,
		} {
			r, err := tx.Run(ctx, q, nil)
			if err != nil {
				return nil, err
			}
			recs, err := r.Collect(ctx)
			if err != nil {
				return nil, err
			}
			for _, rec := range recs {
				out[rec.Values[0].(string)] = rec.Values[1].(int64)
			}
		}
		return out, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return res.(map[string]int64)
}

func write(t *testing.T, w *graph.Writer, arts ...diplograph.Article) diplograph.WriteReport {
	t.Helper()
	rep, err := w.Write(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rep.Articles {
		if a.Outcome == diplograph.Failed {
			t.Fatalf("article %s failed: %v", a.Name, a.Err)
		}
	}
	return rep
}

// story builds an extraction as nlp would: Lavrov (for Russia) criticises
// the United States, Peskov speaks, all on one day.
func story(id, url, outlet string) diplograph.Article {
	return diplograph.Article{
		Source: "test/" + id + ".txt", ID: id, URL: url, Title: "Rusia kecam AS " + id,
		Outlet: diplograph.NullString(outlet), Language: "id", Published: "2023-10-27T07:37:00+07:00",
		Actors: []diplograph.Actor{
			{ID: "rus", Name: "Russia", Type: diplograph.TypeCountry, Country: "RUS", Aliases: []string{"Rusia"}, Mentions: 3},
			{ID: "usa", Name: "United States", Type: diplograph.TypeCountry, Country: "USA", Aliases: []string{"AS"}, Mentions: 2},
			{ID: "sergey-lavrov", Name: "Sergey Lavrov", Type: diplograph.TypePerson, Country: "RUS", Aliases: []string{"Lavrov"}, Mentions: 2,
				Roles: []diplograph.Role{{Title: "Minister of Foreign Affairs", Of: "rus", From: "2004-03-09"}}},
			{ID: "dmitry-peskov", Name: "Dmitry Peskov", Type: diplograph.TypePerson, Country: "RUS", Mentions: 1,
				Roles: []diplograph.Role{{Title: "juru bicara Kremlin", Of: "kremlin"}}},
		},
		Statements: []diplograph.Statement{
			{ID: "st-lavrov-1", Speaker: "sergey-lavrov", Text: "Washington bermain api", Kind: diplograph.KindDirect, Date: "2023-10-26", About: []string{"usa"}},
		},
		Events: []diplograph.Event{
			{ID: "ev-rus-usa-11-20231026", Source: "rus", Target: "usa", Cameo: "111", Root: "11", QuadClass: 3, Goldstein: -2,
				Date: "2023-10-26", Evidence: "Rusia mengecam AS pada Kamis (26/10).", Confidence: 0.8},
		},
	}
}

func TestWriteTwiceChangesNothing(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	a, b := story("a1", "https://one.example/a1", "One"), story("b1", "https://two.example/b1", "Two")
	b.Events[0].ID = "ev-other"
	first := write(t, w, a, b)
	if first.Count(diplograph.New) != 2 || first.NodesCreated == 0 || first.RelationshipsCreated == 0 {
		t.Fatalf("first write: %+v", first)
	}
	before := shape(t, db)
	again := write(t, w, a, b)
	if again.Count(diplograph.Unchanged) != 2 || again.NodesCreated != 0 || again.RelationshipsCreated != 0 || again.NodesDeleted != 0 {
		t.Fatalf("second write should change nothing: %+v", again)
	}
	if after := shape(t, db); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Fatalf("graph changed on re-ingest:\nbefore %v\nafter  %v", before, after)
	}
}

func TestSameEventAndQuoteFromTwoOutletsAreOneNodeEach(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	a, b := story("a1", "https://one.example/a1", "One"), story("b1", "https://two.example/b1", "Two")
	b.Actors[0].Aliases = []string{"Moskow"}
	b.Actors[2].Type = diplograph.TypeOrganization // a misreading in one article
	// In separate transactions as well as in one batch.
	write(t, w, a)
	write(t, w, b)

	if n := queryInt(t, db, `MATCH (e:Event) RETURN count(e)`, nil); n != 1 {
		t.Errorf("events: got %d, want 1", n)
	}
	if n := queryInt(t, db, `MATCH (:Event {id: 'ev-rus-usa-11-20231026'})-[:REPORTED_IN]->(a:Article) RETURN count(DISTINCT a.outlet)`, nil); n != 2 {
		t.Errorf("outlets reporting the event: got %d, want 2", n)
	}
	if n := queryInt(t, db, `MATCH (:Actor {id:'sergey-lavrov'})-[:MADE]->(s:Statement)-[:REPORTED_IN]->(a:Article) RETURN count(a)`, nil); n != 2 {
		t.Errorf("articles reporting Lavrov's statement: got %d, want 2", n)
	}
	if n := queryInt(t, db, `MATCH (s:Statement) RETURN count(s)`, nil); n != 1 {
		t.Errorf("statements: got %d, want 1", n)
	}
	if n := queryInt(t, db, `MATCH (:Actor {id:'rus'})-[:ACTED]->(:Event)-[:ON]->(:Actor {id:'usa'}) RETURN count(*)`, nil); n != 1 {
		t.Errorf("rus-ACTED->event-ON->usa paths: got %d, want 1", n)
	}
	if n := queryInt(t, db, `MATCH (x:Actor:Country {id:'rus'}) WHERE 'Rusia' IN x.aliases AND 'Moskow' IN x.aliases RETURN count(x)`, nil); n != 1 {
		t.Errorf("Russia should be one :Actor:Country with both articles' aliases")
	}
	if n := queryInt(t, db, `MATCH (x:Actor {id:'sergey-lavrov'}) WHERE labels(x) = ['Actor', 'Person'] RETURN count(x)`, nil); n != 1 {
		t.Errorf("an actor should keep the first type it was given, and one type only")
	}
	if n := queryInt(t, db, `MATCH (:Article {id:'a1'})-[m:MENTIONS]->(:Actor {id:'rus'}) RETURN m.count`, nil); n != 3 {
		t.Errorf("MENTIONS count: got %d, want 3", n)
	}
	if n := queryInt(t, db, `MATCH (:Actor {id:'dmitry-peskov'})-[r:HOLDS_ROLE {title:'juru bicara Kremlin'}]->(k:Actor {id:'kremlin'}) RETURN count(r)`, nil); n != 1 {
		t.Errorf("a title seen in text should give a HOLDS_ROLE edge to a node for its body")
	}
	if n := queryInt(t, db, `MATCH (:Actor {id:'sergey-lavrov'})-[r:HOLDS_ROLE]->(:Actor {id:'rus'}) WHERE r.from = date('2004-03-09') RETURN count(r)`, nil); n != 1 {
		t.Errorf("Lavrov's role should carry its start as a DATE")
	}
	if n := queryInt(t, db, `MATCH (a:Article {id:'a1'}) WHERE a.published = date('2023-10-27')
		AND a.published_time = datetime('2023-10-27T07:37:00+07:00') AND a.ingested_at IS NOT NULL RETURN count(a)`, nil); n != 1 {
		t.Errorf("published should be the DATE, published_time the DATETIME as printed")
	}
}

func TestChangedArticleReplacesItsContributions(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	v1 := story("v1", "https://one.example/story", "One")
	v1.Statements = append(v1.Statements, diplograph.Statement{ID: "st-only-v1", Speaker: "dmitry-peskov", Text: "tidak ada komentar", Kind: diplograph.KindDirect})
	v1.Events = append(v1.Events, diplograph.Event{ID: "ev-only-v1", Source: "usa", Target: "rus", Cameo: "0231", Root: "02", QuadClass: 1, Date: "2023-10-26", Evidence: "x", Confidence: 0.5})
	other := story("other", "https://two.example/other", "Two") // also reports the shared event and quote
	write(t, w, v1, other)

	v2 := story("v2", "https://one.example/story", "One")
	v2.Events[0].ID = "ev-new-in-v2"
	rep := write(t, w, v2)
	if rep.Count(diplograph.Replaced) != 1 || rep.NodesDeleted == 0 {
		t.Fatalf("want one replaced article that deleted nodes: %+v", rep)
	}
	checks := map[string]string{
		"old version gone":             `MATCH (a:Article {id:'v1'}) RETURN count(a) = 0`,
		"one article for the URL":      `MATCH (a:Article {url:'https://one.example/story'}) RETURN count(a) = 1 AND collect(a.id) = ['v2']`,
		"v1-only statement deleted":    `MATCH (s:Statement {id:'st-only-v1'}) RETURN count(s) = 0`,
		"v1-only event deleted":        `MATCH (e:Event {id:'ev-only-v1'}) RETURN count(e) = 0`,
		"shared event kept once":       `MATCH (e:Event {id:'ev-rus-usa-11-20231026'})-[:REPORTED_IN]->(a) RETURN count(a) = 1 AND collect(a.id) = ['other']`,
		"shared statement in both":     `MATCH (s:Statement {id:'st-lavrov-1'})-[:REPORTED_IN]->(a) RETURN count(a) = 2`,
		"v2's event written":           `MATCH (e:Event {id:'ev-new-in-v2'})-[:REPORTED_IN]->(:Article {id:'v2'}) RETURN count(e) = 1`,
		"no orphan statement or event": `MATCH (x) WHERE (x:Statement OR x:Event) AND NOT (x)-[:REPORTED_IN]->() RETURN count(x) = 0`,
		"actors stay":                  `MATCH (a:Actor {id:'dmitry-peskov'}) RETURN count(a) = 1`,
	}
	for what, q := range checks {
		if ok := neo4jtest.Value(t, db, q, nil); ok != true {
			t.Errorf("%s: %v", what, ok)
		}
	}

	// Ingesting the whole history again (an input holding both versions)
	// changes nothing: the old version is known to be superseded.
	before := shape(t, db)
	again := write(t, w, v1, v2)
	if again.Count(diplograph.Unchanged) != 2 || again.NodesCreated+again.NodesDeleted+again.RelationshipsCreated != 0 {
		t.Errorf("re-ingesting both versions: %+v", again)
	}
	if after := shape(t, db); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("graph changed:\nbefore %v\nafter  %v", before, after)
	}
	v3 := story("v3", "https://one.example/story", "One")
	v3.Events[0].ID = "ev-v3"
	if rep := write(t, w, v3); rep.Count(diplograph.Replaced) != 1 {
		t.Errorf("a third version should replace the second: %+v", rep.Articles)
	}
	if rep := write(t, w, v1); rep.Count(diplograph.Unchanged) != 1 {
		t.Errorf("the first version should stay superseded by the third: %+v", rep.Articles)
	}
}

// withConstraint adds a uniqueness constraint for the length of a test: the
// real ones are on ids the writer MERGEs on, so a test that wants a
// violation brings its own.
func withConstraint(t *testing.T, db *graph.DB, name, label, prop string) {
	t.Helper()
	ctx := context.Background()
	exec := func(q string) {
		session := db.Session(ctx, neo4j.AccessModeWrite)
		defer session.Close(ctx)
		r, err := session.Run(ctx, q, nil)
		if err == nil {
			_, err = r.Consume(ctx)
		}
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(fmt.Sprintf("CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:%s) REQUIRE n.%s IS UNIQUE", name, label, prop))
	t.Cleanup(func() { exec("DROP CONSTRAINT " + name + " IF EXISTS") })
}

func TestConstraintViolationNamesTheArticleAndSparesTheBatch(t *testing.T) {
	db := emptyGraph(t)
	withConstraint(t, db, "test_article_title", "Article", "title")
	w := newWriter(t, db, 10)
	first := story("a1", "https://one.example/a1", "One")
	write(t, w, first)

	dup := story("dup", "https://two.example/dup", "Two")
	dup.Source = "feeds/dup-title.txt"
	dup.Title = first.Title
	ok1, ok2 := story("ok1", "https://two.example/ok1", "Two"), story("ok2", "https://two.example/ok2", "Two")
	rep, err := w.Write(context.Background(), []diplograph.Article{ok1, dup, ok2})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count(diplograph.New) != 2 || rep.Count(diplograph.Failed) != 1 {
		t.Fatalf("want 2 new and 1 failed: %+v", rep.Articles)
	}
	for _, a := range rep.Articles {
		if a.Outcome != diplograph.Failed {
			continue
		}
		msg := a.Err.Error()
		if a.Name != dup.Source || !strings.Contains(msg, dup.Source) || !strings.Contains(msg, "ConstraintValidationFailed") {
			t.Errorf("the failure should name %s and the violated constraint: %s: %s", dup.Source, a.Name, msg)
		}
	}
}

func TestArticleFailingMidWriteLeavesNothing(t *testing.T) {
	db := emptyGraph(t)
	withConstraint(t, db, "test_statement_text", "Statement", "text")
	w := newWriter(t, db, 10)
	write(t, w, story("a1", "https://one.example/a1", "One"))

	// bad fails at its statements, after its article, actors, roles and
	// mentions were written in the same transaction.
	bad := story("bad", "https://two.example/bad", "Two")
	bad.Actors = append(bad.Actors, diplograph.Actor{ID: "only-in-bad", Name: "Only In Bad", Type: diplograph.TypePerson, Mentions: 1,
		Roles: []diplograph.Role{{Title: "envoy", Of: "body-only-in-bad"}}})
	bad.Statements[0].ID = "st-same-text-other-id"
	bad.Events[0].ID = "ev-only-in-bad"
	good := story("good", "https://two.example/good", "Two")
	good.Events[0].ID = "ev-good"
	good.Statements[0].ID = "st-good"
	good.Statements[0].Text = "teks lain"

	before := shape(t, db)
	rep, err := w.Write(context.Background(), []diplograph.Article{bad, good})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count(diplograph.Failed) != 1 || rep.Count(diplograph.New) != 1 {
		t.Fatalf("want bad failed and good new: %+v", rep.Articles)
	}
	for what, q := range map[string]string{
		"bad's article":         `MATCH (a:Article {id:'bad'}) RETURN count(a)`,
		"bad's new actors":      `MATCH (a:Actor) WHERE a.id IN ['only-in-bad', 'body-only-in-bad'] RETURN count(a)`,
		"bad's event":           `MATCH (e:Event {id:'ev-only-in-bad'}) RETURN count(e)`,
		"bad's mentions":        `MATCH (:Article {id:'bad'})-[m:MENTIONS]->() RETURN count(m)`,
		"statement with new id": `MATCH (s:Statement {id:'st-same-text-other-id'}) RETURN count(s)`,
	} {
		if n := queryInt(t, db, q, nil); n != 0 {
			t.Errorf("%s: %d left behind by a failed article", what, n)
		}
	}
	after := shape(t, db)
	if after["Article"] != before["Article"]+1 || after["Event"] != before["Event"]+1 {
		t.Errorf("only good should have been added: before %v after %v", before, after)
	}
}

func TestUnattributedQuoteIsStoredWithoutSpeaker(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	a := story("a1", "", "One")
	a.Statements = append(a.Statements, diplograph.Statement{ID: "st-nobody", Text: "Pintu dialog belum tertutup", Kind: diplograph.KindDirect, Date: "2023-10-26", About: []string{"usa"}})
	write(t, w, a)
	if n := queryInt(t, db, `MATCH (s:Statement {id: 'st-nobody'})-[:REPORTED_IN]->(:Article {id: 'a1'}) WHERE NOT EXISTS { ()-[:MADE]->(s) } AND EXISTS { (s)-[:ABOUT]->(:Actor {id: 'usa'}) } RETURN count(s)`, nil); n != 1 {
		t.Fatalf("a statement without a speaker should be a Statement node with no MADE edge, reported and about its actors")
	}
	if again := write(t, w, a); again.Count(diplograph.Unchanged) != 1 || again.NodesCreated != 0 {
		t.Errorf("writing it again should change nothing: %+v", again)
	}
	got, err := db.Statements(context.Background(), graph.StatementQuery{About: "usa", Page: graph.Page{Limit: 10}})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range got.Items {
		switch s.ID {
		case "st-nobody":
			if s.Speaker != nil {
				t.Errorf("speaker %+v, want none", s.Speaker)
			}
		case "st-lavrov-1":
			if s.Speaker == nil || s.Speaker.ID != "sergey-lavrov" {
				t.Errorf("speaker %+v, want sergey-lavrov", s.Speaker)
			}
		}
	}
	if len(got.Items) != 2 {
		t.Errorf("statements about usa: %+v", got.Items)
	}
}

func TestInvalidExtractionIsRefusedByName(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	bad := story("bad", "", "One")
	bad.Events[0].Date = "26 Oktober"
	rep, err := w.Write(context.Background(), []diplograph.Article{bad, story("good", "", "One")})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count(diplograph.Failed) != 1 || rep.Count(diplograph.New) != 1 {
		t.Fatalf("%+v", rep.Articles)
	}
	if f := rep.Articles[0]; f.Outcome != diplograph.Failed || !strings.Contains(f.Err.Error(), "test/bad.txt") || !strings.Contains(f.Err.Error(), "26 Oktober") {
		t.Errorf("error should name the article and the bad value: %v", f.Err)
	}
	if n := queryInt(t, db, `MATCH (a:Article {id:'bad'}) RETURN count(a)`, nil); n != 0 {
		t.Errorf("refused article was written")
	}
}

// behindProxy empties the test graph and opens it directly, and returns
// the configuration of a connection through a TCP proxy the test can cut
// to play a Neo4j going away.
func behindProxy(t *testing.T) (direct *graph.DB, proxied graph.Config, p *proxy, target string) {
	t.Helper()
	cfg := neo4jtest.Config(t)
	target = strings.TrimPrefix(cfg.URI, "bolt://")
	if strings.Contains(target, "://") {
		t.Skipf("the proxy speaks plain Bolt only, not %s", cfg.URI)
	}
	direct = emptyGraph(t)
	p = startProxy(t, "127.0.0.1:0", target)
	cfg.URI = "bolt://" + p.addr
	cfg.QueryTimeout = 5 * time.Second
	return direct, cfg, p, target
}

// retrying opens the proxied connection with the driver retrying for d.
func retrying(t *testing.T, cfg graph.Config, d time.Duration) *graph.DB {
	t.Helper()
	cfg.RetryTime = d
	return openTestDB(t, cfg)
}

func TestNeo4jGoingAwayNamesArticlesNotWritten(t *testing.T) {
	direct, cfg, proxy, target := behindProxy(t)
	w := newWriter(t, retrying(t, cfg, 3*time.Second), 2)
	// The patient writer's transactions may queue behind a busy machine's
	// other work once Neo4j is back: only its retrying is under test.
	slow := cfg
	slow.QueryTimeout = time.Minute
	patient := newWriter(t, retrying(t, slow, 20*time.Second), 2)
	ctx := context.Background()
	write(t, w, story("before", "", "One"))

	proxy.stop()
	arts := []diplograph.Article{story("x1", "", "One"), story("x2", "", "One"), story("x3", "", "One")}
	start := time.Now()
	rep, err := w.Write(ctx, arts)
	var nw *diplograph.NotWrittenError
	if !errors.As(err, &nw) || !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("want a NotWrittenError wrapping ErrUnavailable, got %v", err)
	}
	if took := time.Since(start); took < 3*time.Second {
		t.Errorf("gave up after %s, before the retry time", took)
	}
	if len(nw.Articles) != 3 || !strings.Contains(err.Error(), "test/x1.txt") || len(rep.Articles) != 0 {
		t.Errorf("all three articles should be named as not written: %v (report %+v)", err, rep.Articles)
	}
	t.Logf("while Neo4j is away: %v", err)
	if n := queryInt(t, direct, `MATCH (a:Article) WHERE a.id STARTS WITH 'x' RETURN count(a)`, nil); n != 0 {
		t.Fatalf("%d articles written while Neo4j was away", n)
	}

	// Neo4j comes back while the writer is still retrying: the same call
	// completes, and re-running it leaves no duplicates.
	go func() {
		time.Sleep(time.Second)
		startProxy(t, proxy.addr, target)
	}()
	rep = write(t, patient, arts...)
	if rep.Count(diplograph.New) != 3 {
		t.Fatalf("after recovery: %+v", rep.Articles)
	}
	if rep = write(t, w, arts...); rep.Count(diplograph.Unchanged) != 3 {
		t.Fatalf("re-run: %+v", rep.Articles)
	}
}

func TestConcurrentWritersCreateNoDuplicates(t *testing.T) {
	emptyGraph(t)
	cfg := neo4jtest.Config(t)
	// Each writer has its own pool, as separate ingest processes would, and
	// they all write the same articles and actors in different orders.
	var arts []diplograph.Article
	for i := range 40 {
		a := story(fmt.Sprintf("c%02d", i), fmt.Sprintf("https://one.example/c%02d", i), "One")
		a.Events[0].ID = fmt.Sprintf("ev-%d", i%7)
		a.Statements[0].ID = fmt.Sprintf("st-%d", i%5)
		arts = append(arts, a)
	}
	if newTotal := writeAtOnce(t, cfg, 5, 11, arts).Count(diplograph.New); newTotal != len(arts) {
		t.Errorf("articles counted new across writers: %d, want %d", newTotal, len(arts))
	}
	db := openTestDB(t, cfg)
	s := shape(t, db)
	if s["Article"] != 40 || s["Event"] != 7 || s["Statement"] != 5 || s["Actor"] != 5 || s["REPORTED_IN"] != 80 || s["MENTIONS"] != 160 {
		t.Errorf("duplicates or losses: %v", s)
	}
	// Each event was counted once, by the writer that created it, and
	// each report by the writer that wrote it.
	if got := aggregate(t, exactAggregates(t, db), "Dyad(rus,usa)"); got != "events=7 quads=[0 0 7 0] goldstein_sum=-14.000000 articles=40 first=2023-10-26 last=2023-10-26" {
		t.Errorf("Dyad(rus,usa) = %s", got)
	}
}

// writeAtOnce runs four writers at once, each with its own pool as
// separate ingest processes would have, writing arts in batches of batch,
// writer p from the article p*step on. It fails the test unless every
// article was written, and returns the four reports as one.
func writeAtOnce(t *testing.T, cfg graph.Config, batch, step int, arts []diplograph.Article) diplograph.WriteReport {
	t.Helper()
	var wg sync.WaitGroup
	reports := make([]diplograph.WriteReport, 4)
	errs := make([]error, 4)
	for p := range 4 {
		w := newWriter(t, openTestDB(t, cfg), batch)
		mine := make([]diplograph.Article, len(arts))
		for i := range arts {
			mine[i] = arts[(i+p*step)%len(arts)]
		}
		wg.Go(func() { reports[p], errs[p] = w.Write(context.Background(), mine) })
	}
	wg.Wait()
	var all diplograph.WriteReport
	for p := range 4 {
		if errs[p] != nil {
			t.Fatalf("writer %d: %v", p, errs[p])
		}
		if n := reports[p].Count(diplograph.Failed); n > 0 {
			t.Fatalf("writer %d: %d failed: %+v", p, n, reports[p].Articles)
		}
		all.Articles = append(all.Articles, reports[p].Articles...)
		all.Add(reports[p].Counters)
	}
	return all
}

func TestDictionaryGivesRolesAndCanonicalNames(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	known := []diplograph.Actor{
		{ID: "usa", Name: "United States", Type: diplograph.TypeCountry, Country: "USA", Aliases: []string{"Amerika Serikat", "AS"}},
		{ID: "antony-blinken", Name: "Antony Blinken", Type: diplograph.TypePerson, Country: "USA", Aliases: []string{"Blinken"},
			Roles: []diplograph.Role{{Title: "Secretary of State", Of: "usa", From: "2021-01-26", To: "2025-01-20"}}},
	}
	c, err := w.WriteDictionary(context.Background(), "test", known)
	if err != nil {
		t.Fatal(err)
	}
	if c.NodesCreated != 2 || c.RelationshipsCreated != 1 {
		t.Errorf("counters: %+v", c)
	}
	if c, err = w.WriteDictionary(context.Background(), "test", known); err != nil || c != (diplograph.Counters{}) {
		t.Errorf("second dictionary write should change nothing: %+v %v", c, err)
	}
	// An article naming him differently keeps the canonical name and adds the alias.
	a := story("a1", "", "One")
	a.Actors = append(a.Actors, diplograph.Actor{ID: "antony-blinken", Name: "Tony Blinken", Type: diplograph.TypePerson, Aliases: []string{"Menlu AS Blinken"}, Mentions: 1})
	write(t, w, a)
	if n := queryInt(t, db, `MATCH (p:Actor:Person {id:'antony-blinken', name:'Antony Blinken'})-[r:HOLDS_ROLE {title:'Secretary of State'}]->(:Actor:Country {id:'usa'})
		WHERE r.from = date('2021-01-26') AND r.to = date('2025-01-20') AND p.aliases = ['Blinken', 'Menlu AS Blinken'] RETURN count(r)`, nil); n != 1 {
		t.Errorf("Blinken should hold his dated role, keep his canonical name and gain the alias")
	}
}

func TestConnectionCutMidBatchLeavesNoHalfWrittenArticle(t *testing.T) {
	direct, cfg, proxy, _ := behindProxy(t)
	w := newWriter(t, retrying(t, cfg, time.Second), 500)
	var arts []diplograph.Article
	for i := range 500 {
		a := story(fmt.Sprintf("cut%03d", i), fmt.Sprintf("https://one.example/cut%03d", i), "One")
		a.Events[0].ID = fmt.Sprintf("ev-cut-%d", i)
		a.Statements[0].ID = fmt.Sprintf("st-cut-%d", i)
		arts = append(arts, a)
	}
	// Cut every connection as soon as the batch has started writing.
	go func() {
		// The needle is a parameter, so that this query does not find itself.
		for queryInt(t, direct, `SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $needle RETURN count(*)`,
			map[string]any{"needle": "UNWIND $rows"}) == 0 {
			time.Sleep(time.Millisecond)
		}
		proxy.stop()
	}()
	rep, err := w.Write(context.Background(), arts)
	var nw *diplograph.NotWrittenError
	if !errors.As(err, &nw) {
		t.Fatalf("want a NotWrittenError after the cut, got %v (%d written)", err, len(rep.Articles))
	}
	written := int64(rep.Count(diplograph.New))
	t.Logf("cut mid-write: %d written, %d not: %v", written, len(nw.Articles), err)
	if n := queryInt(t, direct, `MATCH (a:Article) WHERE a.id STARTS WITH 'cut' RETURN count(a)`, nil); n != written {
		t.Errorf("%d articles in the graph, %d reported written", n, written)
	}
	// Whatever was cut off left nothing behind: no event or statement
	// without the article that reports it.
	if n := queryInt(t, direct, `MATCH (x) WHERE (x:Statement OR x:Event) AND NOT (x)-[:REPORTED_IN]->() RETURN count(x)`, nil); n != 0 {
		t.Errorf("%d statements or events of unwritten articles remain", n)
	}
	if int(written)+len(nw.Articles) != len(arts) {
		t.Errorf("%d written + %d named as not written != %d", written, len(nw.Articles), len(arts))
	}
}

// summitPages are pages of our own: one dated meeting between Indonesia's
// and Japan's leaders told by three outlets (one names the states, two the
// leaders), a look-alike on another day and an undated one.
var summitPages = []diplograph.Document{
	{URL: "https://satu.example/jokowi-kishida", Outlet: "Satu", Text: []byte("Jokowi Bertemu Kishida di Tokyo\n\n" +
		"Tokyo - Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo pada Minggu (17/12/2023). " +
		"Kedua pemimpin membahas kerja sama energi dan perdagangan.")},
	{URL: "https://dua.example/indonesia-jepang", Outlet: "Dua", Text: []byte("Indonesia dan Jepang Bahas Energi\n\n" +
		"Jakarta - Indonesia bertemu Jepang dalam pertemuan bilateral di Tokyo, Minggu (17/12/2023). " +
		"Pertemuan itu membahas investasi dan transisi energi.")},
	{URL: "https://tiga.example/kishida", Outlet: "Tiga", Text: []byte("Kishida Terima Presiden Indonesia\n\n" +
		"Tokyo - Perdana Menteri Jepang Fumio Kishida bertemu Presiden Joko Widodo di kantor perdana menteri pada 17 Desember 2023. " +
		"Keduanya juga membicarakan situasi di Laut China Selatan.")},
	{URL: "https://satu.example/jakarta", Outlet: "Satu", Text: []byte("Jokowi dan Kishida Kembali Bertemu\n\n" +
		"Jakarta - Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Jakarta pada Sabtu (9/9/2023). " +
		"Pertemuan itu membahas kerja sama maritim.")},
	{URL: "https://empat.example/maritim", Outlet: "Empat", Text: []byte("Kerja Sama Maritim Dibahas\n\n" +
		"Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida untuk membahas kerja sama maritim kedua negara.")},
}

// TestOneEventToldByThreePagesIsOneNodeWithEachPagesReport runs pages
// through the real extractor into the real Neo4j, one at a time in this
// order: the meeting of 17 December 2023 becomes one node each way (talks
// are coded A→B and B→A) with one REPORTED_IN per page, each keeping what
// its page said; the look-alikes stay apart. A new version of the first
// page that no longer tells the meeting gives the event to the next page's
// report, and the aggregates follow.
func TestOneEventToldByThreePagesIsOneNodeWithEachPagesReport(t *testing.T) {
	db := emptyGraph(t)
	w := newWriter(t, db, 10)
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	extract := func(doc diplograph.Document) diplograph.Article {
		a, err := x.Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	for _, doc := range summitPages {
		write(t, w, extract(doc))
	}
	// The Indonesia→Japan side of the meeting, found by its day.
	const summit = `MATCH (e:Event {date: date('2023-12-17')}) WHERE e.source IN ['idn', 'joko-widodo'] `
	checkValues(t, db, "all pages in", map[string]string{
		`MATCH (e:Event {date: date('2023-12-17')}) RETURN count(e)`:                                                                               "2",
		`MATCH (e:Event {date: date('2023-12-17')})-[:REPORTED_IN]->(a) WITH e, count(DISTINCT a) AS n, count(*) AS r RETURN collect(n + '/' + r)`: "[3/3 3/3]",
		summit + `MATCH (e)-[r:REPORTED_IN]->(a) WITH a, r ORDER BY a.url
			RETURN collect(a.outlet + ':' + r.source + '>' + r.target + ' ' + toString(r.date) + ' ' + r.date_source + ' ' + (r.evidence <> ''))`: "[Dua:idn>jpn 2023-12-17 sentence true " +
			"Satu:joko-widodo>fumio-kishida 2023-12-17 sentence true Tiga:joko-widodo>fumio-kishida 2023-12-17 sentence true]",
		// The event is its first stored report's: Satu's, naming the leaders.
		summit + `MATCH (s)-[:ACTED]->(e)-[:ON]->(t) RETURN collect(s.id + '>' + t.id + ' ' + e.date_precision)`:                                          "[joko-widodo>fumio-kishida day]",
		`MATCH (e:Event {date: date('2023-09-09')})-[:REPORTED_IN]->(a) RETURN count(DISTINCT e) + ' ' + count(a)`:                                        "2 2",
		`MATCH (e:Event) WHERE e.date IS NULL AND e.undated MATCH (e)-[:REPORTED_IN]->(a) RETURN count(DISTINCT e) + ' ' + collect(DISTINCT a.outlet)[0]`: "2 Empat",
		`MATCH (e:Event) RETURN count(e)`: "6",
	})
	exactAggregates(t, db)

	// The first page corrected: the meeting is gone from it.
	fixed := summitPages[0]
	fixed.Text = []byte("Jokowi di Tokyo\n\nTokyo - Presiden Joko Widodo menghadiri sebuah forum ekonomi pada Minggu (17/12/2023). " +
		"Forum itu membahas energi terbarukan.")
	if a := extract(fixed); len(a.Events) > 0 {
		t.Fatalf("the corrected page should tell no event, it tells %+v", a.Events)
	} else if rep := write(t, w, a); rep.Count(diplograph.Replaced) != 1 {
		t.Fatalf("the corrected page should replace the first: %+v", rep.Articles)
	}
	checkValues(t, db, "the first page corrected", map[string]string{
		`MATCH (e:Event {date: date('2023-12-17')})-[:REPORTED_IN]->(a) WITH e, count(a) AS n RETURN collect(n)`: "[2 2]",
		// Now Dua's report, naming the states, is the event's.
		summit + `MATCH (s)-[:ACTED]->(e)-[:ON]->(t) RETURN collect(s.id + '>' + t.id + ' ' + e.source + '>' + e.target + ' ' + e.date_source)`: "[idn>jpn idn>jpn sentence]",
		summit + `RETURN COUNT { ()-[:ACTED]->(e) } + ' ' + COUNT { (e)-[:ON]->() }`:                                                            "1 1",
	})
	set := exactAggregates(t, db)
	if _, ok := set["Dyad(joko-widodo,fumio-kishida)"]; !ok {
		t.Errorf("the other day's meeting should keep the leaders' Dyad")
	}
	if got := aggregate(t, set, "Dyad(idn,jpn)"); !strings.HasPrefix(got, "events=1 ") || !strings.Contains(got, "articles=2 ") {
		t.Errorf("Dyad(idn,jpn) = %s, want one event with two reports", got)
	}
	rebuiltEqual(t, db, set)
}
