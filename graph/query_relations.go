package graph

import (
	"cmp"
	"context"
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
