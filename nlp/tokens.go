package nlp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// token is a word or a punctuation mark of a text unit (a paragraph or the
// title), with its byte offsets so that spans can be cut from the text as
// written. Words are split at inner hyphens ("Jong-un" is "Jong" + "un",
// "Korea Utara-Rusia" is three words) so that spellings with and without
// hyphens match the same entries.
type token struct {
	start, end int
	// low is the lower-cased word, or the punctuation mark itself.
	low  string
	word bool
	// upper: the word starts with an upper-case letter; caps: it has two or
	// more letters, all upper-case (an acronym such as "AS" or "KCNA").
	upper, caps bool
	// joined: attached to the previous word by a hyphen, with no space.
	joined bool
}

// tokenizer splits text into tokens with prose's tokenizer. prose splits at
// white space, splits punctuation off the ends of words and English
// clitics off their words ("People's" is "People" + "'s"), but it gives no
// offsets and writes curly quotes as straight ones, while the analysis
// needs both: where a name stands in the text as written, and which way a
// quotation mark faces. So each of prose's tokens is found back in the text
// (aligned to its bytes), and split where prose leaves several of the
// analysis's tokens in one: at inner hyphens and punctuation ("Jong-un",
// "11/8", "L.P."), and before a mark prose keeps on a word ("‘Kata",
// "Kim." after a short capitalized word). Text prose drops (it loses what
// follows an apostrophe it cannot split, as in "Mu'min") is tokenized the
// same way, so no byte of the text is left out.
//
// prose tokenizes each run of non-space characters (a word) on its own, so
// a text's tokens are its words' tokens in order. The tokens of the words
// met first are cached, up to maxCachedWords of them; news vocabulary
// repeats, so prose runs for a few words a page. Safe for concurrent use.
type tokenizer struct {
	mu sync.RWMutex
	// words maps a word to its tokens, offsets from the word's start; nil
	// stands for a word that is one lower-case word token, as most are.
	words map[string][]token
}

// maxCachedWords bounds the word cache, so memory stays flat (a few MiB)
// over any number of pages.
const maxCachedWords = 1 << 15

func newTokenizer() *tokenizer {
	return &tokenizer{words: make(map[string][]token)}
}

// tokens appends the tokens of text to dst[:0].
func (tk *tokenizer) tokens(text string, dst []token) []token {
	if dst == nil {
		dst = make([]token, 0, len(text)/6+4)
	}
	dst = dst[:0]
	var missed map[string][]token
	tk.mu.RLock()
	for i := 0; i < len(text); {
		if size := spaceAt(text, i); size > 0 {
			i += size
			continue
		}
		j := i + 1
		for j < len(text) && spaceAt(text, j) == 0 {
			j++
		}
		w := text[i:j]
		toks, ok := tk.words[w]
		if !ok {
			toks = wordTokens(w)
			if missed == nil {
				missed = map[string][]token{}
			}
			missed[w] = toks
		}
		if toks == nil {
			dst = append(dst, token{start: i, end: j, low: w, word: true})
		}
		for _, t := range toks {
			t.start += i
			t.end += i
			dst = append(dst, t)
		}
		i = j
	}
	full := len(tk.words) >= maxCachedWords
	tk.mu.RUnlock()
	if len(missed) > 0 && !full {
		tk.remember(missed)
	}
	return dst
}

