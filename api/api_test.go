package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

func TestMain(m *testing.M) {
	gin.SetMode(gin.TestMode)
	os.Exit(neo4jtest.Main(m))
}

func discardLog() *slog.Logger { return slog.New(slog.NewJSONHandler(io.Discard, nil)) }

const testToken = "test-token-0123456789abcdef"

// client sends requests to a Server in-process and checks every response
// against the OpenAPI document, so that each test also tests the document.
type client struct {
	t    *testing.T
	srv  *Server
	spec *spec
}

func newClient(t *testing.T, srv *Server) *client {
	return &client{t: t, srv: srv, spec: loadSpec(t)}
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) json(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decoding %s: %v", r.body, err)
	}
}

func (r response) problem(t *testing.T) Problem {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
		t.Errorf("error with Content-Type %q, want application/problem+json: %s", ct, r.body)
	}
	var p Problem
	r.json(t, &p)
	return p
}

func (c *client) do(method, target string, body any, header map[string]string) response {
	c.t.Helper()
	raw := requestBody(c.t, body)
	req := httptest.NewRequest(method, target, bytes.NewReader(raw))
	if raw != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	c.srv.ServeHTTP(rec, req)
	resp := response{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()}
	if err := c.spec.checkResponse(req, rec.Result()); err != nil {
		c.t.Errorf("response does not match openapi.json: %v\nbody: %s", err, describe(string(resp.body)))
	}
	if resp.header.Get("X-Request-ID") == "" {
		c.t.Errorf("%s %s: no X-Request-ID", method, target)
	}
	// What the server accepts, the document must allow; what it refuses
	// as invalid, the document must forbid.
	if method != http.MethodOptions {
		c.checkVerdict(method, target, raw, req.Header, resp)
	}
	return resp
}

// checkVerdict compares the server's verdict on a request with the
// document's.
func (c *client) checkVerdict(method, target string, raw []byte, header http.Header, resp response) {
	c.t.Helper()
	again := func() *http.Request {
		r := httptest.NewRequest(method, target, bytes.NewReader(raw))
		r.Header = header
		return r
	}
	switch {
	case resp.status < 300:
		if err := c.spec.checkRequest(again(), false); err != nil {
			c.t.Errorf("the server accepted a request that openapi.json forbids: %v", err)
		}
	case resp.status == http.StatusBadRequest:
		p := resp.problem(c.t)
		// Beyond what a schema can say: Cypher that Neo4j refuses, text
		// that is not UTF-8 or not even percent-encoded right (to JSON
		// Schema, no text at all), and a parameter given twice (the
		// document's are single values, which no validator counts).
		if p.Type == problemType("invalid-query") || strings.Contains(p.Detail, "UTF-8") ||
			strings.Contains(p.Detail, "percent-encoding") || strings.HasPrefix(p.Detail, "given ") {
			return
		}
		if c.spec.checkRequest(again(), true) == nil {
			c.t.Errorf("%s %s: the server refused it (%s: %s) but openapi.json allows it", method, target, p.Field, p.Detail)
		}
	}
}

// requestBody encodes a test's request body: a string as it is, else JSON.
func requestBody(t *testing.T, body any) []byte {
	switch b := body.(type) {
	case nil:
		return nil
	case string:
		return []byte(b)
	}
	raw, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func (c *client) get(target string) response { return c.do("GET", target, nil, nil) }

// expectField checks a 400 that names the field at fault.
func (c *client) expectField(target, field string) {
	c.t.Helper()
	r := c.get(target)
	if r.status != http.StatusBadRequest {
		c.t.Errorf("GET %s: status %d, want 400: %s", target, r.status, r.body)
		return
	}
	if p := r.problem(c.t); p.Field != field {
		c.t.Errorf("GET %s: problem names field %q, want %q (%s)", target, p.Field, field, p.Detail)
	}
}

// fakeStore records the last query and answers from its fields.
type fakeStore struct {
	mu      sync.Mutex
	last    any
	err     error
	release chan struct{} // when set, Timeline waits for it
	// eventRows feed EachEvent, which fails after eventsFailAfter rows when
	// that is positive.
	eventRows       []graph.EventRow
	eventsFailAfter int
	// statements answer Statements.
	statements []graph.Statement
}

func (f *fakeStore) record(q any) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.last = q
	return f.err
}

