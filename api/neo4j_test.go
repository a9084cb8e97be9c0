package api

import (
	"context"
	"encoding/csv"
	"encoding/xml"
	"io"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	fx "github.com/diplograph/diplograph/internal/graphfixture"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/nlp"
)

// The API against the real Neo4j, on the graph of graphfixture: the sample
// articles ingested through the extractor and the writer, plus the
// hand-made world whose answers the tests know exactly.

type page[T any] struct {
	Items      []T  `json:"items"`
	Limit      int  `json:"limit"`
	Offset     int  `json:"offset"`
	NextOffset *int `json:"next_offset"`
}

func ids(items []graph.ArticleSummary) []string {
	out := []string{}
	for _, a := range items {
		out = append(out, a.ID)
	}
	return out
}

func itemIDs(items []graph.TimelineItem) []string {
	out := []string{}
	for _, it := range items {
		if it.Event != nil {
			out = append(out, it.Event.ID)
		} else if it.Statement != nil {
			out = append(out, it.Statement.ID)
		}
	}
	return out
}

func equal[T comparable](t *testing.T, what string, got, want []T) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: got %v, want %v", what, got, want)
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: got %v, want %v", what, got, want)
			return
		}
	}
}

// getOK fetches target, insists on 200 and decodes the body into v.
func (c *client) getOK(target string, v any) {
	c.t.Helper()
	r := c.get(target)
	if r.status != http.StatusOK {
		c.t.Fatalf("GET %s: %d %s", target, r.status, r.body)
	}
	// Decode into a fresh value: json.Unmarshal keeps fields absent from
	// the body, which would mix one answer into the next.
	reflect.ValueOf(v).Elem().SetZero()
	r.json(c.t, v)
}

