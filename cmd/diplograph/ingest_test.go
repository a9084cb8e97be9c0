package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// ingestGraph empties the test graph, migrates it, and returns a function
// that runs a count query on it.
func ingestGraph(t *testing.T) (getenv func(string) string, count func(cypher string) int64) {
	t.Helper()
	getenv = neo4jEnv(t)
	ctx := context.Background()
	db, err := graph.Open(ctx, neo4jtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(ctx) })
	session := db.Session(ctx, neo4j.AccessModeWrite)
	res, err := session.Run(ctx, `MATCH (n) WHERE NOT n:__Migration
		CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	session.Close(ctx)
	if err != nil {
		t.Fatalf("emptying the test graph: %v", err)
	}
	if _, err := runCommand(t, getenv, "migrate"); err != nil {
		t.Fatal(err)
	}
	count = func(cypher string) int64 {
		t.Helper()
		return neo4jtest.Value(t, db, cypher, nil).(int64)
	}
	return getenv, count
}

// writeCypher runs queries on the test graph in one write transaction.
func writeCypher(t *testing.T, queries ...string) {
	t.Helper()
	ctx := context.Background()
	db, err := graph.Open(ctx, neo4jtest.Config(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	if _, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, q := range queries {
			if _, err := tx.Run(ctx, q, nil); err != nil {
				return nil, err
			}
		}
		return nil, nil
	}); err != nil {
		t.Fatal(err)
	}
}

var summaryLine = regexp.MustCompile(`articles: (\d+) new, (\d+) unchanged, (\d+) re-extracted, (\d+) replaced, (\d+) failed`)

// outcomes reads new, unchanged, re-extracted, replaced and failed from
// the summary.
func outcomes(t *testing.T, out string) string {
	t.Helper()
	m := summaryLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary in output:\n%s", out)
	}
	if !strings.Contains(out, "nodes and") || !strings.Contains(out, "relationships created") {
		t.Fatalf("summary lacks the graph counters:\n%s", out)
	}
	return strings.Join(m[1:], " ")
}

func TestIngestSamplesTwiceAddsNothingTheSecondTime(t *testing.T) {
	getenv, count := ingestGraph(t)
	samples, _ := filepath.Glob("../../samples/*.txt")
	if len(samples) == 0 {
		t.Skip("no sample articles in samples/")
	}
	out, err := runCommand(t, getenv, "ingest", "../../samples")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	n := len(samples)
	if got, want := outcomes(t, out), strings.Join([]string{strconv.Itoa(n), "0", "0", "0", "0"}, " "); got != want {
		t.Errorf("first ingest: new/unchanged/re-extracted/replaced/failed = %s, want %s", got, want)
	}
	articles := count(`MATCH (a:Article) RETURN count(a)`)
	nodes, rels := count(`MATCH (n) RETURN count(n)`), count(`MATCH ()-[r]->() RETURN count(r)`)
	if articles != int64(n) {
		t.Errorf("%d Article nodes for %d samples", articles, n)
	}
	if count(`MATCH (:Statement)-[:REPORTED_IN]->(:Article) RETURN count(*)`) == 0 ||
		count(`MATCH (:Actor)-[:ACTED]->(:Event)-[:ON]->(:Actor) RETURN count(*)`) == 0 {
		t.Errorf("the samples gave no statements or no events")
	}
	// The path as given, never the absolute path of this machine.
	if count(`MATCH (a:Article) WHERE a.url = 'file:' + a.source AND a.source STARTS WITH '../../samples/' RETURN count(a)`) != int64(n) {
		t.Errorf("pages read from files should carry their file: URL and path, as given")
	}

	out, err = runCommand(t, getenv, "ingest", "../../samples")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := outcomes(t, out), strings.Join([]string{"0", strconv.Itoa(n), "0", "0", "0"}, " "); got != want {
		t.Errorf("second ingest: %s, want %s", got, want)
	}
	if n2, r2 := count(`MATCH (n) RETURN count(n)`), count(`MATCH ()-[r]->() RETURN count(r)`); n2 != nodes || r2 != rels {
		t.Errorf("second ingest changed the graph: %d/%d nodes, %d/%d relationships", nodes, n2, rels, r2)
	}
}

func TestIngestAfterAnUpgradeReextractsEachPageOnce(t *testing.T) {
	getenv, count := ingestGraph(t)
	samples, _ := filepath.Glob("../../samples/*.txt")
	if len(samples) == 0 {
		t.Skip("no sample articles in samples/")
	}
	if out, err := runCommand(t, getenv, "ingest", "../../samples"); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	before := graphShape(count)
	// What an older build left: one article without a digest (written
	// before digests were kept), the others with another build's.
	writeCypher(t, `MATCH (a:Article) WITH a ORDER BY a.id LIMIT 1 REMOVE a.extraction`,
		`MATCH (a:Article) WHERE a.extraction IS NOT NULL SET a.extraction = 'an-older-build'`)
	n := strconv.Itoa(len(samples))
	for i, want := range []string{"0 0 " + n + " 0 0", "0 " + n + " 0 0 0"} {
		out, err := runCommand(t, getenv, "ingest", "../../samples")
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if got := outcomes(t, out); got != want {
			t.Errorf("ingest %d after the upgrade: new/unchanged/re-extracted/replaced/failed = %s, want %s", i+1, got, want)
		}
	}
	if after := graphShape(count); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("re-extracting with the same extractor changed the graph:\nbefore %v\nafter  %v", before, after)
	}
	if out, err := runCommand(t, getenv, "aggregate", "--check"); err != nil {
		t.Errorf("the aggregates differ from a recount after the re-extraction: %v\n%s", err, out)
	}
}

func TestIngestJSONLinesNamesBadLinesAndWritesTheRest(t *testing.T) {
	getenv, count := ingestGraph(t)
	dir := t.TempDir()
	page := func(title, body string) string {
		return `{"url":"https://example.test/` + title + `","title":"` + title + `","published":"2023-10-27T07:37:00+07:00","outlet":"Contoh","text":"` + body + `"}`
	}
	lines := []string{
		page("satu", `JAKARTA - Menteri Luar Negeri Rusia Sergei Lavrov mengecam Amerika Serikat pada Kamis (26/10) karena pengiriman senjata ke kawasan. \"Washington bermain api,\" kata Lavrov kepada wartawan.\n\nPemerintah Amerika Serikat belum menanggapi pernyataan tersebut hingga Jumat pagi.`),
		`{"url": "https://example.test/broken", "text": `,
		"",
		page("kosong", ""),
		page("dua", `MOSKOW - Presiden Rusia Vladimir Putin bertemu Pemimpin Korea Utara Kim Jong Un di Kosmodrom Vostochny pada Rabu (13/9). Kedua pemimpin membahas kerja sama militer dan antariksa selama beberapa jam.\n\nJuru bicara Kremlin Dmitry Peskov mengatakan bahwa tidak ada perjanjian yang ditandatangani dalam pertemuan itu.`),
	}
	if err := os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runCommand(t, getenv, "ingest", dir)
	if err == nil {
		t.Fatal("ingest with bad lines succeeded")
	}
	for _, name := range []string{"feed.jsonl:2", "feed.jsonl:4"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error does not name %s: %v", name, err)
		}
	}
	if got := outcomes(t, out); got != "2 0 0 0 2" {
		t.Errorf("new/unchanged/re-extracted/replaced/failed = %s, want 2 0 0 0 2", got)
	}
	if n := count(`MATCH (a:Article) WHERE a.url IN ['https://example.test/satu', 'https://example.test/dua'] AND a.outlet = 'Contoh' RETURN count(a)`); n != 2 {
		t.Errorf("%d of the 2 good lines written", n)
	}
}