func (f *fakeStore) lastQuery() any {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.last
}

func (f *fakeStore) Ping(ctx context.Context) error { return f.record("ping") }
func (f *fakeStore) SearchActors(ctx context.Context, q graph.ActorQuery) (graph.List[graph.Actor], error) {
	return graph.List[graph.Actor]{Items: []graph.Actor{}}, f.record(q)
}
func (f *fakeStore) ActorByID(ctx context.Context, id string) (graph.ActorDetail, error) {
	return graph.ActorDetail{Actor: graph.Actor{ID: id, Aliases: []string{}}, Roles: []graph.Role{}}, f.record(id)
}
func (f *fakeStore) Timeline(ctx context.Context, q graph.TimelineQuery) (graph.List[graph.TimelineItem], error) {
	err := f.record(q)
	if f.release != nil {
		<-f.release
	}
	return graph.List[graph.TimelineItem]{Items: []graph.TimelineItem{}, More: true, Undated: new(int)}, err
}
func (f *fakeStore) Histogram(ctx context.Context, q graph.HistogramQuery) (graph.List[graph.Bucket], error) {
	return graph.List[graph.Bucket]{Items: []graph.Bucket{}, Undated: new(int)}, f.record(q)
}
func (f *fakeStore) Relations(ctx context.Context, q graph.RelationsQuery) (graph.List[graph.Relation], error) {
	return graph.List[graph.Relation]{Items: []graph.Relation{}}, f.record(q)
}
func (f *fakeStore) EgoNetwork(ctx context.Context, q graph.NetworkQuery) (graph.Network, error) {
	return graph.Network{Nodes: []graph.Node{}, Edges: []graph.Edge{}}, f.record(q)
}
func (f *fakeStore) Paths(ctx context.Context, q graph.PathQuery) (graph.List[graph.Path], error) {
	return graph.List[graph.Path]{Items: []graph.Path{}}, f.record(q)
}
func (f *fakeStore) Graph(ctx context.Context, q graph.GraphQuery) (graph.Network, error) {
	return graph.Network{}, f.record(q)
}
func (f *fakeStore) Statements(ctx context.Context, q graph.StatementQuery) (graph.List[graph.Statement], error) {
	return graph.List[graph.Statement]{Items: append([]graph.Statement{}, f.statements...)}, f.record(q)
}
func (f *fakeStore) Articles(ctx context.Context, q graph.ArticleQuery) (graph.List[graph.ArticleSummary], error) {
	return graph.List[graph.ArticleSummary]{Items: []graph.ArticleSummary{}}, f.record(q)
}
func (f *fakeStore) ArticleByID(ctx context.Context, id string) (graph.Article, error) {
	return graph.Article{ArticleSummary: graph.ArticleSummary{ID: id}, Actors: []graph.Mention{}, Statements: []graph.Statement{}, Events: []graph.Event{}}, f.record(id)
}
func (f *fakeStore) RunCypher(ctx context.Context, q graph.CypherQuery, rows graph.CypherRows) (bool, error) {
	rows.Begin([]string{})
	return false, f.record(q)
}

func testConfig() Config {
	return Config{Token: testToken, CORSOrigins: []string{"https://dash.example"}, CypherTimeout: 5 * time.Second,
		CypherMaxRows: 100, CypherMaxBytes: 1 << 20, MaxBodyBytes: 1 << 20, TokenRate: 1000, TokenBurst: 1000}
}

