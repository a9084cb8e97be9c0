package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/internal/synth"
	"github.com/diplograph/diplograph/nlp"
)

// corpusLines returns n synthetic articles as JSON Lines, one version of
// each page: which of several versions of a page ends up stored depends on
// which is written last, which concurrent processes do not fix.
func corpusLines(t *testing.T, n int) []string {
	t.Helper()
	dict, err := nlp.LoadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	g, err := synth.New(dict, 7)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := g.Write(&b, n); err != nil {
		t.Fatal(err)
	}
	var lines []string
	urls := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		url := line[:strings.Index(line, `","title"`)]
		if !urls[url] {
			urls[url] = true
			lines = append(lines, line)
		}
	}
	return lines
}

func writeLines(t *testing.T, path string, lines []string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// ingestProcess runs `diplograph ingest` as a process of its own.
func ingestProcess(t *testing.T, getenv func(string) string, args ...string) *exec.Cmd {
	cmd := exec.Command(binary(t), append([]string{"ingest", "-batch", "10"}, args...)...)
	cmd.Env = os.Environ()
	for _, k := range []string{"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
		cmd.Env = append(cmd.Env, k+"="+getenv(k))
	}
	return cmd
}

// loadedGraph is what a test compares of two loads: the number of nodes
// and relationships of each kind and of nodes sharing an id, every id and
// every item's day, and the monthly counts that do not depend on which
// report of an event came first. An event told by several articles keeps
// the sides and code of the report that created it (its id names the
// parties' states, the root's merge class and the day), so its quad class,
// Goldstein value and actors, and what the aggregates count of them, follow
// the order of writing; the aggregates must equal a recount either way.
func loadedGraph(t *testing.T, count func(string) int64) (shape string) {
	t.Helper()
	twins := map[string]int64{}
	for _, l := range []string{"Article", "Actor", "Statement", "Event"} {
		twins[l] = count("MATCH (n:" + l + ") RETURN count(n) - count(DISTINCT n.id)")
	}
	ctx := context.Background()
	db, err := graph.Open(ctx, neo4jtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	if _, diff, err := db.CheckAggregates(ctx, 20); err != nil {
		t.Fatal(err)
	} else if len(diff) > 0 {
		t.Errorf("the aggregates differ from a recount:\n%s", strings.Join(diff, "\n"))
	}
	content := neo4jtest.Value(t, db, `
		CALL { MATCH (e:Event) RETURN e.id + toString(e.date) AS x
			UNION ALL MATCH (s:Statement) RETURN s.id + toString(s.date) AS x
			UNION ALL MATCH (a:Article) RETURN a.id AS x
			UNION ALL MATCH (m:GraphMonth) RETURN toString(m.month) + ' ' + toString(reduce(n = 0, q IN m.quads | n + q)) + ' ' + toString(m.statements) AS x }
		WITH x ORDER BY x RETURN collect(x) AS v`, nil).([]any)
	sum := sha256.Sum256([]byte(fmt.Sprint(content...)))
	return fmt.Sprintf("%v twins %v content %d items %x", graphShape(count), twins, len(content), sum[:8])
}

func TestFourIngestProcessesOnOverlappingInputsGiveTheGraphOfOne(t *testing.T) {
	getenv, count := ingestGraph(t)
	lines := corpusLines(t, 400)
	dir := t.TempDir()
	all := filepath.Join(dir, "all.jsonl")
	writeLines(t, all, lines)
	// Each input holds half the corpus, every article is in two inputs,
	// and every other input runs backwards, so that the processes meet on
	// the same articles, events and actors in different orders.
	var wg sync.WaitGroup
	outs := make([][]byte, 4)
	errs := make([]error, 4)
	for i := range 4 {
		part := slices.Clone(lines[i*len(lines)/4:])
		part = append(part, lines[:i*len(lines)/4]...)[:len(lines)/2]
		if i%2 == 1 {
			slices.Reverse(part)
		}
		path := filepath.Join(dir, fmt.Sprintf("part%d.jsonl", i))
		writeLines(t, path, part)
		cmd := ingestProcess(t, getenv, path)
		wg.Go(func() { outs[i], errs[i] = cmd.CombinedOutput() })
	}
	wg.Wait()
	for i := range 4 {
		if errs[i] != nil {
			t.Fatalf("process %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	concurrent := loadedGraph(t, count)

	getenv, count = ingestGraph(t)
	if out, err := ingestProcess(t, getenv, all).CombinedOutput(); err != nil {
		t.Fatalf("one process: %v\n%s", err, out)
	}
	if single := loadedGraph(t, count); concurrent != single {
		t.Errorf("four processes left\n %s\none left\n %s", concurrent, single)
	}
	if !strings.Contains(concurrent, "twins map[Actor:0 Article:0 Event:0 Statement:0]") || count("MATCH (e:Event) RETURN count(e)") < 100 {
		t.Errorf("the load is too small to tell or has twins: %s", concurrent)
	}
}

func TestAggregateCommandChecksAndRebuilds(t *testing.T) {
	getenv, _ := ingestGraph(t)
	if _, err := runCommand(t, getenv, "ingest", "../../samples"); err != nil {
		t.Fatal(err)
	}
	out, err := runCommand(t, getenv, "aggregate", "--check")
	if err != nil || !strings.Contains(out, "all equal to a fresh count") {
		t.Fatalf("check after ingest: %v\n%s", err, out)
	}
	// A graph loaded before the aggregates: ingest refuses it until the
	// rebuild has counted them.
	writeCypher(t, "MATCH (d:Dyad) WITH d LIMIT 1 DELETE d", "MERGE (:__AggregatesPending {name: 'aggregates'})")
	if out, err := runCommand(t, getenv, "aggregate", "--check"); err == nil {
		t.Errorf("check passed with an aggregate missing:\n%s", out)
	}
	if _, err := runCommand(t, getenv, "ingest", "../../samples"); err == nil || !strings.Contains(err.Error(), "aggregate --rebuild") {
		t.Errorf("ingest into a graph pending its aggregates: %v", err)
	}
	if out, err := runCommand(t, getenv, "aggregate", "--rebuild"); err != nil || !strings.Contains(out, "aggregates rebuilt") {
		t.Fatalf("rebuild: %v\n%s", err, out)
	}
	if out, err := runCommand(t, getenv, "aggregate", "--check"); err != nil {
		t.Errorf("check after the rebuild: %v\n%s", err, out)
	}
	if _, err := runCommand(t, getenv, "aggregate"); err == nil {
		t.Errorf("aggregate without --rebuild or --check should be a usage error")
	}
}
