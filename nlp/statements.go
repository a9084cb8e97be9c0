package nlp

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/diplograph/diplograph"
)

// stmt is a statement with where its text lies, for the events stage.
type stmt struct {
	diplograph.Statement
	speaker int // article actor
	unit    int
	ts, te  int // tokens of the text in the unit
	direct  bool
}

// quoteRegion is a quoted passage: tokens [open+1, close) of a unit are the
// words; close is len(toks) when the quote runs to the end of the unit.
type quoteRegion struct{ open, close int }

// statementRules is the statements stage, built once: the lexicon and the
// words of data/statements/. Its find reads the statements of one page.
type statementRules struct {
	lex *lexicon
	// predicate words start the predicate of a clause ("akan", "telah") or
	// a characterization ("sebagai").
	predicate wordSet
}

// loadStatementRules reads data/statements/.
func loadStatementRules(d *dataFile, tk *tokenizer, lex *lexicon) *statementRules {
	c := d.tokenClasses(tk, "statements/words.tsv", "predicate")
	return &statementRules{lex: lex, predicate: c["predicate"]}
}

// statementFinder is the statements stage at work on one page.
type statementFinder struct {
	*clauses
	predicate wordSet
	// dates are the sentences' dates (dateSentences).
	dates []string
}

// find finds the direct quotes and reported speech of the body (the
// statements stage's output), in reading order, attributing each to a
// speaker of the cast. "The last speaker" (for "katanya", "Dia
// menambahkan", "ia", a quote standing alone) is the speaker of the
// statement before it.
func (r *statementRules) find(seg *segmented, c *cast, dates []string) []stmt {
	f := &statementFinder{clauses: &clauses{lex: r.lex, seg: seg, cast: c}, predicate: r.predicate, dates: dates}
	var out []stmt
	last := -1
	colon := -1 // speaker of a paragraph ending in "X berkata:"
	for ui := range f.units {
		u := &f.units[ui]
		if u.title {
			continue
		}
		quotes := findQuotes(u)
		prevColon := colon
		colon = -1
		qi := 0
		for s := u.firstSent; s < u.endSent; s++ {
			for ; qi < len(quotes) && quotes[qi].open < f.seg.sents[s].te; qi++ {
				if st, ok := f.quoteStatement(ui, quotes[qi], last, prevColon); ok {
					out = append(out, st)
					last = st.speaker
				}
			}
			st, ok, endsColon := f.reported(ui, s, quotes, last)
			if ok {
				out = append(out, st)
				last = st.speaker
			} else if endsColon {
				colon, last = st.speaker, st.speaker
			}
		}
	}
	return out
}

// findQuotes pairs the quotation marks of a unit: curly quotes by kind,
// straight quotes in turn; a quote left open runs to the end of the unit.
func findQuotes(u *annotatedUnit) []quoteRegion {
	var out []quoteRegion
	open, openMark := -1, ""
	for i, t := range u.toks {
		if t.word {
			continue
		}
		m := t.low
		switch {
		case open < 0 && (m == "“" || m == "\"" || m == "‘" || (m == "'" && singleOpens(u, i))):
			open, openMark = i, m
		case open >= 0 && closes(openMark, m) && !nestedOpener(u, i):
			if i > open+1 {
				out = append(out, quoteRegion{open: open, close: i})
			}
			open = -1
		}
	}
	if open >= 0 && open+1 < len(u.toks) {
		out = append(out, quoteRegion{open: open, close: len(u.toks)})
	}
	return out
}

// nestedOpener says whether the straight quotation mark at token i opens
// a quote inside another ("“... menunjukkan "kemampuan ...,” kata X"): a
// space before it and a word glued after it.
func nestedOpener(u *annotatedUnit, i int) bool {
	t := u.toks[i]
	if t.low != "\"" || i == 0 || u.toks[i-1].end == t.start || i+1 >= len(u.toks) {
		return false
	}
	next := u.toks[i+1]
	return next.word && next.start == t.end
}

// closes says whether mark m closes a quote opened by open; pages mix
// straight and curly marks ("...”), so either closing form counts.
func closes(open, m string) bool {
	switch open {
	case "“", "\"":
		return m == "”" || m == "\""
	case "‘", "'":
		return m == "’" || m == "'"
	}
	return false
}

