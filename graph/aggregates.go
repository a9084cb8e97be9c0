package graph

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Aggregate labels (README, "Graph model"): summaries the writer keeps in
// step with the events and statements they count.
const (
	// LabelDyad sums up all events of an ordered pair of actors:
	// {source, target, events, quads, goldstein_sum, articles, first, last}.
	LabelDyad = "Dyad"
	// LabelDyadMonth sums up the dated events of an ordered pair in one
	// month and quad class: {source, target, month, quad, events,
	// goldstein_sum, articles, first, last}.
	LabelDyadMonth = "DyadMonth"
	// LabelActorMonth counts an actor's dated events (either side) and
	// statements in one month: {actor, month, quads, goldstein_sums,
	// statements}.
	LabelActorMonth = "ActorMonth"
	// LabelGraphMonth counts all dated events and statements of one month:
	// {month, quads, goldstein_sums, statements}.
	LabelGraphMonth = "GraphMonth"
)

// The aggregates, grouped from the events and statements (the recount).
// Each is a fragment that starts from actor a (the whole graph for
// GraphMonth) and ends with the aggregate's properties as columns: the
// rebuild CREATEs nodes from them, the check returns them.
const (
	groupDyads = `MATCH (a)-[:ACTED]->(e:Event)-[:ON]->(t:Actor)
	WITH a.id AS source, t.id AS target, count(e) AS events,
		[count(CASE e.quad_class WHEN 1 THEN 1 END), count(CASE e.quad_class WHEN 2 THEN 1 END),
			count(CASE e.quad_class WHEN 3 THEN 1 END), count(CASE e.quad_class WHEN 4 THEN 1 END)] AS quads,
		sum(e.goldstein) AS goldstein_sum, sum(COUNT { (e)-[:REPORTED_IN]->() }) AS articles,
		min(e.date) AS first, max(e.date) AS last`
	groupDyadMonths = `MATCH (a)-[:ACTED]->(e:Event)-[:ON]->(t:Actor) WHERE e.date IS NOT NULL
	WITH a.id AS source, t.id AS target, date.truncate('month', e.date) AS month, e.quad_class AS quad,
		count(e) AS events, sum(e.goldstein) AS goldstein_sum, sum(COUNT { (e)-[:REPORTED_IN]->() }) AS articles,
		min(e.date) AS first, max(e.date) AS last`
	groupActorMonths = `CALL {
		WITH a
		MATCH (a)-[:ACTED|ON]-(e:Event) WHERE e.date IS NOT NULL
		WITH DISTINCT e
		RETURN date.truncate('month', e.date) AS month, e.quad_class AS quad, e.goldstein AS g, 0 AS s
		UNION ALL
		WITH a
		MATCH (a)-[:MADE]->(st:Statement) WHERE st.date IS NOT NULL
		RETURN date.truncate('month', st.date) AS month, 0 AS quad, 0.0 AS g, 1 AS s
	}
	WITH a.id AS actor, month, ` + monthSums
	groupGraphMonths = `CALL {
		MATCH (e:Event) WHERE e.date IS NOT NULL
		RETURN date.truncate('month', e.date) AS month, e.quad_class AS quad, e.goldstein AS g, 0 AS s
		UNION ALL
		MATCH (st:Statement) WHERE st.date IS NOT NULL
		RETURN date.truncate('month', st.date) AS month, 0 AS quad, 0.0 AS g, 1 AS s
	}
	WITH month, ` + monthSums
	monthSums = `sum(s) AS statements,
		[count(CASE quad WHEN 1 THEN 1 END), count(CASE quad WHEN 2 THEN 1 END),
			count(CASE quad WHEN 3 THEN 1 END), count(CASE quad WHEN 4 THEN 1 END)] AS quads,
		[sum(CASE quad WHEN 1 THEN g ELSE 0.0 END), sum(CASE quad WHEN 2 THEN g ELSE 0.0 END),
			sum(CASE quad WHEN 3 THEN g ELSE 0.0 END), sum(CASE quad WHEN 4 THEN g ELSE 0.0 END)] AS goldstein_sums`
)

