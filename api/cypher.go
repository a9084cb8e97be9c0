package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph/graph"
)

// maxQueryBytes bounds a researcher's query text.
const maxQueryBytes = 16 << 10

// cypherRequest is the body of POST /cypher.
type cypherRequest struct {
	Query  string         `json:"query"`
	Params map[string]any `json:"params"`
	// MaxRows lowers the server's row limit for this query.
	MaxRows *int `json:"max_rows"`
}

func (s *Server) handleCypher() gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := newParams(c).done(); err != nil {
			badField(c, err)
			return
		}
		var req cypherRequest
		if err := decodeJSON(c.Request.Body, &req); err != nil {
			badField(c, err)
			return
		}
		q := graph.CypherQuery{Query: req.Query, Timeout: s.cfg.CypherTimeout, MaxRows: s.cfg.CypherMaxRows}
		switch {
		case req.Query == "":
			badField(c, &fieldError{"query", "is required: a Cypher query"})
			return
		case len(req.Query) > maxQueryBytes:
			badField(c, &fieldError{"query", fmt.Sprintf("longer than %d bytes", maxQueryBytes)})
			return
		case !utf8.ValidString(req.Query):
			badField(c, &fieldError{"query", "not valid UTF-8"})
			return
		case req.MaxRows != nil && (*req.MaxRows < 1 || *req.MaxRows > s.cfg.CypherMaxRows):
			badField(c, &fieldError{"max_rows", fmt.Sprintf("must be from 1 to %d", s.cfg.CypherMaxRows)})
			return
		}
		if req.MaxRows != nil {
			q.MaxRows = *req.MaxRows
		}
		params, err := cypherParams(req.Params)
		if err != nil {
			badField(c, &fieldError{"params", err.Error()})
			return
		}
		q.Params = params
		res, err := s.store.RunCypher(c.Request.Context(), q)
		if err != nil {
			s.fail(c, err)
			return
		}
		body, err := json.Marshal(res)
		if err != nil {
			s.fail(c, fmt.Errorf("encoding a Cypher result: %w", err))
			return
		}
		// The row limit does not bound a row's size (RETURN collect(n)).
		if len(body) > s.cfg.CypherMaxBytes {
			problem(c, http.StatusUnprocessableEntity, "result-too-large", "Result too large",
				fmt.Sprintf("the result is %d bytes, more than %d: return fewer or smaller values", len(body), s.cfg.CypherMaxBytes))
			return
		}
		c.Data(http.StatusOK, "application/json; charset=utf-8", body)
	}
}

// decodeJSON reads one JSON value from body, refusing unknown fields,
// trailing data and bodies over the size limit, with numbers kept exact
// for cypherParams.
func decodeJSON(body io.Reader, v any) *fieldError {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &tooBig):
			return &fieldError{"body", fmt.Sprintf("larger than %d bytes", tooBig.Limit)}
		case errors.As(err, &typeErr) && typeErr.Field != "":
			return &fieldError{typeErr.Field, "must be " + typeErr.Type.String()}
		case errors.Is(err, io.EOF):
			return &fieldError{"body", "is empty: send a JSON object"}
		}
		return &fieldError{"body", "not valid JSON: " + err.Error()}
	}
	if dec.More() {
		return &fieldError{"body", "has data after the JSON value"}
	}
	return nil
}

// cypherParams converts decoded JSON parameters to the values Neo4j takes:
// whole numbers become integers (JSON has one number type, Cypher two).
func cypherParams(in map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(in))
	for k, v := range in {
		c, err := cypherValue(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		out[k] = c
	}
	return out, nil
}

func cypherValue(v any) (any, error) {
	switch v := v.(type) {
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i, nil
		}
		f, err := v.Float64()
		if err != nil {
			return nil, fmt.Errorf("number %s out of range", v)
		}
		return f, nil
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			c, err := cypherValue(e)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	case map[string]any:
		return cypherParams(v)
	}
	return v, nil
}