// singleOpens says whether a straight single quote at token i opens a quote:
// it follows a space or the start and a word follows it.
func singleOpens(u *annotatedUnit, i int) bool {
	if i+1 >= len(u.toks) || !u.toks[i+1].word || u.toks[i+1].start != u.toks[i].end {
		return false
	}
	return i == 0 || u.toks[i-1].end < u.toks[i].start
}

// quoteStatement attributes a quote: to the speaker after it ("..., kata
// X"; "katanya" is the last speaker), else to the speaker introducing it in
// the same sentence ("X berkata: ...", "Dia menambahkan, ..."), else to a
// speaker whose paragraph ended in a colon, else, for a quote that is its
// own paragraph, to the last speaker. Short quotes without attribution are
// scare quotes, not statements.
func (f *statementFinder) quoteStatement(ui int, q quoteRegion, last, colon int) (stmt, bool) {
	u := &f.units[ui]
	lex := f.lex
	words := 0
	for i := q.open + 1; i < q.close; i++ {
		if u.toks[i].word {
			words++
		}
	}
	speaker, attrSent := -1, -1
	// After the closing mark.
	k := q.close + 1
	for k < len(u.toks) && (u.toks[k].low == "," || u.toks[k].low == ".") {
		k++
	}
	if k+1 < len(u.toks) && u.toks[k].low == "demikian" && lex.quoteVerbs[u.toks[k+1].low] {
		k++ // "..., demikian kata X"
	}
	if q.close < len(u.toks) && k < len(u.toks) && lex.quoteVerbs[u.toks[k].low] {
		attrSent = f.seg.sentOf(ui, k)
		speaker = f.quoteSpeaker(ui, k, last)
	}
	// Before the opening mark, in the same sentence.
	if speaker < 0 && q.open > 0 {
		s := f.seg.sentOf(ui, q.open)
		v := q.open - 1
		for v >= f.seg.sents[s].ts && (u.toks[v].low == ":" || u.toks[v].low == "," || u.toks[v].low == "bahwa") {
			v--
		}
		if w := speechBeforePhrase(u, lex, f.seg.sents[s].ts, v); w >= 0 {
			// "Dia menambahkan di Twitter: “...”": the verb before a short
			// phrase of place or manner introduces the quote.
			v = w
		}
		if v >= f.seg.sents[s].ts && lex.speech[u.toks[v].low] {
			speaker = f.subjectOf(ui, v, last)
			attrSent = s
		} else if sp, ok := u.spanEndingAt(v + 1); ok && sp.ts > 0 && lex.quoteVerbs[u.toks[sp.ts-1].low] {
			// A quote resumed after its attribution: "...," kata Kim, "...".
			speaker, attrSent = sp.actor, s
		} else if v >= 0 && lex.quoteVerbs[u.toks[v].low] && strings.HasSuffix(u.toks[v].low, "nya") {
			speaker, attrSent = last, s // "...," katanya, "..."
		}
	}
	if speaker < 0 && q.open == 0 && colon >= 0 {
		speaker = colon
	}
	if speaker < 0 && q.open == 0 && words >= 5 && (q.close >= len(u.toks)-2) {
		speaker = last
	}
	if speaker < 0 || words < 3 {
		return stmt{}, false
	}
	text := strings.TrimRight(tidySpace(u.surface(q.open+1, q.close)), " ,")
	if attrSent < 0 {
		attrSent = f.seg.sentOf(ui, q.open+1)
	}
	return f.newStmt(speaker, text, diplograph.KindDirect, ui, q.open+1, q.close, attrSent), true
}

// quoteAfterPhrase returns the index of the last word of a short phrase
// starting at from that a colon and a quotation mark follow ("di Twitter:
// “"), or -1.
func quoteAfterPhrase(u *annotatedUnit, from, sentEnd int) int {
	for k := from; k < sentEnd && k < from+5; k++ {
		if !u.toks[k].word {
			if (u.toks[k].low == ":" || u.toks[k].low == ",") && k > from && k+1 < len(u.toks) && isQuoteMark(u.toks[k+1].low) {
				return k
			}
			return -1
		}
	}
	return -1
}

