package api

import (
	"context"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph/graph"
)

// Problem is an error response in the form of RFC 9457
// (application/problem+json).
type Problem struct {
	// Type is a URI naming the kind of problem; see problemType.
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	// Field names the parameter or body field at fault, for 400s.
	Field string `json:"field,omitempty"`
	// RequestID repeats the X-Request-ID header, to quote in bug reports.
	RequestID string `json:"request_id,omitempty"`
}

// problemType turns a problem's short name into its type URI.
func problemType(name string) string { return "urn:diplograph:problem:" + name }

// problem writes p as the response and stops the handler chain.
func problem(c *gin.Context, status int, name, title, detail string) {
	writeProblem(c, Problem{Type: problemType(name), Title: title, Status: status, Detail: detail})
}

func writeProblem(c *gin.Context, p Problem) {
	p.RequestID = c.GetString(requestIDKey)
	c.Header("Content-Type", "application/problem+json")
	c.AbortWithStatusJSON(p.Status, p)
}

// fieldError is an invalid parameter or body field.
type fieldError struct {
	field, detail string
}

func (e *fieldError) Error() string { return e.field + ": " + e.detail }

// badField answers 400 naming the field at fault.
func badField(c *gin.Context, err *fieldError) {
	writeProblem(c, Problem{Type: problemType("invalid-parameter"), Title: "Invalid parameter",
		Status: http.StatusBadRequest, Detail: err.detail, Field: err.field})
}

// fail answers for an error from the store: the kinds callers can act on
// get their own status; anything else is logged and answered 500 without
// internals.
func (s *Server) fail(c *gin.Context, err error) {
	var fe *fieldError
	switch {
	case errors.As(err, &fe):
		badField(c, fe)
	case errors.Is(err, graph.ErrNotFound):
		problem(c, http.StatusNotFound, "not-found", "Not found", err.Error())
	case errors.Is(err, graph.ErrUnavailable):
		c.Header("Retry-After", "5")
		problem(c, http.StatusServiceUnavailable, "neo4j-unavailable", "Neo4j is unavailable",
			"the graph database does not answer; retry shortly")
	case errors.Is(err, graph.ErrNotReadOnly):
		problem(c, http.StatusForbidden, "not-read-only", "Query refused", err.Error())
	case errors.Is(err, graph.ErrProcedureNotAllowed):
		problem(c, http.StatusForbidden, "procedure-not-allowed", "Procedure not allowed", err.Error())
	case errors.Is(err, graph.ErrQueryMemory):
		problem(c, http.StatusUnprocessableEntity, "query-memory", "Query needs too much memory", err.Error())
	case errors.Is(err, graph.ErrBadQuery):
		writeProblem(c, Problem{Type: problemType("invalid-query"), Title: "Invalid query",
			Status: http.StatusBadRequest, Detail: err.Error(), Field: "query"})
	case errors.Is(err, graph.ErrQueryTimeout), errors.Is(err, context.DeadlineExceeded):
		problem(c, http.StatusGatewayTimeout, "timeout", "Query timed out", err.Error())
	case errors.Is(err, context.Canceled):
		// The client left; nobody reads this answer, but the log shows it.
		problem(c, 499, "canceled", "Request canceled", "the client closed the request")
	default:
		s.log.ErrorContext(c.Request.Context(), "request failed", "request_id", c.GetString(requestIDKey), "error", err.Error())
		problem(c, http.StatusInternalServerError, "internal", "Internal error",
			"the request failed; the server log has the details under this request id")
	}
}
