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
	speaker int // article actor, -1 when no candidate was good enough
	unit    int
	ts, te  int // tokens of the text in the unit
	direct  bool
}

// quoteRegion is a quoted passage: tokens (open, close) of a unit are its
// words. open is the opening mark, or -1 for a quote that goes on from the
// paragraph before and opens with no mark; close is the closing mark, or
// len(toks) for a quote that runs to the end of the unit.
type quoteRegion struct{ open, close int }

// statementRules is the statements stage, built once: the lexicon and the
// words of data/statements/. Its find reads the statements of one page.
type statementRules struct {
	lex *lexicon
	// predicate words start the predicate of a clause ("akan", "telah") or
	// a characterization ("sebagai").
	predicate wordSet
	// sourceNouns carry someone's words ("pernyataan", "surat"): after an
	// attributing verb, their owner speaks ("kata pernyataan Kemlu", "bunyi
	// surat itu").
	sourceNouns wordSet
	// objectAdverbs make the speech verb before them take a thing as its
	// object ("menegaskan kembali posisinya").
	objectAdverbs wordSet
	// asSaid are passive verbs of saying in "..., seperti disampaikan X".
	asSaid wordSet
	// bodyNouns head descriptions of a state or a body ("negara tersebut",
	// "kementerian itu"), which never stand for a person.
	bodyNouns wordSet
	// anonymous head descriptions of a speaker left unnamed ("sumber
	// tersebut"), never the person spoken of.
	anonymous wordSet
	// voiceCues bring in a new voice with no verb of saying ("Kritik
	// serupa datang dari X", "Hal senada disampaikan X").
	voiceCues wordSet
	// groupPronouns, subjects of a verb of saying, stand for the group
	// the sentence before had as its subject ("Mereka menambahkan").
	groupPronouns wordSet
	// groupHeads, after a count ("kedua pemimpin"), name a group that may be
	// the subject of reported words.
	groupHeads wordSet
	// pledgeVerbs, of prefix ber-, commit their subject to the words after
	// them ("berjanji Pyongyang akan “...”").
	pledgeVerbs wordSet
	// citedBy, after "yang", name the outlet that quotes the subject before
	// it ("yang dikutip Reuters"), who is no speaker.
	citedBy wordSet
	// administrations before a leader's name name the leader's government
	// ("pejabat pemerintahan Trump"), whose officials speak for the state.
	administrations wordSet
	// saidBack, after a quote, point back to it before the verb of saying
	// or the source noun that names its speaker ("demikian", "begitu").
	saidBack wordSet
	// citeVerbs take as their object the one whose words follow
	// ("mengutip NIS mengatakan").
	citeVerbs wordSet
	// outsiders head descriptions of people of a state who do not speak
	// for it ("media Rusia", "warga Iran").
	outsiders wordSet
}

// loadStatementRules reads data/statements/.
func loadStatementRules(d *dataFile, tk *tokenizer, lex *lexicon) *statementRules {
	c := d.tokenClasses(tk, "statements/words.tsv", "predicate", "source-noun", "object-adverb", "as-said", "body-noun", "anonymous", "voice-cue", "group-pronoun", "group-head", "pledge-verb", "cited-by", "administration", "said-back", "outsider", "cite-verb")
	return &statementRules{lex: lex, saidBack: c["said-back"], outsiders: c["outsider"], citeVerbs: c["cite-verb"], pledgeVerbs: c["pledge-verb"], citedBy: c["cited-by"], administrations: c["administration"], predicate: c["predicate"], sourceNouns: c["source-noun"], objectAdverbs: c["object-adverb"], asSaid: c["as-said"], bodyNouns: c["body-noun"], anonymous: c["anonymous"], voiceCues: c["voice-cue"], groupPronouns: c["group-pronoun"], groupHeads: c["group-head"]}
}

// minQuoteWords: a shorter quote is a term set off in quotation marks,
// unless it opens its sentence and a speaker is named after it.
const minQuoteWords = 3

// minUnattributedWords: a quote no speaker is named for is a statement only
// when it is this long; shorter ones are scare quotes around a term.
const minUnattributedWords = 5

// statementFinder is the statements stage at work on one page. It reads
// the units in order and keeps who was spoken of last, for the words that
// point back to someone ("katanya", "dia", "pejabat itu").
type statementFinder struct {
	*clauses
	// The words of data/statements/ (statementRules).
	predicate, sourceNouns, objectAdverbs, asSaid, bodyNouns, anonymous, voiceCues wordSet
	groupPronouns, groupHeads                                                      wordSet
	pledgeVerbs, citedBy, administrations, saidBack, outsiders, citeVerbs          wordSet
	// dates are the sentences' dates (dateSentences).
	dates *storyDates
	out   []stmt
	// last is the speaker of the last attributed statement, lastSent the
	// sentence it was attributed in; subject is the last actor (not a
	// state) that was the subject of a sentence's first verb, subjectSent
	// that sentence. person is the last person among either.
	last, lastSent, subject, subjectSent, person int
	// colon is the speaker of a paragraph ending in "X berkata:", whose
	// quote is the next paragraph.
	colon int
	// unnamed remembers who an unnamed official spoke for ("seorang
	// pejabat AS mengatakan"), by title, for "kata pejabat itu".
	unnamed map[string]int
}

// find finds the statements of a page in two steps: every direct quotation
// of the headline and the body, each attributed by ranking the candidates
// around it (see attribute), and the reported speech of the body ("X
// mengatakan bahwa ...", "menurut X, ..."), whose speaker is found the same
// way. A quotation no candidate is good enough for is kept without a
// speaker; reported speech without one is left out.
func (r *statementRules) find(seg *segmented, c *cast, dates *storyDates) []stmt {
	f := &statementFinder{clauses: &clauses{lex: r.lex, seg: seg, cast: c}, predicate: r.predicate, sourceNouns: r.sourceNouns, objectAdverbs: r.objectAdverbs, asSaid: r.asSaid, bodyNouns: r.bodyNouns, anonymous: r.anonymous, voiceCues: r.voiceCues, groupPronouns: r.groupPronouns, groupHeads: r.groupHeads, pledgeVerbs: r.pledgeVerbs, citedBy: r.citedBy, administrations: r.administrations, saidBack: r.saidBack, outsiders: r.outsiders, citeVerbs: r.citeVerbs, dates: dates,
		last: -1, lastSent: -1, subject: -1, subjectSent: -1, person: -1, colon: -1, unnamed: map[string]int{}}
	quotes := make([][]quoteRegion, len(f.units))
	open := false // the unit before left a quote open
	for ui := range f.units {
		quotes[ui] = findQuotes(&f.units[ui], open && !f.units[ui].title)
		qs := quotes[ui]
		open = len(qs) > 0 && qs[len(qs)-1].close == len(f.units[ui].toks)
	}
	for ui := range f.units {
		u := &f.units[ui]
		if u.title {
			for _, q := range quotes[ui] {
				f.headlineQuote(ui, q)
			}
			continue
		}
		colon := f.colon
		f.colon = -1
		qi := 0
		for s := u.firstSent; s < u.endSent; s++ {
			for ; qi < len(quotes[ui]) && quotes[ui][qi].open < f.seg.sents[s].te; qi++ {
				f.quote(ui, qi, quotes, colon)
			}
			f.reported(ui, s, quotes[ui])
			f.noteSubject(ui, s, quotes[ui])
		}
	}
	f.quotesInReported()
	f.saidBySentenceAfter()
	return f.out
}

// saidBySentenceAfter gives a quote that found no speaker to the one the
// sentence right after it says delivered it ("“...,” demikian isi pernyataan
// tersebut. Pernyataan itu disampaikan juru bicara Kementerian Luar Negeri
// Korea Selatan X."): a source noun pointing back, then a verb of saying in
// the passive and its agent.
func (f *statementFinder) saidBySentenceAfter() {
	for i := range f.out {
		q := &f.out[i]
		if !q.direct || q.speaker >= 0 {
			continue
		}
		s := f.seg.sentOf(q.unit, q.te-1) + 1
		if s <= 0 || s >= len(f.seg.sents) {
			continue
		}
		r := f.seg.sents[s]
		u := &f.units[r.unit]
		k := r.ts
		if k+3 >= r.te || !f.sourceNouns[u.toks[k].low] || !isDemonstrative(u.toks[k+1].low) || !f.asSaid[u.toks[k+2].low] {
			continue
		}
		k += 3
		if u.toks[k].low == "oleh" {
			k++
		}
		if who := f.speakerAt(r.unit, k); who >= 0 {
			*q = f.newStmt(who, q.Text, q.Kind, q.unit, q.ts, q.te, f.seg.sentOf(q.unit, q.ts))
		}
	}
}