// speechBeforePhrase returns the speech verb standing before a short
// phrase that starts with a preposition and ends at token v ("menambahkan
// di Twitter", "mengatakan kepada wartawan"), or -1.
func speechBeforePhrase(u *annotatedUnit, lex *lexicon, sentStart, v int) int {
	for w := v - 1; w >= sentStart && w >= v-5; w-- {
		t := u.toks[w]
		if !t.word {
			return -1
		}
		if lex.speech[t.low] {
			if lex.preps[u.toks[w+1].low] || u.toks[w+1].low == "melalui" || u.toks[w+1].low == "lewat" {
				return w
			}
			return -1
		}
	}
	return -1
}

// quoteSpeaker reads the speaker after the attributing verb at token k
// ("kata X", "ujar Menteri ... X", "katanya", "kata dia"), or -1.
func (f *statementFinder) quoteSpeaker(ui, k, last int) int {
	u := &f.units[ui]
	if strings.HasSuffix(u.toks[k].low, "nya") || u.toks[k].low == "demikian" {
		return last
	}
	if k+1 >= len(u.toks) {
		return -1
	}
	if sp, ok := u.spanAt(k + 1); ok {
		return sp.actor
	}
	if f.lex.pronoun[u.toks[k+1].low] {
		return last
	}
	// "kata juru bicara Kementerian Luar Negeri China": an unnamed
	// official speaks for the body or state the title names; a former one
	// does not, nor one the text points back to ("mantan Duta Besar RI
	// untuk Jepang itu"), who is a person the analysis could not name.
	if p, end := f.lex.titles.matchAt(u.text, u.toks, k+1); p != nil && u.toks[k+1].low != "mantan" {
		kind := f.lex.titleKinds[p.ref]
		sp, ok := u.spanAt(end)
		switch {
		case !ok && kind == diplograph.TypePerson && (end >= len(u.toks) || !u.toks[end].upper):
			// "kata Sultan.": the one person of the story who holds
			// that position.
			return f.holder(f.lex.titleKey(u.toks[k+1:end]), -1)
		case !ok:
		case f.actors[sp.actor].typ == diplograph.TypePerson:
			return sp.actor // "kata Pemimpin Kim"
		case !pointsBack(u, sp.te):
			return sp.actor
		}
	}
	return -1
}

// pointsBack says whether the phrase going on at token i ends in "itu" or
// "tersebut" before the clause ends: a reference to someone named before.
func pointsBack(u *annotatedUnit, i int) bool {
	for ; i < len(u.toks) && u.toks[i].word; i++ {
		if w := u.toks[i].low; w == "itu" || w == "tersebut" {
			return true
		}
	}
	return false
}

