// Command ingestbench measures `diplograph ingest` on a synthetic corpus
// against a real Neo4j, and compares the batched writer with the naive way
// of writing (one transaction per article, one MERGE per row). Run it
// through scripts/bench-ingest, which builds the binary and starts Neo4j;
// docs/ingest-speed.md records its figures.
//
// It empties the database it is pointed at.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/synth"
	"github.com/diplograph/diplograph/nlp"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "ingestbench:", err)
		os.Exit(1)
	}
}

// options are the bench's flags.
type options struct {
	bin, work                          string
	n, slice, neo4jPID, batch, writers int
}

func run() error {
	var o options
	flag.StringVar(&o.bin, "bin", "", "the diplograph binary to measure")
	flag.IntVar(&o.n, "n", 100000, "articles in the corpus")
	flag.IntVar(&o.slice, "naive", 2000, "articles written each way for the naive/batched comparison (0 skips it)")
	flag.IntVar(&o.neo4jPID, "neo4j-pid", 0, "pid of the Neo4j java process, for its memory")
	flag.StringVar(&o.work, "dir", os.TempDir(), "where the corpus is written")
	flag.IntVar(&o.batch, "batch", 0, "DIPLOGRAPH_BATCH_SIZE for the run (0: the default)")
	flag.IntVar(&o.writers, "writers", 0, "ingest -writers for the run (0: the default)")
	flag.Parse()
	if o.bin == "" {
		return errors.New("-bin is required")
	}
	ctx := context.Background()
	cfg := graph.Config{
		URI: os.Getenv("NEO4J_URI"), User: envOr("NEO4J_USER", "neo4j"), Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), MaxPoolSize: 10, QueryTimeout: 10 * time.Minute,
	}
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close(ctx)
	corpus, err := prepare(ctx, db, o)
	if err != nil {
		return err
	}
	if err := measureIngest(o, corpus); err != nil {
		return err
	}
	// The aggregates the ingest kept, against a count from scratch.
	if err := shell("", o.bin, "aggregate", "--check"); err != nil {
		return err
	}
	if o.slice > 0 {
		return compareNaive(ctx, db, o.slice)
	}
	return nil
}

// prepare writes the corpus, empties the graph and migrates it.
func prepare(ctx context.Context, db *graph.DB, o options) (corpus string, err error) {
	corpus = filepath.Join(o.work, fmt.Sprintf("diplograph-bench-%d.jsonl", o.n))
	start := time.Now()
	if err := shell(corpus, o.bin, "synth", "-n", strconv.Itoa(o.n), "-seed", "1"); err != nil {
		return "", err
	}
	info, err := os.Stat(corpus)
	if err != nil {
		return "", err
	}
	fmt.Printf("corpus: %d articles, %.0f MB, generated in %.1fs (%s)\n", o.n, float64(info.Size())/1e6, time.Since(start).Seconds(), corpus)
	start = time.Now()
	deleted, err := emptyGraph(ctx, db)
	if err != nil {
		return "", err
	}
	fmt.Printf("emptied the graph: %d nodes deleted in %.1fs\n", deleted, time.Since(start).Seconds())
	return corpus, shell("", o.bin, "migrate")
}