func fakeClient(t *testing.T) (*client, *fakeStore) {
	store := &fakeStore{}
	return newClient(t, New(testConfig(), store, nil, discardLog())), store
}

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestStatementWithoutSpeakerIsNull(t *testing.T) {
	c, store := fakeClient(t)
	store.statements = []graph.Statement{
		{ID: "s1", Text: "Pintu dialog belum tertutup", Kind: "direct", About: []graph.ActorRef{}, Outlets: []string{}},
		{ID: "s2", Text: "Kami siap berunding", Kind: "direct", Speaker: &graph.ActorRef{ID: "x", Name: "X", Type: "person"}, About: []graph.ActorRef{}, Outlets: []string{}},
	}
	r := c.get("/api/v1/statements") // the client checks the answer against openapi.json
	var got struct {
		Items []map[string]any `json:"items"`
	}
	r.json(t, &got)
	if len(got.Items) != 2 || got.Items[0]["speaker"] != nil || got.Items[1]["speaker"] == nil {
		t.Errorf("items %v: want the first speaker null, the second given", got.Items)
	}
	if sp, ok := got.Items[0]["speaker"]; !ok || sp != nil {
		t.Errorf("an unattributed statement's speaker must be present and null: %v", got.Items[0])
	}
}

func TestParametersBecomeQueries(t *testing.T) {
	c, store := fakeClient(t)
	cases := []struct {
		target string
		want   any
	}{
		{"/api/v1/actors?q=Kim+Jong&type=person&country=prk&limit=5&offset=10",
			graph.ActorQuery{Q: "Kim Jong", Type: "person", Country: "PRK", Page: graph.Page{Limit: 5, Offset: 10}}},
		{"/api/v1/actors/kim-jong-un/timeline?from=2023-01-01&to=2023-12-31&root=17&quad_class=4&counterpart=usa&order=desc",
			graph.TimelineQuery{Actor: "kim-jong-un", Counterpart: "usa", From: day("2023-01-01"), To: day("2023-12-31"),
				Root: "17", QuadClass: 4, Descending: true, Page: graph.Page{Limit: 50}}},
		{"/api/v1/relations/rus/prk/timeline?kind=statement",
			graph.TimelineQuery{Actor: "rus", Counterpart: "prk", Kind: "statement", Page: graph.Page{Limit: 50}}},
		{"/api/v1/timeline?date_source=sentence,article,sentence",
			graph.TimelineQuery{DateSources: []string{"sentence", "article"}, Page: graph.Page{Limit: 50}}},
		{"/api/v1/timeline/histogram?date_source=given",
			graph.HistogramQuery{Interval: "month", TimelineQuery: graph.TimelineQuery{DateSources: []string{"given"}, Page: graph.Page{Limit: 50}}}},
		{"/api/v1/events?date_source=inferred&actor=rus",
			graph.TimelineQuery{Actor: "rus", DateSources: []string{"inferred"}, Page: graph.Page{Limit: 50}}},
		{"/api/v1/timeline?actor=rus&limit=500",
			graph.TimelineQuery{Actor: "rus", Page: graph.Page{Limit: 500}}},
		{"/api/v1/timeline/histogram?interval=week&quad_class=1",
			graph.HistogramQuery{Interval: "week", TimelineQuery: graph.TimelineQuery{QuadClass: 1, Page: graph.Page{Limit: 50}}}},
		{"/api/v1/actors/rus/relations?from=2024-01-01",
			graph.RelationsQuery{Actor: "rus", EventFilter: graph.EventFilter{From: day("2024-01-01")}, Page: graph.Page{Limit: 50}}},
		{"/api/v1/actors/rus/network?depth=3&limit=20",
			graph.NetworkQuery{Actor: "rus", Depth: 3, Limit: 20, Fanout: 10, EdgeLimit: 250}},
		{"/api/v1/actors/rus/network?edge_limit=40",
			graph.NetworkQuery{Actor: "rus", Depth: 1, Limit: 50, Fanout: 10, EdgeLimit: 40}},
		{"/api/v1/paths?from=rus&to=usa&max_hops=4",
			graph.PathQuery{From: "rus", To: "usa", MaxHops: 4, Page: graph.Page{Limit: 10}}},
		{"/api/v1/graph?min_weight=3&quad_class=2",
			graph.GraphQuery{MinWeight: 3, EventFilter: graph.EventFilter{QuadClass: 2}, Page: graph.Page{Limit: 50}}},
		{"/api/v1/statements?speaker=putin&about=ukr&q=perang&to=2024-06-30",
			graph.StatementQuery{Speaker: "putin", About: "ukr", Q: "perang", To: day("2024-06-30"), Page: graph.Page{Limit: 50}}},
		{"/api/v1/events?actor=rus&counterpart=prk&from=2023-01-01&to=2023-12-31&quad_class=1&root=04&order=desc&limit=10&offset=20",
			graph.TimelineQuery{Actor: "rus", Counterpart: "prk", From: day("2023-01-01"), To: day("2023-12-31"), QuadClass: 1, Root: "04",
				Descending: true, Page: graph.Page{Limit: 10, Offset: 20}}},
		{"/api/v1/events?format=csv&actor=rus", graph.TimelineQuery{Actor: "rus"}},
		{"/api/v1/events?format=csv&actor=rus&limit=10", graph.TimelineQuery{Actor: "rus", Page: graph.Page{Limit: 10}}},
		{"/api/v1/articles/abc123", "abc123"},
		{"/api/v1/articles?outlet=Contoh+News&actor=rus&from=2024-01-01&limit=5",
			graph.ArticleQuery{Outlet: "Contoh News", Actor: "rus", From: day("2024-01-01"), Page: graph.Page{Limit: 5}}},
		// A range from after to is empty, not an error; a counterpart
		// alone is what involves it.
		{"/api/v1/timeline?counterpart=prk&from=2024-01-02&to=2024-01-01",
			graph.TimelineQuery{Actor: "prk", From: day("2024-01-02"), To: day("2024-01-01"), Page: graph.Page{Limit: 50}}},
		{"/api/v1/actors?q=", graph.ActorQuery{Page: graph.Page{Limit: 50}}},
		{"/api/v1/actors/kim-jong-un", "kim-jong-un"},
	}
	for _, tc := range cases {
		r := c.get(tc.target)
		if r.status != http.StatusOK {
			t.Errorf("GET %s: %d %s", tc.target, r.status, r.body)
			continue
		}
		if got := store.lastQuery(); fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", tc.want) {
			t.Errorf("GET %s:\n got %#v\nwant %#v", tc.target, got, tc.want)
		}
	}
}

