package api

import (
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
)

func explorerClient(t *testing.T, files fstest.MapFS) *client {
	cfg := testConfig()
	if files != nil {
		cfg.Explorer = files
	}
	return newClient(t, New(cfg, &fakeStore{}, nil, discardLog()))
}

func TestExplorerIsServedAtTheRoot(t *testing.T) {
	c := explorerClient(t, fstest.MapFS{
		"index.html":             {Data: []byte(`<!doctype html><script src="/assets/app-AB12.js"></script>`)},
		"assets/app-AB12.js":     {Data: []byte(`console.log(1)`)},
		"assets/style-CD34.css":  {Data: []byte(`body{}`)},
		"assets/favicon-EF.svg":  {Data: []byte(`<svg/>`)},
		"assets/notes-without.x": {Data: []byte(`?`)},
	})
	r := c.get("/")
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") || !strings.Contains(string(r.body), "app-AB12.js") {
		t.Fatalf("GET /: %d %q %s", r.status, r.header.Get("Content-Type"), r.body)
	}
	if r.header.Get("Cache-Control") != "no-cache" || !strings.Contains(r.header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("GET /: headers %v", r.header)
	}
	for name, kind := range map[string]string{"app-AB12.js": "text/javascript", "style-CD34.css": "text/css", "favicon-EF.svg": "image/svg+xml"} {
		r := c.get("/assets/" + name)
		if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), kind) || !strings.Contains(r.header.Get("Cache-Control"), "immutable") {
			t.Errorf("GET /assets/%s: %d %q %q", name, r.status, r.header.Get("Content-Type"), r.header.Get("Cache-Control"))
		}
	}
	for _, target := range []string{"/assets/missing.js", "/assets/notes-without.x", "/assets/..%2Findex.html", "/assets/", "/index.html"} {
		if r := c.get(target); r.status != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", target, r.status)
		}
	}
}

func TestExplorerNotBuiltSaysHowToBuildIt(t *testing.T) {
	for name, files := range map[string]fstest.MapFS{"no explorer": nil, "placeholder only": {".gitkeep": {}}} {
		c := explorerClient(t, files)
		r := c.get("/")
		if p := r.problem(t); r.status != http.StatusServiceUnavailable || !strings.Contains(p.Detail, "make build") {
			t.Errorf("%s: GET / = %d %+v", name, r.status, p)
		}
	}
}
