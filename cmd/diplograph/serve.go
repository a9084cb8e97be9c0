package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/api"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/nlp"
	"github.com/diplograph/diplograph/web"
)

// serveFlags are the API's settings: flags over DIPLOGRAPH_* variables.
type serveFlags struct {
	listen, token, origins, cypherTimeout, cypherRows, maxBody, grace, cacheTTL *string
}

func newServeFlags(fs *flag.FlagSet, getenv func(string) string) serveFlags {
	return serveFlags{
		listen: fs.String("listen", envOr(getenv, "DIPLOGRAPH_LISTEN", "127.0.0.1:8080"), "address to serve the API on (DIPLOGRAPH_LISTEN)"),
		// The token's default is not shown by -h: it is read from the
		// environment after parsing.
		token:         fs.String("api-token", "", "bearer token of POST /articles and POST /cypher (DIPLOGRAPH_API_TOKEN; prefer the variable: flags show in ps)"),
		origins:       fs.String("cors-origins", getenv("DIPLOGRAPH_CORS_ORIGINS"), "comma-separated origins allowed to call the API from browsers, or * (DIPLOGRAPH_CORS_ORIGINS)"),
		cypherTimeout: fs.String("cypher-timeout", envOr(getenv, "DIPLOGRAPH_CYPHER_TIMEOUT", "10s"), "time limit of a query sent to POST /cypher (DIPLOGRAPH_CYPHER_TIMEOUT)"),
		cypherRows:    fs.String("cypher-max-rows", envOr(getenv, "DIPLOGRAPH_CYPHER_MAX_ROWS", "1000"), "most rows POST /cypher returns (DIPLOGRAPH_CYPHER_MAX_ROWS)"),
		maxBody:       fs.String("max-body", envOr(getenv, "DIPLOGRAPH_MAX_BODY_BYTES", "10485760"), "largest request body in bytes (DIPLOGRAPH_MAX_BODY_BYTES)"),
		cacheTTL:      fs.String("cache-ttl", envOr(getenv, "DIPLOGRAPH_CACHE_TTL", "10s"), "how long answers of the read endpoints are cached; 0 turns the cache off (DIPLOGRAPH_CACHE_TTL)"),
		grace:         fs.String("shutdown-grace", envOr(getenv, "DIPLOGRAPH_SHUTDOWN_GRACE", "15s"), "how long shutdown waits for requests in flight (DIPLOGRAPH_SHUTDOWN_GRACE)"),
	}
}

// config checks the parsed values, naming the variable of a bad one.
func (f serveFlags) config(getenv func(string) string) (api.Config, time.Duration, error) {
	cfg := api.Config{Token: *f.token, CypherMaxBytes: 32 << 20}
	if cfg.Token == "" {
		cfg.Token = getenv("DIPLOGRAPH_API_TOKEN")
	}
	if cfg.Token != "" && len(cfg.Token) < 16 {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_API_TOKEN is shorter than 16 characters: use a long random token")
	}
	for _, o := range strings.Split(*f.origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.CORSOrigins = append(cfg.CORSOrigins, o)
		}
	}
	var err error
	if cfg.CypherTimeout, err = time.ParseDuration(*f.cypherTimeout); err != nil || cfg.CypherTimeout <= 0 {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_CYPHER_TIMEOUT %q is not a positive duration such as 10s", *f.cypherTimeout)
	}
	if cfg.CypherMaxRows, err = strconv.Atoi(*f.cypherRows); err != nil || cfg.CypherMaxRows < 1 {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_CYPHER_MAX_ROWS %q is not a whole number of at least 1", *f.cypherRows)
	}
	if cfg.MaxBodyBytes, err = strconv.ParseInt(*f.maxBody, 10, 64); err != nil || cfg.MaxBodyBytes < 1024 {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_MAX_BODY_BYTES %q is not a whole number of at least 1024", *f.maxBody)
	}
	if cfg.CacheTTL, err = time.ParseDuration(*f.cacheTTL); err != nil || cfg.CacheTTL < 0 {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_CACHE_TTL %q is not a duration such as 10s (0 for no cache)", *f.cacheTTL)
	}
	grace, err := time.ParseDuration(*f.grace)
	if err != nil || grace < 0 {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_SHUTDOWN_GRACE %q is not a duration such as 15s", *f.grace)
	}
	if _, _, err := net.SplitHostPort(*f.listen); err != nil {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_LISTEN %q is not host:port: %w", *f.listen, err)
	}
	return cfg, grace, nil
}

// runServe serves the HTTP API until ctx ends (Ctrl-C), then finishes the
// requests in flight.
func runServe(ctx context.Context, args []string, io stdio) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.err)
	neo4jConfig := neo4jFlags(fs, io.getenv)
	flags := newServeFlags(fs, io.getenv)
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, fs.Args())
	}
	cfg, grace, err := flags.config(io.getenv)
	if err != nil {
		return err
	}
	dbCfg, err := neo4jConfig()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewJSONHandler(io.err, nil))

	db, err := graph.Open(ctx, dbCfg)
	if err != nil {
		return err
	}
	defer db.Close(context.Background())
	extractor, err := nlp.NewExtractor()
	if err != nil {
		return err
	}
	// A client waits for its POST /articles: the driver's short default
	// retry time answers 503 soon when Neo4j is away, and the client may
	// send the batch again.
	writer, err := graph.NewWriter(db, graph.WriteOptions{BatchSize: 50})
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *flags.listen)
	if err != nil {
		return fmt.Errorf("DIPLOGRAPH_LISTEN %q: %w", *flags.listen, err)
	}
	gin.SetMode(gin.ReleaseMode)
	ingester := &diplograph.Ingester{Extractor: extractor, Store: writer, Workers: runtime.GOMAXPROCS(0), Writers: 1, BatchSize: 50}
	cfg.Explorer = web.Assets()
	srv := api.New(cfg, db, ingester, log)
	base := "http://" + ln.Addr().String()
	url := base + "/api/v1/"
	fmt.Fprintf(io.out, "diplograph API serving at %s (OpenAPI: %sopenapi.json)\n", url, url)
	fmt.Fprintf(io.out, "diplograph explorer at %s/\n", base)
	log.Info("serving", "url", url, "explorer", base+"/", "cors_origins", cfg.CORSOrigins, "token_set", cfg.Token != "",
		"cypher_timeout", cfg.CypherTimeout.String(), "cypher_max_rows", cfg.CypherMaxRows, "cache_ttl", cfg.CacheTTL.String())
	return srv.Serve(ctx, ln, grace)
}