// aggregateKind is one kind of aggregate: its label, its key properties,
// all its properties and the fragment that recounts it.
type aggregateKind struct {
	label      string
	keys       []string
	properties []string
	group      string
	perActor   bool
}

var aggregateKinds = []aggregateKind{
	{LabelDyad, []string{"source", "target"},
		[]string{"source", "target", "events", "quads", "goldstein_sum", "articles", "first", "last"}, groupDyads, true},
	{LabelDyadMonth, []string{"source", "target", "month", "quad"},
		[]string{"source", "target", "month", "quad", "events", "goldstein_sum", "articles", "first", "last"}, groupDyadMonths, true},
	{LabelActorMonth, []string{"actor", "month"},
		[]string{"actor", "month", "quads", "goldstein_sums", "statements"}, groupActorMonths, true},
	{LabelGraphMonth, []string{"month"},
		[]string{"month", "quads", "goldstein_sums", "statements"}, groupGraphMonths, false},
}

// projection is the map of the kind's properties from the columns of its
// group fragment.
func (k aggregateKind) projection() string {
	parts := make([]string, len(k.properties))
	for i, p := range k.properties {
		parts[i] = p + ": " + p
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// AggregateSet holds aggregates by label and key, each as text in a fixed
// form (floats to 6 decimals), so that two sets compare exactly.
type AggregateSet map[string]string

// Diff lists what differs between s (stored) and want (recounted), at most
// limit lines.
func (s AggregateSet) Diff(want AggregateSet, limit int) []string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(want)) {
		if got, ok := s[k]; !ok {
			out = append(out, fmt.Sprintf("missing %s: want %s", k, want[k]))
		} else if got != want[k] {
			out = append(out, fmt.Sprintf("%s: stored %s, recounted %s", k, got, want[k]))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(s)) {
		if _, ok := want[k]; !ok {
			out = append(out, fmt.Sprintf("extra %s: %s", k, s[k]))
		}
	}
	if len(out) > limit {
		out = append(out[:limit], fmt.Sprintf("... and %d more", len(out)-limit))
	}
	return out
}

func (s AggregateSet) add(k aggregateKind, m row) {
	key := make([]string, len(k.keys))
	for i, p := range k.keys {
		key[i] = canonical(m[p])
	}
	var val strings.Builder
	for _, p := range k.properties[len(k.keys):] {
		fmt.Fprintf(&val, "%s=%s ", p, canonical(m[p]))
	}
	s[k.label+"("+strings.Join(key, ",")+")"] = strings.TrimSpace(val.String())
}

func canonical(v any) string {
	switch v := v.(type) {
	case float64:
		// Sums kept by the writer may end a hair below zero where a count
		// from scratch ends a hair above.
		if s := fmt.Sprintf("%.6f", v); s != "-0.000000" {
			return s
		}
		return "0.000000"
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = canonical(e)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case nil:
		return "null"
	}
	return fmt.Sprint(Plain(v))
}

// StoredAggregates reads every aggregate the writer keeps.
func (db *DB) StoredAggregates(ctx context.Context) (AggregateSet, error) {
	return db.aggregateSet(ctx, "reading the aggregates", func(k aggregateKind) string {
		return "MATCH (n:" + k.label + ") RETURN n{.*} AS n"
	})
}

// RecountAggregates counts the aggregates afresh from the events and
// statements, without writing: what StoredAggregates should read.
func (db *DB) RecountAggregates(ctx context.Context) (AggregateSet, error) {
	return db.aggregateSet(ctx, "recounting the aggregates", func(k aggregateKind) string {
		q := k.group + " RETURN " + k.projection() + " AS n"
		if k.perActor {
			q = "MATCH (a:Actor) CALL { WITH a " + q + " } RETURN n"
		}
		return q
	})
}

// CheckAggregates compares the stored aggregates with a fresh count and
// returns the stored ones and up to limit lines of what differs.
func (db *DB) CheckAggregates(ctx context.Context, limit int) (AggregateSet, []string, error) {
	stored, err := db.StoredAggregates(ctx)
	if err != nil {
		return nil, nil, err
	}
	want, err := db.RecountAggregates(ctx)
	if err != nil {
		return nil, nil, err
	}
	return stored, stored.Diff(want, limit), nil
}

// aggregateSet gathers what the query of each kind returns as column n.
func (db *DB) aggregateSet(ctx context.Context, doing string, query func(aggregateKind) string) (AggregateSet, error) {
	set := AggregateSet{}
	for _, k := range aggregateKinds {
		rows, err := db.collect(ctx, doing, query(k), nil)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			set.add(k, r.sub("n"))
		}
	}
	return set, nil
}

