package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one tokenized sentence with one BIO label per token
// ("O", "B-PERSON", "I-PERSON", ...).
type Sentence struct {
	Tokens []string
	Labels []string
}

// maxLineBytes bounds one line of training data, so a binary or corrupt file
// fails with a clear error instead of growing a buffer without limit.
const maxLineBytes = 64 << 10

// ReadSentences reads the token-per-line format of IndoNLU: "token<TAB>label"
// on each line, a blank line between sentences. Labels must be BIO labels.
func ReadSentences(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLineBytes)
	var (
		out []Sentence
		cur Sentence
	)
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
			cur = Sentence{}
		}
	}
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		token, label, ok := strings.Cut(text, "\t")
		if !ok || token == "" || strings.Contains(label, "\t") {
			return nil, fmt.Errorf("line %d: want token<TAB>label, got %q", line, text)
		}
		if !validLabel(label) {
			return nil, fmt.Errorf("line %d: label %q is not O, B-TYPE or I-TYPE", line, label)
		}
		cur.Tokens = append(cur.Tokens, token)
		cur.Labels = append(cur.Labels, label)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading sentences: %w", err)
	}
	flush()
	return out, nil
}

func validLabel(label string) bool {
	if label == "O" {
		return true
	}
	return len(label) > 2 && (label[:2] == "B-" || label[:2] == "I-")
}

// Entity is a named entity found in a sentence: tokens [Start, End) of type
// Label (PERSON, ORGANISATION or PLACE for the shipped model).
type Entity struct {
	Start, End int
	Label      string
}

// spans decodes BIO labels into entities the way conlleval does: an I- label
// that does not continue an entity of its own type starts a new one.
func spans(labels []string) []Entity {
	var out []Entity
	open := -1
	for i, l := range labels {
		kind := ""
		if l != "O" {
			kind = l[2:]
		}
		if open >= 0 && (kind == "" || l[0] == 'B' || out[open].Label != kind) {
			out[open].End = i
			open = -1
		}
		if kind != "" && open < 0 {
			out = append(out, Entity{Start: i, Label: kind})
			open = len(out) - 1
		}
	}
	if open >= 0 {
		out[open].End = len(labels)
	}
	return out
}