func realServer(t *testing.T) (*client, *graph.DB, []diplograph.Article) {
	db := fx.Open(t)
	samples := fx.Load(t, db)
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	w, err := graph.NewWriter(db, graph.WriteOptions{BatchSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	return newClient(t, New(testConfig(), db, &diplograph.Ingester{Extractor: x, Store: w, Workers: 2, Writers: 1, BatchSize: 10}, discardLog())), db, samples
}

func TestEndpointsOnRealGraph(t *testing.T) {
	c, _, samples := realServer(t)

	t.Run("actors", func(t *testing.T) { endpointsActors(t, c) })
	t.Run("timelines", func(t *testing.T) { endpointsTimelines(t, c) })
	t.Run("relations and networks", func(t *testing.T) { endpointsRelationsAndNetworks(t, c) })
	t.Run("graph export", func(t *testing.T) { endpointsGraphExport(t, c) })
	t.Run("statements and articles", func(t *testing.T) { endpointsStatementsAndArticles(t, c) })
	t.Run("sample articles", func(t *testing.T) { endpointsSampleArticles(t, c, samples) })
}

func distinct[T any](items []T, key func(T) string) int {
	seen := map[string]bool{}
	for _, it := range items {
		seen[key(it)] = true
	}
	return len(seen)
}

// evilValues are injection attempts sent through every parameter.
var evilValues = []string{
	"'", "\"", "`", "\\", "'}) DETACH DELETE n //", "x\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
	"` DETACH DELETE n `", "$id", "{id: 1}", "*", "*:*", "name:(a OR b)", "a AND NOT b", "[a TO z]", "kim~2", "/.*/",
	"(", ")", "\"unclosed", "+-&&||!(){}[]^\"~*?:\\/", "AND", "OR NOT", "1; DROP INDEX actor_names", "%00", "../../etc/passwd",
	"0x7fffffffffffffff", "-1", "1e9", "99999999999999999999", "2023-02-30", "NaN",
}

func TestInjectionThroughEveryParameter(t *testing.T) {
	c, db, _ := realServer(t)
	before := fx.Fingerprint(t, db)
	targets := []string{
		"/api/v1/actors?q=%s", "/api/v1/actors?type=%s", "/api/v1/actors?country=%s", "/api/v1/actors?limit=%s", "/api/v1/actors?offset=%s",
		"/api/v1/actors/%s", "/api/v1/actors/%s/timeline", "/api/v1/actors/fx-nor/timeline?counterpart=%s",
		"/api/v1/actors/fx-nor/timeline?from=%s", "/api/v1/actors/fx-nor/timeline?to=%s", "/api/v1/actors/fx-nor/timeline?root=%s",
		"/api/v1/actors/fx-nor/timeline?quad_class=%s", "/api/v1/actors/fx-nor/timeline?kind=%s", "/api/v1/actors/fx-nor/timeline?order=%s",
		"/api/v1/relations/%s/fx-nor/timeline", "/api/v1/relations/fx-nor/%s/timeline",
		"/api/v1/timeline?actor=%s", "/api/v1/timeline?actor=fx-nor&counterpart=%s", "/api/v1/timeline/histogram?interval=%s",
		"/api/v1/actors/%s/relations", "/api/v1/actors/fx-nor/relations?from=%s", "/api/v1/actors/%s/network",
		"/api/v1/actors/fx-nor/network?depth=%s", "/api/v1/actors/fx-nor/network?fanout=%s",
		"/api/v1/paths?from=%s&to=fx-nor", "/api/v1/paths?from=fx-nor&to=%s", "/api/v1/paths?from=fx-nor&to=fx-sud&max_hops=%s",
		"/api/v1/graph?format=%s", "/api/v1/graph?min_weight=%s", "/api/v1/graph?quad_class=%s",
		"/api/v1/statements?q=%s", "/api/v1/statements?speaker=%s", "/api/v1/statements?about=%s", "/api/v1/articles/%s",
	}
	for _, tmpl := range targets {
		for _, v := range evilValues {
			target := strings.Replace(tmpl, "%s", url.QueryEscape(v), 1)
			if strings.Contains(tmpl, "/%s") {
				target = strings.Replace(tmpl, "%s", url.PathEscape(v), 1)
			}
			r := c.get(target)
			switch r.status {
			case 200, 404:
			case 400:
				if r.problem(t).Field == "" {
					t.Errorf("GET %s: 400 names no field", target)
				}
			default:
				t.Errorf("GET %s: %d %s", target, r.status, r.body)
			}
		}
	}
	// Lucene syntax is searched for as text, never interpreted: match-all
	// syntax finds nothing rather than every actor.
	var all page[graph.Actor]
	c.getOK("/api/v1/actors?q="+url.QueryEscape("*:*"), &all)
	if len(all.Items) != 0 {
		t.Errorf("q=*:* matched %d actors", len(all.Items))
	}
	if after := fx.Fingerprint(t, db); after != before {
		t.Error("the graph changed")
	}
}

func TestCypherEndpointOnRealGraph(t *testing.T) {
	c, db, _ := realServer(t)
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	before := fx.Fingerprint(t, db)
	for _, q := range fx.WriteAttempts {
		r := c.do("POST", "/api/v1/cypher", map[string]any{"query": q}, auth)
		p := r.problem(t)
		refused := p.Type == problemType("not-read-only") || p.Type == problemType("procedure-not-allowed")
		if !(r.status == 403 && refused || r.status == 400 && p.Field == "query") {
			t.Errorf("%q: %d %+v", q, r.status, p)
		}
	}
	if after := fx.Fingerprint(t, db); after != before {
		t.Fatal("a write attempt changed the graph")
	}

	var res graph.CypherResult
	r := c.do("POST", "/api/v1/cypher", map[string]any{
		"query":  "MATCH (a:Actor {id: $id})-[:ACTED]->(e:Event) RETURN a.name AS name, e.date AS date, e ORDER BY e.id",
		"params": map[string]any{"id": fx.Norland}, "max_rows": 2}, auth)
	if r.status != 200 {
		t.Fatalf("read query: %d %s", r.status, r.body)
	}
	r.json(t, &res)
	equal(t, "columns", res.Columns, []string{"name", "date", "e"})
	if len(res.Rows) != 2 || !res.Truncated || res.Rows[0][0] != "Norland" || res.Rows[0][1] != "1999-01-10" {
		t.Errorf("rows: %+v truncated %v", res.Rows, res.Truncated)
	}
	node, _ := res.Rows[0][2].(map[string]any)
	if props, _ := node["properties"].(map[string]any); props["cameo"] != "042" {
		t.Errorf("node: %+v", node)
	}

	r = c.do("POST", "/api/v1/cypher", map[string]any{"query": "UNWIND range(1, 100000000) AS a UNWIND range(1, 100) AS b RETURN count(*)"}, auth)
	if r.status != 504 {
		// testConfig's timeout is 5s; Neo4j must stop the query itself.
		t.Errorf("a long query: %d %s", r.status, r.body)
	}
	r = c.do("POST", "/api/v1/cypher", map[string]any{"query": "RETURN [x IN range(1, 10000) | $s] AS huge",
		"params": map[string]any{"s": strings.Repeat("x", 120)}}, auth)
	if p := r.problem(t); r.status != 422 || p.Type != problemType("result-too-large") {
		t.Errorf("a huge single row: %d %+v", r.status, p)
	}
	r = c.do("POST", "/api/v1/cypher", map[string]any{"query": "MATCH (n RETURN n"}, auth)
	if p := r.problem(t); r.status != 400 || p.Field != "query" {
		t.Errorf("syntax error: %d %+v", r.status, p)
	}
}

// Original sentences for the ingest test, about Prime Minister Kishida's
// visit to President Joko Widodo at Bogor Palace on 29 April 2022.
const kishidaVisit = `Jokowi Terima Kunjungan Kishida di Istana Bogor

Bogor (ANTARA) - Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Fumio Kishida di Istana Kepresidenan Bogor pada Jumat (29/4/2022).

Kedua pemimpin membahas kerja sama ekonomi, energi dan situasi keamanan kawasan. "Jepang adalah mitra penting bagi Indonesia," kata Jokowi.

Kishida mengatakan bahwa Jepang mendukung keketuaan Indonesia di G20.`

const kishidaLater = kishidaVisit + `

Menurut Kishida, kedua negara juga sepakat memperkuat kerja sama maritim.`

func TestIngestEndpointOnRealGraph(t *testing.T) {
	c, db, _ := realServer(t)
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	doc := Submission{URL: "https://example.test/kishida-bogor", Title: "Jokowi Terima Kunjungan Kishida di Istana Bogor",
		Published: "2022-04-29", Outlet: "Contoh News", Text: kishidaVisit}

	var rep IngestReport
	r := c.do("POST", "/api/v1/articles", doc, auth)
	if r.status != 201 {
		t.Fatalf("first ingest: %d %s", r.status, r.body)
	}
	r.json(t, &rep)
	if len(rep.Articles) != 1 || rep.New != 1 || rep.Articles[0].Status != "new" || rep.Articles[0].ID == "" || rep.NodesCreated == 0 {
		t.Fatalf("first ingest: %+v", rep)
	}
	id := rep.Articles[0].ID
	var a graph.Article
	c.getOK("/api/v1/articles/"+id, &a)
	if a.Title != doc.Title || a.URL != doc.URL || a.Outlet != doc.Outlet || a.Published != "2022-04-29" || len(a.Actors) != rep.Articles[0].Actors {
		t.Errorf("the ingested article reads back as %+v", a)
	}

	r = c.do("POST", "/api/v1/articles", doc, auth)
	r.json(t, &rep)
	if r.status != 200 || rep.Unchanged != 1 || rep.Articles[0].ID != id || rep.NodesCreated != 0 || rep.RelationshipsCreated != 0 {
		t.Errorf("second ingest of the same article: %d %+v", r.status, rep)
	}

	checkReextractedOnce(t, c, db, doc, id)

	changed := doc
	changed.Text = kishidaLater
	junk := Submission{Text: "\x00\x01\x02\x03 binary \x00\x00\x00"}
	r = c.do("POST", "/api/v1/articles", []Submission{changed, junk}, auth)
	r.json(t, &rep)
	if r.status != 201 || len(rep.Articles) != 2 || rep.Articles[0].Status != "replaced" || rep.Articles[1].Status != "failed" ||
		rep.Articles[1].Error == "" || rep.Replaced != 1 || rep.Failed != 1 {
		t.Errorf("batch with a changed article and junk: %d %+v", r.status, rep)
	}
	if r := c.get("/api/v1/articles/" + id); r.status != 404 {
		t.Errorf("the replaced version is still there: %d", r.status)
	}

	checkCypherInFieldsIsText(t, c, auth)
	checkBadSubmissionsNameTheirField(t, c, auth)
}

// TestNeo4jOutageAndRecovery cuts the connection to Neo4j under a running
// API: requests needing it get a 503 problem, /readyz says not ready, and
// once the connection is back everything answers again by itself.
func TestNeo4jOutageAndRecovery(t *testing.T) {
	cfg := neo4jtest.Config(t)
	target := strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "bolt://"), "neo4j://")
	proxy := startProxy(t, target)
	cfg.URI = "bolt://" + proxy.addr
	cfg.QueryTimeout = 3 * time.Second
	ctx := context.Background()
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	c := newClient(t, New(testConfig(), db, nil, discardLog()))
	if r := c.get("/api/v1/timeline"); r.status != 200 {
		t.Fatalf("before the outage: %d %s", r.status, r.body)
	}
	proxy.cut()
	start := time.Now()
	r := c.get("/api/v1/timeline")
	if p := r.problem(t); r.status != 503 || p.Type != problemType("neo4j-unavailable") || r.header.Get("Retry-After") == "" {
		t.Errorf("during the outage: %d %+v", r.status, p)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the 503 took %s", took)
	}
	if r := c.get("/readyz"); r.status != 503 {
		t.Errorf("/readyz during the outage: %d", r.status)
	}
	proxy.restore()
	deadline := time.Now().Add(20 * time.Second)
	for {
		r := c.get("/api/v1/timeline")
		if r.status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no recovery after the outage: %d %s", r.status, r.body)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if r := c.get("/readyz"); r.status != 200 {
		t.Errorf("/readyz after the outage: %d", r.status)
	}
}