// quotesInReported gives a direct quote inside someone's reported words
// ("... setelah Takaichi menyatakan bahwa serangan terhadap Taiwan dapat
// menjadi “situasi yang mengancam ...”") to the speaker of those words
// when its own attribution found no one or only a state (the subject of
// the sentence's main clause), and the words are no news outlet's report.
func (f *statementFinder) quotesInReported() {
	for i := range f.out {
		q := &f.out[i]
		if !q.direct {
			continue
		}
		for _, r := range f.out {
			if !r.direct && r.speaker >= 0 && r.unit == q.unit && r.ts < q.ts && q.te <= r.te+1 {
				weak := q.speaker < 0 || f.actors[q.speaker].typ == diplograph.TypeCountry
				if weak && q.speaker != r.speaker && f.actors[r.speaker].typ != diplograph.TypeMedia {
					*q = f.newStmt(r.speaker, q.Text, q.Kind, q.unit, q.ts, q.te, f.seg.sentOf(q.unit, q.ts))
				}
				break
			}
		}
	}
}

// attribution is what the text around a quote says of its speaker: an
// actor, or, when found is true and speaker is -1, someone the analysis
// cannot name ("kata seorang sumber"), which ends the search.
type attribution struct {
	speaker int
	found   bool
	sent    int // the sentence that names the speaker, -1 for the quote's own
}

// noAttribution is what the text says when it names no speaker.
var noAttribution = attribution{speaker: -1, sent: -1}

// named is an attribution to speaker k (or to someone unknown, k = -1)
// read in sentence s.
func named(k, s int) attribution { return attribution{speaker: k, found: true, sent: s} }

// quote attributes quotation qi of unit ui and records it as a direct
// statement. The candidates, best first: the speaker after it ("..., kata
// X", "ujarnya", "tegas pihak X", "demikian pernyataan X"); the one
// introducing it in its sentence ("X mengatakan: ...", "X berkata, ...",
// a clause before a colon, the subject of the clause it is quoted in); for
// a quote that goes on in the next paragraph, the speaker named there; the
// speaker of a paragraph ending in "X berkata:"; for a quote standing
// alone, the last speaker in a run of quotes, else the person the sentence
// before is about. A named but unknown speaker ("kata seorang sumber")
// ends the search: the statement is kept with no speaker rather than with
// a guess.
func (f *statementFinder) quote(ui, qi int, quotes [][]quoteRegion, colon int) {
	u := &f.units[ui]
	q := quotes[ui][qi]
	words := countWords(u, q.open+1, q.close)
	if words == 0 {
		return
	}
	a, nya := f.attributeAfter(ui, q)
	if words < minQuoteWords && !(a.found && a.speaker >= 0 && f.opensSentence(ui, q)) {
		// A term in quotation marks; a short answer ("“Tentu saja,” ujar
		// X") is words only when it is its sentence's start.
		return
	}
	if !a.found && f.labelQuote(ui, q) {
		if b := f.attributeBefore(ui, q); b.speaker < 0 || f.actors[b.speaker].typ != diplograph.TypePerson {
			return // a person's clause quotes the person: "menyambut X sebagai “...”"
		}
	}
	if nya {
		// "X menilai bahwa “...,” katanya": the -nya points to the one
		// introducing the quote in its sentence, else to the last spoken of.
		if b := f.attributeBefore(ui, q); b.found && b.speaker >= 0 {
			a = b
		}
	}
	if !a.found {
		a = f.attributeBefore(ui, q)
	}
	if !a.found && q.close == len(u.toks) && ui+1 < len(f.units) && len(quotes[ui+1]) > 0 && quotes[ui+1][0].open <= 0 {
		// A quote running over several paragraphs: its speaker is named
		// after its last part.
		a, _ = f.attributeAfter(ui+1, quotes[ui+1][0])
	}
	if !a.found && q.open <= 0 && colon >= 0 {
		a = named(colon, -1)
	}
	if !a.found && f.standsAlone(ui, q) {
		a = f.attributeAlone(ui, q)
	}
	if a.speaker < 0 && words < minUnattributedWords {
		return // a scare quote, or too little to be anyone's words
	}
	sent := a.sent
	if sent < 0 {
		sent = f.seg.sentOf(ui, q.open+1)
	}
	text := strings.TrimRight(tidySpace(u.surface(q.open+1, q.close)), " ,")
	f.add(f.newStmt(a.speaker, text, diplograph.KindDirect, ui, q.open+1, q.close, sent))
}

// labelQuote says whether quote q of unit ui may set off a name or a
// label rather than anyone's words (hubungan itu menjadi "kemitraan
// strategis komprehensif"): a phrase with no verb, standing inside a
// clause after one of its words, in a sentence where no verb of saying, of
// pledging or "menurut" comes before it.
func (f *statementFinder) labelQuote(ui int, q quoteRegion) bool {
	u := &f.units[ui]
	from := f.seg.sents[f.seg.sentOf(ui, q.open)].ts
	if q.open <= from || !u.toks[q.open-1].word {
		return false
	}
	for i := q.open + 1; i < q.close; i++ {
		if f.lex.verbLike(u.toks[i].low) && !u.covered(i) {
			return false
		}
	}
	for i := from; i < q.open; i++ {
		w := u.toks[i].low
		if w == "menurut" || w == "menurutnya" || isQuoteMark(w) || f.lex.speech[w] || f.lex.isQuoteVerb(w) || f.pledgeVerbs[w] {
			return false
		}
	}
	return true
}

// add records a statement and who spoke last.
func (f *statementFinder) add(st stmt) {
	f.out = append(f.out, st)
	if st.speaker < 0 {
		return
	}
	f.last, f.lastSent = st.speaker, f.seg.sentOf(st.unit, st.ts)
	if f.actors[st.speaker].typ == diplograph.TypePerson {
		f.person = st.speaker
	}
}

// recent is who a "-nya" of an attributing verb points to: the last
// speaker, or the subject of a later sentence ("X mengecam ... . “...,”
// tegasnya").
func (f *statementFinder) recent() int {
	if f.subject >= 0 && f.subjectSent > f.lastSent {
		return f.subject
	}
	return f.last
}

// attributeAfter reads the attribution after a quote's closing mark:
// "..., kata X", "...," ujarnya, "...," tegas pihak X, "...," demikian
// pernyataan resmi X. nya reports a -nya form, which points back: to the
// one spoken of last, unless the quote's own sentence names its speaker
// before it.
func (f *statementFinder) attributeAfter(ui int, q quoteRegion) (a attribution, nya bool) {
	u := &f.units[ui]
	if q.close >= len(u.toks) {
		return noAttribution, false
	}
	k := q.close + 1
	for k < len(u.toks) && (u.toks[k].low == "," || u.toks[k].low == ".") {
		k++
	}
	if k >= len(u.toks) || !u.toks[k].word {
		return noAttribution, false
	}
	s := f.seg.sentOf(ui, k)
	if f.saidBack[u.toks[k].low] && k+1 < len(u.toks) {
		// "..., demikian kata X", "..., demikian pernyataan X", "...,
		// begitu kata X"
		if f.lex.isQuoteVerb(u.toks[k+1].low) {
			k++
		} else if f.sourceNouns[u.toks[k+1].low] {
			return named(f.speakerAt(ui, k+1), s), false
		} else if w := u.toks[k+1].low; strings.HasSuffix(w, "nya") && f.sourceNouns[strings.TrimSuffix(w, "nya")] {
			// "..., demikian pernyataannya": the one who spoke last.
			return named(f.recent(), s), true
		}
	}
	if sp, ok := u.spanAt(k); ok && sp.te < len(u.toks) && (f.lex.isQuoteVerb(u.toks[sp.te].low) || f.lex.speech[u.toks[sp.te].low]) {
		// "“...,” Zelensky berkata.": the name before its verb, as
		// translated copy writes it.
		return named(sp.actor, s), false
	}
	if !f.lex.isQuoteVerb(u.toks[k].low) {
		return noAttribution, false
	}
	if f.lex.isQuoteVerbNya(u.toks[k].low) {
		return named(f.recent(), s), true
	}
	return named(f.speakerAt(ui, k+1), s), false
}