func TestInvalidParametersNameTheField(t *testing.T) {
	c, _ := fakeClient(t)
	cases := map[string]string{
		"/api/v1/actors?limit=0":                          "limit",
		"/api/v1/actors?limit=501":                        "limit",
		"/api/v1/actors?limit=ten":                        "limit",
		"/api/v1/actors?offset=-1":                        "offset",
		"/api/v1/actors?type=planet":                      "type",
		"/api/v1/actors?country=Korea":                    "country",
		"/api/v1/actors?q=" + strings.Repeat("x", 201):    "q",
		"/api/v1/actors?q=a%00b":                          "q",
		"/api/v1/actors?q=%ff":                            "q",
		"/api/v1/actors?qq=kim":                           "qq",
		"/api/v1/actors?limit=1&limit=2":                  "limit",
		"/api/v1/actors/bad%20id":                         "id",
		"/api/v1/actors/x'%7D)%20DETACH%20DELETE%20n":     "id",
		"/api/v1/actors/prk/timeline?from=2023-13-01":     "from",
		"/api/v1/actors/prk/timeline?from=yesterday":      "from",
		"/api/v1/actors/prk/timeline?root=21":             "root",
		"/api/v1/actors/prk/timeline?root=1":              "root",
		"/api/v1/actors/prk/timeline?quad_class=5":        "quad_class",
		"/api/v1/actors/prk/timeline?kind=tweet":          "kind",
		"/api/v1/actors/prk/timeline?date_source=rumour":  "date_source",
		"/api/v1/timeline?date_source=sentence,":          "date_source",
		"/api/v1/timeline/histogram?date_source=Article":  "date_source",
		"/api/v1/events?date_source=":                     "date_source",
		"/api/v1/actors/prk/timeline?order=up":            "order",
		"/api/v1/actors/prk/timeline?counterpart=%60x%60": "counterpart",
		"/api/v1/relations/prk/a%22b/timeline":            "b",
		"/api/v1/actors/prk/timeline?from=":               "from",
		"/api/v1/actors/prk/timeline?counterpart=":        "counterpart",
		"/api/v1/actors?limit=":                           "limit",
		"/api/v1/actors?type=":                            "type",
		"/api/v1/actors?q=%ZZ":                            "q",
		"/api/v1/actors?q%ZZ=1":                           "q%ZZ",
		"/api/v1/graph?min_weight=1000001":                "min_weight",
		"/api/v1/paths?from=&to=prk":                      "from",
		"/api/v1/articles?actor=a%20b":                    "actor",
		"/api/v1/articles?outlet=%07":                     "outlet",
		"/api/v1/timeline/histogram?interval=hour":        "interval",
		"/api/v1/events?format=xml":                       "format",
		"/api/v1/events?kind=statement":                   "kind",
		"/api/v1/actors/prk/relations?quad_class=0":       "quad_class",
		"/api/v1/actors/prk/network?depth=4":              "depth",
		"/api/v1/actors/prk/network?limit=1":              "limit",
		"/api/v1/paths?from=prk":                          "to",
		"/api/v1/paths?to=prk":                            "from",
		"/api/v1/paths?from=prk&to=usa&max_hops=9":        "max_hops",
		"/api/v1/graph?format=gexf":                       "format",
		"/api/v1/graph?min_weight=0":                      "min_weight",
		"/api/v1/statements?speaker=a%27b":                "speaker",
		"/api/v1/articles/-rf":                            "id",
	}
	for target, field := range cases {
		c.expectField(target, field)
	}
}

