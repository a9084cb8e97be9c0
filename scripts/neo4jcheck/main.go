// Command neo4jcheck waits until the Neo4j named by the NEO4J_* environment
// variables answers a query over Bolt, for scripts/neo4j start. It exits 0
// once it does, and 1 with the last error when -wait runs out. It uses the
// driver alone, so that starting Neo4j never depends on the rest of the code
// compiling.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	wait := flag.Duration("wait", 2*time.Minute, "how long to keep trying")
	flag.Parse()
	uri := os.Getenv("NEO4J_URI")
	user := os.Getenv("NEO4J_USER")
	auth := neo4j.BasicAuth(user, os.Getenv("NEO4J_PASSWORD"), "")
	if err := waitReady(context.Background(), uri, user, auth, os.Getenv("NEO4J_DATABASE"), *wait); err != nil {
		fmt.Fprintln(os.Stderr, "neo4jcheck:", err)
		os.Exit(1)
	}
}

// waitReady asks the server to run RETURN 1 on the database until it does
// or wait has passed: an open port alone does not mean the database is online.
func waitReady(ctx context.Context, uri, user string, auth neo4j.AuthToken, database string, wait time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	driver, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		return fmt.Errorf("NEO4J_URI %q: %w", uri, err)
	}
	defer driver.Close(ctx)
	for {
		_, err := neo4j.ExecuteQuery(ctx, driver, "RETURN 1", nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(database))
		if err == nil {
			return nil
		}
		if refused(err) {
			return fmt.Errorf("Neo4j at %s refused NEO4J_USER %q: %w", uri, user, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("Neo4j at %s gave no answer within %s: %w", uri, wait, err)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// refused tells a wrong user or password, which retrying cannot fix and
// which the server punishes with a lockout, from a server still starting.
func refused(err error) bool {
	var neoErr *neo4j.Neo4jError
	return errors.As(err, &neoErr) && strings.HasPrefix(neoErr.Code, "Neo.ClientError.Security.")
}
