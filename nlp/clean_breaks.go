package nlp

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pages whose markup was lost on the way to text run their paragraphs
// together: a paragraph glued to the one before it with no space ("di
// Rusia.Kantor berita ..."), or the whole page on one line. The cleaner
// restores the breaks before it reads the lines, so that a story on one line
// is read sentence by sentence like any other: its story sentences kept, its
// menus, bylines and footers dropped.

const (
	// runOnBytes and runOnSentences: a line at least this long holding at
	// least this many sentences is a page (or most of one) whose paragraph
	// breaks were lost, never one paragraph of a story.
	runOnBytes     = 500
	runOnSentences = 5
	// maxHeaderSentences: the header is glued to one of the first
	// sentences of a run-on page, never further down.
	maxHeaderSentences = 3
	// minGluedHeaderBytes: a line shorter than this is no header and story
	// glued together.
	minGluedHeaderBytes = 150
)

// linkedAfter is the label of a "Baca juga" link that ends cell with its
// headline ("... Wasiq. BACA JUGA: Prabowo Terima ... di Istana"), so that
// the cell after the bar, another headline of its list, is read as one;
// "" when cell ends otherwise.
func (c *cleaner) linkedAfter(cell string) string {
	if !c.hasReadAlsoPhrase(cell) {
		return ""
	}
	locs := c.readAlsoRE.FindAllStringIndex(cell, -1)
	if locs == nil {
		return ""
	}
	last := locs[len(locs)-1]
	if strings.ContainsAny(cell[last[1]:], ".!?") {
		return ""
	}
	return strings.TrimSpace(cell[last[0]:last[1]]) + " "
}

// opensByline says whether s opens with a byline's label and its colon
// ("Editor: X").
func (c *cleaner) opensByline(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	_, known := c.bylineRoles[strings.ToLower(strings.TrimSpace(label))]
	return ok && known
}

// opensSubject says whether s opens with a word that opens a sentence's
// subject (subject-opener: an office or a body).
func (c *cleaner) opensSubject(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return c.subjectOpeners[strings.ToLower(first)]
}

// restoreBreaks splits lines at the paragraph breaks a page lost: where a
// sentence is glued to the one before it, and, in a run-on line, between
// every two sentences, with the page furniture glued before the story's
// first sentence (a date stamp, a dateline) split off too. runOn reports
// that a line had to be read sentence by sentence.
func (c *cleaner) restoreBreaks(lines []string) (out []string, runOn bool) {
	out = lines[:0:0]
	for _, l := range c.dropTickers(lines) {
		var parts []string
		cells := c.splitCells(l)
		for _, cell := range cells {
			parts = append(parts, splitGlued(cell)...)
		}
		runOn = runOn || len(cells) > 1
		for _, part := range parts {
			if len(part) < minGluedHeaderBytes || len(part) < runOnBytes && !mayHoldHeader(part) {
				out = append(out, c.splitReadAlso(part)...)
				continue
			}
			sents := c.sentences(part)
			heads, glued := c.splitHeads(part, sents)
			if !(len(part) >= runOnBytes && len(sents) >= runOnSentences || glued) {
				out = append(out, c.splitReadAlso(part)...)
				continue
			}
			runOn = true
			for _, h := range heads {
				out = append(out, splitAtInitials(h)...)
			}
			for _, r := range sents[min(len(sents), maxHeaderSentences):] {
				for _, p := range c.splitDateStamp(part[r[0]:r[1]]) {
					out = append(out, splitAtInitials(p)...)
				}
			}
		}
	}
	if runOn {
		var split []string
		for _, l := range out {
			for _, part := range c.splitCaptionDateline(l) {
				credit, rest := c.splitCreditLead(part)
				if credit != "" && len(split) > 0 && len(split[len(split)-1]) <= maxCaptionBytes {
					// The sentence before the credit is the photo's caption.
					split[len(split)-1] += " " + credit
				} else if credit != "" {
					split = append(split, credit)
				}
				split = append(split, rest)
			}
		}
		out = split
	}
	return out, runOn
}

// maxTickerBytes bounds how far after its label a ticker's last item and
// the headline glued to it run before a menu or the page's date stamp.
const maxTickerBytes = 700

