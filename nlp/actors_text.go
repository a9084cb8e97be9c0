package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// tokenize splits text into tokens. It allocates only the slice and the
// lower-cased copies of words that have upper-case letters.
func tokenize(text string, dst []token) []token {
	if dst == nil {
		dst = make([]token, 0, len(text)/6+4)
	}
	dst = dst[:0]
	// One lower-cased copy of the whole text serves every word, when lower
	// casing keeps byte offsets (it does for the Latin script of the news).
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		lower = ""
	}
	i := 0
	joinNext := false
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			start := i
			for i < len(text) {
				r, size = utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) || (isApostrophe(r) && i+size < len(text) && i > start && isLetterAt(text, i+size) && isLetterBefore(text, i)) {
					i += size
					continue
				}
				break
			}
			dst = append(dst, wordToken(text, lower, start, i, joinNext))
			joinNext = false
			if i < len(text) {
				r, size = utf8.DecodeRuneInString(text[i:])
				if isHyphen(r) && i+size < len(text) && isWordStart(text, i+size) {
					joinNext = true
					i += size
				}
			}
		case unicode.IsSpace(r):
			i += size
		default:
			dst = append(dst, token{start: i, end: i + size, low: text[i : i+size]})
			i += size
		}
	}
	return dst
}

func wordToken(text, lower string, start, end int, joined bool) token {
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
	switch {
	case uppers == 0:
		t.low = w
	case lower != "":
		t.low = lower[start:end]
	default:
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

// keyOf is the lookup key of a phrase: its lower-cased words joined by
// single spaces, hyphens and punctuation dropped ("Kim Jong-un" -> "kim jong
// un").
func keyOf(phrase string) string {
	return keyOfTokens(tokenize(phrase, nil))
}

// keyOfTokens is keyOf for text already tokenized.
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
func wordsOf(phrase string) []string {
	toks := tokenize(phrase, nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word {
			out = append(out, t.low)
		}
	}
	return out
}

// kebab turns a name into an id: "Sin Hong-chol" -> "sin-hong-chol".
func kebab(name string) string {
	return strings.ReplaceAll(keyOf(name), " ", "-")
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

func newWordSet(words ...string) wordSet {
	s := make(wordSet, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}
