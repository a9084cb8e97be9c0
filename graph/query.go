package graph

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/diplograph/diplograph"
)

// This file holds what the read-side queries (query_*.go) share: paging,
// the shapes of actors, events and statements as the API shows them, and
// the decoding of Neo4j values into plain Go values.

// ErrNotFound is returned when the actor, article or path asked for does not
// exist in the graph.
var ErrNotFound = errors.New("not found")

// Page says which slice of an ordered list to return.
type Page struct {
	// Limit is the most items to return; callers validate its range.
	Limit int
	// Offset is how many items of the ordered list to skip.
	Offset int
}

// List is one page of an ordered list. More says whether items follow it.
type List[T any] struct {
	Items []T
	More  bool
	// Undated counts, for a timeline, its histogram or its events, the
	// items the filters select (their period aside) that have no date, so
	// that a timeline does not drop them silently; nil elsewhere.
	Undated *int
}

// paged cuts the limit+1 rows a query fetched down to the page, recording
// whether there were more.
func paged[T any](items []T, p Page) List[T] {
	if items == nil {
		items = []T{}
	}
	if len(items) > p.Limit {
		return List[T]{Items: items[:p.Limit], More: true}
	}
	return List[T]{Items: items}
}

// pageParams adds the skip and fetch counts a paged query uses: one row more
// than the limit tells whether another page exists.
func pageParams(params map[string]any, p Page) map[string]any {
	params["skip"] = int64(p.Offset)
	params["fetch"] = int64(p.Limit + 1)
	params["upto"] = int64(p.Offset + p.Limit + 1)
	return params
}

// ActorRef names an actor where another record points to it.
type ActorRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Type is person, organization, country or media.
	Type string `json:"type"`
}

// actorRefMap is the Cypher map projection that actorRef decodes; v is the
// variable holding the actor node.
func actorRefMap(v string) string {
	return v + "{.id, .name, labels: labels(" + v + ")}"
}

// actorTypes are the API's actor types, each the nlp type ActorLabel maps
// to a node label.
var actorTypes = []string{diplograph.TypePerson, diplograph.TypeOrganization, diplograph.TypeCountry, diplograph.TypeMedia}

// typeOf names an actor's type from its labels.
func typeOf(labels []string) string {
	for _, l := range labels {
		for _, t := range actorTypes {
			if ActorLabel(t) == l {
				return t
			}
		}
	}
	return ""
}

// Event is one real-world interaction between two actors, coded in CAMEO.
type Event struct {
	ID   string `json:"id"`
	Date string `json:"date,omitempty"`
	// DatePrecision (day, month, year) says how much of Date is known, and
	// DateSource where it comes from (sentence, article, inferred, given).
	DatePrecision string   `json:"date_precision,omitempty"`
	DateSource    string   `json:"date_source,omitempty"`
	Cameo         string   `json:"cameo"`
	CameoName     string   `json:"cameo_name,omitempty"` // the codebook's name of Cameo, where the extractor knows it
	Root          string   `json:"root"`
	QuadClass     int      `json:"quad_class"`
	Goldstein     float64  `json:"goldstein"`
	Context       string   `json:"context,omitempty"`
	Source        ActorRef `json:"source"`
	Target        ActorRef `json:"target"`
	// Articles counts the articles that report the event.
	Articles int `json:"articles"`
	// Evidence and Confidence are set where the event is shown as reported
	// by one article.
	Evidence   string   `json:"evidence,omitempty"`
	Confidence *float64 `json:"confidence,omitempty"`
}

// eventMap is the Cypher projection of the event in variable e that
// eventOf decodes. REPORTED_IN only ever ends at an article, so counting
// the edges needs no label check.
const eventMap = `e{.id, .date, .date_precision, .date_source, .cameo, .root, .quad_class, .goldstein, .context,
	source: [(src:Actor)-[:ACTED]->(e) | src{.id, .name, labels: labels(src)}][0],
	target: [(e)-[:ON]->(tgt:Actor) | tgt{.id, .name, labels: labels(tgt)}][0],
	articles: COUNT { (e)-[:REPORTED_IN]->() }}`