// tickerLabelForms lists labels as pages print them: each word
// capitalized, or the whole in capitals.
func tickerLabelForms(labels wordSet) []string {
	var forms []string
	for _, l := range keys(labels) {
		words := strings.Fields(l)
		for i, w := range words {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
		forms = append(forms, strings.Join(words, " "), strings.ToUpper(l))
	}
	return forms
}

// tickerLabelAt finds the first ticker label in l standing at the line's
// start or after a space, then spaces, a colon and a space ("TICKER: "):
// where the label's phrase begins (with the space before it) and where the
// ticker's text begins, or false. It looks only before colons, as most
// lines hold few and every label needs one.
func (c *cleaner) tickerLabelAt(l string) (from, to int, ok bool) {
	for i := 0; i < len(l); i++ {
		j := strings.IndexByte(l[i:], ':')
		if j < 0 {
			return 0, 0, false
		}
		colon := i + j
		i = colon
		if colon+1 >= len(l) || !isASCIISpace(l[colon+1]) {
			continue
		}
		end := colon
		for end > 0 && isASCIISpace(l[end-1]) {
			end--
		}
		// The longest label wins ("Berita Terkini", not "Terkini").
		best := -1
		for _, f := range c.tickerLabels {
			start := end - len(f)
			if start < 0 || l[start:end] != f || start > 0 && !isASCIISpace(l[start-1]) {
				continue
			}
			if best < 0 || start < best {
				best = start
			}
		}
		if best == 0 {
			return 0, colon + 2, true
		}
		if best > 0 {
			return best - 1, colon + 2, true
		}
	}
	return 0, 0, false
}

// isASCIISpace says whether b is a space, a tab or a line break.
func isASCIISpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}

// dropTickers cuts out of every line the ticker of other stories that a
// page flattened to one line runs into its headline (dropTicker).
func (c *cleaner) dropTickers(lines []string) []string {
	var out []string
	for _, l := range lines {
		out = append(out, c.dropTicker(l)...)
	}
	return out
}

