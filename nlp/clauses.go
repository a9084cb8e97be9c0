package nlp

import "slices"

// clauses reads the clauses of the segmented text with its actor mentions:
// who the subject of a verb is, whether a verb is negated. The statements
// and events stages share it; it only reads.
type clauses struct {
	lex *lexicon
	seg *segmented
	*cast
}

// subjectOf finds who speaks through the speech verb at token v: the
// nearest mention before it, across adverbs ("juga"), a bracket ("(AS)"),
// a relative clause ("Yoon, yang berbicara di ..., mengatakan") or a
// description set off by a comma ("Kim Joon-hyung, rektor ..., mengatakan");
// a pronoun ("Dia menambahkan") is the last speaker.
func (cl *clauses) subjectOf(ui, v, last int) int {
	u := &cl.units[ui]
	s := cl.seg.sents[cl.seg.sentOf(ui, v)]
	// "Xi meminta X ... dan menegaskan bahwa", "Xi membalas surat untuk
	// Biden dengan mengatakan": the subject of the clause's first verb.
	if v-1 > s.ts && cl.lex.clauseJoiners[u.toks[v-1].low] {
		if w := cl.firstVerb(u, s.ts, v-1); w >= 0 {
			return cl.subjectOf(ui, w, last)
		}
		// "Pada hari yang sama, Maduro hadir di pengadilan dan
		// menyatakan ...": a verb of no prefix before; the name the
		// clause opens with.
		if sp, ok := u.spanAt(commaClauseStart(u, s.ts, v-1)); ok && sp.te < v-1 {
			return sp.actor
		}
	}
	// "X mengatakan ..., namun mengatakan ...": the second verb's subject
	// is left out; it is the sentence's first verb's.
	if j := cl.lex.skipAdverbsBack(u, s.ts, v-1); j > s.ts && cl.lex.contrast[u.toks[j].low] {
		for w := s.ts; w < j; w++ {
			if cl.lex.speech[u.toks[w].low] || cl.lex.verbLike(u.toks[w].low) && !u.covered(w) {
				return cl.subjectOf(ui, w, last)
			}
		}
		return -1
	}
	// "KCNA, yang mengatakan bahwa ...": the relative clause's head speaks.
	if y := cl.lex.skipAdverbsBack(u, s.ts, v-1); y > s.ts && u.toks[y].low == "yang" {
		j := y
		if u.toks[j-1].low == "," {
			j--
		}
		if j > s.ts && u.toks[j-1].low == ")" {
			j-- // "Kantor Berita Pusat Korea Utara (KCNA), yang ..."
		}
		if sp, ok := u.spanEndingAt(j); ok {
			return sp.actor
		}
		return -1
	}
	gap := 0
	for i := v - 1; i >= s.ts; i-- {
		t := u.toks[i]
		switch t.low {
		case ",":
			if c := cl.lex.relativeClauseStart(u, s.ts, i); c >= 0 {
				i = c
				continue
			}
		case ")":
			for i > s.ts && u.toks[i].low != "(" {
				i--
			}
			continue
		}
		if cl.lex.pronoun[t.low] && gap <= 2 {
			return last
		}
		if sp, ok := u.spanEndingAt(i + 1); ok {
			// "Peskov dalam jumpa pers harian mengatakan": an aside
			// may stand longer between.
			if after := u.toks[sp.te].low; gap > 3 && after != "," && !(gap <= 8 && cl.lex.asideOpeners[after]) {
				return -1
			}
			if before := u.wordBefore(sp.ts, s.ts, cl.roleOrPrep); before != "" {
				// "Indonesia sebagai Ketua ASEAN menyebut", "John Kirby
				// dari Pentagon mengatakan": the name before the role
				// or the phrase speaks; "Sumber di pemerintahan X
				// mengatakan": someone the analysis does not know.
				k := sp.ts - 1
				for u.toks[k].low != before {
					k--
				}
				if k == s.ts {
					// "Kepada wartawan di Seoul, X mengatakan": a
					// phrase put first, not one about the speaker.
					return sp.actor
				}
				for k > s.ts && u.toks[k-1].low == "," {
					k--
				}
				if c, ok := u.spanEndingAt(k); ok {
					return c.actor
				}
				return -1
			}
			return sp.actor
		}
		if cl.lex.speech[t.low] || cl.lex.isQuoteVerb(t.low) || isQuoteMark(t.low) {
			return -1
		}
		if t.word && !cl.lex.adverbs[t.low] {
			gap++
		}
	}
	return -1
}

