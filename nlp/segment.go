package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// segmenter is the second stage: it splits the page's title and
// paragraphs into units of tokens and their sentences. It knows the
// abbreviations and titles of Indonesian news (data/segment/), keeps a
// quotation and its attribution together, and is built once per process:
// prose's own segmenter is an English model rebuilt on every call.
type segmenter struct {
	tk *tokenizer
	// noEnd holds abbreviations (lower case, without the final dot) that
	// are followed by a name or number and so never end a sentence.
	noEnd wordSet
}

// newSegmenter reads the abbreviations.
func newSegmenter(d *dataFile, tk *tokenizer) *segmenter {
	return &segmenter{tk: tk, noEnd: d.words("segment/abbreviations.txt")}
}

// segmented is the segment stage's output: the title (when the page has
// one) and the body's paragraphs as units of tokens, and their sentences in
// reading order. Later stages point into it by unit and token index.
type segmented struct {
	units []unit
	sents []sentence
	// bodySentences counts the body's sentences before any were cut
	// (segment's max).
	bodySentences int
}

// unit is the title or one paragraph of the body.
type unit struct {
	text  string
	toks  []token
	title bool
	// firstSent and endSent bound the unit's sentences in segmented.sents.
	firstSent, endSent int
}

// sentence is tokens [ts, te) of a unit; text is them as written, with
// white space tidied.
type sentence struct {
	unit, ts, te int
	text         string
}

// segment splits the title into one sentence and each paragraph into its
// sentences. Of a body of more than max sentences only the first max are
// kept, the paragraph holding the last cut after it; bodySentences says how
// many there were.
func (s *segmenter) segment(title string, paragraphs []string, max int) segmented {
	var out segmented
	if t := strings.TrimSpace(title); t != "" {
		out.addUnit(s.tk, t, true, nil)
	}
	ranges := make([][][2]int, len(paragraphs))
	for i, para := range paragraphs {
		ranges[i] = s.sentences(para)
		out.bodySentences += len(ranges[i])
	}
	kept := 0
	for i, para := range paragraphs {
		rs := ranges[i]
		if kept+len(rs) > max {
			rs = rs[:max-kept]
			if len(rs) == 0 {
				break
			}
			para = para[:rs[len(rs)-1][1]]
		}
		out.addUnit(s.tk, para, false, rs)
		if kept += len(rs); kept >= max {
			break
		}
	}
	return out
}

// addUnit tokenizes a unit and gives its sentences their token ranges: a
// sentence's tokens are those starting before its end; tokens left after
// the last sentence (stray punctuation) go with it, and a unit without
// sentences is one.
func (out *segmented) addUnit(tk *tokenizer, text string, title bool, sents [][2]int) {
	u := unit{text: text, toks: tk.tokens(text, nil), title: title, firstSent: len(out.sents)}
	ui := len(out.units)
	ti := 0
	for _, r := range sents {
		start := ti
		for ti < len(u.toks) && u.toks[ti].start < r[1] {
			ti++
		}
		if ti > start {
			out.sents = append(out.sents, sentence{unit: ui, ts: start, te: ti})
		}
	}
	if ti < len(u.toks) {
		if len(out.sents) > u.firstSent {
			out.sents[len(out.sents)-1].te = len(u.toks)
		} else {
			out.sents = append(out.sents, sentence{unit: ui, ts: 0, te: len(u.toks)})
		}
	}
	u.endSent = len(out.sents)
	for k := u.firstSent; k < u.endSent; k++ {
		r := &out.sents[k]
		r.text = tidySpace(text[u.toks[r.ts].start:u.toks[r.te-1].end])
	}
	out.units = append(out.units, u)
}

// sentOf returns the index of the sentence holding token i of unit ui.
func (g *segmented) sentOf(ui, i int) int {
	u := &g.units[ui]
	for s := u.firstSent; s < u.endSent; s++ {
		if i < g.sents[s].te {
			return s
		}
	}
	return u.endSent - 1
}

// surface is the text of tokens [ts, te) of a unit as written.
func (u *unit) surface(ts, te int) string {
	return u.text[u.toks[ts].start:u.toks[te-1].end]
}

// sentences splits one paragraph into the byte ranges of its sentences,
// white space around them left out. A sentence ends at . ! ? or … followed
// by a space and a capital, a digit or an opening quote, except after a
// title abbreviation or an initial, and never inside a quotation: a quote
// of several sentences stays one, with the "kata X" that follows it.
func (s *segmenter) sentences(para string) [][2]int {
	para = trimStrayDots(para)
	quotes := quoteSpans(para)
	var out [][2]int
	start := 0
	for i := 0; i < len(para); {
		r, size := utf8.DecodeRuneInString(para[i:])
		if !strings.ContainsRune(".!?…", r) {
			i += size
			continue
		}
		end := i + size
		for end < len(para) && strings.ContainsRune(".!?", rune(para[end])) {
			end++
		}
		end = skipClosers(para, end)
		if insideQuote(quotes, i, end) {
			i = end
			continue
		}
		if end < len(para) && !gluedStart(para, i, end) && (para[end] != ' ' || !opensSentence(para[end+1:])) {
			i = end
			continue
		}
		if r == '.' && end-i == 1 && !s.canEndAt(para, i) {
			i = end
			continue
		}
		out = appendSentence(out, para, start, end)
		start, i = end, end
	}
	return appendSentence(out, para, start, len(para))
}