// spaceAt returns the length of the white space character at text[i], or
// 0 when there is none (ASCII, the common case, is read without decoding).
func spaceAt(text string, i int) int {
	if c := text[i]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// remember caches the tokens of words, while there is room.
func (tk *tokenizer) remember(words map[string][]token) {
	tk.mu.Lock()
	defer tk.mu.Unlock()
	for w, toks := range words {
		if len(tk.words) >= maxCachedWords {
			return
		}
		// Copies, so that the cache does not keep the page the word came from.
		w = strings.Clone(w)
		for i := range toks {
			toks[i].low = strings.Clone(toks[i].low)
		}
		tk.words[w] = toks
	}
}

// wordTokens tokenizes one word (a run of non-space characters): prose's
// tokens, aligned to the word's bytes (proseSpans) and split further
// (splitPiece). Offsets are from the word's start. A word that is a single
// lower-case word token gives nil.
func wordTokens(w string) []token {
	var out []token
	for _, p := range proseSpans(w) {
		out = splitPiece(w, p.start, p.end, p.clitic, out)
	}
	if len(out) == 1 && out[0].word && out[0].low == w {
		return nil
	}
	return out
}

// proseSpan is the bytes of a word that prose gave as one token.
type proseSpan struct {
	start, end int
	// clitic: an English clitic prose split off the word before it
	// ("'s" of "People's"), which stays a word of its own.
	clitic bool
}

// proseSpans aligns prose's tokens of a word to its bytes. Text that
// prose dropped goes with the token before it ("Mu'min", of which prose
// keeps "Mu"), so the spans cover the word.
func proseSpans(w string) []proseSpan {
	var out []proseSpan
	at := 0
	fill := func(to int) {
		if n := len(out); n > 0 {
			out[n-1].end, out[n-1].clitic = to, false
		} else {
			out = append(out, proseSpan{start: at, end: to})
		}
	}
	for _, p := range proseTokens(w) {
		start, end, ok := alignProse(w, at, p)
		if !ok {
			continue // its text goes with the span before it
		}
		if start > at {
			fill(start)
		}
		out = append(out, proseSpan{start: start, end: end, clitic: isClitic(w, start, end)})
		at = end
	}
	if at < len(w) {
		fill(len(w))
	}
	return out
}

// proseTokensOnly asks prose for its tokenizer alone: its tagger, entity
// model and English segmenter are not used.
var proseTokensOnly = []prose.DocOpt{prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false)}