// measureIngest runs `diplograph ingest` on the corpus as a process of its
// own and prints its rates, memory and CPU, and Neo4j's.
func measureIngest(o options, corpus string) error {
	args := []string{"ingest", "-log-every", "30s"}
	if o.batch > 0 {
		args = append(args, "-batch", strconv.Itoa(o.batch))
	}
	if o.writers > 0 {
		args = append(args, "-writers", strconv.Itoa(o.writers))
	}
	sampler := sampleRSS(o.neo4jPID)
	neoCPU := procCPU(o.neo4jPID)
	start := time.Now()
	cmd := exec.Command(o.bin, append(args, corpus)...)
	var out, progress bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = io.MultiWriter(os.Stderr, &progress)
	err := cmd.Run()
	secs := time.Since(start).Seconds()
	neoPeak := sampler()
	neoCPU = procCPU(o.neo4jPID) - neoCPU
	fmt.Print(out.String())
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	done, nodes, rels, err := parseSummary(out.String())
	if err != nil {
		return err
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	dgCPU := time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	fmt.Printf("\nRESULT ingest of %d articles: %.1fs wall, %.0f articles/s, %.0f nodes/s, %.0f relationships/s\n",
		done, secs, float64(done)/secs, float64(nodes)/secs, float64(rels)/secs)
	if rate, from, ok := sustained(progress.String()); ok {
		fmt.Printf("RESULT sustained rate, from article %d on (past the JVM's warm-up): %.0f articles/s\n", from, rate)
	}
	fmt.Printf("RESULT diplograph peak memory (VmHWM = max RSS): %.0f MiB; CPU %.1fs (%.2f ms per article)\n",
		float64(ru.Maxrss)/1024, dgCPU, 1000*dgCPU/float64(done))
	if o.neo4jPID > 0 {
		// CPU time is what the run costs whatever else the machine is doing;
		// on a shared machine the wall-clock rate also reflects the others.
		fmt.Printf("RESULT Neo4j CPU during the ingest: %.1fs (%.2f ms per article); both together: %.2f ms of CPU per article\n",
			neoCPU, 1000*neoCPU/float64(done), 1000*(neoCPU+dgCPU)/float64(done))
		hwm, rss := procMemory(o.neo4jPID)
		fmt.Printf("RESULT Neo4j (pid %d) memory: VmHWM %.0f MiB since it started, VmRSS %.0f MiB now, RSS peak sampled during the ingest %.0f MiB\n",
			o.neo4jPID, hwm, rss, neoPeak)
	}
	return nil
}

// shell runs the binary with args, its stdout into the file named out
// (or this process's stdout when out is empty).
func shell(out, bin string, args ...string) error {
	cmd := exec.Command(bin, args...)
	cmd.Stderr = os.Stderr
	cmd.Stdout = os.Stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w := bufio.NewWriterSize(f, 1<<20)
		defer w.Flush()
		cmd.Stdout = w
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w", bin, strings.Join(args, " "), err)
	}
	return nil
}

// emptyGraph deletes every node but the migration records, relationships
// first: a node with a million relationships is too big to delete in one
// transaction of bounded memory.
func emptyGraph(ctx context.Context, db *graph.DB) (int, error) {
	session := db.Session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	deleted := 0
	for _, q := range []string{
		`MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS`,
		`MATCH (n) WHERE NOT n:__Migration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS`,
	} {
		res, err := session.Run(ctx, q, nil)
		if err != nil {
			return 0, fmt.Errorf("emptying the graph: %w", err)
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return 0, fmt.Errorf("emptying the graph: %w", err)
		}
		deleted += sum.Counters().NodesDeleted()
	}
	return deleted, nil
}

var (
	articlesLine = regexp.MustCompile(`articles: (\d+) new, (\d+) unchanged, (\d+) re-extracted, (\d+) replaced, (\d+) failed`)
	graphLine    = regexp.MustCompile(`graph: (\d+) nodes and (\d+) relationships created`)
)

var progressLine = regexp.MustCompile(`(?m)^ingest: (\d+) articles in ([0-9hms.]+) `)

// sustained is the rate over the second half of the run, from the progress
// lines the ingest logs: a freshly started Neo4j compiles its queries and
// warms its JIT during the first minute.
func sustained(log string) (rate float64, from int, ok bool) {
	type point struct {
		n int
		t time.Duration
	}
	var ps []point
	for _, m := range progressLine.FindAllStringSubmatch(log, -1) {
		n, _ := strconv.Atoi(m[1])
		t, err := time.ParseDuration(m[2])
		if err == nil {
			ps = append(ps, point{n, t})
		}
	}
	if len(ps) < 4 {
		return 0, 0, false
	}
	a, b := ps[len(ps)/2], ps[len(ps)-1]
	if b.t <= a.t {
		return 0, 0, false
	}
	return float64(b.n-a.n) / (b.t - a.t).Seconds(), a.n, true
}