// speakerAt reads the speaker phrase at token j, after an attributing
// verb: an actor ("kata Kim", "ujar pihak Kemlu"), a pronoun ("kata dia"),
// the owner of a statement ("lanjut pernyataan Kemlu"; "bunyi surat itu" is
// its author, the one spoken of last), a title standing for someone
// ("kata Menlu", "kata pejabat itu", "kata juru bicara Kementerian Luar
// Negeri China"). -1 when the phrase names no one the article knows.
func (f *statementFinder) speakerAt(ui, j int) int {
	u := &f.units[ui]
	for j < len(u.toks) && f.lex.party[u.toks[j].low] {
		j++
	}
	if j >= len(u.toks) {
		return -1
	}
	if f.sourceNouns[u.toks[j].low] {
		return f.ownerOfWords(ui, j)
	}
	if sp, ok := u.spanAt(j); ok {
		return f.aideOf(u, sp)
	}
	if u.toks[j].upper && !u.covered(j) && j+2 < len(u.toks) && u.toks[j+1].low == "," && u.toks[j+2].low == "sapaan" {
		return f.person // "ujar Roy, sapaan akrabnya": the person spoken of, by a nickname
	}
	if k := f.apposedPerson(u, j); k >= 0 {
		return k
	}
	if k := f.officeOfBody(u, j); k >= 0 {
		return k
	}
	if w := u.toks[j]; j+1 < len(u.toks) && w.word && !w.upper && (u.toks[j+1].low == "itu" || u.toks[j+1].low == "tersebut") && !f.personTitleAt(u, j) {
		// "tulis departemen itu", "kata kementerian tersebut": the body
		// of that kind named before (not "ujar jenderal itu": a person).
		if k := f.bodyOfKind(ui, j, w.low); k >= 0 {
			return k
		}
	}
	if f.lex.pronoun[u.toks[j].low] {
		return f.person
	}
	if k := f.titleSpeaker(ui, j); k >= 0 {
		return k
	}
	if k := f.describedPerson(ui, j); k >= 0 {
		return k
	}
	return f.epithetSpeaker(ui, j)
}

// ownerOfWords is who speaks through the source noun at token j: the one
// a passive verb of saying names as reading or delivering it ("pernyataan
// kementerian yang dibacakan juru bicaranya, X"), as the gold credits the
// voice of a body's words; else its owner ("pernyataan (resmi) Kemlu RI");
// the body of that kind named before ("pernyataan kementerian tersebut");
// the author of words pointed back to, the one spoken of last ("surat
// itu"). -1 when no one is named.
func (f *statementFinder) ownerOfWords(ui, j int) int {
	u := &f.units[ui]
	owner, k := -1, j+1
	for ; k < len(u.toks) && k <= j+3 && u.toks[k].word && u.toks[k].low != "yang"; k++ {
		if sp, ok := u.spanAt(k); ok {
			owner, k = sp.actor, sp.te
			break
		}
		if w := u.toks[k].low; w == "itu" || w == "tersebut" {
			owner = f.recent()
			if head := u.toks[k-1].low; k-1 > j && f.bodyNouns[head] {
				// "pernyataan kementerian tersebut": a body named so, else
				// (an office folded into its holder's title: "Kantor
				// Perdana Menteri Israel Benjamin Netanyahu") the one who
				// spoke last, never another body named since.
				if b := f.bodyOfKind(ui, k-1, head); b >= 0 && f.actors[b].namedAs(head) {
					owner = b
				}
			}
			k++
			break
		}
		if head := u.toks[k].low; owner < 0 && f.bodyNouns[head] {
			owner = f.bodyOfKind(ui, k, head) // "pernyataan kementerian yang ..."
		}
	}
	if k+2 < len(u.toks) && u.toks[k].low == "yang" && f.asSaid[u.toks[k+1].low] {
		r := k + 2
		if u.toks[r].low == "oleh" {
			r++
		}
		if reader := f.speakerAt(ui, r); reader >= 0 {
			return reader
		}
	}
	return owner
}

// describedPerson is whom a person's title pointing back with the state or
// body it serves describes, at token j of unit ui ("Pemimpin Malaysia
// itu", "Diplomat tertinggi Uni Eropa itu", "pemimpin delegasi Rusia
// tersebut", "wakil direktur departemen di Komite Sentral Partai Buruh
// Korea itu"): the person of that state or body named last before it,
// never the state or body itself. A kin ("Adik pemimpin Korea Utara itu")
// is not the holder of the post named after the kinship; a post once held
// ("Mantan perdana menteri Portugal itu"), which the dictionary may not
// know, is the person spoken of last when no one of that state is named.
// -1 when the words are no such description or no one fits.
func (f *statementFinder) describedPerson(ui, j int) int {
	u := &f.units[ui]
	p, end := f.lex.titles.matchAt(u.text, u.toks, j)
	if p == nil || !f.lex.personKind(j, p) {
		return -1
	}
	for k := end; k < len(u.toks) && k <= end+maxEpithetWords; k++ {
		sp, ok := u.spanAt(k)
		if !ok {
			if !u.toks[k].word || u.toks[k].upper || u.covered(k) {
				return -1
			}
			continue
		}
		if f.actors[sp.actor].typ == diplograph.TypePerson || sp.te >= len(u.toks) {
			return -1
		}
		if w := u.toks[sp.te].low; w != "itu" && w != "tersebut" {
			return -1
		}
		if h := f.personOf(ui, j, sp.actor, f.lex.titleKin[p.ref]); h >= 0 {
			return h
		}
		if u.toks[j].low == "mantan" {
			return f.person
		}
		return -1
	}
	return -1
}

// personOf is the person named last before token j of unit ui who is of
// actor q: of its state, holding a post of it ("Kepala kebijakan luar
// negeri Uni Eropa Kaja Kallas"), or of the state a body of one belongs to
// ("Komite Sentral Partai Buruh Korea"); a kin of the holder (kin) holds
// no post of q. -1 when none.
func (f *statementFinder) personOf(ui, j, q int, kin bool) int {
	of := f.actors[q]
	for vi := ui; vi >= 0; vi-- {
		v := &f.units[vi]
		end := len(v.toks)
		if vi == ui {
			end = j
		}
		spans := v.spansIn(0, end)
		for x := len(spans) - 1; x >= 0; x-- {
			a := f.actors[spans[x].actor]
			if spans[x].qual || a.typ != diplograph.TypePerson {
				continue
			}
			holds := slices.ContainsFunc(a.positions, func(p position) bool { return p.of == of.id })
			if kin && holds {
				continue
			}
			if holds || of.country != "" && a.country == of.country {
				return spans[x].actor
			}
		}
	}
	return -1
}

// maxEpithetWords bounds a description pointing back after an attributing
// verb ("kata peraih Nobel Perdamaian tersebut").
const maxEpithetWords = 6

// epithetSpeaker is who a description ending in "itu" or "tersebut" at
// token j points back to: the body of that kind named before when a body
// noun ends it ("kata juru bicara kementerian tersebut"), else the person
// spoken of last ("kata peraih Nobel Perdamaian tersebut", "ujar politikus
// PDIP itu", "ujar presiden dari Partai Republik tersebut", when no holder
// of the title is known); -1 for a source ("kata sumber tersebut").
func (f *statementFinder) epithetSpeaker(ui, j int) int {
	u := &f.units[ui]
	e := j
	for e < len(u.toks) && e-j < maxEpithetWords && u.toks[e].word && u.toks[e].low != "itu" && u.toks[e].low != "tersebut" {
		e++
	}
	if e == j || e >= len(u.toks) || (u.toks[e].low != "itu" && u.toks[e].low != "tersebut") {
		return -1
	}
	if head := u.toks[e-1].low; f.bodyNouns[head] {
		return f.bodyOfKind(ui, e-1, head)
	}
	if f.sourceNouns[u.toks[j].low] || f.bodyNouns[u.toks[j].low] || f.anonymous[u.toks[j].low] {
		return -1
	}
	if k := f.titledBefore(ui, j, e); k >= 0 {
		return k
	}
	return f.person
}

// personTitleAt says whether a person's title opens at token j.
func (f *statementFinder) personTitleAt(u *annotatedUnit, j int) bool {
	p, _ := f.lex.titles.matchAt(u.text, u.toks, j)
	return p != nil && f.lex.personTitle(p.ref)
}

// bodyOfKind is the body (no state) of the kind head names that was named
// last before token i of unit ui ("kementerian itu"), or -1.
func (f *statementFinder) bodyOfKind(ui, i int, head string) int {
	if k := f.bodyBefore(ui, i, head); k >= 0 && f.actors[k].typ != diplograph.TypeCountry {
		return k
	}
	return -1
}

// titledBefore is who the last mention before token j of unit ui of the
// words [j, e) as a title names: the one named right after them ("Seorang
// juru bicara Kementerian Luar Negeri Jepang menolak ...", then "kata juru
// bicara tersebut": the ministry; the person named right after the body,
// when one is); -1 when no mention names one.
func (f *statementFinder) titledBefore(ui, j, e int) int {
	title := f.units[ui].toks[j:e]
	for vi := ui; vi >= 0; vi-- {
		v := &f.units[vi]
		end := len(v.toks) - len(title)
		if vi == ui {
			end = j - len(title)
		}
		for x := end; x >= 0; x-- {
			if !slices.EqualFunc(v.toks[x:x+len(title)], title, func(a, b token) bool { return a.low == b.low }) {
				continue
			}
			if sp, ok := v.spanAt(x + len(title)); ok && !sp.qual {
				if holder, ok := v.spanAt(sp.te); ok && !holder.qual && f.actors[holder.actor].typ == diplograph.TypePerson {
					return holder.actor // "juru bicara Kemlu AS Tammy Bruce"
				}
				return sp.actor
			}
		}
	}
	return -1
}

