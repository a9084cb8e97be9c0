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

// position is where in its inputs a reader stopped: at the page it had in
// hand, a line of a JSON Lines file or a whole file, handed over or not.
type position struct {
	// input is the index of the argument being read.
	input int
	path  string
	// line is the JSON Lines line, 0 for a page file.
	line int
	// handed says the page went out: the reader stopped after it.
	handed bool
}

// readInputs sends every page the inputs name to out, in order, until ctx
// ends. A page that cannot be read is sent with its error, and the rest go
// on. published dates the pages that come without a date of their own.
// When ctx ends first, it returns where it stopped (stopped is true).
func readInputs(ctx context.Context, inputs []string, stdin io.Reader, published string, out chan<- diplograph.Page) (at position, stopped bool) {
	send := func(p diplograph.Page) bool {
		select {
		case out <- p:
			at.handed = true
			return true
		case <-ctx.Done():
			return false
		}
	}
	for i, in := range inputs {
		at = position{input: i}
		if !eachInputFile(ctx, in, func(path string, err error) bool {
			at.path, at.line, at.handed = path, 0, false
			switch {
			case err != nil:
				return send(diplograph.Page{Name: path, Err: err})
			case path == "-":
				text, err := readPage("-", stdin)
				return send(diplograph.Page{Name: "stdin", Doc: diplograph.Document{Source: "stdin", Published: published, Text: text}, Err: err})
			case isJSONL(path):
				return readJSONL(path, published, func(line int, p diplograph.Page) bool {
					at.line, at.handed = line, false
					return send(p)
				})
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
			return at, true
		}
	}
	return position{}, false
}

// countUnread counts the pages of the inputs a reader that stopped at at
// did not hand over, and names the first of them. It reads no page, only
// lists files and counts the lines of JSON Lines files.
func countUnread(inputs []string, at position) (n int, first string) {
	for i, in := range inputs[at.input:] {
		reached := i > 0
		eachInputFile(context.Background(), in, func(path string, err error) bool {
			if !reached && path != at.path {
				return true
			}
			from, skip := 1, false
			if !reached {
				reached = true
				from, skip = max(at.line, 1), at.handed
				if at.handed {
					from++
				}
			}
			name := path
			switch {
			case err == nil && isJSONL(path):
				records, line := countRecords(path, from)
				n, name = n+records, fmt.Sprintf("%s:%d", path, line)
				skip = records == 0
			case !skip:
				n++
			}
			if first == "" && !skip {
				first = name
			}
			return true
		})
	}
	return n, first
}

// eachInputFile calls visit with in itself, or for a directory with each of
// its pages (*.txt, *.html, *.htm) and *.jsonl files, recursively in name
// order. It returns false once visit does or ctx ends.
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
		} else if !d.IsDir() && (isJSONL(path) || isPageFile(path)) {
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

// isPageFile says whether a file in a directory is a page: text, or HTML
// as saved from a browser, which extraction reads from its markup.
func isPageFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}

// readJSONL sends each record of a JSON Lines file, named path:line, with
// its line number. A bad line is sent with its error and the lines after it
// are still read. published dates the records without a date of their own.
func readJSONL(path, published string, send func(line int, p diplograph.Page) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return send(1, diplograph.Page{Name: path, Err: err})
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
			return send(n, diplograph.Page{Name: name, Err: fmt.Errorf("reading: %w", err)})
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			s = jsonlSource(name, line, published)
		}
		if !send(n, s) {
			return false
		}
		if errors.Is(err, io.EOF) {
			return true
		}
	}
}

// countRecords counts the records of a JSON Lines file from line from on,
// its lines that are not blank, and gives the line of the first.
func countRecords(path string, from int) (n, first int) {
	f, err := os.Open(path)
	if err != nil {
		return 1, 1 // one page that cannot be read
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 256<<10)
	for line := 1; ; line++ {
		text, err := readLine(r, maxJSONLine)
		if line >= from && (len(bytes.TrimSpace(text)) > 0 || errors.Is(err, errLineTooLong)) {
			if n++; first == 0 {
				first = line
			}
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			return n, first
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

// fileURL names a page read from a file by a file: URL of its path as
// given (relative stays relative), so that editing the file and ingesting
// it again replaces what its old version contributed, as for a web page
// fetched again, and no absolute path of the machine that read it ends up
// in the graph unless one was given.
func fileURL(path string) string {
	p := filepath.ToSlash(filepath.Clean(path))
	if filepath.IsAbs(path) {
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return "file:" + (&url.URL{Path: p}).EscapedPath()
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
