package nlp

import (
	"strconv"
	"time"
)

// dateSentences dates what each sentence of the segmented text reports,
// YYYY-MM-DD or "", index for index with seg.sents: the statements and
// events stages date by it. A sentence's date is the day it names, resolved
// against the publication day (published, YYYY-MM-DD or ""), else the
// publication day. A sentence that places what it reports in another month
// or year without naming the day ("pada Juli 2000", "tahun lalu") has no
// date: the publication date would be wrong, and it is the events' merge
// key.
func (c *calendar) dateSentences(seg *segmented, published string) []string {
	d := dater{calendar: c, published: published}
	if t, err := time.Parse(time.DateOnly, published); err == nil {
		d.pub, d.hasPub = t, true
	}
	out := make([]string, len(seg.sents))
	for i, r := range seg.sents {
		toks := seg.units[r.unit].toks[r.ts:r.te]
		out[i] = d.namedDay(toks)
		if out[i] == "" && !d.otherPeriod(toks) {
			out[i] = published
		}
	}
	return out
}

// dater reads the dates of one page's sentences.
type dater struct {
	*calendar
	published string
	pub       time.Time
	hasPub    bool
}

// otherPeriod says whether sentence s names a month or year other than
// the publication's ("pada bulan September", "Juli 2000", "pada 2019",
// "tahun lalu", "bulan lalu").
func (d *dater) otherPeriod(toks []token) bool {
	if !d.hasPub {
		return false
	}
	pubYear, pubMonth := d.pub.Year(), int(d.pub.Month())
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].low
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1].low
		}
		switch {
		case (t.low == "tahun" || t.low == "bulan") && next == "lalu":
			return true
		case (prev == "pada" || prev == "tahun" || prev == "sejak") && len(t.low) == 4:
			if y, err := strconv.Atoi(t.low); err == nil && y >= 1900 && y != pubYear {
				return true
			}
		}
		m, ok := d.storyMonths[t.low]
		if !ok || !t.upper || len(t.low) < 4 {
			continue
		}
		if _, err := strconv.Atoi(prev); err == nil {
			continue // a day is named: namedDay's business
		}
		year := pubYear
		if y, err := strconv.Atoi(next); err == nil && y >= 1900 {
			year = y
		} else if int(m) > pubMonth {
			year--
		}
		if year != pubYear || int(m) != pubMonth {
			return true
		}
	}
	return false
}

// namedDay reads the day a sentence names, as YYYY-MM-DD: "Rabu (11/8)",
// "Kamis (26/10/2023)", "12 Agustus 2021", "pada Sabtu" (the last such day
// on or before publication), "kemarin", "hari ini". A day that needs the
// publication date to be complete gives "" when the page prints none.
func (d *dater) namedDay(toks []token) string {
	pub, hasPub := d.pub, d.hasPub
	num := func(i int) int {
		if i < 0 || i >= len(toks) || !toks[i].word {
			return -1
		}
		n, err := strconv.Atoi(toks[i].low)
		if err != nil {
			return -1
		}
		return n
	}
	for i, t := range toks {
		// (dd/mm) or (dd/mm/yyyy)
		if t.low == "(" && i+4 < len(toks) && toks[i+2].low == "/" {
			day, mon := num(i+1), num(i+3)
			year := -1
			if i+6 < len(toks) && toks[i+4].low == "/" && toks[i+6].low == ")" {
				year = num(i + 5)
			} else if toks[i+4].low != ")" {
				continue
			}
			if out := makeDate(year, mon, day, pub, hasPub); out != "" {
				return out
			}
		}
		// dd Month [yyyy]
		if m, ok := d.storyMonths[t.low]; ok && t.upper && i > 0 {
			if day := num(i - 1); day > 0 {
				if out := makeDate(num(i+1), int(m), day, pub, hasPub); out != "" {
					return out
				}
			}
		}
	}
	for i, t := range toks {
		switch {
		case t.low == "kemarin" && hasPub:
			return pub.AddDate(0, 0, -1).Format("2006-01-02")
		case t.low == "hari" && i+1 < len(toks) && toks[i+1].low == "ini" && hasPub:
			return d.published
		}
		wd, ok := d.storyWeekdays[t.low]
		if !ok || !t.upper || !hasPub {
			continue
		}
		if i > 0 && (toks[i-1].low == "pada" || toks[i-1].low == "hari" || toks[i-1].low == ",") {
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			return pub.AddDate(0, 0, -back).Format("2006-01-02")
		}
	}
	return ""
}

// makeDate completes a day and month with a year: the one given (two
// digits mean 20yy), else the publication's, or the year before when the
// day would fall after publication. It returns "" for an impossible date.
func makeDate(year, mon, day int, pub time.Time, hasPub bool) string {
	if mon < 1 || mon > 12 || day < 1 || day > 31 {
		return ""
	}
	if year >= 0 && year < 100 {
		year += 2000
	}
	if year < 0 {
		if !hasPub {
			return ""
		}
		year = pub.Year()
		if time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC).After(pub) {
			year--
		}
	}
	if year < 1900 || year > 2200 {
		return ""
	}
	t := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return ""
	}
	return t.Format("2006-01-02")
}