// officeOfBody is the body an office of it speaks for ("tegas Biro Politik
// Houthi", "kata Sayap Militer Hamas"): a body named after at most three
// capitalized words at token j that name no one; -1 when there is none.
func (f *statementFinder) officeOfBody(u *annotatedUnit, j int) int {
	if p, _ := f.lex.titles.matchAt(u.text, u.toks, j); p != nil {
		return -1 // a title stands for a holder (titleSpeaker)
	}
	for e := j; e < len(u.toks) && e <= j+3; e++ {
		if sp, ok := u.spanAt(e); ok {
			if e > j && f.actors[sp.actor].typ == diplograph.TypeOrganization {
				if k := f.personAfterOffice(u, sp.te); k >= 0 {
					return k
				}
				return sp.actor
			}
			return -1
		}
		if t := u.toks[e]; !t.word || !t.upper || u.covered(e) {
			return -1
		}
	}
	return -1
}

// personAfterOffice is the person named within six words after an office's
// body ending at te, with no mark between ("kata Perwakilan Tinggi Uni Eropa
// untuk Urusan Luar Negeri Kaja Kallas"): the office is that person's
// title; -1 when no person follows.
func (f *statementFinder) personAfterOffice(u *annotatedUnit, te int) int {
	for k := te; k < len(u.toks) && k <= te+6; k++ {
		if sp, ok := u.spanAt(k); ok {
			if f.actors[sp.actor].typ == diplograph.TypePerson {
				return sp.actor
			}
			return -1
		}
		if !u.toks[k].word {
			return -1
		}
	}
	return -1
}

// apposedPerson is the person whose name a comma sets off after the
// lower-case words at token j, which describe them ("kata juru bicara
// kementerian itu, Guo Jiakun", "ujar seorang pejabat senior, Li Wei"),
// and may end in the state or body they serve;
// -1 when there is none.
func (f *statementFinder) apposedPerson(u *annotatedUnit, j int) int {
	// Six words of description at most; a name, a title or a body's
	// qualifiers count as one.
	for e, words := j, 0; e < len(u.toks)-1 && words < 6; e, words = e+1, words+1 {
		t := u.toks[e]
		if t.low == "," {
			sp, ok := u.spanAt(e + 1)
			if q, end := f.lex.titles.matchAt(u.text, u.toks, e+1); !ok && q != nil {
				sp, ok = u.spanAt(end) // "..., Komodor Jay Tarriela": a rank before the name
			}
			if ok && e > j && f.actors[sp.actor].typ == diplograph.TypePerson {
				return sp.actor
			}
			return -1
		}
		if sp, ok := u.spanAt(e); ok && e > j && f.actors[sp.actor].typ == diplograph.TypePerson {
			return f.aideOf(u, sp) // "kata seorang pejabat senior, Li Wei", the title in the mention
		}
		if sp, ok := u.spanAt(e); ok && e > j {
			if k := f.pastQualifiers(u, sp.te); k < len(u.toks) && u.toks[k].low == "," {
				// "kata juru bicara pemerintah Niger, Kolonel Amadou
				// Abdramane": the state or body the description names,
				// with its acronym and its field ("Penjaga Pantai
				// Filipina (PCG) untuk Laut Filipina Barat, Komodor Jay
				// Tarriela").
				e = k - 1
				continue
			}
		}
		if q, end := f.lex.titles.matchAt(u.text, u.toks, e); q != nil && t.upper && end < len(u.toks) {
			e = end - 1 // "kata juru bicara Presiden Vladimir Putin, Dmitry Peskov": the served one's title
			continue
		}
		if t.word && t.upper && !u.covered(e) && e > j && e+2 < len(u.toks) && u.toks[e+1].low == "," {
			// "kata sekretaris pers Yunus, Shafiqul Alam": one name the
			// article does not know, then the one it sets off.
			if sp, ok := u.spanAt(e + 2); ok && f.actors[sp.actor].typ == diplograph.TypePerson {
				return sp.actor
			}
		}
		if !t.word || t.upper || u.covered(e) {
			return -1
		}
		if w := t.low; w == "dalam" || w != "untuk" && w != "dari" && f.lex.preps[w] {
			// "ujar Kepala Negara dalam pernyataan bersama dengan
			// Carney": an adjunct of the saying, no description.
			return -1
		}
	}
	return -1
}

// pastQualifiers returns where the words after a body named up to token k
// go on past its acronym in brackets and a field it serves ("(PCG) untuk
// Laut Filipina Barat"): the first token after them.
func (f *statementFinder) pastQualifiers(u *annotatedUnit, k int) int {
	if k+2 < len(u.toks) && u.toks[k].low == "(" && u.toks[k+2].low == ")" {
		k += 3
	}
	if k+1 < len(u.toks) && u.toks[k].low == "untuk" && u.toks[k+1].upper {
		for k++; k < len(u.toks) && u.toks[k].word && u.toks[k].upper; k++ {
		}
	}
	return k
}

// aideOf is who speaks where a person's span sp is named: the holder of a
// post for that person when a comma sets the holder off after the name
// ("kata sekretaris pers Muhammad Yunus, Shafiqul Alam"), else the person.
func (f *statementFinder) aideOf(u *annotatedUnit, sp span) int {
	if sp.te+1 >= len(u.toks) || u.toks[sp.te].low != "," || f.actors[sp.actor].typ != diplograph.TypePerson {
		return sp.actor
	}
	h, ok := u.spanAt(sp.te + 1)
	if !ok || h.actor == sp.actor {
		return sp.actor
	}
	for _, r := range f.actors[h.actor].roles {
		if r.Of == f.actors[sp.actor].id {
			return h.actor
		}
	}
	return sp.actor
}

// titleSpeaker reads a title standing for its holder at token j: the one
// person of the article who holds it ("kata Sultan", "Menlu Rusia:"), the
// holder it points back to ("pejabat itu": a person holding it, else the
// body an unnamed official of that title spoke for before), or the body
// or state an unnamed official speaks for ("kata juru bicara Kementerian
// Luar Negeri China"). A former official speaks for no one; -1 when no one
// fits.
func (f *statementFinder) titleSpeaker(ui, j int) int {
	u := &f.units[ui]
	if u.toks[j].low == "mantan" {
		// "kata mantan Wakil Menteri Luar Negeri itu": the person spoken
		// of, whom the page describes by a post once held.
		if j+1 < len(u.toks) && pointsBack(u, j+1) {
			return f.person
		}
		return -1
	}
	p, end := f.lex.titles.matchAt(u.text, u.toks, j)
	if p == nil || !f.lex.personTitle(p.ref) {
		return -1
	}
	title, titleEnd := f.lex.titleKey(u.toks[j:end]), end
	q := -1
	for end < len(u.toks) {
		sp, ok := u.spanAt(end)
		if !ok {
			break
		}
		if f.actors[sp.actor].typ == diplograph.TypePerson {
			return sp.actor // "kata Menteri Luar Negeri Sergei Lavrov"
		}
		if q < 0 {
			q = sp.actor
		}
		end = sp.te
	}
	if pointsBack(u, end) {
		if f.units[ui].title {
			return -1
		}
		if q < 0 && f.bodyNouns[u.toks[end].low] {
			// "ujar juru bicara kementerian itu": of the body of that
			// kind named before, not of another body's spokesperson.
			if b := f.bodyOfKind(ui, end, u.toks[end].low); b >= 0 {
				q = b
			} else {
				return -1
			}
		}
		if q < 0 {
			// "Seorang juru bicara Kementerian Luar Negeri Jepang ...",
			// then "kata juru bicara tersebut": whom the last mention of
			// the post named, before any other holder of it on the page.
			if k := f.titledBefore(ui, j, titleEnd); k >= 0 {
				return k
			}
		}
		if h := f.holder(title, q); h >= 0 {
			return h
		}
		if k, ok := f.unnamed[title]; ok && (q < 0 || k == q) {
			return k
		}
		return -1
	}
	if end < len(u.toks) && u.toks[end].upper && u.toks[end].word {
		return -1 // a name the article does not know
	}
	if h := f.holder(title, q); h >= 0 {
		return h
	}
	if q < 0 {
		if h := f.homeHolder(title); h >= 0 {
			return h
		}
	}
	if q >= 0 {
		f.unnamed[title] = q
	}
	return q
}