// dropTicker cuts a ticker out of a line ("... TICKER: IHSG ditutup
// menguat | Rupiah melemah | Timnas tiba di Qatar Home International
// <headline> Jumat, 31 Oktober 2025 ..."): from its label to the site's
// menu or breadcrumb after its last item, which the page printed on a line
// of its own below the ticker, or else to the page's date stamp, as the
// headline glued to the last item cannot be told from it. What stands
// before the label and after the cut are lines of their own; a line with
// neither cue keeps its ticker, which only a line of its own prints.
func (c *cleaner) dropTicker(l string) []string {
	from, to, ok := c.tickerLabelAt(l)
	if !ok {
		return []string{l}
	}
	loc := [2]int{from, to}
	span := l[loc[1]:min(len(l), loc[1]+maxTickerBytes)]
	stamp := -1
	for _, d := range c.printedDateRE.FindAllStringIndex(span, -1) {
		if _, zoned := c.timeAfter(span, d[1]); zoned {
			stamp, _ = c.dayNameBefore(span, d[0])
			span = span[:stamp]
			break
		}
	}
	end := c.menuEnd(span)
	if end < 0 {
		end = stamp
	}
	if end < 0 {
		return []string{l}
	}
	var out []string
	for _, part := range []string{l[:loc[0]], l[loc[1]+end:]} {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// menuEnd returns where the first menu or breadcrumb in s ends, after at
// least one word before it: two or more capitalized section names in a
// row ("Home International"), or one with a crumb after it ("Home »
// Kepri", "Dunia > Amerika"), a crumb being the capitalized word after a
// separator, whatever it is; the run goes on past a capitalized word
// between two sections. -1 when s holds none.
func (c *cleaner) menuEnd(s string) int {
	words, at := fieldsAt(s)
	section := func(k int) bool {
		if k >= len(words) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(words[k])
		return unicode.IsUpper(r) && c.sections[strings.ToLower(words[k])]
	}
	crumb := func(k int) bool {
		return k+1 < len(words) && menuSeparatorRE.MatchString(" "+words[k]+" ") && unicode.IsUpper([]rune(words[k+1])[0])
	}
	for k := 1; k+1 < len(words); k++ {
		if !section(k) || !section(k+1) && !crumb(k+1) {
			continue
		}
		j := k + 1
		for j < len(words) {
			switch {
			case section(j):
				j++
			case crumb(j):
				j += 2
			case section(j+1) && unicode.IsUpper([]rune(words[j])[0]):
				j++ // a section the list does not know ("Home Nasional Metronews Daerah")
			default:
				return at[j]
			}
		}
		return len(s)
	}
	return -1
}

// splitCaptionDateline parts a line of a page flattened to one line where
// a photo's caption or credit runs into the story's dateline ("Presiden
// China Xi Jinping saat tiba di Gyeongju (Foto: Reuters) GYEONGJU -
// Presiden China ...", "(Reuters) CANBERRA - ..."), so that the caption
// no longer takes the lead with it.
func (c *cleaner) splitCaptionDateline(l string) []string {
	for i := strings.Index(l, ") "); i > 0; {
		at := i + 2
		if m := datelineRE.FindString(l[at:]); m != "" && (c.isCaption(l[:i+1]) || bracketedSourceRE.MatchString(l[:i+1])) && c.isSentence(l[at+len(m):]) {
			return []string{l[:i+1], l[at:]}
		}
		next := strings.Index(l[at:], ") ")
		if next < 0 {
			break
		}
		i = at + next
	}
	return []string{l}
}

// bracketedSourceRE is a line that is only a source's name in brackets, a
// photo's credit with its caption cut off: "(Reuters)".
var bracketedSourceRE = regexp.MustCompile(`^\(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}\)$`)

// creditLeadRE is a photo label and its credit opening a line, up to the
// word after the credit's slash: "Foto: Murad Sezer/REUTERS ", "Foto/REUTERS
// " (a credit with no photographer), "Foto: Kantor Presiden/via REUTERS "
// (a handout passed on by an agency: "via" names no source of its own), or
// a whole credit in brackets: "(Foto: Kantor Presiden/via REUTERS) ".
var creditLeadRE = regexp.MustCompile(`^(?:(?i:foto|photo)(?:\s*:\s*[^/.!?"“]{1,60})?/(?:(?i:via) )?[\p{L}.-]+|\((?i:foto|photo)\s*:[^()]{1,60}\)) `)

// splitCreditLead parts a line of a page flattened to one line where a
// photo's credit runs into the story's first sentence ("Foto: Murad
// Sezer/REUTERS Delegasi Rusia dan Ukraina kembali bertemu ..."), so that
// the credit does not make the sentence a caption.
// It returns the credit ("" when there is none) and the rest of the line.
func (c *cleaner) splitCreditLead(l string) (credit, rest string) {
	if m := creditLeadRE.FindString(l); m != "" && c.isSentence(l[len(m):]) {
		return strings.TrimSpace(m), l[len(m):]
	}
	// "Foto: AP WASHINGTON - Presiden ...": an agency's name alone, told
	// from a caption's first word by the dateline after it.
	if m := agencyCreditRE.FindString(l); m != "" && datelineRE.MatchString(l[len(m):]) && c.isSentence(l[len(m):]) {
		return strings.TrimSpace(m), l[len(m):]
	}
	return "", l
}

// agencyCreditRE is a photo label and an agency's name in capitals
// opening a line: "Foto: AP ", "Foto: REUTERS/AFP ".
var agencyCreditRE = regexp.MustCompile(`^(?i:foto|photo)\s*:\s*\p{Lu}{2,}(?:/\p{Lu}{2,})* `)

// sentenceLines splits every line of several sentences into one line a
// sentence, the page furniture glued before the first and a date stamp
// after the story split off as in a run-on line.
func (c *cleaner) sentenceLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		sents := c.sentences(l)
		if len(sents) < 2 {
			out = append(out, l)
			continue
		}
		heads, _ := c.splitHeads(l, sents)
		for _, h := range heads {
			out = append(out, splitAtInitials(h)...)
		}
		for _, r := range sents[min(len(sents), maxHeaderSentences):] {
			for _, p := range c.splitDateStamp(l[r[0]:r[1]]) {
				out = append(out, splitAtInitials(p)...)
			}
		}
	}
	return out
}