func parseSummary(s string) (articles, nodes, rels int, err error) {
	a, g := articlesLine.FindStringSubmatch(s), graphLine.FindStringSubmatch(s)
	if a == nil || g == nil {
		return 0, 0, 0, fmt.Errorf("no summary in the ingest output")
	}
	for _, x := range a[1:] {
		k, _ := strconv.Atoi(x)
		articles += k
	}
	nodes, _ = strconv.Atoi(g[1])
	rels, _ = strconv.Atoi(g[2])
	return articles, nodes, rels, nil
}

// sampleRSS samples the process's resident memory every half second until
// the returned function is called, which returns the peak in MiB.
func sampleRSS(pid int) func() float64 {
	if pid == 0 {
		return func() float64 { return 0 }
	}
	var mu sync.Mutex
	peak := 0.0
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_, rss := procMemory(pid)
				mu.Lock()
				peak = max(peak, rss)
				mu.Unlock()
			}
		}
	}()
	return func() float64 {
		close(done)
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// procCPU reads the user and system CPU seconds a process has used.
func procCPU(pid int) float64 {
	if pid == 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the parenthesised command name; utime and stime are the
	// 14th and 15th fields of the line, in clock ticks (100 per second).
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100
}

// procMemory reads VmHWM and VmRSS of a process, in MiB.
func procMemory(pid int) (hwm, rss float64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(f[1], 64)
		switch f[0] {
		case "VmHWM:":
			hwm = kb / 1024
		case "VmRSS:":
			rss = kb / 1024
		}
	}
	return hwm, rss
}

// compareNaive writes one slice of fresh articles the naive way and another
// of the same size with the batched writer, into the graph just loaded, and
// prints the ratio. Extraction happens before either clock starts, so only
// the writing is compared.
func compareNaive(ctx context.Context, db *graph.DB, size int) error {
	dict, err := nlp.LoadDictionary()
	if err != nil {
		return err
	}
	g, err := synth.New(dict, 2) // another seed: none of these is stored yet
	if err != nil {
		return err
	}
	x, err := nlp.NewExtractor()
	if err != nil {
		return err
	}
	var arts []diplograph.Article
	urls := map[string]bool{}
	for len(arts) < 2*size {
		a := g.Next()
		if urls[a.URL] {
			continue // updates would be replacements: keep both slices alike
		}
		urls[a.URL] = true
		art, err := x.Extract(diplograph.Document{Source: a.URL, URL: a.URL, Title: a.Title, Outlet: a.Outlet, Published: a.Published, Text: []byte(a.Text)})
		if err != nil {
			continue
		}
		arts = append(arts, art)
	}

	start := time.Now()
	for _, a := range arts[:size] {
		if err := writeNaive(ctx, db, a); err != nil {
			return fmt.Errorf("naive write of %s: %w", a.Source, err)
		}
	}
	naive := time.Since(start).Seconds()

	w, err := graph.NewWriter(db, graph.WriteOptions{BatchSize: 200})
	if err != nil {
		return err
	}
	start = time.Now()
	rep, err := w.Write(ctx, arts[size:])
	if err != nil {
		return err
	}
	if f := rep.Count(diplograph.Failed); f > 0 {
		return fmt.Errorf("%d articles failed in the batched slice", f)
	}
	batched := time.Since(start).Seconds()
	fmt.Printf("RESULT writes only, %d articles each way: naive (a transaction per article, a MERGE per row) %.0f articles/s, batched %.0f articles/s: batched is %.1fx faster\n",
		size, float64(size)/naive, float64(size)/batched, naive/batched)
	return nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
