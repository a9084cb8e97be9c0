package graph_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// TestPathsAgreeWithAllShortestPaths compares Paths, which builds its page
// from the sets of nodes on shortest paths, with Neo4j's allShortestPaths,
// which lists every one, for every ordered pair of the graph's busiest
// actors, at several lengths and pages.
func TestPathsAgreeWithAllShortestPaths(t *testing.T) {
	db := loaded(t)
	ctx := context.Background()
	actors := busiestActors(t, db, 9)
	lengths := map[int]int{}
	for _, from := range actors {
		for _, to := range actors {
			if from == to {
				continue
			}
			for _, hops := range []int{1, 3, 6} {
				all := allShortestPaths(t, db, from, to, hops)
				if len(all) > 0 {
					lengths[len(all[0].Steps)]++
				}
				for _, page := range []graph.Page{{Limit: 10}, {Limit: 2}, {Limit: 2, Offset: 2}, {Limit: 3, Offset: 5}} {
					got, err := db.Paths(ctx, graph.PathQuery{From: from, To: to, MaxHops: hops, Page: page})
					if err != nil {
						t.Fatal(err)
					}
					want := pageOf(all, page)
					if !slices.EqualFunc(got.Items, want.Items, samePath) || got.More != want.More {
						t.Fatalf("%s to %s, %d hops, %+v:\n got %v (more %v)\nwant %v (more %v)", from, to, hops, page,
							got.Items, got.More, want.Items, want.More)
					}
				}
			}
		}
	}
	// The comparison means something only if it met paths of several
	// lengths, odd ones (through a role) and several paths a pair.
	if lengths[1] == 0 || lengths[2] == 0 || len(lengths) < 3 {
		t.Errorf("shortest path lengths met: %v; want 1, 2 and at least one more", lengths)
	}
}

// samePath compares the node ids and the steps of a path with those of
// the reference (Paths's labels come from the nodes as before).
func samePath(got, want graph.Path) bool {
	idOf := func(n graph.PathNode) string { return n.ID }
	return slices.Equal(ids(got.Nodes, idOf), ids(want.Nodes, idOf)) && slices.Equal(got.Steps, want.Steps)
}

func pageOf(all []graph.Path, p graph.Page) graph.List[graph.Path] {
	rest := all[min(p.Offset, len(all)):]
	if len(rest) > p.Limit {
		return graph.List[graph.Path]{Items: rest[:p.Limit], More: true}
	}
	return graph.List[graph.Path]{Items: rest}
}

// busiestActors returns the n actors with most events and statements, and
// a person who holds a role, for paths through roles.
func busiestActors(t *testing.T, db *graph.DB, n int) []string {
	t.Helper()
	var ids []string
	for _, v := range neo4jtest.Value(t, db, `
		MATCH (a:Actor) WITH a ORDER BY COUNT { (a)-[:ACTED|ON|MADE|ABOUT]-() } DESC, a.id LIMIT $n
		WITH collect(a.id) AS busy
		MATCH (p:Actor)-[:HOLDS_ROLE]->() WITH busy, p ORDER BY p.id LIMIT 1
		RETURN busy + p.id`, map[string]any{"n": int64(n)}).([]any) {
		ids = append(ids, v.(string))
	}
	return ids
}

// allShortestPaths lists every shortest path from one actor to another
// with allShortestPaths, in the order Paths promises: by the id of each
// node, then the type and direction of the relationship into it.
func allShortestPaths(t *testing.T, db *graph.DB, from, to string, hops int) []graph.Path {
	t.Helper()
	res, err := db.Read(context.Background(), func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(context.Background(), fmt.Sprintf(`
			MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
			MATCH p = allShortestPaths((a)-[:ACTED|ON|MADE|ABOUT|HOLDS_ROLE*..%d]-(b))
			RETURN [n IN nodes(p) | n.id] AS nodes,
				[r IN relationships(p) | [type(r), startNode(r).id, endNode(r).id]] AS steps`, hops),
			map[string]any{"from": from, "to": to})
		if err != nil {
			return nil, err
		}
		return r.Collect(context.Background())
	})
	if err != nil {
		t.Fatal(err)
	}
	var paths []graph.Path
	var keys [][]string
	for _, rec := range res.([]*neo4j.Record) {
		var p graph.Path
		var key []string
		for _, v := range rec.Values[0].([]any) {
			p.Nodes = append(p.Nodes, graph.PathNode{ID: v.(string)})
		}
		for i, v := range rec.Values[1].([]any) {
			s := v.([]any)
			step := graph.PathStep{Type: s[0].(string), Source: s[1].(string), Target: s[2].(string)}
			p.Steps = append(p.Steps, step)
			dir := map[bool]string{true: ">", false: "<"}[step.Source == p.Nodes[i].ID]
			key = append(key, p.Nodes[i+1].ID+"\x00"+step.Type+dir)
		}
		paths, keys = append(paths, p), append(keys, key)
	}
	idx := make([]int, len(paths))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return slices.Compare(keys[a], keys[b]) })
	sorted := make([]graph.Path, len(paths))
	for i, j := range idx {
		sorted[i] = paths[j]
	}
	return sorted
}
