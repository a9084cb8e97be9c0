package graph

import (
	"cmp"
	"maps"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The aggregates (README, "Graph model") are kept by the writer: each
// transaction works out, from what it created and deleted, how much every
// aggregate it touches changes, and applies those changes at its end, in
// the same transaction. Only committed changes count, so the aggregates are
// exact under replacement (counts go down), re-ingest (nothing changes) and
// concurrent writers (each adds what it created itself).

// eventFacts are what an event contributes to the aggregates, as stored.
type eventFacts struct {
	source, target string
	// date is the event's day; zero for an undated event.
	date      time.Time
	quad      int
	goldstein float64
}

// factsOf reads an event's facts from a map with the keys source, target,
// date, quad and goldstein.
func factsOf(m row) eventFacts {
	f := eventFacts{source: m.str("source"), target: m.str("target"), quad: m.int("quad"), goldstein: m.float("goldstein")}
	if d, ok := m["date"].(neo4j.Date); ok {
		f.date = d.Time()
	}
	return f
}

// month is the first day of t's month.
func month(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }

// pairDelta is the change of a Dyad or DyadMonth.
type pairDelta struct {
	events, articles int
	quads            [4]int
	goldstein        float64
	// first and last are the earliest and latest day of the events added.
	first, last time.Time
	// removed says an event went, so first and last are counted again.
	removed bool
}

// monthDelta is the change of an ActorMonth or GraphMonth.
type monthDelta struct {
	quads      [4]int
	goldstein  [4]float64
	statements int
}

type dyadMonthKey struct {
	source, target string
	month          time.Time
	quad           int
}

type actorMonthKey struct {
	actor string
	month time.Time
}

// deltas are the changes one transaction makes to the aggregates.
type deltas struct {
	dyads       map[[2]string]*pairDelta
	dyadMonths  map[dyadMonthKey]*pairDelta
	actorMonths map[actorMonthKey]*monthDelta
	graphMonths map[time.Time]*monthDelta
}

func newDeltas() *deltas {
	return &deltas{dyads: map[[2]string]*pairDelta{}, dyadMonths: map[dyadMonthKey]*pairDelta{},
		actorMonths: map[actorMonthKey]*monthDelta{}, graphMonths: map[time.Time]*monthDelta{}}
}

func entry[K comparable, V any](m map[K]*V, k K) *V {
	v, ok := m[k]
	if !ok {
		v = new(V)
		m[k] = v
	}
	return v
}

// pairs returns the Dyad and, for a dated event, the DyadMonth that f
// counts in.
func (d *deltas) pairs(f eventFacts) []*pairDelta {
	out := []*pairDelta{entry(d.dyads, [2]string{f.source, f.target})}
	if !f.date.IsZero() {
		out = append(out, entry(d.dyadMonths, dyadMonthKey{f.source, f.target, month(f.date), f.quad}))
	}
	return out
}

// event counts an event created (sign 1) or deleted (sign -1).
func (d *deltas) event(f eventFacts, sign int) {
	q := f.quad - 1
	for _, p := range d.pairs(f) {
		p.events += sign
		p.quads[q] += sign
		p.goldstein += float64(sign) * f.goldstein
		switch {
		case sign < 0:
			p.removed = true
		case !f.date.IsZero():
			if p.first.IsZero() || f.date.Before(p.first) {
				p.first = f.date
			}
			if f.date.After(p.last) {
				p.last = f.date
			}
		}
	}
	if f.date.IsZero() {
		return
	}
	m := month(f.date)
	months := []*monthDelta{entry(d.graphMonths, m), entry(d.actorMonths, actorMonthKey{f.source, m})}
	if f.target != f.source {
		months = append(months, entry(d.actorMonths, actorMonthKey{f.target, m}))
	}
	for _, md := range months {
		md.quads[q] += sign
		md.goldstein[q] += float64(sign) * f.goldstein
	}
}

// report counts an article's report of an event, added (1) or removed (-1).
func (d *deltas) report(f eventFacts, sign int) {
	for _, p := range d.pairs(f) {
		p.articles += sign
	}
}

// statement counts a dated statement created (1) or deleted (-1); one
// whose speaker could not be told counts in the graph's month only.
func (d *deltas) statement(speaker string, date time.Time, sign int) {
	if date.IsZero() {
		return
	}
	m := month(date)
	entry(d.graphMonths, m).statements += sign
	if speaker != "" {
		entry(d.actorMonths, actorMonthKey{speaker, m}).statements += sign
	}
}

func (p *pairDelta) zero() bool {
	return p.events == 0 && p.articles == 0 && p.quads == [4]int{} && p.goldstein == 0 && p.first.IsZero() && !p.removed
}

// row is the update of the aggregate keyed by key; shrinks says it may
// fall to zero.
func (p *pairDelta) row(key map[string]any) map[string]any {
	r := maps.Clone(key)
	r["events"], r["articles"], r["goldstein"] = int64(p.events), int64(p.articles), p.goldstein
	r["quads"] = ints(p.quads[:])
	r["first"], r["last"] = dayOrNil(p.first), dayOrNil(p.last)
	r["shrinks"] = p.events < 0 || p.articles < 0
	return r
}

func (m *monthDelta) zero() bool { return *m == monthDelta{} }

func (m *monthDelta) row(r map[string]any) map[string]any {
	r["quads"], r["goldstein"], r["statements"] = ints(m.quads[:]), m.goldstein[:], int64(m.statements)
	r["shrinks"] = m.statements < 0 || slices.ContainsFunc(m.quads[:], func(n int) bool { return n < 0 })
	return r
}

func ints(v []int) []int64 {
	out := make([]int64, len(v))
	for i, n := range v {
		out[i] = int64(n)
	}
	return out
}

func dayOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return neo4j.DateOf(t)
}