// proxy forwards TCP to Neo4j and can cut every connection and refuse new
// ones, as a stopped server would.
type proxy struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func startProxy(t *testing.T, target string) *proxy {
	p := &proxy{t: t, target: target}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.cut)
	return p
}

func (p *proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", p.target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, in, out)
			p.mu.Unlock()
			go func() { io.Copy(out, in); out.Close() }()
			go func() { io.Copy(in, out); in.Close() }()
		}
	}()
}

func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *proxy) restore() {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		p.t.Fatalf("reopening the proxy: %v", err)
	}
	p.serve(ln)
}

// TestPathsAndArticleListsOnRealGraph: a path from an actor to itself (which
// Neo4j's shortestPath refuses) and the list of articles.
func TestPathsAndArticleListsOnRealGraph(t *testing.T) {
	c, _, _ := realServer(t)
	var paths page[graph.Path]
	// The same actor at both ends is a path of length 0, not a 500.
	c.getOK("/api/v1/paths?from=fx-nor&to=fx-nor", &paths)
	if len(paths.Items) != 1 || len(paths.Items[0].Nodes) != 1 || paths.Items[0].Nodes[0].ID != fx.Norland ||
		paths.Items[0].Nodes[0].Label != "Norland" || len(paths.Items[0].Steps) != 0 || paths.NextOffset != nil {
		t.Errorf("a path from an actor to itself: %+v", paths)
	}
	c.getOK("/api/v1/paths?from=fx-nor&to=fx-nor&offset=1", &paths)
	if len(paths.Items) != 0 {
		t.Errorf("the second page of a path to itself: %+v", paths)
	}
	if r := c.get("/api/v1/paths?from=nobody&to=nobody"); r.status != 404 {
		t.Errorf("an unknown actor to itself: %d %s", r.status, r.body)
	}
	var list page[graph.ArticleSummary]
	c.getOK("/api/v1/articles?outlet=Harian+Uji", &list)
	equal(t, "articles of an outlet, newest first", ids(list.Items), []string{fx.Article3, fx.Article1})
	c.getOK("/api/v1/articles?actor=fx-wes&to=1999-03-01", &list)
	equal(t, "articles naming Westmark before March", ids(list.Items), []string{fx.Article3})
	c.getOK("/api/v1/articles?from=1999-01-11&to=1999-03-31&limit=2", &list)
	equal(t, "articles of a period, first page", ids(list.Items), []string{fx.Article4, fx.Article3})
	if list.NextOffset == nil || *list.NextOffset != 2 {
		t.Errorf("next_offset %v, want 2", list.NextOffset)
	}
	if got := list.Items[0]; got.Title != "Westmark kirim bantuan" || got.Outlet != "Norland Press Agency" ||
		got.Published != "1999-03-21" || got.URL != "https://example.test/berita/4" || got.Source != "fixture/4" {
		t.Errorf("article in a list: %+v", got)
	}
	if r := c.get("/api/v1/articles?actor=nobody"); r.status != 404 {
		t.Errorf("articles of an unknown actor: %d", r.status)
	}
}

