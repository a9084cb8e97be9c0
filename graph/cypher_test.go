package graph_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	fx "github.com/diplograph/diplograph/internal/graphfixture"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// runCypher runs q and collects its whole result.
func runCypher(db *graph.DB, q graph.CypherQuery) (graph.CypherResult, error) {
	var res graph.CypherResult
	truncated, err := db.RunCypher(context.Background(), q, &res)
	res.Truncated = truncated
	return res, err
}

func TestRunCypherRefusesWrites(t *testing.T) {
	db := loaded(t)
	before := fx.Fingerprint(t, db)
	for _, q := range fx.WriteAttempts {
		res, err := runCypher(db, graph.CypherQuery{Query: q, MaxRows: 10, Timeout: 10 * time.Second})
		if err == nil {
			t.Errorf("%q was run: %+v", q, res)
			continue
		}
		t.Logf("%q: %v", q, err)
		if !errors.Is(err, graph.ErrNotReadOnly) && !errors.Is(err, graph.ErrProcedureNotAllowed) && !errors.Is(err, graph.ErrBadQuery) {
			t.Errorf("%q: got %v, want a refusal or a bad query", q, err)
		}
	}
	if after := fx.Fingerprint(t, db); after != before {
		t.Errorf("the graph changed: fingerprint %s before, %s after", before, after)
	}
}

func TestRunCypherReads(t *testing.T) {
	db := loaded(t)
	run := func(q string, params map[string]any, maxRows int) graph.CypherResult {
		t.Helper()
		res, err := runCypher(db, graph.CypherQuery{Query: q, Params: params, MaxRows: maxRows, Timeout: 10 * time.Second})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		return res
	}

	res := run(`MATCH p = (a:Actor {id: $id})-[r:ACTED]->(e:Event)
		RETURN a, r, e.date AS date, p, e.goldstein AS g ORDER BY e.id LIMIT 1`, map[string]any{"id": fx.Westmark}, 10)
	same(t, "columns", res.Columns, []string{"a", "r", "date", "p", "g"})
	if len(res.Rows) != 1 || res.Truncated {
		t.Fatalf("rows %v, truncated %v", res.Rows, res.Truncated)
	}
	row := res.Rows[0]
	node := row[0].(map[string]any)
	same(t, "node labels", node["labels"], []any{"Actor", "Country"})
	same(t, "node id", node["properties"].(map[string]any)["id"], fx.Westmark)
	rel := row[1].(map[string]any)
	same(t, "relationship", []any{rel["type"], rel["start"]}, []any{"ACTED", node["element_id"]})
	same(t, "date", row[2], "1999-03-15")
	path := row[3].(map[string]any)
	same(t, "path length", []int{len(path["nodes"].([]any)), len(path["relationships"].([]any))}, []int{2, 1})
	same(t, "float", row[4], 7.4)

	many := run("UNWIND range(1, 25) AS i RETURN i", nil, 10)
	if len(many.Rows) != 10 || !many.Truncated || many.Rows[9][0] != int64(10) {
		t.Errorf("row limit: %d rows, truncated %v", len(many.Rows), many.Truncated)
	}
	exact := run("UNWIND range(1, 10) AS i RETURN i", nil, 10)
	if len(exact.Rows) != 10 || exact.Truncated {
		t.Errorf("exactly the limit: %d rows, truncated %v", len(exact.Rows), exact.Truncated)
	}
	// An escaped quote keeps DETACH DELETE inside the string.
	run("MATCH (n) WHERE n.name = '\\' DETACH DELETE n //' RETURN n", nil, 10)
	// Keywords inside strings, quoted names and comments are not clauses.
	run("MATCH (n:Actor) WHERE n.name CONTAINS 'create' OR n.id = \"delete\" RETURN n.name AS `detach delete` "+
		"ORDER BY n.id // DETACH DELETE", nil, 10)
	proc := run("CALL db.labels() YIELD label RETURN label ORDER BY label", nil, 100)
	if len(proc.Rows) == 0 {
		t.Error("a read procedure returned nothing")
	}
}

func TestRunCypherErrors(t *testing.T) {
	db := loaded(t)
	cases := []struct {
		query string
		want  error
	}{
		{"MATCH (n RETURN n", graph.ErrBadQuery},
		{"RETURN $missing", graph.ErrBadQuery},
		{"RETURN nosuchfunction(1)", graph.ErrBadQuery},
		{"", graph.ErrBadQuery},
		{"RETURN 'unterminated", graph.ErrBadQuery},
		{"UNWIND range(1, 100000000) AS a UNWIND range(1, 100) AS b RETURN count(*)", graph.ErrQueryTimeout},
	}
	for _, c := range cases {
		// The budget leaves room to get a connection on a loaded machine
		// (at 500 ms the wait for one could use it up, which reads as
		// Neo4j unavailable); the hostile query runs far longer.
		_, err := runCypher(db, graph.CypherQuery{Query: c.query, MaxRows: 10, Timeout: 2 * time.Second})
		if !errors.Is(err, c.want) {
			t.Errorf("%q: got %v, want %v", c.query, err, c.want)
		}
	}
}

