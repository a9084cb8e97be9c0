package api

import (
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"

	"github.com/gin-gonic/gin"
)

// The explorer (web/) is a page of the same origin as the API, which it
// calls like any dashboard. Its scripts and styles carry a content hash in
// their names, so browsers keep them for good; the page itself is checked
// again on every visit, so a new build shows at once.

// explorerPolicy lets the page load only what this server sends: no CDN,
// no inline script. Cytoscape.js sets styles on the elements it draws.
const explorerPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

func (s *Server) handleExplorer() gin.HandlerFunc {
	return func(c *gin.Context) {
		page, err := s.explorerFile("index.html")
		if err != nil {
			s.explorerMissing(c, err)
			return
		}
		c.Header("Cache-Control", "no-cache")
		c.Header("Content-Security-Policy", explorerPolicy)
		c.Header("X-Content-Type-Options", "nosniff")
		c.Header("Referrer-Policy", "same-origin")
		c.Data(http.StatusOK, "text/html; charset=utf-8", page)
	}
}

func (s *Server) handleExplorerAsset() gin.HandlerFunc {
	return func(c *gin.Context) {
		name := c.Param("name")
		kind := mime.TypeByExtension(path.Ext(name))
		data, err := s.explorerFile("assets/" + name)
		if err != nil || kind == "" {
			problem(c, http.StatusNotFound, "not-found", "Not found", "the explorer has no asset "+name)
			return
		}
		c.Header("Cache-Control", "public, max-age=31536000, immutable")
		c.Header("X-Content-Type-Options", "nosniff")
		c.Data(http.StatusOK, kind, data)
	}
}

// explorerFile reads one file of the built explorer. fs.ValidPath refuses
// names that climb out of it.
func (s *Server) explorerFile(name string) ([]byte, error) {
	if s.cfg.Explorer == nil || !fs.ValidPath(name) {
		return nil, fs.ErrNotExist
	}
	return fs.ReadFile(s.cfg.Explorer, name)
}

// explorerMissing answers / in a binary built without the explorer (go
// build straight from a fresh clone, before `make build`).
func (s *Server) explorerMissing(c *gin.Context, err error) {
	if !errors.Is(err, fs.ErrNotExist) {
		s.fail(c, err)
		return
	}
	problem(c, http.StatusServiceUnavailable, "explorer-not-built", "Explorer not built",
		"this binary was built without the explorer: build it with `make build` (which runs npm in web/); the API is at /api/v1/")
}