// initialsAfterStopRE finds an editor's initials right after a sentence's
// stop ("... di dunia. (jpnn) Redaktur ..."), which the sentence splitter
// does not split at.
var initialsAfterStopRE = regexp.MustCompile(`[.!?]["”’]?\s+\((?:[a-z][a-z\d]{1,5}/)*[a-z][a-z\d]{1,5}\)\s`)

// splitAtInitials splits a run-on sentence where an editor's initials
// close the story and the page's footer goes on after them.
func splitAtInitials(s string) []string {
	if !strings.Contains(s, " (") {
		return []string{s}
	}
	var out []string
	for {
		loc := initialsAfterStopRE.FindStringIndex(s)
		if loc == nil {
			return append(out, s)
		}
		at := strings.IndexByte(s[loc[0]:], '(') + loc[0]
		out = append(out, strings.TrimSpace(s[:at]))
		s = s[at:]
	}
}

// splitCells splits a run-on line at the " | " that stood between a page's
// cells (site name, date stamp, headline, story, a "Baca juga" link): no
// sentence of a story holds one. A short line keeps its bars, which join
// the parts of a date or byline line ("Senin, 16 Februari 2026 | 12:00")
// unless a cell is a sentence, and so does a run-on line with one bar, which a byline holds ("Penulis X
// | Editor Y") as often as a row of cells. A double bar parts groups of
// cells: a group opened by a list's label ("Terpopuler: A | B | C") is a
// list of other stories, every cell of it.
func (c *cleaner) splitCells(l string) []string {
	if strings.Count(l, " | ")+strings.Count(l, " || ") < 2 || len(l) < runOnBytes && !c.holdsSentenceCell(l) {
		return []string{l}
	}
	var cells []string
	for _, group := range strings.Split(l, " || ") {
		var in []string
		for _, cell := range strings.Split(group, " | ") {
			if cell = strings.TrimSpace(cell); cell == "" {
				continue
			}
			if n := len(in); n > 0 && c.printedTimeRE.MatchString(cell) {
				if at := c.dateAtEnd(in[n-1]); at >= 0 {
					// "<headline> Kamis, 20 November 2025 | 09:14 WIB
					// Penulis: X": one date stamp, its time after a bar,
					// parted from the headline before it (not from a
					// label: "Diperbarui Kamis, ...").
					from, _ := c.dayNameBefore(in[n-1], at)
					head := strings.TrimSpace(in[n-1][:from])
					stamp := in[n-1][from:] + " " + cell
					if head == "" || c.publicationLabelRE.MatchString(head) || c.printedUpdateLabelRE.MatchString(head) {
						in[n-1] += " " + cell
					} else {
						in[n-1] = head
						in = append(in, stamp)
					}
					continue
				}
			}
			if n := len(in); n > 0 && !c.opensSubject(cell) && !c.opensByline(cell) {
				// "BACA JUGA: A | B Juru bicara ... menuding ...": B is
				// another link of the list, the story glued after it; a
				// cell opening with an office or a body is the story's
				// next sentence ("... | Kementerian Luar Negeri Filipina
				// juga ..."); nor is a byline ("... | Editor: X").
				cell = c.linkedAfter(in[n-1]) + cell
			}
			in = append(in, cell)
		}
		if len(in) > 0 && c.isHeadlineList(in[0]) && strings.Contains(in[0], ":") {
			continue
		}
		cells = append(cells, in...)
	}
	return cells
}

// dateAtEnd is where a printed date that ends s starts, -1 when none
// does.
func (c *cleaner) dateAtEnd(s string) int {
	locs := c.printedDateRE.FindAllStringIndex(s, -1)
	if len(locs) == 0 || locs[len(locs)-1][1] != len(s) {
		return -1
	}
	return locs[len(locs)-1][0]
}

// holdsSentenceCell says whether a short line of bars has a cell that is a
// sentence of a story ("Kabar Dunia | Home | Jakarta - Menteri ... di
// Bukares pada Senin. | Tag: NATO"): a short page flattened to one line, not
// a menu or a date and byline line.
func (c *cleaner) holdsSentenceCell(l string) bool {
	for _, cell := range strings.Split(strings.ReplaceAll(l, " || ", " | "), " | ") {
		if cell = strings.TrimSpace(cell); strings.HasSuffix(cell, ".") && c.isSentence(cell) {
			return true
		}
	}
	return false
}

