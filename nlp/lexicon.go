package nlp

import (
	"strconv"
	"time"
)

// calendar is the month and day names of data/lexicon/, read by page
// cleaning (date lines) and by sentence dating.
type calendar struct {
	// months and weekdays hold every name; the story's sentences are read
	// for the Indonesian ones only (storyMonths, storyWeekdays), date lines
	// for all.
	months, storyMonths     map[string]time.Month
	weekdays, storyWeekdays map[string]time.Weekday
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
