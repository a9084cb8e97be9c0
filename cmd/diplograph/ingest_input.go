package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/nlp"
)

// jsonlPage is one line of a JSON Lines input.
type jsonlPage struct {
	pageMeta
	Text string `json:"text"`
}

// maxJSONLine bounds one JSON Lines record: the largest page Extract takes,
// with room for JSON escaping and the other fields.
const maxJSONLine = 2*nlp.MaxInputBytes + 64<<10

// readInputs sends every page the inputs name to out, in order, until ctx
// ends. A page that cannot be read is sent with its error, and the rest go
// on. published dates the pages that come without a date of their own.
func readInputs(ctx context.Context, inputs []string, stdin io.Reader, published string, out chan<- diplograph.Page) {
	send := func(s diplograph.Page) bool {
		select {
		case out <- s:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for _, in := range inputs {
		if !eachInputFile(ctx, in, func(path string, err error) bool {
			switch {
			case err != nil:
				return send(diplograph.Page{Name: path, Err: err})
			case path == "-":
				text, err := readPage("-", stdin)
				return send(diplograph.Page{Name: "stdin", Doc: diplograph.Document{Source: "stdin", Published: published, Text: text}, Err: err})
			case isJSONL(path):
				return readJSONL(path, published, send)
			default:
				text, err := readPage(path, nil)
				if err != nil {
					return send(diplograph.Page{Name: path, Err: err})
				}
				doc, err := fileDocument(path, text, published)
				if doc.URL == "" {
					doc.URL = fileURL(path)
				}
				return send(diplograph.Page{Name: path, Doc: doc, Err: err})
			}
		}) {
			return
		}
	}
}

// eachInputFile calls visit with in itself, or for a directory with each of
// its *.txt and *.jsonl files, recursively in name order. It returns false
// once visit does or ctx ends.
func eachInputFile(ctx context.Context, in string, visit func(path string, err error) bool) bool {
	if in == "-" {
		return visit(in, nil)
	}
	info, err := os.Stat(in)
	if err != nil {
		return visit(in, err)
	}
	if !info.IsDir() {
		return visit(in, nil)
	}
	goOn := true
	filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			goOn = false
		} else if err != nil {
			goOn = visit(path, fmt.Errorf("listing: %w", err))
		} else if !d.IsDir() && (isJSONL(path) || strings.EqualFold(filepath.Ext(path), ".txt")) {
			goOn = visit(path, nil)
		}
		if !goOn {
			return fs.SkipAll
		}
		return nil
	})
	return goOn
}

func isJSONL(path string) bool { return strings.EqualFold(filepath.Ext(path), ".jsonl") }

// readJSONL sends each record of a JSON Lines file, named path:line. A bad
// line is sent with its error and the lines after it are still read.
// published dates the records without a date of their own.
func readJSONL(path, published string, send func(diplograph.Page) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return send(diplograph.Page{Name: path, Err: err})
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 256<<10)
	for n := 1; ; n++ {
		line, err := readLine(r, maxJSONLine)
		name := fmt.Sprintf("%s:%d", path, n)
		if errors.Is(err, io.EOF) && len(line) == 0 {
			return true
		}
		var s diplograph.Page
		switch {
		case errors.Is(err, errLineTooLong):
			s = diplograph.Page{Name: name, Err: fmt.Errorf("%w: the line has more than %d bytes", nlp.ErrTooLarge, maxJSONLine)}
		case err != nil && !errors.Is(err, io.EOF):
			return send(diplograph.Page{Name: name, Err: fmt.Errorf("reading: %w", err)})
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			s = jsonlSource(name, line, published)
		}
		if !send(s) {
			return false
		}
		if errors.Is(err, io.EOF) {
			return true
		}
	}
}

func jsonlSource(name string, line []byte, published string) diplograph.Page {
	var p jsonlPage
	if err := json.Unmarshal(line, &p); err != nil {
		return diplograph.Page{Name: name, Err: fmt.Errorf("not a JSON object with url, title, published, outlet and text: %w", err)}
	}
	if p.URL != "" {
		name += " (" + p.URL + ")"
	}
	if p.Published == "" {
		p.Published = published
	}
	return diplograph.Page{Name: name, Doc: diplograph.Document{
		Source: name, URL: p.URL, Title: p.Title, Outlet: p.Outlet, Published: p.Published, Text: []byte(p.Text),
	}}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its newline. A line longer than max is
// skipped to its end and reported with errLineTooLong, so that one huge
// record costs no memory and loses no other record.
func readLine(r *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return nil, errLineTooLong
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// fileURL names a page read from a file by its absolute file: URL, so that
// editing the file and ingesting it again replaces what its old version
// contributed, as for a web page fetched again.
func fileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// countPages counts, roughly and cheaply, the pages the inputs hold: one per
// page file, one per line of a JSON Lines file; -1 when stdin is among them.
func countPages(ctx context.Context, inputs []string) int {
	total := 0
	for _, in := range inputs {
		eachInputFile(ctx, in, func(path string, err error) bool {
			switch {
			case path == "-":
				total = -1
			case err == nil && isJSONL(path):
				if total >= 0 {
					total += countLines(path)
				}
			case total >= 0:
				total++
			}
			return total >= 0 && ctx.Err() == nil
		})
	}
	return total
}

func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	buf := make([]byte, 1<<20)
	n, last := 0, byte('\n')
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if k > 0 {
			last = buf[k-1]
		}
		if err != nil {
			break
		}
	}
	if last != '\n' {
		n++
	}
	return n
}
