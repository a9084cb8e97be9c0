package graph

import (
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// This file says where the read queries find the counts a filter asks
// for, so that a request costs what it returns rather than what the graph
// holds: the Dyads without a filter, the DyadMonths of the filter's whole
// months plus the events of the days around them for a period, the events
// themselves only for what the aggregates do not split (a CAMEO root, a
// quad class without a period).

// source is where counts of events between actors come from.
type source int

const (
	// fromDyads: no filter; one row per ordered pair.
	fromDyads source = iota
	// fromMonths: a period, maybe a quad class; a row per pair, whole
	// month and quad class, and one per event of the days around them.
	fromMonths
	// fromEvents: a CAMEO root, or a quad class over all time (the
	// DyadMonths hold dated events only); a row per event.
	fromEvents
)

// source chooses where the counts of f come from.
func (f EventFilter) source() source {
	switch {
	case f.Root != "" || f.QuadClass != 0 && f.From.IsZero() && f.To.IsZero():
		return fromEvents
	case f.From.IsZero() && f.To.IsZero():
		return fromDyads
	}
	return fromMonths
}

// span is a range of days, both ends included; a zero end is open.
type span struct{ from, to time.Time }

// period is a span cut into the whole months within it, counted from the
// monthly aggregates, and the days before and after them, counted from
// the events.
type period struct {
	// months are the first days of the first and last whole month; a zero
	// end is open. whole is false when the span holds no whole month.
	months span
	whole  bool
	edges  []span
}

func periodOf(s span) period {
	first, last := s.from, s.to
	if !first.IsZero() && first.Day() != 1 {
		first = month(first).AddDate(0, 1, 0)
	}
	if !last.IsZero() {
		if last.AddDate(0, 0, 1).Day() == 1 {
			last = month(last)
		} else {
			last = month(last).AddDate(0, -1, 0)
		}
	}
	if !first.IsZero() && !last.IsZero() && first.After(last) {
		return period{edges: []span{s}}
	}
	p := period{months: span{first, last}, whole: true}
	if !s.from.IsZero() && s.from.Before(first) {
		p.edges = append(p.edges, span{s.from, first.AddDate(0, 0, -1)})
	}
	if !s.to.IsZero() && s.to.After(last.AddDate(0, 1, -1)) {
		p.edges = append(p.edges, span{last.AddDate(0, 1, 0), s.to})
	}
	return p
}

// cypher gathers the parameters of a query whose text is built in parts.
type cypher struct {
	params map[string]any
	n      int
}

func newCypher(params map[string]any) *cypher { return &cypher{params: params} }

// p adds a parameter and returns its name for the query text.
func (c *cypher) p(v any) string {
	c.n++
	name := fmt.Sprintf("p%d", c.n)
	c.params[name] = v
	return "$" + name
}

// within returns the conditions keeping v.prop inside s (inside the dated
// values when s is open at both ends).
func (c *cypher) within(v string, s span) []string {
	var conds []string
	if !s.from.IsZero() {
		conds = append(conds, v+" >= "+c.p(neo4j.DateOf(s.from)))
	}
	if !s.to.IsZero() {
		conds = append(conds, v+" <= "+c.p(neo4j.DateOf(s.to)))
	}
	if len(conds) == 0 {
		conds = append(conds, v+" IS NOT NULL")
	}
	return conds
}

// pairSide anchors pair rows on one actor: side is "source" or "target",
// the property holding the anchor (a variable or a parameter); others,
// when set, is a list the other side must be in. weights asks for the
// columns sid, tid, out and n only, which read less.
type pairSide struct {
	side, anchor, others string
	weights              bool
}

func (s pairSide) other() string {
	if s.side == "source" {
		return "target"
	}
	return "source"
}

// conds are the conditions anchoring the node in v.
func (s pairSide) conds(v string) []string {
	if s.anchor == "" {
		return nil
	}
	conds := []string{v + "." + s.side + " = " + s.anchor}
	if s.others != "" {
		conds = append(conds, v+"."+s.other()+" IN "+s.others)
	}
	return conds
}

// dyadHint makes an anchored side read its Dyads from the index that
// holds their weights (V0010): the planner prefers the unique key, which
// does not, and then opens every Dyad for its events.
func (s pairSide) dyadHint() string {
	if s.anchor == "" {
		return ""
	}
	return "USING INDEX d:Dyad(" + s.side + ", " + s.other() + ", events) "
}

// out is the value of the out column of the side's rows.
func (s pairSide) out() string {
	if s.side == "target" {
		return "false"
	}
	return "true"
}

// rows ends a branch that matched in head: the pair from node v, the
// events n, and the rest of the columns unless only weights are asked.
func (s pairSide) rows(head, v, n, rest string) string {
	cols := v + ".source AS sid, " + v + ".target AS tid, " + s.out() + " AS out, " + n + " AS n"
	if !s.weights {
		cols += ", " + rest
	}
	return head + " RETURN " + cols
}

// pairColumns are what every pair row returns: the pair, out (whether the
// anchor is the source), the events n, per quad class q1..q4, their
// Goldstein sum g and first and last day.
const pairColumns = "sid, tid, out, n, q1, q2, q3, q4, g, first, last"

// pairRows returns the UNION ALL branches of pair rows of f for one side
// (the whole graph when side has no anchor). Each branch starts by
// importing imports, when given, as a subquery's branches must.
func (c *cypher) pairRows(f EventFilter, src source, s pairSide, imports string) []string {
	var bodies []string
	switch src {
	case fromDyads:
		// Every Dyad has events: the predicate lets the indexes that hold
		// the weight (V0010) answer without opening the Dyad.
		conds := append(s.conds("d"), "d."+s.other()+" IS NOT NULL", "d.events IS NOT NULL")
		bodies = append(bodies, s.rows(`MATCH (d:Dyad) `+s.dyadHint()+where(conds)+` WITH d`, "d", "d.events",
			`d.quads[0] AS q1, d.quads[1] AS q2, d.quads[2] AS q3, d.quads[3] AS q4, d.goldstein_sum AS g, d.first AS first, d.last AS last`))
	case fromMonths:
		per := periodOf(span{f.From, f.To})
		if per.whole {
			bodies = append(bodies, c.dyadMonthRows(f, per.months, s))
		}
		for _, edge := range per.edges {
			bodies = append(bodies, c.eventRows(f, edge, s))
		}
	default:
		bodies = append(bodies, c.eventWalkRows(f, s))
	}
	if imports != "" {
		for i, b := range bodies {
			bodies[i] = "WITH " + imports + " " + b
		}
	}
	return bodies
}

// quadColumns splits n events of quad class q into the columns q1..q4.
func quadColumns(q, n string) string {
	cols := make([]string, 4)
	for i := range cols {
		cols[i] = fmt.Sprintf("CASE %s WHEN %d THEN %s ELSE 0 END AS q%d", q, i+1, n, i+1)
	}
	return strings.Join(cols, ", ")
}

func (c *cypher) dyadMonthRows(f EventFilter, months span, s pairSide) string {
	conds := append(s.conds("d"), c.within("d.month", months)...)
	if f.QuadClass != 0 {
		conds = append(conds, "d.quad = "+c.p(int64(f.QuadClass)))
	}
	hint := ""
	switch {
	case s.anchor != "" && s.side == "source":
		// The key (source, month, target, quad) seeks a source's months
		// when every property has a predicate.
		conds = append(conds, "d.target IS NOT NULL", "d.quad IS NOT NULL")
	case s.anchor == "" && s.weights:
		// A period's weights come from the index that holds them (V0010)
		// without opening a DyadMonth; the planner would take the month
		// index, which does not.
		conds = append(conds, "d.source IS NOT NULL", "d.target IS NOT NULL", "d.quad IS NOT NULL", "d.events IS NOT NULL")
		hint = "USING INDEX d:DyadMonth(month, source, target, quad, events) "
	}
	return s.rows(`MATCH (d:DyadMonth) `+hint+where(conds)+` WITH d, d.events AS k`+map[bool]string{false: ", d.quad AS q", true: ""}[s.weights],
		"d", "k", quadColumns("q", "k")+`, d.goldstein_sum AS g, d.first AS first, d.last AS last`)
}

// eventRows are the dated events of days, through the date-ordered indexes.
func (c *cypher) eventRows(f EventFilter, days span, s pairSide) string {
	conds := append(s.conds("e"), c.within("e.date", days)...)
	if f.QuadClass != 0 {
		conds = append(conds, "e.quad_class = "+c.p(int64(f.QuadClass)))
	}
	return s.rows(`MATCH (e:Event) `+where(conds)+` WITH e`, "e", "1",
		quadColumns("e.quad_class", "1")+`, e.goldstein AS g, e.date AS first, e.date AS last`)
}

// eventWalkRows are the events f keeps, dated or not, walked from the
// anchor's relationships (every event of the graph without an anchor).
func (c *cypher) eventWalkRows(f EventFilter, s pairSide) string {
	conds := c.eventConds(f, "e")
	pattern := "(s:Actor)-[:ACTED]->(e:Event)-[:ON]->(t:Actor)"
	switch {
	case s.anchor != "" && s.side == "source":
		pattern = "(s:Actor {id: " + s.anchor + "})-[:ACTED]->(e:Event)-[:ON]->(t:Actor)"
	case s.anchor != "":
		pattern = "(s:Actor)-[:ACTED]->(e:Event)-[:ON]->(t:Actor {id: " + s.anchor + "})"
	}
	if s.others != "" {
		conds = append(conds, map[string]string{"source": "t", "target": "s"}[s.side]+".id IN "+s.others)
	}
	return s.rows(`MATCH `+pattern+` `+where(conds)+` WITH e, {source: s.id, target: t.id} AS p`, "p", "1",
		quadColumns("e.quad_class", "1")+`, e.goldstein AS g, e.date AS first, e.date AS last`)
}

// eventConds are the conditions of f on the event in v.
func (c *cypher) eventConds(f EventFilter, v string) []string {
	var conds []string
	if !f.From.IsZero() || !f.To.IsZero() {
		conds = c.within(v+".date", span{f.From, f.To})
	}
	if f.QuadClass != 0 {
		conds = append(conds, v+".quad_class = "+c.p(int64(f.QuadClass)))
	}
	if f.Root != "" {
		conds = append(conds, v+".root = "+c.p(f.Root))
	}
	return conds
}

// pairSums sums pair rows grouped by the columns before it, with outgoing
// counting the rows where out holds; pairOf decodes the result.
const pairSums = `sum(n) AS events, sum(CASE WHEN out THEN n ELSE 0 END) AS outgoing,
	[sum(q1), sum(q2), sum(q3), sum(q4)] AS quads, sum(g) AS gsum, min(first) AS first, max(last) AS last`

// pairOf decodes pairSums into a Relation (without counterpart).
func pairOf(r row) Relation {
	rel := Relation{Events: r.int("events"), Outgoing: r.int("outgoing"), First: r.date("first"), Last: r.date("last")}
	rel.Incoming = rel.Events - rel.Outgoing
	for j, n := range r["quads"].([]any) {
		rel.QuadClass[j] = int(n.(int64))
	}
	if rel.Events > 0 {
		rel.Goldstein = r.float("gsum") / float64(rel.Events)
	}
	return rel
}
