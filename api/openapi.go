package api

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
)

// openAPI is the OpenAPI 3.1 document of every route in routes.go.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) handleOpenAPI() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Data(http.StatusOK, "application/json", openAPI)
	}
}

// Index is the answer of GET /api/v1/: the endpoints, as the OpenAPI
// document lists them, and where that document is.
type Index struct {
	Name      string          `json:"name"`
	Version   string          `json:"version"`
	OpenAPI   string          `json:"openapi"`
	Endpoints []IndexEndpoint `json:"endpoints"`
}

// IndexEndpoint is one operation of the API.
type IndexEndpoint struct {
	Method  string `json:"method"`
	Path    string `json:"path"`
	Summary string `json:"summary"`
}

// index reads the endpoints from the OpenAPI document, so that the two
// cannot disagree.
var index = sync.OnceValues(func() (Index, error) {
	var doc struct {
		Info struct {
			Title, Version string
		}
		Paths map[string]map[string]struct {
			Summary string
		}
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		return Index{}, fmt.Errorf("reading openapi.json: %w", err)
	}
	idx := Index{Name: doc.Info.Title, Version: doc.Info.Version, OpenAPI: "/api/v1/openapi.json", Endpoints: []IndexEndpoint{}}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			idx.Endpoints = append(idx.Endpoints, IndexEndpoint{Method: strings.ToUpper(method), Path: path, Summary: op.Summary})
		}
	}
	slices.SortFunc(idx.Endpoints, func(a, b IndexEndpoint) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Method, b.Method))
	})
	return idx, nil
})

func (s *Server) handleIndex() gin.HandlerFunc {
	return func(c *gin.Context) {
		idx, err := index()
		if err != nil {
			s.fail(c, err)
			return
		}
		c.JSON(http.StatusOK, idx)
	}
}