func TestIngestEditedFileReplacesItsOldVersion(t *testing.T) {
	getenv, count := ingestGraph(t)
	path := filepath.Join(t.TempDir(), "berita.txt")
	write := func(body string) {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Rusia Kecam AS\n\nJAKARTA - Menteri Luar Negeri Rusia Sergei Lavrov mengecam Amerika Serikat pada Kamis (26/10/2023). \"Washington bermain api,\" kata Lavrov.\n")
	if _, err := runCommand(t, getenv, "ingest", path); err != nil {
		t.Fatal(err)
	}
	write("Rusia Kecam AS\n\nJAKARTA - Menteri Luar Negeri Rusia Sergei Lavrov mengkritik Amerika Serikat pada Jumat (27/10/2023). \"Kami tidak akan diam,\" kata Lavrov.\n")
	out, err := runCommand(t, getenv, "ingest", path)
	if err != nil {
		t.Fatal(err)
	}
	if got := outcomes(t, out); got != "0 0 0 1 0" {
		t.Errorf("new/unchanged/re-extracted/replaced/failed = %s, want 0 0 0 1 0", got)
	}
	if n := count(`MATCH (a:Article) RETURN count(a)`); n != 1 {
		t.Errorf("%d articles after replacing the only one", n)
	}
	if n := count(`MATCH (s:Statement) WHERE s.text CONTAINS 'bermain api' RETURN count(s)`); n != 0 {
		t.Errorf("the old version's statement survived")
	}
}

