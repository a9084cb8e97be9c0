package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// EventFilter selects the events that relationship queries count.
type EventFilter struct {
	// From and To bound the event dates, both included; zero for open.
	From, To time.Time
	// QuadClass is 1..4, 0 for all.
	QuadClass int
	// Root is a CAMEO root code, empty for all.
	Root string
}

// RelationsQuery asks for an actor's counterparts.
type RelationsQuery struct {
	Actor string
	EventFilter
	Page
}

// Relation sums up the events between an actor and one counterpart.
type Relation struct {
	Counterpart ActorRef `json:"counterpart"`
	// Events counts the events in both directions; Outgoing those the actor
	// did to the counterpart, Incoming the others.
	Events   int `json:"events"`
	Outgoing int `json:"outgoing"`
	Incoming int `json:"incoming"`
	// QuadClass counts the events of each quad class, 1 to 4 at index 0 to 3.
	QuadClass [4]int `json:"quad_class"`
	// Goldstein is the mean Goldstein value of the events.
	Goldstein float64 `json:"goldstein"`
	First     string  `json:"first,omitempty"`
	Last      string  `json:"last,omitempty"`
}

// Relations lists an actor's counterparts by number of events, most first,
// ties broken by counterpart id, in one query: from the actor's Dyads, or
// for a period its DyadMonths and the events of the days around whole
// months. An unknown actor gives ErrNotFound.
func (db *DB) Relations(ctx context.Context, q RelationsQuery) (List[Relation], error) {
	return db.relations(ctx, q, q.source())
}

func (db *DB) relations(ctx context.Context, q RelationsQuery, src source) (List[Relation], error) {
	params := pageParams(map[string]any{"actor": q.Actor}, q.Page)
	c := newCypher(params)
	// One Dyad each way per counterpart: rank them by events alone, then
	// read the rest of the page's Dyads.
	weights := src == fromDyads
	branches := append(c.pairRows(q.EventFilter, src, pairSide{side: "source", anchor: "$actor", weights: weights}, ""),
		c.pairRows(q.EventFilter, src, pairSide{side: "target", anchor: "$actor", weights: weights}, "")...)
	rank := `WITH CASE WHEN out THEN tid ELSE sid END AS cid, out, n, q1, q2, q3, q4, g, first, last
		WITH cid, ` + pairSums + `
		ORDER BY events DESC, cid SKIP $skip LIMIT $fetch`
	if weights {
		rank = `WITH CASE WHEN out THEN tid ELSE sid END AS cid, out, n
			WITH cid, sum(n) AS events, sum(CASE WHEN out THEN n ELSE 0 END) AS outgoing
			ORDER BY events DESC, cid SKIP $skip LIMIT $fetch
			OPTIONAL MATCH (o:Dyad {source: $actor, target: cid})
			OPTIONAL MATCH (i:Dyad {source: cid, target: $actor})
			WITH cid, events, outgoing, [k IN range(0, 3) | coalesce(o.quads[k], 0) + coalesce(i.quads[k], 0)] AS quads,
				coalesce(o.goldstein_sum, 0.0) + coalesce(i.goldstein_sum, 0.0) AS gsum,
				CASE WHEN i.first < o.first OR o.first IS NULL THEN i.first ELSE o.first END AS first,
				CASE WHEN i.last > o.last OR o.last IS NULL THEN i.last ELSE o.last END AS last`
	}
	match, missing := anchors(params, q.Actor)
	r, err := db.one(ctx, "reading relations of "+q.Actor, match+`
		CALL {
			CALL { `+strings.Join(branches, " UNION ALL ")+` }
			`+rank+`
			MATCH (c:Actor {id: cid})
			RETURN collect({counterpart: `+actorRefMap("c")+`, events: events, outgoing: outgoing, quads: quads,
				gsum: gsum, first: first, last: last}) AS items
		}
		RETURN `+missing+`, items`, params)
	if err != nil {
		return List[Relation]{}, err
	}
	var items []Relation
	for _, v := range r["items"].([]any) {
		m := row(v.(map[string]any))
		rel := pairOf(m)
		rel.Counterpart = m.actor("counterpart")
		items = append(items, rel)
	}
	slices.SortFunc(items, func(a, b Relation) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), strings.Compare(a.Counterpart.ID, b.Counterpart.ID))
	})
	return paged(items, q.Page), nil
}

