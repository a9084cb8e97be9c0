package graph

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Timeline item kinds, as in TimelineItem.Kind and TimelineQuery.Kind.
const (
	KindEvent     = "event"
	KindStatement = "statement"
)

// TimelineQuery filters timelines and their histograms. Only dated events
// and statements are on a timeline: an undated one has no place in it.
type TimelineQuery struct {
	// Actor anchors the timeline on one actor's events (either side) and
	// statements; empty for the global timeline.
	Actor string
	// Counterpart keeps the events between Actor and Counterpart, and the
	// statements either made about the other. Needs Actor.
	Counterpart string
	// From and To bound the dates, both included; zero for open.
	From, To time.Time
	// Root is a CAMEO root code ("01".."20"); QuadClass is 1..4. Either
	// keeps events only.
	Root      string
	QuadClass int
	// Kind is KindEvent or KindStatement; empty for both.
	Kind string
	// Descending puts the latest first.
	Descending bool
	Page
}

// TimelineItem is an event or a statement, whichever Kind says.
type TimelineItem struct {
	Kind      string     `json:"kind"`
	Date      string     `json:"date"`
	Event     *Event     `json:"event,omitempty"`
	Statement *Statement `json:"statement,omitempty"`
}

// wantsEvents and wantsStatements say which kinds of items the filters keep.
func (q TimelineQuery) wantsEvents() bool { return q.Kind != KindStatement }

func (q TimelineQuery) wantsStatements() bool {
	return q.Kind != KindEvent && q.Root == "" && q.QuadClass == 0
}

// branches returns the subqueries that yield the matching items as x with
// their kind, each limited to $upto rows when limited is set. Anchored
// branches start from the actor's relationships; global ones from the date
// index, which also gives the order.
func (q TimelineQuery) branches(params map[string]any, limited bool, w walk) []string {
	evConds := dateConds("e", q.From, q.To, params)
	stConds := dateConds("s", q.From, q.To, params)
	if q.From.IsZero() && q.To.IsZero() {
		evConds = append(evConds, "e.date IS NOT NULL")
		stConds = append(stConds, "s.date IS NOT NULL")
	}
	if q.Root != "" {
		params["root"] = q.Root
		evConds = append(evConds, "e.root = $root")
	}
	if q.QuadClass != 0 {
		params["quad"] = int64(q.QuadClass)
		evConds = append(evConds, "e.quad_class = $quad")
	}
	imports := "a"
	if q.Counterpart != "" {
		imports = "a, c"
	}
	branch := func(v, kind string, conds []string) func(string, ...string) string {
		tail := ""
		if limited {
			tail = q.order(v) + " LIMIT $upto"
		}
		return func(match string, extra ...string) string {
			return "WITH " + imports + " " + match + " " + where(append(append([]string{}, conds...), extra...)) +
				" RETURN " + v + " AS x, '" + kind + "' AS kind " + tail
		}
	}
	event, statement := branch("e", KindEvent, evConds), branch("s", KindStatement, stConds)
	var out []string
	switch {
	case q.Actor == "":
		if q.wantsEvents() {
			out = append(out, event("MATCH (e:Event)"))
		}
		if q.wantsStatements() {
			out = append(out, statement("MATCH (s:Statement)"))
		}
	// Anchored patterns need no labels on events and statements: ACTED and
	// ON only join actors and events, MADE and ABOUT actors and statements;
	// a label check would cost a store read per row. UNION drops the second
	// copy of an event an actor does to itself.
	case q.Counterpart == "":
		switch {
		case q.wantsEvents() && w.events:
			out = append(out, event("MATCH (e:Event)", "(EXISTS { (a)-[:ACTED]->(e) } OR EXISTS { (a)<-[:ON]-(e) })"))
		case q.wantsEvents():
			out = append(out, event("MATCH (a)-[:ACTED]->(e)"), event("MATCH (a)<-[:ON]-(e)"))
		}
		switch {
		case q.wantsStatements() && w.statements:
			out = append(out, statement("MATCH (s:Statement)", "EXISTS { (a)-[:MADE]->(s) }"))
		case q.wantsStatements():
			out = append(out, statement("MATCH (a)-[:MADE]->(s)"))
		}
	default:
		// Expanding both actors and joining on the item reads each
		// relationship once; expanding one and checking the other from
		// each item reads the item's whole relationship chain per row.
		if q.wantsEvents() {
			out = append(out, event("MATCH (a)-[:ACTED]->(e)-[:ON]->(c) USING JOIN ON e"),
				event("MATCH (a)<-[:ON]-(e)<-[:ACTED]-(c) USING JOIN ON e"))
		}
		if q.wantsStatements() {
			out = append(out, statement("MATCH (a)-[:MADE]->(s)-[:ABOUT]->(c) USING JOIN ON s"),
				statement("MATCH (a)<-[:ABOUT]-(s)<-[:MADE]-(c) USING JOIN ON s"))
		}
	}
	return out
}

