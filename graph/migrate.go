package graph

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Migration is one schema file, V<NNNN>__<name>.cypher.
type Migration struct {
	Version    int
	Name       string
	File       string
	Checksum   string // hex SHA-256 of the file
	Statements []string
}

// MigrationState is a migration as the graph knows it.
type MigrationState struct {
	Version   int
	Name      string
	File      string // empty when the graph has a migration no file describes
	Applied   bool
	AppliedAt time.Time
	Checksum  string // of the file, else as recorded
}

var migrationName = regexp.MustCompile(`^V(\d{4})__([A-Za-z0-9_]+)\.cypher$`)

// migrationLease bounds how long a crashed migrate keeps others waiting.
const migrationLease = 10 * time.Minute

// LoadMigrations reads the *.cypher files of fsys (migrations.Files in the
// binary) in version order. A file with another name, two files with one
// version, or a file without statements is an error naming the file.
func LoadMigrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("listing migrations: %w", err)
	}
	var out []Migration
	seen := map[int]string{}
	for _, file := range names {
		m := migrationName.FindStringSubmatch(file)
		if m == nil {
			return nil, fmt.Errorf("migration %s: name must be V<NNNN>__<name>.cypher", file)
		}
		version, _ := strconv.Atoi(m[1])
		if other, dup := seen[version]; dup {
			return nil, fmt.Errorf("migrations %s and %s have the same version", other, file)
		}
		seen[version] = file
		body, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, fmt.Errorf("reading migration %s: %w", file, err)
		}
		statements := splitStatements(body)
		if len(statements) == 0 {
			return nil, fmt.Errorf("migration %s has no statements", file)
		}
		sum := sha256.Sum256(body)
		out = append(out, Migration{Version: version, Name: m[2], File: file, Checksum: hex.EncodeToString(sum[:]), Statements: statements})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// splitStatements cuts a file into statements at each ";" that ends a line,
// dropping // comment lines and blank statements.
func splitStatements(body []byte) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		if strings.HasSuffix(line, ";") {
			cur.WriteString(strings.TrimSuffix(line, ";"))
			flush()
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
	}
	flush()
	return out
}

