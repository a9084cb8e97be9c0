package nlp

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// ruleFiles are the word lists the stages' rules read (data/README.md
// describes each file and its format).
//
//go:embed data/*/*.txt data/*/*.tsv
var ruleFiles embed.FS

// rules are the stages, each with the words it reads from data/ (and, for
// the actors stage, the dictionary and the NER model): built and checked
// by NewExtractor, only read afterwards.
type rules struct {
	lex        *lexicon
	clean      *cleaner
	segment    *segmenter
	actors     *actorRules
	dates      *dateRules
	statements *statementRules
	events     *eventRules
}

// loadRules reads and checks every data file; the error names the first
// bad file and line.
func loadRules(fsys fs.FS, tk *tokenizer) (*rules, error) {
	r, _, err := readRules(fsys, tk)
	return r, err
}

// readRules is loadRules that also returns the names of the files read.
func readRules(fsys fs.FS, tk *tokenizer) (*rules, map[string]bool, error) {
	d := &dataFile{fsys: fsys, read: map[string]bool{}}
	r := &rules{lex: loadLexicon(d, tk)}
	if d.err == nil {
		r.segment = newSegmenter(d, tk)
		r.clean = newCleaner(d, r.lex.calendar, r.segment.sentences)
	}
	if d.err == nil {
		var err error
		if r.actors, err = loadActorRules(d, tk, r.lex); err != nil {
			return nil, d.read, err
		}
		r.dates = loadDateRules(d, tk, r.lex.calendar)
		r.statements = loadStatementRules(d, tk, r.lex)
		r.events = loadEventRules(d, tk, r.lex)
	}
	if d.err != nil {
		return nil, d.read, d.err
	}
	return r, d.read, nil
}

// dataRow is one line of a data file: its fields and its line number.
type dataRow struct {
	line   int
	fields []string
}

// dataFile reads data files and says where a bad line is. The first error
// met is kept and later reads are skipped, so a loader reads all its files
// and checks err once.
type dataFile struct {
	fsys fs.FS
	err  error
	// read lists the files read, so a test can tell that none is left out.
	read map[string]bool
}

// lineError names the file and line of a bad entry.
func lineError(name string, line int, format string, args ...any) error {
	return fmt.Errorf("data/%s:%d: %s", name, line, fmt.Sprintf(format, args...))
}

// lines returns the lines of a data file that are neither blank nor
// comments (starting with #), each as one field.
func (d *dataFile) lines(name string) []dataRow {
	if d.err != nil {
		return nil
	}
	d.read[name] = true
	b, err := fs.ReadFile(d.fsys, "data/"+name)
	if err != nil {
		d.err = fmt.Errorf("reading data/%s: %w", name, err)
		return nil
	}
	var out []dataRow
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, dataRow{line: i + 1, fields: []string{line}})
		}
	}
	return out
}

// rows reads a table: a header line naming the columns, then one entry per
// line, fields separated by tabs. A column named with a trailing "?" is
// optional: rows may leave it out or empty. Every other field must be
// non-empty, and no field may have a space at either end.
func (d *dataFile) rows(name string, columns ...string) []dataRow {
	lines := d.lines(name)
	if d.err != nil {
		return nil
	}
	header := strings.ReplaceAll(strings.Join(columns, "\t"), "?", "")
	if len(lines) == 0 || lines[0].fields[0] != header {
		at := 1
		if len(lines) > 0 {
			at = lines[0].line
		}
		d.err = lineError(name, at, "the first line must be the header %q", header)
		return nil
	}
	out := lines[1:]
	for i, l := range out {
		n := l.line
		fields := strings.Split(l.fields[0], "\t")
		if len(fields) > len(columns) {
			d.err = lineError(name, n, "%d fields, want at most %d (%s)", len(fields), len(columns), header)
			return nil
		}
		for k, c := range columns {
			optional := strings.HasSuffix(c, "?")
			switch {
			case k >= len(fields) && optional:
				fields = append(fields, "")
			case k >= len(fields):
				d.err = lineError(name, n, "no %s field (columns: %s)", c, header)
				return nil
			case fields[k] == "" && !optional:
				d.err = lineError(name, n, "empty %s field", c)
				return nil
			case strings.TrimSpace(fields[k]) != fields[k]:
				d.err = lineError(name, n, "space around the %s field %q", strings.TrimSuffix(c, "?"), fields[k])
				return nil
			}
		}
		out[i].fields = fields
	}
	return out
}