// walk says, for each kind, whether a page of an actor's timeline is found
// by walking the date index in order and keeping the items linked to the
// actor, rather than by expanding all the actor's relationships and sorting
// them. For an actor in many of the graph's items the walk reaches a page
// after about upto*total/degree index entries, against degree expansions:
// the few dominant actors (states, leaders) would otherwise cost a scan of
// tens of thousands of events per page.
type walk struct{ events, statements bool }

// walkCost is how many times dearer a row of the walk is than a row of
// the expansion, as PROFILE shows: checking that an item is linked to the
// actor reads the item's relationship chain (about 12 store reads), while
// expanding reads one relationship and two properties.
const walkCost = 4

// plan chooses the cheaper way for each kind, from the actor's degrees.
func (q TimelineQuery) plan(st actorStats) walk {
	upto := int64(q.Offset + q.Limit + 1)
	cheaper := func(degree, total int64) bool { return degree > 0 && walkCost*upto*total < degree*degree }
	return walk{events: cheaper(st.events, st.allEvents), statements: cheaper(st.statements, st.allStatements)}
}

// order is the ORDER BY of timeline items held in variable v.
func (q TimelineQuery) order(v string) string {
	if q.Descending {
		return "ORDER BY " + v + ".date DESC, " + v + ".id DESC"
	}
	return "ORDER BY " + v + ".date, " + v + ".id"
}

// anchor is the start of every timeline query: the actor and the
// counterpart, or a single empty row for the global timeline, so that every
// branch can import a (and c).
func (q TimelineQuery) anchor(params map[string]any) string {
	if q.Actor == "" {
		return "WITH null AS a "
	}
	params["actor"] = q.Actor
	if q.Counterpart == "" {
		return "MATCH (a:Actor {id: $actor}) "
	}
	params["counterpart"] = q.Counterpart
	return "MATCH (a:Actor {id: $actor}), (c:Actor {id: $counterpart}) "
}

// Timeline lists the dated events and statements that q selects, in date
// order with ties broken by id. An unknown actor gives ErrNotFound.
func (db *DB) Timeline(ctx context.Context, q TimelineQuery) (List[TimelineItem], error) {
	stats, err := db.actorStats(ctx, q.Actor, q.Counterpart)
	if err != nil {
		return List[TimelineItem]{}, err
	}
	return db.timeline(ctx, q, q.plan(stats[q.Actor]))
}

// timeline runs a timeline query the way w says.
func (db *DB) timeline(ctx context.Context, q TimelineQuery, w walk) (List[TimelineItem], error) {
	params := pageParams(map[string]any{}, q.Page)
	branches := q.branches(params, true, w)
	if len(branches) == 0 {
		return paged([]TimelineItem(nil), q.Page), nil
	}
	order := q.order("x")
	query := q.anchor(params) + `
		CALL { ` + strings.Join(branches, " UNION ") + ` }
		WITH x, kind ` + order + ` SKIP $skip LIMIT $fetch
		CALL {
			WITH x, kind WITH x AS e WHERE kind = 'event' RETURN ` + eventMap + ` AS item
			UNION
			WITH x, kind WITH x AS s WHERE kind = 'statement' RETURN ` + statementMap + ` AS item
		}
		RETURN kind, item ` + order
	rows, err := db.collect(ctx, "reading a timeline", query, params)
	if err != nil {
		return List[TimelineItem]{}, err
	}
	items := make([]TimelineItem, len(rows))
	for i, r := range rows {
		item := TimelineItem{Kind: r.str("kind")}
		if item.Kind == KindEvent {
			e := eventOf(r.sub("item"))
			item.Event, item.Date = &e, e.Date
		} else {
			s := statementOf(r.sub("item"))
			item.Statement, item.Date = &s, s.Date
		}
		items[i] = item
	}
	return paged(items, q.Page), nil
}

// Intervals are the histogram intervals, as in HistogramQuery.Interval.
var Intervals = []string{"day", "week", "month", "year"}

// HistogramQuery counts a timeline's items per interval.
type HistogramQuery struct {
	TimelineQuery
	// Interval is day, week (starting on Monday), month or year.
	Interval string
}

