package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// Timeline item kinds, as in TimelineItem.Kind and TimelineQuery.Kind.
const (
	KindEvent     = "event"
	KindStatement = "statement"
)

// DateSources are the sources a date may come from, as in
// TimelineQuery.DateSources.
var DateSources = []string{diplograph.DateSourceSentence, diplograph.DateSourceArticle, diplograph.DateSourceInferred, diplograph.DateSourceGiven}

// TimelineQuery filters timelines and their histograms. Only dated events
// and statements are on a timeline: an undated one has no place in it, and
// is counted apart (List.Undated).
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
	// DateSources keeps the items whose date comes from one of these
	// (DateSources); empty for any.
	DateSources []string
	// Descending puts the latest first.
	Descending bool
	Page
}

// TimelineItem is an event or a statement, whichever Kind says.
type TimelineItem struct {
	Kind string `json:"kind"`
	Date string `json:"date"`
	// DatePrecision and DateSource are the item's, as in Event.
	DatePrecision string     `json:"date_precision,omitempty"`
	DateSource    string     `json:"date_source,omitempty"`
	Event         *Event     `json:"event,omitempty"`
	Statement     *Statement `json:"statement,omitempty"`
}

// wantsEvents and wantsStatements say which kinds of items the filters keep.
func (q TimelineQuery) wantsEvents() bool { return q.Kind != KindStatement }

func (q TimelineQuery) wantsStatements() bool {
	return q.Kind != KindEvent && q.Root == "" && q.QuadClass == 0
}

// itemSeek is what a timeline branch reads: its items' variable v and
// kind, the pattern that matches them, the variables it carries, and the
// leading keys of the date-ordered index it seeks.
type itemSeek struct {
	v, kind, match, carry string
	keys                  []string
}

// itemBranches returns the subqueries that yield the items of q dated
// within days as x with their kind, events and statements as asked. Every
// branch seeks a date-ordered index (the actor's, the pair's or the
// graph's), so that with limited set it reads $upto rows in q's order and
// stops: the ORDER BY names the index's leading keys, fixed by the seek,
// for the planner to see that the index gives the order. An event an actor
// does to itself comes from two branches, which UNION keeps once.
func (q TimelineQuery) itemBranches(c *cypher, days span, events, statements, limited bool) []string {
	// branch reads the items that s matches and conds find.
	branch := func(s itemSeek, conds ...string) string {
		tail := " WITH " + s.carry
		if limited {
			order := make([]string, 0, len(s.keys)+2)
			for _, k := range append(s.keys, s.v+".date", s.v+".id") {
				order = append(order, k+desc(q.Descending))
			}
			tail += " ORDER BY " + strings.Join(order, ", ") + " LIMIT $upto"
		}
		return s.match + " " + where(conds) + tail + " RETURN " + s.v + " AS x, '" + s.kind + "' AS kind"
	}
	evConds := append(q.eventConds(c), q.sourceConds(c, "e")...)
	stConds := q.sourceConds(c, "s")
	// event seeks the events whose source and target (when given) are
	// these parameters.
	event := func(source, target string) string {
		var conds, keys []string
		for _, k := range [][2]string{{"source", source}, {"target", target}} {
			if k[1] != "" {
				conds, keys = append(conds, "e."+k[0]+" = "+k[1]), append(keys, "e."+k[0])
			}
		}
		return branch(itemSeek{"e", KindEvent, "MATCH (e:Event)", "e", keys}, slices.Concat(conds, c.within("e.date", days), evConds)...)
	}
	statement := func(speaker string) string {
		if speaker == "" {
			return branch(itemSeek{"s", KindStatement, "MATCH (s:Statement)", "s", nil}, append(c.within("s.date", days), stConds...)...)
		}
		return branch(itemSeek{"s", KindStatement, "MATCH (s:Statement)", "s", []string{"s.speaker"}},
			slices.Concat([]string{"s.speaker = " + speaker}, c.within("s.date", days), stConds)...)
	}
	about := func(speaker, about string) string {
		return branch(itemSeek{"s", KindStatement, "MATCH (s:Statement)-[ab:ABOUT]->()", "s, ab", []string{"ab.speaker", "ab.about", "ab.date"}},
			slices.Concat([]string{"ab.speaker = " + speaker, "ab.about = " + about}, c.within("ab.date", days), stConds)...)
	}
	switch {
	case q.Actor == "":
		return q.kinds(events, statements, []string{event("", "")}, []string{statement("")})
	case q.Counterpart == "":
		return q.kinds(events, statements, []string{event("$actor", ""), event("", "$actor")}, []string{statement("$actor")})
	}
	return q.kinds(events, statements, []string{event("$actor", "$counterpart"), event("$counterpart", "$actor")},
		[]string{about("$actor", "$counterpart"), about("$counterpart", "$actor")})
}

