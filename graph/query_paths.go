package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

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

// pathTypes are the relationships a path follows: events, statements and
// roles. Articles are left out: any two actors named in one article would
// be neighbours.
const pathTypes = "ACTED|ON|MADE|ABOUT|HOLDS_ROLE"

// Paths returns the shortest paths between two actors through events,
// statements and roles, ordered by the ids along them (paths through the
// same nodes by the type and direction of their relationships at the first
// step where they differ). ErrNotFound names an unknown actor; no
// connection within MaxHops gives an empty list; the same actor at both
// ends gives one path of length 0, the actor alone.
//
// Two busy actors four hops apart have tens of thousands of shortest
// paths (every pair of their events through a common counterpart), and
// allShortestPaths finds them all before any can be ordered. Instead a
// first query finds the length with shortestPath (one path, a
// breadth-first search from both ends), then the nodes on shortest paths,
// a set for each position: those reached from both ends by walks whose
// lengths add up to the length, in the middle, and position by position
// towards each end those joined to a node of the set before. A second
// query, in the same read transaction, builds the page a step at a time in
// key order, keeping only the first offset+limit+1 prefixes at each step:
// every node of a set continues to both ends, so a prefix that is cut
// begins no path of the page. The first query hands the second, for each
// position, every node's neighbours in the set of the next: the walks
// have read them already, and a busy actor in the middle next to a busy
// end's events would otherwise read thousands of relationships again to
// find the few into the set. The cost is the neighbourhoods of the two
// ends out to half the length, and the page, not the number of paths. The
// neighbours go from one query to the other as parameters because Neo4j
// counts a list in scope against the memory of every row a sort keeps.
func (db *DB) Paths(ctx context.Context, q PathQuery) (List[Path], error) {
	if q.MaxHops < 1 || q.MaxHops > 8 {
		return List[Path]{}, fmt.Errorf("path length %d out of 1..8", q.MaxHops)
	}
	params := pageParams(map[string]any{"from": q.From, "to": q.To}, q.Page)
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		match, missing := anchors(params, q.From, q.To)
		sets := "MATCH (a:Actor {id: $from}) RETURN 0 AS len, [] AS steps"
		if q.From != q.To {
			sets = layersQuery(q.MaxHops)
		}
		rows, err := readRows(ctx, tx, match+"CALL { "+sets+" } RETURN "+missing+", len, steps", params)
		if err != nil || len(rows) == 0 {
			// No row: no path, or an unknown actor (told apart below).
			return rows, err
		}
		if err := missingActor(rows[0]); err != nil {
			return nil, err
		}
		params["steps"] = neighbours(rows[0])
		return readRows(ctx, tx, pathsQuery(rows[0].int("len")), params)
	})
	if err != nil {
		return List[Path]{}, fmt.Errorf("finding paths: %w", err)
	}
	rows := res.([]row)
	if len(rows) == 0 {
		return db.noPath(ctx, q)
	}
	var all []Path
	var keys [][]string
	for _, m := range rows {
		p := Path{Steps: []PathStep{}}
		for _, n := range m["nodes"].([]any) {
			p.Nodes = append(p.Nodes, pathNodeOf(row(n.(map[string]any))))
		}
		for _, st := range m["steps"].([]any) {
			sm := row(st.(map[string]any))
			p.Steps = append(p.Steps, PathStep{Type: sm.str("type"), Source: sm.str("source"), Target: sm.str("target")})
		}
		all = append(all, p)
		keys = append(keys, m.strs("key"))
	}
	// The query returns the first offset+limit+1 paths, in key order.
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return slices.Compare(keys[a], keys[b]) })
	var page []Path
	for _, j := range idx[min(q.Offset, len(idx)):] {
		page = append(page, all[j])
	}
	return paged(page, q.Page), nil
}

// neighbours turns the first query's rows [position, node, neighbours]
// into the second's parameter: for each position i, a map from each node
// at i-1 to its neighbours at i.
func neighbours(r row) []map[string]any {
	steps := make([]map[string]any, r.int("len")+1)
	for _, l := range r["steps"].([]any) {
		at := l.([]any)
		pos := at[0].(int64)
		if steps[pos] == nil {
			steps[pos] = map[string]any{}
		}
		steps[pos][at[1].(string)] = at[2]
	}
	return steps
}

// noPath tells an unknown actor (ErrNotFound) from two that no path of at
// most MaxHops joins (an empty list).
func (db *DB) noPath(ctx context.Context, q PathQuery) (List[Path], error) {
	params := map[string]any{}
	match, missing := anchors(params, q.From, q.To)
	if _, err := db.one(ctx, "finding paths", match+"RETURN "+missing, params); err != nil {
		return List[Path]{}, err
	}
	return paged([]Path(nil), q.Page), nil
}

