package api

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// spec is the embedded OpenAPI document, read for checking real responses
// against it. It validates the subset of JSON Schema the document uses:
// type (one or a list), properties, required, additionalProperties: false,
// items, enum, minItems, maxItems, minimum, maximum, oneOf and local $ref.
type spec struct {
	doc struct {
		Paths      map[string]map[string]operation `json:"paths"`
		Components struct {
			Schemas map[string]schema `json:"schemas"`
		} `json:"components"`
	}
	routes []specRoute
}

type operation struct {
	Parameters []struct {
		Name     string `json:"name"`
		In       string `json:"in"`
		Required bool   `json:"required"`
	} `json:"parameters"`
	Responses map[string]struct {
		Content map[string]struct {
			Schema schema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type schema struct {
	Ref                  string            `json:"$ref"`
	Type                 any               `json:"type"`
	Properties           map[string]schema `json:"properties"`
	Required             []string          `json:"required"`
	AdditionalProperties *bool             `json:"additionalProperties"`
	Items                *schema           `json:"items"`
	Enum                 []any             `json:"enum"`
	MinItems             *int              `json:"minItems"`
	MaxItems             *int              `json:"maxItems"`
	Minimum              *float64          `json:"minimum"`
	Maximum              *float64          `json:"maximum"`
	OneOf                []schema          `json:"oneOf"`
}

type specRoute struct {
	template string
	re       *regexp.Regexp
}

func loadSpec(t testing.TB) *spec {
	t.Helper()
	var s spec
	if err := json.Unmarshal(openAPI, &s.doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	for tmpl := range s.doc.Paths {
		parts := strings.Split(tmpl, "/")
		for i, p := range parts {
			if strings.HasPrefix(p, "{") {
				parts[i] = "[^/]+"
			} else {
				parts[i] = regexp.QuoteMeta(p)
			}
		}
		s.routes = append(s.routes, specRoute{tmpl, regexp.MustCompile("^" + strings.Join(parts, "/") + "$")})
	}
	return &s
}

// route returns the document's path template matching a request path.
func (s *spec) route(path string) (string, bool) {
	for _, r := range s.routes {
		if r.re.MatchString(path) {
			return r.template, true
		}
	}
	return "", false
}

// check validates a response against the document: its status must be
// documented for the operation, and a JSON body must match the schema.
func (s *spec) check(method, path string, status int, contentType string, body []byte) error {
	if method == http.MethodOptions {
		return nil // CORS preflight, answered before routing
	}
	tmpl, ok := s.route(path)
	if !ok {
		if status == http.StatusNotFound {
			return nil
		}
		return fmt.Errorf("%s %s: no such path in openapi.json", method, path)
	}
	op, ok := s.doc.Paths[tmpl][strings.ToLower(method)]
	if !ok {
		if status == http.StatusMethodNotAllowed {
			return nil
		}
		return fmt.Errorf("%s %s: no such operation in openapi.json", method, tmpl)
	}
	resp, ok := op.Responses[strconv.Itoa(status)]
	if !ok {
		return fmt.Errorf("%s %s: status %d is not documented", method, tmpl, status)
	}
	mediaType := strings.TrimSpace(strings.Split(contentType, ";")[0])
	content, ok := resp.Content[mediaType]
	if !ok {
		return fmt.Errorf("%s %s %d: content type %q is not documented", method, tmpl, status, mediaType)
	}
	if !strings.HasSuffix(mediaType, "json") {
		return nil
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return fmt.Errorf("%s %s %d: body is not JSON: %v", method, tmpl, status, err)
	}
	if err := s.validate(content.Schema, v, "$"); err != nil {
		return fmt.Errorf("%s %s %d: %v", method, tmpl, status, err)
	}
	return nil
}

func (s *spec) validate(sc schema, v any, at string) error {
	if sc.Ref != "" {
		name := strings.TrimPrefix(sc.Ref, "#/components/schemas/")
		ref, ok := s.doc.Components.Schemas[name]
		if !ok {
			return fmt.Errorf("%s: unknown schema %s", at, sc.Ref)
		}
		return s.validate(ref, v, at)
	}
	if len(sc.OneOf) > 0 {
		matched := 0
		for _, alt := range sc.OneOf {
			if s.validate(alt, v, at) == nil {
				matched++
			}
		}
		if matched != 1 {
			return fmt.Errorf("%s: matches %d of the oneOf schemas, want 1", at, matched)
		}
		return nil
	}
	if sc.Type != nil && !typeMatches(sc.Type, v) {
		return fmt.Errorf("%s: %s is not of type %v", at, describe(v), sc.Type)
	}
	if len(sc.Enum) > 0 {
		found := false
		for _, e := range sc.Enum {
			found = found || e == v
		}
		if !found {
			return fmt.Errorf("%s: %s is not one of %v", at, describe(v), sc.Enum)
		}
	}
	switch v := v.(type) {
	case map[string]any:
		for _, r := range sc.Required {
			if _, ok := v[r]; !ok {
				return fmt.Errorf("%s: required property %q is missing", at, r)
			}
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, ok := sc.Properties[k]
			if !ok {
				if sc.AdditionalProperties != nil && !*sc.AdditionalProperties {
					return fmt.Errorf("%s: property %q is not in the schema", at, k)
				}
				continue
			}
			if err := s.validate(p, v[k], at+"."+k); err != nil {
				return err
			}
		}
	case []any:
		if sc.MinItems != nil && len(v) < *sc.MinItems || sc.MaxItems != nil && len(v) > *sc.MaxItems {
			return fmt.Errorf("%s: %d items, out of the schema's bounds", at, len(v))
		}
		if sc.Items != nil {
			for i, e := range v {
				if err := s.validate(*sc.Items, e, fmt.Sprintf("%s[%d]", at, i)); err != nil {
					return err
				}
			}
		}
	case float64:
		if sc.Minimum != nil && v < *sc.Minimum || sc.Maximum != nil && v > *sc.Maximum {
			return fmt.Errorf("%s: %v is out of the schema's range", at, v)
		}
	}
	return nil
}

func typeMatches(t any, v any) bool {
	switch t := t.(type) {
	case string:
		return isType(t, v)
	case []any:
		for _, one := range t {
			if s, ok := one.(string); ok && isType(s, v) {
				return true
			}
		}
	}
	return false
}

func isType(t string, v any) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	}
	return false
}

func describe(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 80 {
		b = append(b[:80], "..."...)
	}
	return string(b)
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
	list := func(item string) []byte {
		return []byte(`{"items":[` + item + `],"limit":1,"offset":0,"next_offset":null}`)
	}
	if err := s.check("GET", "/api/v1/actors", 200, "application/json", list(ok)); err != nil {
		t.Errorf("a valid body was refused: %v", err)
	}
	for name, body := range bad {
		if err := s.check("GET", "/api/v1/actors", 200, "application/json", list(body)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := s.check("GET", "/api/v1/actors", 418, "application/json", []byte(`{}`)); err == nil {
		t.Error("an undocumented status was accepted")
	}
	if err := s.check("GET", "/api/v1/actors", 400, "application/json", []byte(`{}`)); err == nil {
		t.Error("a problem sent as application/json was accepted")
	}
}

func TestEveryRouteIsDocumentedAndViceVersa(t *testing.T) {
	s := loadSpec(t)
	srv := New(Config{}, &fakeStore{}, nil, discardLog())
	served := map[string]bool{}
	for _, r := range srv.router.Routes() {
		path := regexp.MustCompile(`:([A-Za-z]+)`).ReplaceAllString(r.Path, `{$1}`)
		served[strings.ToLower(r.Method)+" "+path] = true
	}
	documented := map[string]bool{}
	for path, ops := range s.doc.Paths {
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
