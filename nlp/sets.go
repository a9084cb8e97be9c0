package nlp

import "sort"

// wordSet is a set of lower-case words or phrases: every list of the rules
// is read into one.
type wordSet map[string]bool

// caseRule says how strictly one word of a phrase must match the text.
type caseRule uint8

const (
	// anyCase: "Kementerian luar negeri" matches "Kementerian Luar Negeri".
	anyCase caseRule = iota
	// capital: the text's word must start with an upper-case letter, so the
	// name "Barat" (the West) is not the direction "barat", and the agency
	// "TASS" is also found as "Tass".
	capital
	// exact: short acronyms ("AS", "RI", "PBB") must match letter for letter,
	// or "as" and "ri" would be actors.
	exact
)

// phrase is one multi-word surface form looked for in tokens.
type phrase struct {
	words []string // lower-cased
	rules []caseRule
	surf  []string // the words as written, for exact matches
	ref   int      // what the phrase stands for, to its owner
}

// phraseSet finds phrases in token sequences: one map look-up per token,
// then a comparison with the few phrases starting with that word, longest
// first, so the longest match wins.
type phraseSet struct {
	tk      *tokenizer
	byFirst map[string][]*phrase
	// skip, when set, passes over words between a phrase's words (a
	// count inside a trigger: "mengusir dua diplomat").
	skip func(token) bool
}

// newPhraseSet makes an empty set that reads phrases with tk.
func newPhraseSet(tk *tokenizer) *phraseSet {
	return &phraseSet{tk: tk, byFirst: map[string][]*phrase{}}
}

// add registers a surface form; caseSensitive applies the name rules of
// caseRule (off for trigger words, which match in any case).
func (s *phraseSet) add(surface string, ref int, caseSensitive bool) {
	toks := s.tk.tokens(surface, nil)
	p := &phrase{ref: ref}
	for _, t := range toks {
		if !t.word {
			continue
		}
		p.words = append(p.words, t.low)
		p.surf = append(p.surf, surface[t.start:t.end])
	}
	if len(p.words) == 0 {
		return
	}
	p.rules = make([]caseRule, len(p.words))
	if caseSensitive {
		for i, t := range onlyWords(toks) {
			p.rules[i] = nameRule(t, len(p.words))
		}
	}
	for _, q := range s.byFirst[p.words[0]] {
		if equalPhrase(q, p) {
			return // first registration wins: the dictionary's order decides
		}
	}
	list := append(s.byFirst[p.words[0]], p)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	s.byFirst[p.words[0]] = list
}

func onlyWords(toks []token) []token {
	out := toks[:0:0]
	for _, t := range toks {
		if t.word {
			out = append(out, t)
		}
	}
	return out
}

func equalPhrase(a, b *phrase) bool {
	if len(a.words) != len(b.words) {
		return false
	}
	for i := range a.words {
		if a.words[i] != b.words[i] || a.rules[i] != b.rules[i] || (a.rules[i] == exact && a.surf[i] != b.surf[i]) {
			return false
		}
	}
	return true
}

// nameRule is the case rule for one word of a name with n words.
func nameRule(t token, n int) caseRule {
	switch {
	case t.caps && len(t.low) <= 3:
		return exact
	case t.caps:
		return capital
	case n == 1 && t.upper:
		return capital
	}
	return anyCase
}

// matchAt returns the longest phrase starting at toks[i] and the index just
// past it, or nil.
func (s *phraseSet) matchAt(text string, toks []token, i int) (*phrase, int) {
	if !toks[i].word {
		return nil, i
	}
	for _, p := range s.byFirst[toks[i].low] {
		if end, ok := p.matches(text, toks, i, s.skip); ok {
			return p, end
		}
	}
	return nil, i
}

// maxSkipped bounds the tokens a phraseSet's skip passes over in a phrase
// ("sekitar 10.000-12.000" is eight).
const maxSkipped = 8

// skippable says whether token j may be passed over inside a phrase: a
// word skip allows, or a mark between two of them ("10.000-12.000").
func skippable(toks []token, j int, skip func(token) bool) bool {
	if toks[j].word {
		return skip(toks[j])
	}
	switch toks[j].low {
	case ".", ",", "-", "–":
		return j > 0 && j+1 < len(toks) && toks[j-1].word && skip(toks[j-1]) && toks[j+1].word && skip(toks[j+1])
	}
	return false
}

func (p *phrase) matches(text string, toks []token, i int, skip func(token) bool) (int, bool) {
	if i+len(p.words) > len(toks) {
		return 0, false
	}
	j := i
	for k, w := range p.words {
		if k > 0 && j < len(toks) && initialDot(toks, j) {
			j++ // "Retno L.P Marsudi" is "Retno LP Marsudi"
		}
		if k > 0 && bracketedAcronym(toks, j) {
			// "Badan Intelijen Nasional (NIS) Korea Selatan" is "Badan
			// Intelijen Nasional Korea Selatan", the acronym given inside.
			j += 3
		}
		for n := 0; k > 0 && skip != nil && n < maxSkipped && j < len(toks) && toks[j].low != w && skippable(toks, j, skip); n++ {
			j++
		}
		if j >= len(toks) {
			return 0, false
		}
		t := toks[j]
		j++
		if !t.word || t.low != w {
			return 0, false
		}
		switch p.rules[k] {
		case capital:
			if !t.upper {
				return 0, false
			}
		case exact:
			if text[t.start:t.end] != p.surf[k] {
				return 0, false
			}
		}
	}
	return j, true
}

// bracketedAcronym says whether tokens j to j+2 are an acronym in
// brackets: "(", a word in capitals, ")".
func bracketedAcronym(toks []token, j int) bool {
	return j+3 < len(toks) && toks[j].low == "(" && toks[j+1].word && toks[j+1].caps && toks[j+2].low == ")"
}

// initialDot says whether token j is the dot of an initial inside a name:
// glued to a one- or two-letter word before it ("L.P", "P. Marsudi").
func initialDot(toks []token, j int) bool {
	t := toks[j]
	if t.word || t.low != "." || j == 0 {
		return false
	}
	prev := toks[j-1]
	return prev.word && prev.end == t.start && len(prev.low) <= 2
}