// TestCypherProceduresOnRealGraph: only the allowed procedures run.
func TestCypherProceduresOnRealGraph(t *testing.T) {
	c, _, _ := realServer(t)
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	// The query log of the database, and every other procedure outside
	// the allowed ones, is refused with a 403 naming the procedure.
	for _, proc := range []string{"db.stats.retrieve('QUERIES')", "db.stats.collect('QUERIES')", "db.stats.stop('QUERIES')",
		"db.stats.clear('QUERIES')", "dbms.components()", "db.info()"} {
		r := c.do("POST", "/api/v1/cypher", map[string]any{"query": "CALL " + proc}, auth)
		name, _, _ := strings.Cut(proc, "(")
		if p := r.problem(t); r.status != 403 || !strings.Contains(p.Detail, name) {
			t.Errorf("CALL %s: %d %+v", proc, r.status, p)
		}
	}
	r := c.do("POST", "/api/v1/cypher", map[string]any{"query": "CALL db.labels() YIELD label RETURN label ORDER BY label LIMIT 1"}, auth)
	if r.status != 200 || !strings.Contains(string(r.body), `"rows":[["Actor"]]`) {
		t.Errorf("an allowed procedure: %d %s", r.status, r.body)
	}

}

// TestEventsCSVPagesOnRealGraph: the CSV of GET /events takes limit and
// offset like the JSON.
func TestEventsCSVPagesOnRealGraph(t *testing.T) {
	c, _, _ := realServer(t)
	r := c.get("/api/v1/events?format=csv&from=1999-01-01&to=1999-12-31&limit=2&offset=2")
	paged, err := csv.NewReader(strings.NewReader(string(r.body))).ReadAll()
	if err != nil || len(paged) != 3 || paged[1][0] != "fx-ev-3" || paged[2][0] != "fx-ev-4" {
		t.Errorf("a page of the CSV: %v %v", paged, err)
	}
}