// cameoName is the vocabulary's name of a code, "" for a code it lacks.
func cameoName(code string) string {
	c, _ := diplograph.Cameo(code)
	return c.Name
}

func eventOf(m row) Event {
	return Event{
		ID:            m.str("id"),
		Date:          m.date("date"),
		DatePrecision: m.str("date_precision"),
		DateSource:    m.str("date_source"),
		Cameo:         m.str("cameo"),
		CameoName:     cameoName(m.str("cameo")),
		Root:          m.str("root"),
		QuadClass:     m.int("quad_class"),
		Goldstein:     m.float("goldstein"),
		Context:       m.str("context"),
		Source:        m.actor("source"),
		Target:        m.actor("target"),
		Articles:      m.int("articles"),
	}
}

// Statement is something an actor said, however many articles carry it.
type Statement struct {
	ID   string `json:"id"`
	Date string `json:"date,omitempty"`
	// DatePrecision and DateSource are as in Event.
	DatePrecision string `json:"date_precision,omitempty"`
	DateSource    string `json:"date_source,omitempty"`
	Text          string `json:"text"`
	Kind          string `json:"kind"`
	// Speaker is who made it; nil (JSON null) for a quote whose speaker
	// could not be told, stored with no MADE edge.
	Speaker *ActorRef  `json:"speaker"`
	About   []ActorRef `json:"about"`
	// Articles counts the articles that report the statement; Outlets
	// names their outlets, in alphabetical order.
	Articles int      `json:"articles"`
	Outlets  []string `json:"outlets"`
}

// statementMap is the Cypher projection of the statement in variable s that
// statementOf decodes.
const statementMap = `s{.id, .date, .date_precision, .date_source, .text, .kind,
	speaker: [(spk:Actor)-[:MADE]->(s) | spk{.id, .name, labels: labels(spk)}][0],
	about: [(s)-[:ABOUT]->(ab:Actor) | ab{.id, .name, labels: labels(ab)}],
	articles: COUNT { (s)-[:REPORTED_IN]->() },
	outlets: COLLECT { MATCH (s)-[:REPORTED_IN]->(ar:Article) WHERE ar.outlet IS NOT NULL RETURN DISTINCT ar.outlet ORDER BY ar.outlet }}`

func statementOf(m row) Statement {
	return Statement{
		ID:            m.str("id"),
		Date:          m.date("date"),
		DatePrecision: m.str("date_precision"),
		DateSource:    m.str("date_source"),
		Text:          m.str("text"),
		Kind:          m.str("kind"),
		Speaker:       m.optionalActor("speaker"),
		About:         m.actors("about"),
		Articles:      m.int("articles"),
		Outlets:       m.strs("outlets"),
	}
}

// collect runs one read query in a read transaction and returns its rows as
// maps keyed by column.
func (db *DB) collect(ctx context.Context, doing, query string, params map[string]any) ([]row, error) {
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return readRows(ctx, tx, query, params)
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doing, err)
	}
	return res.([]row), nil
}

// readRows runs one query in tx, profiled when ctx asks (WithProfile), and
// returns its rows as maps keyed by column.
func readRows(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) ([]row, error) {
	query, prof := profiled(ctx, query)
	r, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	recs, err := r.Collect(ctx)
	if err != nil {
		return nil, err
	}
	if prof != nil {
		sum, err := r.Consume(ctx)
		if err != nil {
			return nil, err
		}
		prof.add(sum, len(recs))
	}
	rows := make([]row, len(recs))
	for i, rec := range recs {
		rows[i] = rec.AsMap()
	}
	return rows, nil
}

// row is one record, or one map inside a record, read by key. Missing and
// null values read as zero values, since the model leaves many properties
// unset (an undated event, an actor of no known state).
type row map[string]any

func (m row) str(k string) string {
	s, _ := m[k].(string)
	return s
}