// proseTokens returns prose's tokens of a word, or nil for a word prose
// cannot read: prose finds clitics by their place in the word's lower-cased
// copy and cuts the word there, so a word that lower-casing makes longer
// (invalid UTF-8, a letter such as "İ") would be cut in the wrong place or
// make it panic. Such a word is split by splitPiece alone.
func proseTokens(text string) []string {
	if len(strings.ToLower(text)) != len(text) {
		return nil
	}
	doc, err := prose.NewDocument(text, proseTokensOnly...)
	if err != nil {
		// prose's tokenizer cannot fail; with no tokens the word is split
		// by splitPiece alone should that ever change.
		return nil
	}
	toks := doc.Tokens()
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// proseQuotes are the marks prose writes as straight quotes, and how.
var proseQuotes = []struct{ written, prose string }{
	{"“", `"`}, {"”", `"`}, {"‘", "'"}, {"’", "'"}, {"&rsquo;", "'"},
}

// alignProse finds prose's token p in w at or after byte at, reading the
// marks prose rewrites as written, and returns its byte range in w.
func alignProse(w string, at int, p string) (start, end int, ok bool) {
	for start = at; start < len(w); start++ {
		if end, ok = matchProse(w, start, p); ok {
			return start, end, true
		}
	}
	return 0, 0, false
}

// matchProse says whether w at byte i reads as prose's token p, and where
// it ends.
func matchProse(w string, i int, p string) (int, bool) {
	for j := 0; j < len(p); {
		if i >= len(w) {
			return 0, false
		}
		if w[i] == p[j] {
			i, j = i+1, j+1
			continue
		}
		matched := false
		for _, q := range proseQuotes {
			if strings.HasPrefix(w[i:], q.written) && strings.HasPrefix(p[j:], q.prose) {
				i, j, matched = i+len(q.written), j+len(q.prose), true
				break
			}
		}
		if !matched {
			return 0, false
		}
	}
	return i, true
}

// splitPiece appends the tokens of w[from:to], a piece of a word that
// prose gave as one token: runs of letters and digits are
// words (an apostrophe between letters stays inside, "Jum'at", and so do
// the marks inside a number, "4.850"), a hyphen
// between two words joins them (the second is marked joined), and every
// other character is a token of its own. A clitic piece is one word.
func splitPiece(w string, from, to int, clitic bool, dst []token) []token {
	if clitic {
		return append(dst, wordToken(w, from, to, false))
	}
	piece := w[:to]
	i := from
	joinNext := false
	for i < len(piece) {
		r, size := utf8.DecodeRuneInString(piece[i:])
		if !isWordRune(r) {
			dst = append(dst, token{start: i, end: i + size, low: piece[i : i+size]})
			i += size
			continue
		}
		start := i
		for i < len(piece) {
			r, size = utf8.DecodeRuneInString(piece[i:])
			if isWordRune(r) || (isApostrophe(r) && i+size < len(piece) && i > start && isLetterAt(piece, i+size) && isLetterBefore(piece, i)) ||
				digitGroupMark(piece, start, i) {
				i += size
				continue
			}
			break
		}
		dst = append(dst, wordToken(piece, start, i, joinNext))
		joinNext = false
		if i < len(piece) {
			r, size = utf8.DecodeRuneInString(piece[i:])
			if isHyphen(r) && i+size < len(piece) && isWordStart(piece, i+size) {
				joinNext = true
				i += size
			}
		}
	}
	return dst
}

// digitGroupMark says whether the mark at w[i] groups or parts digits
// inside a number of the word run from start ("4.850", "2,5", "1.000.000"):
// a dot or comma with digits on both sides and only digits before it.
func digitGroupMark(w string, start, i int) bool {
	if i == start || i+1 >= len(w) || w[i] != '.' && w[i] != ',' || !isDigitByte(w[i+1]) {
		return false
	}
	for k := start; k < i; k++ {
		if !isDigitByte(w[k]) && w[k] != '.' && w[k] != ',' {
			return false
		}
	}
	return true
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// wordToken makes the word token text[start:end].
func wordToken(text string, start, end int, joined bool) token {
	w := text[start:end]
	t := token{start: start, end: end, word: true, joined: joined}
	letters, uppers := 0, 0
	for k, r := range w {
		if r < utf8.RuneSelf {
			switch {
			case 'A' <= r && r <= 'Z':
				letters++
				uppers++
				t.upper = t.upper || k == 0
			case 'a' <= r && r <= 'z':
				letters++
			}
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				t.upper = t.upper || k == 0
			}
		}
	}
	t.caps = letters >= 2 && uppers == letters
	t.low = w
	if uppers > 0 {
		t.low = strings.ToLower(w)
	}
	return t
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isClitic says whether w[start:end] is an apostrophe and letters glued to
// a letter before it: an English clitic that prose split off its word
// ("'s" of "People's").
func isClitic(w string, start, end int) bool {
	r, n := utf8.DecodeRuneInString(w[start:end])
	rest := w[start+n : end]
	return start > 0 && isApostrophe(r) && isLetterBefore(w, start) && rest != "" &&
		strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func isLetterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

func isWordStart(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// key is the lookup key of a phrase: its lower-cased words joined by single
// spaces, hyphens and punctuation dropped ("Kim Jong-un" -> "kim jong un").
func (tk *tokenizer) key(phrase string) string {
	return keyOfTokens(tk.tokens(phrase, nil))
}

// keyOfTokens is key for text already tokenized.
func keyOfTokens(toks []token) string {
	var b strings.Builder
	b.Grow(len(toks) * 8)
	for _, t := range toks {
		if !t.word {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.low)
	}
	return b.String()
}

// wordsOf returns the lower-cased words of a phrase.
func (tk *tokenizer) wordsOf(phrase string) []string {
	toks := tk.tokens(phrase, nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word {
			out = append(out, t.low)
		}
	}
	return out
}

// kebab turns a name into an id: "Sin Hong-chol" -> "sin-hong-chol".
func (tk *tokenizer) kebab(name string) string {
	return strings.ReplaceAll(tk.key(name), " ", "-")
}

// tidySpace collapses runs of white space into single spaces.
func tidySpace(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		switch c := s[i]; {
		case c == '\n' || c == '\t' || c == '\r' || c == 0xc2: // 0xc2: a non-breaking space
			clean = false
		case c == ' ':
			clean = i > 0 && i < len(s)-1 && s[i+1] != ' '
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