// graphShape counts nodes per label and relationships per type.
func graphShape(count func(string) int64) map[string]int64 {
	shape := map[string]int64{}
	for _, l := range []string{"Article", "Actor", "Statement", "Event"} {
		shape[l] = count("MATCH (n:" + l + ") RETURN count(n)")
	}
	for _, r := range []string{"MENTIONS", "HOLDS_ROLE", "MADE", "ABOUT", "REPORTED_IN", "ACTED", "ON"} {
		shape[r] = count("MATCH ()-[r:" + r + "]->() RETURN count(r)")
	}
	return shape
}

func TestInterruptedIngestCompletesOnRerunWithoutDuplicates(t *testing.T) {
	getenv, count := ingestGraph(t)
	corpus := writeCorpus(t, 300, 5)
	ingest := func(ctx context.Context) (string, error) {
		var out, errOut bytes.Buffer
		err := run(ctx, []string{"ingest", "-batch", "20", corpus}, stdio{in: strings.NewReader(""), out: &out, err: &errOut, getenv: getenv})
		return out.String(), err
	}

	// Interrupt as Ctrl-C would, once the first batches are in.
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		defer cancel()
		for ctx.Err() == nil && count(`MATCH (a:Article) RETURN count(a)`) < 40 {
			time.Sleep(20 * time.Millisecond)
		}
	}()
	out, err := ingest(ctx)
	cancel()
	if err == nil {
		t.Logf("the ingest finished before the interruption:\n%s", out)
	} else if !strings.Contains(err.Error(), "run the same command again") {
		t.Fatalf("interrupted ingest: %v", err)
	}
	if _, err := ingest(context.Background()); err != nil {
		t.Fatalf("re-run: %v", err)
	}
	resumed := graphShape(count)
	if out, err := ingest(context.Background()); err != nil || outcomes(t, out) != "0 300 0 0 0" {
		t.Fatalf("a third run should find everything stored: %v\n%s", err, out)
	}

	// The same corpus ingested in one go gives the same graph.
	getenv, count = ingestGraph(t)
	if _, err := ingest(context.Background()); err != nil {
		t.Fatal(err)
	}
	if straight := graphShape(count); fmt.Sprint(straight) != fmt.Sprint(resumed) {
		t.Errorf("interrupted and resumed: %v\nin one go:             %v", resumed, straight)
	}
}

func TestIngestNamesBadSettings(t *testing.T) {
	getenv := neo4jEnv(t)
	bad := func(name, value string) func(string) string {
		return func(n string) string {
			if n == name {
				return value
			}
			return getenv(n)
		}
	}
	for name, value := range map[string]string{"DIPLOGRAPH_BATCH_SIZE": "zero", "DIPLOGRAPH_RETRY_TIME": "soon"} {
		if _, err := runCommand(t, bad(name, value), "ingest", "-"); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%s: want an error naming it, got %v", name, value, err)
		}
	}
}

func TestReadLineSkipsOverlongLinesAndKeepsTheNext(t *testing.T) {
	input := strings.Repeat("x", 100) + "\nshort\n" + strings.Repeat("y", 100)
	r := bufio.NewReaderSize(strings.NewReader(input), 16)
	if _, err := readLine(r, 50); !errors.Is(err, errLineTooLong) {
		t.Fatalf("first line: want errLineTooLong, got %v", err)
	}
	if line, err := readLine(r, 50); err != nil || string(line) != "short" {
		t.Fatalf("second line: %q %v", line, err)
	}
	if _, err := readLine(r, 50); !errors.Is(err, errLineTooLong) {
		t.Fatalf("last line without newline: want errLineTooLong, got %v", err)
	}
	if line, err := readLine(r, 50); len(line) != 0 || err == nil {
		t.Fatalf("after the end: %q %v", line, err)
	}
}