// params are the rows of cypherAggregates, each kind sorted by key so that
// concurrent writers lock the aggregates they share in the same order and
// wait for each other instead of deadlocking. It reports false when
// nothing changes.
func (d *deltas) params() (map[string]any, bool) {
	var dyads, dyadMonths, actorMonths, graphMonths, dyadRecounts, monthRecounts []map[string]any
	for _, k := range sortedKeys(d.dyads, func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) }) {
		key := map[string]any{"source": k[0], "target": k[1]}
		dyads, dyadRecounts = d.dyads[k].rows(key, dyads, dyadRecounts)
	}
	for _, k := range sortedKeys(d.dyadMonths, func(a, b dyadMonthKey) int {
		return cmp.Or(cmp.Compare(a.source, b.source), cmp.Compare(a.target, b.target), a.month.Compare(b.month), cmp.Compare(a.quad, b.quad))
	}) {
		key := map[string]any{"source": k.source, "target": k.target, "month": neo4j.DateOf(k.month),
			"next": neo4j.DateOf(k.month.AddDate(0, 1, 0)), "quad": int64(k.quad)}
		dyadMonths, monthRecounts = d.dyadMonths[k].rows(key, dyadMonths, monthRecounts)
	}
	for _, k := range sortedKeys(d.actorMonths, func(a, b actorMonthKey) int { return cmp.Or(cmp.Compare(a.actor, b.actor), a.month.Compare(b.month)) }) {
		if m := d.actorMonths[k]; !m.zero() {
			actorMonths = append(actorMonths, m.row(map[string]any{"actor": k.actor, "month": neo4j.DateOf(k.month)}))
		}
	}
	for _, k := range sortedKeys(d.graphMonths, func(a, b time.Time) int { return a.Compare(b) }) {
		if m := d.graphMonths[k]; !m.zero() {
			graphMonths = append(graphMonths, m.row(map[string]any{"month": neo4j.DateOf(k)}))
		}
	}
	n := len(dyads) + len(dyadMonths) + len(actorMonths) + len(graphMonths)
	return map[string]any{"dyads": nonNil(dyads), "dyadMonths": nonNil(dyadMonths),
		"actorMonths": nonNil(actorMonths), "graphMonths": nonNil(graphMonths),
		"dyadRecounts": nonNil(dyadRecounts), "dyadMonthRecounts": nonNil(monthRecounts)}, n > 0
}

