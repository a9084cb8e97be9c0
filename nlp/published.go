package nlp

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// printedDateRE finds a date as pages print it: "12 Agustus 2021", "June
// 12, 2023", "2023-10-19", "27/10/2023". Each alternative names its parts
// (d, m, y and the alternative's number) so one parser reads them all; MONTH
// stands for the month names of data/lexicon/months.tsv.
const printedDateRE = `(?i)` +
	`(?:\b(?P<d1>\d{1,2})\s+(?P<m1>MONTH)\.?,?\s+(?P<y1>\d{4})\b` +
	`|\b(?P<m2>MONTH)\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})\b` +
	`|\b(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})(?:T|\b)` +
	`|\b(?P<d4>\d{1,2})[/.-](?P<m4>\d{1,2})[/.-](?P<y4>\d{4})\b)`

// printedTimeRE is a clock time right after the date, with its zone; ZONE
// stands for the zones of data/clean/time_zones.tsv.
const printedTimeRE = `(?i)^[\s,|/·•–—)-]*(?:pukul\s+|jam\s+|at\s+|t)?` +
	`(?P<h>\d{1,2})[:.](?P<min>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ampm>[ap]\.?m)\b\.?)?` +
	`(?:\s*(?P<zone>ZONE)\b(?P<off>\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\s*(?P<num>[+-]\d{2}:?\d{2})\b)?`

// printedDate is a publication date found on a page.
type printedDate struct {
	// Value is RFC 3339 when a time is printed, else YYYY-MM-DD.
	Value string
	// Updated is true when the line labels it as an update, which ranks it
	// below a plain publication date.
	Updated bool
}

// parseDateLine reads a publication date from a line of the page header. It
// accepts only lines that are mostly the date (a headline or a sentence that
// merely contains a date is not a date line) and returns false otherwise.
func (c *cleaner) parseDateLine(line string) (printedDate, bool) {
	if len(line) > 160 || strings.IndexAny(line, "0123456789") < 0 {
		return printedDate{}, false
	}
	loc := c.printedDateRE.FindStringSubmatchIndex(line)
	if loc == nil {
		return printedDate{}, false
	}
	value, rest, ok := c.readDate(line, loc)
	if !ok {
		return printedDate{}, false
	}
	// A second date on the line (an update time) is furniture too.
	rest = clockRE.ReplaceAllString(c.printedDateRE.ReplaceAllString(rest, " "), " ")
	if !c.onlyDateWords(line[:loc[0]] + " " + rest) {
		return printedDate{}, false
	}
	return printedDate{Value: value, Updated: c.updateLabelRE.MatchString(line[:loc[0]])}, true
}

// labelledDate returns the first date of text that a publication label
// stands right before ("Diterbitkan: Senin, 20 Oktober 2025 08:05 WIB"),
// else the first an update label does ("Diperbarui 11/06/2025, 21:15
// WIB"), as Article.Published, or "".
func (c *cleaner) labelledDate(text string) string {
	if !slices.ContainsFunc(c.labelFirsts, func(w string) bool { return strings.Contains(text, w) }) {
		return ""
	}
	for _, re := range []*regexp.Regexp{c.publicationLabelRE, c.printedUpdateLabelRE} {
		for _, l := range re.FindAllStringIndex(text, -1) {
			if re == c.printedUpdateLabelRE {
				if value := c.dateRightBefore(text, l[0]); value != "" {
					// "30 Okt 2025, 21:05 WIB Diperbarui 31 Okt 2025":
					// the date the update follows is the page's.
					return value
				}
			}
			rest := skipQuotedTitle(text[l[1]:])
			if loc := c.printedDateRE.FindStringSubmatchIndex(rest); loc != nil && loc[0] == 0 {
				if value, _, ok := c.readDate(rest, loc); ok {
					return value
				}
			}
		}
	}
	return ""
}

// skipQuotedTitle passes over a title in quotes and the comma after it at
// the start of s ("\"AS dan China Sepakat ...\", 12/05/2025"), returning
// what follows; s itself when it opens with no quote.
func skipQuotedTitle(s string) string {
	t := strings.TrimLeft(s, " ")
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if rest, ok := strings.CutPrefix(t, q[0]); ok {
			if end := strings.Index(rest, q[1]); end >= 0 {
				return strings.TrimLeft(rest[end+len(q[1]):], " ,")
			}
		}
	}
	return s
}