// PathQuery asks for the shortest connections between two actors.
type PathQuery struct {
	From, To string
	// MaxHops bounds the path length in relationships, 1 to 8.
	MaxHops int
	Page
}

// PathNode is a node on a path: an actor, event or statement.
type PathNode struct {
	ID string `json:"id"`
	// Kind is actor, event or statement.
	Kind string `json:"kind"`
	// Label is a name for display: the actor's name, the event's CAMEO code
	// and date, or the statement's text.
	Label string `json:"label"`
}

// PathStep is a relationship on a path, with its direction in the graph.
type PathStep struct {
	Type   string `json:"type"`
	Source string `json:"source"`
	Target string `json:"target"`
}

// Path is one shortest connection between two actors.
type Path struct {
	Nodes []PathNode `json:"nodes"`
	Steps []PathStep `json:"steps"`
}

// Paths returns the shortest paths between two actors through events,
// statements and roles (articles are left out: any two actors named in one
// article would be neighbours), ordered by the ids along them. ErrNotFound
// names an unknown actor; no connection gives an empty list; the same actor
// at both ends gives one path of length 0, the actor alone.
func (db *DB) Paths(ctx context.Context, q PathQuery) (List[Path], error) {
	if q.MaxHops < 1 || q.MaxHops > 8 {
		return List[Path]{}, fmt.Errorf("path length %d out of 1..8", q.MaxHops)
	}
	params := pageParams(map[string]any{"from": q.From, "to": q.To}, q.Page)
	match, missing := anchors(params, q.From, q.To)
	// The bound of a variable-length pattern cannot be a parameter; it is
	// a checked int formatted here, never text from a request.
	paths := fmt.Sprintf(`MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
		MATCH p = allShortestPaths((a)-[:ACTED|ON|MADE|ABOUT|HOLDS_ROLE*..%d]-(b))
		WITH p, [n IN nodes(p) | n.id] AS key
		ORDER BY key SKIP $skip LIMIT $fetch
		RETURN collect({key: key, nodes: [n IN nodes(p) | n{.id, .name, .cameo, .date, .text, labels: labels(n)}],
			steps: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}]}) AS paths`, q.MaxHops)
	if q.From == q.To {
		// Neo4j refuses a shortest path from a node to itself; the answer
		// is the actor alone, a path of length 0.
		paths = `MATCH (a:Actor {id: $from})
			WITH a SKIP $skip LIMIT $fetch
			RETURN collect({key: [a.id], nodes: [a{.id, .name, labels: labels(a)}], steps: []}) AS paths`
	}
	r, err := db.one(ctx, "finding paths", match+"CALL { "+paths+" } RETURN "+missing+", paths", params)
	if err != nil {
		return List[Path]{}, err
	}
	var all []Path
	var keys []string
	for _, v := range r["paths"].([]any) {
		m := row(v.(map[string]any))
		p := Path{Steps: []PathStep{}}
		for _, n := range m["nodes"].([]any) {
			p.Nodes = append(p.Nodes, pathNodeOf(row(n.(map[string]any))))
		}
		for _, st := range m["steps"].([]any) {
			sm := row(st.(map[string]any))
			p.Steps = append(p.Steps, PathStep{Type: sm.str("type"), Source: sm.str("source"), Target: sm.str("target")})
		}
		all = append(all, p)
		keys = append(keys, strings.Join(m.strs("key"), "\x00"))
	}
	sortBy(all, keys)
	return paged(all, q.Page), nil
}

// sortBy orders items by their keys, which collect does not promise to keep.
func sortBy[T any](items []T, keys []string) {
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	sorted := make([]T, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}

func pathNodeOf(m row) PathNode {
	n := PathNode{ID: m.str("id")}
	for _, l := range m.strs("labels") {
		switch l {
		case LabelActor:
			n.Kind, n.Label = "actor", m.str("name")
		case LabelEvent:
			n.Kind, n.Label = "event", m.str("cameo")+" "+m.date("date")
		case LabelStatement:
			n.Kind, n.Label = "statement", m.str("text")
		}
	}
	return n
}