// Bucket counts the items of one interval.
type Bucket struct {
	// Start is the first day of the interval.
	Start      string `json:"start"`
	Events     int    `json:"events"`
	Statements int    `json:"statements"`
	// QuadClass counts the events of each quad class, 1 to 4 at index 0 to 3.
	QuadClass [4]int `json:"quad_class"`
	// Goldstein is the mean Goldstein value of the events, 0 without events.
	Goldstein float64 `json:"goldstein"`
}

// Histogram counts the items q selects per interval, in date order, leaving
// out intervals without items. Its page applies to the intervals.
func (db *DB) Histogram(ctx context.Context, q HistogramQuery) (List[Bucket], error) {
	known := false
	for _, iv := range Intervals {
		known = known || iv == q.Interval
	}
	if !known {
		return List[Bucket]{}, fmt.Errorf("unknown histogram interval %q", q.Interval)
	}
	if err := db.mustHaveActors(ctx, q.Actor, q.Counterpart); err != nil {
		return List[Bucket]{}, err
	}
	params := pageParams(map[string]any{"interval": q.Interval}, q.Page)
	branches := q.branches(params, false, walk{})
	if len(branches) == 0 {
		return paged([]Bucket(nil), q.Page), nil
	}
	order := "ORDER BY start"
	if q.Descending {
		order = "ORDER BY start DESC"
	}
	query := q.anchor(params) + `
		CALL { ` + strings.Join(branches, " UNION ") + ` }
		WITH date.truncate($interval, x.date) AS start, kind, x
		RETURN start,
			count(CASE kind WHEN 'event' THEN 1 END) AS events,
			count(CASE kind WHEN 'statement' THEN 1 END) AS statements,
			[count(CASE x.quad_class WHEN 1 THEN 1 END), count(CASE x.quad_class WHEN 2 THEN 1 END),
		count(CASE x.quad_class WHEN 3 THEN 1 END), count(CASE x.quad_class WHEN 4 THEN 1 END)] AS quads,
			avg(CASE kind WHEN 'event' THEN x.goldstein END) AS goldstein
		` + order + ` SKIP $skip LIMIT $fetch`
	rows, err := db.collect(ctx, "counting a timeline", query, params)
	if err != nil {
		return List[Bucket]{}, err
	}
	items := make([]Bucket, len(rows))
	for i, r := range rows {
		b := Bucket{Start: r.date("start"), Events: r.int("events"), Statements: r.int("statements"), Goldstein: r.float("goldstein")}
		for j, n := range r["quads"].([]any) {
			b.QuadClass[j] = int(n.(int64))
		}
		items[i] = b
	}
	return paged(items, q.Page), nil
}

// actorStats are an actor's degrees and the graph's totals, which choose
// how a timeline query runs. Neo4j keeps all of them as counts, so reading
// them costs no scan.
type actorStats struct {
	events, statements, allEvents, allStatements int64
}

// actorStats returns the stats of each non-empty id, or ErrNotFound naming
// the first id that is not an actor of the graph.
func (db *DB) actorStats(ctx context.Context, ids ...string) (map[string]actorStats, error) {
	var want []string
	for _, id := range ids {
		if id != "" {
			want = append(want, id)
		}
	}
	out := map[string]actorStats{}
	if len(want) == 0 {
		return out, nil
	}
	rows, err := db.collect(ctx, "looking up actors", `
		UNWIND $ids AS id
		OPTIONAL MATCH (a:Actor {id: id})
		RETURN id, a IS NOT NULL AS found,
			COUNT { (a)-[:ACTED]->() } + COUNT { (a)<-[:ON]-() } AS events,
			COUNT { (a)-[:MADE]->() } AS statements,
			COUNT { MATCH (e:Event) } AS allEvents, COUNT { MATCH (s:Statement) } AS allStatements`,
		map[string]any{"ids": want})
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if found, _ := r["found"].(bool); !found {
			return nil, fmt.Errorf("actor %q: %w", r.str("id"), ErrNotFound)
		}
		out[r.str("id")] = actorStats{events: int64(r.int("events")), statements: int64(r.int("statements")),
			allEvents: int64(r.int("allEvents")), allStatements: int64(r.int("allStatements"))}
	}
	return out, nil
}

// mustHaveActors returns ErrNotFound naming the first of ids that is not an
// actor of the graph; empty ids are skipped.
func (db *DB) mustHaveActors(ctx context.Context, ids ...string) error {
	_, err := db.actorStats(ctx, ids...)
	return err
}