// words reads a list: one word or phrase per line, no header; blank lines
// and lines starting with # are left out.
func (d *dataFile) words(name string) wordSet {
	set := wordSet{}
	for _, r := range d.lines(name) {
		if !d.entry(name, r.line, r.fields[0], set) {
			return nil
		}
		set[r.fields[0]] = true
	}
	return set
}

// entry checks one word or phrase of a list: lower case, single spaces,
// and not already in set.
func (d *dataFile) entry(name string, line int, w string, set wordSet) bool {
	switch {
	case d.err != nil:
		return false
	case strings.ToLower(w) != w:
		d.err = lineError(name, line, "%q is not in lower case", w)
	case strings.Join(strings.Fields(w), " ") != w:
		d.err = lineError(name, line, "%q has other white space than single spaces", w)
	case set != nil && set[w]:
		d.err = lineError(name, line, "%q is listed twice", w)
	}
	return d.err == nil
}

// classes reads a table "word<TAB>class" into one set per class. Every
// class in want must have words, and no other class may appear: a
// misspelt class would otherwise be a list no rule reads.
func (d *dataFile) classes(name string, want ...string) map[string]wordSet {
	out := map[string]wordSet{}
	for _, c := range want {
		out[c] = wordSet{}
	}
	for _, r := range d.rows(name, "word", "class") {
		w, c := r.fields[0], r.fields[1]
		set, ok := out[c]
		if !ok {
			d.err = lineError(name, r.line, "unknown class %q (known: %s)", c, strings.Join(want, ", "))
			return nil
		}
		if !d.entry(name, r.line, w, set) {
			return nil
		}
		set[w] = true
	}
	for _, c := range want {
		if d.err == nil && len(out[c]) == 0 {
			d.err = fmt.Errorf("data/%s: no word of class %q", name, c)
		}
	}
	return out
}

// tokenWords is words for a list whose entries are compared with one token
// of the text: each must read as exactly one token (tokenWord).
func (d *dataFile) tokenWords(tk *tokenizer, name string) wordSet {
	set := wordSet{}
	for _, r := range d.lines(name) {
		if !d.tokenWord(tk, name, r.line, r.fields[0], set) {
			return nil
		}
		set[r.fields[0]] = true
	}
	return set
}

// tokenClasses is classes for words compared with one token of the text.
func (d *dataFile) tokenClasses(tk *tokenizer, name string, want ...string) map[string]wordSet {
	out := d.classes(name, want...)
	for _, r := range d.rows(name, "word", "class") {
		if !d.tokenWord(tk, name, r.line, r.fields[0], nil) {
			return nil
		}
	}
	return out
}

// tokenWord checks an entry that is compared with one token of the text:
// it must be one token as the tokenizer reads it (a word with no hyphen, or
// one punctuation mark), else it could never match.
func (d *dataFile) tokenWord(tk *tokenizer, name string, line int, w string, set wordSet) bool {
	if !d.entry(name, line, w, set) {
		return false
	}
	if toks := tk.tokens(w, nil); len(toks) != 1 || toks[0].low != w {
		d.err = lineError(name, line, "%q is not one token of the text (a hyphen or a mark splits it), so it never matches", w)
	}
	return d.err == nil
}

// phrase checks an entry that is matched as a phrase of words: it must read
// as words only, with no hyphen or punctuation, else it could never match.
func (d *dataFile) phrase(tk *tokenizer, name string, line int, p string, set wordSet) bool {
	if !d.entry(name, line, p, set) {
		return false
	}
	if tk.key(p) != p {
		d.err = lineError(name, line, "%q is not words alone (a hyphen or a mark splits it), so it never matches", p)
	}
	return d.err == nil
}

// oneOf checks that a field holds one of the allowed values.
func (d *dataFile) oneOf(name string, line int, column, v string, allowed ...string) bool {
	if d.err == nil && !slices.Contains(allowed, v) {
		d.err = lineError(name, line, "%s %q is none of %s", column, v, strings.Join(allowed, ", "))
	}
	return d.err == nil
}

// flags reads a field of comma-separated flags, each one of allowed.
func (d *dataFile) flags(name string, line int, v string, allowed ...string) map[string]bool {
	out := map[string]bool{}
	if v == "" {
		return out
	}
	for _, f := range strings.Split(v, ",") {
		if !d.oneOf(name, line, "flag", f, allowed...) {
			return nil
		}
		if out[f] {
			d.err = lineError(name, line, "flag %q given twice", f)
			return nil
		}
		out[f] = true
	}
	return out
}
