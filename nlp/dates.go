package nlp

import (
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
	// Word classes of dates/words.tsv.
	past, next, future, since, first, monthPreps, yearPreps wordSet
}

// dateUnit is the unit of a relative date.
type dateUnit uint8

const (
	unitDay dateUnit = iota
	unitWeek
	unitWeekend
	unitMonth
	unitYear
)

var dateUnits = map[string]dateUnit{"day": unitDay, "week": unitWeek, "weekend": unitWeekend, "month": unitMonth, "year": unitYear}

// relDate is a relative date: offset units from the story's.
type relDate struct {
	unit   dateUnit
	offset int
}

// loadDateRules reads data/dates/.
func loadDateRules(d *dataFile, tk *tokenizer, cal *calendar) *dateRules {
	r := &dateRules{calendar: cal, relative: newPhraseSet(tk), units: map[string]dateUnit{}, numbers: map[string]int{}}
	const relFile = "dates/relative.tsv"
	seen := wordSet{}
	for _, row := range d.rows(relFile, "phrase", "unit", "offset") {
		if !d.phrase(tk, relFile, row.line, row.fields[0], seen) || !d.oneOf(relFile, row.line, "unit", row.fields[1], "day", "week", "weekend", "month", "year") {
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
	c := d.tokenClasses(tk, "dates/words.tsv", "past", "next", "future", "since", "first", "month-prep", "year-prep")
	r.past, r.next, r.future, r.since, r.first = c["past"], c["next"], c["future"], c["since"], c["first"]
	r.monthPreps, r.yearPreps = c["month-prep"], c["year-prep"]
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
	// sentence tells ("kunjungan pertamanya sejak Juli 2000").
	future, earlier bool
}

// storyDates is the dates stage's output: the story's date, and the date of
// each sentence and of what its date expressions stand nearest to.
type storyDates struct {
	story when
	// sents is each sentence's date: the first date it names, else the
	// story's date.
	sents []when
	// named are each sentence's date expressions that could be read, in
	// token order.
	named [][]namedDate
}

// namedDate is a date expression read: its tokens and its date.
type namedDate struct {
	ts, te int
	when   when
}

// at is the date of what the words around token tok of sentence s report:
// the date the sentence names nearest to them ("tertanggal 9 November ...
// ditandatangani di Pyongyang pada 19 Juni 2024"), else the sentence's.
func (d *storyDates) at(s, tok int) when {
	best, bestDist := when{}, -1
	for _, n := range d.named[s] {
		dist := 0
		switch {
		case n.te <= tok:
			dist = tok - n.te + 1
		case n.ts > tok:
			dist = n.ts - tok
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = n.when, dist
		}
	}
	if bestDist < 0 {
		return d.sents[s]
	}
	return best
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
	// inferred: the day is the latest the body names, not the publication
	// day, so "Sabtu lalu" may be that very day.
	inferred bool
}

// dateSentences dates the sentences of seg. published is the publication
// day (YYYY-MM-DD) or ""; given says it came with the page rather than
// from it. tenures are, per actor of the page named with a title the
// dictionary dates, the periods the actor held it: they choose between the
// years a weekday leaves open on a page without a date.
func (r *dateRules) dateSentences(seg *segmented, published string, given bool, tenures [][]period) *storyDates {
	mentions := make([][]dateMention, len(seg.sents))
	for s, sent := range seg.sents {
		mentions[s] = r.scan(seg.units[sent.unit].toks, sent.ts, sent.te)
	}
	out := &storyDates{sents: make([]when, len(seg.sents)), named: make([][]namedDate, len(seg.sents))}
	var story storyDay
	if t, err := time.Parse(time.DateOnly, published); err == nil {
		story = storyDay{t: t, ok: true}
		out.story = when{published, diplograph.PrecisionDay, diplograph.DateSourceArticle}
		if given {
			out.story.source = diplograph.DateSourceGiven
		}
	} else if t, ok := r.inferStory(mentions, tenures); ok {
		story = storyDay{t: t, ok: true, inferred: true}
		out.story = when{t.Format(time.DateOnly), diplograph.PrecisionDay, diplograph.DateSourceInferred}
	}
	for s, ms := range mentions {
		out.sents[s] = out.story
		if s > 0 && seg.sents[s-1].unit == seg.sents[s].unit {
			// A sentence that names no date goes on with the day the
			// one before it in its paragraph named ("Pada 10 Februari
			// 2025 AS menaikkan tarif. China menjawab dengan tarif ...").
			if prev := out.sents[s-1]; prev.source == diplograph.DateSourceSentence && prev.precision == diplograph.PrecisionDay {
				out.sents[s] = prev
			}
		}
		first := true
		for _, m := range ms {
			w, ok := r.resolve(m, story)
			if !ok || m.earlier {
				continue
			}
			w.source = diplograph.DateSourceSentence
			out.named[s] = append(out.named[s], namedDate{m.ts, m.te, w})
			// A sentence is dated by what it tells as done: a statement
			// that something will happen on a day was made on another.
			if first && !m.future {
				out.sents[s], first = w, false
			}
		}
	}
	return out
}

// inferStory finds the story's date of a page that prints none: the latest
// day its body names (a date in the future or one a state began at is left
// out). Days named without a year take it from the year the body's dates
// with a weekday fit best ("Jumat (18/10)" is 2019 or 2024; two such days
// that fit 2024 and one 2019 make it 2024), weighing each full date of
// that year and each title held that year by the person named with it;
// among years that fit equally, the latest. Without days with a weekday,
// the latest year of a full date is the story's.
func (r *dateRules) inferStory(mentions [][]dateMention, tenures [][]period) (time.Time, bool) {
	var pinned, full []dateMention
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
			}
		}
	}
	year := 0
	switch {
	case len(pinned) > 0:
		bestScore := 0
		for y := firstStoryYear; y <= lastStoryYear; y++ {
			fit, latest := 0, time.Time{}
			for _, m := range pinned {
				t, q := fitWeekday(y, m)
				fit += q
				if q > 0 && t.After(latest) {
					latest = t
				}
			}
			if fit == 0 {
				continue
			}
			score := fit
			for _, m := range full {
				if m.year == y {
					score++
				}
			}
			for _, held := range tenures {
				for _, p := range held {
					if p.holds(latest) {
						score++
						break
					}
				}
			}
			if score >= bestScore {
				year, bestScore = y, score
			}
		}
	case len(full) > 0:
		for _, m := range full {
			year = max(year, m.year)
		}
	default:
		return time.Time{}, false
	}
	// Every day named is placed against the end of that year, so a day
	// without a year falls in it (or, by its weekday, in the year before);
	// the latest is the story's.
	end := storyDay{t: time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), ok: true}
	var story time.Time
	for _, ms := range mentions {
		for _, m := range ms {
			if m.kind != kindDay || m.future || m.earlier {
				continue
			}
			if w, ok := r.resolve(m, end); ok {
				t, _ := time.Parse(time.DateOnly, w.date)
				if t.After(story) {
					story = t
				}
			}
		}
	}
	return story, !story.IsZero()
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
// date: in the year before, of or after it, the one where the weekday named
// fits (exactly before off by a day), on or before the story's date (after
// it for a date in the future; a day of slack either way), nearest.
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
		allowed := !t.After(anchor.AddDate(0, 0, 1))
		if m.future {
			allowed = !t.Before(anchor.AddDate(0, 0, -1))
		}
		dist := int(t.Sub(anchor).Hours() / 24)
		if dist < 0 {
			dist = -dist
		}
		// Allowed first, then the weekday's fit, then nearness (a date is
		// at most 2 years away, under 1000 days).
		rank := q * 1000
		if allowed {
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
			m = dateMention{ts: i, te: i + 1, kind: kindWeekday, weekday: int(wd)}
			switch {
			case r.past[low(i+1)]:
				m.dir, m.te = -1, i+2
			case r.next[low(i+1)]:
				m.dir, m.te = 1, i+2
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
		for k := m.ts - 1; k >= ts && k >= m.ts-6; k-- {
			if r.future[toks[k].low] {
				m.future = true
			}
		}
		m.earlier = r.earlierTime(toks, ts, m.ts)
		out = append(out, m)
		i = m.te - 1
	}
	return out
}