// attributeBefore reads who introduces a quote in its own sentence: the
// subject of a speech verb before it ("X mengatakan: “...”", "Dia
// menambahkan di Twitter, “...”", "X menilai bahwa “...”"), the actor after
// an attributing verb it resumes after ("“...,” kata Kim, “...”"), the last
// speaker after "katanya,", the subject of the clause a colon closes ("X
// menyambut tamunya dengan pepatah: “...”") or of the clause the quote is
// part of ("X meminta Seoul “mengirim delegasi ...”").
func (f *statementFinder) attributeBefore(ui int, q quoteRegion) attribution {
	u := &f.units[ui]
	if q.open <= 0 {
		return noAttribution
	}
	s := f.seg.sentOf(ui, q.open)
	from := f.seg.sents[s].ts
	v := q.open - 1
	colon := false
	for v >= from && (u.toks[v].low == ":" || u.toks[v].low == "," || u.toks[v].low == "bahwa") {
		colon = colon || u.toks[v].low == ":"
		v--
	}
	if v < from {
		return noAttribution
	}
	if w := speechBeforePhrase(u, f.lex, from, v); w >= 0 {
		v = w // "menambahkan di Twitter: “"
	}
	switch t := u.toks[v].low; {
	case f.lex.speech[t]:
		return named(f.speakerOfVerb(ui, v), s)
	case f.lex.isQuoteVerbNya(t):
		return named(f.recent(), s) // "...," katanya, "..."
	}
	if sp, ok := u.spanEndingAt(v + 1); ok && sp.ts > 0 {
		// "...," kata Kim, "..."; Menurut Anis, "..."
		if before := u.toks[sp.ts-1].low; f.lex.isQuoteVerb(before) || sp.ts > from && before == "menurut" {
			return named(sp.actor, s)
		}
	}
	if t := u.toks[v].low; t == "menurutnya" {
		// "Lavrov memuji sikap Indonesia yang menurutnya “...”": "-nya"
		// inside a clause is its subject; opening it (Menurutnya, "..."),
		// the one spoken of last.
		if w := f.firstActiveVerb(u, from, v); w >= 0 {
			if k := f.speakerOfVerb(ui, w); k >= 0 {
				return named(k, s)
			}
		}
		return named(f.recent(), s)
	}
	if a, ok := f.resumedAfter(ui, from, v); ok {
		return a
	}
	if colon && f.firstActiveVerb(u, from, q.open) < 0 {
		// "Airlangga Hartarto, Menko Perekonomian: “...”", "Menteri
		// Perdagangan Budi Santoso: “...”": a line that names its speaker
		// and a colon, with no verb.
		if p := f.onlyPerson(u, from, v+1); p >= 0 {
			return named(p, s)
		}
	}
	if colon || countWords(u, q.open+1, q.close) >= minUnattributedWords {
		// The sentence the quote closes or is part of: the subject of its
		// first verb ("Sun mendesak Takaichi agar menarik ..., “...”" is
		// Sun's).
		if w := f.firstActiveVerb(u, from, q.open); w >= 0 {
			return named(f.speakerOfVerb(ui, w), s)
		}
	}
	return noAttribution
}

// resumedAfter reads a quote that goes on after its attribution, which a
// phrase may follow ("“...,” ujar Nawaf Salam usai rapat kabinet, “...”",
// "“...,” tulis al-Shaibani di platform X, “...”"): the closing mark of the
// quote before in the sentence, then a quote verb, then no other verb up
// to token v. ok is false when the quote resumes nothing.
func (f *statementFinder) resumedAfter(ui, from, v int) (attribution, bool) {
	u := &f.units[ui]
	s := f.seg.sentOf(ui, v)
	for c := v; c > from; c-- {
		if !isQuoteMark(u.toks[c].low) {
			continue
		}
		k := c + 1
		for k < v && u.toks[k].low == "," {
			k++
		}
		if k >= v || !f.lex.isQuoteVerb(u.toks[k].low) {
			return noAttribution, false
		}
		for j := k + 1; j <= v; j++ {
			if t := u.toks[j]; t.word && !u.covered(j) && (f.lex.speech[t.low] || isActiveVerb(t.low)) {
				return noAttribution, false
			}
		}
		if f.lex.isQuoteVerbNya(u.toks[k].low) {
			return named(f.recent(), s), true
		}
		return named(f.speakerAt(ui, k+1), s), true
	}
	return noAttribution, false
}

// speakerOfVerb is who speaks through the verb at token v: its subject;
// a pronoun is the last person spoken of; a description pointing back
// ("Pria berusia 70 tahun itu") is the person spoken of last; -1 for a
// subject the article does not know ("Blinkin mengatakan", "Sumber itu
// mengatakan").
func (f *statementFinder) speakerOfVerb(ui, v int) int {
	u := &f.units[ui]
	s := f.seg.sents[f.seg.sentOf(ui, v)]
	b := f.lex.skipAdverbsBack(u, s.ts, v-1) // the word before the verb, past adverbs
	if b > s.ts && u.toks[b].low == "untuk" {
		// "Prabowo menelepon PM Nepal Sushila Karki untuk menyampaikan
		// ...": a purpose clause speaks for the main clause's subject.
		if w := f.firstActiveVerb(u, s.ts, b); w >= 0 && w < b {
			return f.speakerOfVerb(ui, w)
		}
	}
	if b >= s.ts && u.toks[b].word && u.toks[b].upper && !u.covered(b) &&
		!f.lex.pronoun[u.toks[b].low] && !f.lex.stop[u.toks[b].low] {
		return -1 // "Blinkin mengatakan": a name the article does not know
	}
	if b-1 >= s.ts && (u.toks[b].low == "itu" || u.toks[b].low == "tersebut") && f.bodyNouns[u.toks[b-1].low] &&
		(b-1 == s.ts || u.toks[b-2].low == ",") {
		// "Departemen itu menegaskan ...": the body of that kind named
		// before, never the person spoken of last.
		return f.bodyOfKind(ui, b-1, u.toks[b-1].low)
	}
	if b-1 > s.ts && (u.toks[b].low == "itu" || u.toks[b].low == "tersebut") && f.bodyNouns[u.toks[b-1].low] &&
		f.unnamedOfBody(u, clauseStart(u, s.ts, v), b-1) {
		// "Seorang pejabat kantor tersebut mengatakan ...": someone left
		// unnamed speaks for the body of that kind named before, never
		// for the person spoken of last.
		return f.bodyOfKind(ui, b-1, u.toks[b-1].low)
	}
	if b >= s.ts && f.groupPronouns[u.toks[b].low] && f.subject >= 0 && f.subjectSent == f.seg.sentOf(ui, v)-1 {
		// "Frederiksen dan Nielsen mengeluarkan pernyataan bersama.
		// Mereka menambahkan, ...": the first of the group just spoken of.
		return f.subject
	}
	if k, ok := f.unnamedOfAdministration(u, s.ts, b+1); ok {
		return k
	}
	k, ok := f.subjectPastObject(u, s.ts, b)
	if ok && k < 0 {
		return -1
	}
	if !ok {
		k = f.subjectOf(ui, v, f.person)
	}
	if k >= 0 {
		if h := f.personBehind(ui, k, s.ts, v); h >= 0 {
			return h
		}
		f.rememberUnnamed(ui, k, s.ts, v)
		return k
	}
	if f.describesBack(u, s.ts, v) {
		return f.person
	}
	return -1
}

// subjectPastObject reads the subject of a verb of saying when the
// mention ending at token b, the word before it in the sentence from token
// from, is no speaker of it: the object of an active verb before it, whose
// complement the verb of saying opens ("Aliyev menuntut Moskow mengakui
// ...": words demanded, never said), unless that verb cites its object
// ("mengutip NIS mengatakan"); the subject is then the head of a relative
// clause the active verb is in ("Sjafrie yang mendampingi Prabowo
// mengatakan"), else no one. A state qualifying people who do not speak
// for it ("Sejumlah media Rusia melaporkan") is no one either. ok is false
// when the mention may be the subject.
func (f *statementFinder) subjectPastObject(u *annotatedUnit, from, b int) (int, bool) {
	sp, ok := u.spanEndingAt(b + 1)
	if !ok || sp.ts <= from {
		return -1, false
	}
	w := sp.ts - 1
	if f.outsiders[u.toks[w].low] && f.actors[sp.actor].typ == diplograph.TypeCountry {
		return -1, true
	}
	t := u.toks[w]
	if t.upper || u.covered(w) || !strings.HasPrefix(t.low, "me") || !f.lex.verbLike(t.low) || f.citeVerbs[t.low] ||
		f.lex.titleEnding(u, max(from, w-4), w, w, nil) >= 0 {
		// ("Wakil Perdana Menteri merangkap Menteri Pertahanan X": a verb
		// joining two titles)
		return -1, false
	}
	if w-1 > from && u.toks[w-1].low == "yang" {
		if head, ok := u.spanEndingAt(w - 1); ok {
			return head.actor, true
		}
	}
	return -1, true
}

