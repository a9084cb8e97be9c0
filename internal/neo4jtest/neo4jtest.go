// Package neo4jtest gives integration tests the real Neo4j that the test
// command started (scripts/neo4j), and keeps test packages from using it at
// the same time.
package neo4jtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Config reads the server's address and credentials from the NEO4J_*
// environment variables. Without NEO4J_URI it skips the test, except under
// CI=true, where a missing Neo4j fails it: CI must never pass by skipping.
func Config(t testing.TB) graph.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set under CI=true: the test command must start Neo4j (scripts/neo4j start)")
		}
		t.Skip("NEO4J_URI is not set: run `make test`, which starts a local Neo4j, for the integration tests")
	}
	user := os.Getenv("NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	return graph.Config{
		URI:          uri,
		User:         user,
		Password:     os.Getenv("NEO4J_PASSWORD"),
		Database:     os.Getenv("NEO4J_DATABASE"),
		MaxPoolSize:  20,
		QueryTimeout: 60 * time.Second,
	}
}

// Main runs a package's tests while holding a machine-wide lock, so that
// test packages which wipe and load the one shared database run one after
// another while the rest of `go test ./...` stays parallel. Use it as
// `func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }`.
func Main(m *testing.M) int {
	unlock, err := lock()
	if err != nil {
		fmt.Fprintln(os.Stderr, "neo4jtest:", err)
		return 1
	}
	defer unlock()
	return m.Run()
}

func lock() (func(), error) {
	path := filepath.Join(os.TempDir(), "diplograph-neo4j-tests.lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening test lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// Value runs a read query that returns one row of one column and gives
// that value, failing the test on any error.
func Value(t testing.TB, db *graph.DB, cypher string, params map[string]any) any {
	t.Helper()
	ctx := context.Background()
	v, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		rec, err := r.Single(ctx)
		if err != nil {
			return nil, err
		}
		return rec.Values[0], nil
	})
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return v
}
