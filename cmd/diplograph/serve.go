package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math"
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
	listen, token, origins, cypherTimeout, cypherRows, cypherBytes, maxBody, grace, cacheTTL, tokenRate, tokenBurst *string
}

func newServeFlags(fs *flag.FlagSet, getenv func(string) string) serveFlags {
	env := func(name, def string) string { return envOr(getenv, name, def) }
	return serveFlags{
		listen: fs.String("listen", env("DIPLOGRAPH_LISTEN", "127.0.0.1:8080"), "address to serve the API on (DIPLOGRAPH_LISTEN)"),
		// The token's default is not shown by -h: it is read from the
		// environment after parsing.
		token:         fs.String("api-token", "", "bearer token of POST /articles and POST /cypher (DIPLOGRAPH_API_TOKEN; prefer the variable: flags show in ps)"),
		origins:       fs.String("cors-origins", getenv("DIPLOGRAPH_CORS_ORIGINS"), "comma-separated origins allowed to call the API from browsers, or * (DIPLOGRAPH_CORS_ORIGINS)"),
		cypherTimeout: fs.String("cypher-timeout", env("DIPLOGRAPH_CYPHER_TIMEOUT", "10s"), "time limit of a query sent to POST /cypher (DIPLOGRAPH_CYPHER_TIMEOUT)"),
		cypherRows:    fs.String("cypher-max-rows", env("DIPLOGRAPH_CYPHER_MAX_ROWS", "1000"), "most rows POST /cypher returns (DIPLOGRAPH_CYPHER_MAX_ROWS)"),
		cypherBytes:   fs.String("cypher-max-bytes", env("DIPLOGRAPH_CYPHER_MAX_BYTES", "16777216"), "largest answer of POST /cypher, in bytes of JSON (DIPLOGRAPH_CYPHER_MAX_BYTES)"),
		maxBody:       fs.String("max-body", env("DIPLOGRAPH_MAX_BODY_BYTES", "10485760"), "largest request body in bytes (DIPLOGRAPH_MAX_BODY_BYTES)"),
		cacheTTL:      fs.String("cache-ttl", env("DIPLOGRAPH_CACHE_TTL", "10s"), "how long answers of the read endpoints are cached; 0 turns the cache off (DIPLOGRAPH_CACHE_TTL)"),
		grace:         fs.String("shutdown-grace", env("DIPLOGRAPH_SHUTDOWN_GRACE", "15s"), "how long shutdown waits for requests in flight (DIPLOGRAPH_SHUTDOWN_GRACE)"),
		tokenRate:     fs.String("token-rate", env("DIPLOGRAPH_TOKEN_RATE", "5"), "requests a second the API token may make; 0 for no limit (DIPLOGRAPH_TOKEN_RATE)"),
		tokenBurst:    fs.String("token-burst", env("DIPLOGRAPH_TOKEN_BURST", "20"), "requests the API token may make at once above its rate (DIPLOGRAPH_TOKEN_BURST)"),
	}
}

// config checks the parsed values, naming the variable of a bad one.
func (f serveFlags) config(getenv func(string) string) (api.Config, time.Duration, error) {
	cfg := api.Config{Token: cmp.Or(*f.token, getenv("DIPLOGRAPH_API_TOKEN"))}
	if cfg.Token != "" && len(cfg.Token) < 16 {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_API_TOKEN is shorter than 16 characters: use a long random token")
	}
	for _, o := range strings.Split(*f.origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.CORSOrigins = append(cfg.CORSOrigins, o)
		}
	}
	if _, _, err := net.SplitHostPort(*f.listen); err != nil {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_LISTEN %q is not host:port: %w", *f.listen, err)
	}
	var grace time.Duration
	var maxBody, rows, bytes, burst int64
	errs := []error{
		parseDuration("DIPLOGRAPH_CYPHER_TIMEOUT", *f.cypherTimeout, time.Nanosecond, &cfg.CypherTimeout),
		parseDuration("DIPLOGRAPH_CACHE_TTL", *f.cacheTTL, 0, &cfg.CacheTTL),
		parseDuration("DIPLOGRAPH_SHUTDOWN_GRACE", *f.grace, 0, &grace),
		parseWhole("DIPLOGRAPH_CYPHER_MAX_ROWS", *f.cypherRows, 1, &rows),
		parseWhole("DIPLOGRAPH_CYPHER_MAX_BYTES", *f.cypherBytes, 1024, &bytes),
		parseWhole("DIPLOGRAPH_MAX_BODY_BYTES", *f.maxBody, 1024, &maxBody),
		parseWhole("DIPLOGRAPH_TOKEN_BURST", *f.tokenBurst, 1, &burst),
	}
	if err := errors.Join(errs...); err != nil {
		return cfg, 0, err
	}
	rate, err := strconv.ParseFloat(*f.tokenRate, 64)
	if err != nil || rate < 0 || math.IsInf(rate, 0) {
		return cfg, 0, fmt.Errorf("DIPLOGRAPH_TOKEN_RATE %q is not a number of requests a second such as 5 (0 for no limit)", *f.tokenRate)
	}
	cfg.CypherMaxRows, cfg.CypherMaxBytes, cfg.MaxBodyBytes = int(rows), int(bytes), maxBody
	cfg.TokenRate, cfg.TokenBurst = rate, int(burst)
	return cfg, grace, nil
}

// parseDuration reads a setting that is a duration of at least least.
func parseDuration(name, v string, least time.Duration, into *time.Duration) error {
	d, err := time.ParseDuration(v)
	if err != nil || d < least {
		return fmt.Errorf("%s %q is not a duration of at least %s, such as 10s", name, v, least)
	}
	*into = d
	return nil
}

// parseWhole reads a setting that is a whole number of at least least.
func parseWhole(name, v string, least int64, into *int64) error {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < least {
		return fmt.Errorf("%s %q is not a whole number of at least %d", name, v, least)
	}
	*into = n
	return nil
}

// runServe serves the HTTP API until ctx ends (Ctrl-C), then finishes the
// requests in flight.
func runServe(ctx context.Context, args []string, io stdio) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.err)
	neo4jConfig := neo4jFlags(fs, io.getenv)
	flags := newServeFlags(fs, io.getenv)
	if err := parseFlags(fs, args); err != nil {
		return err
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