// endpointsActors is the subtest "actors" of TestEndpointsOnRealGraph.
func endpointsActors(t *testing.T, c *client) {
	c.t = t
	var found page[graph.Actor]
	c.getOK("/api/v1/actors?q=norland", &found)
	if len(found.Items) < 2 || found.Items[0].ID != fx.Norland {
		t.Fatalf("search norland: %+v", found.Items)
	}
	equal(t, "aliases", found.Items[0].Aliases, []string{"Kerajaan Norland", "Norlandia"})
	c.getOK("/api/v1/actors?q=mira+sat&type=person", &found)
	if len(found.Items) != 1 || found.Items[0].ID != fx.Sato {
		t.Errorf("prefix search with type: %+v", found.Items)
	}
	c.getOK("/api/v1/actors?type=country&country=xnl", &found)
	if len(found.Items) != 1 || found.Items[0].ID != fx.Norland {
		t.Errorf("type and country: %+v", found.Items)
	}
	var a graph.ActorDetail
	c.getOK("/api/v1/actors/"+fx.Kessler, &a)
	if a.Name != "Arvid Kessler" || len(a.Roles) != 1 || a.Roles[0].Of.ID != fx.Norland || a.Statements != 1 || a.Events != 1 ||
		a.FirstSeen != "1999-01-10" || a.LastSeen != "1999-02-04" {
		t.Errorf("actor detail: %+v", a)
	}
	r := c.get("/api/v1/actors/fx-nobody")
	if p := r.problem(t); r.status != 404 || !strings.Contains(p.Detail, "fx-nobody") {
		t.Errorf("unknown actor: %d %+v", r.status, p)
	}
}