// splitReadAlso starts a line at each link to another story a paragraph
// ends with ("... tidak pantas. Baca juga: Filipina Tuduh China ..."), so
// that the paragraph ends as a sentence does and the link is read as one,
// with any sentence glued after its headline. A run-on line needs none:
// its sentences become lines.
func (c *cleaner) splitReadAlso(l string) []string {
	if !c.hasReadAlsoPhrase(l) {
		return []string{l}
	}
	var out []string
	from := 0
	for _, loc := range c.readAlsoRE.FindAllStringIndex(l, -1) {
		if before := strings.TrimSpace(l[from:loc[0]]); before != "" && endsSentence(before) {
			out = append(out, before)
			from = loc[0]
		}
	}
	return append(out, l[from:])
}

// mayHoldHeader says cheaply whether a line may hold a printed date and a
// dateline (a year, a dash) or a city in capitals before a dash ("JAKARTA
// -"), before the costlier regular expressions look.
func mayHoldHeader(l string) bool {
	if !strings.Contains(l, " -") && !strings.Contains(l, "–") && !strings.Contains(l, "—") {
		return false
	}
	if capsBeforeDash(l) {
		return true
	}
	digits := 0
	for i := 0; i < len(l); i++ {
		if l[i] >= '0' && l[i] <= '9' {
			if digits++; digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

// capsBeforeDash says whether a word of three or more capital letters
// stands right before " -" (or a dash) somewhere in l.
func capsBeforeDash(l string) bool {
	for i := 0; i < len(l); i++ {
		if l[i] != ' ' || i+1 >= len(l) || l[i+1] != '-' && !strings.HasPrefix(l[i+1:], "–") && !strings.HasPrefix(l[i+1:], "—") {
			continue
		}
		n := 0
		for j := i - 1; j >= 0 && l[j] >= 'A' && l[j] <= 'Z'; j-- {
			n++
		}
		if n >= 3 {
			return true
		}
	}
	return false
}

// splitHeads splits the page furniture off the first sentences of a line
// (splitInnerHeader), and says whether any was found in a line of several
// sentences: a page's header glued to its story, which marks a page however
// short flattened to one line, as no story paragraph holds its own
// dateline.
func (c *cleaner) splitHeads(line string, sents [][2]int) (heads []string, glued bool) {
	for _, r := range sents[:min(len(sents), maxHeaderSentences)] {
		parts := c.splitInnerHeader(line[r[0]:r[1]])
		glued = glued || len(parts) > 1 && len(sents) >= 2
		heads = append(heads, parts...)
	}
	return heads, glued
}

// splitGlued splits a line where a sentence starts right after the stop
// that ends the one before, with no space: a lower-case letter, the stop,
// any closing quotes or brackets, an opening quote, then a capitalized word
// ("Rusia.Kantor", "katanya.”Kami", `Rusia."Kami`). Domains ("Kompas.com")
// and abbreviations ("S.H.", "AS.Kemlu") do not have that shape. A
// straight double quote closes a quote when an odd number of them stand
// before it, and opens one otherwise.
func splitGlued(l string) []string {
	var parts []string
	start := 0
	for i := 1; i < len(l); i++ {
		if l[i] != '.' && l[i] != '!' && l[i] != '?' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(l[:i])
		if !unicode.IsLower(before) {
			continue
		}
		j := i + 1
		for j < len(l) {
			r, size := utf8.DecodeRuneInString(l[j:])
			closes := r == '”' || r == '’' || r == ')' || r == '"' && strings.Count(l[start:j], `"`)%2 == 1
			if !closes {
				break
			}
			j += size
		}
		k := j
		if r, size := utf8.DecodeRuneInString(l[k:]); r == '“' || r == '‘' || r == '"' && strings.Count(l[start:k], `"`)%2 == 0 {
			k += size
		}
		first, n := utf8.DecodeRuneInString(l[k:])
		second, _ := utf8.DecodeRuneInString(l[k+n:])
		if !unicode.IsUpper(first) || !unicode.IsLower(second) {
			continue
		}
		parts = append(parts, l[start:j])
		start, i = j, j
	}
	return append(parts, l[start:])
}

// splitInnerHeader splits off the page furniture a run-on page glues before
// its story's first sentence: a printed date with its time ("Senin, 10 Juni
// 2024 08:00 WIB") or a dateline naming an agency, a domain or an outlet
// ("Jakarta, IDN Times -"). What comes before them is header (a menu, a
// headline) and goes to its own line, where the header's rules read it.
func (c *cleaner) splitInnerHeader(s string) []string {
	if loc := c.printedDateRE.FindStringIndex(s); loc != nil && loc[0] > 0 {
		// The day name before the date belongs to it.
		day, named := c.dayNameBefore(s, loc[0])
		if end, zoned := c.timeAfter(s, loc[1]); zoned {
			if out := c.splitAtDate(s, day, end, false); out != nil {
				return out
			}
		}
		// A date printed without its time is furniture only when a day name
		// opens it and a dateline follows it: a date inside a sentence has
		// neither.
		if named {
			if out := c.splitAtDate(s, day, loc[1], true); out != nil {
				return out
			}
		}
	}
	parts := c.splitAtDateline(s, false)
	if len(parts) == 2 {
		// The header split off may hold the page's date with a time but
		// no zone ("... ke Asia 26 Okt 2025 09:15 Penulis Bayu"), which
		// goes to its own line, where the header's rules read it.
		return append(c.splitAroundDate(parts[0], false), parts[1])
	}
	return parts
}

// splitAtDateline splits s before the first dateline naming an agency, a
// domain, an outlet or the day (or a city in capitals, "TBILISI -", with
// capsCity or after a headline in title case) that a sentence follows:
// the header before it and the story from it; s alone when there is none.
func (c *cleaner) splitAtDateline(s string, capsCity bool) []string {
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' {
			continue
		}
		m := datelineRE.FindStringSubmatch(s[i:])
		if m == nil {
			continue
		}
		named := m[datelineRE.SubexpIndex("agency")]+m[datelineRE.SubexpIndex("domain")]+m[datelineRE.SubexpIndex("outlet")]+m[datelineRE.SubexpIndex("brand")]+m[datelineRE.SubexpIndex("day")] != ""
		if city := strings.TrimRight(strings.Fields(m[0])[0], ",-–—"); !named && !((capsCity || c.inTitleCase(s[:i])) && len(city) >= 3 && city == strings.ToUpper(city) && !strings.ContainsAny(city, ".0123456789")) {
			// A city in capitals alone opens the story after a header
			// ("... India Panggil Duta Besar JAKARTA - Pemerintah ..."),
			// never inside a sentence ("ketegangan NATO - Rusia").
			continue
		}
		if w := strings.Fields(s[i:]); len(w) > 1 && unicode.IsUpper([]rune(w[0])[0]) && w[0] != strings.ToUpper(w[0]) && !strings.ContainsAny(w[0], ".,") &&
			strings.TrimRight(w[1], ",") == strings.ToUpper(strings.TrimRight(w[1], ",")) && strings.ContainsFunc(w[1], unicode.IsLetter) {
			continue // "... Parade di Paris PARIS, SITUS -": the city in capitals opens it (but "Jakarta, CNN Indonesia --" is one dateline)
		}
		if rest := s[i+len(m[0]):]; c.isSentence(rest) {
			return []string{strings.TrimSpace(s[:i]), s[i:]}
		}
	}
	return []string{s}
}

// inTitleCase says whether s reads as a headline in title case: at least
// three words, each capitalized or a word a headline writes in lower case,
// and no stop at its end.
func (c *cleaner) inTitleCase(s string) bool {
	words := strings.Fields(s)
	if len(words) < 3 || endsSentence(s) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !c.lowerInHeadline(strings.Trim(w, ",;:")) {
			return false
		}
	}
	return true
}