// earlierTime says whether a date starting at token k is that of an
// earlier time than what its sentence (from token ts) tells: "sejak" right
// before it ("sejak tahun 2006") after a word of "first" ("kunjungan
// pertamanya ke Pyongyang sejak Juli 2000": the visit is not of July 2000).
func (r *dateRules) earlierTime(toks []token, ts, k int) bool {
	j := k - 1
	for j > ts && (toks[j].low == "tahun" || toks[j].low == "tanggal" || toks[j].low == "bulan") {
		j--
	}
	if j < ts || !r.since[toks[j].low] {
		return false
	}
	for ; j >= ts; j-- {
		if r.first[toks[j].low] {
			return true
		}
	}
	return false
}

// weekdayPrep says whether a day name after word w is a day even in lower
// case ("pada senin", "hari minggu").
func (r *dateRules) weekdayPrep(w string) bool { return w == "pada" || w == "hari" }

// countedSpan reads "N <unit> [yang] lalu" at token i (N = n): n units
// before the story's date.
func (r *dateRules) countedSpan(toks []token, i, te, n int) (dateMention, bool) {
	if i+2 >= te {
		return dateMention{}, false
	}
	u, ok := r.units[toks[i+1].low]
	k := i + 2
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

// tenuresOf lists, per actor of the cast named with a title, the periods the
// dictionary says the actor held that title (a title seen as "Presiden
// Korsel" is the dictionary's "Presiden Korea Selatan" of the same state).
func tenuresOf(c *cast, dict *dictIndex) [][]period {
	var out [][]period
	for _, a := range c.actors {
		if a.dict < 0 || len(a.roles) == 0 {
			continue
		}
		var held []period
		for _, dr := range dict.actors[a.dict].Roles {
			from, err := time.Parse(time.DateOnly, dr.From)
			if err != nil || dr.TitleID == "" {
				continue
			}
			to, _ := time.Parse(time.DateOnly, dr.To)
			for _, tr := range a.roles {
				if sameTitle(tr, dr) {
					held = append(held, period{from, to})
					break
				}
			}
		}
		if held != nil {
			out = append(out, held)
		}
	}
	return out
}

// sameTitle says whether a title seen in the text is a dictionary role's:
// the dictionary's title starts with it ("Menteri Luar Negeri" of "Menteri
// Luar Negeri Korea Utara"), or both are of the same state or body and
// start with the same word ("Presiden Korsel", "Presiden Korea Selatan").
func sameTitle(seen diplograph.Role, dr DictRole) bool {
	s, d := strings.ToLower(seen.Title), strings.ToLower(dr.TitleID)
	if strings.HasPrefix(d+" ", s+" ") {
		return true
	}
	sw, dw := strings.Fields(s), strings.Fields(d)
	return seen.Of != "" && seen.Of == dr.Of && len(sw) > 0 && len(dw) > 0 && sw[0] == dw[0]
}