func TestStoreErrorsBecomeProblems(t *testing.T) {
	c, store := fakeClient(t)
	cases := []struct {
		err    error
		status int
	}{
		{fmt.Errorf("actor x: %w", graph.ErrNotFound), 404},
		{fmt.Errorf("reading: %w", graph.ErrUnavailable), 503},
		{errors.New("disk on fire"), 500},
	}
	for _, tc := range cases {
		store.err = tc.err
		r := c.get("/api/v1/actors/x/timeline")
		p := r.problem(t)
		if r.status != tc.status || p.Status != tc.status {
			t.Errorf("%v: status %d (problem %d), want %d", tc.err, r.status, p.Status, tc.status)
		}
		if tc.status == 500 && strings.Contains(p.Detail, "fire") {
			t.Errorf("a 500 leaks the internal error: %q", p.Detail)
		}
		if p.RequestID != r.header.Get("X-Request-ID") {
			t.Errorf("problem request_id %q, header %q", p.RequestID, r.header.Get("X-Request-ID"))
		}
	}
	store.err = fmt.Errorf("ping: %w", graph.ErrUnavailable)
	if r := c.get("/readyz"); r.status != 503 {
		t.Errorf("/readyz with Neo4j down: %d", r.status)
	}
	if r := c.get("/healthz"); r.status != 200 {
		t.Errorf("/healthz with Neo4j down: %d, want 200 (the process is fine)", r.status)
	}
}

func TestRequestIDs(t *testing.T) {
	c, _ := fakeClient(t)
	r := c.do("GET", "/healthz", nil, map[string]string{"X-Request-ID": "dash-42.a:b"})
	if got := r.header.Get("X-Request-ID"); got != "dash-42.a:b" {
		t.Errorf("a sane incoming id was replaced by %q", got)
	}
	for _, bad := range []string{"has space", "x\"y", strings.Repeat("a", 65)} {
		r := c.do("GET", "/healthz", nil, map[string]string{"X-Request-ID": bad})
		if got := r.header.Get("X-Request-ID"); got == bad || len(got) != 24 {
			t.Errorf("incoming id %q: got %q, want a fresh one", bad, got)
		}
	}
	a, b := c.get("/healthz").header.Get("X-Request-ID"), c.get("/healthz").header.Get("X-Request-ID")
	if a == b {
		t.Errorf("two requests got the same id %q", a)
	}
}

