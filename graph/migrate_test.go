package graph_test

import (
	"context"
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/migrations"
)

func TestLoadMigrationsSplitsStatements(t *testing.T) {
	fsys := fstest.MapFS{
		"V0002__b.cypher": {Data: []byte("// comment; not a statement\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);  \nRETURN 1")},
		"V0001__a.cypher": {Data: []byte("RETURN 'a;b';\n")},
	}
	got, err := graph.LoadMigrations(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Version != 1 || got[1].Version != 2 || got[1].Name != "b" || got[1].File != "V0002__b.cypher" {
		t.Fatalf("wrong order or names: %+v", got)
	}
	want := []string{"CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)", "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)", "RETURN 1"}
	if !reflect.DeepEqual(got[1].Statements, want) {
		t.Errorf("statements %q, want %q", got[1].Statements, want)
	}
	if !reflect.DeepEqual(got[0].Statements, []string{"RETURN 'a;b'"}) {
		t.Errorf("a ';' inside a line must not split: %q", got[0].Statements)
	}
	if len(got[0].Checksum) != 64 || got[0].Checksum == got[1].Checksum {
		t.Errorf("checksums %q %q", got[0].Checksum, got[1].Checksum)
	}
}

func TestLoadMigrationsRejectsBadFiles(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"v1_constraints.cypher": {"v1_constraints.cypher": {Data: []byte("RETURN 1;")}},
		"V0003__empty.cypher":   {"V0003__empty.cypher": {Data: []byte("// nothing\n")}},
		"V0001__b.cypher":       {"V0001__a.cypher": {Data: []byte("RETURN 1;")}, "V0001__b.cypher": {Data: []byte("RETURN 2;")}},
	} {
		_, err := graph.LoadMigrations(fsys)
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("want an error naming %s, got %v", name, err)
		}
	}
}

func TestShippedMigrationsLoad(t *testing.T) {
	ms, err := graph.LoadMigrations(migrations.Files)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) < 3 {
		t.Fatalf("want at least the three first migrations, got %d", len(ms))
	}
	for i, m := range ms {
		if m.Version != i+1 {
			t.Errorf("%s: versions must run 1, 2, 3 without gaps", m.File)
		}
	}
}

// forgetMigrations deletes the records of applied migrations, so that the
// next Migrate applies every file again (they are idempotent).
func forgetMigrations(t *testing.T, db *graph.DB) {
	t.Helper()
	writeQuery(t, db, "MATCH (m:__Migration) DELETE m")
}

func writeQuery(t *testing.T, db *graph.DB, query string) {
	t.Helper()
	ctx := context.Background()
	_, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, query, nil)
		if err != nil {
			return nil, err
		}
		return res.Consume(ctx)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// schema lists the graph's constraints and indexes with their definitions.
func schema(t *testing.T, db *graph.DB) []string {
	t.Helper()
	ctx := context.Background()
	got, err := db.Read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var out []string
		for _, q := range []string{
			"SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name",
			"SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state ORDER BY name",
		} {
			res, err := tx.Run(ctx, q, nil)
			if err != nil {
				return nil, err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				out = append(out, strings.Trim(fmt.Sprint(r.Values), "[]"))
			}
		}
		return out, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got.([]string)
}

func appliedCount(t *testing.T, db *graph.DB) int64 {
	t.Helper()
	return neo4jtest.Value(t, db, "MATCH (m:__Migration) RETURN count(m)", nil).(int64)
}

