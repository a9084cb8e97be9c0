package nlp

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// The dates stage: when what each sentence reports took place. It reads
// the date expressions of every sentence ("19 Juni 2024", "Rabu (19/6)",
// "pada Kamis", "pekan lalu", "Juni lalu", "tahun lalu"), fixes the story's
// date (the day relative expressions are read against), and dates every
// sentence and every place in it (storyDates.at) with a precision and a
// source.

// firstStoryYear and lastStoryYear bound the years a day and month printed
// without a year ("Kamis (28/3)") may fall in when the page prints no
// date: with its weekday, such a day names one or two years of the span.
// The span is the news this extractor is built for; a page outside it needs
// its publication date given (Document.Published).
const (
	firstStoryYear = 2015
	lastStoryYear  = 2026
)

// when is a date with how much of it is known and where it comes from.
type when struct {
	// date is YYYY-MM-DD: the day, or the first day of the month or year
	// the precision names; "" when undated.
	date, precision, source string
}

// dateRules is the dates stage, built once: the calendar's month and day
// names and the words of data/dates/.
type dateRules struct {
	*calendar
	// relative finds the phrases of relative.tsv; ref indexes rel.
	relative *phraseSet
	rel      []relDate
	// units and numbers read counted spans ("dua tahun lalu").
	units   map[string]dateUnit
	numbers map[string]int
	// openers find the words that open a clause (clauses.tsv); a phrase's
	// ref is its clauseKind.
	openers *phraseSet
	// spans are the words that are a span of time ("sehari").
	spans map[string]relDate
	// Word classes of dates/words.tsv.
	past, next, future, since, first, monthPreps, yearPreps, joins, notHeld wordSet
	// anniversary opens "N tahun" of something that began or ended in a
	// year named after it ("memperingati 75 tahun hubungan diplomatik ...
	// yang dirintis pada 1948-49").
	anniversary wordSet
	// saidBack and saidVerbs make a sentence that dates the saying of the
	// one before it ("Hal itu disampaikan Sugiono di Jakarta, Rabu
	// (12/2/2025)").
	saidBack, saidVerbs wordSet
	// earlierRef and laterRef count "N hari" from the day a sentence tells
	// of ("tiga hari sebelumnya", "dua hari kemudian").
	earlierRef, laterRef wordSet
}

// dateUnit is the unit of a relative date.
type dateUnit uint8

const (
	unitDay dateUnit = iota
	unitWeek
	unitWeekend
	unitMonth
	unitYear
	// unitRefDay: days from the day the sentence tells of ("keesokan
	// harinya"), not from the story's.
	unitRefDay
	// unitThen: the time last named ("saat itu").
	unitThen
)

var dateUnits = map[string]dateUnit{"day": unitDay, "week": unitWeek, "weekend": unitWeekend, "month": unitMonth, "year": unitYear, "ref-day": unitRefDay, "then": unitThen}

// relDate is a relative date: offset units from the story's.
type relDate struct {
	unit   dateUnit
	offset int
}

// clauseKind is how the time of a clause stands to its main clause's
// (data/dates/clauses.tsv).
type clauseKind uint8

const (
	clauseSub clauseKind = iota
	clauseRelative
	clauseWhile
	clauseAfter
	clauseBefore
)

var clauseKinds = map[string]clauseKind{"sub": clauseSub, "relative": clauseRelative, "while": clauseWhile, "after": clauseAfter, "before": clauseBefore}

// clause is a clause of a sentence that hangs on its main clause: tokens
// [ts, te) from its opening word. span, for an after or before clause, is
// how far its time lies from the main clause's ("sehari setelah"); its
// offset is 0 when none is given.
type clause struct {
	ts, te int
	kind   clauseKind
	span   relDate
}

// loadDateRules reads data/dates/.
func loadDateRules(d *dataFile, tk *tokenizer, cal *calendar) *dateRules {
	r := &dateRules{calendar: cal, relative: newPhraseSet(tk), units: map[string]dateUnit{}, numbers: map[string]int{},
		openers: newPhraseSet(tk), spans: map[string]relDate{}}
	const relFile = "dates/relative.tsv"
	seen := wordSet{}
	for _, row := range d.rows(relFile, "phrase", "unit", "offset") {
		if !d.phrase(tk, relFile, row.line, row.fields[0], seen) || !d.oneOf(relFile, row.line, "unit", row.fields[1], "day", "week", "weekend", "month", "year", "ref-day", "then") {
			return nil
		}
		seen[row.fields[0]] = true
		r.relative.add(row.fields[0], len(r.rel), false)
		r.rel = append(r.rel, relDate{dateUnits[row.fields[1]], d.number(relFile, row.line, row.fields[2], -9, 9)})
	}
	const unitFile = "dates/units.tsv"
	for _, row := range d.rows(unitFile, "word", "unit") {
		if !d.tokenWord(tk, unitFile, row.line, row.fields[0], nil) || !d.oneOf(unitFile, row.line, "unit", row.fields[1], "day", "week", "month", "year") {
			return nil
		}
		r.units[row.fields[0]] = dateUnits[row.fields[1]]
	}
	const numberFile = "dates/numbers.tsv"
	for _, row := range d.rows(numberFile, "word", "value") {
		if !d.tokenWord(tk, numberFile, row.line, row.fields[0], nil) {
			return nil
		}
		r.numbers[row.fields[0]] = d.number(numberFile, row.line, row.fields[1], 1, 100)
	}
	const spanFile = "dates/spans.tsv"
	for _, row := range d.rows(spanFile, "word", "unit", "count") {
		if !d.tokenWord(tk, spanFile, row.line, row.fields[0], nil) || !d.oneOf(spanFile, row.line, "unit", row.fields[1], "day", "week", "month", "year") {
			return nil
		}
		r.spans[row.fields[0]] = relDate{dateUnits[row.fields[1]], d.number(spanFile, row.line, row.fields[2], 1, 100)}
	}
	const clauseFile = "dates/clauses.tsv"
	seen = wordSet{}
	for _, row := range d.rows(clauseFile, "phrase", "kind") {
		if !d.phrase(tk, clauseFile, row.line, row.fields[0], seen) || !d.oneOf(clauseFile, row.line, "kind", row.fields[1], "sub", "relative", "while", "after", "before") {
			return nil
		}
		seen[row.fields[0]] = true
		r.openers.add(row.fields[0], int(clauseKinds[row.fields[1]]), false)
	}
	c := d.tokenClasses(tk, "dates/words.tsv", "past", "next", "future", "since", "first", "month-prep", "year-prep", "join", "not-held", "anniversary", "said-back", "said-verb", "earlier-ref", "later-ref")
	r.earlierRef, r.laterRef = c["earlier-ref"], c["later-ref"]
	r.past, r.next, r.future, r.since, r.first = c["past"], c["next"], c["future"], c["since"], c["first"]
	r.monthPreps, r.yearPreps, r.joins, r.notHeld = c["month-prep"], c["year-prep"], c["join"], c["not-held"]
	r.anniversary = c["anniversary"]
	r.saidBack, r.saidVerbs = c["said-back"], c["said-verb"]
	return r
}

// mentionKind is what a date expression names.
type mentionKind uint8

const (
	// kindDay: a day and month, maybe with year and weekday ("Rabu
	// (19/6)", "19 Juni 2024").
	kindDay mentionKind = iota
	// kindWeekday: a day name alone ("pada Kamis", "Senin lalu").
	kindWeekday
	// kindMonth: a month, maybe with its year ("Juli 2000", "pada Juni",
	// "Juni lalu").
	kindMonth
	// kindYear: a year ("pada 2019").
	kindYear
	// kindRelative: units from the story's date ("kemarin", "pekan lalu",
	// "dua tahun lalu").
	kindRelative
)