// unnamedOfAdministration reads the subject ending at token end, from
// the sentence's start from, when an outlet quoting it ends it ("pejabat AS
// yang dikutip kantor berita Reuters": never the outlet) or it is an
// official left unnamed of a leader's administration ("seorang pejabat
// senior pemerintahan Trump": the leader's state, not the leader). ok is
// false for any other subject.
func (f *statementFinder) unnamedOfAdministration(u *annotatedUnit, from, end int) (int, bool) {
	cited := false
	if sp, ok := u.spanEndingAt(end); ok && f.actors[sp.actor].typ == diplograph.TypeMedia && sp.ts-2 > from &&
		f.citedBy[u.toks[sp.ts-1].low] && u.toks[sp.ts-2].low == "yang" {
		cited, end = true, sp.ts-2
	}
	sp, ok := u.spanEndingAt(end)
	if !ok {
		return -1, cited
	}
	if a := f.actors[sp.actor]; a.typ == diplograph.TypePerson && sp.ts-2 >= from && f.administrations[u.toks[sp.ts-1].low] &&
		u.toks[sp.ts-2].word && !u.toks[sp.ts-2].upper && !f.lex.preps[u.toks[sp.ts-2].low] {
		// ("Sumber di pemerintahan X": a source somewhere in it, unknown)
		if k, ok := f.byID[strings.ToLower(a.country)]; ok {
			return k, true
		}
		return -1, true
	}
	return sp.actor, cited
}

// unnamedOfBody says whether the words [start, head) before a body noun
// name someone of that body left unnamed: an anonymous speaker or a
// person's title, then lower-case words that qualify them and no name
// ("Seorang pejabat senior kantor", "Sumber di kementerian").
func (f *statementFinder) unnamedOfBody(u *annotatedUnit, start, head int) bool {
	i := start
	for i < head && f.lex.party[u.toks[i].low] {
		i++
	}
	if i >= head || u.covered(i) {
		return false
	}
	if p, end := f.lex.titles.matchAt(u.text, u.toks, i); p != nil && f.lex.personTitle(p.ref) && end <= head {
		i = end
	} else if f.anonymous[u.toks[i].low] {
		i++
	} else {
		return false
	}
	for ; i < head; i++ {
		if t := u.toks[i]; !t.word || t.upper || u.covered(i) {
			return false
		}
	}
	return true
}

// personBehind is the person the subject k of the verb at v, in the
// sentence from token from, stands for: the holder of the title before it
// ("Menlu RI menegaskan": the minister, not the state), or, for a state or
// a body, the person a description pointing back names ("Diplomat senior
// Mesir itu memperingatkan", "Dirjen badan pengawas nuklir PBB itu
// menyerukan"); -1 when it stands for no one else.
func (f *statementFinder) personBehind(ui, k, from, v int) int {
	if h := f.titledHolder(ui, k, from, v); h >= 0 {
		return h
	}
	if f.actors[k].typ != diplograph.TypePerson {
		return f.describedPerson(ui, clauseStart(&f.units[ui], from, v))
	}
	return -1
}

// titledHolder returns, for a body or state k that is the subject of the
// verb at v only as the qualifier of a title before it ("Menlu RI
// menegaskan"), the one person of the article who holds that title, or -1.
func (f *statementFinder) titledHolder(ui, k, from, v int) int {
	u := &f.units[ui]
	if f.actors[k].typ == diplograph.TypePerson {
		return -1
	}
	for _, sp := range u.spansIn(from, v) {
		if sp.actor != k || sp.qual {
			continue
		}
		notFormer := func(j int, p *phrase) bool { return f.lex.personKind(j, p) && u.toks[j].low != "mantan" }
		if j := f.lex.titleEnding(u, max(from, sp.ts-3), sp.ts, sp.ts, notFormer); j >= 0 {
			if f.lex.titleEnding(u, max(from, j-2), j, j, f.lex.kinKind) >= 0 {
				return -1 // "Adik pemimpin Korea Utara itu": the holder's kin
			}
			return f.holder(f.lex.titleKey(u.toks[j:sp.ts]), k)
		}
	}
	return -1
}

// rememberUnnamed notes, for an actor that speaks through an unnamed
// official ("seorang pejabat AS mengatakan"), the official's title, so that
// "kata pejabat itu" later is the same speaker.
func (f *statementFinder) rememberUnnamed(ui, k, from, v int) {
	u := &f.units[ui]
	if f.actors[k].typ == diplograph.TypePerson {
		return
	}
	for _, sp := range u.spansIn(from, v) {
		if sp.actor != k || sp.ts == from {
			continue
		}
		if j := f.lex.titleEnding(u, max(from, sp.ts-3), sp.ts, sp.ts, f.lex.personKind); j >= 0 {
			f.unnamed[f.lex.titleKey(u.toks[j:sp.ts])] = k
			return
		}
	}
}

// describesBack says whether the words before the verb at v, from the
// clause's start, are a description pointing back to someone: no name, a
// noun first, "itu" or "tersebut" last ("Pria berusia 70 tahun itu",
// "Diplomat tertinggi Rusia itu").
func (f *statementFinder) describesBack(u *annotatedUnit, from, v int) bool {
	start := clauseStart(u, from, v)
	end := f.lex.skipAdverbsBack(u, start, v-1)
	if end <= start || (u.toks[end].low != "itu" && u.toks[end].low != "tersebut") {
		return false
	}
	if end-start > maxDescriptionWords || u.toks[start].caps || f.bodyNouns[u.toks[start].low] {
		return false
	}
	for i := start; i < end; i++ {
		if !u.toks[i].word && u.toks[i].low != "-" || f.lex.pronoun[u.toks[i].low] || f.lex.speech[u.toks[i].low] {
			return false
		}
	}
	return true
}

// maxDescriptionWords bounds a description standing for a person ("Pria
// berusia 70 tahun itu"): a longer run before a verb is a clause.
const maxDescriptionWords = 6

// firstActiveVerb returns the first transitive verb (prefix me-) or
// speech verb between from and end, or -1; a quotation mark before it
// means the words before the quote are another quote's. Words with ber-
// are left out but for pledges: many describe rather than act ("berusia 70
// tahun").
func (f *statementFinder) firstActiveVerb(u *annotatedUnit, from, end int) int {
	for i := from; i < end; i++ {
		w := u.toks[i].low
		if isQuoteMark(w) {
			return -1
		}
		if (len(w) > 5 && strings.HasPrefix(w, "me") || f.lex.speech[w] || f.pledgeVerbs[w]) && !u.covered(i) {
			return i
		}
	}
	return -1
}

// opensSentence says whether a quote's opening mark starts its sentence.
func (f *statementFinder) opensSentence(ui int, q quoteRegion) bool {
	return q.open <= f.seg.sents[f.seg.sentOf(ui, q.open+1)].ts
}

// standsAlone says whether a quote has nothing else in its sentence but
// punctuation: it is the sentence, or the paragraph.
func (f *statementFinder) standsAlone(ui int, q quoteRegion) bool {
	u := &f.units[ui]
	s := f.seg.sents[f.seg.sentOf(ui, q.open+1)]
	for i := s.ts; i < s.te; i++ {
		if (i <= q.open || i >= q.close) && u.toks[i].word {
			return false
		}
	}
	return true
}

// attributeAlone attributes a quote that stands alone: in a run of quotes
// (the statement before it a quote of the paragraph before or of its own),
// to the last speaker; else to the person or body the sentence before it
// is about ("X mengecam ... . “...”").
func (f *statementFinder) attributeAlone(ui int, q quoteRegion) attribution {
	s := f.seg.sentOf(ui, q.open+1)
	if n := len(f.out); n > 0 {
		prev := f.out[n-1]
		if prev.direct && prev.speaker >= 0 && prev.unit >= ui-1 {
			return named(prev.speaker, -1)
		}
	}
	if f.subject >= 0 && f.subjectSent == s-1 {
		return named(f.subject, -1)
	}
	return noAttribution
}

// headlineQuote records a quote of the headline, attributed to whoever
// the headline names before a colon ("Menlu Rusia: 'Hubungan ...'"): an
// actor, or a title standing for its holder.
func (f *statementFinder) headlineQuote(ui int, q quoteRegion) {
	u := &f.units[ui]
	words := countWords(u, q.open+1, q.close)
	if q.open < 2 || u.toks[q.open-1].low != ":" || words < 2 {
		return
	}
	speaker := -1
	if sp, ok := u.spanAt(0); ok && sp.te == q.open-1 {
		speaker = sp.actor
	} else if k := f.titleSpeaker(ui, 0); k >= 0 {
		speaker = k
	}
	if speaker < 0 {
		return
	}
	text := strings.TrimRight(tidySpace(u.surface(q.open+1, q.close)), " ,")
	f.add(f.newStmt(speaker, text, diplograph.KindDirect, ui, q.open+1, q.close, f.seg.sentOf(ui, q.open+1)))
}