// wordBefore returns the word before token ts, across one plain word
// when the word right before is none of want ("di pemerintahan X" gives
// "di" for want holding "di"), or "".
func (u *annotatedUnit) wordBefore(ts, sentStart int, want func(string) bool) string {
	for i := ts - 1; i >= sentStart && i >= ts-2; i-- {
		t := u.toks[i]
		if !t.word || u.covered(i) {
			return ""
		}
		if want(t.low) {
			return t.low
		}
	}
	return ""
}

// roleOrPrep: words before a name that make it no subject of its own
// ("sebagai Ketua ASEAN", "di pemerintahan X").
func (cl *clauses) roleOrPrep(w string) bool {
	return cl.lex.roleMarkers[w] || cl.lex.preps[w]
}

// skipAdverbsBack returns the first token at or before i that is not an
// adverb ("namun juga mengatakan" gives "namun").
func (l *lexicon) skipAdverbsBack(u *annotatedUnit, from, i int) int {
	for i > from && l.adverbs[u.toks[i].low] {
		i--
	}
	return i
}

// clauseStart is where the clause of the token at v starts: after the last
// comma between from and v, else at from.
func clauseStart(u *annotatedUnit, from, v int) int {
	for i := v - 1; i > from; i-- {
		if u.toks[i].low == "," {
			return i + 1
		}
	}
	return from
}

// commaClauseStart is where the clause that ends at token end (a joiner)
// starts: after the last comma before it, but for the comma right before
// the joiner (", serta meminta"), which is not the clause's start;
// sentStart when there is none.
func commaClauseStart(u *annotatedUnit, sentStart, end int) int {
	return clauseStart(u, sentStart, end-1)
}

// firstVerb returns the first verb of the clause that ends at token end
// (the clause starts after the last comma before it), or -1: the verb a
// later one joined by "dan" shares its subject with. A stretch between
// commas with no verb is an aside or a list's item, not a clause
// ("menyurati Presiden DK PBB, Duta Besar Pakistan X, dan menuduh"): the
// clause goes on before it.
func (cl *clauses) firstVerb(u *annotatedUnit, sentStart, end int) int {
	for start := commaClauseStart(u, sentStart, end); ; start = clauseStart(u, sentStart, start-1) {
		for i := start; i < end; i++ {
			if cl.lex.verbLike(u.toks[i].low) && !u.covered(i) {
				return i
			}
		}
		if start <= sentStart || u.toks[start-1].low != "," || slices.ContainsFunc(u.toks[start:end], func(t token) bool { return cl.lex.speech[t.low] || isQuoteMark(t.low) }) {
			// ("“...,” kata Putin, seraya menambahkan": a speaker's
			// words are no clause the verb after joins)
			return -1
		}
		end = start - 1
	}
}

// relativeClauseStart: when the comma at token end closes ", yang ... ,",
// an aside (", melalui media sosial,") or a speech verb's aside (",
// menulis di media sosial setelah veto tersebut,"), the index of the comma
// that opens it, else -1.
func (l *lexicon) relativeClauseStart(u *annotatedUnit, from, end int) int {
	for i := end - 1; i > from; i-- {
		if u.toks[i].low == "," {
			next := u.toks[i+1].low
			if i+1 < end && (next == "yang" || l.asideOpeners[next] || l.speech[next] && i+2 < end && l.asideOpeners[u.toks[i+2].low]) {
				return i
			}
			return -1
		}
	}
	return -1
}

// negatedVerb says whether the verb at token v is negated ("tidak
// menyebutkan", "belum juga mengatakan"): what follows was not said.
func (l *lexicon) negatedVerb(u *annotatedUnit, sentStart, v int) bool {
	for i := v - 1; i >= sentStart && i >= v-3; i-- {
		w := u.toks[i].low
		if l.negations[w] {
			return true
		}
		if !l.adverbs[w] {
			return false
		}
	}
	return false
}

// maxScareQuote is the most words a pair of quotation marks may hold and
// still be a phrase set off in a clause rather than someone's words.
const maxScareQuote = 4

// scareQuoteMark says whether the quotation mark at token i opens or closes
// a short phrase inside the clause (tarif "sangat tinggi" terhadap Denmark):
// its pair stands within maxScareQuote words between from and to, with only
// words between them. Such marks quote a phrase, not a speaker, and end
// nothing.
func (u *annotatedUnit) scareQuoteMark(i, from, to int) bool {
	if !isQuoteMark(u.toks[i].low) {
		return false
	}
	for _, step := range []int{1, -1} {
		for j, n := i+step, 0; j >= from && j < to && n <= maxScareQuote; j += step {
			if isQuoteMark(u.toks[j].low) {
				if n > 0 {
					return true
				}
				break
			}
			if !u.toks[j].word {
				break
			}
			n++
		}
	}
	return false
}

// isQuoteMark says whether a token is a quotation mark, straight or curly.
func isQuoteMark(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’"
}