func (m row) int(k string) int {
	switch v := m[k].(type) {
	case int64:
		return int(v)
	case float64:
		return int(v)
	}
	return 0
}

func (m row) float(k string) float64 {
	switch v := m[k].(type) {
	case float64:
		if math.IsNaN(v) {
			return 0
		}
		return v
	case int64:
		return float64(v)
	}
	return 0
}

// date renders any temporal value as ISO 8601 text: YYYY-MM-DD for dates.
func (m row) date(k string) string {
	switch v := Plain(m[k]).(type) {
	case string:
		return v
	}
	return ""
}

func (m row) strs(k string) []string {
	list, _ := m[k].([]any)
	out := make([]string, 0, len(list))
	for _, v := range list {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func (m row) sub(k string) row {
	v, _ := m[k].(map[string]any)
	return v
}

func (m row) actor(k string) ActorRef {
	a := m.sub(k)
	return ActorRef{ID: a.str("id"), Name: a.str("name"), Type: typeOf(a.strs("labels"))}
}

// optionalActor decodes an actor projection that may be null.
func (m row) optionalActor(k string) *ActorRef {
	if _, ok := m[k].(map[string]any); !ok {
		return nil
	}
	a := m.actor(k)
	return &a
}

// actors decodes a list of actor projections, sorted by id because pattern
// comprehensions promise no order.
func (m row) actors(k string) []ActorRef {
	list, _ := m[k].([]any)
	out := make([]ActorRef, 0, len(list))
	for _, v := range list {
		if a, ok := v.(map[string]any); ok {
			out = append(out, row{"a": a}.actor("a"))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Plain turns a value read from Neo4j into one that encoding/json writes
// faithfully: temporal values become ISO 8601 text, nodes, relationships and
// paths become maps, NaN and infinities become text, and lists and maps are
// converted element by element.
func Plain(v any) any {
	switch v := v.(type) {
	case nil, bool, string, int64, []byte:
		return v
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Sprint(v)
		}
		return v
	case dbtype.Date:
		return v.String()
	case dbtype.LocalDateTime:
		return v.String()
	case dbtype.LocalTime:
		return v.String()
	case dbtype.Time:
		return v.String()
	case time.Time:
		return v.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return v.String()
	case dbtype.Point2D:
		return map[string]any{"srid": int64(v.SpatialRefId), "x": v.X, "y": v.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": int64(v.SpatialRefId), "x": v.X, "y": v.Y, "z": v.Z}
	case dbtype.Node:
		return map[string]any{"element_id": v.ElementId, "labels": plainStrings(v.Labels), "properties": Plain(v.Props)}
	case dbtype.Relationship:
		return map[string]any{"element_id": v.ElementId, "type": v.Type,
			"start": v.StartElementId, "end": v.EndElementId, "properties": Plain(v.Props)}
	case dbtype.Path:
		nodes := make([]any, len(v.Nodes))
		for i, n := range v.Nodes {
			nodes[i] = Plain(n)
		}
		rels := make([]any, len(v.Relationships))
		for i, r := range v.Relationships {
			rels[i] = Plain(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = Plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = Plain(e)
		}
		return out
	}
	return fmt.Sprint(v)
}

func plainStrings(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// where joins the conditions of a WHERE clause. The conditions are fixed
// Cypher fragments chosen by which filters are set; the values always travel
// as parameters.
func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(conds, " AND ")
}

// dateConds returns the conditions bounding the date of the node in
// variable v, both ends included, and puts the bounds in params.
func dateConds(v string, from, to time.Time, params map[string]any) []string {
	var conds []string
	if !from.IsZero() {
		params["from"] = neoDate(from)
		conds = append(conds, v+".date >= $from")
	}
	if !to.IsZero() {
		params["to"] = neoDate(to)
		conds = append(conds, v+".date <= $to")
	}
	return conds
}

// neoDate converts a filter date to the Neo4j DATE the model stores.
func neoDate(t time.Time) neo4j.Date {
	return neo4j.DateOf(t)
}
