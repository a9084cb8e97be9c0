package main

import (
	"os"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// TestMain holds the machine-wide Neo4j test lock for the whole package,
// and removes the binary the tests built.
func TestMain(m *testing.M) {
	code := neo4jtest.Main(m)
	os.RemoveAll(binDir)
	os.Exit(code)
}
