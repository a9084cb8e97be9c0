package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

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
	// Truncated says that limits left out actors or edges, or stopped the
	// walk before its depth.
	Truncated bool `json:"truncated"`
}

// NetworkQuery asks for the ego network of an actor.
type NetworkQuery struct {
	Actor string
	// Depth is how many hops to follow, 1 to 3.
	Depth int
	// Limit is the most actors in the network, the ego included; Fanout the
	// most counterparts taken from each actor, strongest first; EdgeLimit
	// the most edges among them, strongest first.
	Limit, Fanout, EdgeLimit int
	EventFilter
}

// EgoNetwork walks out from an actor breadth first, taking the strongest
// counterparts of each actor (by events either way) until Depth or Limit
// is reached, and returns the directed event edges among the actors taken,
// strongest first, up to EdgeLimit, all in one query. Nodes are ordered by
// depth then id, edges by weight (descending), source and target.
func (db *DB) EgoNetwork(ctx context.Context, q NetworkQuery) (Network, error) {
	return db.egoNetwork(ctx, q, q.source())
}

func (db *DB) egoNetwork(ctx context.Context, q NetworkQuery, src source) (Network, error) {
	if q.Depth < 1 || q.Depth > 3 || q.Limit < 1 || q.Fanout < 1 || q.EdgeLimit < 1 {
		return Network{}, fmt.Errorf("network depth %d, limit %d, fanout %d, edge limit %d: out of range", q.Depth, q.Limit, q.Fanout, q.EdgeLimit)
	}
	params := map[string]any{"actor": q.Actor, "limit": int64(q.Limit), "fanout": int64(q.Fanout),
		"fanout1": int64(q.Fanout + 1), "edges1": int64(q.EdgeLimit + 1)}
	c := newCypher(params)
	match, missing := anchors(params, q.Actor)
	query := match + `WITH *, {ids: [$actor], depths: [0], next: [$actor], cut: false} AS s0 `
	for d := 1; d <= q.Depth; d++ {
		query += networkLevel(c, q.EventFilter, src, d)
	}
	edges := `CALL { ` + strings.Join(c.pairRows(q.EventFilter, src, pairSide{side: "source", anchor: "x", others: "ids"}, "x, ids"), " UNION ALL ") + ` }
			WITH sid, tid, ` + pairSums + `
			ORDER BY events DESC, sid, tid LIMIT $edges1`
	if src == fromDyads {
		// One Dyad is one edge: rank them by weight alone, then read the
		// rest of the edges kept.
		edges = `MATCH (d:Dyad) ` + pairSide{side: "source", anchor: "x"}.dyadHint() + `WHERE d.source = x AND d.target IN ids AND d.events IS NOT NULL
			WITH d, d.events AS events ORDER BY events DESC, d.source, d.target LIMIT $edges1
			WITH d.source AS sid, d.target AS tid, events, d.quads AS quads, d.goldstein_sum AS gsum, d.first AS first, d.last AS last`
	}
	query += `
		WITH *, s` + fmt.Sprint(q.Depth) + ` AS st
		CALL {
			WITH st
			UNWIND range(0, size(st.ids) - 1) AS i
			MATCH (a:Actor {id: st.ids[i]})
			RETURN collect({actor: ` + actorRefMap("a") + `, country: a.country, depth: st.depths[i]}) AS nodes
		}
		CALL {
			WITH st
			UNWIND st.ids AS x
			WITH x, st.ids AS ids
			` + edges + `
			RETURN collect({source: sid, target: tid, events: events, quads: quads, gsum: gsum, first: first, last: last}) AS edges
		}
		RETURN ` + missing + `, nodes, edges, st.cut AS cut`
	r, err := db.one(ctx, "walking the network of "+q.Actor, query, params)
	if err != nil {
		return Network{}, err
	}
	return networkOf(r, q.EdgeLimit), nil
}

// networkLevel takes the actors at depth d: the strongest counterparts,
// up to the fanout, of each actor taken at d-1, in id order, until the
// limit. It only walks while the limit has room; stopping with actors left
// to walk cuts the network short.
func networkLevel(c *cypher, f EventFilter, src source, d int) string {
	branches := append(c.pairRows(f, src, pairSide{side: "source", anchor: "x", weights: true}, "x"),
		c.pairRows(f, src, pairSide{side: "target", anchor: "x", weights: true}, "x")...)
	walk := "size(st.next) > 0 AND size(st.ids) < $limit"
	return `
		CALL {
			WITH s` + fmt.Sprint(d-1) + `
			WITH s` + fmt.Sprint(d-1) + ` AS st
			CALL {
				WITH st
				WITH st WHERE ` + walk + `
				UNWIND st.next AS x
				CALL {
					WITH x
					CALL { ` + strings.Join(branches, " UNION ALL ") + ` }
					WITH x, CASE WHEN out THEN tid ELSE sid END AS cid, n
					WITH x, cid, sum(n) AS weight WHERE cid <> x
					WITH cid, weight ORDER BY weight DESC, cid LIMIT $fanout1
					RETURN collect(cid) AS cs
				}
				WITH x, cs ORDER BY x
				RETURN collect(cs) AS lists
			}
			RETURN CASE WHEN ` + walk + ` THEN reduce(s = st{.*, next: []}, cs IN lists |
				reduce(s2 = s, i IN range(0, size(cs) - 1) | CASE
					WHEN i >= $fanout OR (size(s2.ids) >= $limit AND NOT cs[i] IN s2.ids) THEN s2{.*, cut: true}
					WHEN cs[i] IN s2.ids THEN s2
					ELSE s2{.*, ids: s2.ids + cs[i], depths: s2.depths + ` + fmt.Sprint(d) + `, next: s2.next + cs[i]} END))
			ELSE st{.*, next: [], cut: st.cut OR size(st.next) > 0} END AS s` + fmt.Sprint(d) + `
		}`
}

