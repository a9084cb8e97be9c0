package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ErrUnavailable marks errors caused by Neo4j being unreachable (stopped,
// restarting, network down), as opposed to errors in a query or in the data.
// Callers test it with errors.Is, e.g. to answer 503 instead of 500. The
// driver reconnects by itself, so the next call after Neo4j is back succeeds.
var ErrUnavailable = errors.New("neo4j is unavailable")

// connectTimeout bounds one TCP connect, so that a stopped server is reported
// quickly instead of after the whole query timeout.
const connectTimeout = 5 * time.Second

// retryTime bounds the driver's retries of a transaction (or QueryTimeout
// if that is shorter) unless Config.RetryTime says otherwise: long enough
// to ride out a leader switch or a dropped connection, short enough that an
// API request learns of an outage in seconds.
const retryTime = 5 * time.Second

// DB is the one connection pool to Neo4j of a process. It is safe for
// concurrent use and keeps no state besides the driver's pool, which
// reconnects on its own after Neo4j restarts.
//
// How to use it, everywhere in graph/:
//
//	db, err := graph.Open(ctx, cfg) // verifies the server answers, or names NEO4J_URI in the error
//	defer db.Close(ctx)
//
//	// Reads in a read transaction (routed to readers on neo4j:// URIs):
//	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
//		r, err := tx.Run(ctx, "MATCH (a:Actor {id: $id}) RETURN a.name AS name", map[string]any{"id": id})
//		if err != nil {
//			return nil, err
//		}
//		rec, err := r.Single(ctx)
//		if err != nil {
//			return nil, err
//		}
//		return rec.Values[0].(string), nil
//	})
//	name := res.(string)
//
//	// Writes in a write transaction: db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {...})
//
// The work function may run more than once, because the driver retries
// transient failures (leader switch, deadlock, lost connection): it must not
// have side effects outside tx, and must build its result from scratch.
// Every transaction gets the configured database, Config.QueryTimeout as a
// server-side transaction timeout, and the same (plus Config.RetryTime) as
// a context deadline unless ctx already has a sooner one. The driver
// retries for Config.RetryTime, 5s unless set. Errors
// caused by an unreachable server wrap ErrUnavailable; a transaction that
// ran out of time wraps context.DeadlineExceeded.
type DB struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

// Open connects to the Neo4j that cfg names and checks that it answers a
// query on the configured database, so that a wrong URI, password or database
// stops startup with an error naming it. The password never appears in errors.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *neo4j.Config) {
		c.MaxConnectionPoolSize = cfg.MaxPoolSize
		c.ConnectionAcquisitionTimeout = cfg.QueryTimeout
		c.SocketConnectTimeout = connectTimeout
		c.MaxTransactionRetryTime = cfg.retryTime()
		c.UserAgent = "diplograph"
	})
	if err != nil {
		return nil, fmt.Errorf("NEO4J_URI %q: %w", cfg.URI, err)
	}
	db := &DB{driver: driver, cfg: cfg}
	if err := db.ping(ctx); err != nil {
		driver.Close(ctx)
		return nil, db.openError(err)
	}
	return db, nil
}

// openError names the setting that is most likely wrong.
func (db *DB) openError(err error) error {
	var neoErr *neo4j.Neo4jError
	isNeo := errors.As(err, &neoErr)
	switch {
	case unreachable(err):
		return fmt.Errorf("connecting to Neo4j at %s (NEO4J_URI): %w: %v", db.cfg.URI, ErrUnavailable, err)
	case isNeo && strings.HasPrefix(neoErr.Code, "Neo.ClientError.Security."):
		return fmt.Errorf("Neo4j at %s refused NEO4J_USER %q: check NEO4J_PASSWORD: %w", db.cfg.URI, db.cfg.User, err)
	case isNeo && neoErr.Code == "Neo.ClientError.Database.DatabaseNotFound":
		return fmt.Errorf("Neo4j at %s has no database %q (NEO4J_DATABASE): %w", db.cfg.URI, db.cfg.Database, err)
	}
	return fmt.Errorf("connecting to Neo4j at %s (NEO4J_URI) as NEO4J_USER %q: %w", db.cfg.URI, db.cfg.User, err)
}

// Close waits for borrowed connections to come back and closes the pool.
func (db *DB) Close(ctx context.Context) error {
	if err := db.driver.Close(ctx); err != nil {
		return fmt.Errorf("closing the Neo4j driver: %w", err)
	}
	return nil
}

// Ping reports whether Neo4j answers a query on the configured database now.
// It does not retry, so a readiness check learns of an outage at once.
func (db *DB) Ping(ctx context.Context) error {
	ctx, cancel := db.deadline(ctx)
	defer cancel()
	if err := db.ping(ctx); err != nil {
		return db.wrap(ctx, "pinging", err)
	}
	return nil
}

func (db *DB) ping(ctx context.Context) error {
	session := db.Session(ctx, neo4j.AccessModeRead)
	defer session.Close(ctx)
	res, err := session.Run(ctx, "RETURN 1", nil, db.txTimeout(ctx))
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// Read runs work in a managed read transaction, retried by the driver on
// transient failures, and returns what work returned.
func (db *DB) Read(ctx context.Context, work neo4j.ManagedTransactionWork) (any, error) {
	return db.execute(ctx, neo4j.AccessModeRead, work)
}

// Write runs work in a managed write transaction, retried by the driver on
// transient failures, and returns what work returned.
func (db *DB) Write(ctx context.Context, work neo4j.ManagedTransactionWork) (any, error) {
	return db.execute(ctx, neo4j.AccessModeWrite, work)
}

func (db *DB) execute(ctx context.Context, mode neo4j.AccessMode, work neo4j.ManagedTransactionWork) (any, error) {
	ctx, cancel := db.deadline(ctx)
	defer cancel()
	session := db.Session(ctx, mode)
	defer session.Close(ctx)
	var (
		res any
		err error
	)
	if mode == neo4j.AccessModeRead {
		res, err = session.ExecuteRead(ctx, work, db.txTimeout(ctx))
	} else {
		res, err = session.ExecuteWrite(ctx, work, db.txTimeout(ctx))
	}
	if err != nil {
		return nil, db.wrap(ctx, "running a transaction", err)
	}
	return res, nil
}

// Session opens a session on the configured database, for the few cases
// managed transactions cannot serve, such as `CALL { ... } IN TRANSACTIONS`,
// which needs an auto-commit query. The caller closes it. Prefer Read and
// Write: a session's Run is neither retried nor bounded by QueryTimeout
// unless the caller passes neo4j.WithTxTimeout and a context deadline.
func (db *DB) Session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return db.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: db.cfg.Database})
}

// Database names the database every transaction runs on; empty means the
// server's default database.
func (db *DB) Database() string { return db.cfg.Database }

// QueryTimeout is the longest a transaction may run (NEO4J_QUERY_TIMEOUT).
func (db *DB) QueryTimeout() time.Duration { return db.cfg.QueryTimeout }

// deadline puts QueryTimeout on ctx, plus RetryTime when that is set,
// unless ctx already ends sooner.
func (db *DB) deadline(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, db.cfg.QueryTimeout+db.cfg.RetryTime)
}

// retryTime is the driver's MaxTransactionRetryTime.
func (c Config) retryTime() time.Duration {
	if c.RetryTime > 0 {
		return c.RetryTime
	}
	return min(retryTime, c.QueryTimeout)
}

// txTimeout gives the server the same limit as the context, so that a query
// abandoned by the client does not go on running in Neo4j.
func (db *DB) txTimeout(ctx context.Context) func(*neo4j.TransactionConfig) {
	limit := db.cfg.QueryTimeout
	if d, ok := ctx.Deadline(); ok {
		if left := time.Until(d); left < limit {
			limit = max(left, time.Millisecond)
		}
	}
	return neo4j.WithTxTimeout(limit)
}

// wrap says what failed and where, marks outages with ErrUnavailable, and
// lets callers tell a query that ran out of time (errors.Is with
// context.DeadlineExceeded) from one that failed.
func (db *DB) wrap(ctx context.Context, doing string, err error) error {
	switch {
	case unreachable(err):
		return fmt.Errorf("%s on Neo4j at %s: %w: %v", doing, db.cfg.URI, ErrUnavailable, err)
	case ctx.Err() != nil:
		return fmt.Errorf("%s on Neo4j at %s: %w (NEO4J_QUERY_TIMEOUT is %s): %v", doing, db.cfg.URI, ctx.Err(), db.cfg.QueryTimeout, err)
	}
	return fmt.Errorf("%s on Neo4j at %s: %w", doing, db.cfg.URI, err)
}

// unreachable tells outages from query errors and from running out of time.
// The driver's retry summary keeps the error of every attempt: one lost
// connection among them means the server was away.
func unreachable(err error) bool {
	var conn *neo4j.ConnectivityError
	if errors.As(err, &conn) {
		return !errors.Is(conn.Inner, context.DeadlineExceeded) && !errors.Is(conn.Inner, context.Canceled)
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		for _, e := range limit.Errors {
			if unreachable(e) {
				return true
			}
		}
	}
	return false
}