// Migrate applies the migrations of fsys that the graph has not seen, in
// version order, each in its own write transaction, and records each one
// right after in a second transaction as
// (:__Migration {version, name, checksum, applied_at}). It refuses to run,
// naming the file, when an applied file has changed since, and returns the
// migrations it applied: none on a second run. Concurrent runs take turns
// through a lock node, so nothing is applied twice.
func (db *DB) Migrate(ctx context.Context, fsys fs.FS) ([]Migration, error) {
	files, err := LoadMigrations(fsys)
	if err != nil {
		return nil, err
	}
	if err := db.prepareMigrations(ctx); err != nil {
		return nil, err
	}
	release, err := db.lockMigrations(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	applied, err := db.appliedMigrations(ctx)
	if err != nil {
		return nil, err
	}
	pending, err := pendingMigrations(files, applied)
	if err != nil {
		return nil, err
	}
	for i, m := range pending {
		if err := db.applyMigration(ctx, m); err != nil {
			return pending[:i], err
		}
	}
	if len(pending) > 0 {
		// Indexes fill in the background: wait, so that the first query
		// after migrate does not meet an index that is still populating.
		if _, err := db.Write(ctx, single(ctx, "CALL db.awaitIndexes($seconds)", map[string]any{"seconds": int64(db.cfg.QueryTimeout.Seconds())})); err != nil {
			return pending, fmt.Errorf("waiting for new indexes to come online: %w", err)
		}
	}
	return pending, nil
}

// MigrationStatus lists every migration of fsys with whether the graph has
// it, plus any the graph has that fsys lacks, in version order.
func (db *DB) MigrationStatus(ctx context.Context, fsys fs.FS) ([]MigrationState, error) {
	files, err := LoadMigrations(fsys)
	if err != nil {
		return nil, err
	}
	applied, err := db.appliedMigrations(ctx)
	if err != nil {
		return nil, err
	}
	var out []MigrationState
	for _, m := range files {
		st := MigrationState{Version: m.Version, Name: m.Name, File: m.File, Checksum: m.Checksum}
		if a, ok := applied[m.Version]; ok {
			st.Applied, st.AppliedAt = true, a.AppliedAt
			delete(applied, m.Version)
		}
		out = append(out, st)
	}
	for _, a := range applied {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// pendingMigrations checks the applied migrations against the files and
// returns the files still to apply.
func pendingMigrations(files []Migration, applied map[int]MigrationState) ([]Migration, error) {
	known := map[int]bool{}
	var pending []Migration
	for _, m := range files {
		known[m.Version] = true
		a, ok := applied[m.Version]
		if !ok {
			pending = append(pending, m)
			continue
		}
		if a.Checksum != m.Checksum {
			return nil, fmt.Errorf("migration %s was edited after it was applied on %s (checksum %.12s… recorded, file has %.12s…): restore it and put the change in a new migration",
				m.File, a.AppliedAt.Format(time.RFC3339), a.Checksum, m.Checksum)
		}
	}
	for v, a := range applied {
		if !known[v] {
			return nil, fmt.Errorf("the graph has migration V%04d__%s applied, which this binary does not know: use a newer diplograph", v, a.Name)
		}
	}
	return pending, nil
}

// prepareMigrations creates the constraints that keep the bookkeeping
// single: one record per version, one lock node.
func (db *DB) prepareMigrations(ctx context.Context) error {
	for _, q := range []string{
		"CREATE CONSTRAINT `__migration_version` IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE",
		"CREATE CONSTRAINT `__migration_lock` IF NOT EXISTS FOR (l:__MigrationLock) REQUIRE l.name IS UNIQUE",
	} {
		if _, err := db.Write(ctx, single(ctx, q, nil)); err != nil {
			return fmt.Errorf("creating the migrations' own constraints: %w", err)
		}
	}
	return nil
}

// lockMigrations waits until this process holds the migration lock and
// returns the function that releases it. The lock is a lease, so a migrate
// that died holding it blocks others for migrationLease at most.
func (db *DB) lockMigrations(ctx context.Context) (func(), error) {
	token := make([]byte, 8)
	rand.Read(token)
	holder := hex.EncodeToString(token)
	for {
		got, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			// Setting a property first takes the node's write lock, so the
			// holder read next is the latest committed one (no lost update).
			res, err := tx.Run(ctx, `
MERGE (l:__MigrationLock {name: 'schema'})
SET l.locked_for_update = true
REMOVE l.locked_for_update
WITH l
WHERE l.holder IS NULL OR l.expires < datetime()
SET l.holder = $holder, l.expires = datetime() + duration({seconds: $lease})
RETURN l.holder`, map[string]any{"holder": holder, "lease": int64(migrationLease.Seconds())})
			if err != nil {
				return false, err
			}
			recs, err := res.Collect(ctx)
			return len(recs) == 1, err
		})
		if err != nil {
			return nil, fmt.Errorf("taking the migration lock: %w", err)
		}
		if got.(bool) {
			break
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for another migrate to finish: %w", ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
	return func() {
		// Released even when ctx is cancelled, so that an interrupted
		// migrate does not leave the lease behind.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		db.Write(ctx, single(ctx, "MATCH (l:__MigrationLock {name: 'schema'}) WHERE l.holder = $holder REMOVE l.holder, l.expires",
			map[string]any{"holder": holder}))
	}, nil
}

func (db *DB) appliedMigrations(ctx context.Context) (map[int]MigrationState, error) {
	res, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "MATCH (m:__Migration) RETURN m.version AS version, m.name AS name, m.checksum AS checksum, m.applied_at AS applied_at", nil)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	})
	if err != nil {
		return nil, fmt.Errorf("reading applied migrations: %w", err)
	}
	out := map[int]MigrationState{}
	for _, rec := range res.([]*neo4j.Record) {
		version, _ := rec.Get("version")
		name, _ := rec.Get("name")
		sum, _ := rec.Get("checksum")
		at, _ := rec.Get("applied_at")
		v, ok := version.(int64)
		if !ok {
			return nil, fmt.Errorf("reading applied migrations: a __Migration node has version %v", version)
		}
		st := MigrationState{Version: int(v), Applied: true}
		st.Name, _ = name.(string)
		st.Checksum, _ = sum.(string)
		st.AppliedAt, _ = at.(time.Time)
		out[st.Version] = st
	}
	return out, nil
}

func (db *DB) applyMigration(ctx context.Context, m Migration) error {
	_, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for i, q := range m.Statements {
			if err := consume(ctx, tx, q, nil); err != nil {
				return nil, fmt.Errorf("statement %d: %w", i+1, err)
			}
		}
		return nil, nil
	})
	if err != nil {
		return fmt.Errorf("applying migration %s: %w", m.File, err)
	}
	// A second transaction: Neo4j does not mix schema commands and writes.
	_, err = db.Write(ctx, single(ctx, `
CREATE (:__Migration {version: $version, name: $name, checksum: $checksum, applied_at: datetime()})`,
		map[string]any{"version": int64(m.Version), "name": m.Name, "checksum": m.Checksum}))
	if err != nil {
		return fmt.Errorf("recording migration %s as applied: %w", m.File, err)
	}
	return nil
}

// single is the work of a transaction made of one query whose result is
// not needed.
func single(ctx context.Context, query string, params map[string]any) neo4j.ManagedTransactionWork {
	return func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, consume(ctx, tx, query, params)
	}
}

// consume runs one query in tx to its end.
func consume(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) error {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}
