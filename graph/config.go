package graph

import (
	"fmt"
	"net/url"
	"time"
)

// Config says how to reach Neo4j. The field comments name the environment
// variables cmd/diplograph fills them from.
type Config struct {
	// URI is NEO4J_URI: bolt://, bolt+s://, neo4j:// or neo4j+s://
	// (the neo4j schemes route reads and writes across a cluster).
	URI string
	// User is NEO4J_USER.
	User string
	// Password is NEO4J_PASSWORD. It is never logged.
	Password string
	// Database is NEO4J_DATABASE; empty means the server's default database.
	Database string
	// MaxPoolSize is NEO4J_MAX_POOL: the most connections kept open.
	MaxPoolSize int
	// QueryTimeout is NEO4J_QUERY_TIMEOUT: the deadline put on every query
	// whose context has none that is sooner.
	QueryTimeout time.Duration
	// RetryTime is how long the driver retries a transaction that failed
	// for a transient reason (a deadlock between concurrent writers, a
	// leader switch) or because Neo4j could not be reached; ingest sets it
	// from DIPLOGRAPH_RETRY_TIME. A transaction then has QueryTimeout for
	// each attempt and RetryTime more for the retries. Zero means 5s,
	// within QueryTimeout: readers learn of an outage in seconds.
	RetryTime time.Duration
}

// Validate reports the first unusable value, naming its environment variable.
func (c Config) Validate() error {
	if c.URI == "" {
		return fmt.Errorf("NEO4J_URI is empty: give the Bolt address, e.g. bolt://127.0.0.1:7687")
	}
	u, err := url.Parse(c.URI)
	if err != nil {
		return fmt.Errorf("NEO4J_URI %q is not a URI: %w", c.URI, err)
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return fmt.Errorf("NEO4J_URI %q: scheme must be bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc", c.URI)
	}
	if u.Host == "" {
		return fmt.Errorf("NEO4J_URI %q names no host", c.URI)
	}
	if c.User == "" {
		return fmt.Errorf("NEO4J_USER is empty")
	}
	if c.Password == "" {
		return fmt.Errorf("NEO4J_PASSWORD is empty: set it (scripts/neo4j env prints the local server's)")
	}
	if c.MaxPoolSize < 1 {
		return fmt.Errorf("NEO4J_MAX_POOL must be at least 1, got %d", c.MaxPoolSize)
	}
	if c.QueryTimeout <= 0 {
		return fmt.Errorf("NEO4J_QUERY_TIMEOUT must be positive, got %s", c.QueryTimeout)
	}
	if c.RetryTime < 0 {
		return fmt.Errorf("DIPLOGRAPH_RETRY_TIME must not be negative, got %s", c.RetryTime)
	}
	return nil
}
