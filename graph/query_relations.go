package graph

import (
	"context"
	"fmt"
	"sort"
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

// conds returns the WHERE conditions on the event in variable e.
func (f EventFilter) conds(params map[string]any) []string {
	conds := dateConds("e", f.From, f.To, params)
	if f.QuadClass != 0 {
		params["quad"] = int64(f.QuadClass)
		conds = append(conds, "e.quad_class = $quad")
	}
	if f.Root != "" {
		params["root"] = f.Root
		conds = append(conds, "e.root = $root")
	}
	return conds
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

// aggregates is the Cypher that sums up events e per counterpart c, with
// out telling the direction; relationOf decodes it.
const aggregates = `count(e) AS events,
	count(CASE WHEN out THEN 1 END) AS outgoing,
	[count(CASE e.quad_class WHEN 1 THEN 1 END), count(CASE e.quad_class WHEN 2 THEN 1 END),
		count(CASE e.quad_class WHEN 3 THEN 1 END), count(CASE e.quad_class WHEN 4 THEN 1 END)] AS quads,
	avg(e.goldstein) AS goldstein, min(e.date) AS first, max(e.date) AS last`

// Relations lists an actor's counterparts by number of events, most first,
// ties broken by counterpart id. An unknown actor gives ErrNotFound.
func (db *DB) Relations(ctx context.Context, q RelationsQuery) (List[Relation], error) {
	if err := db.mustHaveActors(ctx, q.Actor); err != nil {
		return List[Relation]{}, err
	}
	params := pageParams(map[string]any{"actor": q.Actor}, q.Page)
	w := where(q.conds(params))
	// ACTED and ON only ever join actors and events, so the pattern needs
	// no label checks, which would cost a store read per event.
	rows, err := db.collect(ctx, "reading relations of "+q.Actor, `
		MATCH (a:Actor {id: $actor})
		CALL {
			WITH a MATCH (a)-[:ACTED]->(e)-[:ON]->(c) `+w+` RETURN e, c, true AS out
			UNION ALL
			WITH a MATCH (a)<-[:ON]-(e)<-[:ACTED]-(c) `+w+` RETURN e, c, false AS out
		}
		WITH c, `+aggregates+`
		ORDER BY events DESC, c.id SKIP $skip LIMIT $fetch
		RETURN `+actorRefMap("c")+` AS counterpart, events, outgoing, quads, goldstein, first, last
		ORDER BY events DESC, counterpart.id`, params)
	if err != nil {
		return List[Relation]{}, err
	}
	items := make([]Relation, len(rows))
	for i, r := range rows {
		items[i] = relationOf(r)
	}
	return paged(items, q.Page), nil
}

func relationOf(r row) Relation {
	rel := Relation{Counterpart: r.actor("counterpart"), Events: r.int("events"), Outgoing: r.int("outgoing"),
		Goldstein: r.float("goldstein"), First: r.date("first"), Last: r.date("last")}
	rel.Incoming = rel.Events - rel.Outgoing
	for j, n := range r["quads"].([]any) {
		rel.QuadClass[j] = int(n.(int64))
	}
	return rel
}

// Node is an actor in a network or graph export.
type Node struct {
	ActorRef
	Country string `json:"country,omitempty"`
	// Depth is the number of hops from the ego actor of a network; 0 in
	// graph exports.
	Depth int `json:"depth"`
}

// Edge sums up the events one actor did to another.
type Edge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Weight    int     `json:"weight"`
	QuadClass [4]int  `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	First     string  `json:"first,omitempty"`
	Last      string  `json:"last,omitempty"`
}

// Network is a set of actors and the event edges among them.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
	// Truncated says that limits left out actors or edges.
	Truncated bool `json:"truncated"`
}

// NetworkQuery asks for the ego network of an actor.
type NetworkQuery struct {
	Actor string
	// Depth is how many hops to follow, 1 to 3.
	Depth int
	// Limit is the most actors in the network, the ego included; Fanout the
	// most counterparts taken from each actor, strongest first.
	Limit, Fanout int
	EventFilter
}

// EgoNetwork walks out from an actor breadth first, taking the strongest
// counterparts of each actor until Depth or Limit is reached, then returns
// the directed event edges among the actors taken. Nodes are ordered by
// depth then id, edges by source then target.
func (db *DB) EgoNetwork(ctx context.Context, q NetworkQuery) (Network, error) {
	if err := db.mustHaveActors(ctx, q.Actor); err != nil {
		return Network{}, err
	}
	depth := map[string]int{q.Actor: 0}
	frontier := []string{q.Actor}
	net := Network{}
	for d := 1; d <= q.Depth && len(frontier) > 0; d++ {
		params := map[string]any{"ids": frontier, "fanout": int64(q.Fanout + 1)}
		w := where(q.conds(params))
		rows, err := db.collect(ctx, "walking the network of "+q.Actor, `
			UNWIND $ids AS id
			MATCH (a:Actor {id: id})
			CALL {
				WITH a
				CALL {
					WITH a MATCH (a)-[:ACTED]->(e:Event)-[:ON]->(c:Actor) `+w+` RETURN e, c
					UNION ALL
					WITH a MATCH (a)<-[:ON]-(e:Event)<-[:ACTED]-(c:Actor) `+w+` RETURN e, c
				}
				WITH a, c, count(e) AS weight WHERE c <> a
				RETURN c.id AS counterpart, weight ORDER BY weight DESC, c.id LIMIT $fanout
			}
			RETURN id, counterpart, weight ORDER BY id, weight DESC, counterpart`, params)
		if err != nil {
			return Network{}, err
		}
		var next []string
		taken := map[string]int{}
		for _, r := range rows {
			from, c := r.str("id"), r.str("counterpart")
			if taken[from] == q.Fanout {
				net.Truncated = true
				continue
			}
			taken[from]++
			if _, seen := depth[c]; seen {
				continue
			}
			if len(depth) == q.Limit {
				net.Truncated = true
				continue
			}
			depth[c] = d
			next = append(next, c)
		}
		frontier = next
	}
	ids := make([]string, 0, len(depth))
	for id := range depth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	nodes, err := db.actorNodes(ctx, ids)
	if err != nil {
		return Network{}, err
	}
	for _, n := range nodes {
		n.Depth = depth[n.ID]
		net.Nodes = append(net.Nodes, n)
	}
	sort.Slice(net.Nodes, func(i, j int) bool {
		a, b := net.Nodes[i], net.Nodes[j]
		if a.Depth != b.Depth {
			return a.Depth < b.Depth
		}
		return a.ID < b.ID
	})
	net.Edges, err = db.edgesAmong(ctx, ids, q.EventFilter)
	return net, err
}

// edgesAmong returns the directed event edges between the given actors.
func (db *DB) edgesAmong(ctx context.Context, ids []string, f EventFilter) ([]Edge, error) {
	params := map[string]any{"ids": ids}
	conds := append(f.conds(params), "t.id IN $ids")
	rows, err := db.collect(ctx, "reading edges", `
		UNWIND $ids AS id
		MATCH (s:Actor {id: id})-[:ACTED]->(e:Event)-[:ON]->(t:Actor) `+where(conds)+`
		WITH s, t, true AS out, e
		WITH s.id AS source, t.id AS target, `+aggregates+`
		RETURN source, target, events, quads, goldstein, first, last
		ORDER BY source, target`, params)
	if err != nil {
		return nil, err
	}
	edges := make([]Edge, len(rows))
	for i, r := range rows {
		edges[i] = edgeOf(r)
	}
	return edges, nil
}

func edgeOf(r row) Edge {
	rel := relationOf(r)
	return Edge{Source: r.str("source"), Target: r.str("target"), Weight: rel.Events,
		QuadClass: rel.QuadClass, Goldstein: rel.Goldstein, First: rel.First, Last: rel.Last}
}

// GraphQuery asks for the actor graph of a period, for dashboards.
type GraphQuery struct {
	EventFilter
	// MinWeight keeps the edges of at least this many events.
	MinWeight int
	// Page applies to the edges, strongest first.
	Page
}

// Graph returns the strongest directed event edges that q selects, ordered
// by weight (descending), source and target, with the actors they join.
// Truncated says that more edges follow on the next page.
func (db *DB) Graph(ctx context.Context, q GraphQuery) (Network, error) {
	params := pageParams(map[string]any{"min": int64(q.MinWeight)}, q.Page)
	rows, err := db.collect(ctx, "exporting the graph", `
		MATCH (s:Actor)-[:ACTED]->(e:Event)-[:ON]->(t:Actor) `+where(q.conds(params))+`
		WITH s, t, true AS out, e
		WITH s.id AS source, t.id AS target, `+aggregates+`
		WHERE events >= $min
		RETURN source, target, events, quads, goldstein, first, last
		ORDER BY events DESC, source, target SKIP $skip LIMIT $fetch`, params)
	if err != nil {
		return Network{}, err
	}
	edges := make([]Edge, len(rows))
	for i, r := range rows {
		edges[i] = edgeOf(r)
	}
	page := paged(edges, q.Page)
	seen := map[string]bool{}
	var ids []string
	for _, e := range page.Items {
		for _, id := range []string{e.Source, e.Target} {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	sort.Strings(ids)
	nodes, err := db.actorNodes(ctx, ids)
	if err != nil {
		return Network{}, err
	}
	return Network{Nodes: nodes, Edges: page.Items, Truncated: page.More}, nil
}

// actorNodes reads the actors of the given ids as nodes, ordered by id.
func (db *DB) actorNodes(ctx context.Context, ids []string) ([]Node, error) {
	rows, err := db.collect(ctx, "reading actors", `
		UNWIND $ids AS id
		MATCH (a:Actor {id: id})
		RETURN `+actorRefMap("a")+` AS actor, a.country AS country ORDER BY a.id`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	nodes := make([]Node, len(rows))
	for i, r := range rows {
		nodes[i] = Node{ActorRef: r.actor("actor"), Country: r.str("country")}
	}
	return nodes, nil
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
	if err := db.mustHaveActors(ctx, q.From, q.To); err != nil {
		return List[Path]{}, err
	}
	if q.MaxHops < 1 || q.MaxHops > 8 {
		return List[Path]{}, fmt.Errorf("path length %d out of 1..8", q.MaxHops)
	}
	// The bound of a variable-length pattern cannot be a parameter; it is
	// a checked int formatted here, never text from a request.
	query := fmt.Sprintf(`
		MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
		MATCH p = allShortestPaths((a)-[:ACTED|ON|MADE|ABOUT|HOLDS_ROLE*..%d]-(b))
		WITH p, [n IN nodes(p) | n.id] AS key
		ORDER BY key SKIP $skip LIMIT $fetch
		RETURN [n IN nodes(p) | n{.id, .name, .cameo, .date, .text, labels: labels(n)}] AS nodes,
			[r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS steps`, q.MaxHops)
	if q.From == q.To {
		// Neo4j refuses a shortest path from a node to itself; the answer
		// is the actor alone, a path of length 0.
		query = `MATCH (a:Actor {id: $from})
			RETURN [a{.id, .name, labels: labels(a)}] AS nodes, [] AS steps SKIP $skip LIMIT $fetch`
	}
	rows, err := db.collect(ctx, "finding paths", query, pageParams(map[string]any{"from": q.From, "to": q.To}, q.Page))
	if err != nil {
		return List[Path]{}, err
	}
	paths := make([]Path, len(rows))
	for i, r := range rows {
		paths[i].Steps = []PathStep{}
		for _, v := range r["nodes"].([]any) {
			paths[i].Nodes = append(paths[i].Nodes, pathNodeOf(row(v.(map[string]any))))
		}
		for _, v := range r["steps"].([]any) {
			m := row(v.(map[string]any))
			paths[i].Steps = append(paths[i].Steps, PathStep{Type: m.str("type"), Source: m.str("source"), Target: m.str("target")})
		}
	}
	return paged(paths, q.Page), nil
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