// layersQuery returns the first query of Paths for paths of at most
// maxHops: the length and, for each position from 1 to the length, rows
// [position, element id of a node at the position before, element ids of
// its neighbours at this one]. Its parts are written out for every
// length up to maxHops and skipped past the length found (the bound of a
// pattern and the index of a list cannot be parameters; these are checked
// ints formatted here, never text from a request).
func layersQuery(maxHops int) string {
	half := (maxHops + 1) / 2
	return fmt.Sprintf(`MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
		MATCH p = shortestPath((a)-[:%s*..%d]-(b))
		WITH a, b, length(p) AS len
		// The longer half goes to the end with fewer relationships.
		WITH a, b, len, CASE WHEN COUNT { (a)--() } <= COUNT { (b)--() } THEN len - len / 2 ELSE len / 2 END AS h,
			[a] AS A0, [b] AS B0
		`, pathTypes, maxHops) +
		walks("A", "h", half) + walks("B", "len - h", half) + `
		WITH *, ` + pick("A", "", "h", half) + ` AS ah, ` + pick("B", "", "len - h", half) + ` AS bh
		WITH *, [x IN ah WHERE x IN bh] AS mid
		` + towardsEnd("L", "A", "h", "p", half) + towardsEnd("R", "B", "len - h", "[p[1], p[0]]", half) + `
		WITH len, reverse(` + list("L", "Steps", half) + `[..h]) + ` + list("R", "Steps", half) + `[..len - h] AS pairs
		CALL {
			WITH len, pairs
			UNWIND range(1, len) AS pos
			UNWIND pairs[pos - 1] AS p
			WITH pos, elementId(p[0]) AS u, collect(DISTINCT elementId(p[1])) AS ns
			RETURN collect([pos, u, ns]) AS steps
		}
		RETURN len, steps`
}

// walks binds X1..Xn: the nodes a walk of k steps from the end X0 reaches,
// for k up to the radius r (empty past it), and XkHops, the pairs of nodes
// of X(k-1) and Xk that the walk joined. Walks may turn back, so Xk holds
// some nearer nodes too; a node in both ends' sets for lengths that add up
// to the shortest length is on a shortest path all the same.
func walks(x, r string, n int) string {
	var b strings.Builder
	for k := 1; k <= n; k++ {
		fmt.Fprintf(&b, `CALL {
				WITH %[1]s%[2]d, len, h
				WITH %[1]s%[2]d WHERE %[3]d <= %[4]s
				UNWIND %[1]s%[2]d AS x
				MATCH (x)-[:%[5]s]-(y)
				RETURN collect(DISTINCT y) AS %[1]s%[3]d, collect([x, y]) AS %[1]s%[3]dHops
			}
			`, x, k-1, k, r, pathTypes)
	}
	return b.String()
}

// pick is the expression choosing X<k><suffix> for the k that the
// expression at gives.
func pick(x, suffix, at string, n int) string {
	var b strings.Builder
	b.WriteString("CASE " + at)
	for k := 0; k <= n; k++ {
		if k > 0 || suffix == "" {
			fmt.Fprintf(&b, " WHEN %d THEN %s%d%s", k, x, k, suffix)
		}
	}
	return b.String() + " END"
}

// towardsEnd binds Y1..Yn, the sets of nodes on shortest paths at 1..r
// steps from the middle towards the end X0: those of the walk from X0 at
// that distance joined to a node of the set before (mid, then Y1...; a node
// may appear more than once), and Y1Steps..YnSteps, the pairs of nodes that
// join them, each written by orient (of p, a pair [nearer X0, nearer the
// middle]) as [nearer the first end, nearer the second].
func towardsEnd(y, x, r, orient string, n int) string {
	var b strings.Builder
	prev := "mid"
	for j := 1; j <= n; j++ {
		fmt.Fprintf(&b, `WITH *, CASE WHEN %[3]d <= %[4]s THEN [p IN %[1]s WHERE p[1] IN %[5]s] ELSE [] END AS %[2]s%[3]dPairs
			WITH *, [p IN %[2]s%[3]dPairs | p[0]] AS %[2]s%[3]d, [p IN %[2]s%[3]dPairs | %[6]s] AS %[2]s%[3]dSteps
			`, pick(x, "Hops", fmt.Sprintf("%s - %d", r, j-1), n), y, j, r, prev, orient)
		prev = fmt.Sprintf("%s%d", y, j)
	}
	return b.String()
}

// list is the list [X1<suffix>, ..., Xn<suffix>].
func list(x, suffix string, n int) string {
	names := make([]string, n)
	for k := range names {
		names[k] = fmt.Sprintf("%s%d%s", x, k+1, suffix)
	}
	return "[" + strings.Join(names, ", ") + "]"
}

// pathsQuery returns the second query of Paths, for paths of length n:
// the first $upto paths in key order, built a step at a time, each step
// extending the prefixes kept by a relationship to a neighbour of the
// prefix's last node in the set of its position ($steps) and keeping the
// first $upto in key order. A prefix's key has a string per hop: the id of
// the node reached, then the type and direction of the relationship. The
// prefixes are rows, never a list: a sort keeps $upto rows, and a list of
// them in each row would make that memory grow with its square.
func pathsQuery(n int) string {
	var b strings.Builder
	b.WriteString(`MATCH (a:Actor {id: $from})
		WITH [] AS key0, [a] AS nodes0, [] AS rels0
		`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `CALL {
			WITH nodes%[1]d
			WITH nodes%[1]d[-1] AS u
			UNWIND $steps[%[2]d][elementId(u)] AS id
			// A subquery, so that the planner seeks each node by its id
			// rather than walk u's relationships for each.
			CALL { WITH id MATCH (n) WHERE elementId(n) = id RETURN n }
			MATCH (u)-[r:%[3]s]-(n)
			RETURN r, n
		}
		WITH key%[1]d + [n.id + '\u0000' + type(r) + CASE WHEN startNode(r) = nodes%[1]d[-1] THEN '>' ELSE '<' END] AS key%[2]d,
			nodes%[1]d + [n] AS nodes%[2]d, rels%[1]d + [r] AS rels%[2]d
		ORDER BY key%[2]d LIMIT $upto
		`, i-1, i, pathTypes)
	}
	fmt.Fprintf(&b, `RETURN key%[1]d AS key, [n IN nodes%[1]d | n{.id, .name, .cameo, .date, .text, labels: labels(n)}] AS nodes,
		[r IN rels%[1]d | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS steps`, n)
	return b.String()
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