// dateMention is one date expression of a sentence, as written.
type dateMention struct {
	ts, te int // its tokens in the unit
	kind   mentionKind
	// year, month and day are 0 when not named; weekday is -1.
	year, month, day, weekday int
	rel                       relDate
	// dir, for a day or month name without a year: -1 the last before the
	// story's date ("Senin lalu"), 1 the next after it ("Senin depan"), 0
	// the nearest that fits.
	dir int
	// lastYear: a month of the year before the story's ("Juni tahun
	// lalu").
	lastYear bool
	// future: a word of the future stands shortly before ("akan berakhir
	// pada 30 April"). earlier: the date of an earlier time, not of what the
	// sentence tells ("kunjungan pertamanya sejak Juli 2000"). thisWeek: a
	// day name of the story's own week ("Kamis ini"), or of the week rel
	// names ("Senin pekan lalu"). since: a word of since stands before it:
	// it is when a state or a span began ("gencatan senjata berlaku sejak
	// November 2024"; namedDate.standing).
	future, earlier, thisWeek, since bool
	// futureAt is the token of the word of the future before it, -1 for
	// none.
	futureAt int
}

// storyDates is the dates stage's output: the story's date, and the date of
// each sentence and of what its date expressions stand nearest to.
type storyDates struct {
	story when
	// sents is each sentence's date: the first date its main clause names
	// (or a clause of the same time), else the day the sentence before it
	// in its paragraph named, else the story's date.
	sents []when
	// named are each sentence's date expressions that could be read, in
	// token order.
	named [][]namedDate
	// clauses are each sentence's clauses hanging on its main clause.
	clauses [][]clause
	// joins are, per sentence, the tokens that join two predicates ("dan",
	// "kemudian"): a date before one belongs to the predicate before it.
	joins [][]int
}

// namedDate is a date expression read: its tokens, its date, and the
// clause it stands in (an index into the sentence's clauses, -1 the main
// clause); standing: it is the month or year a state began
// (dateMention.since), which dates no sentence. ahead, for a date still to
// come, is the token its future begins at (the word of the future, else
// the date); -1 for another.
type namedDate struct {
	ts, te   int
	when     when
	clause   int
	standing bool
	ahead    int
}

// at is the date of what the trigger at tokens [ts, te) of sentence s
// reports: the date named nearest to it in its own clause ("tertanggal 9
// November ... perjanjian yang ditandatangani pada 19 Juni 2024": the
// signing is of 19 June), or, for a noun, in the relative clause that
// follows it ("kerja sama antara A dan B yang disepakati pada 9 Februari
// 2000"); else, in a clause hanging on another, the date of the nearest
// clause before it that names one ("... yang ditandatangani pada 2019
// ketika dia bertemu dengan Putin"); else the nearest of the main clause
// and the clauses of its time; else the sentence's. A date inside a
// clause hanging on the trigger's is not its: "X memuji Rusia, yang
// didirikan pada 1948" does not date the praise.
func (d *storyDates) at(s, ts, te int, noun bool) when {
	w, _ := d.dateOf(s, ts, te, noun)
	return w
}

// dateOf is at, and whether the date is one the sentence names rather
// than the sentence's own (its paragraph's or the story's).
func (d *storyDates) dateOf(s, ts, te int, noun bool) (when, bool) {
	// A date still to come dates only what is told as to come: "Putin
	// mengusulkan perundingan di Istanbul pada Kamis (15/5)" proposed on
	// the day the sentence names besides; with no other, the act is of it
	// ("Tarif itu naik mulai 1 November mendatang").
	if w, ok := d.dateAmong(s, ts, te, noun, func(n namedDate) bool { return n.ahead < 0 || n.ahead <= ts }); ok {
		return w, true
	}
	return d.dateAmong(s, ts, te, noun, func(namedDate) bool { return true })
}

// dateAmong is dateOf among the named dates of sentence s that keep holds.
func (d *storyDates) dateAmong(s, ts, te int, noun bool, keep func(n namedDate) bool) (when, bool) {
	clauses := d.clauses[s]
	own := clauseAt(clauses, ts)
	rel := -2
	if noun {
		for k, c := range clauses {
			if c.kind == clauseRelative && c.ts >= te && c.ts <= te+8 && (own < 0 || c.ts <= clauses[own].te) {
				rel = k
				break
			}
		}
	}
	// A noun's relative clause that tells since when a state lasts
	// ("perundingan ... yang berlangsung sejak 2016") does not date the
	// act, nor does a clause before the trigger's tell its time by such a
	// date ("Misi yang dibuka sejak 2022 ..., meski India belum
	// mengakui ...").
	if w, ok := d.nearest(s, ts, func(n namedDate) bool { return keep(n) && (n.clause == own || n.clause == rel && !n.standing) }); ok {
		return w, true
	}
	for k := own - 1; k >= 0; k-- {
		if w, ok := d.nearest(s, ts, func(n namedDate) bool { return keep(n) && n.clause == k && !n.standing }); ok {
			return w, true
		}
	}
	if w, ok := d.nearest(s, ts, func(n namedDate) bool { return keep(n) && (n.clause == -1 || clauses[n.clause].kind == clauseWhile) }); ok {
		return w, true
	}
	return d.sents[s], false
}

// saidOn is the date of words reported over tokens [ts, te) of sentence
// s: words reported in a clause of another time than the sentence's are
// of the date that clause names outside them ("Pernyataan itu disampaikan
// sehari setelah Trump mengklaim kedua negara sepakat ...": the claim is of
// the day before); else a date named inside them dates what they tell,
// not their saying ("New Delhi menyebut serangan itu balasan atas
// serangan bulan lalu"), so the sentence's date is kept only when it is
// named outside them; else the first date named outside them, else the
// story's.
func (d *storyDates) saidOn(s, ts, te int) when {
	if k := clauseAt(d.clauses[s], ts); k >= 0 && d.clauses[s][k].kind != clauseWhile {
		for _, n := range d.named[s] {
			if n.clause == k && (n.te <= ts || n.ts >= te) && !n.standing {
				return n.when
			}
		}
	}
	w := d.sents[s]
	inside := false
	for _, n := range d.named[s] {
		if n.when == w && n.ts >= ts && n.te <= te {
			inside = true
		} else if n.when == w {
			return w
		}
	}
	if !inside {
		return w
	}
	for _, n := range d.named[s] {
		if (n.te <= ts || n.ts >= te) && n.clause < 0 {
			if finer(w, n.when) {
				// "selaku ketua BRICS tahun 2025, mengumumkan ... pada
				// Senin (6/1)": the day inside the words, within the
				// year named outside them, says more.
				return w
			}
			return n.when
		}
	}
	return d.story
}

// nearest is the date named in sentence s nearest to token tok among the
// named dates in, if any.
func (d *storyDates) nearest(s, tok int, in func(n namedDate) bool) (when, bool) {
	best, bestDist := when{}, -1
	for _, n := range d.named[s] {
		if !in(n) {
			continue
		}
		dist := 0
		switch {
		case n.te <= tok:
			dist = tok - n.te + 1
			if slices.ContainsFunc(d.joins[s], func(j int) bool { return j >= n.te && j < tok }) {
				// "meninggalkan Moskow pada Kamis dan tiba ...
				// keesokan harinya": Thursday is the leaving's.
				dist += 100
			}
		case n.ts > tok:
			dist = n.ts - tok
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = n.when, dist
		}
	}
	// "tahun 2025, mengecam ... pada Senin (6/1)": a day within the year
	// or month nearest says more.
	for _, n := range d.named[s] {
		if in(n) && finer(n.when, best) {
			best = n.when
		}
	}
	return best, bestDist >= 0
}

// clauseAt is the index of the clause holding token tok, -1 for the main
// clause.
func clauseAt(clauses []clause, tok int) int {
	for k, c := range clauses {
		if tok >= c.ts && tok < c.te {
			return k
		}
	}
	return -1
}

// period is a span of days [from, to]; a zero to is open.
type period struct{ from, to time.Time }

func (p period) holds(t time.Time) bool {
	return !t.Before(p.from) && (p.to.IsZero() || !t.After(p.to))
}

// storyDay is the story's date that relative dates are read against.
type storyDay struct {
	t  time.Time
	ok bool
	// to, when set, is the last day the story may be of: the story is
	// known only to lie in [t, to] (the titles its people held), and a
	// relative date is read at both ends, to what they share.
	to time.Time
	// inferred: the day is the latest the body names, not the publication
	// day, so "Sabtu lalu" may be that very day.
	inferred bool
}

