package api

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph/graph"
)

// Limits of list parameters.
const (
	defaultLimit = 50
	maxLimit     = 500
	maxOffset    = 100_000
	maxTextParam = 200
)

// idPattern is what actor and article ids look like: dictionary slugs,
// names derived from text, content hashes. Anything else is refused before
// it reaches a query.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$`)

var (
	rootPattern    = regexp.MustCompile(`^(0[1-9]|1[0-9]|20)$`)
	countryPattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// params reads and checks a request's query and path parameters. The
// first problem found is kept and reported by done, which also refuses
// parameters the endpoint does not know, so that a misspelt filter is an
// error instead of being silently ignored.
type params struct {
	c      *gin.Context
	values url.Values
	used   map[string]bool
	err    *fieldError
}

func newParams(c *gin.Context) *params {
	values, err := parseQuery(c.Request.URL.RawQuery)
	return &params{c: c, values: values, used: map[string]bool{}, err: err}
}

// parseQuery splits a query string as url.ParseQuery does, but names the
// parameter whose escaping is bad instead of dropping it.
func parseQuery(raw string) (url.Values, *fieldError) {
	values := url.Values{}
	for pair := range strings.SplitSeq(raw, "&") {
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			return values, &fieldError{k, "bad percent-encoding in the parameter's name"}
		}
		if v, err = url.QueryUnescape(v); err != nil {
			return values, &fieldError{key, "bad percent-encoding: " + err.Error()}
		}
		values[key] = append(values[key], v)
	}
	return values, nil
}

func (p *params) fail(field, format string, args ...any) {
	if p.err == nil {
		p.err = &fieldError{field: field, detail: fmt.Sprintf(format, args...)}
	}
}

// raw returns the single value of a query parameter, "" when absent.
func (p *params) raw(name string) string {
	p.used[name] = true
	vals := p.values[name]
	if len(vals) > 1 {
		p.fail(name, "given %d times; give it once", len(vals))
		return ""
	}
	if len(vals) == 0 {
		return ""
	}
	return vals[0]
}

// value returns the value of a parameter that is not free text, "" when
// absent. Given empty, it is an error: an empty date, number or id is no
// date, number or id.
func (p *params) value(name string) string {
	v := p.raw(name)
	if v == "" && len(p.values[name]) == 1 {
		p.fail(name, "is empty: give a value or leave the parameter out")
	}
	return v
}

// done reports the first invalid or unknown parameter, or nil.
func (p *params) done() *fieldError {
	if p.err != nil {
		return p.err
	}
	var unknown []string
	for name := range p.values {
		if !p.used[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return &fieldError{field: unknown[0], detail: "unknown parameter"}
	}
	return nil
}

// pathID reads a path parameter holding an id.
func (p *params) pathID(name string) string {
	v := p.c.Param(name)
	if !idPattern.MatchString(v) {
		p.fail(name, "not a valid id: ids are 1 to 128 letters, digits, '_', '.', ':' or '-'")
	}
	return v
}

// id reads an optional query parameter holding an id.
func (p *params) id(name string) string {
	v := p.value(name)
	if v != "" && !idPattern.MatchString(v) {
		p.fail(name, "not a valid id: ids are 1 to 128 letters, digits, '_', '.', ':' or '-'")
	}
	return v
}

// text reads a free-text parameter: valid UTF-8 of at most maxTextParam
// characters without control characters.
func (p *params) text(name string) string {
	v := p.raw(name)
	switch {
	case !utf8.ValidString(v):
		p.fail(name, "not valid UTF-8")
	case utf8.RuneCountInString(v) > maxTextParam:
		p.fail(name, "longer than %d characters", maxTextParam)
	case strings.IndexFunc(v, unicode.IsControl) >= 0:
		p.fail(name, "contains control characters")
	}
	return strings.TrimSpace(v)
}

// date reads an optional YYYY-MM-DD date.
func (p *params) date(name string) time.Time {
	v := p.value(name)
	if v == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		p.fail(name, "not a date of the form YYYY-MM-DD: %q", v)
	}
	return t
}

// dateRange reads from and to, both included; a from after to selects
// nothing.
func (p *params) dateRange() (from, to time.Time) {
	return p.date("from"), p.date("to")
}

// intIn reads an optional integer within [lo, hi], def when absent.
func (p *params) intIn(name string, def, lo, hi int) int {
	v := p.value(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		p.fail(name, "must be a whole number from %d to %d", lo, hi)
		return def
	}
	return n
}

// oneOf reads an optional parameter that must be one of allowed; def when
// absent.
func (p *params) oneOf(name, def string, allowed ...string) string {
	v := p.value(name)
	if v == "" {
		return def
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	p.fail(name, "must be one of %s", strings.Join(allowed, ", "))
	return def
}

// dateSources reads date_source: a comma-separated list of date sources
// (graph.DateSources), each kept once; nil when absent.
func (p *params) dateSources() []string {
	v := p.value("date_source")
	if v == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(v, ",") {
		if !slices.Contains(graph.DateSources, s) {
			p.fail("date_source", "must be a comma-separated list of %s", strings.Join(graph.DateSources, ", "))
			return nil
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// page reads limit and offset.
func (p *params) page() graph.Page {
	return graph.Page{
		Limit:  p.intIn("limit", defaultLimit, 1, maxLimit),
		Offset: p.intIn("offset", 0, 0, maxOffset),
	}
}

// root reads an optional CAMEO root code, 01 to 20.
func (p *params) root() string {
	v := p.value("root")
	if v != "" && !rootPattern.MatchString(v) {
		p.fail("root", "must be a CAMEO root code from 01 to 20")
	}
	return v
}

// country reads an optional ISO 3166-1 alpha-3 code, any case.
func (p *params) country() string {
	v := strings.ToUpper(p.value("country"))
	if v != "" && !countryPattern.MatchString(v) {
		p.fail("country", "must be an ISO 3166-1 alpha-3 code such as PRK")
	}
	return v
}

// eventFilter reads the filters shared by relationship endpoints.
func (p *params) eventFilter() graph.EventFilter {
	from, to := p.dateRange()
	return graph.EventFilter{From: from, To: to, QuadClass: p.intIn("quad_class", 0, 1, 4), Root: p.root()}
}

// timeline reads the filters shared by timeline endpoints.
func (p *params) timeline() graph.TimelineQuery {
	from, to := p.dateRange()
	return graph.TimelineQuery{
		From: from, To: to,
		Root:        p.root(),
		QuadClass:   p.intIn("quad_class", 0, 1, 4),
		Kind:        p.oneOf("kind", "", graph.KindEvent, graph.KindStatement),
		DateSources: p.dateSources(),
		Descending:  p.oneOf("order", "asc", "asc", "desc") == "desc",
		Page:        p.page(),
	}
}