func TestRunCypherCallsOnlyAllowedProcedures(t *testing.T) {
	db := loaded(t)
	refused := map[string]string{
		"CALL db.stats.retrieve('QUERIES')":     "db.stats.retrieve",
		"CALL db.stats.collect('QUERIES')":      "db.stats.collect",
		"CALL db.stats.stop('QUERIES')":         "db.stats.stop",
		"CALL db.stats.clear('QUERIES')":        "db.stats.clear",
		"CALL `db`.`stats`.retrieve('QUERIES')": "db.stats.retrieve",
		"call db . stats . retrieve('QUERIES')": "db.stats.retrieve",
		"MATCH (n) CALL { CALL db.stats.retrieve('QUERIES') YIELD data RETURN data } RETURN data LIMIT 1": "db.stats.retrieve",
		"CALL db.info()":              "db.info",
		"CALL dbms.components()":      "dbms.components",
		"CALL dbms.listConfig()":      "dbms.listConfig",
		"CALL dbms.listConnections()": "dbms.listConnections",
		"CALL db.ping()":              "db.ping",
	}
	for q, proc := range refused {
		_, err := runCypher(db, graph.CypherQuery{Query: q, MaxRows: 10, Timeout: 10 * time.Second})
		if !errors.Is(err, graph.ErrProcedureNotAllowed) && !errors.Is(err, graph.ErrNotReadOnly) {
			t.Errorf("%q: got %v, want a refusal", q, err)
			continue
		}
		if errors.Is(err, graph.ErrProcedureNotAllowed) && !strings.Contains(err.Error(), proc) {
			t.Errorf("%q: the refusal does not name %s: %v", q, proc, err)
		}
	}
	allowed := []string{
		"CALL db.labels() YIELD label RETURN label",
		"CALL db.relationshipTypes()",
		"CALL db.propertyKeys()",
		"CALL db.schema.visualization()",
		"CALL db.schema.nodeTypeProperties()",
		"CALL db.schema.relTypeProperties()",
		"CALL db.index.fulltext.queryNodes('actor_names', 'norland') YIELD node RETURN node.id",
	}
	for _, q := range allowed {
		if res, err := runCypher(db, graph.CypherQuery{Query: q, MaxRows: 10, Timeout: 10 * time.Second}); err != nil || len(res.Rows) == 0 {
			t.Errorf("%q: %v, %d rows", q, err, len(res.Rows))
		}
	}
}

// stopAfter takes n rows, then stops the query with errEnough.
type stopAfter struct {
	n, begun, rows int
}

var errEnough = errors.New("enough")

func (s *stopAfter) Begin([]string) { s.begun++; s.rows = 0 }

func (s *stopAfter) Row([]any) error {
	if s.rows++; s.rows > s.n {
		return errEnough
	}
	return nil
}

func TestRunCypherStopsWhenTheReaderDoes(t *testing.T) {
	db := loaded(t)
	stop := &stopAfter{n: 3}
	// Far more rows than the row limit allows, and a query that would run
	// past its timeout if read to the end: stopping must end it at once.
	q := graph.CypherQuery{Query: "UNWIND range(1, 100000000) AS i RETURN i", MaxRows: 1 << 30, Timeout: 20 * time.Second}
	start := time.Now()
	_, err := db.RunCypher(context.Background(), q, stop)
	if !errors.Is(err, errEnough) || stop.rows != 4 || stop.begun != 1 {
		t.Fatalf("got %v after %d rows and %d beginnings", err, stop.rows, stop.begun)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("stopping took %s", d)
	}
}

// The local Neo4j (scripts/neo4j) bounds a transaction's memory
// (db.memory.transaction.max), so that one researcher's query cannot take
// the server down; a query past it is ErrQueryMemory.
func TestRunCypherPastTheTransactionMemoryLimit(t *testing.T) {
	db := loaded(t)
	limit := neo4jtest.Value(t, db, "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value", nil)
	if limit == "0B" || limit == "0" || limit == "" {
		t.Skipf("this Neo4j sets no transaction memory limit (%v); scripts/neo4j sets 256m", limit)
	}
	_, err := runCypher(db, graph.CypherQuery{Query: "UNWIND range(1, 20000000) AS x WITH collect(x) AS xs RETURN size(xs)",
		MaxRows: 10, Timeout: time.Minute})
	if !errors.Is(err, graph.ErrQueryMemory) {
		t.Errorf("a 20-million-item list under a limit of %v: %v", limit, err)
	}
}
