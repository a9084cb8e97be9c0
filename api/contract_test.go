package api

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// serveOn runs srv on a port of its own until the test ends and returns
// its address.
func serveOn(t *testing.T, srv *Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln, time.Second) }()
	t.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return ln.Addr().String()
}

// rawRequest sends text as it is and reads the answer.
func rawRequest(t *testing.T, addr, text string) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, text); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("reading the answer to %q: %v", text, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func TestRequestsHTTPRefusesAreAnsweredWithProblems(t *testing.T) {
	addr := serveOn(t, New(testConfig(), &fakeStore{}, nil, discardLog()))
	for _, req := range []string{
		"GET /api/v1/actors/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET /api/v1/actors?q=x HTTP/1.1\r\n\r\n", // no Host
		"GET /api/v1/actors HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
	} {
		resp, body := rawRequest(t, addr, req)
		var p Problem
		if err := json.Unmarshal(body, &p); err != nil || resp.StatusCode != 400 || p.Status != 400 ||
			resp.Header.Get("Content-Type") != "application/problem+json" || p.RequestID == "" ||
			resp.Header.Get("X-Request-ID") != p.RequestID {
			t.Errorf("%q: %d %q %s", req, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	}
	// A bad escape in the query reaches the handler, which names it.
	resp, body := rawRequest(t, addr, "GET /api/v1/actors?q=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n")
	var p Problem
	if json.Unmarshal(body, &p); resp.StatusCode != 400 || p.Field != "q" {
		t.Errorf("a bad escape in q: %d %s", resp.StatusCode, body)
	}
	// Everything else goes through untouched.
	resp, body = rawRequest(t, addr, "GET /api/v1/actors HTTP/1.1\r\nHost: x\r\n\r\n")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Errorf("a good request: %d %s", resp.StatusCode, body)
	}
}

func TestIndexListsTheDocumentedEndpoints(t *testing.T) {
	c, _ := fakeClient(t)
	var idx Index
	c.getOK("/api/v1/", &idx)
	if idx.OpenAPI != "/api/v1/openapi.json" || idx.Name == "" {
		t.Errorf("index: %+v", idx)
	}
	listed := map[string]bool{}
	for _, e := range idx.Endpoints {
		listed[e.Method+" "+e.Path] = true
		if e.Summary == "" {
			t.Errorf("%s %s has no summary", e.Method, e.Path)
		}
	}
	for _, r := range c.srv.router.Routes() {
		path := regexp.MustCompile(`:([A-Za-z]+)`).ReplaceAllString(r.Path, `{$1}`)
		if !listed[r.Method+" "+path] {
			t.Errorf("the index lacks %s %s", r.Method, path)
		}
	}
	for _, path := range []string{"/api/v1/healthz", "/api/v1/readyz", "/healthz"} {
		if r := c.get(path); r.status != 200 {
			t.Errorf("%s: %d", path, r.status)
		}
	}
	if p := c.get("/api/v1/nothing").problem(t); p.Status != 404 || !strings.Contains(p.Detail, "GET /api/v1/") {
		t.Errorf("an unknown path: %+v", p)
	}
}

func TestTokenRateLimit(t *testing.T) {
	cfg := testConfig()
	cfg.TokenRate, cfg.TokenBurst = 0.5, 3
	store := &fakeStore{}
	c := newClient(t, New(cfg, store, nil, discardLog()))
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	for i := range 3 {
		if r := c.do("POST", "/api/v1/cypher", `{"query": "RETURN 1"}`, auth); r.status != 200 {
			t.Fatalf("request %d of the burst: %d %s", i+1, r.status, r.body)
		}
	}
	r := c.do("POST", "/api/v1/cypher", `{"query": "RETURN 1"}`, auth)
	p := r.problem(t)
	retry, _ := strconv.Atoi(r.header.Get("Retry-After"))
	if r.status != 429 || p.Type != problemType("rate-limited") || retry < 1 || retry > 2 {
		t.Errorf("past the burst: %d Retry-After %q %+v", r.status, r.header.Get("Retry-After"), p)
	}
	// Reads are not limited; the limit is the token's.
	if r := c.get("/api/v1/actors"); r.status != 200 {
		t.Errorf("a read after the limit: %d", r.status)
	}
}

func TestBodiesMustBeJSON(t *testing.T) {
	c, _ := fakeClient(t)
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	for _, ct := range []string{"application/json", "application/json; charset=utf-8"} {
		h := map[string]string{"Authorization": auth["Authorization"], "Content-Type": ct}
		if r := c.do("POST", "/api/v1/cypher", `{"query": "RETURN 1"}`, h); r.status != 200 {
			t.Errorf("Content-Type %q: %d %s", ct, r.status, r.body)
		}
	}
	// curl -d without -H sends a form; a body with no type is not JSON either.
	for _, ct := range []string{"application/x-www-form-urlencoded", ""} {
		h := map[string]string{"Authorization": auth["Authorization"], "Content-Type": ct}
		r := c.do("POST", "/api/v1/cypher", `{"query": "RETURN 1"}`, h)
		if p := r.problem(t); r.status != 415 || p.Type != problemType("unsupported-media-type") {
			t.Errorf("Content-Type %q: %d %+v", ct, r.status, p)
		}
	}
}

func TestCypherRefusalsBecomeProblems(t *testing.T) {
	c, store := fakeClient(t)
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	for err, want := range map[error]struct {
		status int
		kind   string
	}{
		fmt.Errorf("%w: db.stats.retrieve", graph.ErrProcedureNotAllowed):   {403, "procedure-not-allowed"},
		fmt.Errorf("%w: Neo4j plans this query as w", graph.ErrNotReadOnly): {403, "not-read-only"},
		fmt.Errorf("running: %w: 256 MiB", graph.ErrQueryMemory):            {422, "query-memory"},
		fmt.Errorf("running: %w", graph.ErrQueryTimeout):                    {504, "timeout"},
	} {
		store.err = err
		r := c.do("POST", "/api/v1/cypher", `{"query": "RETURN 1"}`, auth)
		if p := r.problem(t); r.status != want.status || p.Type != problemType(want.kind) || p.Detail != err.Error() {
			t.Errorf("%v: %d %+v, want %d %s", err, r.status, p, want.status, want.kind)
		}
	}
}
