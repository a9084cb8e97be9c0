package nlp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// segmenter splits paragraphs into sentences and tokens. It knows the
// abbreviations and titles of Indonesian news, keeps a quotation and its
// attribution together, and is built once per process: prose's own
// segmenter is an English model rebuilt on every call.
type segmenter struct {
	// noEnd holds abbreviations (lower case, without the final dot) that
	// are followed by a name or number and so never end a sentence.
	noEnd map[string]bool
	// words caches prose's tokens of the words (runs of non-space
	// characters) met first, up to maxCachedWords of them; nil stands for
	// a word that is its own single token, as most are.
	mu    sync.RWMutex
	words map[string][]string
}

// maxCachedWords bounds the word cache, so memory stays flat (a few MiB)
// over any number of pages; news vocabulary repeats, so the words met
// first serve most of the later pages.
const maxCachedWords = 1 << 15

// titleAbbreviations never end a sentence: titles, ranks, honorifics, street
// and company words. Abbreviations that can end one (dll., dsb., dkk.) are
// not listed: a sentence ends after them exactly when a capital follows.
var titleAbbreviations = []string{
	// Academic and religious titles and degrees.
	"prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "st", "sdr", "sdri", "bpk", "bp", "yth",
	"s.h", "s.e", "s.ip", "s.sos", "s.pd", "s.t", "s.kom", "m.si", "m.sc", "m.a", "m.m", "m.h", "m.pd", "ph.d", "lc",
	// Military and police ranks.
	"jend", "jen", "kol", "letkol", "mayor", "kapt", "letjen", "mayjen", "brigjen", "laksma", "laksda", "laksdya",
	"marsma", "marsda", "marsdya", "kombes", "kompol", "irjen", "komjen", "akbp", "akp", "iptu", "ipda", "serda", "sertu",
	// English titles used in Indonesian text.
	"mr", "mrs", "ms", "gen", "lt", "col", "capt", "sen", "rep", "gov", "pres", "sgt", "adm",
	// Addresses, companies, references and currency.
	"jl", "jln", "gg", "kp", "ds", "kab", "kec", "kel", "prov", "no", "nomor", "hal", "vol", "tel", "telp", "pt", "cv", "ud", "tbk",
	"rp", "a.n", "u.p", "u.b", "vs", "ca", "kr",
}

// newSegmenter builds the segmenter's tables.
func newSegmenter() *segmenter {
	s := &segmenter{noEnd: make(map[string]bool), words: make(map[string][]string)}
	for _, a := range titleAbbreviations {
		s.noEnd[a] = true
	}
	return s
}

// split returns the sentences of the paragraphs in order, with their tokens.
func (s *segmenter) split(paragraphs []string) []sentence {
	var out []sentence
	for i, para := range paragraphs {
		for _, text := range s.sentences(para) {
			out = append(out, sentence{Text: text, Para: i, Tokens: s.tokens(text)})
		}
	}
	return out
}

// tokens returns prose's tokens of a sentence. prose's tokenizer splits at
// white space and then splits each word on its own, so the tokens of a
// sentence are those of its words in order, and a cached word's are reused.
func (s *segmenter) tokens(text string) []string {
	words := strings.Fields(text)
	out := make([]string, 0, len(words)+len(words)/4)
	var missed map[string][]string
	s.mu.RLock()
	for _, w := range words {
		toks, ok := s.words[w]
		switch {
		case !ok:
			toks = proseTokens(w)
			if missed == nil {
				missed = map[string][]string{}
			}
			missed[w] = toks
		case toks == nil:
			out = append(out, w)
			continue
		}
		out = append(out, toks...)
	}
	full := len(s.words) >= maxCachedWords
	s.mu.RUnlock()
	if len(missed) > 0 && !full {
		s.remember(missed)
	}
	return out
}

// remember caches the tokens of words, while there is room.
func (s *segmenter) remember(words map[string][]string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for w, toks := range words {
		if len(s.words) >= maxCachedWords {
			return
		}
		// Copies, so that the cache does not keep the page the word came from.
		if len(toks) == 1 && toks[0] == w {
			toks = nil
		}
		for i := range toks {
			toks[i] = strings.Clone(toks[i])
		}
		s.words[strings.Clone(w)] = toks
	}
}

// sentences splits one paragraph. A sentence ends at . ! ? or … followed by
// a space and a capital, a digit or an opening quote, except after a title
// abbreviation or an initial, and never inside a quotation: a quote of
// several sentences stays one, with the "kata X" that follows it.
func (s *segmenter) sentences(para string) []string {
	para = trimStrayDots(para)
	quotes := quoteSpans(para)
	var out []string
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
		out = appendSentence(out, para[start:end])
		start, i = end, end
	}
	return appendSentence(out, para[start:])
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

// appendSentence adds a sentence unless it is only punctuation ("." left
// behind by a page's markup).
func appendSentence(out []string, text string) []string {
	text = strings.TrimSpace(text)
	if strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return out
	}
	return append(out, text)
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

// proseTokensOnly asks prose for its tokenizer alone: its tagger, entity
// model and English segmenter are not used.
var proseTokensOnly = []prose.DocOpt{prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false)}

// proseTokens returns prose's tokens of a text.
func proseTokens(text string) []string {
	doc, err := prose.NewDocument(text, proseTokensOnly...)
	if err != nil {
		// prose's tokenizer cannot fail; whitespace tokens keep the
		// sentence usable should that ever change.
		return strings.Fields(text)
	}
	toks := doc.Tokens()
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}