// reported finds reported speech in sentence s: "Menurut X, ..." or
// "X mengatakan (bahwa) ...". endsColon reports a sentence "X berkata:"
// that introduces a quote in the next paragraph.
func (f *statementFinder) reported(ui, s int, quotes []quoteRegion, last int) (st stmt, ok, endsColon bool) {
	u := &f.units[ui]
	lex := f.lex
	r := f.seg.sents[s]
	inQuote := func(i int) bool {
		for _, q := range quotes {
			if i > q.open && i < q.close {
				return true
			}
		}
		return false
	}
	for i := r.ts; i < r.te; i++ {
		t := u.toks[i]
		if inQuote(i) {
			continue
		}
		speaker, from := -1, 0
		switch {
		case t.low == "," && i+1 < r.te && lex.quoteVerbs[u.toks[i+1].low] && i-r.ts >= 3 && !isQuoteMark(u.toks[i-1].low):
			// "Pyongyang tidak akan mundur, kata Kim.": reported words
			// before the attribution.
			if sp := f.quoteSpeaker(ui, i+1, last); sp >= 0 {
				text := tidySpace(u.surface(r.ts, i))
				return f.newStmt(sp, text, diplograph.KindIndirect, ui, r.ts, i, s), true, false
			}
		case t.low == "menurut":
			if sp, found := u.spanAt(i + 1); found {
				speaker, from = sp.actor, sp.te
				// "Menurut X, yang merilis pernyataan itu, ...": the
				// reported words follow the relative clause.
				if from+1 < r.te && u.toks[from].low == "," && u.toks[from+1].low == "yang" {
					for k := from + 2; k < r.te; k++ {
						if u.toks[k].low == "," {
							from = k
							break
						}
					}
				}
			}
		case lex.speech[t.low] && !lex.negatedVerb(u, r.ts, i):
			speaker, from = f.subjectOf(ui, i, last), i+1
		}
		if speaker < 0 {
			continue
		}
		// "X mengatakan dalam sebuah wawancara ..., bahwa ...": the words
		// reported start after "bahwa".
		for k := from; k < r.te && k < from+15; k++ {
			if u.toks[k].low == "bahwa" {
				from = k
				break
			}
			if isQuoteMark(u.toks[k].low) {
				break
			}
		}
		for from < r.te && (u.toks[from].low == "," || u.toks[from].low == ":" || u.toks[from].low == "bahwa") {
			from++
		}
		if speechBeforePhrase(u, lex, r.ts, quoteAfterPhrase(u, from, r.te)) == from-1 {
			// "menambahkan di Twitter: “...”": the quote is the statement.
			return stmt{speaker: speaker}, false, false
		}
		end := r.te
		for end > from && !u.toks[end-1].word && !isQuoteMark(u.toks[end-1].low) && u.toks[end-1].low != ")" {
			end--
		}
		if from >= r.te || (from < len(u.toks) && isQuoteMark(u.toks[from].low)) {
			return stmt{speaker: speaker}, false, u.toks[r.te-1].low == ":" && r.te == len(u.toks)
		}
		words := 0
		for k := from; k < end; k++ {
			if u.toks[k].word {
				words++
			}
		}
		if words < 3 {
			continue
		}
		// "KCNA melaporkan percakapan itu", "Putin menyampaikan ucapan
		// selamat": a verb that takes a thing as its object reports words
		// only with "bahwa", a colon or a clause after it.
		if lex.objectVerbs[t.low] && !slices.ContainsFunc(u.toks[i+1:from], func(t token) bool { return t.low == "bahwa" || t.low == ":" }) && !f.clauseAhead(u, from, end) {
			continue
		}
		text := tidySpace(u.surface(from, end))
		return f.newStmt(speaker, text, diplograph.KindIndirect, ui, from, end, s), true, false
	}
	return stmt{}, false, false
}

// clauseAhead says whether the words from token from start a clause of
// their own, with a verb or a predicate word before any relative clause
// ("Korea Utara telah menembakkan ...", not "percakapan yang berlangsung").
func (f *statementFinder) clauseAhead(u *annotatedUnit, from, end int) bool {
	for k := from; k < end && k < from+10; k++ {
		w := u.toks[k].low
		if w == "yang" || w == "," {
			return false
		}
		if f.predicate[w] || (isVerbLike(w) && !u.covered(k)) {
			return true
		}
	}
	return false
}

// newStmt builds a statement: About lists the actors mentioned in its text,
// the id hashes the speaker and the normalized text.
func (f *statementFinder) newStmt(speaker int, text, kind string, ui, ts, te, sent int) stmt {
	u := &f.units[ui]
	var about []string
	seen := map[int]bool{speaker: true}
	for _, sp := range u.spansIn(ts, te) {
		if sp.te <= te && !seen[sp.actor] {
			seen[sp.actor] = true
			about = append(about, f.actors[sp.actor].id)
		}
	}
	if about == nil {
		about = []string{}
	}
	spk := f.actors[speaker].id
	h := sha256.Sum256([]byte(spk + "|" + keyOfTokens(u.toks[ts:te])))
	return stmt{
		Statement: diplograph.Statement{
			ID: hex.EncodeToString(h[:16]), Speaker: diplograph.NullString(spk), Text: text, Kind: kind,
			Date: diplograph.NullString(f.dates[sent]), About: about,
		},
		speaker: speaker, unit: ui, ts: ts, te: te, direct: kind == diplograph.KindDirect,
	}
}
