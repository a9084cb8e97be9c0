package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	"github.com/pb33f/libopenapi-validator/config"
	verrors "github.com/pb33f/libopenapi-validator/errors"
	"github.com/pb33f/libopenapi-validator/helpers"
)

// specValidators are the embedded OpenAPI document made into validators
// of requests and responses, once per test binary: one as the document
// reads, and a strict one, to which a query parameter the document does
// not list is an error, as it is to the server.
var specValidators = sync.OnceValues(func() ([2]validator.Validator, error) {
	var vs [2]validator.Validator
	for i, strict := range []bool{false, true} {
		doc, err := libopenapi.NewDocument(openAPI)
		if err != nil {
			return vs, fmt.Errorf("openapi.json: %w", err)
		}
		opts := []config.Option{config.WithFormatAssertions()}
		if strict {
			opts = append(opts, config.WithStrictMode())
		}
		v, errs := validator.NewValidator(doc, opts...)
		if len(errs) > 0 {
			return vs, fmt.Errorf("openapi.json: %v", errs)
		}
		if ok, errs := v.ValidateDocument(); !ok {
			return vs, fmt.Errorf("openapi.json is not a valid OpenAPI document: %s", describeErrors(errs))
		}
		vs[i] = v
	}
	return vs, nil
})

// spec checks exchanges with the API against the OpenAPI document.
type spec struct{ v, strict validator.Validator }

func loadSpec(t testing.TB) *spec {
	t.Helper()
	vs, err := specValidators()
	if err != nil {
		t.Fatal(err)
	}
	return &spec{vs[0], vs[1]}
}

// checkResponse validates a response: its status must be documented for
// the operation, with its content type and, for JSON, a body matching the
// schema. A 404 for a path the document lacks, a 405 for a method it lacks
// and a CORS preflight are answered before routing and need no entry.
func (s *spec) checkResponse(req *http.Request, resp *http.Response) error {
	if req.Method == http.MethodOptions {
		return nil
	}
	ok, errs := s.v.ValidateHttpResponse(req, resp)
	if ok || unrouted(errs, resp.StatusCode) {
		return nil
	}
	return fmt.Errorf("%s %s %d: %s", req.Method, req.URL.Path, resp.StatusCode, describeErrors(errs))
}

// checkRequest validates a request against the document's parameters and
// body schemas; strictly, a parameter the document does not list is an
// error too.
func (s *spec) checkRequest(req *http.Request, strictly bool) error {
	v := s.v
	if strictly {
		v = s.strict
	}
	if ok, errs := v.ValidateHttpRequestSync(req); !ok {
		return fmt.Errorf("%s %s: %s", req.Method, req.URL, describeErrors(errs))
	}
	return nil
}

// unrouted says the errors only say the document has no such path or
// method, and the server answered as it does for those.
func unrouted(errs []*verrors.ValidationError, status int) bool {
	for _, e := range errs {
		missingPath := e.ValidationType == helpers.PathValidation && e.ValidationSubType == helpers.ValidationMissing
		missingOp := e.ValidationSubType == helpers.ValidationMissingOperation
		if !(missingPath && status == http.StatusNotFound || missingOp && status == http.StatusMethodNotAllowed) {
			return false
		}
	}
	return len(errs) > 0
}

func describeErrors(errs []*verrors.ValidationError) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintf(&b, "%s (%s)", e.Message, e.Reason)
		for _, f := range e.SchemaValidationErrors {
			fmt.Fprintf(&b, "; %s", f.Error())
		}
		b.WriteString(". ")
	}
	return b.String()
}

func describe(v any) string {
	s := fmt.Sprint(v)
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return s
}

// recorded makes an http.Response of what a handler wrote.
func recorded(status int, contentType, body string) *http.Response {
	rec := httptest.NewRecorder()
	rec.Header().Set("Content-Type", contentType)
	rec.Header().Set("X-Request-ID", "test")
	rec.WriteHeader(status)
	io.WriteString(rec, body)
	return rec.Result()
}

func TestSpecValidatorCatchesMismatches(t *testing.T) {
	s := loadSpec(t)
	ok := `{"id":"a","name":"A","type":"country","aliases":[]}`
	bad := map[string]string{
		"missing required": `{"id":"a","name":"A","type":"country"}`,
		"wrong type":       `{"id":1,"name":"A","type":"country","aliases":[]}`,
		"not in enum":      `{"id":"a","name":"A","type":"planet","aliases":[]}`,
		"undocumented":     `{"id":"a","name":"A","type":"country","aliases":[],"secret":1}`,
		"bad item":         `{"id":"a","name":"A","type":"country","aliases":[1]}`,
	}
	list := func(item string) string {
		return `{"items":[` + item + `],"limit":1,"offset":0,"next_offset":null}`
	}
	req := httptest.NewRequest("GET", "/api/v1/actors", nil)
	if err := s.checkResponse(req, recorded(200, "application/json", list(ok))); err != nil {
		t.Errorf("a valid body was refused: %v", err)
	}
	for name, body := range bad {
		if err := s.checkResponse(req, recorded(200, "application/json", list(body))); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := s.checkResponse(req, recorded(418, "application/json", `{}`)); err == nil {
		t.Error("an undocumented status was accepted")
	}
	problem := `{"type":"urn:diplograph:problem:x","title":"X","status":400}`
	if err := s.checkResponse(req, recorded(400, "application/json", problem)); err == nil {
		t.Error("a problem sent as application/json was accepted")
	}
	if err := s.checkRequest(httptest.NewRequest("GET", "/api/v1/actors?limit=0", nil), false); err == nil {
		t.Error("a request breaking the document's bounds was accepted")
	}
	body := bytes.NewReader([]byte(`{"query": "RETURN 1", "extra": 1}`))
	post := httptest.NewRequest("POST", "/api/v1/cypher", body)
	post.Header.Set("Content-Type", "application/json")
	if err := s.checkRequest(post, false); err == nil {
		t.Error("a body with an undocumented field was accepted")
	}
	if err := s.checkRequest(httptest.NewRequest("GET", "/api/v1/actors?qq=1", nil), true); err == nil {
		t.Error("an undocumented parameter was accepted by the strict reading")
	}
}

func TestEveryRouteIsDocumentedAndViceVersa(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	srv := New(Config{}, &fakeStore{}, nil, discardLog())
	served := map[string]bool{}
	for _, r := range srv.router.Routes() {
		path := regexp.MustCompile(`:([A-Za-z]+)`).ReplaceAllString(r.Path, `{$1}`)
		served[strings.ToLower(r.Method)+" "+path] = true
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[method+" "+path] = true
		}
	}
	for r := range served {
		if !documented[r] {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for r := range documented {
		if !served[r] {
			t.Errorf("openapi.json documents %s, which routes.go does not serve", r)
		}
	}
}