// trimStrayDots drops punctuation left alone at a paragraph's end by a
// page's markup ("katanya. ." becomes "katanya.").
func trimStrayDots(para string) string {
	for {
		t := strings.TrimRight(para, " ")
		if t == "" || (t[len(t)-1] != '.' && t[len(t)-1] != ',') {
			return para
		}
		before := strings.TrimRight(t[:len(t)-1], " ")
		if len(before) == len(t)-1 {
			return para
		}
		para = before
	}
}

// appendSentence adds the sentence para[start:end], white space around it
// left out, unless it is only punctuation ("." left behind by a page's
// markup).
func appendSentence(out [][2]int, para string, start, end int) [][2]int {
	text := para[start:end]
	if strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return out
	}
	start += len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	end -= len(text) - len(strings.TrimRightFunc(text, unicode.IsSpace))
	return append(out, [2]int{start, end})
}

// canEndAt reports whether the dot at i can end a sentence: not after a
// title abbreviation, a dotted abbreviation ("S.H", "a.n") or an initial
// ("Joe R. Biden").
func (s *segmenter) canEndAt(text string, i int) bool {
	wordStart := strings.LastIndexAny(text[:i], " ([\"“‘'") + 1
	word := text[wordStart:i]
	if word == "" {
		return true
	}
	if s.noEnd[strings.ToLower(word)] {
		return false
	}
	first, n := utf8.DecodeRuneInString(word)
	if n == len(word) && unicode.IsUpper(first) {
		return false
	}
	return !isDottedAbbreviation(word)
}

// isDottedAbbreviation reports whether word is letters separated by dots
// in groups of at most three ("S.H", "M.Si", "a.n", "Ph.D").
func isDottedAbbreviation(word string) bool {
	groups := strings.Split(word, ".")
	if len(groups) < 2 {
		return false
	}
	for _, g := range groups {
		if g == "" || utf8.RuneCountInString(g) > 3 || strings.IndexFunc(g, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// skipClosers moves past closing quotes and brackets right after a
// sentence's final punctuation.
func skipClosers(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(`"”’')]`, r) {
			break
		}
		i += size
	}
	return i
}

// gluedStart reports whether a sentence starts at end with no space after
// the stop at i, as pages that lost their markup's line breaks print them
// ("di Rusia.Kantor berita ..."): a lower-case letter before the stop and a
// capitalised word after it. Domains ("Kompas.com", "KONTAN.CO.ID") and
// dotted abbreviations ("S.H.", "M.Si.") do not have that shape.
func gluedStart(text string, i, end int) bool {
	if end == i || end >= len(text) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	first, n := utf8.DecodeRuneInString(text[end:])
	second, _ := utf8.DecodeRuneInString(text[end+n:])
	return unicode.IsLower(before) && unicode.IsUpper(first) && unicode.IsLower(second)
}

// opensSentence reports whether text (after the space) starts a sentence.
func opensSentence(text string) bool {
	text = strings.TrimLeft(text, " ")
	r, size := utf8.DecodeRuneInString(text)
	if strings.ContainsRune(`"“‘'(`, r) {
		r, _ = utf8.DecodeRuneInString(text[size:])
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// quoteSpan is the byte range of a quotation, its marks included.
type quoteSpan struct{ from, to int }

// quoteSpans finds the quotations of a paragraph: “...”, ‘...’ and "..."
// pairs. An opening mark that is never closed quotes nothing, so one stray
// mark cannot swallow the rest of a paragraph. A paragraph with more than
// maxQuotes quotations is not news prose, and its quotes are ignored so
// that splitting it stays linear.
func quoteSpans(text string) []quoteSpan {
	var spans []quoteSpan
	open := map[rune]int{'“': -1, '‘': -1, '"': -1}
	for i, r := range text {
		switch r {
		case '“', '‘':
			if open[r] < 0 {
				open[r] = i
			}
		case '”', '’':
			opener := '“'
			if r == '’' {
				opener = '‘'
			}
			if open[opener] >= 0 {
				spans = append(spans, quoteSpan{open[opener], i})
				open[opener] = -1
			}
		case '"':
			if open['"'] < 0 {
				open['"'] = i
			} else {
				spans = append(spans, quoteSpan{open['"'], i})
				open['"'] = -1
			}
		}
	}
	if len(spans) > maxQuotes {
		return nil
	}
	return spans
}

const maxQuotes = 64

// insideQuote reports whether the punctuation at i, with its closing marks
// up to end, lies inside a quotation that goes on after it.
func insideQuote(spans []quoteSpan, i, end int) bool {
	for _, sp := range spans {
		if i > sp.from && i < sp.to && sp.to >= end {
			return true
		}
	}
	return false
}
