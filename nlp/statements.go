package nlp

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/diplograph/diplograph"
)

// stmt is a statement with where its text lies, for the event pass.
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

// findStatements finds direct quotes and reported speech in the body, in
// reading order, attributing each to a speaker. "The last speaker" (for
// "katanya", "Dia menambahkan", "ia", a quote standing alone) is the speaker
// of the statement before it.
func (d *doc) findStatements() []stmt {
	var out []stmt
	last := -1
	colon := -1 // speaker of a paragraph ending in "X berkata:"
	for ui := range d.units {
		u := &d.units[ui]
		if u.title {
			continue
		}
		quotes := findQuotes(u)
		prevColon := colon
		colon = -1
		qi := 0
		for s := u.firstSent; s < u.endSent; s++ {
			for ; qi < len(quotes) && quotes[qi].open < d.sents[s].te; qi++ {
				if st, ok := d.quoteStatement(ui, quotes[qi], last, prevColon); ok {
					out = append(out, st)
					last = st.speaker
				}
			}
			st, ok, endsColon := d.reported(ui, s, quotes, last)
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
func findQuotes(u *unit) []quoteRegion {
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
func nestedOpener(u *unit, i int) bool {
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
func singleOpens(u *unit, i int) bool {
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
func (d *doc) quoteStatement(ui int, q quoteRegion, last, colon int) (stmt, bool) {
	u := &d.units[ui]
	lex := d.a.lex
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
		attrSent = d.sentOf(ui, k)
		speaker = d.quoteSpeaker(ui, k, last)
	}
	// Before the opening mark, in the same sentence.
	if speaker < 0 && q.open > 0 {
		s := d.sentOf(ui, q.open)
		v := q.open - 1
		for v >= d.sents[s].ts && (u.toks[v].low == ":" || u.toks[v].low == "," || u.toks[v].low == "bahwa") {
			v--
		}
		if w := speechBeforePhrase(u, lex, d.sents[s].ts, v); w >= 0 {
			// "Dia menambahkan di Twitter: “...”": the verb before a short
			// phrase of place or manner introduces the quote.
			v = w
		}
		if v >= d.sents[s].ts && lex.speech[u.toks[v].low] {
			speaker = d.subjectOf(ui, v, last)
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
		attrSent = d.sentOf(ui, q.open+1)
	}
	return d.newStmt(speaker, text, diplograph.KindDirect, ui, q.open+1, q.close, attrSent), true
}

// quoteAfterPhrase returns the index of the last word of a short phrase
// starting at from that a colon and a quotation mark follow ("di Twitter:
// “"), or -1.
func quoteAfterPhrase(u *unit, from, sentEnd int) int {
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
func speechBeforePhrase(u *unit, lex *lexicon, sentStart, v int) int {
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
func (d *doc) quoteSpeaker(ui, k, last int) int {
	u := &d.units[ui]
	if strings.HasSuffix(u.toks[k].low, "nya") || u.toks[k].low == "demikian" {
		return last
	}
	if k+1 >= len(u.toks) {
		return -1
	}
	if sp, ok := u.spanAt(k + 1); ok {
		return sp.actor
	}
	if d.a.lex.pronoun[u.toks[k+1].low] {
		return last
	}
	// "kata juru bicara Kementerian Luar Negeri China": an unnamed
	// official speaks for the body or state the title names; a former one
	// does not, nor one the text points back to ("mantan Duta Besar RI
	// untuk Jepang itu"), who is a person the analysis could not name.
	if p, end := d.a.lex.titles.matchAt(u.text, u.toks, k+1); p != nil && u.toks[k+1].low != "mantan" {
		kind := d.a.lex.titleKinds[p.ref]
		sp, ok := u.spanAt(end)
		switch {
		case !ok && kind == diplograph.TypePerson && (end >= len(u.toks) || !u.toks[end].upper):
			// "kata Sultan.": the one person of the story who holds
			// that position.
			return d.holder(titleKey(u.toks[k+1:end]), -1)
		case !ok:
		case d.actors[sp.actor].typ == diplograph.TypePerson:
			return sp.actor // "kata Pemimpin Kim"
		case !pointsBack(u, sp.te):
			return sp.actor
		}
	}
	return -1
}

// pointsBack says whether the phrase going on at token i ends in "itu" or
// "tersebut" before the clause ends: a reference to someone named before.
func pointsBack(u *unit, i int) bool {
	for ; i < len(u.toks) && u.toks[i].word; i++ {
		if w := u.toks[i].low; w == "itu" || w == "tersebut" {
			return true
		}
	}
	return false
}

// subjectOf finds who speaks through the speech verb at token v: the
// nearest mention before it, across adverbs ("juga"), a bracket ("(AS)"),
// a relative clause ("Yoon, yang berbicara di ..., mengatakan") or a
// description set off by a comma ("Kim Joon-hyung, rektor ..., mengatakan");
// a pronoun ("Dia menambahkan") is the last speaker.
func (d *doc) subjectOf(ui, v, last int) int {
	u := &d.units[ui]
	s := d.sents[d.sentOf(ui, v)]
	// "Xi meminta X ... dan menegaskan bahwa", "Xi membalas surat untuk
	// Biden dengan mengatakan": the subject of the clause's first verb.
	if v-1 > s.ts && clauseJoiners[u.toks[v-1].low] {
		if w := firstVerb(u, s.ts, v-1); w >= 0 {
			return d.subjectOf(ui, w, last)
		}
	}
	// "X mengatakan ..., namun mengatakan ...": the second verb's subject
	// is left out; it is the sentence's first verb's.
	if j := skipAdverbsBack(u, s.ts, v-1); j > s.ts && contrastWords[u.toks[j].low] {
		for w := s.ts; w < j; w++ {
			if d.a.lex.speech[u.toks[w].low] || isVerbLike(u.toks[w].low) && !u.covered(w) {
				return d.subjectOf(ui, w, last)
			}
		}
		return -1
	}
	// "KCNA, yang mengatakan bahwa ...": the relative clause's head speaks.
	if y := skipAdverbsBack(u, s.ts, v-1); y > s.ts && u.toks[y].low == "yang" {
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
			if c := relativeClauseStart(u, s.ts, i); c >= 0 {
				i = c
				continue
			}
		case ")":
			for i > s.ts && u.toks[i].low != "(" {
				i--
			}
			continue
		}
		if d.a.lex.pronoun[t.low] && gap <= 2 {
			return last
		}
		if sp, ok := u.spanEndingAt(i + 1); ok {
			if gap > 3 && u.toks[sp.te].low != "," {
				return -1
			}
			if before := u.wordBefore(sp.ts, s.ts, d.roleOrPrep); before != "" {
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
		if d.a.lex.speech[t.low] || d.a.lex.quoteVerbs[t.low] || isQuoteMark(t.low) {
			return -1
		}
		if t.word && !adverbs[t.low] {
			gap++
		}
	}
	return -1
}

// wordBefore returns the word before token ts, across one plain word
// when the word right before is none of want ("di pemerintahan X" gives
// "di" for want holding "di"), or "".
func (u *unit) wordBefore(ts, sentStart int, want func(string) bool) string {
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
func (d *doc) roleOrPrep(w string) bool {
	return w == "sebagai" || w == "selaku" || w == "milik" || d.a.lex.preps[w]
}

// skipAdverbsBack returns the first token at or before i that is not an
// adverb ("namun juga mengatakan" gives "namun").
func skipAdverbsBack(u *unit, from, i int) int {
	for i > from && adverbs[u.toks[i].low] {
		i--
	}
	return i
}

// contrastWords open a clause whose subject is left out.
var contrastWords = newWordSet("namun", "tetapi", "tapi", "sedangkan", "melainkan")

// clauseJoiners join a verb to the clause before it, whose subject it shares.
var clauseJoiners = newWordSet("dan", "serta", "dengan", "sambil", "seraya", "sembari")

// firstVerb returns the first verb of the clause that ends at token end
// (the clause starts after the last comma before it), or -1: the verb a
// later one joined by "dan" shares its subject with.
func firstVerb(u *unit, sentStart, end int) int {
	from := sentStart
	// ", serta meminta": the comma right before the joiner is not the
	// clause's start.
	for i := end - 2; i > sentStart; i-- {
		if u.toks[i].low == "," {
			from = i + 1
			break
		}
	}
	for i := from; i < end; i++ {
		if isVerbLike(u.toks[i].low) && !u.covered(i) {
			return i
		}
	}
	return -1
}

// relativeClauseStart: when the comma at token end closes ", yang ... ,",
// the index of the comma that opens it, else -1.
func relativeClauseStart(u *unit, from, end int) int {
	for i := end - 1; i > from; i-- {
		if u.toks[i].low == "," {
			if i+1 < end && (u.toks[i+1].low == "yang" || asideOpeners[u.toks[i+1].low]) {
				return i
			}
			return -1
		}
	}
	return -1
}

// asideOpeners start a phrase set off by commas between a subject and its
// verb ("Lavrov, dalam konferensi pers di Moskow, mengatakan").
var asideOpeners = newWordSet("dalam", "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "selama", "di",
	"pada", "kepada", "melalui", "lewat", "dari", "sambil", "seraya")

// adverbs may stand between a subject and its verb.
var adverbs = newWordSet("juga", "pun", "telah", "sudah", "kembali", "lalu", "kemudian", "sebelumnya", "pernah", "secara", "terpisah", "resmi", "baru", "baru-baru", "ini")

// reported finds reported speech in sentence s: "Menurut X, ..." or
// "X mengatakan (bahwa) ...". endsColon reports a sentence "X berkata:"
// that introduces a quote in the next paragraph.
func (d *doc) reported(ui, s int, quotes []quoteRegion, last int) (st stmt, ok, endsColon bool) {
	u := &d.units[ui]
	lex := d.a.lex
	r := d.sents[s]
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
			if sp := d.quoteSpeaker(ui, i+1, last); sp >= 0 {
				text := tidySpace(u.surface(r.ts, i))
				return d.newStmt(sp, text, diplograph.KindIndirect, ui, r.ts, i, s), true, false
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
		case lex.speech[t.low] && !negatedVerb(u, r.ts, i):
			speaker, from = d.subjectOf(ui, i, last), i+1
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
		if objectVerbs[t.low] && !slices.ContainsFunc(u.toks[i+1:from], func(t token) bool { return t.low == "bahwa" || t.low == ":" }) && !clauseAhead(u, from, end) {
			continue
		}
		text := tidySpace(u.surface(from, end))
		return d.newStmt(speaker, text, diplograph.KindIndirect, ui, from, end, s), true, false
	}
	return stmt{}, false, false
}

// negatedVerb says whether the verb at token v is negated ("tidak
// menyebutkan", "belum juga mengatakan"): what follows was not said.
func negatedVerb(u *unit, sentStart, v int) bool {
	for i := v - 1; i >= sentStart && i >= v-3; i-- {
		w := u.toks[i].low
		if negations[w] {
			return true
		}
		if !adverbs[w] {
			return false
		}
	}
	return false
}

// negations turn the verb after them into something not done.
var negations = newWordSet("tidak", "tak", "belum", "bukan", "enggan", "menolak")

// objectVerbs are speech verbs that also take a thing as their object
// ("mengumumkan rencana", "mengungkap detail").
var objectVerbs = newWordSet("mengumumkan", "menyampaikan", "melaporkan", "mengungkap", "mengungkapkan",
	"mengonfirmasi", "membenarkan", "menulis", "mengemukakan", "menggambarkan")

// clauseAhead says whether the words from token from start a clause of
// their own, with a verb or a predicate word before any relative clause
// ("Korea Utara telah menembakkan ...", not "percakapan yang berlangsung").
func clauseAhead(u *unit, from, end int) bool {
	for k := from; k < end && k < from+10; k++ {
		w := u.toks[k].low
		if w == "yang" || w == "," {
			return false
		}
		if predicateWords[w] || (isVerbLike(w) && !u.covered(k)) {
			return true
		}
	}
	return false
}

// predicateWords start the predicate of a clause, or a characterization
// ("menggambarkan uji coba itu sebagai ...").
var predicateWords = newWordSet("sebagai", "akan", "telah", "sudah", "tidak", "tak", "belum", "adalah", "merupakan", "sedang",
	"harus", "bisa", "dapat", "mampu", "ingin", "siap", "masih", "tetap", "perlu", "mungkin", "bakal")

func isQuoteMark(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’"
}

// newStmt builds a statement: About lists the actors mentioned in its text,
// the id hashes the speaker and the normalized text.
func (d *doc) newStmt(speaker int, text, kind string, ui, ts, te, sent int) stmt {
	u := &d.units[ui]
	var about []string
	seen := map[int]bool{speaker: true}
	for _, sp := range u.spansIn(ts, te) {
		if sp.te <= te && !seen[sp.actor] {
			seen[sp.actor] = true
			about = append(about, d.actors[sp.actor].id)
		}
	}
	if about == nil {
		about = []string{}
	}
	spk := d.actors[speaker].id
	h := sha256.Sum256([]byte(spk + "|" + keyOfTokens(u.toks[ts:te])))
	return stmt{
		Statement: diplograph.Statement{
			ID: hex.EncodeToString(h[:16]), Speaker: spk, Text: text, Kind: kind,
			Date: diplograph.NullString(d.dateOf(sent)), About: about,
		},
		speaker: speaker, unit: ui, ts: ts, te: te, direct: kind == diplograph.KindDirect,
	}
}