// dateSentences dates the sentences of seg. published is the publication
// day (YYYY-MM-DD) or ""; given says it came with the page rather than
// from it. tenures are, per actor of the page named with a title the
// dictionary dates, the periods the actor held it: they choose between the
// years a weekday leaves open on a page without a date, and place a page
// without any day in the year they all share.
func (r *dateRules) dateSentences(seg *segmented, published string, given bool, tenures [][]period) *storyDates {
	n := len(seg.sents)
	mentions := make([][]dateMention, n)
	out := &storyDates{sents: make([]when, n), named: make([][]namedDate, n), clauses: make([][]clause, n), joins: make([][]int, n)}
	for s, sent := range seg.sents {
		toks := seg.units[sent.unit].toks
		mentions[s] = r.scan(toks, sent.ts, sent.te)
		out.clauses[s] = r.clausesOf(toks, sent.ts, sent.te, mentions[s])
		for i := sent.ts; i < sent.te; i++ {
			if r.joins[toks[i].low] {
				out.joins[s] = append(out.joins[s], i)
			}
		}
	}
	var story storyDay
	if t, err := time.Parse(time.DateOnly, published); err == nil {
		story = storyDay{t: t, ok: true}
		out.story = when{published, diplograph.PrecisionDay, diplograph.DateSourceArticle}
		if given {
			out.story.source = diplograph.DateSourceGiven
		}
	} else if story = r.inferStory(mentions, r.withAnniversary(seg, tenures)); story.ok {
		out.story = windowWhen(story)
		out.story.source = diplograph.DateSourceInferred
	}
	// carry is the day the sentence before named: its main clause's, else
	// the last one it named in any clause ("... gelombang serangan yang
	// dimulai pada Jumat (13/6). Israel menargetkan ...").
	// lastNamed is the last date the text before named, whatever its
	// precision: "saat itu" is of it, even from the paragraph before.
	// lastDay is the last day the text before named: "pada hari yang
	// sama" opening a paragraph after one that named none is of it.
	// told are the days of the news the text named so far outside quoted
	// words, latest the latest of them.
	// lastTold is the date of the last sentence before dated by a date
	// the text names (its own or one it goes on with): "sehari kemudian"
	// and "pada hari yang sama" go on from the act told last when it is
	// of a day, past quoted words between, not from a day a clause named
	// ("sejak dilantik pada 20 Oktober"); after an act of a month they
	// name no day.
	carry, lastNamed, lastDay, latest, lastTold := when{}, when{}, when{}, when{}, when{}
	told := map[string]bool{}
	// lead is the day the story's first sentence tells of, in the week
	// before the story's date: the occasion the sentences after it that
	// name no day go on telling ("Sugiono bertemu Wang Yi di Beijing,
	// Senin (12/5). ... Keduanya juga membahas ...").
	lead, leadAt := when{}, slices.IndexFunc(seg.sents, func(x sentence) bool { return !seg.units[x.unit].title })
	for s, ms := range mentions {
		toks := seg.units[seg.sents[s].unit].toks
		out.sents[s] = out.story
		if lead.date != "" {
			out.sents[s] = lead
		}
		// prev is the day the sentence before in the paragraph named,
		// crossed the day the paragraph before ended on when this one
		// goes on with it.
		prev, crossed, then := when{}, when{}, lastNamed
		if s > 0 && seg.sents[s-1].unit == seg.sents[s].unit {
			if carry.date != "" {
				// A sentence that names no date goes on with the day
				// the one before it in its paragraph named ("Pada 10
				// Februari 2025 AS menaikkan tarif. China menjawab
				// dengan tarif ...").
				out.sents[s], prev = carry, carry
			}
		} else if s > 0 && told[carry.date] && carry.date >= latest.date && !slices.ContainsFunc(ms, namesDay) {
			// A paragraph goes on with the day of the news the one
			// before it ended on ("Deplu AS mengumumkan keputusan itu
			// pada Jumat (26/9). / \"Kami akan mencabut visanya,\"
			// tulis Deplu AS."), unless that day is earlier than one
			// the story already told of: a look back ("Pada Jumat
			// (18/10), badan intelijen ...") ends with its paragraph. A
			// day only a speaker named is no day of the news ("\"Hari
			// ini dunia memilih ...,\" ucap Waltz"), and a sentence
			// that names a day is of its own time, even when the day
			// stands in a clause ("Dalam pernyataan yang dirilis Senin
			// (12/5), Washington berjanji ...").
			out.sents[s], crossed = carry, carry
		}
		first := true
		for i, m := range ms {
			var w when
			ok := false
			switch {
			case m.kind == kindRelative && m.rel.unit == unitRefDay:
				// "Keesokan harinya" opening a paragraph counts from the
				// day the paragraph before ended on, "pada hari yang sama"
				// is the last day named; "sehari sebelumnya" there counts
				// from the day the paragraph goes on with, but in quoted
				// words, from the day they are said.
				anchor := prev
				if anchor.date == "" && !quoted(toks, seg.sents[s].ts, m.ts) {
					anchor = crossed
				}
				if anchor.date == "" && s > 0 && m.rel.offset > 0 {
					anchor = carry
				}
				if anchor.date == "" && lastTold.precision == diplograph.PrecisionDay && !quoted(toks, seg.sents[s].ts, m.ts) {
					anchor = lastTold
				}
				if anchor.date == "" && m.rel.offset == 0 {
					anchor = lastDay
				}
				w, ok = r.refDay(m, out.named[s], anchor, story)
			case m.kind == kindRelative && m.rel.unit == unitThen:
				// "Wang Yi terakhir berkunjung pada Juli 2023. Saat itu
				// dia ...": the time named last.
				if n := len(out.named[s]); n > 0 {
					then = out.named[s][n-1].when
				}
				w, ok = then, then.date != ""
			default:
				w, ok = r.resolveIn(m, story)
			}
			if !ok || m.earlier {
				continue
			}
			if m.kind == kindDay && !m.future && story.ok && !story.inferred && afterStory(w, story) {
				// A day printed after the story's is one it looks ahead
				// to, though no word says so ("perundingan ... pada
				// Kamis (15/5)"); a day named by its week says where it
				// stands itself ("Kamis minggu depan").
				m.future, m.futureAt = true, m.ts
				ms[i] = m
			}
			w.source = diplograph.DateSourceSentence
			k := clauseAt(out.clauses[s], m.ts)
			// A day something began is often the news ("gas mulai
			// mengalir sejak Sabtu", "pertempuran sejak 24 Juli"); a
			// month or a year a state began is its past.
			standing := m.since && w.precision != diplograph.PrecisionDay
			ahead := -1
			if m.future {
				ahead = m.futureAt
			}
			out.named[s] = append(out.named[s], namedDate{m.ts, m.te, w, k, standing, ahead})
			// A sentence is dated by what its main clause tells as done: a
			// statement that something will happen on a day was made on
			// another, "X mengecam Y, yang meluncurkan rudal pada Senin"
			// was not said on Monday, and "Israel masih menyerang ...
			// gencatan senjata berlaku sejak November" is not told of
			// November.
			if !m.future && !standing && (k < 0 || out.clauses[s][k].kind == clauseWhile) {
				// "Brasil, selaku ketua BRICS tahun 2025, mengumumkan ...
				// pada Senin (6/1)": a later day within the year or month
				// named first says more.
				if first || finer(w, out.sents[s]) {
					out.sents[s], first = w, false
				}
			}
		}
		r.spanDates(out, s)
		if w := out.sents[s]; s == leadAt && w.source == diplograph.DateSourceSentence && out.story.source != diplograph.DateSourceInferred && story.ok && newsDay(w, story) {
			lead = w
		}
		if w := out.sents[s]; w.source == diplograph.DateSourceSentence {
			lastTold = w
		}
		carry = when{}
		for _, n := range out.named[s] {
			if !mentionAt(ms, n.ts).future {
				lastNamed = n.when
				if n.when.precision == diplograph.PrecisionDay {
					lastDay = n.when
				}
				if n.when.source == diplograph.DateSourceSentence && !n.standing && story.ok && newsDay(n.when, story) && !quoted(toks, seg.sents[s].ts, n.ts) {
					told[n.when.date] = true
					if n.when.date > latest.date {
						latest = n.when
					}
				}
			}
		}
		if w := out.sents[s]; w.source == diplograph.DateSourceSentence && w.precision == diplograph.PrecisionDay {
			carry = w
		} else {
			for _, n := range out.named[s] {
				if n.when.precision == diplograph.PrecisionDay && !n.standing && !mentionAt(ms, n.ts).future {
					carry = n.when
				}
			}
		}
	}
	r.dateSaidBack(seg, out)
	if story.ok && leadAt >= 0 {
		out.dateLeadForward(leadAt, story)
	}
	return out
}