// noteSubject remembers the subject of sentence s when it is an actor
// other than a state: the one a later "-nya" or a quote standing alone may
// point to. The subject is that of the first active or speech verb (a
// passive verb's subject is no speaker), else, in a sentence with no such
// verb ("X tiba di Jakarta"), the actor it opens with.
func (f *statementFinder) noteSubject(ui, s int, quotes []quoteRegion) {
	u := &f.units[ui]
	r := f.seg.sents[s]
	if u.toks[r.ts].low == "menurut" && r.ts+1 < r.te {
		// "Menurut Marles, Sjafrie menawarkan ...": the one whose account
		// the sentence gives stays in focus, not the one it tells of.
		if sp, ok := u.spanAt(r.ts + 1); ok && f.actors[sp.actor].typ == diplograph.TypePerson {
			f.subject, f.subjectSent, f.person = sp.actor, s, sp.actor
			return
		}
	}
	k := -1
	// The first verb whose subject is found: one in an opening clause
	// ("Beberapa jam sebelum menerima tamunya, Putin menuduh ...") has
	// none.
	for i := r.ts; i < r.te; i++ {
		if inQuote(quotes, i) || isQuoteMark(u.toks[i].low) {
			return
		}
		if p, end := f.lex.titles.matchAt(u.text, u.toks, i); p != nil && !u.covered(i) {
			// "Perdana Menteri sekaligus Menteri Luar Negeri Qatar, X,
			// mempertanyakan ...": a title set off from the name is no
			// verb ("Menteri") and no unknown name before one.
			i = end - 1
			continue
		}
		if w := u.toks[i].low; i > r.ts && strings.HasPrefix(w, "di") && f.lex.verbLike(w) && !u.covered(i) {
			// "..., Trump ditanya apakah ia ...": the subject of a verb
			// in the passive, before a pronoun after it.
			if sp, ok := u.spanEndingAt(i); ok && f.actors[sp.actor].typ == diplograph.TypePerson {
				k = sp.actor
				break
			}
		}
		if u.covered(i) || !(isActiveVerb(u.toks[i].low) || f.lex.speech[u.toks[i].low]) {
			continue
		}
		if b := f.lex.skipAdverbsBack(u, r.ts, i-1); b >= r.ts && u.toks[b].word && u.toks[b].upper && !u.covered(b) && !f.lex.stop[u.toks[b].low] && !f.lex.pronoun[u.toks[b].low] {
			// Someone the article does not know ("Ruth mengatakan"): "ia"
			// after it is not the person spoken of before.
			f.subject, f.subjectSent, f.person = -1, s, -1
			return
		}
		// A pronoun subject ("Ia menyebut ...") keeps the person in focus.
		if k = f.subjectOf(ui, i, f.person); k >= 0 {
			if h := f.personBehind(ui, k, r.ts, i); h >= 0 {
				k = h
			}
			break
		}
		// Past an opening clause, at its comma; a verb with no subject
		// found and no comma after it leaves the sentence's opening actor.
		for i < r.te && u.toks[i].low != "," {
			i++
		}
	}
	if k < 0 {
		// "Pernyataan Menteri Luar Negeri Thailand X senada.": the owner
		// of the words a sentence with no verb opens with; "Misri kembali
		// tampil ... dan menuduh ...": the actor a sentence opens with.
		j := r.ts
		if f.sourceNouns[u.toks[j].low] {
			j++
		}
		if sp, ok := u.spanAt(j); ok {
			k = sp.actor
		}
	}
	if k >= 0 && f.actors[k].typ != diplograph.TypeCountry {
		f.subject, f.subjectSent = k, s
		if f.actors[k].typ == diplograph.TypePerson {
			f.person = k
			return
		}
	}
	if k >= 0 && f.actors[k].typ == diplograph.TypeCountry && f.titledUnnamed(u, r.ts, k) {
		// "Duta Besar Ukraina untuk Jepang menyambut baik sikap itu.
		// “...,” tuturnya.": an official named by title alone speaks
		// for their state, not the person spoken of before.
		f.subject, f.subjectSent, f.person = k, s, k
		return
	}
	if p := f.onlyPerson(u, r.ts, r.te); p >= 0 {
		// "VOA berbincang dengan Dirjen X. Ia menegaskan ...": when no
		// person is the subject, "ia" next is the one person named.
		f.person = p
		if k < 0 && slices.ContainsFunc(u.toks[r.ts:r.te], func(t token) bool { return f.voiceCues[t.low] }) {
			// "Kritik serupa datang dari Kanselir Jerman Olaf Scholz.
			// “...,” tegasnya.": the voice brought in speaks next.
			f.subject, f.subjectSent = p, s
		}
	}
}

// titledUnnamed says whether the sentence opening at token from opens
// with a person's title whose state is k and no name after it ("Duta
// Besar Ukraina untuk Jepang menyambut ...").
func (f *statementFinder) titledUnnamed(u *annotatedUnit, from, k int) bool {
	p, end := f.lex.titles.matchAt(u.text, u.toks, from)
	if p == nil || !f.lex.personTitle(p.ref) {
		return false
	}
	sp, ok := u.spanAt(end)
	if !ok || sp.actor != k {
		return false
	}
	next, named := u.spanAt(sp.te)
	return !named || f.actors[next.actor].typ != diplograph.TypePerson
}

// onlyPerson is the one person named in tokens [from, to), or -1 when
// none or several are.
func (f *statementFinder) onlyPerson(u *annotatedUnit, from, to int) int {
	p := -1
	for _, sp := range u.spansIn(from, to) {
		if sp.qual || f.actors[sp.actor].typ != diplograph.TypePerson || sp.actor == p {
			continue
		}
		if p >= 0 {
			return -1
		}
		p = sp.actor
	}
	return p
}

// isActiveVerb: an Indonesian word with an active verbal prefix.
func isActiveVerb(w string) bool {
	return len(w) > 5 && (strings.HasPrefix(w, "me") || strings.HasPrefix(w, "ber"))
}

// countWords counts the word tokens in [from, to).
func countWords(u *annotatedUnit, from, to int) int {
	n := 0
	for i := max(from, 0); i < to && i < len(u.toks); i++ {
		if u.toks[i].word {
			n++
		}
	}
	return n
}

// inQuote says whether token i is inside one of the quotes.
func inQuote(quotes []quoteRegion, i int) bool {
	for _, q := range quotes {
		if i > q.open && i < q.close {
			return true
		}
	}
	return false
}

