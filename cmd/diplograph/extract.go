package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/nlp"
)

const extractUsage = `usage: diplograph extract [-j N] [-published DATE] [FILE|DIR|-]...

Extracts each page and writes one JSON line per article to stdout, in input
order. A DIR is read recursively in name order, taking its *.txt files; -
or no argument reads one page from stdin. A page that fails gets one line on
stderr naming it and the run goes on; the exit status is 1 if any failed.

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
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("%w: %v", errUsage, err)
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
	return extractAll(ctx, x, inputs, *workers, *published, io)
}

// pageJob is one input on its way through extraction.
type pageJob struct {
	name string
	// walkErr is set when the input could not even be listed.
	walkErr error
	done    chan pageResult
}

// pageResult is a page's JSON line, or why it has none.
type pageResult struct {
	line []byte
	err  error
}

// extractAll extracts the inputs on several goroutines and writes the
// results in input order, giving published to the pages without a date of
// their own. At most a few pages per worker are in flight, so memory stays
// flat however many pages are streamed.
func extractAll(ctx context.Context, x *nlp.Extractor, inputs []string, workers int, published string, io stdio) error {
	work := make(chan *pageJob, workers)
	order := make(chan *pageJob, 2*workers)
	go func() {
		defer close(work)
		defer close(order)
		listInputs(ctx, inputs, func(j *pageJob) bool {
			select {
			case order <- j:
			case <-ctx.Done():
				return false
			}
			if j.walkErr != nil {
				j.done <- pageResult{err: j.walkErr}
				return true
			}
			select {
			case work <- j:
				return true
			case <-ctx.Done():
				j.done <- pageResult{err: ctx.Err()}
				return false
			}
		})
	}()
	for range workers {
		go func() {
			for j := range work {
				line, err := extractOne(x, j.name, published, io.in)
				j.done <- pageResult{line, err}
			}
		}()
	}

	out := bufio.NewWriterSize(io.out, 64<<10)
	total, failed := 0, 0
	for j := range order {
		r := <-j.done
		total++
		if r.err != nil {
			failed++
			fmt.Fprintf(io.err, "diplograph extract: %s: %v\n", displayName(j.name), r.err)
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

// listInputs calls emit for every page the arguments name, in order:
// directories recursively in name order, their *.txt files only. It stops
// when emit returns false.
func listInputs(ctx context.Context, inputs []string, emit func(*pageJob) bool) {
	newJob := func(name string, err error) *pageJob {
		return &pageJob{name: name, walkErr: err, done: make(chan pageResult, 1)}
	}
	for _, in := range inputs {
		info, err := os.Stat(in)
		if in == "-" || err != nil || !info.IsDir() {
			if !emit(newJob(in, nil)) {
				return
			}
			continue
		}
		stopped := false
		walkErr := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				stopped = true
				return fs.SkipAll
			}
			if err != nil {
				if !emit(newJob(path, fmt.Errorf("listing: %w", err))) {
					stopped = true
					return fs.SkipAll
				}
				return nil
			}
			if d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".txt") {
				return nil
			}
			if !emit(newJob(path, nil)) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		})
		if stopped || walkErr != nil {
			return
		}
	}
}

// extractOne reads and extracts one page (with its sidecar, and published
// when neither gives a date) and returns its JSON line.
func extractOne(x *nlp.Extractor, name, published string, stdin io.Reader) ([]byte, error) {
	text, err := readPage(name, stdin)
	if err != nil {
		return nil, err
	}
	doc := diplograph.Document{Source: name, Published: published, Text: text}
	if name != "-" {
		if doc, err = fileDocument(name, text, published); err != nil {
			return nil, err
		}
	}
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

// displayName names stdin for error lines.
func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}
