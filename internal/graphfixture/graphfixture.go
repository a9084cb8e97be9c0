// Package graphfixture loads the graph that the read-side tests of graph/
// and api/ query against the real Neo4j: the project's sample articles run
// through the extractor and the writer, as `diplograph ingest` does, plus a
// small hand-made world (actors with ids starting "fx-", dated 1999, so
// that nothing from the samples mixes with it) whose every event and
// statement the tests know, so that they can check exact content.
package graphfixture

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/migrations"
	"github.com/diplograph/diplograph/nlp"
)

// Open connects to the test Neo4j (skipping the test where there is none,
// see neo4jtest.Config) and closes the connection when the test ends.
func Open(t testing.TB) *graph.DB {
	t.Helper()
	ctx := context.Background()
	db, err := graph.Open(ctx, neo4jtest.Config(t))
	if err != nil {
		t.Fatalf("opening Neo4j: %v", err)
	}
	t.Cleanup(func() { db.Close(ctx) })
	return db
}

// Load empties the database, creates the schema, and writes the sample
// articles and the hand-made world. It returns the extracted samples.
func Load(t testing.TB, db *graph.DB) []diplograph.Article {
	t.Helper()
	return load(t, db, true)
}

// LoadSamples is Load without the hand-made world: the graph that `make
// run` shows, for the explorer's browser tests.
func LoadSamples(t testing.TB, db *graph.DB) []diplograph.Article {
	t.Helper()
	return load(t, db, false)
}

func load(t testing.TB, db *graph.DB, world bool) []diplograph.Article {
	t.Helper()
	ctx := context.Background()
	if _, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		_, err := tx.Run(ctx, "MATCH (n) DETACH DELETE n", nil)
		return nil, err
	}); err != nil {
		t.Fatalf("emptying the graph: %v", err)
	}
	if _, err := db.Migrate(ctx, migrations.Files); err != nil {
		t.Fatalf("migrating the schema: %v", err)
	}
	samples := Samples(t)
	w, err := graph.NewWriter(db, graph.WriteOptions{BatchSize: 50, RetryTime: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	articles := append([]diplograph.Article{}, samples...)
	if world {
		articles = append(articles, World()...)
	}
	rep, err := w.Write(ctx, articles)
	if err != nil {
		t.Fatalf("writing the fixture: %v", err)
	}
	for _, a := range rep.Articles {
		if a.Outcome == diplograph.Failed {
			t.Fatalf("writing fixture article %s: %v", a.Name, a.Err)
		}
	}
	// A name the full-text index must find once it has seen what was written.
	probe := "Westmark"
	if !world {
		probe = "Vladimir Putin"
	}
	awaitIndexes(t, db, probe)
	return samples
}

// awaitIndexes waits until every index is online and the full-text indexes
// have seen the fixture (they are eventually consistent).
func awaitIndexes(t testing.TB, db *graph.DB, probe string) {
	t.Helper()
	ctx := context.Background()
	session := db.Session(ctx, neo4j.AccessModeRead)
	defer session.Close(ctx)
	res, err := session.Run(ctx, "CALL db.awaitIndexes(60)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("waiting for indexes: %v", err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		list, err := db.SearchActors(ctx, graph.ActorQuery{Q: probe, Page: graph.Page{Limit: 1}})
		if err == nil && len(list.Items) > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the actor_names index did not see the fixture: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Samples extracts the project's sample articles (samples/*.txt).
func Samples(t testing.TB) []diplograph.Article {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "samples")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample articles in %s: %v", dir, err)
	}
	x, err := nlp.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var out []diplograph.Article
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := x.Extract(diplograph.Document{Source: filepath.Base(p), Text: text})
		if err != nil {
			t.Fatalf("extracting %s: %v", p, err)
		}
		out = append(out, a)
	}
	return out
}

// Fingerprint sums up the whole graph: node and relationship counts and a
// hash of every label, type and property, so that a test can check that
// nothing changed.
func Fingerprint(t testing.TB, db *graph.DB) string {
	t.Helper()
	ctx := context.Background()
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var lines []string
		for _, q := range []string{
			"MATCH (n) RETURN [elementId(n), labels(n), properties(n)] AS v",
			"MATCH ()-[r]->() RETURN [elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r)), properties(r)] AS v",
			"SHOW INDEXES YIELD name, type, state RETURN [name, type] AS v",
			"SHOW CONSTRAINTS YIELD name RETURN [name] AS v",
			"CALL db.labels() YIELD label RETURN [label] AS v",
			"CALL db.propertyKeys() YIELD propertyKey RETURN [propertyKey] AS v",
		} {
			r, err := tx.Run(ctx, q, nil)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", q, err)
			}
			recs, err := r.Collect(ctx)
			if err != nil {
				return nil, err
			}
			for _, rec := range recs {
				b, err := json.Marshal(graph.Plain(rec.Values[0]))
				if err != nil {
					return nil, err
				}
				lines = append(lines, string(b))
			}
			lines = append(lines, fmt.Sprintf("%d rows of %s", len(recs), q))
		}
		sort.Strings(lines)
		sum := sha256.New()
		for _, l := range lines {
			fmt.Fprintln(sum, l)
		}
		return hex.EncodeToString(sum.Sum(nil)), nil
	})
	if err != nil {
		t.Fatalf("fingerprinting the graph: %v", err)
	}
	return res.(string)
}