// dateLeadForward gives the story's first sentence, when it names no day
// of the news, the day the main clause of the sentence after it names: a
// lead tells what happened and the next sentence when ("Kemhan resmi
// menandatangani kontrak ... . Penandatanganan dilakukan di Jakarta, Rabu
// (11/6/2025).").
func (d *storyDates) dateLeadForward(lead int, story storyDay) {
	newsNamed := func(n namedDate) bool {
		return n.when.source == diplograph.DateSourceSentence && newsDay(n.when, story)
	}
	if lead+1 >= len(d.sents) || d.sents[lead].source == diplograph.DateSourceSentence || slices.ContainsFunc(d.named[lead], newsNamed) {
		return
	}
	// A sentence naming two days may tell the lead's act on neither
	// ("Dalam pernyataan yang disiarkan Kamis (17/11), Choe mengecam
	// pertemuan ... pada Minggu (13/11)").
	next, days := d.sents[lead+1], 0
	for _, n := range d.named[lead+1] {
		if n.when.precision == diplograph.PrecisionDay {
			days++
		}
	}
	if days == 1 && slices.ContainsFunc(d.named[lead+1], func(n namedDate) bool {
		return newsNamed(n) && n.when == next && (n.clause < 0 || d.clauses[lead+1][n.clause].kind == clauseWhile)
	}) {
		d.sents[lead] = next
	}
}

// namesDay says whether m names a day of its own, not one counted from
// the day its sentence tells of ("sehari sebelumnya").
func namesDay(m dateMention) bool {
	switch m.kind {
	case kindDay, kindWeekday:
		return true
	case kindRelative:
		return m.rel.unit == unitDay || m.rel.unit == unitWeekend
	}
	return false
}

// quoted says whether token k of a sentence from token ts stands inside
// the quoted words it opens.
func quoted(toks []token, ts, k int) bool {
	n := 0
	for i := ts; i < k; i++ {
		if w := toks[i].low; w == "\"" || w == "“" || w == "”" {
			n++
		}
	}
	return n%2 == 1
}

// afterStory says whether w is a day after the story's date, beyond the
// day of slack a date printed in another time zone may take.
func afterStory(w when, story storyDay) bool {
	t, err := time.Parse(time.DateOnly, w.date)
	return err == nil && w.precision == diplograph.PrecisionDay && t.After(story.t.AddDate(0, 0, 1))
}

// afterPublication says whether the whole period of w (a day or a month)
// comes after the day the page was published (printed or given; not
// inferred from the body, whose latest day it cannot pass), a day of
// slack for time zones. A year is left out: "tahun depan" is as often the
// year of what an act is about ("bertemu ... untuk membahas keketuaan
// ASEAN tahun depan") as of the act.
func (d *storyDates) afterPublication(w when) bool {
	if d.story.source != diplograph.DateSourceArticle && d.story.source != diplograph.DateSourceGiven {
		return false
	}
	pub, err := time.Parse(time.DateOnly, d.story.date)
	t, err2 := time.Parse(time.DateOnly, w.date)
	if err != nil || err2 != nil {
		return false
	}
	switch w.precision {
	case diplograph.PrecisionDay:
		return t.After(pub.AddDate(0, 0, 1))
	case diplograph.PrecisionMonth:
		return t.After(time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC))
	}
	return false
}

// newsDay says whether w is a day of the news the story tells: a day of
// the week before the story's date, up to it.
func newsDay(w when, story storyDay) bool {
	t, err := time.Parse(time.DateOnly, w.date)
	return err == nil && w.precision == diplograph.PrecisionDay && !t.After(story.t) && story.t.Sub(t) <= 7*24*time.Hour
}

// finer says whether w names a shorter period that lies within the
// period of v (a day of v's month or year, a month of v's year).
func finer(w, v when) bool {
	rank := map[string]int{diplograph.PrecisionYear: 1, diplograph.PrecisionMonth: 2, diplograph.PrecisionDay: 3}
	n := map[string]int{diplograph.PrecisionYear: 4, diplograph.PrecisionMonth: 7}[v.precision]
	return rank[w.precision] > rank[v.precision] && n > 0 && len(w.date) >= n && w.date[:n] == v.date[:n]
}

// dateSaidBack gives the sentences before one that dates their saying
// ("Sugiono menegaskan .... Hal itu disampaikan Sugiono di Jakarta, Rabu
// (12/2/2025).") that sentence's day: each one back in its paragraph
// (and, for a sentence opening a paragraph, the paragraph before) that
// names no date of its own, up to one that does.
func (r *dateRules) dateSaidBack(seg *segmented, out *storyDates) {
	for s := 1; s < len(seg.sents); s++ {
		// Its day may stand in a clause ("kepada wartawan usai rapat,
		// Kamis (13/2/2025)"): the first day it names, but not that of
		// an act a span away ("disampaikan sehari setelah Trump
		// mengklaim ...").
		k := slices.IndexFunc(out.named[s], func(n namedDate) bool {
			return n.when.precision == diplograph.PrecisionDay && !n.standing && (n.clause < 0 || out.clauses[s][n.clause].span.offset == 0)
		})
		if k < 0 || !r.saysBack(seg, s) {
			continue
		}
		w := out.named[s][k].when
		for p := s - 1; p >= 0 && len(out.named[p]) == 0; p-- {
			if seg.sents[p].unit != seg.sents[p+1].unit && p+1 != s {
				break
			}
			out.sents[p] = w
		}
	}
}

// saysBack says whether sentence s opens by referring to the words of
// the one before as said ("Hal itu disampaikan", "Pernyataan tersebut ia
// sampaikan", "Demikian dikatakan"): a word of said-back, a demonstrative
// after it unless it is "demikian", and a verb of saying within the next
// three words.
func (r *dateRules) saysBack(seg *segmented, s int) bool {
	sent := seg.sents[s]
	toks := seg.units[sent.unit].toks[sent.ts:sent.te]
	if len(toks) < 3 || !r.saidBack[toks[0].low] {
		return false
	}
	i := 1
	if toks[0].low != "demikian" {
		if w := toks[1].low; w != "itu" && w != "ini" && w != "tersebut" {
			return false
		}
		i = 2
	}
	for k := i; k < len(toks) && k < i+3; k++ {
		if r.saidVerbs[toks[k].low] {
			return true
		}
	}
	return false
}

// mentionAt is the mention of ms starting at token ts (a span's date,
// which no mention gives, is none).
func mentionAt(ms []dateMention, ts int) dateMention {
	for _, m := range ms {
		if m.ts == ts {
			return m
		}
	}
	return dateMention{}
}

// spanDates dates the after and before clauses of sentence s that name no
// date of their own but a span from the main clause's time: "Pernyataan
// itu dirilis pada Kamis, sehari setelah Korea Selatan mengutuk ...": the
// condemnation is of Wednesday. The span is read at the precision the main
// clause's date has, and never finer than its own unit.
func (r *dateRules) spanDates(out *storyDates, s int) {
	for k, c := range out.clauses[s] {
		if c.span.offset == 0 || slices.ContainsFunc(out.named[s], func(n namedDate) bool { return n.clause == k }) {
			continue
		}
		base, ok := out.nearest(s, c.ts, func(n namedDate) bool { return n.clause == -1 || out.clauses[s][n.clause].kind == clauseWhile })
		if !ok {
			base = out.sents[s]
		}
		t, err := time.Parse(time.DateOnly, base.date)
		if err != nil {
			continue
		}
		n := c.span.offset
		if c.kind == clauseAfter {
			n = -n
		}
		w := when{precision: base.precision, source: base.source}
		switch c.span.unit {
		case unitDay, unitWeek:
			if c.span.unit == unitWeek {
				n *= 7
			}
			if base.precision != diplograph.PrecisionDay {
				continue
			}
			w.date = t.AddDate(0, 0, n).Format(time.DateOnly)
		case unitMonth:
			if base.precision == diplograph.PrecisionYear {
				continue
			}
			w.date, w.precision = time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), diplograph.PrecisionMonth
		default:
			w.date, w.precision = strconv.Itoa(t.Year()+n)+"-01-01", diplograph.PrecisionYear
		}
		out.named[s] = append(out.named[s], namedDate{c.ts, c.ts + 1, w, k, false, -1})
	}
}