// AggregatesPending reports whether the graph holds events from before the
// aggregates and waits for RebuildAggregates (migration V0005).
func (db *DB) AggregatesPending(ctx context.Context) (bool, error) {
	rows, err := db.collect(ctx, "checking the aggregates", "RETURN EXISTS { MATCH (:__AggregatesPending) } AS pending", nil)
	if err != nil {
		return false, err
	}
	pending, _ := rows[0]["pending"].(bool)
	return pending, nil
}

// rebuildSteps denormalize the keys the indexes of V0004 and V0008 need and count the
// aggregates afresh, in batches of their own transactions: a large graph
// does not fit one. Each step is idempotent.
func rebuildSteps() []struct{ what, query string } {
	steps := []struct{ what, query string }{
		{"marking the aggregates pending", "MERGE (:__AggregatesPending {name: 'aggregates'})"},
		{"keying events by their actors", `MATCH (s:Actor)-[:ACTED]->(e:Event)-[:ON]->(t:Actor)
			CALL { WITH s, e, t SET e.source = s.id, e.target = t.id } IN TRANSACTIONS OF 10000 ROWS`},
		{"keying statements by their speaker", `MATCH (sp:Actor)-[:MADE]->(st:Statement)
			CALL { WITH sp, st SET st.speaker = sp.id } IN TRANSACTIONS OF 10000 ROWS`},
		{"keying ABOUT edges by speaker, actor and date", `MATCH (st:Statement)-[ab:ABOUT]->(t:Actor)
			CALL { WITH st, ab, t SET ab.speaker = st.speaker, ab.about = t.id, ab.date = st.date } IN TRANSACTIONS OF 10000 ROWS`},
		{"marking undated events and statements", `MATCH (x) WHERE (x:Event OR x:Statement) AND (x.date IS NULL) <> coalesce(x.undated, false)
			CALL { WITH x SET x.undated = CASE WHEN x.date IS NULL THEN true END } IN TRANSACTIONS OF 10000 ROWS`},
		{"deleting the aggregates", `MATCH (n) WHERE n:Dyad OR n:DyadMonth OR n:ActorMonth OR n:GraphMonth
			CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS`},
	}
	for _, k := range aggregateKinds {
		create := k.group + " CREATE (:" + k.label + " " + k.projection() + ")"
		if k.perActor {
			create = "MATCH (a:Actor) CALL { WITH a " + create + " } IN TRANSACTIONS OF 100 ROWS"
		}
		steps = append(steps, struct{ what, query string }{"counting " + k.label, create})
	}
	return append(steps, struct{ what, query string }{"clearing the pending mark", "MATCH (p:__AggregatesPending) DELETE p"})
}

// RebuildAggregates sets the denormalized keys and counts every aggregate
// afresh from the events and statements, calling progress before each
// step. No ingest may run meanwhile: until it ends, the graph is marked
// pending and `diplograph ingest` refuses to start.
func (db *DB) RebuildAggregates(ctx context.Context, progress func(step string)) error {
	session := db.Session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	for _, s := range rebuildSteps() {
		progress(s.what)
		res, err := session.Run(ctx, s.query, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return db.wrap(ctx, "rebuilding the aggregates ("+s.what+")", err)
		}
	}
	return nil
}
