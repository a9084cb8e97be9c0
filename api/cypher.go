package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph/graph"
)

// maxQueryChars bounds a researcher's query text.
const maxQueryChars = 16 << 10

// cypherRequest is the body of POST /cypher.
type cypherRequest struct {
	Query  string         `json:"query"`
	Params map[string]any `json:"params"`
	// MaxRows lowers the server's row limit for this query; a larger value
	// gets the server's limit.
	MaxRows *int `json:"max_rows"`
}

func (s *Server) handleCypher() gin.HandlerFunc {
	return func(c *gin.Context) {
		q, ferr := s.readCypher(c)
		if ferr != nil {
			badField(c, ferr)
			return
		}
		body := &cypherBody{limit: s.cfg.CypherMaxBytes}
		truncated, err := s.store.RunCypher(c.Request.Context(), q, body)
		if errors.Is(err, errResultTooLarge) {
			problem(c, http.StatusUnprocessableEntity, "result-too-large", "Result too large",
				fmt.Sprintf("the result passed %d bytes of JSON: return fewer or smaller values", s.cfg.CypherMaxBytes))
			return
		}
		if err != nil {
			s.fail(c, err)
			return
		}
		body.send(c, truncated)
	}
}

// readCypher reads and checks the body of POST /cypher.
func (s *Server) readCypher(c *gin.Context) (graph.CypherQuery, *fieldError) {
	if err := newParams(c).done(); err != nil {
		return graph.CypherQuery{}, err
	}
	raw, ferr := readBody(c.Request.Body)
	if ferr != nil {
		return graph.CypherQuery{}, ferr
	}
	var req cypherRequest
	if err := decodeJSON(raw, &req); err != nil {
		return graph.CypherQuery{}, err
	}
	q := graph.CypherQuery{Query: req.Query, Timeout: s.cfg.CypherTimeout, MaxRows: s.cfg.CypherMaxRows}
	switch {
	case strings.TrimSpace(req.Query) == "":
		return q, &fieldError{"query", "is required: a Cypher query"}
	case utf8.RuneCountInString(req.Query) > maxQueryChars:
		return q, &fieldError{"query", fmt.Sprintf("longer than %d characters", maxQueryChars)}
	case req.MaxRows != nil && *req.MaxRows < 1:
		return q, &fieldError{"max_rows", "must be at least 1"}
	}
	if req.MaxRows != nil {
		q.MaxRows = min(*req.MaxRows, s.cfg.CypherMaxRows)
	}
	params, err := cypherParams(req.Params)
	if err != nil {
		return q, &fieldError{"params", err.Error()}
	}
	q.Params = params
	return q, nil
}

// errResultTooLarge stops a query whose answer passed the byte limit.
var errResultTooLarge = errors.New("result too large")

// cypherBody is the JSON answer of POST /cypher, built row by row as Neo4j
// sends them and given up as soon as it passes limit bytes, so that no
// more than limit bytes and one row are ever held, whatever the query
// returns. It is a graph.CypherRows.
type cypherBody struct {
	limit, size int
	columns     []byte
	rows        [][]byte
}

func (b *cypherBody) Begin(columns []string) {
	b.columns, _ = json.Marshal(columns)
	b.size, b.rows = len(b.columns), nil
}

func (b *cypherBody) Row(values []any) error {
	row, err := json.Marshal(values)
	if err != nil {
		return fmt.Errorf("encoding a row: %w", err)
	}
	if b.size += len(row) + 1; b.size > b.limit {
		return errResultTooLarge
	}
	b.rows = append(b.rows, row)
	return nil
}

// send writes {"columns": [...], "rows": [...], "truncated": bool}.
func (b *cypherBody) send(c *gin.Context, truncated bool) {
	c.Status(http.StatusOK)
	c.Header("Content-Type", "application/json; charset=utf-8")
	w := c.Writer
	if b.columns == nil {
		b.columns = []byte("[]")
	}
	fmt.Fprintf(w, `{"columns":%s,"rows":[`, b.columns)
	for i, row := range b.rows {
		if i > 0 {
			w.WriteString(",")
		}
		w.Write(row)
	}
	fmt.Fprintf(w, `],"truncated":%t}`, truncated)
}

// readBody reads a request body, which limitBody bounds.
func readBody(body io.Reader) ([]byte, *fieldError) {
	raw, err := io.ReadAll(body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, &fieldError{"body", fmt.Sprintf("larger than %d bytes", tooBig.Limit)}
		}
		return nil, &fieldError{"body", "could not be read: " + err.Error()}
	}
	return raw, nil
}

// decodeJSON reads one JSON value from raw, refusing unknown fields, fields
// given as null (no field of a request may be), and trailing data, with
// numbers kept exact for cypherParams.
func decodeJSON(raw []byte, v any) *fieldError {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &typeErr) && typeErr.Field != "":
			return &fieldError{typeErr.Field, "must be " + typeErr.Type.String()}
		case errors.Is(err, io.EOF):
			return &fieldError{"body", "is empty: send a JSON object"}
		case unknownField(err) != "":
			return &fieldError{unknownField(err), "unknown field"}
		}
		return &fieldError{"body", "not valid JSON: " + err.Error()}
	}
	if dec.More() {
		return &fieldError{"body", "has data after the JSON value"}
	}
	if field := nullField(raw); field != "" {
		return &fieldError{field, "is null: give a value or leave the field out"}
	}
	return nil
}

// nullField names the first field given as null in an object, or in the
// objects of an array ("[i].field"); encoding/json reads null as the zero
// value, which would let it pass for one.
func nullField(raw []byte) string {
	var one map[string]json.RawMessage
	if json.Unmarshal(raw, &one) == nil {
		return firstNull(one, "")
	}
	var many []map[string]json.RawMessage
	json.Unmarshal(raw, &many)
	for i, m := range many {
		if f := firstNull(m, fmt.Sprintf("[%d].", i)); f != "" {
			return f
		}
	}
	return ""
}

func firstNull(fields map[string]json.RawMessage, prefix string) string {
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if string(bytes.TrimSpace(fields[k])) == "null" {
			return prefix + k
		}
	}
	return ""
}

// unknownField names the field of encoding/json's unknown-field error,
// which has no type of its own.
func unknownField(err error) string {
	quoted, ok := strings.CutPrefix(err.Error(), "json: unknown field ")
	if !ok {
		return ""
	}
	name, uerr := strconv.Unquote(quoted)
	if uerr != nil {
		return ""
	}
	return name
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