func TestMigrateTwiceChangesNothingTheSecondTime(t *testing.T) {
	db := openTestDB(t, neo4jtest.Config(t))
	ctx := context.Background()
	forgetMigrations(t, db)
	files, err := graph.LoadMigrations(migrations.Files)
	if err != nil {
		t.Fatal(err)
	}

	first, err := db.Migrate(ctx, migrations.Files)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != len(files) {
		t.Fatalf("first run applied %d migrations, want all %d", len(first), len(files))
	}
	before := schema(t, db)
	for _, name := range []string{"actor_id", "article_id", "statement_id", "event_id", "actor_names", "statement_text", "event_date", "statement_date", "article_published"} {
		if !containsPrefix(before, name+" ") {
			t.Errorf("schema has no %s after migrate: %q", name, before)
		}
	}
	for _, s := range before {
		if strings.Contains(s, "POPULATING") {
			t.Errorf("Migrate returned before an index came online: %s", s)
		}
	}

	second, err := db.Migrate(ctx, migrations.Files)
	if err != nil {
		t.Fatal(err)
	}
	if len(second) != 0 {
		t.Errorf("second run applied %v", second)
	}
	if after := schema(t, db); !reflect.DeepEqual(before, after) {
		t.Errorf("schema changed on the second run:\nbefore %q\nafter  %q", before, after)
	}
	if n := appliedCount(t, db); n != int64(len(files)) {
		t.Errorf("%d migration records, want %d", n, len(files))
	}
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// withFile copies the shipped migrations and puts body at name.
func withFile(t *testing.T, name, body string) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(migrations.Files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(migrations.Files, path)
		out[path] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	out[name] = &fstest.MapFile{Data: []byte(body)}
	return out
}

func TestMigrateRefusesEditedMigrationNamingTheFile(t *testing.T) {
	db := openTestDB(t, neo4jtest.Config(t))
	ctx := context.Background()
	if _, err := db.Migrate(ctx, migrations.Files); err != nil {
		t.Fatal(err)
	}
	original, err := fs.ReadFile(migrations.Files, "V0001__constraints.cypher")
	if err != nil {
		t.Fatal(err)
	}
	edited := withFile(t, "V0001__constraints.cypher", string(original)+"CREATE INDEX edited_later IF NOT EXISTS FOR (a:Actor) ON (a.name);\n")
	edited["V0900__never_applied.cypher"] = &fstest.MapFile{Data: []byte("CREATE INDEX never_applied IF NOT EXISTS FOR (a:Actor) ON (a.country);\n")}
	before := appliedCount(t, db)

	applied, err := db.Migrate(ctx, edited)
	if err == nil || !strings.Contains(err.Error(), "V0001__constraints.cypher") {
		t.Fatalf("want an error naming V0001__constraints.cypher, got %v", err)
	}
	if len(applied) != 0 || appliedCount(t, db) != before || containsPrefix(schema(t, db), "never_applied ") {
		t.Errorf("a refused run applied something: %v", applied)
	}
}

func TestMigrateAppliesNewFileAndStatusListsIt(t *testing.T) {
	db := openTestDB(t, neo4jtest.Config(t))
	ctx := context.Background()
	if _, err := db.Migrate(ctx, migrations.Files); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		writeQuery(t, db, "DROP INDEX migrate_test_extra IF EXISTS")
		writeQuery(t, db, "MATCH (m:__Migration {version: 901}) DELETE m")
	})
	extra := withFile(t, "V0901__test_extra.cypher", "CREATE INDEX migrate_test_extra IF NOT EXISTS FOR (a:Actor) ON (a.country);\n")

	status, err := db.MigrationStatus(ctx, extra)
	if err != nil {
		t.Fatal(err)
	}
	last := status[len(status)-1]
	if last.File != "V0901__test_extra.cypher" || last.Applied {
		t.Errorf("want V0901 pending last, got %+v", last)
	}
	for _, st := range status[:len(status)-1] {
		if !st.Applied || st.AppliedAt.IsZero() {
			t.Errorf("%s should be applied with a time: %+v", st.File, st)
		}
	}

	applied, err := db.Migrate(ctx, extra)
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != 1 || applied[0].Version != 901 {
		t.Fatalf("applied %+v, want only V0901", applied)
	}
	if !containsPrefix(schema(t, db), "migrate_test_extra ") {
		t.Error("V0901's index is missing")
	}
	status, err = db.MigrationStatus(ctx, extra)
	if err != nil {
		t.Fatal(err)
	}
	if last := status[len(status)-1]; !last.Applied {
		t.Errorf("V0901 not applied after Migrate: %+v", last)
	}

	// The binary without V0901 must refuse a graph that has it.
	if _, err := db.Migrate(ctx, migrations.Files); err == nil || !strings.Contains(err.Error(), "V0901__test_extra") {
		t.Errorf("want an error naming the unknown V0901__test_extra, got %v", err)
	}
}

func TestConcurrentMigratesApplyEachFileOnce(t *testing.T) {
	db := openTestDB(t, neo4jtest.Config(t))
	ctx := context.Background()
	forgetMigrations(t, db)
	files, err := graph.LoadMigrations(migrations.Files)
	if err != nil {
		t.Fatal(err)
	}
	const runs = 4
	var wg sync.WaitGroup
	applied := make([]int, runs)
	errs := make([]error, runs)
	for i := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ms, err := db.Migrate(ctx, migrations.Files)
			applied[i], errs[i] = len(ms), err
		}()
	}
	wg.Wait()
	total := 0
	for i := range runs {
		if errs[i] != nil {
			t.Errorf("run %d: %v", i, errs[i])
		}
		total += applied[i]
	}
	if total != len(files) {
		t.Errorf("%d runs applied %v migrations in all, want each of %d once", runs, applied, len(files))
	}
	if n := appliedCount(t, db); n != int64(len(files)) {
		t.Errorf("%d migration records, want %d", n, len(files))
	}
}