// eventConds are the conditions of q's CAMEO root and quad class on the
// event in variable e.
func (q TimelineQuery) eventConds(c *cypher) []string {
	var conds []string
	if q.Root != "" {
		conds = append(conds, "e.root = "+c.p(q.Root))
	}
	if q.QuadClass != 0 {
		conds = append(conds, "e.quad_class = "+c.p(int64(q.QuadClass)))
	}
	return conds
}

// sourceConds are the conditions of q's date sources on the item in
// variable v.
func (q TimelineQuery) sourceConds(c *cypher, v string) []string {
	if len(q.DateSources) == 0 {
		return nil
	}
	return []string{v + ".date_source IN " + c.p(q.DateSources)}
}

// undated is the subquery that counts, as undated, the undated events and
// statements that q's filters other than its period select. Undated items
// carry undated: true, which indexes on it alone and with the actor
// (event_undated_source, event_undated_target, statement_undated_speaker)
// find without reading the dated ones; a pair's are found from one side's.
// An undated item has no date source, so a date source filter leaves none.
func (q TimelineQuery) undated(c *cypher) string {
	var branches []string
	if len(q.DateSources) == 0 {
		evConds := q.eventConds(c)
		event := func(side, other string) string {
			conds := []string{"e.undated = true"}
			if side != "" {
				conds = append(conds, "e."+side+" = $actor")
			}
			if other != "" {
				conds = append(conds, "e."+other+" = $counterpart")
			}
			return "MATCH (e:Event) " + where(append(conds, evConds...)) + " RETURN e AS x"
		}
		statement := func(speaker, about string) string {
			switch {
			case speaker == "":
				return "MATCH (s:Statement) WHERE s.undated = true RETURN s AS x"
			case about == "":
				return "MATCH (s:Statement) WHERE s.undated = true AND s.speaker = " + speaker + " RETURN s AS x"
			}
			return "MATCH (s:Statement) WHERE s.undated = true AND s.speaker = " + speaker +
				" AND EXISTS { (s)-[:ABOUT]->(:Actor {id: " + about + "}) } RETURN s AS x"
		}
		var events, statements []string
		switch {
		case q.Actor == "":
			events, statements = []string{event("", "")}, []string{statement("", "")}
		case q.Counterpart == "":
			events, statements = []string{event("source", ""), event("target", "")}, []string{statement("$actor", "")}
		default:
			// The pair as source and target either way: the same
			// condition, the parameters swapped.
			events = []string{event("source", "target"),
				"MATCH (e:Event) " + where(append([]string{"e.undated = true", "e.source = $counterpart", "e.target = $actor"}, evConds...)) + " RETURN e AS x"}
			statements = []string{statement("$actor", "$counterpart"), statement("$counterpart", "$actor")}
		}
		branches = q.kinds(q.wantsEvents(), q.wantsStatements(), events, statements)
	}
	if len(branches) == 0 {
		return "CALL { RETURN 0 AS undated }"
	}
	return "CALL { CALL { " + strings.Join(branches, " UNION ") + " } RETURN count(x) AS undated }"
}

// kinds keeps the event and statement branches asked for.
func (q TimelineQuery) kinds(events, statements bool, eventBranches, statementBranches []string) []string {
	var out []string
	if events {
		out = append(out, eventBranches...)
	}
	if statements {
		out = append(out, statementBranches...)
	}
	return out
}

func desc(descending bool) string {
	if descending {
		return " DESC"
	}
	return ""
}

// order is the ORDER BY of timeline items held in variable v.
func (q TimelineQuery) order(v string) string {
	if q.Descending {
		return "ORDER BY " + v + ".date DESC, " + v + ".id DESC"
	}
	return "ORDER BY " + v + ".date, " + v + ".id"
}

