package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/nlp"
)

const extractUsage = `usage: diplograph extract [-j N] [-published DATE] [PATH|-]...

Extracts each page and writes one JSON line per article to stdout, in input
order. It reads what ingest reads: a page (text or HTML; *.txt or any other
file), a JSON Lines file (*.jsonl, one {"url", "title", "published",
"outlet", "text"} object a line), a directory (read recursively in name
order, its *.txt, *.html, *.htm and *.jsonl files), or - (or no PATH) for
one page on stdin. A page that fails gets one line on stderr naming it and
the run goes on; the exit status is 1 if any failed.

` + sidecarHelp

// runExtract is the extract subcommand.
func runExtract(ctx context.Context, args []string, io stdio) error {
	fset := flag.NewFlagSet("extract", flag.ContinueOnError)
	fset.SetOutput(io.err)
	workers := fset.Int("j", runtime.GOMAXPROCS(0), "pages extracted at once")
	published := publishedFlag(fset)
	fset.Usage = func() {
		fmt.Fprintln(io.err, extractUsage)
		fset.PrintDefaults()
	}
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	if *workers < 1 {
		return fmt.Errorf("%w: -j must be at least 1", errUsage)
	}
	if err := checkPublished(*published); err != nil {
		return fmt.Errorf("%w: -published: %v", errUsage, err)
	}
	x, err := nlp.NewExtractor()
	if err != nil {
		return err
	}
	inputs := fset.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	return extractAll(ctx, x, inputs, extractOptions{workers: *workers, published: *published}, io)
}

// pageJob is one page on its way through extraction.
type pageJob struct {
	page diplograph.Page
	done chan pageResult
}

// pageResult is a page's JSON line, or why it has none.
type pageResult struct {
	line []byte
	err  error
}

// extractOptions are extract's settings: pages extracted at once, and the
// publication date of pages given without one.
type extractOptions struct {
	workers   int
	published string
}

// extractAll extracts the pages the inputs name (read as ingest reads them)
// on several goroutines and writes the results in input order. At most a
// few pages per worker are in flight, so memory stays flat however many
// pages are streamed.
func extractAll(ctx context.Context, x *nlp.Extractor, inputs []string, opts extractOptions, io stdio) error {
	workers := opts.workers
	pages := make(chan diplograph.Page)
	go func() {
		defer close(pages)
		readInputs(ctx, inputs, io.in, opts.published, pages)
	}()
	work := make(chan *pageJob, workers)
	order := make(chan *pageJob, 2*workers)
	go func() {
		defer close(work)
		defer close(order)
		for p := range pages {
			j := &pageJob{page: p, done: make(chan pageResult, 1)}
			order <- j
			if p.Err != nil {
				j.done <- pageResult{err: p.Err}
				continue
			}
			work <- j
		}
	}()
	for range workers {
		go func() {
			for j := range work {
				line, err := extractOne(x, j.page.Doc)
				j.done <- pageResult{line, err}
			}
		}()
	}
	return writeInOrder(ctx, order, io)
}

// writeInOrder writes each page's line as its turn comes, and each failure
// on stderr.
func writeInOrder(ctx context.Context, order <-chan *pageJob, io stdio) error {
	out := bufio.NewWriterSize(io.out, 64<<10)
	total, failed := 0, 0
	for j := range order {
		r := <-j.done
		total++
		if r.err != nil {
			failed++
			fmt.Fprintf(io.err, "diplograph extract: %s: %v\n", j.page.Name, r.err)
			continue
		}
		if _, err := out.Write(r.line); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("extract interrupted after %d inputs: %w", total, err)
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d inputs failed", failed, total)
	}
	return nil
}

// extractOne extracts one page and returns its JSON line.
func extractOne(x *nlp.Extractor, doc diplograph.Document) ([]byte, error) {
	art, err := x.Extract(doc)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(art); err != nil {
		return nil, fmt.Errorf("encoding the extraction: %w", err)
	}
	return buf.Bytes(), nil
}

// readPage reads a file, or stdin for "-", never more than one byte past
// nlp.MaxInputBytes, so a huge file costs no more memory than a big page.
func readPage(name string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.Size() > nlp.MaxInputBytes {
			return nil, fmt.Errorf("%w: the file has %d bytes", nlp.ErrTooLarge, info.Size())
		}
		r = f
	}
	text, err := io.ReadAll(io.LimitReader(r, nlp.MaxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	if len(text) > nlp.MaxInputBytes {
		return nil, fmt.Errorf("%w: stopped reading at %d bytes", nlp.ErrTooLarge, len(text))
	}
	return text, nil
}