// withAnniversary adds to tenures the year the page marks an anniversary
// in, which bounds an undated story as a title held does; only a page
// without a date of its own is read for it.
func (r *dateRules) withAnniversary(seg *segmented, tenures [][]period) [][]period {
	if y, ok := r.anniversaryYear(seg); ok {
		return append(tenures, []period{{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)}})
	}
	return tenures
}

// anniversaryYear is the year of the first anniversary the page marks:
// "memperingati 75 tahun hubungan diplomatik ... yang dirintis pada
// 1948-49" is 1949 + 75, the year (or the span's last year, written in full or in two
// digits) named within twelve words after "tahun", when it falls among the
// years stories are placed in.
func (r *dateRules) anniversaryYear(seg *segmented) (int, bool) {
	for _, sent := range seg.sents {
		u := &seg.units[sent.unit]
		toks := u.toks
		for i := sent.ts; i+2 < sent.te; i++ {
			if !r.anniversary[toks[i].low] {
				continue
			}
			n, err := strconv.Atoi(toks[i+1].low)
			if unit, ok := r.units[toks[i+2].low]; err != nil || n < 1 || n > 200 || !ok || unit != unitYear {
				continue
			}
			for k := i + 3; k < sent.te && k <= i+15; k++ {
				base, err := strconv.Atoi(toks[k].low)
				if err != nil || len(toks[k].low) != 4 {
					continue
				}
				if k+1 < sent.te && len(toks[k+1].low) == 2 && strings.Trim(u.text[toks[k].end:toks[k+1].start], "-–") == "" {
					if end, err := strconv.Atoi(toks[k+1].low); err == nil {
						base = base/100*100 + end // "1950-53"
					}
				}
				if y := base + n; y >= firstStoryYear && y <= lastStoryYear {
					return y, true
				}
				break
			}
		}
	}
	return 0, false
}

// refDay reads a day counted from the day the sentence tells of ("keesokan
// harinya", "sehari sebelumnya"): the last day its sentence named before
// it, else prev (the day the sentence before it named), else the story's,
// but not after it: "membalas keesokan harinya" after an
// act the page does not date is no act of the day after the news.
func (r *dateRules) refDay(m dateMention, named []namedDate, prev when, story storyDay) (when, bool) {
	anchor := prev
	for _, n := range named {
		if n.te <= m.ts && n.when.precision == diplograph.PrecisionDay {
			anchor = n.when
		}
	}
	if anchor.date == "" && m.rel.offset > 0 {
		return when{}, false
	}
	if anchor.date == "" {
		return r.resolveIn(dateMention{kind: kindRelative, rel: relDate{unitDay, m.rel.offset}, weekday: -1}, story)
	}
	t, err := time.Parse(time.DateOnly, anchor.date)
	if err != nil {
		return when{}, false
	}
	return when{date: t.AddDate(0, 0, m.rel.offset).Format(time.DateOnly), precision: diplograph.PrecisionDay}, true
}

// clausesOf finds the clauses of tokens [ts, te) that hang on the main
// clause: each from a word of clauses.tsv to the next such word, a
// semicolon or the sentence's end; one that opens the sentence ("Setelah
// bertemu Xi, Blinken ...") and a relative clause ("Instrumen ... yang
// ditandatangani pada 19 Juni 2024, dipertukarkan pada 4 Desember") end at
// the next comma, while in others a comma is a list's ("setelah Korea
// Selatan, Jepang, dan AS mengutuk"). A word right
// before a date ("sejak 2006", "sebelum 30 April": a time, not a clause)
// or before a demonstrative ("setelah itu") opens none.
func (r *dateRules) clausesOf(toks []token, ts, te int, ms []dateMention) []clause {
	var out []clause
	// byComma: the open clause ends at a comma.
	byComma := false
	closeAt := func(i int) {
		if n := len(out); n > 0 && out[n-1].te == 0 {
			out[n-1].te = i
		}
	}
	startsDate := func(i int) bool {
		for i < te && (toks[i].low == "tahun" || toks[i].low == "tanggal" || toks[i].low == "bulan" || toks[i].low == "hari") {
			i++
		}
		return slices.ContainsFunc(ms, func(m dateMention) bool { return m.ts == i })
	}
	for i := ts; i < te; i++ {
		if w := toks[i].low; w == ";" || (w == "," && byComma) {
			closeAt(i)
			continue
		}
		p, end := r.openers.matchAt("", toks[:te], i)
		if p == nil || i > ts && toks[i].upper && toks[i-1].upper {
			// "Kepala Pemerintah Sementara Bangladesh": an opener written
			// with a capital after a capitalized word is part of a name.
			continue
		}
		if end >= te || startsDate(end) || isDemonstrative(toks[end].low) {
			i = end - 1
			continue
		}
		closeAt(i)
		c := clause{ts: i, kind: clauseKind(p.ref)}
		byComma = i == ts || c.kind == clauseRelative
		if c.kind == clauseAfter || c.kind == clauseBefore {
			c.span = r.spanBefore(toks, ts, i)
		}
		out = append(out, c)
		i = end - 1
	}
	closeAt(te)
	return out
}

// spanBefore reads a span of time right before token i: "sehari", "dua
// hari", "3 minggu".
func (r *dateRules) spanBefore(toks []token, ts, i int) relDate {
	if i-1 < ts {
		return relDate{}
	}
	if sp, ok := r.spans[toks[i-1].low]; ok {
		return sp
	}
	u, ok := r.units[toks[i-1].low]
	if !ok || i-2 < ts {
		return relDate{}
	}
	n, isWord := r.numbers[toks[i-2].low]
	if !isWord {
		var err error
		if n, err = strconv.Atoi(toks[i-2].low); err != nil || n <= 0 || n > 100 {
			return relDate{}
		}
	}
	return relDate{u, n}
}

// inferStory finds the story's date of a page that prints none: the latest
// day its body names (a date in the future or one a state began at is left
// out), in the year the page's days tell (storyYear); without days, the
// span of days in which every titled person of the page held the title
// they are named with, when it lies within one year (tenureWindow).
func (r *dateRules) inferStory(mentions [][]dateMention, tenures [][]period) storyDay {
	var pinned, loose, full []dateMention
	for _, ms := range mentions {
		for _, m := range ms {
			if m.kind != kindDay || m.future || m.earlier {
				continue
			}
			switch {
			case m.year > 0:
				full = append(full, m)
			case m.weekday >= 0:
				pinned = append(pinned, m)
			default:
				loose = append(loose, m)
			}
		}
	}
	year, ok := 0, false
	switch {
	case len(pinned) > 0:
		year, ok = storyYear(pinned, loose, full, tenures)
	case len(full) > 0:
		for _, m := range full {
			year = max(year, m.year)
		}
		ok = true
	case len(loose) > 0:
		year, ok = storyYear(nil, loose, nil, tenures)
	default:
		return tenureWindow(tenures)
	}
	if !ok {
		return storyDay{}
	}
	// Every day named is placed against the end of that year, so a day
	// without a year falls in it (or, by its weekday, in the year before);
	// the latest is the story's. News prints the day it tells of with its
	// weekday ("Kamis (18/4)"): when some day has one, the latest of those
	// is the story's, and a later day without one is a schedule's ("tur
	// ... mulai 18 April dan berakhir pada 23 April"). A day named of the
	// story's own week after it moves it there ("bertemu Jokowi hari Kamis
	// ini" on a page whose latest date is "Selasa (16/4)": Thursday).
	end := storyDay{t: time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), ok: true}
	var story time.Time
	later := func(w when, ok bool) {
		if t, err := time.Parse(time.DateOnly, w.date); ok && err == nil && t.After(story) {
			story = t
		}
	}
	withWeekday := len(pinned) > 0 || slices.ContainsFunc(full, func(m dateMention) bool { return m.weekday >= 0 })
	for _, ms := range mentions {
		for _, m := range ms {
			if m.kind == kindDay && !m.future && !m.earlier && (m.weekday >= 0 || !withWeekday) {
				later(r.resolve(m, end))
			}
		}
	}
	if story.IsZero() {
		return storyDay{}
	}
	for _, ms := range mentions {
		for _, m := range ms {
			if m.kind == kindWeekday && m.thisWeek && !m.future {
				later(r.resolve(m, storyDay{t: story, ok: true, inferred: true}))
			}
		}
	}
	return storyDay{t: story, ok: true, inferred: true}
}

