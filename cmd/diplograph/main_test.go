package main

import (
	"os"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// runAsCommand, set in a child's environment, makes the test binary run as
// the diplograph command, so that tests can start real ingest processes.
const runAsCommand = "DIPLOGRAPH_TEST_RUN_AS_COMMAND"

// TestMain holds the machine-wide Neo4j test lock for the whole package.
func TestMain(m *testing.M) {
	if os.Getenv(runAsCommand) == "1" {
		main()
		return
	}
	os.Exit(neo4jtest.Main(m))
}
