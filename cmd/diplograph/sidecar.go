package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/diplograph/diplograph"
)

// pageMeta is what the source knows of a page beside its text: the fields
// of a JSON Lines record, and of a sidecar.
type pageMeta struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
}

// sidecarSuffix names a page file's sidecar: page.txt.meta.json holds
// {"url", "title", "published", "outlet"} for page.txt, each optional.
const sidecarSuffix = ".meta.json"

// sidecarHelp says in -h how to give what a page file does not print.
const sidecarHelp = `A page file PAGE may have a sidecar PAGE` + sidecarSuffix + `, a JSON object
{"url", "title", "published", "outlet"} (each optional) that overrides what
the page prints; "published" (YYYY-MM-DD or an RFC 3339 time) dates the
story's events and statements where their sentences name no date
(date_source "given"). -published gives that date to every page that comes
without one of its own (from a sidecar or a JSON Lines record).`

// publishedFlag is the -published flag of extract and ingest.
func publishedFlag(fs *flag.FlagSet) *string {
	return fs.String("published", "", "publication date (YYYY-MM-DD or RFC 3339) of pages given without one")
}

// checkPublished refuses a publication date that is neither YYYY-MM-DD nor
// an RFC 3339 time.
func checkPublished(v string) error {
	if v == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, v); err == nil {
		return nil
	}
	if _, err := time.Parse(time.RFC3339, v); err == nil {
		return nil
	}
	return fmt.Errorf("published %q is neither YYYY-MM-DD nor an RFC 3339 time", v)
}

// fileDocument is the document of a page file: its text, what its sidecar
// says (read from path+sidecarSuffix when there is one) and, when neither
// gives a publication date, published.
func fileDocument(path string, text []byte, published string) (diplograph.Document, error) {
	doc := diplograph.Document{Source: path, Text: text}
	meta, err := readSidecar(path)
	if err != nil {
		return doc, err
	}
	doc.URL, doc.Title, doc.Outlet, doc.Published = meta.URL, meta.Title, meta.Outlet, meta.Published
	if doc.Published == "" {
		doc.Published = published
	}
	return doc, nil
}

// readSidecar reads the sidecar of page file path; no sidecar is no
// metadata.
func readSidecar(path string) (pageMeta, error) {
	name := path + sidecarSuffix
	b, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return pageMeta{}, nil
	}
	if err != nil {
		return pageMeta{}, fmt.Errorf("reading its sidecar: %w", err)
	}
	var m pageMeta
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return pageMeta{}, fmt.Errorf("sidecar %s is not a JSON object with url, title, published and outlet: %w", name, err)
	}
	if err := checkPublished(m.Published); err != nil {
		return pageMeta{}, fmt.Errorf("sidecar %s: %w", name, err)
	}
	return m, nil
}