// splitDateStamp splits a sentence of a run-on page where a date printed
// with its time and zone stands after the story ("... di Doha. Minggu, 19
// Oktober 2025 21:10 WIB Editor: ..."): the page's stamp under its story,
// which goes to its own line, where the footer's rules read it.
func (c *cleaner) splitDateStamp(s string) []string {
	return c.splitAroundDate(s, true)
}

// splitAroundDate splits s around the first date printed with a clock time
// (a zone too, with stamp, where the date may not open s): what is before
// it, the date and its time, and what follows, each trimmed, the empty left
// out; s alone when it holds no such date.
func (c *cleaner) splitAroundDate(s string, stamp bool) []string {
	loc := c.printedDateRE.FindStringIndex(s)
	if loc == nil || stamp && loc[0] == 0 {
		return []string{s}
	}
	end, zoned := c.timeAfter(s, loc[1])
	if end < 0 || stamp && !zoned {
		return []string{s}
	}
	from, _ := c.dayNameBefore(s, loc[0])
	var out []string
	for _, p := range []string{s[:from], s[from:end], s[end:]} {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// timeAfter returns where the clock time printed right after a date
// ending at s[at:] ends, and whether it names its zone; -1 and false when
// no time follows the date.
func (c *cleaner) timeAfter(s string, at int) (end int, zoned bool) {
	t := c.printedTimeRE.FindStringSubmatchIndex(s[at:])
	if t == nil {
		return -1, false
	}
	return at + t[1], t[c.printedTimeRE.SubexpIndex("zone")*2] >= 0
}

// dayNameBefore returns where the date starting at s[at:] begins with the
// word before it, and whether that word is a day name (or another word of
// date lines, "Senin, 12 Mei"); at itself when it is not.
func (c *cleaner) dayNameBefore(s string, at int) (int, bool) {
	from := strings.LastIndexAny(strings.TrimRight(s[:at], " ,"), " ") + 1
	if c.dateLineWords[strings.ToLower(strings.Trim(s[from:at], " ,"))] {
		return from, true
	}
	return at, false
}

// splitAtDate splits s into the header before the printed date at
// s[from:end], the date, and the story after it, when that story is prose
// (and opens with a dateline, if needsDateline).
func (c *cleaner) splitAtDate(s string, from, end int, needsDateline bool) []string {
	// "Judul | Dunia | Senin, 26 Mei 2025 | KUALA LUMPUR - ...": bars
	// part the furniture.
	rest := strings.TrimLeft(s[end:], " |")
	out := []string{}
	if head := strings.TrimRight(s[:from], " |"); head != "" {
		out = append(out, head)
	}
	if d, _ := splitDateline(rest); d == "" {
		// "SITUS.id Kamis 23 Oktober 2025 Ratusan WNI Kabur dari Myanmar
		// JAKARTA, SITUS - ...": the headline stands between the date and
		// the dateline.
		if parts := c.splitAtDateline(rest, true); len(parts) == 2 {
			return append(out, strings.TrimSpace(s[from:end]), parts[0], parts[1])
		}
		if needsDateline {
			return nil
		}
	}
	if !c.isSentence(rest) {
		return nil
	}
	return append(out, strings.TrimSpace(s[from:end]), rest)
}

// minLooseWords: a page's only prose must be a sentence at least this long
// to be taken for a story.
const minLooseWords = 5

// looseBodyStart finds where a story starts on a page without a full
// sentence of prose: its first line of prose, short or unpunctuated, that
// is neither a headline, a caption, a byline nor site text. -1 when the
// page has no prose at all.
func (c *cleaner) looseBodyStart(lines []string) int {
	for i, l := range lines {
		l = c.trimTrailers(l)
		if l == "" || c.isCaption(l) || c.isBylineLine(l) || c.isBoilerplate(l) || c.isMenu(l) || isTeaser(l) {
			continue
		}
		if _, ok := c.parseDateLine(l); ok {
			continue
		}
		if isProse(l, false) && len(strings.Fields(l)) >= minLooseWords && !(c.isHeadline(l) && !endsSentence(l)) {
			return i
		}
	}
	return -1
}

// isTeaser reports whether a line is a teaser cut short with an ellipsis
// ("... melindungi hak dan …"), as pages list summaries and other stories
// above or beside the story: the story's own sentences are never cut.
func isTeaser(l string) bool {
	l = strings.TrimRight(l, " ")
	if !strings.HasSuffix(l, "…") && !strings.HasSuffix(l, "...") {
		return false
	}
	body := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(l, "…"), "..."), " ")
	r, _ := utf8.DecodeLastRuneInString(body)
	// "... katanya ...": a quote trailing off ends in a mark; a cut does not.
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}