// storyYear chooses the year of a page's days printed without one, among
// firstStoryYear–lastStoryYear, by weighing together how the weekdays
// printed with them fit each year (pinned: "Jumat (18/10)" is a Friday in
// 2019 and 2024; two such days that fit 2024 and one 2019 make it 2024; a
// day a weekday is one off counts half: a slip of the number), each full
// date of that year, and each person named with a title the dictionary
// dates who held it on the latest of those days placed in the year. Among
// years with days pinned by weekdays that weigh the same, the latest wins;
// days with no weekday (loose: "21 Oktober") are placed only when the
// titles single out one year.
func storyYear(pinned, loose, full []dateMention, tenures [][]period) (int, bool) {
	best, bestScore, tie := 0, 0, false
	for y := firstStoryYear; y <= lastStoryYear; y++ {
		fit, latest := 0, time.Time{}
		for _, m := range pinned {
			t, q := fitWeekday(y, m)
			fit += q
			if q > 0 && t.After(latest) {
				latest = t
			}
		}
		if len(pinned) > 0 && fit == 0 {
			continue
		}
		for _, m := range loose {
			if t, ok := makeDay(y, m.month, m.day); ok && t.After(latest) {
				latest = t
			}
		}
		score := fit
		for _, m := range full {
			if m.year == y {
				score++
			}
		}
		for _, held := range tenures {
			if slices.ContainsFunc(held, func(p period) bool { return p.holds(latest) }) {
				score++
			}
		}
		switch {
		case score == 0:
		case score > bestScore:
			best, bestScore, tie = y, score, false
		case score == bestScore:
			best, tie = y, true
		}
	}
	if best == 0 || (tie && len(pinned) == 0) {
		return 0, false
	}
	return best, true
}

