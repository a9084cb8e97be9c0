package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

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

// monthly says whether the monthly aggregates can count q: months and
// years are made of whole months, and the aggregates split events by
// quad class but not by CAMEO root or date source.
func (q HistogramQuery) monthly() bool {
	return (q.Interval == "month" || q.Interval == "year") && q.Root == "" && len(q.DateSources) == 0
}

// Histogram counts the items q selects per interval, in date order, leaving
// out intervals without items. Its page applies to the intervals. Months
// and years are counted from the monthly aggregates, plus the items of the
// days around the period's whole months; days and weeks, or a CAMEO root,
// from the items.
func (db *DB) Histogram(ctx context.Context, q HistogramQuery) (List[Bucket], error) {
	return db.histogram(ctx, q, q.monthly())
}

func (db *DB) histogram(ctx context.Context, q HistogramQuery, monthly bool) (List[Bucket], error) {
	if !slices.Contains(Intervals, q.Interval) {
		return List[Bucket]{}, fmt.Errorf("unknown histogram interval %q", q.Interval)
	}
	params := q.params()
	params["interval"] = q.Interval
	c := newCypher(params)
	branches := q.bucketRows(c, monthly)
	if len(branches) == 0 {
		branches = []string{"WITH null AS start, 0 AS q1, 0 AS q2, 0 AS q3, 0 AS q4, 0.0 AS g, 0 AS s WHERE false RETURN *"}
	}
	order := "start"
	if q.Descending {
		order = "start DESC"
	}
	match, missing := anchors(params, q.Actor, q.Counterpart)
	r, err := db.one(ctx, "counting a timeline", match+`
		CALL {
			CALL { `+strings.Join(branches, " UNION ALL ")+` }
			WITH start, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4, sum(g) AS g, sum(s) AS statements
			WHERE q1 + q2 + q3 + q4 + statements > 0
			WITH * ORDER BY `+order+` SKIP $skip LIMIT $fetch
			RETURN collect({start: start, quads: [q1, q2, q3, q4], g: g, statements: statements}) AS items
		}
		`+q.undated(c)+`
		RETURN `+missing+`, items, undated`, params)
	if err != nil {
		return List[Bucket]{}, err
	}
	var items []Bucket
	for _, v := range r["items"].([]any) {
		items = append(items, bucketOf(row(v.(map[string]any))))
	}
	slices.SortFunc(items, func(a, b Bucket) int {
		if q.Descending {
			return strings.Compare(b.Start, a.Start)
		}
		return strings.Compare(a.Start, b.Start)
	})
	return withUndated(paged(items, q.Page), r), nil
}

func bucketOf(m row) Bucket {
	b := Bucket{Start: m.date("start"), Statements: m.int("statements")}
	for j, n := range m["quads"].([]any) {
		b.QuadClass[j] = int(n.(int64))
		b.Events += b.QuadClass[j]
	}
	if b.Events > 0 {
		b.Goldstein = m.float("g") / float64(b.Events)
	}
	return b
}

// bucketRows returns the UNION ALL branches of rows (start, q1..q4, g, s)
// that the histogram of q sums per interval start: the monthly aggregates
// of the period's whole months when monthly, and the items of the other
// days. A pair's statements are not aggregated (ABOUT is many to many) and
// come from the pair's date-ordered index.
func (q HistogramQuery) bucketRows(c *cypher, monthly bool) []string {
	all := span{q.From, q.To}
	events, statements := q.wantsEvents(), q.wantsStatements()
	if !monthly {
		return itemBuckets(q.itemBranches(c, all, events, statements, false))
	}
	pair := q.Counterpart != ""
	per := periodOf(all)
	var rows, items []string
	if per.whole {
		rows = q.monthRows(c, per.months)
	}
	for _, edge := range per.edges {
		items = append(items, q.itemBranches(c, edge, events, statements && !pair, false)...)
	}
	if pair && statements {
		items = append(items, q.itemBranches(c, all, false, true, false)...)
	}
	if len(items) > 0 {
		rows = append(rows, itemBuckets(items)...)
	}
	return rows
}

// itemBuckets turns item branches into bucket rows, each item once.
func itemBuckets(items []string) []string {
	if len(items) == 0 {
		return nil
	}
	quads := make([]string, 4)
	for i := range quads {
		quads[i] = fmt.Sprintf("CASE WHEN kind = 'event' AND x.quad_class = %d THEN 1 ELSE 0 END AS q%d", i+1, i+1)
	}
	return []string{`CALL { ` + strings.Join(items, " UNION ") + ` }
		RETURN date.truncate($interval, x.date) AS start, ` + strings.Join(quads, ", ") + `,
			CASE kind WHEN 'event' THEN x.goldstein ELSE 0.0 END AS g, CASE kind WHEN 'statement' THEN 1 ELSE 0 END AS s`}
}

// monthRows are the bucket rows of the monthly aggregates of months: the
// GraphMonths, the actor's ActorMonths, or the pair's DyadMonths (either
// way, once for an actor paired with itself).
func (q HistogramQuery) monthRows(c *cypher, months span) []string {
	if q.Counterpart != "" {
		if !q.wantsEvents() {
			return nil
		}
		dyad := func(source, target string) string {
			conds := append([]string{"d.source = " + source, "d.target = " + target}, c.within("d.month", months)...)
			if q.QuadClass != 0 {
				conds = append(conds, "d.quad = "+c.p(int64(q.QuadClass)))
			} else {
				conds = append(conds, "d.quad IS NOT NULL")
			}
			return `MATCH (d:DyadMonth) ` + where(conds) + ` WITH d, d.quad AS q, d.events AS n
				RETURN date.truncate($interval, d.month) AS start, ` + quadColumns("q", "n") + `, d.goldstein_sum AS g, 0 AS s`
		}
		rows := []string{dyad("$actor", "$counterpart")}
		if q.Actor != q.Counterpart {
			rows = append(rows, dyad("$counterpart", "$actor"))
		}
		return rows
	}
	match := "MATCH (m:GraphMonth) " + where(c.within("m.month", months))
	if q.Actor != "" {
		match = "MATCH (m:ActorMonth) " + where(append([]string{"m.actor = $actor"}, c.within("m.month", months)...))
	}
	quads, g, s := "m.quads[0] AS q1, m.quads[1] AS q2, m.quads[2] AS q3, m.quads[3] AS q4",
		"reduce(t = 0.0, x IN m.goldstein_sums | t + x)", "m.statements"
	switch {
	case !q.wantsEvents():
		quads, g = "0 AS q1, 0 AS q2, 0 AS q3, 0 AS q4", "0.0"
	case q.QuadClass != 0:
		k := q.QuadClass - 1
		quads = quadColumns(fmt.Sprint(q.QuadClass), fmt.Sprintf("m.quads[%d]", k))
		g = fmt.Sprintf("m.goldstein_sums[%d]", k)
	}
	if !q.wantsStatements() {
		s = "0"
	}
	return []string{match + ` RETURN date.truncate($interval, m.month) AS start, ` + quads + `, ` + g + ` AS g, ` + s + ` AS s`}
}