func TestAccessLogIsStructuredAndHasNoSecrets(t *testing.T) {
	var buf bytes.Buffer
	var mu sync.Mutex
	log := slog.New(slog.NewJSONHandler(lockedWriter{&mu, &buf}, nil))
	c := newClient(t, New(testConfig(), &fakeStore{}, nil, log))
	c.do("POST", "/api/v1/cypher", map[string]any{"query": "RETURN 1"},
		map[string]string{"Authorization": "Bearer " + testToken, "X-Request-ID": "req-1"})
	mu.Lock()
	defer mu.Unlock()
	var line map[string]any
	if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
		t.Fatalf("access log is not one JSON line: %v: %s", err, buf.String())
	}
	for k, want := range map[string]any{"request_id": "req-1", "method": "POST", "route": "/api/v1/cypher", "status": float64(200)} {
		if line[k] != want {
			t.Errorf("log %s = %v, want %v", k, line[k], want)
		}
	}
	if strings.Contains(buf.String(), testToken) {
		t.Error("the token is in the log")
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestCORS(t *testing.T) {
	c, _ := fakeClient(t)
	pre := c.do("OPTIONS", "/api/v1/actors", nil, map[string]string{"Origin": "https://dash.example", "Access-Control-Request-Method": "GET"})
	if pre.status != http.StatusNoContent || pre.header.Get("Access-Control-Allow-Origin") != "https://dash.example" ||
		!strings.Contains(pre.header.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Errorf("preflight: %d %v", pre.status, pre.header)
	}
	ok := c.do("GET", "/api/v1/actors", nil, map[string]string{"Origin": "https://dash.example"})
	if ok.header.Get("Access-Control-Allow-Origin") != "https://dash.example" || ok.header.Get("Access-Control-Expose-Headers") != "X-Request-ID" {
		t.Errorf("allowed origin: %v", ok.header)
	}
	other := c.do("GET", "/api/v1/actors", nil, map[string]string{"Origin": "https://evil.example"})
	if other.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("another origin was allowed: %v", other.header)
	}
}

func TestUnknownRoutesAndMethods(t *testing.T) {
	c, _ := fakeClient(t)
	if r := c.get("/api/v1/nope"); r.status != 404 || r.problem(t).Type != problemType("not-found") {
		t.Errorf("unknown route: %d %s", r.status, r.body)
	}
	if r := c.do("DELETE", "/api/v1/actors", nil, nil); r.status != 405 || r.problem(t).Status != 405 {
		t.Errorf("wrong method: %d %s", r.status, r.body)
	}
}

func TestPagination(t *testing.T) {
	c, _ := fakeClient(t)
	var page struct {
		Limit, Offset int
		NextOffset    *int `json:"next_offset"`
	}
	c.get("/api/v1/timeline?limit=20&offset=40").json(t, &page)
	if page.Limit != 20 || page.Offset != 40 || page.NextOffset == nil || *page.NextOffset != 60 {
		t.Errorf("a page with more after it: %+v", page)
	}
	c.get("/api/v1/actors").json(t, &page)
	if page.NextOffset != nil {
		t.Errorf("the last page has next_offset %d", *page.NextOffset)
	}
}

func TestTokenProtectedEndpoints(t *testing.T) {
	store := &fakeStore{}
	on := newClient(t, New(testConfig(), store, nil, discardLog()))
	body := map[string]any{"query": "RETURN 1"}
	for _, h := range []map[string]string{nil, {"Authorization": "Bearer wrong"}, {"Authorization": testToken},
		{"Authorization": "Bearer " + testToken + "x"}, {"Authorization": "Basic " + testToken}} {
		r := on.do("POST", "/api/v1/cypher", body, h)
		if r.status != 401 || r.header.Get("WWW-Authenticate") == "" {
			t.Errorf("%v: %d, want 401 with WWW-Authenticate", h, r.status)
		}
		r = on.do("POST", "/api/v1/articles", map[string]any{"text": "x"}, h)
		if r.status != 401 {
			t.Errorf("POST /articles with %v: %d, want 401", h, r.status)
		}
	}
	if store.lastQuery() != nil {
		t.Error("an unauthorized request reached the store")
	}
	if r := on.do("POST", "/api/v1/cypher", body, map[string]string{"Authorization": "Bearer " + testToken}); r.status != 200 {
		t.Errorf("right token: %d %s", r.status, r.body)
	}

	cfg := testConfig()
	cfg.Token = ""
	off := newClient(t, New(cfg, store, nil, discardLog()))
	for _, path := range []string{"/api/v1/cypher", "/api/v1/articles"} {
		r := off.do("POST", path, body, map[string]string{"Authorization": "Bearer "})
		if p := r.problem(t); r.status != 503 || p.Type != problemType("token-not-configured") || !strings.Contains(p.Detail, "DIPLOGRAPH_API_TOKEN") {
			t.Errorf("%s without a configured token: %d %+v", path, r.status, p)
		}
	}
}

