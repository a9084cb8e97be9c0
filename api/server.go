// Package api serves the graph over HTTP: a versioned JSON API under
// /api/v1 for analysts, dashboards and researchers, described by the
// OpenAPI document it serves at /api/v1/openapi.json.
package api

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
)

// Store is what the API reads and asks of the graph. *graph.DB implements
// it; handler tests may use a fake.
type Store interface {
	Ping(ctx context.Context) error
	SearchActors(ctx context.Context, q graph.ActorQuery) (graph.List[graph.Actor], error)
	ActorByID(ctx context.Context, id string) (graph.ActorDetail, error)
	Timeline(ctx context.Context, q graph.TimelineQuery) (graph.List[graph.TimelineItem], error)
	Histogram(ctx context.Context, q graph.HistogramQuery) (graph.List[graph.Bucket], error)
	Events(ctx context.Context, q graph.TimelineQuery) (graph.List[graph.EventRow], error)
	EachEvent(ctx context.Context, q graph.TimelineQuery, each func(graph.EventRow) error) error
	Relations(ctx context.Context, q graph.RelationsQuery) (graph.List[graph.Relation], error)
	EgoNetwork(ctx context.Context, q graph.NetworkQuery) (graph.Network, error)
	Paths(ctx context.Context, q graph.PathQuery) (graph.List[graph.Path], error)
	Graph(ctx context.Context, q graph.GraphQuery) (graph.Network, error)
	Statements(ctx context.Context, q graph.StatementQuery) (graph.List[graph.Statement], error)
	Articles(ctx context.Context, q graph.ArticleQuery) (graph.List[graph.ArticleSummary], error)
	ArticleByID(ctx context.Context, id string) (graph.Article, error)
	RunCypher(ctx context.Context, q graph.CypherQuery, rows graph.CypherRows) (truncated bool, err error)
}

// Ingester is the ingest service that `diplograph ingest` uses too, so
// that an article posted to the API ends up in the graph exactly as the
// same article ingested from a file; *diplograph.Ingester is one.
type Ingester interface {
	Ingest(ctx context.Context, pages <-chan diplograph.Page, each func(diplograph.PageResult)) (diplograph.IngestSummary, error)
}

// Config holds the API's settings; cmd/diplograph fills it from DIPLOGRAPH_*
// variables and flags.
type Config struct {
	// Token is the bearer token of POST /articles and POST /cypher; empty
	// disables both.
	Token string
	// CORSOrigins lists the origins allowed to call the API from a
	// browser; "*" allows any.
	CORSOrigins []string
	// CypherTimeout, CypherMaxRows and CypherMaxBytes (of the JSON result)
	// bound researchers' queries.
	CypherTimeout  time.Duration
	CypherMaxRows  int
	CypherMaxBytes int
	// MaxBodyBytes bounds request bodies.
	MaxBodyBytes int64
	// CacheTTL is how long answers of the read endpoints are kept; 0 turns
	// the cache off.
	CacheTTL time.Duration
	// TokenRate (requests a second) and TokenBurst bound the requests
	// made with the token; a TokenRate of 0 sets no bound.
	TokenRate  float64
	TokenBurst int
	// Explorer is the built explorer (web.Assets) served at /; nil serves
	// none.
	Explorer fs.FS
}

// Server is the HTTP API. Create it with New; it is an http.Handler.
type Server struct {
	cfg      Config
	store    Store
	ingester Ingester
	log      *slog.Logger
	router   *gin.Engine
	cache    *cache
	// tokenLimit is the token's rate limit.
	tokenLimit *rate.Limiter
}

// New builds the API around its dependencies. store must not be nil;
// ingester may be, in which case POST /articles answers 503.
func New(cfg Config, store Store, ingester Ingester, log *slog.Logger) *Server {
	s := &Server{cfg: cfg, store: store, ingester: ingester, log: log, router: gin.New(), cache: newCache(cfg.CacheTTL),
		tokenLimit: rate.NewLimiter(rate.Inf, 0)}
	if cfg.TokenRate > 0 {
		s.tokenLimit = rate.NewLimiter(rate.Limit(cfg.TokenRate), max(cfg.TokenBurst, 1))
	}
	s.router.HandleMethodNotAllowed = true
	// A redirect would answer before the middleware, without request id
	// or problem body; an unknown path is a plain 404 instead.
	s.router.RedirectTrailingSlash = false
	s.routes()
	return s
}

// ServeHTTP makes Server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.router.ServeHTTP(w, r)
}

// Serve answers requests on ln until ctx ends, then stops accepting new
// ones and waits up to grace for those in flight to finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(problemListener{ln}) }()
	select {
	case err := <-done:
		return fmt.Errorf("serving HTTP on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down, finishing requests in flight", "grace", grace.String())
	shutdownCtx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutting down HTTP: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving HTTP: %w", err)
	}
	s.cache.wait()
	return nil
}