// rows adds the update of the aggregate keyed by key to updates, and the
// key to recounts when an event went.
func (p *pairDelta) rows(key map[string]any, updates, recounts []map[string]any) ([]map[string]any, []map[string]any) {
	if p.zero() {
		return updates, recounts
	}
	if p.removed {
		recounts = append(recounts, key)
	}
	return append(updates, p.row(key)), recounts
}

func sortedKeys[K comparable, V any](m map[K]V, compare func(a, b K) int) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, compare)
	return keys
}

func nonNil(rows []map[string]any) []map[string]any {
	if rows == nil {
		return []map[string]any{}
	}
	return rows
}

// cypherAggregates applies a transaction's deltas. A new aggregate is
// created with its counts; an existing one gets only what changes, each SET
// reading what it adds to, so that Neo4j takes the node's write lock before
// reading it: concurrent writers never lose an update. Kinds come in a
// fixed order, the most shared (GraphMonth) last, so that its locks are
// held the shortest; an aggregate whose count falls to zero is deleted, as
// the rebuild would not create it.
var cypherAggregates = pairAggregate("dyads", "dyadRecounts", "Dyad {source: r.source, target: r.target}", true, "") +
	pairAggregate("dyadMonths", "dyadMonthRecounts", "DyadMonth {source: r.source, target: r.target, month: r.month, quad: r.quad}", false,
		"AND r.month <= e.date < r.next AND e.quad_class = r.quad") +
	monthAggregate("actorMonths", "ActorMonth {actor: r.actor, month: r.month}") +
	monthAggregate("graphMonths", "GraphMonth {month: r.month}")

// pairAggregate updates the Dyads (with their quads) or DyadMonths of the
// rows in param, then counts first and last again, from the pair's events
// that the condition within keeps (through event_pair_date), for the keys
// in recounts: those that lost an event. first and last move only outward
// here (a SET to the value a property has writes nothing).
func pairAggregate(param, recounts, node string, quads bool, within string) string {
	onCreate, add := "", ""
	if quads {
		onCreate = ", d.quads = r.quads"
		add = ", d.quads = [i IN range(0, 3) | d.quads[i] + r.quads[i]]"
	}
	return `
CALL {
  UNWIND $` + param + ` AS r
  MERGE (d:` + node + `)
    ON CREATE SET d.events = r.events, d.articles = r.articles, d.goldstein_sum = r.goldstein,
                  d.first = r.first, d.last = r.last` + onCreate + `
    ON MATCH SET d.events = d.events + r.events, d.articles = d.articles + r.articles,
                 d.goldstein_sum = d.goldstein_sum + r.goldstein` + add + `,
                 d.first = CASE WHEN r.first < d.first OR d.first IS NULL THEN r.first ELSE d.first END,
                 d.last = CASE WHEN r.last > d.last OR d.last IS NULL THEN r.last ELSE d.last END
  WITH d, r WHERE r.shrinks AND d.events = 0
  DELETE d
}
CALL {
  UNWIND $` + recounts + ` AS r
  MATCH (d:` + node + `)
  CALL {
    WITH r
    MATCH (e:Event) USING INDEX e:Event(source, target, date)
    WHERE e.source = r.source AND e.target = r.target AND e.date IS NOT NULL ` + within + `
    RETURN min(e.date) AS first, max(e.date) AS last
  }
  SET d.first = first, d.last = last
}`
}

// monthAggregate updates the ActorMonths or GraphMonths of the rows in
// param.
func monthAggregate(param, node string) string {
	return `
CALL {
  UNWIND $` + param + ` AS r
  MERGE (m:` + node + `)
    ON CREATE SET m.quads = r.quads, m.goldstein_sums = r.goldstein, m.statements = r.statements
    ON MATCH SET m.quads = [i IN range(0, 3) | m.quads[i] + r.quads[i]],
                 m.goldstein_sums = [i IN range(0, 3) | m.goldstein_sums[i] + r.goldstein[i]],
                 m.statements = m.statements + r.statements
  WITH m, r WHERE r.shrinks AND m.statements = 0 AND m.quads = [0, 0, 0, 0]
  DELETE m
}`
}