// tenureWindow places a page that names no day by the titles its people
// hold: the days on which every one of them held the title named with
// them (of each person, from the first day of the first period to the
// last of the last), when they lie within one year. "Penasihat Negara
// sekaligus Menteri Luar Negeri China Qin Gang" with Blinken as Secretary
// of State is a story of 2023 only if Qin's term lay in that year alone.
func tenureWindow(tenures [][]period) storyDay {
	from := time.Date(firstStoryYear, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(lastStoryYear, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, held := range tenures {
		lo, hi := held[0].from, held[0].to
		for _, p := range held[1:] {
			if p.from.Before(lo) {
				lo = p.from
			}
			if hi.IsZero() || p.to.IsZero() {
				hi = time.Time{}
			} else if p.to.After(hi) {
				hi = p.to
			}
		}
		if lo.After(from) {
			from = lo
		}
		if !hi.IsZero() && hi.Before(to) {
			to = hi
		}
	}
	if len(tenures) == 0 || from.After(to) || from.Year() != to.Year() {
		return storyDay{}
	}
	return storyDay{t: from, to: to, ok: true, inferred: true}
}

// windowWhen is the date of a story known to lie in [story.t, story.to]:
// the day, or the month or year they share.
func windowWhen(story storyDay) when {
	from, to := story.t, story.to
	switch {
	case to.IsZero() || to.Equal(from):
		return when{date: from.Format(time.DateOnly), precision: diplograph.PrecisionDay}
	case from.Year() == to.Year() && from.Month() == to.Month():
		return when{date: from.Format("2006-01") + "-01", precision: diplograph.PrecisionMonth}
	}
	return when{date: strconv.Itoa(from.Year()) + "-01-01", precision: diplograph.PrecisionYear}
}

// resolveIn reads mention m against the story's date; a story known only
// to a span of days reads it at both ends and keeps what they share (a
// weekday read in a story of January to July 2023 is of 2023).
func (r *dateRules) resolveIn(m dateMention, story storyDay) (when, bool) {
	if story.to.IsZero() {
		return r.resolve(m, story)
	}
	a, okA := r.resolve(m, storyDay{t: story.t, ok: true, inferred: true})
	b, okB := r.resolve(m, storyDay{t: story.to, ok: true, inferred: true})
	switch {
	case !okA || !okB:
		return when{}, false
	case a == b:
		return a, true
	case a.date[:7] == b.date[:7] && a.precision != diplograph.PrecisionYear && b.precision != diplograph.PrecisionYear:
		return when{date: a.date[:7] + "-01", precision: diplograph.PrecisionMonth}, true
	case a.date[:4] == b.date[:4]:
		return when{date: a.date[:4] + "-01-01", precision: diplograph.PrecisionYear}, true
	}
	return when{}, false
}

// fitWeekday places day-and-month mention m in year y by its weekday: the
// day itself when its weekday is the one named (quality 2), the day before
// or after when that one is (1: the number is another time zone's date, or
// a slip; the weekday is what the story tells), else none (0).
func fitWeekday(y int, m dateMention) (time.Time, int) {
	t, ok := makeDay(y, m.month, m.day)
	if !ok {
		return time.Time{}, 0
	}
	if m.weekday < 0 || int(t.Weekday()) == m.weekday {
		return t, 2
	}
	for _, k := range []int{-1, 1} {
		if u := t.AddDate(0, 0, k); int(u.Weekday()) == m.weekday {
			return u, 1
		}
	}
	return t, 0
}

// resolve reads mention m as a date, against the story's date when it has
// one. The source is left to the caller.
func (r *dateRules) resolve(m dateMention, story storyDay) (when, bool) {
	anchor, hasAnchor := story.t, story.ok
	day := func(t time.Time) (when, bool) {
		return when{date: t.Format(time.DateOnly), precision: diplograph.PrecisionDay}, true
	}
	month := func(y, mo int) (when, bool) {
		return when{date: time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), precision: diplograph.PrecisionMonth}, true
	}
	year := func(y int) (when, bool) {
		if y < 1900 || y > 2200 {
			return when{}, false
		}
		return when{date: strconv.Itoa(y) + "-01-01", precision: diplograph.PrecisionYear}, true
	}
	switch m.kind {
	case kindDay:
		if m.year > 0 {
			t, q := fitWeekday(m.year, m)
			if t.IsZero() {
				return when{}, false
			}
			if q == 0 {
				t, _ = makeDay(m.year, m.month, m.day)
			}
			return day(t)
		}
		if !hasAnchor {
			return when{}, false
		}
		return r.dayNear(m, anchor)
	case kindWeekday:
		if !hasAnchor {
			return when{}, false
		}
		back := (int(anchor.Weekday()) - m.weekday + 7) % 7
		fwd := (m.weekday - int(anchor.Weekday()) + 7) % 7
		if m.thisWeek {
			// The week runs from Monday to Sunday; "Senin pekan lalu" is
			// of the week before the story's.
			monday := anchor.AddDate(0, 0, -((int(anchor.Weekday())+6)%7)+7*m.rel.offset)
			return day(monday.AddDate(0, 0, (m.weekday+6)%7))
		}
		switch {
		case m.dir < 0 && back == 0 && !story.inferred:
			return day(anchor.AddDate(0, 0, -7))
		case m.dir > 0 && fwd == 0:
			return day(anchor.AddDate(0, 0, 7))
		case m.dir > 0 || (m.dir == 0 && m.future):
			return day(anchor.AddDate(0, 0, fwd))
		}
		return day(anchor.AddDate(0, 0, -back))
	case kindMonth:
		if m.year > 0 {
			return month(m.year, m.month)
		}
		if !hasAnchor {
			return when{}, false
		}
		y, am := anchor.Year(), int(anchor.Month())
		switch {
		case m.lastYear:
			y--
		case m.dir < 0 && m.month >= am, m.dir == 0 && !m.future && m.month > am:
			y--
		case m.dir > 0 && m.month <= am, m.dir == 0 && m.future && m.month < am:
			y++
		}
		return month(y, m.month)
	case kindYear:
		return year(m.year)
	}
	if !hasAnchor {
		return when{}, false
	}
	switch n := m.rel.offset; m.rel.unit {
	case unitDay:
		return day(anchor.AddDate(0, 0, n))
	case unitWeekend:
		// The Saturday of the last weekend on or before the story's day.
		back := (int(anchor.Weekday()) - int(time.Saturday) + 7) % 7
		return day(anchor.AddDate(0, 0, -back))
	case unitWeek:
		monday := anchor.AddDate(0, 0, -((int(anchor.Weekday())+6)%7)+7*n)
		sunday := monday.AddDate(0, 0, 6)
		switch {
		case monday.Month() == sunday.Month():
			return month(monday.Year(), int(monday.Month()))
		case monday.Year() == sunday.Year():
			return year(monday.Year())
		}
		return when{}, false
	case unitMonth:
		t := time.Date(anchor.Year(), anchor.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return month(t.Year(), int(t.Month()))
	}
	return year(anchor.Year() + m.rel.offset)
}

// dayNear places a day and month printed without a year near the story's
// date: in the year before, of or after it, on or before the story's date
// (after it for a date in the future; a day of slack either way), within
// half a year of it, where the weekday named fits (exactly before off by a
// day), nearest. Half a year before a weekday's fit: "Senin (20/10)" on a
// page of October 2024 is Monday the 21st, the slip of a day, not a Monday
// of 2023 or 2025.
func (r *dateRules) dayNear(m dateMention, anchor time.Time) (when, bool) {
	var best time.Time
	bestRank := -1
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		t, q := fitWeekday(y, m)
		if t.IsZero() {
			continue
		}
		if q == 0 {
			t, _ = makeDay(y, m.month, m.day)
		}
		// A day printed with its weekday in the week after the story's is
		// one the story looks ahead to ("perundingan di Istanbul pada
		// Kamis (15/5)"), not a day a year back whose weekday is a slip.
		allowed := !t.After(anchor.AddDate(0, 0, 1)) || q == 2 && m.weekday >= 0 && !t.After(anchor.AddDate(0, 0, 7))
		if m.future {
			allowed = !t.Before(anchor.AddDate(0, 0, -1))
		}
		dist := int(t.Sub(anchor).Hours() / 24)
		if dist < 0 {
			dist = -dist
		}
		// Allowed first, then within half a year, then the weekday's fit,
		// then nearness (a date is at most 2 years away, under 1000 days).
		rank := q * 1000
		if allowed {
			rank += 100000
		}
		if dist <= 183 {
			rank += 10000
		}
		rank += 999 - min(dist, 999)
		if rank > bestRank {
			best, bestRank = t, rank
		}
	}
	if bestRank < 0 {
		return when{}, false
	}
	return when{date: best.Format(time.DateOnly), precision: diplograph.PrecisionDay}, true
}

// makeDay is the day y-mon-day, if there is one.
func makeDay(y, mon, day int) (time.Time, bool) {
	if y < 1900 || y > 2200 || mon < 1 || mon > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == day
}

// scan finds the date expressions of tokens [ts, te).
func (r *dateRules) scan(toks []token, ts, te int) []dateMention {
	var out []dateMention
	num := func(i int) int {
		if i < ts || i >= te || !toks[i].word || toks[i].low[0] < '0' || toks[i].low[0] > '9' {
			return -1
		}
		n, err := strconv.Atoi(toks[i].low)
		if err != nil {
			return -1
		}
		return n
	}
	low := func(i int) string {
		if i < ts || i >= te {
			return ""
		}
		return toks[i].low
	}
	isYear := func(i int) bool { n := num(i); return n >= 1900 && n <= 2100 && len(toks[i].low) == 4 }
	// dayAt reads a day and month starting at token i: "(19/6)",
	// "(19/6/2023)", "19/6/2023", "19 Juni [2024]".
	dayAt := func(i int) (dateMention, bool) {
		m := dateMention{ts: i, kind: kindDay, weekday: -1}
		if low(i) == "(" && low(i+2) == "/" {
			m.day, m.month = num(i+1), num(i+3)
			switch {
			case low(i+4) == ")":
				m.te = i + 5
			case low(i+4) == "/" && low(i+6) == ")":
				m.year, m.te = num(i+5), i+7
				if m.year >= 0 && m.year < 100 {
					m.year += 2000
				}
			default:
				return m, false
			}
			return m, m.day > 0 && m.month > 0 && m.year >= 0
		}
		if d := num(i); d > 0 && d <= 31 {
			if low(i+1) == "/" && low(i+3) == "/" && isYear(i+4) {
				m.day, m.month, m.year, m.te = d, num(i+2), num(i+4), i+5
				return m, m.month > 0
			}
			if mo, ok := r.storyMonths[low(i+1)]; ok {
				m.day, m.month, m.te = d, int(mo), i+2
				// "pada 9-10 November", "26–28 Mei": a span of days,
				// dated by its first (the tokenizer splits at a hyphen,
				// and makes a dash a token).
				if first := num(i - 1); first > 0 && first < d && toks[i].start-toks[i-1].end == 1 {
					m.ts, m.day = i-1, first
				} else if dash := low(i - 1); (dash == "-" || dash == "–") && num(i-2) > 0 && num(i-2) < d {
					m.ts, m.day = i-2, num(i-2)
				}
				if isYear(i + 2) {
					m.year, m.te = num(i+2), i+3
				}
				return m, true
			}
		}
		return m, false
	}
	for i := ts; i < te; i++ {
		t := toks[i]
		if !t.word && t.low != "(" {
			continue
		}
		m, ok := dateMention{}, false
		wd, isDay := r.storyWeekdays[t.low]
		weekdayHere := isDay && (t.upper || r.weekdayPrep(low(i-1)))
		if weekdayHere && t.low == "minggu" && !r.weekdayPrep(low(i-1)) {
			// "Minggu lalu" opening a sentence is last week; "pada
			// Minggu lalu" last Sunday.
			if p, _ := r.relative.matchAt("", toks[:te], i); p != nil {
				weekdayHere = false
			}
		}
		switch {
		case weekdayHere:
			j := i + 1
			if low(j) == "," {
				j++
			}
			if m, ok = dayAt(j); ok {
				m.ts, m.weekday = i, int(wd)
				break
			}
			if week, end, isWeek := r.weekAt(toks[:te], i+1); isWeek {
				// "Jumat pekan lalu (7/11)": the day printed after it,
				// else that weekday of the week named.
				if m, ok = dayAt(end); ok {
					m.ts, m.weekday = i, int(wd)
					break
				}
				m, ok = dateMention{ts: i, te: end, kind: kindWeekday, weekday: int(wd), thisWeek: true, rel: week}, true
				break
			}
			m = dateMention{ts: i, te: i + 1, kind: kindWeekday, weekday: int(wd)}
			switch {
			case r.past[low(i+1)]:
				m.dir, m.te = -1, i+2
			case r.next[low(i+1)]:
				m.dir, m.te = 1, i+2
			case low(i+1) == "ini":
				m.thisWeek, m.te = true, i+2
			}
			ok = true
		case t.low == "(" || num(i) > 0:
			m, ok = dayAt(i)
			if !ok && num(i) > 0 {
				m, ok = r.countedSpan(toks, i, te, num(i))
			}
			if !ok && isYear(i) && r.yearPreps[low(i-1)] {
				m, ok = dateMention{ts: i, te: i + 1, kind: kindYear, year: num(i), weekday: -1}, true
			}
		default:
			if n, isNum := r.numbers[t.low]; isNum {
				m, ok = r.countedSpan(toks, i, te, n)
				break
			}
			if p, end := r.relative.matchAt("", toks[:te], i); p != nil {
				m, ok = dateMention{ts: i, te: end, kind: kindRelative, rel: r.rel[p.ref], weekday: -1}, true
				break
			}
			if mo, isMonth := r.storyMonths[t.low]; isMonth && t.upper {
				m, ok = r.monthAt(toks, i, te, int(mo), isYear, num)
			}
		}
		if !ok {
			continue
		}
		if m.kind == kindDay && m.year == 0 && m.te < te {
			// "mulai 1 November mendatang", "pada 5 Mei lalu".
			switch {
			case r.next[toks[m.te].low]:
				m.future, m.te = true, m.te+1
			case r.past[toks[m.te].low]:
				m.te++
			}
		}
		if m.futureAt = r.futureBefore(toks[:te], ts, m.ts); m.futureAt >= 0 {
			m.future = true
		}
		if m.future && m.futureAt < 0 {
			m.futureAt = m.ts
		}
		m.earlier = r.earlierTime(toks, ts, m.ts)
		m.since = r.sinceTime(toks, ts, m.ts)
		out = append(out, m)
		i = m.te - 1
	}
	return out
}

// futureBefore is the first token of the words of the future that tell
// the act a date starting at token k is of, in the sentence from token ts:
// up the clause the date stands in, past the act's object ("Xi dijadwalkan
// bertemu Presiden AS Joe Biden di sela KTT pada Sabtu"); -1 for none.
func (r *dateRules) futureBefore(toks []token, ts, k int) int {
	at := -1
	for j := k - 1; j >= ts; j-- {
		w := toks[j].low
		if w == "," || w == ";" || w == ":" || w == "\"" || w == "“" || w == "”" {
			break
		}
		if r.future[w] {
			at = j
		}
		if p, _ := r.openers.matchAt("", toks, j); p != nil {
			break
		}
	}
	return at
}

// weekAt reads a week named by where it stands from the story's ("pekan
// lalu") at token i of toks, and the token after it.
func (r *dateRules) weekAt(toks []token, i int) (relDate, int, bool) {
	if i >= len(toks) {
		return relDate{}, 0, false
	}
	p, end := r.relative.matchAt("", toks, i)
	if p == nil || r.rel[p.ref].unit != unitWeek {
		return relDate{}, 0, false
	}
	return r.rel[p.ref], end, true
}

// earlierTime says whether a date starting at token k is that of an
// earlier time than what its sentence (from token ts) tells: "sejak" right
// before it ("sejak tahun 2006") after a word of "first" ("kunjungan
// pertamanya ke Pyongyang sejak Juli 2000": the visit is not of July 2000).
func (r *dateRules) earlierTime(toks []token, ts, k int) bool {
	if !r.sinceTime(toks, ts, k) {
		return false
	}
	for j := k - 1; j >= ts; j-- {
		if r.first[toks[j].low] {
			return true
		}
	}
	return false
}

// sinceTime says whether a word of since stands before a date starting
// at token k, in the sentence from token ts: right before it ("sejak
// 2006"), or before the words that open a date ("sejak tahun 2006", "sejak
// akhir Juli": month-prep).
func (r *dateRules) sinceTime(toks []token, ts, k int) bool {
	j := k - 1
	for j > ts && (toks[j].low == "tahun" || toks[j].low == "tanggal" || toks[j].low == "bulan" || r.monthPreps[toks[j].low] && !r.since[toks[j].low]) {
		j--
	}
	return j >= ts && r.since[toks[j].low]
}

// weekdayPrep says whether a day name after word w is a day even in lower
// case ("pada senin", "hari minggu").
func (r *dateRules) weekdayPrep(w string) bool { return w == "pada" || w == "hari" }

// countedSpan reads "N <unit> [yang] lalu" at token i (N = n): n units
// before the story's date; "N hari sebelumnya" or "N hari kemudian": n days
// from the day the sentence tells of.
func (r *dateRules) countedSpan(toks []token, i, te, n int) (dateMention, bool) {
	if i+2 >= te {
		return dateMention{}, false
	}
	u, ok := r.units[toks[i+1].low]
	k := i + 2
	if ok && (u == unitDay || u == unitWeek) && (r.earlierRef[toks[k].low] || r.laterRef[toks[k].low]) {
		// "tiga hari sebelumnya", "dua pekan kemudian": days from the day
		// the sentence tells of.
		days := n
		if u == unitWeek {
			days = 7 * n
		}
		if r.earlierRef[toks[k].low] {
			days = -days
		}
		return dateMention{ts: i, te: k + 1, kind: kindRelative, rel: relDate{unitRefDay, days}, weekday: -1}, true
	}
	if toks[k].low == "yang" && k+1 < te {
		k++
	}
	if !ok || !r.past[toks[k].low] {
		return dateMention{}, false
	}
	return dateMention{ts: i, te: k + 1, kind: kindRelative, rel: relDate{u, -n}, weekday: -1}, true
}

// monthAt reads a month named without a day at token i: "Juli 2000",
// "pada Juni", "Juni lalu", "Juni tahun lalu". A month name needs a year
// after it or a word before or after it that makes it a date, so that a
// name such as "Mei" is not read as May.
func (r *dateRules) monthAt(toks []token, i, te, mo int, isYear func(int) bool, num func(int) int) (dateMention, bool) {
	m := dateMention{ts: i, te: i + 1, kind: kindMonth, month: mo, weekday: -1}
	next := ""
	if i+1 < te {
		next = toks[i+1].low
	}
	switch {
	case isYear(i + 1):
		m.year, m.te = num(i+1), i+2
	case r.past[next]:
		m.dir, m.te = -1, i+2
	case r.next[next]:
		m.dir, m.te = 1, i+2
	case next == "tahun" && i+2 < te && r.past[toks[i+2].low]:
		m.lastYear, m.te = true, i+3
	case next == "ini":
		m.te = i + 2
	case i > 0 && r.monthPreps[toks[i-1].low]:
	default:
		return m, false
	}
	return m, true
}

// tenuresOf lists, per actor of the cast and per title the dictionary
// dates that the actor is named with, the periods the actor held that
// title (a title seen as "Presiden Korsel" or "Menlu RI" is the
// dictionary's "Presiden Korea Selatan" or "Menteri Luar Negeri
// Indonesia" of the same state). Someone named with two titles held both:
// "Penasihat Negara sekaligus Menteri Luar Negeri China Qin Gang" is of the
// months the two terms shared. A title not yet or no longer held
// ("Presiden terpilih", "mantan Presiden": not-held words) dates nothing.
func (r *dateRules) tenuresOf(c *cast, dict *dictIndex, abbreviations map[string]string) [][]period {
	var out [][]period
	for _, a := range c.actors {
		if a.dict < 0 || len(a.roles) == 0 {
			continue
		}
		type seenTitle struct{ key, of string }
		var seen []seenTitle
		for _, tr := range a.roles {
			words := strings.Fields(strings.ToLower(tr.Title))
			if slices.ContainsFunc(words, func(w string) bool { return r.notHeld[w] }) {
				continue
			}
			for i, w := range words {
				if full, ok := abbreviations[w]; ok {
					words[i] = full
				}
			}
			seen = append(seen, seenTitle{strings.Join(words, " "), tr.Of})
		}
		held := map[string][]period{}
		var titles []string
		for _, dr := range dict.actors[a.dict].Roles {
			from, err := time.Parse(time.DateOnly, dr.From)
			if err != nil || dr.TitleID == "" || !slices.ContainsFunc(seen, func(t seenTitle) bool { return sameTitle(t.key, t.of, dr) }) {
				continue
			}
			to, _ := time.Parse(time.DateOnly, dr.To)
			if held[dr.TitleID] == nil {
				titles = append(titles, dr.TitleID)
			}
			held[dr.TitleID] = append(held[dr.TitleID], period{from, to})
		}
		for _, t := range titles {
			out = append(out, held[t])
		}
	}
	return out
}

// sameTitle says whether a title seen in the text (key: lower case,
// abbreviations spelled out; of: the state or body named with it) is a
// dictionary role's: the dictionary's title starts with it ("menteri luar
// negeri" of "Menteri Luar Negeri Korea Utara"), or both are of the same
// state or body and start with the same word ("presiden korsel",
// "Presiden Korea Selatan").
func sameTitle(key, of string, dr DictRole) bool {
	d := strings.ToLower(dr.TitleID)
	if strings.HasPrefix(d+" ", key+" ") {
		return true
	}
	sw, dw := strings.Fields(key), strings.Fields(d)
	return of != "" && of == dr.Of && len(sw) > 0 && len(dw) > 0 && sw[0] == dw[0]
}