// dateRightBefore is the date printed with its time that ends right before
// text[at:] (spaces between), as readDate gives it, or "".
func (c *cleaner) dateRightBefore(text string, at int) string {
	from := max(0, at-48)
	for _, loc := range c.printedDateRE.FindAllStringSubmatchIndex(text[from:at], -1) {
		if value, rest, ok := c.readDate(text[from:at], loc); ok && strings.TrimSpace(rest) == "" && strings.Contains(value, "T") {
			return value
		}
	}
	return ""
}

// readDate reads the date printedDateRE matched at loc in line, with the
// time printed right after it: its value (RFC 3339 when a time is printed,
// else YYYY-MM-DD) and what follows them on the line.
func (c *cleaner) readDate(line string, loc []int) (value, rest string, ok bool) {
	parts := map[string]string{}
	for i, name := range c.printedDateRE.SubexpNames() {
		if name != "" && loc[2*i] >= 0 {
			parts[name[:1]] = line[loc[2*i]:loc[2*i+1]]
		}
	}
	year, _ := strconv.Atoi(parts["y"])
	day, _ := strconv.Atoi(parts["d"])
	month, ok := c.months[strings.ToLower(parts["m"])]
	if !ok {
		n, err := strconv.Atoi(parts["m"])
		if err != nil {
			return "", "", false
		}
		month = time.Month(n)
	}
	if !validDate(year, month, day) {
		return "", "", false
	}
	rest = line[loc[1]:]
	hour, minute, second, offset, timed := c.parseClock(rest)
	if !timed {
		return fmt.Sprintf("%04d-%02d-%02d", year, month, day), rest, true
	}
	rest = rest[c.printedTimeRE.FindStringIndex(rest)[1]:]
	zone := time.FixedZone("", offset)
	return time.Date(year, month, day, hour, minute, second, 0, zone).Format(time.RFC3339), rest, true
}

var clockRE = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}(?::\d{2})?\b`)

// validDate rejects impossible dates such as 31/02 and years no news page of
// this project can carry.
func validDate(year int, month time.Month, day int) bool {
	if year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 {
		return false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return t.Day() == day && t.Month() == month
}

// parseClock reads a time of day at the start of s. A time without a printed
// zone is taken as WIB: Indonesian outlets print Jakarta time, and the date
// itself is as printed either way.
func (c *cleaner) parseClock(s string) (hour, minute, second, offset int, ok bool) {
	m := c.printedTimeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, 0, 0, false
	}
	get := func(name string) string { return m[c.printedTimeRE.SubexpIndex(name)] }
	hour, _ = strconv.Atoi(get("h"))
	minute, _ = strconv.Atoi(get("min"))
	second, _ = strconv.Atoi(get("s"))
	if ampm := strings.ToLower(get("ampm")); ampm != "" {
		if hour < 1 || hour > 12 {
			return 0, 0, 0, 0, false
		}
		hour %= 12
		if ampm[0] == 'p' {
			hour += 12
		}
	}
	if hour > 23 || minute > 59 || second > 59 {
		return 0, 0, 0, 0, false
	}
	offset = 7 * 3600
	switch {
	case get("zone") != "":
		offset = c.zones[strings.ToLower(get("zone"))] * 3600
		if off := strings.ReplaceAll(get("off"), " ", ""); off != "" {
			offset = parseOffset(off)
		}
	case get("num") != "":
		offset = parseOffset(get("num"))
	}
	return hour, minute, second, offset, true
}

// parseOffset reads "+7", "+07", "+0700" or "-03:30" as seconds east of UTC.
func parseOffset(s string) int {
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(s[1:], ":", "")
	var h, m int
	if len(digits) <= 2 {
		h, _ = strconv.Atoi(digits)
	} else {
		h, _ = strconv.Atoi(digits[:len(digits)-2])
		m, _ = strconv.Atoi(digits[len(digits)-2:])
	}
	return sign * (h*3600 + m*60)
}

// onlyDateWords reports whether what stands around a date on its line is
// date-line furniture (day names, labels, separators, a byline) rather than
// a sentence or a headline: at most three other words, or up to six
// capitalized ones (a name, an outlet) when none is a lower-case word, as
// the function words of a headline or sentence are.
func (c *cleaner) onlyDateWords(s string) bool {
	// Drop "Laporan: X" parts, back to front so positions hold.
	parts := c.bylineParts(s)
	for i := len(parts) - 1; i >= 0; i-- {
		s = s[:parts[i].from] + " " + s[parts[i].to:]
	}
	capitalized, lower := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(" \t,|/·•-–—:()", r)
	}) {
		if c.dateLineWords[strings.ToLower(w)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		} else {
			capitalized++
		}
	}
	return capitalized+lower <= 3 || lower == 0 && capitalized <= 6
}
