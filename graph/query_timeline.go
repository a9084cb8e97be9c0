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
func (q TimelineQuery) branches(params map[string]any, limited bool) []string {
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
	branch := func(v, kind string, conds []string) func(string) string {
		tail := ""
		if limited {
			tail = q.order(v) + " LIMIT $upto"
		}
		return func(match string) string {
			return "WITH a " + match + " " + where(conds) + " RETURN " + v + " AS x, '" + kind + "' AS kind " + tail
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
	case q.Counterpart == "":
		// UNION drops the second copy of an event an actor does to itself.
		if q.wantsEvents() {
			out = append(out, event("MATCH (a)-[:ACTED]->(e:Event)"), event("MATCH (a)<-[:ON]-(e:Event)"))
		}
		if q.wantsStatements() {
			out = append(out, statement("MATCH (a)-[:MADE]->(s:Statement)"))
		}
	default:
		params["counterpart"] = q.Counterpart
		if q.wantsEvents() {
			out = append(out,
				event("MATCH (a)-[:ACTED]->(e:Event)-[:ON]->(:Actor {id: $counterpart})"),
				event("MATCH (a)<-[:ON]-(e:Event)<-[:ACTED]-(:Actor {id: $counterpart})"))
		}
		if q.wantsStatements() {
			out = append(out,
				statement("MATCH (a)-[:MADE]->(s:Statement)-[:ABOUT]->(:Actor {id: $counterpart})"),
				statement("MATCH (a)<-[:ABOUT]-(s:Statement)<-[:MADE]-(:Actor {id: $counterpart})"))
		}
	}
	return out
}

// order is the ORDER BY of timeline items held in variable v.
func (q TimelineQuery) order(v string) string {
	if q.Descending {
		return "ORDER BY " + v + ".date DESC, " + v + ".id DESC"
	}
	return "ORDER BY " + v + ".date, " + v + ".id"
}

// anchor is the start of every timeline query: the actor, or a single
// empty row for the global timeline, so that every branch can import a.
func (q TimelineQuery) anchor(params map[string]any) string {
	if q.Actor == "" {
		return "WITH null AS a "
	}
	params["actor"] = q.Actor
	return "MATCH (a:Actor {id: $actor}) "
}

// Timeline lists the dated events and statements that q selects, in date
// order with ties broken by id. An unknown actor gives ErrNotFound.
func (db *DB) Timeline(ctx context.Context, q TimelineQuery) (List[TimelineItem], error) {
	if err := db.mustHaveActors(ctx, q.Actor, q.Counterpart); err != nil {
		return List[TimelineItem]{}, err
	}
	params := pageParams(map[string]any{}, q.Page)
	branches := q.branches(params, true)
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

// Histogram intervals, as in HistogramQuery.Interval.
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
	branches := q.branches(params, false)
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

// mustHaveActors returns ErrNotFound naming the first of ids that is not an
// actor of the graph; empty ids are skipped.
func (db *DB) mustHaveActors(ctx context.Context, ids ...string) error {
	var want []string
	for _, id := range ids {
		if id != "" {
			want = append(want, id)
		}
	}
	if len(want) == 0 {
		return nil
	}
	rows, err := db.collect(ctx, "looking up actors", `
		UNWIND $ids AS id
		OPTIONAL MATCH (a:Actor {id: id})
		RETURN id, a IS NOT NULL AS found`, map[string]any{"ids": want})
	if err != nil {
		return err
	}
	for _, r := range rows {
		if found, _ := r["found"].(bool); !found {
			return fmt.Errorf("actor %q: %w", r.str("id"), ErrNotFound)
		}
	}
	return nil
}