func networkOf(r row, edgeLimit int) Network {
	net := Network{Nodes: []Node{}, Edges: []Edge{}}
	net.Truncated, _ = r["cut"].(bool)
	for _, v := range r["nodes"].([]any) {
		m := row(v.(map[string]any))
		net.Nodes = append(net.Nodes, Node{ActorRef: m.actor("actor"), Country: m.str("country"), Depth: m.int("depth")})
	}
	slices.SortFunc(net.Nodes, func(a, b Node) int { return cmp.Or(cmp.Compare(a.Depth, b.Depth), strings.Compare(a.ID, b.ID)) })
	for _, v := range r["edges"].([]any) {
		net.Edges = append(net.Edges, edgeOf(row(v.(map[string]any))))
	}
	sortEdges(net.Edges)
	if len(net.Edges) > edgeLimit {
		net.Edges, net.Truncated = net.Edges[:edgeLimit], true
	}
	return net
}

func edgeOf(m row) Edge {
	rel := pairOf(m)
	return Edge{Source: m.str("source"), Target: m.str("target"), Weight: rel.Events,
		QuadClass: rel.QuadClass, Goldstein: rel.Goldstein, First: rel.First, Last: rel.Last}
}

// sortEdges orders edges by weight (descending), source and target.
func sortEdges(edges []Edge) {
	slices.SortFunc(edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(b.Weight, a.Weight), strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
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
// by weight (descending), source and target, with the actors they join, in
// one query: without a filter the Dyads in the order of their index, for a
// period the DyadMonths of its whole months and the events of the days
// around them. Truncated says that more edges follow on the next page.
func (db *DB) Graph(ctx context.Context, q GraphQuery) (Network, error) {
	return db.graph(ctx, q, q.source())
}

func (db *DB) graph(ctx context.Context, q GraphQuery, src source) (Network, error) {
	params := pageParams(map[string]any{"min": int64(q.MinWeight)}, q.Page)
	c := newCypher(params)
	edges := `MATCH (d:Dyad) WHERE d.events >= $min
		WITH d ORDER BY d.events DESC, d.source, d.target SKIP $skip LIMIT $fetch
		WITH d, d.quads AS qs
		RETURN collect({source: d.source, target: d.target, events: d.events, quads: qs, gsum: d.goldstein_sum,
			first: d.first, last: d.last}) AS edges`
	switch src {
	case fromMonths:
		// Rank the pairs by weight alone, read from the indexes, then sum
		// up the rest for the page's pairs only.
		edges = `CALL { ` + strings.Join(c.pairRows(q.EventFilter, src, pairSide{weights: true}, ""), " UNION ALL ") + ` }
			WITH sid, tid, sum(n) AS events WHERE events >= $min
			ORDER BY events DESC, sid, tid SKIP $skip LIMIT $fetch
			WITH sid AS s, tid AS t
			CALL { ` + strings.Join(c.pairRows(q.EventFilter, src, pairSide{side: "source", anchor: "s", others: "[t]"}, "s, t"), " UNION ALL ") + ` }
			WITH sid, tid, ` + pairSums + `
			RETURN collect({source: sid, target: tid, events: events, quads: quads, gsum: gsum, first: first, last: last}) AS edges`
	case fromEvents:
		edges = `CALL { ` + strings.Join(c.pairRows(q.EventFilter, src, pairSide{}, ""), " UNION ALL ") + ` }
			WITH sid, tid, ` + pairSums + ` WHERE events >= $min
			ORDER BY events DESC, sid, tid SKIP $skip LIMIT $fetch
			RETURN collect({source: sid, target: tid, events: events, quads: quads, gsum: gsum, first: first, last: last}) AS edges`
	}
	rows, err := db.collect(ctx, "exporting the graph", `
		CALL { `+edges+` }
		CALL {
			WITH edges
			UNWIND edges AS e
			UNWIND [e.source, e.target] AS id
			WITH DISTINCT id
			MATCH (a:Actor {id: id})
			RETURN collect({actor: `+actorRefMap("a")+`, country: a.country}) AS nodes
		}
		RETURN edges, nodes`, params)
	if err != nil {
		return Network{}, err
	}
	var all []Edge
	for _, v := range rows[0]["edges"].([]any) {
		all = append(all, edgeOf(row(v.(map[string]any))))
	}
	sortEdges(all)
	page := paged(all, q.Page)
	net := Network{Nodes: []Node{}, Edges: page.Items, Truncated: page.More}
	kept := map[string]bool{}
	for _, e := range page.Items {
		kept[e.Source], kept[e.Target] = true, true
	}
	for _, v := range rows[0]["nodes"].([]any) {
		m := row(v.(map[string]any))
		if n := (Node{ActorRef: m.actor("actor"), Country: m.str("country")}); kept[n.ID] {
			net.Nodes = append(net.Nodes, n)
		}
	}
	slices.SortFunc(net.Nodes, func(a, b Node) int { return strings.Compare(a.ID, b.ID) })
	return net, nil
}