// findQuotes pairs the quotation marks of a unit: curly quotes by kind,
// straight quotes in turn; a quote left open runs to the end of the unit.
// continues says the unit before left a quote open: then a closing mark
// met before any opening one ends a quote that started with the unit.
func findQuotes(u *annotatedUnit, continues bool) []quoteRegion {
	var out []quoteRegion
	open, openMark := -1, ""
	for i, t := range u.toks {
		if t.word {
			continue
		}
		m := t.low
		switch {
		case continues && (m == "”" || m == "’" || m == "\"") && i > 0:
			out = append(out, quoteRegion{open: -1, close: i})
			continues = false
		case open < 0 && (m == "“" || m == "\"" || m == "‘" || (m == "'" && singleOpens(u, i))):
			open, openMark, continues = i, m, false
		case open >= 0 && (closes(openMark, m) || wrongWayCloser(u, i, openMark)) && !nestedOpener(u, i):
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

// wrongWayCloser says whether the opening mark at token i closes the quote
// opened by open, as pages typing the wrong curly mark print it ("...
// (China),“ kata X"): glued to the punctuation before it, with a word
// after a space.
func wrongWayCloser(u *annotatedUnit, i int, open string) bool {
	t := u.toks[i]
	if (t.low != "“" || open != "“") && (t.low != "‘" || open != "‘") || i == 0 || i+1 >= len(u.toks) {
		return false
	}
	prev, next := u.toks[i-1], u.toks[i+1]
	return !prev.word && prev.end == t.start && (prev.low == "," || prev.low == ".") && next.word && next.start > t.end
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

// reported finds reported speech in sentence s: "Menurut X, ...", "X
// mengatakan (bahwa) ...", "..., kata X". Its speaker is read as a quote's
// is; without one it is left out. A sentence "X berkata:" ending its
// paragraph makes X the speaker of the quote in the next one.
func (f *statementFinder) reported(ui, s int, quotes []quoteRegion) {
	u := &f.units[ui]
	lex := f.lex
	r := f.seg.sents[s]
	for i := r.ts; i < r.te; i++ {
		t := u.toks[i]
		if inQuote(quotes, i) {
			continue
		}
		speaker, from, verb := -1, 0, i
		switch {
		case t.low == "," && i+1 < r.te && lex.isQuoteVerb(u.toks[i+1].low) && i-r.ts >= 3 && !isQuoteMark(u.toks[i-1].low):
			// "Pyongyang tidak akan mundur, kata Kim.": reported words
			// before the attribution.
			sp := f.recent()
			if !lex.isQuoteVerbNya(u.toks[i+1].low) {
				sp = f.speakerAt(ui, i+2)
			}
			if sp >= 0 {
				f.add(f.newStmt(sp, tidySpace(u.surface(r.ts, i)), diplograph.KindIndirect, ui, r.ts, i, s))
				return
			}
		case t.low == "," && i+3 < r.te && (u.toks[i+1].low == "seperti" || u.toks[i+1].low == "sebagaimana") && f.asSaid[u.toks[i+2].low] && i-r.ts >= 3:
			// "Indonesia siap mengirim pasukan ..., seperti disampaikan
			// Menlu Sugiono": the words before are the agent's.
			if sp := f.speakerAt(ui, i+3); sp >= 0 && f.actors[sp].typ != diplograph.TypeMedia {
				f.add(f.newStmt(sp, tidySpace(u.surface(r.ts, i)), diplograph.KindIndirect, ui, r.ts, i, s))
				return
			}
		case t.low == "menurut" || t.low == "menurutnya":
			if t.low == "menurutnya" {
				speaker, from = f.recent(), i+1
			} else if sp, found := f.menurutSource(ui, i+1); found {
				if sp.te+1 < r.te && u.toks[sp.te].low == "," && lex.speech[u.toks[sp.te+1].low] && i > r.ts && u.toks[i-1].low == "," {
					// "Choe, menurut kantor berita KCNA, menegaskan ...":
					// the source of the report, set off after the one
					// who speaks.
					continue
				}
				speaker, from = sp.actor, sp.te
				if _, named := u.spanAt(r.ts); i > r.ts && u.toks[i-1].low == "," && sp.te < r.te && u.toks[sp.te].low == "," && (named || r.ts+3 == i && f.groupHeads[u.toks[r.ts+1].low]) {
					// "Kedua pemimpin, menurut Teddy, mengecam ...",
					// "Canberra, menurut Wong, siap ...": the source set
					// off after the subject of the words, which are the
					// whole sentence.
					from = r.ts
				}
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
				if k, v := f.speakerAfterSource(ui, from, r.te); k >= 0 {
					// "Menurut Retno, Wang Yi menyatakan China siap ...":
					// the one the source tells of said the words.
					speaker, from, verb = k, v+1, v
				}
			} else if i+1 < r.te && lex.pronoun[u.toks[i+1].low] {
				speaker, from = f.person, i+2
			}
		case lex.speech[t.low] && !lex.negatedVerb(u, r.ts, i):
			speaker, from = f.speakerOfVerb(ui, i), i+1
		}
		objectVerb := lex.objectVerbs[u.toks[verb].low]
		if from < r.te && f.objectAdverbs[u.toks[from].low] {
			// "menegaskan kembali posisi Beijing": a position reaffirmed.
			objectVerb = true
			from++
		}
		if speaker < 0 {
			continue
		}
		// "X mengatakan dalam sebuah wawancara ..., bahwa ...": the words
		// reported start after "bahwa".
		for k := from; k < r.te && k < from+25; k++ {
			if u.toks[k].low == "bahwa" {
				if inner := f.innerSpeaker(u, from, k); inner >= 0 {
					// "KCNA melaporkan Kim menegaskan bahwa ...": the
					// words are the one the report quotes.
					speaker = inner
				} else if f.clauseAhead(u, from, k) {
					// "menyebut veto Rusia itu merupakan tanda bahwa
					// ...": the words start with the clause, and "bahwa"
					// is inside them.
					break
				}
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
			return // "menambahkan di Twitter: “...”": the quote is the statement
		}
		end := r.te
		for end > from && !u.toks[end-1].word && !isQuoteMark(u.toks[end-1].low) && u.toks[end-1].low != ")" {
			end--
		}
		if from >= r.te || (from < len(u.toks) && isQuoteMark(u.toks[from].low)) {
			if u.toks[r.te-1].low == ":" && r.te == len(u.toks) {
				f.colon = speaker
				f.last, f.lastSent = speaker, s
			}
			return
		}
		if countWords(u, from, end) < 3 {
			continue
		}
		// "KCNA melaporkan percakapan itu", "Putin menyampaikan ucapan
		// selamat": a verb that takes a thing as its object reports words
		// only with "bahwa", a colon or a clause after it.
		if objectVerb && !slices.ContainsFunc(u.toks[i+1:from], func(t token) bool { return t.low == "bahwa" || t.low == ":" }) &&
			(f.sourceNouns[u.toks[from].low] || !f.clauseAhead(u, from, end)) {
			continue // "menyampaikan pernyataan pers ...": a statement as a thing
		}
		f.add(f.newStmt(speaker, tidySpace(u.surface(from, end)), diplograph.KindIndirect, ui, from, end, s))
		return
	}
}

// menurutSource is the source a "menurut" phrase starting at token j
// names: the actor mentioned there, or a state a body noun heads
// ("Menurut pemerintah Belanda,"), whose own body speaks for it.
func (f *statementFinder) menurutSource(ui, j int) (span, bool) {
	u := &f.units[ui]
	if sp, ok := u.spanAt(j); ok {
		return sp, true
	}
	if sp, ok := u.spanAt(j + 1); ok && f.bodyNouns[u.toks[j].low] && f.actors[sp.actor].typ == diplograph.TypeCountry {
		return span{ts: j, te: sp.te, actor: sp.actor}, true
	}
	return span{}, false
}

// speakerAfterSource is who speaks in the clause after the source a
// "menurut" phrase names, which ends at the comma at token from: the actor
// the clause opens with, the subject of a verb of saying ("Menurut Retno,
// Wang Yi menyatakan ...", "Menurut kantor berita Xinhua, Xi juga
// mengatakan bahwa ..."), and that verb's token; -1 when the clause opens
// otherwise, or its verb takes a thing as its object rather than words.
func (f *statementFinder) speakerAfterSource(ui, from, end int) (int, int) {
	u := &f.units[ui]
	if from+1 >= end || u.toks[from].low != "," {
		return -1, 0
	}
	sp, ok := u.spanAt(from + 1)
	if !ok {
		return -1, 0
	}
	v := sp.te
	for v < end && f.lex.adverbs[u.toks[v].low] {
		v++
	}
	if v+1 >= end || !f.lex.speech[u.toks[v].low] || f.lex.negatedVerb(u, from+1, v) {
		return -1, 0
	}
	if _, opens := u.spanAt(v + 1); f.lex.objectVerbs[u.toks[v].low] && u.toks[v+1].low != "bahwa" && u.toks[v+1].low != ":" && !opens {
		// "Menurut Judha, KBRI sudah menyampaikan nota diplomatik ...":
		// an act the source tells of, no words of the one who did it.
		return -1, 0
	}
	if h := f.personBehind(ui, sp.actor, from+1, v); h >= 0 {
		return h, v
	}
	return sp.actor, v
}

// innerSpeaker is the actor named, with a speech verb, before the "bahwa"
// at token b of words reported from token from ("KCNA melaporkan Kim
// menegaskan bahwa", "Lavrov mengatakan Pezeshkian menegaskan dalam
// pembicaraan dengan Putin pekan lalu bahwa"): only adjuncts, no other
// verb, stand between that verb and "bahwa".
func (f *statementFinder) innerSpeaker(u *annotatedUnit, from, b int) int {
	for v := from + 1; v < b; v++ {
		if !f.lex.speech[u.toks[v].low] {
			continue
		}
		sp, ok := u.spanEndingAt(f.lex.skipAdverbsBack(u, from, v-1) + 1) // "Kim juga menegaskan"
		if !ok || sp.ts < from {
			return -1
		}
		for k := v + 1; k < b; k++ {
			if w := u.toks[k].low; w == "," || (f.lex.verbLike(w) && !u.covered(k)) {
				return -1
			}
		}
		return sp.actor
	}
	return -1
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
		if f.predicate[w] || (f.lex.verbLike(w) && !u.covered(k)) {
			return true
		}
	}
	return false
}

// newStmt builds a statement: About lists the actors mentioned in its text,
// the id hashes the speaker and the normalized text. A speaker of -1 leaves
// the statement without one.
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
	spk := ""
	if speaker >= 0 {
		spk = f.actors[speaker].id
	}
	h := sha256.Sum256([]byte(spk + "|" + keyOfTokens(u.toks[ts:te])))
	date := f.dates.saidOn(sent, ts, te)
	return stmt{
		Statement: diplograph.Statement{
			ID: hex.EncodeToString(h[:16]), Speaker: diplograph.NullString(spk), Text: text, Kind: kind,
			Date: diplograph.NullString(date.date), DatePrecision: diplograph.NullString(date.precision),
			DateSource: diplograph.NullString(date.source), About: about,
		},
		speaker: speaker, unit: ui, ts: ts, te: te, direct: kind == diplograph.KindDirect,
	}
}