func TestCypherRequestValidation(t *testing.T) {
	c, store := fakeClient(t)
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	cases := map[string]string{
		``:                                      "body",
		`{"query":`:                             "body",
		`{"query": "RETURN 1"} {"x": 1}`:        "body",
		`{"query": ""}`:                         "query",
		`{"query": 5}`:                          "query",
		`{"query": "RETURN 1", "parms": {}}`:    "parms",
		`{"query": "RETURN 1", "params": null}`: "params",
		`{"query": "RETURN 1", "max_rows": null}`:       "max_rows",
		`{"query": " \n "}`:                             "query",
		`{"query": "RETURN 1", "params": [1]}`:          "params",
		`{"query": "RETURN 1", "max_rows": 0}`:          "max_rows",
		`{"query": "RETURN 1", "params": {"n": 1e400}}`: "params",
	}
	for body, field := range cases {
		r := c.do("POST", "/api/v1/cypher", body, auth)
		if p := r.problem(t); r.status != 400 || p.Field != field {
			t.Errorf("%s: %d field %q, want 400 naming %q (%s)", body, r.status, p.Field, field, p.Detail)
		}
	}
	r := c.do("POST", "/api/v1/cypher", `{"query": "RETURN $n, $f, $l", "params": {"n": 3, "f": 1.5, "l": [1, {"k": 2}]}, "max_rows": 7}`, auth)
	if r.status != 200 {
		t.Fatalf("valid request: %d %s", r.status, r.body)
	}
	q := store.lastQuery().(graph.CypherQuery)
	want := map[string]any{"n": int64(3), "f": 1.5, "l": []any{int64(1), map[string]any{"k": int64(2)}}}
	if fmt.Sprint(q.Params) != fmt.Sprint(want) || q.MaxRows != 7 || q.Timeout != 5*time.Second {
		t.Errorf("query passed on: %+v", q)
	}
	// More rows than the server allows get the server's limit.
	if r := c.do("POST", "/api/v1/cypher", `{"query": "RETURN 1", "max_rows": 101}`, auth); r.status != 200 {
		t.Fatalf("max_rows over the limit: %d %s", r.status, r.body)
	}
	if q := store.lastQuery().(graph.CypherQuery); q.MaxRows != 100 {
		t.Errorf("max_rows 101 with a limit of 100 ran with %d", q.MaxRows)
	}
	big := `{"query": "RETURN '` + strings.Repeat("x", 2<<20) + `'"}`
	if r := c.do("POST", "/api/v1/cypher", big, auth); r.status != 400 || r.problem(t).Field != "body" {
		t.Errorf("a body over the limit: %d %s", r.status, describe(string(r.body)))
	}
}