func TestIngestReadsOnePageFromStdin(t *testing.T) {
	getenv, count := ingestGraph(t)
	page := "Rusia Kecam AS\n\nJAKARTA - Menteri Luar Negeri Rusia Sergei Lavrov mengecam Amerika Serikat pada Kamis (26/10/2023) karena pengiriman senjata. \"Washington bermain api,\" kata Lavrov.\n\nPemerintah Amerika Serikat belum menanggapi pernyataan itu.\n"
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"ingest", "-"}, stdio{in: strings.NewReader(page), out: &out, err: &errOut, getenv: getenv})
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	if got := outcomes(t, out.String()); got != "1 0 0 0 0" {
		t.Errorf("new/unchanged/re-extracted/replaced/failed = %s, want 1 0 0 0 0", got)
	}
	if n := count(`MATCH (a:Article {source: 'stdin'}) WHERE a.url IS NULL RETURN count(a)`); n != 1 {
		t.Errorf("the page from stdin should be an article with source stdin and no URL")
	}
}

// A page with invalid UTF-8 is repaired and written, and ingest warns about
// it as extract does: a line as it happens, and in the summary.
func TestIngestWarnsOfInvalidUTF8PerArticle(t *testing.T) {
	getenv, count := ingestGraph(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "rusak.txt")
	// "Menteri Luar Negeri" with a Windows-1252 é in a name, as some sites send it.
	page := "Lavrov Kecam AS\n\nJAKARTA - Menteri Luar Negeri Rusia Sergei Lavrov mengecam Amerika Serikat pada Kamis (26/10/2023) di caf\xe9 kedutaan.\n\nPemerintah Amerika Serikat belum menanggapi pernyataan itu.\n"
	writeFile(t, bad, page)
	writeFile(t, filepath.Join(dir, "baik.txt"), storyPage("Halaman Baik", "Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Jepang."))
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"ingest", dir}, stdio{in: strings.NewReader(""), out: &out, err: &errOut, getenv: getenv})
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	if got := outcomes(t, out.String()); got != "2 0 0 0 0" {
		t.Errorf("outcomes %s, want 2 0 0 0 0", got)
	}
	if !strings.Contains(errOut.String(), bad+": warning: invalid UTF-8") {
		t.Errorf("no warning line for %s:\n%s", bad, errOut.String())
	}
	if want := "warnings: 1 article(s) written with repairs (invalid UTF-8, ...): " + bad + "\n"; !strings.Contains(out.String(), want) {
		t.Errorf("the summary does not name the repaired article:\n%s", out.String())
	}
	if n := count(`MATCH (a:Article) WHERE a.source ENDS WITH '/rusak.txt' RETURN count(a)`); n != 1 {
		t.Errorf("the repaired page was not written")
	}
}

// TestReadInputsGiveDatesToPagesWithout: ingest's reader gives -published to
// page files, stdin and JSON Lines records without a date of their own; a
// sidecar's or a record's own date wins.
func TestReadInputsGiveDatesToPagesWithout(t *testing.T) {
	dir := t.TempDir()
	plain, withMeta, feed := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.jsonl")
	writeFile(t, plain, "teks")
	writeFile(t, withMeta, "teks")
	writeFile(t, withMeta+sidecarSuffix, `{"published": "2024-05-06", "title": "Judul"}`)
	writeFile(t, feed, `{"text": "teks", "published": "2024-05-01"}`+"\n"+`{"text": "teks"}`+"\n")
	pages := make(chan diplograph.Page, 10)
	readInputs(context.Background(), []string{dir, "-"}, strings.NewReader("teks"), "2024-05-07", pages)
	close(pages)
	var got []string
	for p := range pages {
		if p.Err != nil {
			t.Fatalf("%s: %v", p.Name, p.Err)
		}
		got = append(got, filepath.Base(p.Name)+" "+p.Doc.Published+" "+p.Doc.Title)
	}
	want := []string{"a.txt 2024-05-07 ", "b.txt 2024-05-06 Judul", "c.jsonl:1 2024-05-01 ", "c.jsonl:2 2024-05-07 ", "stdin 2024-05-07 "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pages %q, want %q", got, want)
	}
}