// endpointsTimelines is the subtest "timelines" of TestEndpointsOnRealGraph.
func endpointsTimelines(t *testing.T, c *client) {
	c.t = t
	var tl page[graph.TimelineItem]
	c.getOK("/api/v1/actors/fx-nor/timeline", &tl)
	equal(t, "norland", itemIDs(tl.Items), []string{"fx-ev-1", "fx-ev-2", "fx-ev-3", "fx-ev-6"})
	if e := tl.Items[0].Event; e.Source.ID != fx.Norland || e.Target.ID != fx.Sudland || e.Articles != 2 || e.Cameo != "042" {
		t.Errorf("first event: %+v", e)
	}
	c.getOK("/api/v1/actors/fx-nor/timeline?limit=3", &tl)
	equal(t, "first page", itemIDs(tl.Items), []string{"fx-ev-1", "fx-ev-2", "fx-ev-3"})
	if tl.NextOffset == nil || *tl.NextOffset != 3 {
		t.Errorf("first page next_offset %v, want 3", tl.NextOffset)
	}
	c.getOK("/api/v1/actors/fx-nor/timeline?limit=3&offset=3", &tl)
	equal(t, "second page", itemIDs(tl.Items), []string{"fx-ev-6"})
	if tl.NextOffset != nil {
		t.Errorf("last page next_offset %v", *tl.NextOffset)
	}
	c.getOK("/api/v1/actors/fx-kessler/timeline?counterpart=fx-sud", &tl)
	equal(t, "kessler about sudland", itemIDs(tl.Items), []string{"fx-st-1"})
	c.getOK("/api/v1/relations/fx-nor/fx-sud/timeline?quad_class=3&order=desc", &tl)
	equal(t, "norland-sudland conflict", itemIDs(tl.Items), []string{"fx-ev-6", "fx-ev-2"})
	c.getOK("/api/v1/relations/fx-sato/fx-nor/timeline", &tl)
	equal(t, "sato-norland", itemIDs(tl.Items), []string{"fx-st-2"})
	c.getOK("/api/v1/timeline?from=1999-01-01&to=1999-12-31&kind=statement", &tl)
	equal(t, "global statements", itemIDs(tl.Items), []string{"fx-st-1", "fx-st-2", "fx-st-3"})
	c.getOK("/api/v1/timeline?from=1999-02-01&to=1999-02-28&root=17", &tl)
	equal(t, "global by root", itemIDs(tl.Items), []string{"fx-ev-3"})
	c.getOK("/api/v1/timeline?actor=fx-wes&from=1999-01-01", &tl)
	equal(t, "global anchored", itemIDs(tl.Items), []string{"fx-ev-4", "fx-ev-5"})

	var h page[graph.Bucket]
	c.getOK("/api/v1/timeline/histogram?interval=month&from=1999-01-01&to=1999-12-31", &h)
	var starts []string
	for _, b := range h.Items {
		starts = append(starts, b.Start)
		if b.Events != 2 || b.Statements != 1 {
			t.Errorf("bucket %s: %d events, %d statements; want 2 and 1", b.Start, b.Events, b.Statements)
		}
	}
	equal(t, "months", starts, []string{"1999-01-01", "1999-02-01", "1999-03-01"})
	c.getOK("/api/v1/timeline/histogram?interval=week&actor=fx-nor&counterpart=fx-sud&quad_class=4", &h)
	if len(h.Items) != 1 || h.Items[0].Start != "1999-02-01" || h.Items[0].QuadClass != [4]int{0, 0, 0, 1} {
		t.Errorf("weekly sanctions: %+v", h.Items)
	}
}

// endpointsRelationsAndNetworks is the subtest "relations and networks" of TestEndpointsOnRealGraph.
func endpointsRelationsAndNetworks(t *testing.T, c *client) {
	c.t = t
	var rel page[graph.Relation]
	c.getOK("/api/v1/actors/fx-sud/relations", &rel)
	var who []string
	for _, r := range rel.Items {
		who = append(who, r.Counterpart.ID)
	}
	equal(t, "sudland's counterparts", who, []string{fx.Norland, fx.Westmark})
	if r := rel.Items[0]; r.Events != 5 || r.Outgoing != 2 || r.Incoming != 3 || r.QuadClass != [4]int{2, 0, 2, 1} || r.First != "1999-01-10" {
		t.Errorf("sudland-norland: %+v", r)
	}
	c.getOK("/api/v1/actors/fx-sud/relations?quad_class=2", &rel)
	if len(rel.Items) != 1 || rel.Items[0].Counterpart.ID != fx.Westmark || rel.Items[0].Goldstein != 7.4 {
		t.Errorf("material cooperation: %+v", rel.Items)
	}

	var net graph.Network
	c.getOK("/api/v1/actors/fx-nor/network?depth=2", &net)
	var nodes []string
	for _, n := range net.Nodes {
		nodes = append(nodes, n.ID)
	}
	equal(t, "network", nodes, []string{fx.Norland, fx.Sudland, fx.Westmark})
	if len(net.Edges) != 3 {
		t.Errorf("network edges: %+v", net.Edges)
	}

	var paths page[graph.Path]
	c.getOK("/api/v1/paths?from=fx-kessler&to=fx-sud", &paths)
	if len(paths.Items) != 1 || len(paths.Items[0].Nodes) != 3 || paths.Items[0].Nodes[1].Kind != "statement" {
		t.Errorf("paths: %+v", paths)
	}
	c.getOK("/api/v1/paths?from=fx-kessler&to=fx-sud&max_hops=1", &paths)
	if len(paths.Items) != 0 {
		t.Errorf("paths within one hop: %+v", paths)
	}
}

