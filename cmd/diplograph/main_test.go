package main

import (
	"os"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// TestMain holds the machine-wide Neo4j test lock for the whole package.
func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }
