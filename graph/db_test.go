package graph_test

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

func openTestDB(t *testing.T, cfg graph.Config) *graph.DB {
	t.Helper()
	ctx := context.Background()
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(ctx) })
	return db
}

func TestOpenWrongPasswordNamesUserNotPassword(t *testing.T) {
	cfg := neo4jtest.Config(t)
	cfg.Password = "not-the-password-4711"
	_, err := graph.Open(context.Background(), cfg)
	if err == nil {
		t.Fatal("Open succeeded with a wrong password")
	}
	msg := err.Error()
	if !strings.Contains(msg, cfg.URI) || !strings.Contains(msg, "NEO4J_PASSWORD") {
		t.Errorf("error should name the URI and NEO4J_PASSWORD: %s", msg)
	}
	if strings.Contains(msg, cfg.Password) {
		t.Errorf("error shows the password: %s", msg)
	}
	if errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("a refused login is not an outage: %s", msg)
	}
}

func TestOpenUnreachableIsUnavailable(t *testing.T) {
	cfg := neo4jtest.Config(t)
	cfg.URI = "bolt://" + closedAddr(t)
	_, err := graph.Open(context.Background(), cfg)
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("want ErrUnavailable, got %v", err)
	}
	if !strings.Contains(err.Error(), cfg.URI) || !strings.Contains(err.Error(), "NEO4J_URI") {
		t.Errorf("error should name NEO4J_URI and its value: %v", err)
	}
}

func TestOpenUnknownDatabaseNamesIt(t *testing.T) {
	cfg := neo4jtest.Config(t)
	cfg.Database = "nosuchdatabase"
	_, err := graph.Open(context.Background(), cfg)
	if err == nil || !strings.Contains(err.Error(), "NEO4J_DATABASE") {
		t.Fatalf("want an error naming NEO4J_DATABASE, got %v", err)
	}
}

func TestOpenRejectsInvalidConfig(t *testing.T) {
	_, err := graph.Open(context.Background(), graph.Config{URI: "http://127.0.0.1:7474", User: "neo4j", Password: "x", MaxPoolSize: 1, QueryTimeout: time.Second})
	if err == nil || !strings.Contains(err.Error(), "NEO4J_URI") {
		t.Fatalf("want an error naming NEO4J_URI, got %v", err)
	}
}

func TestWriteThenRead(t *testing.T) {
	db := openTestDB(t, neo4jtest.Config(t))
	ctx := context.Background()
	const id = "graph-db-test-write-then-read"
	t.Cleanup(func() {
		db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			_, err := tx.Run(ctx, "MATCH (n:DBTest {id: $id}) DELETE n", map[string]any{"id": id})
			return nil, err
		})
	})
	_, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		_, err := tx.Run(ctx, "MERGE (n:DBTest {id: $id}) SET n.n = 42", map[string]any{"id": id})
		return nil, err
	})
	if err != nil {
		t.Fatal(err)
	}
	got := neo4jtest.Value(t, db, "MATCH (n:DBTest {id: $id}) RETURN n.n", map[string]any{"id": id})
	if got != int64(42) {
		t.Errorf("read %v (%T), want 42", got, got)
	}
}

func TestReadRefusesWrites(t *testing.T) {
	db := openTestDB(t, neo4jtest.Config(t))
	ctx := context.Background()
	_, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "CREATE (:DBTest {id: 'must-not-exist'})", nil)
		if err != nil {
			return nil, err
		}
		return res.Consume(ctx)
	})
	if err == nil {
		t.Fatal("a CREATE ran in a read transaction")
	}
	if errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("a refused write is not an outage: %v", err)
	}
}

func TestQueryTimeoutStopsLongQueries(t *testing.T) {
	cfg := neo4jtest.Config(t)
	cfg.QueryTimeout = 300 * time.Millisecond
	db := openTestDB(t, cfg)
	ctx := context.Background()
	_, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "UNWIND range(1, 10000000000) AS x RETURN count(x)", nil)
		if err != nil {
			return nil, err
		}
		return res.Single(ctx)
	})
	if err == nil {
		t.Fatal("a query counting to ten billion finished within the 300ms query timeout")
	}
	if errors.Is(err, graph.ErrUnavailable) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("want a timeout, not an outage: %v", err)
	}
	t.Logf("stopped by the query timeout: %v", err)
}

// TestRecoversAfterOutage puts a TCP proxy between the driver and Neo4j and
// cuts it, which looks to the driver exactly like a server going away,
// without disturbing the shared server other test packages use.
func TestRecoversAfterOutage(t *testing.T) {
	cfg := neo4jtest.Config(t)
	target := strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "bolt://"), "neo4j://")
	if strings.Contains(target, "://") {
		t.Skipf("the proxy speaks plain Bolt only, not %s", cfg.URI)
	}
	proxy := startProxy(t, "127.0.0.1:0", target)
	cfg.URI = "bolt://" + proxy.addr
	db := openTestDB(t, cfg)
	ctx := context.Background()
	if err := db.Ping(ctx); err != nil {
		t.Fatal(err)
	}

	proxy.stop()
	err := db.Ping(ctx)
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("Ping while Neo4j is away: want ErrUnavailable, got %v", err)
	}
	t.Logf("Ping while Neo4j is away: %v", err)
	start := time.Now()
	_, err = db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		_, err := tx.Run(ctx, "RETURN 1", nil)
		return nil, err
	})
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("Read while Neo4j is away: want ErrUnavailable, got %v", err)
	}
	t.Logf("Read while Neo4j is away gave up after %s of retries", time.Since(start).Round(time.Millisecond))

	startProxy(t, proxy.addr, target)
	if err := db.Ping(ctx); err != nil {
		t.Fatalf("Ping after Neo4j is back: %v", err)
	}
}

type proxy struct {
	addr  string
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func startProxy(t *testing.T, listen, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{addr: ln.Addr().String(), ln: ln}
	t.Cleanup(p.stop)
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			server, err := net.Dial("tcp", target)
			if err != nil {
				client.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, client, server)
			p.mu.Unlock()
			go func() { io.Copy(server, client); server.Close() }()
			go func() { io.Copy(client, server); client.Close() }()
		}
	}()
	return p
}

// stop closes the listener and every open connection, as a dying server does.
func (p *proxy) stop() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// closedAddr returns a local address on which nothing listens.
func closedAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}