// anchors starts a query that also tells whether the actors it is about
// exist: it binds each non-empty id's actor, if any, and missing lists the
// ids without one, in order (see missingActor).
func anchors(params map[string]any, ids ...string) (match, missing string) {
	var pairs []string
	for i, id := range ids {
		if id == "" {
			continue
		}
		p := fmt.Sprintf("anchor%d", i)
		params[p] = id
		match += fmt.Sprintf("OPTIONAL MATCH (anchor%d:Actor {id: $%s}) ", i, p)
		pairs = append(pairs, fmt.Sprintf("[$%s, anchor%d]", p, i))
	}
	return match, "[x IN [" + strings.Join(pairs, ", ") + "] WHERE x[1] IS NULL | x[0]] AS missing"
}

// missingActor returns ErrNotFound naming the first id of a query's
// missing column, or nil.
func missingActor(r row) error {
	if ids := r.strs("missing"); len(ids) > 0 {
		return fmt.Errorf("actor %q: %w", ids[0], ErrNotFound)
	}
	return nil
}

// one runs a query that returns a single row with the column missing
// (from anchors) and returns that row, or ErrNotFound.
func (db *DB) one(ctx context.Context, doing, query string, params map[string]any) (row, error) {
	rows, err := db.collect(ctx, doing, query, params)
	if err != nil {
		return nil, err
	}
	if len(rows) != 1 {
		return nil, fmt.Errorf("%s: %d rows, want 1", doing, len(rows))
	}
	return rows[0], missingActor(rows[0])
}

// requireActors returns ErrNotFound naming the first of ids (empty ones
// skipped) that is not an actor of the graph.
func (db *DB) requireActors(ctx context.Context, ids ...string) error {
	params := map[string]any{}
	match, missing := anchors(params, ids...)
	_, err := db.one(ctx, "looking up actors", match+"RETURN "+missing, params)
	return err
}

// params are the actor and counterpart of q, as the branches name
// them, and the page.
func (q TimelineQuery) params() map[string]any {
	params := pageParams(map[string]any{}, q.Page)
	if q.Actor != "" {
		params["actor"] = q.Actor
	}
	if q.Counterpart != "" {
		params["counterpart"] = q.Counterpart
	}
	return params
}

// Timeline lists the dated events and statements that q selects, in date
// order with ties broken by id, in one query that reads the page and
// stops. An unknown actor gives ErrNotFound.
func (db *DB) Timeline(ctx context.Context, q TimelineQuery) (List[TimelineItem], error) {
	params := q.params()
	c := newCypher(params)
	branches := q.itemBranches(c, span{q.From, q.To}, q.wantsEvents(), q.wantsStatements(), true)
	if len(branches) == 0 {
		branches = []string{"WITH null AS x, null AS kind WHERE false RETURN x, kind"}
	}
	match, missing := anchors(params, q.Actor, q.Counterpart)
	r, err := db.one(ctx, "reading a timeline", match+`
		CALL {
			CALL { `+strings.Join(branches, " UNION ")+` }
			WITH x, kind `+q.order("x")+` SKIP $skip LIMIT $fetch
			CALL {
				WITH x, kind WITH x AS e WHERE kind = 'event' RETURN `+eventMap+` AS item
				UNION
				WITH x, kind WITH x AS s WHERE kind = 'statement' RETURN `+statementMap+` AS item
			}
			RETURN collect({kind: kind, item: item}) AS items
		}
		`+q.undated(c)+`
		RETURN `+missing+`, items, undated`, params)
	if err != nil {
		return List[TimelineItem]{}, err
	}
	var items []TimelineItem
	for _, v := range r["items"].([]any) {
		m := row(v.(map[string]any))
		item := TimelineItem{Kind: m.str("kind")}
		if item.Kind == KindEvent {
			e := eventOf(m.sub("item"))
			item.Event, item.Date, item.DatePrecision, item.DateSource = &e, e.Date, e.DatePrecision, e.DateSource
		} else {
			s := statementOf(m.sub("item"))
			item.Statement, item.Date, item.DatePrecision, item.DateSource = &s, s.Date, s.DatePrecision, s.DateSource
		}
		items = append(items, item)
	}
	slices.SortFunc(items, func(a, b TimelineItem) int {
		if c := strings.Compare(a.Date+"\x00"+itemID(a), b.Date+"\x00"+itemID(b)); q.Descending {
			return -c
		} else {
			return c
		}
	})
	return withUndated(paged(items, q.Page), r), nil
}

// withUndated sets the list's undated count from the column of that name.
func withUndated[T any](l List[T], r row) List[T] {
	n := r.int("undated")
	l.Undated = &n
	return l
}

func itemID(it TimelineItem) string {
	if it.Event != nil {
		return it.Event.ID
	}
	return it.Statement.ID
}
