package nlp

import (
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// lexicon is the words of Indonesian news language that several stages
// read (data/lexicon/): the actors, statements and events stages find
// names, speakers and clauses by them.
type lexicon struct {
	*calendar
	// stop: capitalized words that never start or continue a name.
	stop wordSet
	// speech verbs introduce reported speech ("X mengatakan bahwa ...");
	// objectVerbs are those of them that also take a thing as their object
	// ("mengumumkan rencana"); quoteVerbs attribute a quote after it
	// ("..., kata X"; isQuoteVerb reads their -nya forms too).
	speech, objectVerbs, quoteVerbs wordSet
	// titles are the positions before a name; ref indexes titleKinds
	// (TypePerson or TypeMedia) and titleKin (a word of kinship, which
	// gives no role).
	titles     *phraseSet
	titleKinds []string
	titleKin   []bool
	// titleAide marks a post held for a person ("juru bicara", "penasihat"),
	// whose holder may follow the principal's name after a comma.
	titleAide []bool
	// titleHonorific marks a form of address ("Pangeran", "Syekh"), which
	// stands before the name but is neither the name nor the office.
	titleHonorific []bool
	// titleIndonesian marks a post only Indonesia's government has ("Kepala
	// Staf Kepresidenan", "Menteri Koordinator"): named without a state,
	// its holder is Indonesia's.
	titleIndonesian []bool
	// titleFirm marks a post in a firm or an association ("CEO",
	// "Direktur"), whose holder's name may follow the name of a body no
	// one listed ("CEO Nexperia Zhang Xuezheng").
	titleFirm []bool
	// titleName marks a title that is a word of people's names too
	// ("Hakim"): after a name word it goes on the name ("Rizal Hakim").
	titleName []bool
	// titleAbbreviations spell out abbreviated titles ("menlu").
	titleAbbreviations map[string]string
	// places finds the cities, regions and sites of lexicon/places.tsv;
	// ref indexes placeStates, the ids of their states' actors.
	places      *phraseSet
	placeStates []string
	// Word classes of lexicon/words.tsv.
	pronoun, preps, adverbs, negations, contrast, clauseJoiners, asideOpeners, roleMarkers, party wordSet
	// notVerbs have a verb's prefix but are no verbs ("menteri", "berita").
	notVerbs wordSet
	// officeFields are common words that may stand between a post and the
	// state or body it serves ("juru bicara pemerintah Hongaria").
	officeFields wordSet
	// sourceOpeners open a phrase naming the source of the words after it
	// ("menurut X, ...").
	sourceOpeners wordSet
}

// personTitle says whether title ref names a person's post, not a word of
// kinship ("Presiden", not "adik").
func (l *lexicon) personTitle(ref int) bool {
	return l.titleKinds[ref] == diplograph.TypePerson && !l.titleKin[ref]
}

// personKind says whether title p names what a person is (kinship
// included), for titleEnding; k is where it starts.
func (l *lexicon) personKind(_ int, p *phrase) bool {
	return l.titleKinds[p.ref] == diplograph.TypePerson
}

// kinKind says whether title p is a word of kinship, for titleEnding.
func (l *lexicon) kinKind(_ int, p *phrase) bool {
	return l.titleKin[p.ref]
}

// titleEnding returns where the first title that starts in tokens [from,
// to) of u, ends at token end and fits starts (fits nil takes any); -1
// when there is none.
func (l *lexicon) titleEnding(u *annotatedUnit, from, to, end int, fits func(k int, p *phrase) bool) int {
	for k := max(from, 0); k < to; k++ {
		if p, e := l.titles.matchAt(u.text, u.toks, k); p != nil && e == end && (fits == nil || fits(k, p)) {
			return k
		}
	}
	return -1
}

// loadLexicon reads data/lexicon/.
func loadLexicon(d *dataFile, tk *tokenizer) *lexicon {
	l := &lexicon{
		calendar:           loadCalendar(d),
		stop:               d.tokenWords(tk, "lexicon/stop_words.txt"),
		speech:             wordSet{},
		objectVerbs:        wordSet{},
		quoteVerbs:         d.tokenWords(tk, "lexicon/quote_verbs.txt"),
		titles:             newPhraseSet(tk),
		titleAbbreviations: map[string]string{},
	}
	const speechFile = "lexicon/speech_verbs.tsv"
	for _, r := range d.rows(speechFile, "verb", "flags?") {
		v := r.fields[0]
		flags := d.flags(speechFile, r.line, r.fields[1], "object")
		if !d.tokenWord(tk, speechFile, r.line, v, l.speech) {
			return nil
		}
		l.speech[v] = true
		l.objectVerbs[v] = flags["object"]
	}
	const titleFile = "lexicon/titles.tsv"
	seen := wordSet{}
	for _, r := range d.rows(titleFile, "title", "kind", "flags?") {
		flags := d.flags(titleFile, r.line, r.fields[2], "kin", "aide", "honorific", "indonesian", "firm", "name")
		if !d.phrase(tk, titleFile, r.line, r.fields[0], seen) || !d.oneOf(titleFile, r.line, "kind", r.fields[1], diplograph.TypePerson, diplograph.TypeMedia) {
			return nil
		}
		seen[r.fields[0]] = true
		l.titles.add(r.fields[0], len(l.titleKinds), false)
		l.titleKinds = append(l.titleKinds, r.fields[1])
		l.titleKin = append(l.titleKin, flags["kin"])
		l.titleAide = append(l.titleAide, flags["aide"])
		l.titleHonorific = append(l.titleHonorific, flags["honorific"])
		l.titleIndonesian = append(l.titleIndonesian, flags["indonesian"])
		l.titleFirm = append(l.titleFirm, flags["firm"])
		l.titleName = append(l.titleName, flags["name"])
	}
	const abbrevFile = "lexicon/title_abbreviations.tsv"
	seen = wordSet{}
	for _, r := range d.rows(abbrevFile, "abbreviation", "title") {
		// One word is compared with a token, several with a whole title.
		short := d.tokenWord
		if strings.Contains(r.fields[0], " ") {
			short = d.phrase
		}
		if !short(tk, abbrevFile, r.line, r.fields[0], seen) || !d.phrase(tk, abbrevFile, r.line, r.fields[1], wordSet{}) {
			return nil
		}
		seen[r.fields[0]] = true
		l.titleAbbreviations[r.fields[0]] = r.fields[1]
	}
	const placeFile = "lexicon/places.tsv"
	l.places = newPhraseSet(tk)
	seen = wordSet{}
	for _, row := range d.rows(placeFile, "place", "state") {
		place, state := row.fields[0], row.fields[1]
		if !d.phrase(tk, placeFile, row.line, place, seen) {
			return nil
		}
		if len(state) != 3 || strings.ToUpper(state) != state {
			d.err = lineError(placeFile, row.line, "state %q is not an ISO 3166-1 alpha-3 code in capitals", state)
			return nil
		}
		seen[place] = true
		// A name's case rules come from its written form: capitalized, so
		// that one word matches only as a name ("Bali", not "bali").
		l.places.add(capitalizeWords(place), len(l.placeStates), true)
		l.placeStates = append(l.placeStates, strings.ToLower(state))
	}
	c := d.tokenClasses(tk, "lexicon/words.tsv", "pronoun", "preposition", "adverb", "negation", "contrast", "clause-joiner", "aside-opener", "role-marker", "party", "not-verb", "office-field", "source-opener")
	l.pronoun, l.preps, l.adverbs, l.negations = c["pronoun"], c["preposition"], c["adverb"], c["negation"]
	l.contrast, l.clauseJoiners, l.asideOpeners, l.roleMarkers = c["contrast"], c["clause-joiner"], c["aside-opener"], c["role-marker"]
	l.party, l.notVerbs, l.officeFields, l.sourceOpeners = c["party"], c["not-verb"], c["office-field"], c["source-opener"]
	return l
}

// calendar is the month and day names of data/lexicon/, read by page
// cleaning (date lines) and by sentence dating.
type calendar struct {
	// months and weekdays hold every name; the story's sentences are read
	// for the Indonesian ones only (storyMonths, storyWeekdays), date lines
	// for all.
	months, storyMonths     map[string]time.Month
	weekdays, storyWeekdays map[string]time.Weekday
}

// isQuoteVerb says whether w attributes a quote after it ("kata",
// "ujar"), also in its -nya form ("ujarnya"), which points back to the one
// spoken of last.
func (l *lexicon) isQuoteVerb(w string) bool {
	return l.quoteVerbs[w] || l.isQuoteVerbNya(w)
}

// isQuoteVerbNya says whether w is the -nya form of a quote verb
// ("ujarnya"), and not a verb that ends so itself ("tanya").
func (l *lexicon) isQuoteVerbNya(w string) bool {
	return !l.quoteVerbs[w] && strings.HasSuffix(w, "nya") && l.quoteVerbs[strings.TrimSuffix(w, "nya")]
}

// titleKey is the lower-cased words of a title with abbreviations spelled
// out ("Menlu" -> "menteri luar negeri").
func (l *lexicon) titleKey(toks []token) string {
	var words []string
	for _, t := range toks {
		if !t.word {
			continue
		}
		if full, ok := l.titleAbbreviations[t.low]; ok {
			words = append(words, full)
		} else {
			words = append(words, t.low)
		}
	}
	key := strings.Join(words, " ")
	if full, ok := l.titleAbbreviations[key]; ok {
		return full // "Kepala Negara": the head of state, Presiden
	}
	return key
}

// loadCalendar reads months.tsv and weekdays.tsv.
func loadCalendar(d *dataFile) *calendar {
	c := &calendar{months: map[string]time.Month{}, storyMonths: map[string]time.Month{},
		weekdays: map[string]time.Weekday{}, storyWeekdays: map[string]time.Weekday{}}
	for name, n := range d.calendarNames("lexicon/months.tsv", "month", 1, 12) {
		c.months[name] = time.Month(n.number)
		if n.story {
			c.storyMonths[name] = time.Month(n.number)
		}
	}
	for name, n := range d.calendarNames("lexicon/weekdays.tsv", "weekday", 0, 6) {
		c.weekdays[name] = time.Weekday(n.number)
		if n.story {
			c.storyWeekdays[name] = time.Weekday(n.number)
		}
	}
	return c
}

// calendarName is a month's or day's number, and whether the name is
// Indonesian, so read in the story's sentences.
type calendarName struct {
	number int
	story  bool
}

// calendarNames reads a table "name<TAB>column<TAB>lang" of numbers in
// [lo, hi].
func (d *dataFile) calendarNames(file, column string, lo, hi int) map[string]calendarName {
	out := map[string]calendarName{}
	seen := wordSet{}
	for _, r := range d.rows(file, "name", column, "lang") {
		name, n := r.fields[0], d.number(file, r.line, r.fields[1], lo, hi)
		if !d.entry(file, r.line, name, seen) || !d.oneOf(file, r.line, "lang", r.fields[2], "id", "en") {
			return nil
		}
		seen[name] = true
		out[name] = calendarName{number: n, story: r.fields[2] == "id"}
	}
	return out
}

// number reads a whole number in [lo, hi] from a field.
func (d *dataFile) number(name string, line int, v string, lo, hi int) int {
	n, err := strconv.Atoi(v)
	if d.err == nil && (err != nil || n < lo || n > hi) {
		d.err = lineError(name, line, "%q is not a whole number from %d to %d", v, lo, hi)
	}
	return n
}

// verbLike says whether w has a verb's prefix (me-, ber-, di-) and is not
// a word known to be no verb ("menteri", "berita", "diplomat").
func (l *lexicon) verbLike(w string) bool {
	return len(w) > 5 && (strings.HasPrefix(w, "me") || strings.HasPrefix(w, "ber") || strings.HasPrefix(w, "di")) && !l.notVerbs[w]
}
