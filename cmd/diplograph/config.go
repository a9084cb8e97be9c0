package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// openGraph connects to the Neo4j that config, neo4jFlags's result, names.
func openGraph(ctx context.Context, config func() (graph.Config, error)) (*graph.DB, error) {
	cfg, err := config()
	if err != nil {
		return nil, err
	}
	return graph.Open(ctx, cfg)
}

// neo4jFlags registers the Neo4j connection flags on fs, each defaulting to
// its environment variable, and returns a function that gives the validated
// configuration once fs has been parsed.
func neo4jFlags(fs *flag.FlagSet, getenv func(string) string) func() (graph.Config, error) {
	var cfg graph.Config
	fs.StringVar(&cfg.URI, "neo4j-uri", envOr(getenv, "NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j Bolt URI (NEO4J_URI)")
	fs.StringVar(&cfg.User, "neo4j-user", envOr(getenv, "NEO4J_USER", "neo4j"), "Neo4j user (NEO4J_USER)")
	// No default shown for the password: -h must not print it.
	fs.StringVar(&cfg.Password, "neo4j-password", "", "Neo4j password (NEO4J_PASSWORD, which is safer: flags show in ps)")
	fs.StringVar(&cfg.Database, "neo4j-database", envOr(getenv, "NEO4J_DATABASE", "neo4j"), "Neo4j database (NEO4J_DATABASE)")
	pool := fs.String("neo4j-max-pool", envOr(getenv, "NEO4J_MAX_POOL", "50"), "most open Neo4j connections (NEO4J_MAX_POOL)")
	timeout := fs.String("neo4j-query-timeout", envOr(getenv, "NEO4J_QUERY_TIMEOUT", "30s"), "deadline of each Neo4j query (NEO4J_QUERY_TIMEOUT)")
	return func() (graph.Config, error) {
		if cfg.Password == "" {
			cfg.Password = getenv("NEO4J_PASSWORD")
		}
		n, err := strconv.Atoi(*pool)
		if err != nil {
			return cfg, fmt.Errorf("NEO4J_MAX_POOL %q is not a whole number", *pool)
		}
		cfg.MaxPoolSize = n
		d, err := time.ParseDuration(*timeout)
		if err != nil {
			return cfg, fmt.Errorf("NEO4J_QUERY_TIMEOUT %q is not a duration such as 30s", *timeout)
		}
		cfg.QueryTimeout = d
		return cfg, cfg.Validate()
	}
}

// envOr returns the environment variable's value, or def when it is unset or empty.
func envOr(getenv func(string) string, name, def string) string {
	if v := getenv(name); v != "" {
		return v
	}
	return def
}