// endpointsGraphExport is the subtest "graph export" of TestEndpointsOnRealGraph.
func endpointsGraphExport(t *testing.T, c *client) {
	c.t = t
	var cy cytoscapeElements
	c.getOK("/api/v1/graph?from=1999-01-01&to=1999-12-31", &cy)
	var edges []string
	for _, e := range cy.Edges {
		edges = append(edges, e.Data.ID)
	}
	equal(t, "edges", edges, []string{"fx-nor->fx-sud", "fx-sud->fx-nor", "fx-kessler->fx-wes", "fx-wes->fx-sud"})
	if len(cy.Nodes) != 4 || cy.Nodes[0].Data.Label != "Arvid Kessler" || cy.Edges[0].Data.Weight != 2 {
		t.Errorf("cytoscape: %+v", cy)
	}
	c.getOK("/api/v1/graph?from=1999-01-01&to=1999-12-31&min_weight=2&limit=1", &cy)
	if len(cy.Edges) != 1 || !cy.Truncated || cy.NextOffset == nil || *cy.NextOffset != 1 {
		t.Errorf("first page of strong edges: %+v", cy)
	}

	r := c.get("/api/v1/graph?format=graphml&from=1999-01-01&to=1999-12-31")
	var doc struct {
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(r.body, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	if r.status != 200 || doc.Graph.EdgeDefault != "directed" || len(doc.Graph.Nodes) != 4 || len(doc.Graph.Edges) != 4 ||
		doc.Graph.Edges[0].Data[0] != (struct {
			Key   string `xml:"key,attr"`
			Value string `xml:",chardata"`
		}{"weight", "2"}) {
		t.Errorf("GraphML: %d %+v", r.status, doc)
	}
}

// endpointsStatementsAndArticles is the subtest "statements and articles" of TestEndpointsOnRealGraph.
func endpointsStatementsAndArticles(t *testing.T, c *client) {
	c.t = t
	var st page[graph.Statement]
	c.getOK("/api/v1/statements?q=sanksi+norland", &st)
	if len(st.Items) == 0 || st.Items[0].ID != "fx-st-2" || st.Items[0].Speaker.ID != fx.Sato {
		t.Errorf("full-text: %+v", st.Items)
	}
	c.getOK("/api/v1/statements?speaker=fx-sato&to=1999-02-28", &st)
	if len(st.Items) != 1 || st.Items[0].ID != "fx-st-2" {
		t.Errorf("by speaker and date: %+v", st.Items)
	}
	c.getOK("/api/v1/statements?about=fx-wes", &st)
	if len(st.Items) != 1 || st.Items[0].ID != "fx-st-3" {
		t.Errorf("about westmark: %+v", st.Items)
	}
	var a graph.Article
	c.getOK("/api/v1/articles/fx-art-1", &a)
	if a.Title != "Norland kunjungi Sudland" || a.Outlet != "Harian Uji" || len(a.Events) != 1 ||
		a.Events[0].Evidence != "Delegasi Norland berkunjung ke Sudland." || len(a.Statements) != 1 || len(a.Actors) != 3 {
		t.Errorf("article: %+v", a)
	}
}

// endpointsSampleArticles is the subtest "sample articles" of TestEndpointsOnRealGraph.
func endpointsSampleArticles(t *testing.T, c *client, samples []diplograph.Article) {
	c.t = t
	searched := 0
	for _, s := range samples {
		var a graph.Article
		c.getOK("/api/v1/articles/"+s.ID, &a)
		if a.Title != s.Title || len(a.Events) != distinct(s.Events, func(e diplograph.Event) string { return e.ID }) ||
			len(a.Statements) != distinct(s.Statements, func(x diplograph.Statement) string { return x.ID }) ||
			len(a.Actors) != distinct(s.Actors, func(x diplograph.Actor) string { return x.ID }) {
			t.Errorf("sample %s: title %q, %d events, %d statements, %d actors; extracted %q, %d, %d, %d",
				s.Source, a.Title, len(a.Events), len(a.Statements), len(a.Actors), s.Title, len(s.Events), len(s.Statements), len(s.Actors))
		}
		for _, actor := range s.Actors {
			if actor.Name == "" || searched > 20 {
				continue
			}
			searched++
			var found page[graph.Actor]
			c.getOK("/api/v1/actors?limit=500&q="+url.QueryEscape(actor.Name), &found)
			hit := false
			for _, f := range found.Items {
				hit = hit || f.ID == actor.ID
			}
			if !hit {
				t.Errorf("searching %q did not find actor %s", actor.Name, actor.ID)
			}
			var tl page[graph.TimelineItem]
			c.getOK("/api/v1/actors/"+url.PathEscape(actor.ID)+"/timeline", &tl)
			var rel page[graph.Relation]
			c.getOK("/api/v1/actors/"+url.PathEscape(actor.ID)+"/relations", &rel)
		}
	}
	if len(samples) > 0 && searched == 0 {
		t.Log("the extractor found no actors in the samples yet")
	}
}

// checkCypherInFieldsIsText ingests an article whose fields hold Cypher:
// they travel as parameters, are stored as text, and the graph stays.
// checkReextractedOnce makes the stored article doc (id) look written by
// an older build, without the digest of its extraction: posted again, it
// is extracted anew, once.
func checkReextractedOnce(t *testing.T, c *client, db *graph.DB, doc Submission, id string) {
	t.Helper()
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	if _, err := db.Write(context.Background(), func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(context.Background(), `MATCH (a:Article {id: $id}) REMOVE a.extraction`, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		return res.Consume(context.Background())
	}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct {
		status      int
		outcome     string
		reextracted int
	}{{201, "re-extracted", 1}, {200, "unchanged", 0}} {
		var rep IngestReport
		r := c.do("POST", "/api/v1/articles", doc, auth)
		r.json(t, &rep)
		if r.status != want.status || rep.Articles[0].Status != want.outcome || rep.Reextracted != want.reextracted || rep.Articles[0].ID != id {
			t.Errorf("ingest after an upgrade, want %s: %d %+v", want.outcome, r.status, rep)
		}
	}
}

func checkCypherInFieldsIsText(t *testing.T, c *client, auth map[string]string) {
	t.Helper()
	var rep IngestReport
	var a graph.Article
	evil := Submission{Title: "x'}) MATCH (n) DETACH DELETE n //", Outlet: "`Evil` }) SET n.x = 1", Text: kishidaVisit + "\n\n'}) DETACH DELETE n //"}
	r := c.do("POST", "/api/v1/articles", evil, auth)
	r.json(t, &rep)
	if r.status != 201 || rep.Articles[0].Status != "new" {
		t.Fatalf("an article with Cypher in its fields: %d %+v", r.status, rep)
	}
	c.getOK("/api/v1/articles/"+rep.Articles[0].ID, &a)
	if a.Title != evil.Title || a.Outlet != evil.Outlet {
		t.Errorf("fields stored as %q, %q", a.Title, a.Outlet)
	}
	if r := c.get("/api/v1/articles/" + fx.Article1); r.status != 200 {
		t.Errorf("the rest of the graph is gone: %d", r.status)
	}
}

// checkBadSubmissionsNameTheirField posts malformed submissions: each is a
// 400 problem naming the field at fault.
func checkBadSubmissionsNameTheirField(t *testing.T, c *client, auth map[string]string) {
	t.Helper()
	for body, field := range map[string]string{
		`{"title": "no text"}`: "text",
		`[]`:                   "body",
		`[{"text": "a"}, {"text": "b", "url": "ftp://x"}]`: "[1].url",
		`{"text": "a", "published": "kemarin"}`:            "published",
		`{"text": "a", "author": "x"}`:                     "author",
		`[{"text": "a", "outlet": null}]`:                  "[0].outlet",
		`{"text": " \t "}`:                                 "text",
	} {
		r := c.do("POST", "/api/v1/articles", body, auth)
		if p := r.problem(t); r.status != 400 || p.Field != field {
			t.Errorf("%s: %d %+v, want 400 naming %q", body, r.status, p, field)
		}
	}
}