func TestGracefulShutdownFinishesRequestsInFlight(t *testing.T) {
	store := &fakeStore{release: make(chan struct{})}
	srv := New(testConfig(), store, nil, discardLog())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln, 10*time.Second) }()
	url := "http://" + ln.Addr().String() + "/api/v1/timeline"
	answered := make(chan int, 1)
	go func() {
		resp, err := http.Get(url)
		if err != nil {
			answered <- -1
			return
		}
		resp.Body.Close()
		answered <- resp.StatusCode
	}()
	// Wait until the request is inside the handler, then ask to stop.
	deadline := time.Now().Add(5 * time.Second)
	for store.lastQuery() == nil {
		if time.Now().After(deadline) {
			t.Fatal("the request never reached the handler")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	time.Sleep(100 * time.Millisecond)
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("the server still accepts connections while shutting down")
	}
	select {
	case err := <-served:
		t.Fatalf("Serve returned before the request in flight finished: %v", err)
	default:
	}
	close(store.release)
	if status := <-answered; status != 200 {
		t.Errorf("the request in flight got %d, want 200", status)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// countingStore counts the timeline queries that reach it.
type countingStore struct {
	fakeStore
	mu    sync.Mutex
	calls int
	delay time.Duration
}

func (s *countingStore) Timeline(ctx context.Context, q graph.TimelineQuery) (graph.List[graph.TimelineItem], error) {
	s.mu.Lock()
	s.calls++
	s.mu.Unlock()
	time.Sleep(s.delay)
	return graph.List[graph.TimelineItem]{Items: []graph.TimelineItem{}, Undated: new(int)}, nil
}

func (s *countingStore) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

type fakeIngester struct{}

func (fakeIngester) Ingest(ctx context.Context, pages <-chan diplograph.Page, each func(diplograph.PageResult)) (diplograph.IngestSummary, error) {
	seq := 0
	for p := range pages {
		each(diplograph.PageResult{Seq: seq, Name: p.Name, ID: "a", Outcome: diplograph.New})
		seq++
	}
	return diplograph.IngestSummary{New: seq}, nil
}

func TestCacheAnswersRepeatedQuestionsOnce(t *testing.T) {
	store := &countingStore{delay: 50 * time.Millisecond}
	cfg := testConfig()
	cfg.CacheTTL = time.Minute
	c := newClient(t, New(cfg, store, fakeIngester{}, discardLog()))
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r := c.get("/api/v1/timeline?limit=5&offset=0"); r.status != 200 {
				t.Errorf("concurrent request: %d", r.status)
			}
		}()
	}
	wg.Wait()
	if n := store.count(); n != 1 {
		t.Errorf("20 concurrent requests ran %d queries, want 1", n)
	}
	r := c.get("/api/v1/timeline?offset=0&limit=5")
	if r.header.Get("X-Cache") != "hit" || store.count() != 1 {
		t.Errorf("the same query with its parameters reordered: X-Cache %q, %d queries", r.header.Get("X-Cache"), store.count())
	}
	if a, b := r.header.Get("X-Request-ID"), c.get("/api/v1/timeline?limit=5&offset=0").header.Get("X-Request-ID"); a == b {
		t.Error("cached answers share a request id")
	}
	c.get("/api/v1/timeline?limit=6")
	if store.count() != 2 {
		t.Errorf("another query was answered from the cache")
	}
	c.do("POST", "/api/v1/articles", map[string]any{"text": "teks"}, map[string]string{"Authorization": "Bearer " + testToken})
	c.get("/api/v1/timeline?limit=5&offset=0")
	if store.count() != 3 {
		t.Errorf("an ingest did not clear the cache: %d queries", store.count())
	}
}

func TestCacheRefreshesExpiredAnswersInTheBackground(t *testing.T) {
	store := &countingStore{delay: 30 * time.Millisecond}
	cfg := testConfig()
	cfg.CacheTTL = 200 * time.Millisecond
	srv := New(cfg, store, nil, discardLog())
	c := newClient(t, srv)
	c.get("/api/v1/timeline")
	time.Sleep(250 * time.Millisecond) // expired, within the second TTL
	start := time.Now()
	r := c.get("/api/v1/timeline")
	if r.header.Get("X-Cache") != "hit" || time.Since(start) > 25*time.Millisecond {
		t.Errorf("an expired answer: X-Cache %q after %s, want an immediate hit", r.header.Get("X-Cache"), time.Since(start))
	}
	srv.cache.wait()
	if n := store.count(); n != 2 {
		t.Errorf("%d queries, want 2: the first and one background refresh", n)
	}
	if r := c.get("/api/v1/timeline"); r.header.Get("X-Cache") != "hit" || store.count() != 2 {
		t.Errorf("after the refresh: X-Cache %q, %d queries", r.header.Get("X-Cache"), store.count())
	}
	time.Sleep(450 * time.Millisecond) // past both TTLs
	if r := c.get("/api/v1/timeline"); r.header.Get("X-Cache") != "miss" || store.count() != 3 {
		t.Errorf("an answer past both TTLs: X-Cache %q, %d queries", r.header.Get("X-Cache"), store.count())
	}
}
