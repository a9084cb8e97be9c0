package nlp

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// cleaner is the first stage: it reads a page's raw text into a page (title,
// metadata, the story's paragraphs). Its word lists are those of
// data/clean/ and the month and day names of data/lexicon/; it is built once
// and only read afterwards.
type cleaner struct {
	// boilerplate holds the site-text phrases by their first word, so that a
	// line is scanned once.
	boilerplate map[string][]string
	// footerHeadings end the story as a line of their own, footerLabels as
	// the label of a line of tags.
	footerHeadings, footerLabels wordSet
	// footerOpeners end the story at a line they open ("Copyright ©").
	footerOpeners wordSet
	// bylineRoles maps a byline label to the role it names.
	bylineRoles map[string]string
	// readAlso are the phrases readAlsoRE looks for, for a cheap test first.
	readAlso   wordSet
	readAlsoRE *regexp.Regexp
	// readAlsoFirsts are the phrases' first words as a line may write
	// them (lower case, capitalized, capitals), for the cheapest test.
	readAlsoFirsts []string
	// captionStartRE opens a caption line; creditParenRE is the bracket
	// closing one ("(Istimewa)", "(Dok. Kemlu)").
	captionStartRE, creditParenRE *regexp.Regexp
	// joining words never end a sentence; indonesian and english are each
	// language's frequent function words.
	joining, indonesian, english wordSet
	// headlineLower are the words a title-case headline writes in lower
	// case besides the joining ones.
	headlineLower wordSet
	// subjectOpeners open the subject of a sentence glued after a linked
	// headline (titleCaseEnd); clauseOpeners open a phrase before it that
	// a comma closes ("Di Jakarta, ...": openerCut); pronounOpeners are
	// pronouns that, capitalized, open such a sentence ("... Kabinet Merah
	// Putih Ia menambahkan ...").
	subjectOpeners, clauseOpeners, pronounOpeners wordSet
	// verbOpeners are verbs that open a sentence in inverted order, the
	// names after them its subject ("Hadir Presiden X, ...").
	verbOpeners wordSet
	// coordinators join two names into one subject ("Trump dan Kim").
	coordinators wordSet
	// outletBlurbRE is a name said to be an outlet ("Voice of America
	// adalah layanan multimedia ..."), the site's text about itself.
	outletBlurbRE *regexp.Regexp
	// timeNames are the day and month names a story's sentences print.
	timeNames wordSet
	// positionRE finds where someone stands in a photo ("(kanan)", "(dua
	// dari kiri)"), which only a caption says.
	positionRE *regexp.Regexp
	// Date lines: the month names, the words that may stand beside a date,
	// the labels of an update date, the zones and their offsets in hours.
	months                       map[string]time.Month
	dateLineWords                wordSet
	printedDateRE, printedTimeRE *regexp.Regexp
	updateLabelRE                *regexp.Regexp
	// publicationLabelRE and printedUpdateLabelRE find a label of
	// publication_labels.txt or update_labels.txt as a page prints it
	// before its date, anywhere on the page.
	publicationLabelRE, printedUpdateLabelRE *regexp.Regexp
	// labelFirsts are the labels' first words as the expressions match
	// them, a cheap test before they run on a whole page.
	labelFirsts []string
	zones       map[string]int
	// inlineAdRE finds the advertising markers of inline_ads.txt, cut
	// wherever they stand; inlineAdWords are their first words as the
	// expression matches them, a cheap test before it runs on a line.
	inlineAdRE    *regexp.Regexp
	inlineAdWords []string
	// navigation holds the phrases of a site's navigation ("pergi ke
	// menu"): a short header line holding one is no headline.
	navigation wordSet
	// sections holds the names of a site's sections and toolbar buttons
	// ("beranda", "olahraga", "login").
	sections wordSet
	// tickerLabels are the labels of ticker_labels.txt as pages print
	// them before a colon ("TICKER", "Breaking News"): each word
	// capitalized, or the whole in capitals.
	tickerLabels []string
	// sentences splits a paragraph into its sentences (the segmenter's),
	// for a page whose paragraph breaks were lost.
	sentences func(string) [][2]int
}

// page is the clean stage's output: a news page's story separated from the
// page noise, with the metadata printed around it.
type page struct {
	// Language is the body's language: LangIndonesian, LangEnglish or LangUndetermined.
	Language string
	Title    string
	Outlet   string
	Author   string
	Dateline string
	// DatelineDay is the day the dateline prints, YYYY-MM-DD, or "": the
	// story's day when the page prints no publication date.
	DatelineDay string
	Published   string // as in Article.Published
	// Paragraphs of the body only: no menus, tickers, "Baca Juga" lines,
	// headline lists, captions, credits or footers.
	Paragraphs []string
	Warnings   []string
	// Uncertain says why the story's extent is in doubt ("" when it is
	// not): the page had no paragraphs to go by, or no full sentence to
	// start from. Its sentences are kept, and what is found in them is
	// given a lower confidence.
	Uncertain string
}

// newCleaner reads the cleaning rules; sentences is the segmenter's
// sentence splitter.
func newCleaner(d *dataFile, cal *calendar, sentences func(string) [][2]int) *cleaner {
	c := &cleaner{
		navigation:     d.words("clean/navigation.txt"),
		sections:       d.words("clean/sections.txt"),
		sentences:      sentences,
		boilerplate:    map[string][]string{},
		footerHeadings: d.words("clean/footer_headings.txt"),
		footerLabels:   d.words("clean/footer_labels.txt"),
		footerOpeners:  d.words("clean/footer_openers.txt"),
		bylineRoles:    map[string]string{},
		readAlso:       wordSet{},
		dateLineWords:  d.words("clean/date_line_words.txt"),
		months:         cal.months,
		zones:          map[string]int{},
	}
	for p := range d.words("clean/boilerplate.txt") {
		first, _, _ := strings.Cut(p, " ")
		c.boilerplate[first] = append(c.boilerplate[first], p)
	}
	for _, ps := range c.boilerplate {
		slices.Sort(ps) // the same order on every run
	}
	seen := wordSet{}
	for _, r := range d.rows("clean/byline_labels.tsv", "label", "role") {
		if !d.entry("clean/byline_labels.tsv", r.line, r.fields[0], seen) ||
			!d.oneOf("clean/byline_labels.tsv", r.line, "role", r.fields[1], roleWriter, roleEditor, roleSource) {
			return nil
		}
		seen[r.fields[0]] = true
		c.bylineRoles[r.fields[0]] = r.fields[1]
	}
	var alts []string
	for _, r := range d.rows("clean/read_also.tsv", "phrase", "colon") {
		if !d.entry("clean/read_also.tsv", r.line, r.fields[0], c.readAlso) || !d.oneOf("clean/read_also.tsv", r.line, "colon", r.fields[1], "optional", "required", "none") {
			return nil
		}
		c.readAlso[r.fields[0]] = true
		alts = append(alts, regexp.QuoteMeta(r.fields[0])+map[string]string{"optional": `\b\s*:?`, "required": `\s*:`, "none": `\b`}[r.fields[1]])
	}
	c.readAlsoRE = regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\s*`)
	for p := range c.readAlso {
		first, _, _ := strings.Cut(p, " ")
		for _, w := range []string{first, strings.ToUpper(first[:1]) + first[1:], strings.ToUpper(first)} {
			if !slices.Contains(c.readAlsoFirsts, w) {
				c.readAlsoFirsts = append(c.readAlsoFirsts, w)
			}
		}
	}
	slices.Sort(c.readAlsoFirsts)
	alts = alts[:0]
	seen = wordSet{}
	for _, r := range d.rows("clean/caption_openers.tsv", "opener", "end") {
		if !d.entry("clean/caption_openers.tsv", r.line, r.fields[0], seen) || !d.oneOf("clean/caption_openers.tsv", r.line, "end", r.fields[1], "colon", "word", "none") {
			return nil
		}
		seen[r.fields[0]] = true
		alts = append(alts, regexp.QuoteMeta(r.fields[0])+map[string]string{"colon": `\s*:`, "word": `\b`, "none": ``}[r.fields[1]])
	}
	c.captionStartRE = regexp.MustCompile(`(?i)^(?:` + strings.Join(alts, "|") + `)`)
	c.creditParenRE = regexp.MustCompile(`(?i)^\((?:` + alternation(d.words("clean/credit_words.txt")) + `)\b[^)]*\)\s*\.?$`)
	words := d.classes("clean/words.tsv", "joining", "indonesian", "english", "headline-lower", "subject-opener", "caption-position", "clause-opener", "pronoun-opener", "coordinator", "verb-opener", "outlet-noun")
	c.positionRE = regexp.MustCompile(`(?i)\((?:[\p{L} ]{0,20} )?(?:` + alternation(words["caption-position"]) + `)\)`)
	c.joining, c.indonesian, c.english, c.headlineLower = words["joining"], words["indonesian"], words["english"], words["headline-lower"]
	c.subjectOpeners, c.clauseOpeners, c.pronounOpeners = words["subject-opener"], words["clause-opener"], words["pronoun-opener"]
	c.coordinators, c.verbOpeners = words["coordinator"], words["verb-opener"]
	c.outletBlurbRE = regexp.MustCompile(`^\p{Lu}[\p{L}\d.&'-]*(?: [\p{L}\d.&'-]+){0,4} (?:adalah|merupakan) (?:sebuah |salah satu )?(?i:` + alternation(words["outlet-noun"]) + `)\b`)
	for _, r := range d.rows("clean/time_zones.tsv", "zone", "offset") {
		if !d.entry("clean/time_zones.tsv", r.line, r.fields[0], c.dateLineWords) {
			return nil
		}
		c.zones[r.fields[0]] = d.number("clean/time_zones.tsv", r.line, r.fields[1], -12, 14)
		c.dateLineWords[r.fields[0]] = true
	}
	for w := range cal.weekdays {
		c.dateLineWords[w] = true
	}
	c.timeNames = wordSet{}
	for w := range cal.storyWeekdays {
		c.timeNames[w] = true
	}
	for w := range cal.storyMonths {
		c.timeNames[w] = true
	}
	var ads []string
	for p := range d.words("clean/inline_ads.txt") {
		first, _, _ := strings.Cut(p, " ")
		for _, w := range []string{strings.ToUpper(first), strings.ToUpper(first[:1]) + first[1:]} {
			if !slices.Contains(c.inlineAdWords, w) {
				c.inlineAdWords = append(c.inlineAdWords, w)
			}
		}
		ads = append(ads, regexp.QuoteMeta(strings.ToUpper(p)), regexp.QuoteMeta(strings.ToUpper(p[:1])+p[1:]))
	}
	slices.Sort(c.inlineAdWords)
	// The longest first, as the regexp takes the first alternative that matches.
	slices.SortFunc(ads, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	c.inlineAdRE = regexp.MustCompile(`\b(?:` + strings.Join(ads, "|") + `)\b`)
	c.updateLabelRE = regexp.MustCompile(`(?i)\b(?:` + alternation(d.words("clean/update_labels.txt")) + `)\b`)
	c.publicationLabelRE, c.labelFirsts = labelRE(d.words("clean/publication_labels.txt"))
	var updateFirsts []string
	c.printedUpdateLabelRE, updateFirsts = labelRE(d.words("clean/update_labels.txt"))
	c.labelFirsts = append(c.labelFirsts, updateFirsts...)
	c.printedDateRE = regexp.MustCompile(strings.ReplaceAll(printedDateRE, "MONTH", alternation(c.months)))
	c.tickerLabels = tickerLabelForms(d.words("clean/ticker_labels.txt"))
	c.printedTimeRE = regexp.MustCompile(strings.ReplaceAll(printedTimeRE, "ZONE", alternation(c.zones)))
	return c
}

// labelRE finds a label of labels as pages print one, capitalized or in
// capitals ("*" standing for any one word), with the colon and the day
// name that may follow it; it also returns the labels' first words in
// those forms.
func labelRE(labels wordSet) (*regexp.Regexp, []string) {
	var alts, firsts []string
	for _, l := range keys(labels) {
		first, _, _ := strings.Cut(l, " ")
		firsts = append(firsts, strings.ToUpper(first[:1])+first[1:], strings.ToUpper(first))
		l = strings.ReplaceAll(regexp.QuoteMeta(l), `\*`, `\S+`)
		alts = append(alts, strings.ToUpper(l[:1])+l[1:], strings.ToUpper(l))
	}
	return regexp.MustCompile(`(?:^|[^\p{L}])(?:` + strings.Join(alts, "|") + `)\s*:?\s*(?:\p{L}+,?\s+)?`), firsts
}

// alternation is a regular expression matching any of the words, the
// longest first.
func alternation[S ~map[string]V, V any](words S) string {
	ws := keys(words)
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// keys returns a map's keys, longest first and then in byte order, so that
// what is built from them is the same on every run.
func keys[S ~map[string]V, V any](m S) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return out
}

// cleanPage separates a news page's story from its noise: the header above
// the story gives title, outlet, author and publication date; the body runs
// from the dateline (or the first real paragraph) to the first footer
// marker, keeping only prose paragraphs. Everything is decided from the
// shape of lines, never from what a particular site prints.
func (c *cleaner) cleanPage(text string) page {
	lines, runOn := c.restoreBreaks(c.splitLines(text))
	start := c.bodyStart(lines)
	if start < 0 && !runOn {
		// A short page flattened to one line, too short to be taken for
		// one ("... Home Nasional JAKARTA - Bakamla mengusir ... Editor:
		// ..."): read sentence by sentence rather than lose its story.
		if split := c.sentenceLines(lines); len(split) > len(lines) {
			if s := c.bodyStart(split); s >= 0 {
				lines, start, runOn = split, s, true
			}
		}
	}
	var p page
	if runOn {
		p.Uncertain = "the page has no paragraph breaks: its story was read sentence by sentence"
	}
	if start < 0 {
		// No full sentence to start from: the first line of prose, short or
		// unpunctuated, rather than losing the story.
		if start = c.looseBodyStart(lines); start >= 0 {
			p.Uncertain = "the page has no full sentence of prose: its story may hold page noise or miss its start"
		}
	}
	if start < 0 {
		p.Title = first(c.headlineForms(&p, c.readHeader(&p, lines)))
		return p
	}
	headlines := c.readHeader(&p, lines[:start])
	c.readBody(&p, lines[start:])
	// A page may close on its outlet describing itself, past every footer
	// marker the page has; no story ends on saying what its source is.
	for n := len(p.Paragraphs); n > 1 && c.outletBlurbRE.MatchString(p.Paragraphs[n-1]); n-- {
		p.Paragraphs = p.Paragraphs[:n-1]
	}
	if p.Published == "" {
		// "... Tag: Ghana Diterbitkan: Senin, 20 Oktober 2025 08:05 WIB":
		// a labelled date is the page's own wherever it stands.
		p.Published = c.labelledDate(text)
	}
	// "ANTARA News - Kantor Berita Indonesia": the site's banner, which the
	// outlet's name opens, is no headline, nor a byline it ends.
	headlines = c.headlineForms(&p, headlines)
	headlines = slices.DeleteFunc(headlines, func(h string) bool { return p.startsWithOutlet(h) || p.endsWithOutlet(h) })
	p.Title = p.withoutOutlet(c.headlineOfStory(headlines, p.Paragraphs))
	p.Language = c.detectLanguage(p.Paragraphs)
	return p
}

// headlineForms reads each header line that holds a headline without the
// run of section names before it, once the page's outlet is known: a
// line whose headline the outlet's name opens keeps its crumbs ("Beranda >
// Berita > Internasional ANTARA News <headline>"), which withoutOutlet
// drops together with the name.
func (c *cleaner) headlineForms(p *page, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		h := c.trimMenuPrefix(l)
		if p.startsWithOutlet(h) {
			h = l
		}
		out[i] = trimSiteSuffix(h)
	}
	return out
}

// headlineOfStory picks the story's headline among the header's lines that
// could be one: the first, unless it shares no word with the story's
// opening paragraphs and a later one does, as a list of other stories
// above the headline ("TERBARU", a date, "Harga emas naik lagi") shares
// none (a deck under the headline, which shares more, is no headline).
func (c *cleaner) headlineOfStory(headlines, paragraphs []string) string {
	if len(headlines) < 2 {
		return first(headlines)
	}
	lead := map[string]bool{}
	for _, para := range paragraphs[:min(2, len(paragraphs))] {
		for _, w := range strings.FieldsFunc(strings.ToLower(para), isNotLetter) {
			if len(w) > 3 {
				lead[w] = true
			}
		}
	}
	for _, h := range headlines {
		if slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(h), isNotLetter), func(w string) bool { return len(w) > 3 && lead[w] }) {
			return h
		}
	}
	return headlines[0]
}

// isNotLetter says whether r is no letter (a word's edge).
func isNotLetter(r rune) bool { return !unicode.IsLetter(r) }

// splitLines normalizes line ends and blanks and returns the trimmed lines.
// A paragraph wrapped over several lines is joined back (continuesLine).
func (c *cleaner) splitLines(text string) []string {
	text = blankReplacer.Replace(text)
	raw := strings.Split(text, "\n")
	lines := raw[:0]
	var para []string // the lines of a wrapped paragraph
	for _, l := range raw {
		l = strings.Join(strings.Fields(c.cutInlineAds(l)), " ")
		l = gluedDashRE.ReplaceAllString(l, "$1 — $2")
		if len(para) > 0 && c.continuesLine(para[len(para)-1], l) {
			para = append(para, l)
			continue
		}
		if len(para) > 0 {
			lines = append(lines, strings.Join(para, " "))
		}
		para = append(para[:0], l)
	}
	if len(para) > 0 {
		lines = append(lines, strings.Join(para, " "))
	}
	return lines
}

// cutInlineAds cuts the advertising markers of inline_ads.txt out of l.
func (c *cleaner) cutInlineAds(l string) string {
	if !slices.ContainsFunc(c.inlineAdWords, func(w string) bool { return strings.Contains(l, w) }) {
		return l
	}
	return c.inlineAdRE.ReplaceAllString(l, " ")
}

// continuesLine reports whether next is the rest of a paragraph wrapped
// after prev: prev does not end a sentence, and next starts in lower case
// or prev ends with a word that cannot end one ("di", "dan", "untuk"); a
// date line is never one ("detikNews Senin, 12 Mei 2025 10:30 WIB" under
// a headline).
func (c *cleaner) continuesLine(prev, next string) bool {
	if len(prev) < 40 || next == "" || endsSentence(prev) {
		return false
	}
	if _, ok := c.parseDateLine(next); ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	return unicode.IsLetter(r) && c.joining[last]
}

// blankReplacer maps line ends to \n and the invisible or unusual spaces
// that HTML-to-text leaves behind to plain spaces.
var blankReplacer = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ", "\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u2028", "\n", "\u2029", "\n")

// bodyStart returns the index of the story's first line, or -1 when the
// page has none. A dateline opens the story by newspaper convention, so
// everything above it is header; without one, the first full prose
// paragraph does.
func (c *cleaner) bodyStart(lines []string) int {
	firstProse, proseSeen := -1, 0
	for i, l := range lines {
		l = c.trimTrailers(l)
		if l == "" || c.isCaption(l) || c.isBylineLine(l) || c.isBoilerplate(l) || isTeaser(l) {
			continue
		}
		if proseSeen > 0 && c.isFooterMarker(l) {
			break
		}
		if d, rest := splitDateline(l); d != "" && (c.isSentence(rest) || rest == "" && c.nextIsSentence(lines[i+1:])) {
			// A dateline a few paragraphs into prose is a quoted page
			// fragment, not the story's start.
			if firstProse < 0 || proseSeen <= 3 {
				return i
			}
			break
		}
		if l := strings.TrimPrefix(l, "- "); isProse(l, true) || c.isNamedSentence(l, minLeadWords) {
			if firstProse < 0 {
				firstProse = i
			}
			proseSeen++
		}
	}
	return firstProse
}

// minLeadWords: a sentence of names and titles starts the story on a page
// without a dateline when it is at least this long, as prose must be
// (isProse, strict).
const minLeadWords = 8

// nextIsSentence reports whether the first non-empty line is a sentence
// (the story after a dateline printed on a line of its own).
func (c *cleaner) nextIsSentence(lines []string) bool {
	for _, l := range lines {
		if l != "" {
			return c.isSentence(l)
		}
	}
	return false
}

// readHeader takes outlet, author and publication date from the lines
// above the story, and returns the lines that could hold its headline
// (headlineForms reads them, headlineOfStory picks one). These lines (and a date line under the
// lead paragraph or the story, see readBody) are the only ones that may
// give the publication date: dates in the story or in lists of other
// headlines are not it.
func (c *cleaner) readHeader(p *page, lines []string) (headlines []string) {
	var dates []printedDate
	for i, l := range lines {
		if l == "" {
			continue
		}
		if p.Outlet == "" && i < 5 && domainLineRE.MatchString(l) {
			p.Outlet = strings.TrimSuffix(schemeRE.ReplaceAllString(strings.ToLower(l), ""), "/")
			continue
		}
		if d, ok := c.parseDateLine(l); ok {
			dates = append(dates, d)
			c.takeByline(p, l)
			continue
		}
		if c.isBylineLine(l) {
			c.takeByline(p, l)
			continue
		}
		if c.isHeadline(c.trimMenuPrefix(l)) {
			headlines = append(headlines, l)
		}
	}
	if len(dates) == 0 {
		// "... China Beri Peringatan Selasa 07 Oktober 2025 06:45 WIB
		// Rahman Asmardika, Jurnalis ...": a page flattened to one line
		// runs its date stamp into the header's other parts.
		for _, l := range lines[max(0, len(lines)-3):] {
			if d, ok := c.stampIn(l); ok {
				dates = append(dates, d)
			}
		}
	}
	p.Published = publicationDate(dates)
	return headlines
}

// stampIn finds in l the first date printed with a clock time and a time
// zone ("Selasa 07 Oktober 2025 06:45 WIB"), labelled an update when an
// update label stands right before it.
func (c *cleaner) stampIn(l string) (printedDate, bool) {
	for _, loc := range c.printedDateRE.FindAllStringSubmatchIndex(l, -1) {
		if _, zoned := c.timeAfter(l, loc[1]); !zoned {
			continue
		}
		if value, _, ok := c.readDate(l, loc); ok {
			before := strings.TrimRight(l[:loc[0]], " ,")
			updated := c.updateLabelRE.MatchString(before[max(0, strings.LastIndexByte(before, ' ')+1):])
			return printedDate{Value: value, Updated: updated}, true
		}
	}
	return printedDate{}, false
}

// publicationDate picks the story's date among the header's date lines:
// the one nearest the story, as a site's bar of today's date and the dates
// of headline lists stand further up. A date labelled as an update counts
// only when there is no other.
func publicationDate(dates []printedDate) string {
	for _, updated := range []bool{false, true} {
		for i := len(dates) - 1; i >= 0; i-- {
			if dates[i].Updated == updated {
				return dates[i].Value
			}
		}
	}
	return ""
}

// readBody keeps the prose paragraphs of the story, from its first line up
// to the first footer marker, past a list of other stories set in it
// (storyResumes).
func (c *cleaner) readBody(p *page, lines []string) {
	// Some pages print their date only under the story: a date line after
	// its last paragraph, before the footer.
	after, afterAt := "", -1
	printed := false
	defer func() {
		if p.Published == "" && after != "" && afterAt == len(p.Paragraphs) {
			p.Published = after
		}
		if p.Published == "" && printed {
			p.Published = p.DatelineDay
		}
	}()
	skipTo := 0
	for i, l := range lines {
		if l == "" || i < skipTo {
			continue
		}
		if i == 0 {
			d, rest := splitDateline(l)
			p.Dateline = d
			p.DatelineDay, printed = c.datelineDay(d)
			if o := datelineOutlet(l); p.Outlet == "" && !c.dateLineWords[strings.ToLower(o)] {
				p.Outlet = o // not "Kamis" of "Dhaka, Kamis -"
			}
			l = strings.TrimPrefix(rest, "- ")
		}
		if j := c.storyResumes(lines, i); len(p.Paragraphs) > 0 && j > i {
			skipTo = j
			continue
		}
		if len(p.Paragraphs) > 0 && c.isFooterMarker(l) {
			// "Copyright © ANTARA 2024" then "Minggu, 10 November 2024
			// 07:45 WIB": a date line right after the footer's first line
			// is still the story's.
			if i+1 < len(lines) && after == "" {
				if d, ok := c.parseDateLine(lines[i+1]); ok && !d.Updated {
					after, afterAt = d.Value, len(p.Paragraphs)
				}
			}
			c.readFooter(p, lines[i:])
			return
		}
		if c.isBylineLine(l) {
			c.takeByline(p, l)
			continue
		}
		// Some pages print the date under the lead paragraph.
		if d, ok := c.parseDateLine(l); ok {
			switch {
			case d.Updated || p.Published != "":
			case len(p.Paragraphs) == 1:
				p.Published = d.Value
			case after == "":
				after, afterAt = d.Value, len(p.Paragraphs)
			}
			continue
		}
		if after == "" && len(p.Paragraphs) > 0 && strings.IndexByte(l, ':') >= 0 && len(c.bylineParts(l)) > 0 {
			if d, ok := c.stampIn(l); ok && !d.Updated {
				// "Editor: X Kompas.com - 28/08/2025, 22:10 WIB Bagikan ...":
				// a date stamp in the byline under the story, run into the
				// footer on a page flattened to one line.
				after, afterAt = d.Value, len(p.Paragraphs)
			}
		}
		for _, part := range c.dropReadAlso(c.trimTrailers(l)) {
			part = trimEditorInitials(part)
			if c.isStoryParagraph(p, part) {
				p.Paragraphs = append(p.Paragraphs, part)
			}
		}
	}
}

// readFooter takes the author from a byline printed below the story's
// footer ("Editor: X" after a list of other headlines).
func (c *cleaner) readFooter(p *page, lines []string) {
	for _, l := range lines {
		if p.Author == "" && c.isBylineLine(l) {
			c.takeByline(p, l)
		}
	}
}

// isStoryParagraph reports whether a body line is part of the story rather
// than a caption, ticker, headline link or the site's own boilerplate.
func (c *cleaner) isStoryParagraph(p *page, l string) bool {
	if !c.isSentence(l) || c.isCaption(l) || c.isBoilerplate(l) {
		return false
	}
	return !p.startsWithOutlet(l)
}

// startsWithOutlet reports whether a paragraph opens with the page's own
// outlet name ("Kompas.com adalah ...", "IDN Times Community adalah ..."):
// stories do not, site blurbs do. A name that is not a domain must match
// in case, since some are common words ("ANTARA" and "Antara lain").
func (p *page) startsWithOutlet(l string) bool {
	name := p.Outlet
	if len(name) < 3 {
		return false
	}
	if strings.IndexByte(name, '.') > 0 {
		return len(l) > len(name) && strings.EqualFold(l[:len(name)], name)
	}
	if !strings.HasPrefix(l, name) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(l[len(name):])
	return !unicode.IsLetter(next)
}

// endsWithOutlet reports whether a line ends with a comma and the outlet's
// name: a byline ("News - Pratama Guitarra, CNBC Indonesia"), never a
// headline.
func (p *page) endsWithOutlet(l string) bool {
	return len(p.Outlet) >= 3 && strings.HasSuffix(strings.ToLower(l), ", "+strings.ToLower(p.Outlet))
}

// withoutOutlet drops a breadcrumb and the outlet's own name from the
// start of a headline a page flattened to one line glued them to
// ("Beranda > Berita > Internasional ANTARA News Pemulangan WNI ...").
func (p *page) withoutOutlet(title string) string {
	if loc := menuSeparatorRE.FindAllStringIndex(title, -1); loc != nil {
		rest := title[loc[len(loc)-1][1]:]
		if _, after, ok := strings.Cut(rest, " "); ok && len(p.Outlet) >= 3 {
			if i := strings.Index(strings.ToLower(after), strings.ToLower(p.Outlet)); i >= 0 && i < 20 {
				rest = after[i+len(p.Outlet):]
				rest = strings.TrimPrefix(strings.TrimSpace(rest), "News ")
			}
		}
		title = strings.TrimSpace(rest)
	}
	// "Trump Sambut Milei di Gedung Putih CNN Indonesia": a page flattened
	// to one line runs the outlet's name after the headline.
	if n := len(p.Outlet); n >= 3 && len(title) > n+1 && strings.EqualFold(title[len(title)-n:], p.Outlet) && title[len(title)-n-1] == ' ' {
		title = strings.TrimSpace(title[:len(title)-n])
	}
	return title
}

// takeByline keeps the writer, else the editor, printed on a byline line.
func (c *cleaner) takeByline(p *page, l string) {
	if p.Author != "" {
		return
	}
	if writer, editor, ok := c.splitByline(l); ok {
		p.Author = writer
		if p.Author == "" {
			p.Author = editor
		}
	}
}

var (
	// schemeRE is what precedes a domain in a printed address.
	schemeRE = regexp.MustCompile(`^(?:https?://)?(?:www\.)?`)
	// domainLineRE is a line that is only a site's domain ("kontan.co.id").
	domainLineRE = regexp.MustCompile(`(?i)^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|id|net|org|co|tv|news|info|asia|io|my|sg)/?$`)

	// datelineRE is the place-and-source prefix of a story's first line:
	// "Jakarta (ANTARA) -", "KONTAN.CO.ID - MOSKOW.", "REPUBLIKA.CO.ID,
	// PYONGYANG --", "ISLAMABAD (Lintas24) Sabtu 10/5/2025 -", "Jakarta,
	// IDN Times -", "Liputan6.com, Jakarta -", "detikNews Jakarta -", a
	// place and the day ("Beijing, 21 April 2025 -"), or a place or outlet
	// alone: "TOKYO -", "Jakarta -", "VIVA Dunia -". A city's later words
	// may follow a particle ("Sharm el-Sheikh (ANTARA) -", "Dar es Salaam").
	datelineRE = regexp.MustCompile(`^(?:` +
		`(?P<city>\p{Lu}[\p{L}]+(?: (?:\p{Ll}{1,3}[- ])?\p{Lu}[\p{L}]+){0,2}(?:, \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})?),?(?: (?:\p{Lu}[\p{L}']+,? )?(?:\d{1,2} \p{Lu}[\p{L}]+ \d{4}|\d{1,2}/\d{1,2}/\d{4}|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)),?)? \((?P<agency>[\p{L}][\p{L}\d ./]{0,30})\)(?:,? (?:\p{Lu}[\p{L}']+,? )?(?:\d{1,2} \p{Lu}[\p{L}]+ \d{4}|\d{1,2}/\d{1,2}/\d{4}))? ?[-–—]+` +
		`|\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2}, \p{Lu}[\p{L}']+ \(\d{1,2}/\d{1,2}(?:/\d{2,4})?\) ?[-–—]+` +
		`|(?P<domain>[\p{L}\d-]+(?:\.[\p{L}]{2,})+)(?:, ?\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})?(?:, ?\p{Lu}[\p{L}']+ \(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))? ?[-–—]+(?: ?\p{Lu}{3,}(?: \p{Lu}{3,}){0,2}\.)?` +
		`|\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}]+){0,2}, (?P<outlet>\p{L}[\p{L}\d.]*(?: \p{Lu}[\p{L}\d.]*){0,2})(?:, \d{1,2} \p{Lu}[\p{L}]+ \d{4})? ?[-–—]+` +
		`|\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2}, (?:\p{Lu}[\p{L}']+,? )?(?P<day>\d{1,2} \p{Lu}[\p{L}]+ \d{4}|\d{1,2}/\d{1,2}/\d{4}) ?[-–—]+` +
		`|(?P<brand>\p{Ll}+\p{Lu}[\p{L}\d]*) \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2} [-–—]+` +
		`|\p{Lu}[\p{L}\d.]*(?: \p{Lu}[\p{L}\d.]*){0,2} [-–—]+` +
		`)(?: |$)`)

	// gluedDashRE is a dateline's dash written with no space around it
	// ("Harianjogja.com, JAKARTA—Presiden ..."): a city in capitals at the
	// line's start, then an em dash and a capital.
	gluedDashRE = regexp.MustCompile(`^((?:[^—]{0,60} )?\p{Lu}{3,})—+(\p{Lu})`)

	// signatureRE is a writer's name printed without a colon: at a line's
	// end after a label ("Verified Writer Fatimah", "Oleh Redaksi X"), or
	// before the site's domain ("Laila Fitriani - kabarkini.com").
	signatureRE = regexp.MustCompile(`(?:\b(?:Writer|Penulis|Reporter|Editor)|^(?:Oleh|By))\s+(\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,3})$|^(\p{Lu}[\p{L}.']+(?: \p{Lu}[\p{L}.']+){0,3}) [-–] (?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+$`)
)

// isBoilerplate reports whether a line is the site's text about itself.
func (c *cleaner) isBoilerplate(l string) bool {
	if strings.Contains(l, "©") {
		return true
	}
	var buf [16]byte
	for i := 0; i < len(l); {
		if !isASCIILetter(l[i]) {
			i++
			continue
		}
		j := i
		for j < len(l) && isASCIILetter(l[j]) {
			j++
		}
		if j-i <= len(buf) {
			word := buf[:j-i]
			for k := range word {
				word[k] = l[i+k] | 0x20 // ASCII letters to lower case
			}
			for _, p := range c.boilerplate[string(word)] {
				if len(l)-i >= len(p) && strings.EqualFold(l[i:i+len(p)], p) {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// splitDateline splits a story's first line into its dateline and the rest.
func splitDateline(l string) (dateline, rest string) {
	loc := datelineRE.FindStringIndex(l)
	if loc == nil {
		return "", l
	}
	return strings.TrimSpace(l[:loc[1]]), strings.TrimSpace(l[loc[1]:])
}

// datelineDayRE is the day, month and year a dateline prints, in brackets
// or with the month's name.
var datelineDayRE = regexp.MustCompile(`\((\d{1,2})/(\d{1,2})/(\d{4})\)|(\d{1,2}) (\p{L}+) (\d{4})|(\d{1,2})/(\d{1,2})/(\d{4})`)

// datelineDay is the day a dateline prints ("REPUBLIKA.CO.ID, MOSKOW, Rabu
// (3/12/2025) --", "JAKARTA, 12 September 2025 (ANTARA) -"), as
// YYYY-MM-DD, or "". printed says the date stands as the page prints its
// own ("12 September 2025", "3/7/2025"), not as a story names a day
// ("Rabu (3/12/2025)"): the publication date when the page prints none
// elsewhere.
func (c *cleaner) datelineDay(dateline string) (day string, printed bool) {
	m := datelineDayRE.FindStringSubmatch(dateline)
	if m == nil {
		return "", false
	}
	switch {
	case m[4] != "":
		mo, ok := c.months[strings.ToLower(m[5])]
		if !ok {
			return "", false
		}
		m, printed = []string{m[0], m[4], strconv.Itoa(int(mo)), m[6]}, true
	case m[7] != "":
		m, printed = []string{m[0], m[7], m[8], m[9]}, true
	}
	d, _ := strconv.Atoi(m[1])
	mon, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mon), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != mon {
		return "", false
	}
	return t.Format(time.DateOnly), printed
}

// datelineOutlet is the outlet a dateline names: its domain, agency or name.
func datelineOutlet(l string) string {
	m := datelineRE.FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	if d := m[datelineRE.SubexpIndex("domain")]; d != "" {
		return strings.ToLower(d)
	}
	if a := m[datelineRE.SubexpIndex("agency")]; a != "" {
		return a
	}
	if b := m[datelineRE.SubexpIndex("brand")]; b != "" {
		return b
	}
	return m[datelineRE.SubexpIndex("outlet")]
}

// Roles of the labels that open a byline part ("Editor: X").
const (
	roleWriter = "writer"
	roleEditor = "editor"
	roleSource = "source"
)

// bylinePart is one "Label: Name" part of a line, at l[from:to].
type bylinePart struct {
	role, name string
	// from and to bound the part in its line, label included; at is where
	// the name starts.
	from, at, to int
}

// bylineParts finds the "Label: Name" parts of a line; a name runs to the
// next "|", ")" or label, or to the end.
func (c *cleaner) bylineParts(l string) []bylinePart {
	var parts []bylinePart
	for colon := strings.IndexByte(l, ':'); colon >= 0; {
		labelEnd := colon
		for labelEnd > 0 && l[labelEnd-1] == ' ' {
			labelEnd--
		}
		labelStart := labelEnd
		for labelStart > 0 && isASCIILetter(l[labelStart-1]) {
			labelStart--
		}
		end := len(l)
		if n := strings.IndexAny(l[colon+1:], "|:)"); n >= 0 {
			end = colon + 1 + n
		}
		if role, ok := c.bylineRoles[strings.ToLower(l[labelStart:labelEnd])]; ok {
			if n := len(parts) - 1; n >= 0 && labelStart < parts[n].to {
				// "Penulis: Rina Hapsari · Editor: Dimas": a name ends
				// where the next label begins.
				parts[n].name = strings.TrimRight(strings.TrimSpace(l[parts[n].at:labelStart]), " ·•,/-–|")
				parts[n].to = labelStart
			}
			parts = append(parts, bylinePart{role: role, name: strings.TrimSpace(l[colon+1 : end]), from: labelStart, at: colon + 1, to: end})
		}
		next := strings.IndexByte(l[colon+1:], ':')
		if next < 0 {
			break
		}
		colon += 1 + next
	}
	return parts
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// splitByline reads the writer and editor from a byline line ("Sumber:
// Reuters | Editor: X", "LAPORAN: RENI ERINA"). Names printed in capitals are
// given in title case.
func (c *cleaner) splitByline(l string) (writer, editor string, ok bool) {
	for _, part := range c.bylineParts(l) {
		name := nameCase(part.name)
		if name == "" || len(strings.Fields(name)) > 5 {
			continue
		}
		ok = true
		switch {
		case part.role == roleEditor:
			editor = name
		case part.role == roleWriter && writer == "":
			writer = name
		}
	}
	if writer != "" || !mayBeSignature(l) {
		return writer, editor, ok
	}
	if len(strings.Fields(l)) > 10 {
		return writer, editor, ok
	}
	for _, cell := range strings.Split(l, "|") {
		m := signatureRE.FindStringSubmatch(strings.TrimSpace(cell))
		switch {
		case m == nil:
		case strings.Contains(m[0], "Editor"):
			editor, ok = m[1], true
		case writer == "":
			writer, ok = m[1]+m[2], true
		}
	}
	return writer, editor, ok
}

// mayBeSignature rules out cheaply the lines signatureRE cannot match.
func mayBeSignature(l string) bool {
	if len(l) > 100 {
		return false
	}
	for _, s := range []string{"Writer ", "Penulis ", "Reporter ", "Editor ", " - ", " – "} {
		if strings.Contains(l, s) {
			return true
		}
	}
	return strings.HasPrefix(l, "Oleh ") || strings.HasPrefix(l, "By ")
}

// isBylineLine reports whether a line is a byline rather than a sentence
// that happens to contain a colon.
func (c *cleaner) isBylineLine(l string) bool {
	if len(l) > 160 || len(strings.Fields(l)) > 12 {
		return false
	}
	_, _, ok := c.splitByline(l)
	return ok
}

// nameCase turns "RENI ERINA" into "Reni Erina" and leaves mixed case alone.
func nameCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	return capitalizeWords(strings.ToLower(s))
}

// capitalizeWords writes each word of s with a capital first letter.
func capitalizeWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// isFooterMarker reports whether a line is one of the footer headings, or
// a line of tags.
func (c *cleaner) isFooterMarker(l string) bool {
	if colon := strings.IndexByte(l, ':'); colon > 0 && c.footerLabels[strings.ToLower(strings.TrimRight(l[:colon], " "))] {
		return true
	}
	lower := strings.ToLower(l)
	for o := range c.footerOpeners {
		if rest, ok := strings.CutPrefix(lower, o); ok && (rest == "" || rest[0] == ' ') {
			return true // "Copyright © ANTARA 2025"
		}
	}
	// "Komentar (2)", "Komentar 12": a heading with its count.
	return c.isListHeading(trimCount(strings.ToLower(strings.TrimRight(l, " :»›>"))))
}

// maxListedStories bounds the headlines of a list set inside a story.
const maxListedStories = 6

// storyResumes returns where the story goes on after the heading of a list
// of other stories at lines[i] ("Berita Terkait", "Rekomendasi:") and the
// headlines under it, when two paragraphs of prose follow them: a list set
// in the middle of the story, which ends nothing. It returns i otherwise.
func (c *cleaner) storyResumes(lines []string, i int) int {
	if !c.isListHeading(lines[i]) {
		return i
	}
	j, listed := i+1, 0
	for ; j < len(lines) && listed <= maxListedStories; j++ {
		l := strings.TrimSpace(lines[j])
		if l == "" {
			continue
		}
		if isProse(l, true) {
			break
		}
		listed++
	}
	if listed == 0 || listed > maxListedStories {
		return i
	}
	prose := 0
	for k := j; k < len(lines) && prose < 2; k++ {
		l := strings.TrimSpace(lines[k])
		if l == "" {
			continue
		}
		if !isProse(l, true) && !c.isSentence(l) || c.isFooterMarker(l) || c.isBylineLine(l) {
			return i
		}
		prose++
	}
	if prose < 2 {
		return i
	}
	return j
}

// isListHeading says whether a line is only a heading of footer_headings
// (not a footer's opening words, "Copyright ...").
func (c *cleaner) isListHeading(l string) bool {
	if len(l) >= 40 {
		return false // (this runs on every line of every story)
	}
	l = strings.ToLower(strings.TrimRight(strings.TrimSpace(l), " :»›>"))
	return len(l) < 30 && c.footerHeadings[l]
}

// trimCount drops the count a heading may end with ("(2)", " 12").
func trimCount(l string) string {
	if rest := strings.TrimLeftFunc(l, func(r rune) bool { return '0' <= r && r <= '9' }); len(rest) < len(l) && strings.HasPrefix(rest, " ") {
		return strings.TrimLeft(rest, " ") // "3 Komentar"
	}
	t := strings.TrimSuffix(l, ")")
	digits := strings.TrimRightFunc(t, func(r rune) bool { return '0' <= r && r <= '9' })
	switch {
	case len(digits) == len(t):
		return l
	case len(t) < len(l) && strings.HasSuffix(digits, "("):
		return strings.TrimRight(strings.TrimSuffix(digits, "("), " ")
	case len(t) == len(l) && strings.HasSuffix(digits, " "):
		return strings.TrimRight(digits, " ")
	}
	return l
}

var (
	// photoLabelRE is a photo label anywhere in a line: "Foto: X",
	// "(Foto: ...)", "ANTARA FOTO".
	photoLabelRE = regexp.MustCompile(`(?i)\b(?:antara foto|foto ?:|photo ?:)`)
	// creditRE is the source after the slash of a credit closing a line:
	// "Moskow/Net", "Kepresidenan Rusia/TASS", "(REUTERS/Kim Hong-Ji)".
	creditRE = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}\)?\.?$`)
	// editorTailRE is an editor's initials after a credit's last slash.
	editorTailRE = regexp.MustCompile(`^[a-z]{2,4}\.?$`)
)

// isCaption reports whether a line is a photo caption or credit. The
// cheap tests on bytes come first: this runs on every line of every page.
func (c *cleaner) isCaption(l string) bool {
	if c.captionStartRE.MatchString(l) {
		return true
	}
	// A credit closes a caption of a sentence or two; a longer paragraph
	// ending in one is story text with the credit glued on (trimCredit),
	// and so is a short one that quotes someone after a sentence ("...
	// kepada Thailand. “...,” ujar Sugiono. (Dok. Kemlu RI)").
	if len(l) > maxCaptionBytes || strings.ContainsAny(l, "“\"") && strings.Contains(l, ". ") {
		return false
	}
	if strings.Contains(l, "(") && c.positionRE.MatchString(l) {
		return true // "Presiden Lee Jae-myung (kanan) menyambut ..."
	}
	if last := strings.LastIndexByte(l, '/'); last > 0 {
		slash, tail := last, l[last+1:]
		if editorTailRE.MatchString(tail) {
			// "ANTARA/Reuters/Chalinee T./pri.": an editor's initials
			// after the credit.
			slash = strings.LastIndexByte(l[:last], '/')
			tail = l[slash+1 : last]
		}
		r, _ := utf8.DecodeLastRuneInString(l[:max(slash, 0)])
		// A caption may end in a date before its credit ("... 26 April 2019/AFP").
		if slash > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) && creditRE.MatchString(tail) {
			return true
		}
	}
	if open := strings.LastIndexByte(l, '('); open >= 0 && c.creditParenRE.MatchString(l[open:]) {
		return true
	}
	// "oto" is in foto, Foto, photo and Photo; "OTO" in FOTO and PHOTO.
	return (strings.Contains(l, "oto") || strings.Contains(l, "OTO")) && photoLabelRE.MatchString(l)
}

// maxCaptionBytes is the longest line read as a caption by its credit.
const maxCaptionBytes = 400

// trimCredit drops a photo or wire credit glued with no space after a
// paragraph's last sentence ("... setengah abad.REUTERS/ANTARA"), as pages
// that lost their markup print it. A credit after a space closes a caption
// instead, and the line stays one (isCaption).
func (c *cleaner) trimCredit(para string) string {
	if open := strings.LastIndexByte(para, '('); open > 0 && c.creditParenRE.MatchString(para[open:]) && endsSentence(strings.TrimSpace(para[:open])) {
		return strings.TrimSpace(para[:open]) // "... ujar Sugiono. (Dok. Kemlu RI)"
	}
	end := strings.LastIndexAny(para, ".!?")
	if end < 0 || end+1 >= len(para) || para[end+1] == ' ' {
		return para
	}
	if tail := para[end+1:]; strings.IndexByte(tail, '/') > 0 && c.isCaption(tail) && isProse(para[:end+1], true) {
		return para[:end+1]
	}
	return para
}

// isTicker reports whether a line is mostly numbers (stock tickers, scores,
// prices), a row of menu cells or of hashtags.
func isTicker(l string) bool {
	return isTickerWords(l, strings.Fields(l))
}

// isTickerWords is isTicker on the line's words.
func isTickerWords(l string, words []string) bool {
	numeric := 0
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 && strings.IndexFunc(w, unicode.IsLetter) < 0 {
			numeric++
		}
	}
	return numeric >= 2 && numeric*10 >= len(words)*3 || strings.Count(l, "|") >= 2 && len(words) < 10 || hashtags(words) >= 2
}

// hashtags counts the words that are hashtags ("#Pemilu2024"): a row of
// them is a site's list of trending topics, which no story sentence is.
func hashtags(words []string) int {
	n := 0
	for _, w := range words {
		if len(w) > 1 && w[0] == '#' {
			if r, _ := utf8.DecodeRuneInString(w[1:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
	}
	return n
}

// isProse reports whether a line reads as a paragraph of a story. strict
// asks for a full sentence (used to find where a story starts); otherwise a
// short sentence or a long unpunctuated line in running text also counts.
func isProse(l string, strict bool) bool {
	words := strings.Fields(l)
	lower, lettered := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"“‘'([`))
		if unicode.IsLetter(r) {
			lettered++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	if lettered == 0 || isTickerWords(l, words) {
		return false
	}
	// Headlines capitalize every word but the function words; sentences
	// full of names and titles can come close, so long lines get a lower
	// bar: headlines are short.
	ratio := float64(lower) / float64(lettered)
	minRatio := 0.34
	if len(words) >= 15 {
		minRatio = 0.15
	}
	ends := endsSentence(l)
	if strict {
		return len(words) >= 8 && ends && ratio >= minRatio
	}
	return len(words) >= 3 && ends && ratio >= minRatio || len(words) >= 12 && ratio >= 0.5
}

// lowerInHeadline says whether a headline in title case may write the word
// w in lower case: a function word, no verb or noun.
func (c *cleaner) lowerInHeadline(w string) bool {
	w = strings.ToLower(w)
	return c.joining[w] || c.headlineLower[w]
}

// isSentence reports whether a line reads as story prose: mostly words in
// lower case (isProse), or names and titles around a verb (isNamedSentence).
func (c *cleaner) isSentence(l string) bool {
	return isProse(l, false) || c.isNamedSentence(l, minSentenceWords)
}

// isNamedSentence reports whether a line full of names and titles is a
// sentence all the same ("Presiden Donald Trump mengkritik China pada Senin
// (3/3/2025).", "Menteri Luar Negeri Korea Selatan Cho Hyun dan Menteri
// Pertahanan Ahn Gyu-back menerima Menteri Luar Negeri Jepang ..."): it
// ends as a sentence does, has minWords words or more, and a word in lower
// case that is no function word, a verb or noun that a headline would
// capitalize.
func (c *cleaner) isNamedSentence(l string, minWords int) bool {
	words := strings.Fields(l)
	if len(words) < minWords || !endsSentence(l) || isTickerWords(l, words) {
		return false
	}
	lower, lettered, content := 0, 0, false
	if c.verbOpeners[strings.ToLower(words[0])] {
		// "Hadir Presiden X, ...": a verb, capitalized only as it opens
		// the sentence.
		lower, content = 1, true
	}
	for _, w := range words {
		w = strings.Trim(w, `"“”‘’'()[],.:;!?`)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		lettered++
		if unicode.IsLower(r) {
			lower++
			content = content || utf8.RuneCountInString(w) >= 4 && !c.lowerInHeadline(w) && !c.indonesian[w]
		}
	}
	return content && float64(lower)/float64(lettered) >= minNamedSentenceRatio
}

// minSentenceWords: a shorter line of names and titles is no sentence.
const minSentenceWords = 5

// minNamedSentenceRatio is the least share of words in lower case in a
// sentence of names and titles: "Perdana Menteri Thailand Anutin
// Charnvirakul bertemu Perdana Menteri Kamboja Hun Manet di Kuala Lumpur."
// has two of fourteen.
const minNamedSentenceRatio = 0.08

// endsSentence reports whether a line ends as a sentence does, also when
// the sentence is quoted or introduces a quote with a colon.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, ` "”’')]`)
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?:…", r)
}

// isHeadline reports whether a header line can be the story's title.
func (c *cleaner) isHeadline(l string) bool {
	words := strings.Fields(l)
	return len(words) >= 4 && len(words) <= maxHeadlineWords && len(l) >= 20 && len(l) <= 250 && !strings.HasSuffix(l, ".") &&
		!c.isCaption(l) && !isTicker(l) && !c.isMenu(l) && !c.isBoilerplate(l) && !domainLineRE.MatchString(l) &&
		!c.opensWithReadAlso(l) && !isTeaser(l) && !c.isHeadlineList(l)
}

// isHeadlineList reports whether a line lists other stories: it opens
// with a list's label ("Terpopuler: ...", "Trending: ...") or holds several
// headlines between bars ("A | B | C"); a headline has at most one bar,
// before the site's name.
func (c *cleaner) isHeadlineList(l string) bool {
	if strings.Count(l, " | ") >= 2 || isNumberedList(l) {
		return true
	}
	label, _, ok := strings.Cut(l, ":")
	label = strings.ToLower(strings.TrimSpace(label))
	return ok && (c.footerHeadings[label] || c.sections[label])
}

// isNumberedList reports whether a line numbers items 1, 2 and 3 in turn
// ("TERPOPULER 1 Erdogan Kecam Netanyahu 2 Harga BBM Naik 3 ..."), as a
// list of other stories flattened to one line does and a headline never.
func isNumberedList(l string) bool {
	next := 1
	for _, w := range strings.Fields(l) {
		if w == strconv.Itoa(next) || w == strconv.Itoa(next)+"." {
			if next++; next > 3 {
				return true
			}
		}
	}
	return false
}

// maxHeadlineWords: a longer line without a stop is a row of several
// headlines run together (a ticker of other stories), not one.
const maxHeadlineWords = 25

// opensWithReadAlso reports whether a line is a link to another story
// ("Baca juga: ...").
func (c *cleaner) opensWithReadAlso(l string) bool {
	if !c.hasReadAlsoPhrase(l) {
		return false
	}
	loc := c.readAlsoRE.FindStringIndex(l)
	return loc != nil && loc[0] == 0
}

// isNavigation reports whether a short line holds a phrase of the site's
// navigation ("Pergi ke Menu Pergi ke Halaman Utama").
func (c *cleaner) isNavigation(l string) bool {
	if len(strings.Fields(l)) > 12 {
		return false
	}
	lower := " " + strings.Join(strings.Fields(strings.ToLower(l)), " ") + " "
	for p := range c.navigation {
		if strings.Contains(lower, " "+p+" ") {
			return true
		}
	}
	return false
}

// minSectionRow: a menu row names at least this many sections, and they
// are at least two thirds of its words; a headline may name one or two.
const minSectionRow = 3

// isSectionRow reports whether a line is mostly the names of a site's
// sections, as a menu flattened to one line is.
func (c *cleaner) isSectionRow(l string) bool {
	words := strings.Fields(strings.ToLower(l))
	n := 0
	for _, w := range words {
		if c.sections[strings.Trim(w, ".,:|")] {
			n++
		}
	}
	return n >= minSectionRow && 3*n >= 2*len(words)
}

// trimMenuPrefix drops the run of section names a page flattened to one
// line glues before its headline ("Menu Beranda Dunia Asia Korut
// Tembakkan Rudal ..."): a run of at least minSectionRow of them, as a
// headline may open with one or two ("Timur Tengah Memanas ...").
func (c *cleaner) trimMenuPrefix(l string) string {
	words := strings.Fields(l)
	// n counts the section names, at the words read so far, separators
	// of menu cells and breadcrumbs included ("Beranda | Dunia | Home >
	// Internasional > ...").
	n, at := 0, 0
	for at < len(words) {
		if w := words[at]; menuSeparatorRE.MatchString(" " + w + " ") {
			at++
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[at]); !c.sections[strings.ToLower(words[at])] || !unicode.IsUpper(r) {
			break
		}
		n, at = n+1, at+1
	}
	if n < minSectionRow || at == len(words) {
		return l
	}
	return strings.Join(words[at:], " ")
}

// menuSeparatorRE splits menu and breadcrumb cells.
var menuSeparatorRE = regexp.MustCompile(`\s[|>/»›·•]\s`)

// isMenu reports whether a line is a menu or breadcrumb ("Beranda > Dunia >
// Asia", "News | Finance | Sport"), a row of section names ("Beranda
// Internasional Ekonomi Login"), or a row of capitalized words with no
// function word between them ("HOME NEWS DUNIA SPORT").
func (c *cleaner) isMenu(l string) bool {
	if c.isNavigation(l) || c.isSectionRow(l) {
		return true
	}
	if cells := menuSeparatorRE.Split(l, -1); len(cells) >= 2 {
		short := true
		for _, c := range cells {
			short = short && len(strings.Fields(c)) <= 3
		}
		if short {
			return true
		}
	}
	if strings.ToUpper(l) != l {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(l)) {
		if c.indonesian[w] || c.english[w] {
			return false
		}
	}
	return true
}

var (
	siteSuffixRE = regexp.MustCompile(`\s+(?:[-|–—]\s+[\p{L}\d.]+(?:\s[\p{L}\d.]+){0,2}|\((?:[\w-]+\.)+[a-z]{2,}\))$`)
	// editorInitialsRE are the initials of reporter and editor that close a
	// story's last paragraph: "(ant/afp)", "(lna/rdp)".
	editorInitialsRE  = regexp.MustCompile(`^\((?:[a-z][a-z\d]{1,5}/)*[a-z][a-z\d]{1,5}\)$`)
	capitalInitialsRE = regexp.MustCompile(`^\((?:[A-Z][A-Z\d]{0,5}/)*[A-Z][A-Z\d]{1,5}\)$|^\((?:[A-Z][A-Z\d]{0,5}/)+[A-Z][A-Z\d]{0,5}\)$`)
	gluedJoinRE       = regexp.MustCompile(`\p{Ll}{2}\p{Lu}`)
	gluedPunctRE      = regexp.MustCompile(`[.!?]["”’']?\s+["“]?\p{Lu}`)
	leadingNoisRE     = regexp.MustCompile(`^[\s:»›>-]+`)
)

// trimTrailers drops what pages print after a story paragraph's last
// sentence: the editor's initials and a glued credit.
func (c *cleaner) trimTrailers(l string) string {
	return c.trimCredit(trimEditorInitials(l))
}

// trimEditorInitials drops the initials closing a paragraph: "(dna/bac)",
// or in capitals right after the last sentence ("... rinci.(FJR)"), where
// they cannot be an abbreviation of the sentence's own.
func trimEditorInitials(l string) string {
	open := strings.LastIndexByte(l, '(')
	if open < 0 {
		return l
	}
	tail, before := l[open:], strings.TrimSpace(l[:open])
	if editorInitialsRE.MatchString(tail) || capitalInitialsRE.MatchString(tail) && endsSentence(before) {
		return before
	}
	return l
}

// trimSiteSuffix drops a site or section name printed after the title
// ("... - News", "... (static.example.com)").
func trimSiteSuffix(t string) string {
	trimmed := siteSuffixRE.ReplaceAllString(t, "")
	if len(strings.Fields(trimmed)) >= 4 {
		return trimmed
	}
	return t
}

// dropReadAlso removes "Baca juga" links from a line. The text before a link
// is kept. After it, what follows the first visible sentence start (a
// lower-to-upper case join left by lost markup, or sentence punctuation and
// a capital) is kept; the headline and whatever is glued to it before that
// point are dropped, since where a headline ends cannot be told otherwise.
func (c *cleaner) dropReadAlso(l string) []string {
	if !c.hasReadAlsoPhrase(l) {
		return []string{l}
	}
	locs := c.readAlsoRE.FindAllStringIndex(l, -1)
	if locs == nil {
		return []string{l}
	}
	var parts []string
	if head := strings.TrimSpace(l[:locs[0][0]]); head != "" {
		parts = append(parts, head)
	}
	for i, loc := range locs {
		end := len(l)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		if s := c.sentenceAfterHeadline(l[loc[1]:end]); s != "" {
			parts = append(parts, s)
		}
	}
	return parts
}

// hasReadAlsoPhrase says cheaply whether l may hold a link to another
// story: a phrase's first word in lower case, capitalized or in capitals
// first, before any line is lower-cased.
func (c *cleaner) hasReadAlsoPhrase(l string) bool {
	if !slices.ContainsFunc(c.readAlsoFirsts, func(w string) bool { return strings.Contains(l, w) }) {
		return false
	}
	lower := strings.ToLower(l)
	for p := range c.readAlso {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// sentenceAfterHeadline returns the sentence glued after a link's headline,
// or "" when none can be told apart from it.
func (c *cleaner) sentenceAfterHeadline(s string) string {
	cut := -1
	if loc := gluedJoinRE.FindStringIndex(s); loc != nil {
		_, n := utf8.DecodeRuneInString(s[loc[0]:])
		_, m := utf8.DecodeRuneInString(s[loc[0]+n:])
		cut = loc[0] + n + m
	}
	joined := cut >= 0
	if loc := gluedPunctRE.FindStringIndex(s); loc != nil && (cut < 0 || loc[0] < cut) {
		cut = loc[0] + 1
		joined = false
	}
	if !joined {
		// A headline in sentence case is told by a word in lower case
		// before the run of names that opens the sentence; else it is in
		// title case. Its end so found comes before the first stop after
		// it when the headline has none ("Baca juga: Pakistan Usulkan
		// Trump Terima Nobel Perdamaian India melancarkan ... . Pakistan
		// membalas ...").
		// What the last stop leaves after it ("... pada Juni 2019. (sal)
		// Follow Berita ...") is the page's trailer, not the sentence.
		prose := throughLastStop(s)
		caseCut := c.sentenceCaseEnd(prose)
		if caseCut < 0 {
			caseCut = c.titleCaseEnd(prose)
		}
		q := quoteOpening(s)
		opener, dated := c.openerCut(s)
		if dated && (cut < 0 || opener < cut) {
			// "... di Istana Bogor Pada Selasa (19/8), Wang ...": the
			// day opens the sentence, whatever names the headline holds.
			caseCut = -1
		}
		for _, at := range []int{caseCut, opener, q} {
			if at >= 0 && (cut < 0 || at < cut) {
				cut = at
			}
		}
		if q > cut && cut >= 0 && !slices.ContainsFunc(strings.Fields(s[cut:q]), func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsLower(r) }) {
			// "... dari Myanmar“Tiongkok bersedia ...”": capitalized words
			// right before the quote are the headline's last.
			cut = q
		}
	}
	if cut < 0 {
		return ""
	}
	rest := s[cut:]
	if !strings.HasPrefix(rest, "“") && !(strings.HasPrefix(rest, `"`) && strings.Count(rest, `"`)%2 == 0) {
		rest = strings.TrimLeft(rest, `"”’'`) // the headline's closing mark
	}
	if t := throughLastStop(rest); t != "" && !endsSentence(rest) {
		rest = t // "... pada Juni 2019. (sal) Follow Berita ...": the trailer
	}
	return strings.TrimSpace(leadingNoisRE.ReplaceAllString(rest, ""))
}

// throughLastStop is s up to its last mark that ends a sentence (with the
// quote marks or brackets closing after it) before a space or the end;
// "" when there is none (a dot inside an address ends nothing).
func throughLastStop(s string) string {
	for i := strings.LastIndexAny(s, ".!?…"); i >= 0; i = strings.LastIndexAny(s[:i], ".!?…") {
		_, n := utf8.DecodeRuneInString(s[i:])
		end := i + n
		for end < len(s) && strings.ContainsRune(`"”’')]`, rune(s[end])) {
			end++
		}
		if end == len(s) || s[end] == ' ' {
			return s[:end]
		}
	}
	return ""
}

// quoteOpening is where someone's words open after a linked headline
// ("Baca juga: Jepang Tambah Anggaran Pertahanan “Kemerdekaan Taiwan ...,”
// ujar Chen."): an opening mark after a space whose closing mark follows
// a stop or a comma, as words quoted do (a headline quoted, "Baca artikel
// X, "Putin Tiba di Pyongyang" selengkapnya", has none); -1 when there is
// none.
func quoteOpening(s string) int {
	for i := 1; i < len(s); i++ {
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); prev != ' ' && !(unicode.IsLetter(prev) && quoteThenCapital(s[i:])) {
			// (glued to the headline's last word: "... dari Myanmar“Kami ...")
			continue
		}
		closer := ""
		switch {
		case strings.HasPrefix(s[i:], "“"):
			closer = "”"
		case s[i] == '"':
			closer = `"`
		default:
			continue
		}
		if j := strings.Index(s[i+1:], closer); j > 0 && strings.ContainsAny(s[i+j:i+j+1], ",.!?") {
			return i
		}
	}
	return -1
}

// quoteThenCapital says whether s opens with an opening quote mark and a
// capital letter.
func quoteThenCapital(s string) bool {
	for _, mark := range []string{"“", `"`} {
		if rest, ok := strings.CutPrefix(s, mark); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// bracketedDayRE is a day and month in brackets closed by a comma:
// "(19/8),".
var bracketedDayRE = regexp.MustCompile(`^\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\),$`)

// maxOpenerWords bounds the phrase a clause opener heads before its comma.
const maxOpenerWords = 4

// openerCut is where a sentence glued after a linked headline opens with a
// capitalized clause opener and its phrase, closed by a comma ("... Korban
// TPPO Di Jakarta, anggota Komisi I DPR Sukamta mendesak ..."): the opener
// comes after two words of headline at least and a word in lower case
// follows the comma, or a day in brackets closes the phrase ("Pada Selasa
// (19/8), Wang ...": dated). -1 when there is none.
func (c *cleaner) openerCut(s string) (at int, dated bool) {
	words, starts := fieldsAt(s)
	for k, w := range words {
		if k >= 2 && c.clauseOpeners[strings.ToLower(w)] && unicode.IsUpper([]rune(w)[0]) {
			for j := k + 1; j < len(words) && j <= k+maxOpenerWords; j++ {
				if strings.HasSuffix(words[j], ",") {
					// "Pada Selasa (19/8), Wang ...": a day in brackets,
					// which no headline prints, opens a sentence whatever
					// the case after it.
					dated := bracketedDayRE.MatchString(words[j])
					if next := j + 1; next < len(words) && (unicode.IsLower([]rune(words[next])[0]) || dated) {
						return starts[k], dated
					}
					break
				}
			}
		}
	}
	return -1, false
}

// fieldsAt splits s into its words, as strings.Fields does, and returns
// where each starts.
func fieldsAt(s string) (words []string, at []int) {
	words = strings.Fields(s)
	at = make([]int, len(words))
	for k, i := 0, 0; k < len(words); k++ {
		i += strings.Index(s[i:], words[k])
		at[k] = i
		i += len(words[k])
	}
	return words, at
}

// sentenceCaseEnd finds where the sentence glued after a headline in
// sentence case starts, once the headline holds a word in lower case other
// than a function word: at a capitalized word a demonstrative follows
// ("... pengumuman tarif AS Pertemuan itu berlangsung ..."), or in the run
// of three or more capitalized words before the first verb with an active
// prefix: at its first office or body word, else at its last two words
// ("... pertemuan G20 di Johannesburg Dong Jun mengatakan ..."; a subject
// is named so more often than by one word or by three). -1 when there is
// neither.
func (c *cleaner) sentenceCaseEnd(s string) int {
	if !endsSentence(s) {
		return -1
	}
	words, at := fieldsAt(s)
	upper := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	lower := false
	for k := 3; k < len(words); k++ {
		if !upper(words[k-1]) {
			// A function word stands in lower case in a headline in
			// title case too ("... di Depan DPR"), and so does a number
			// ("Hasilkan 20 Kesepakatan").
			r, _ := utf8.DecodeRuneInString(words[k-1])
			lower = lower || unicode.IsLetter(r) && !c.lowerInHeadline(words[k-1])
			continue
		}
		w := words[k]
		if lower && (w == "itu" || w == "tersebut") {
			return at[k-1] // "... tarif AS Pertemuan itu berlangsung ..."
		}
		if upper(w) || !(strings.HasPrefix(w, "me") || strings.HasPrefix(w, "ber")) || len(w) <= 5 {
			continue
		}
		if lower && upper(words[k-2]) && upper(words[k-3]) {
			// The run of names before the verb opens at its first office
			// or body word, when it holds one ("... Kesepakatan Menteri
			// Luar Negeri Qatar, Sheikh Mohammed bin Abdulrahman Al Thani,
			// menyebut"); else its last two words are the subject.
			j := k - 1
			for j > 0 && (upper(words[j-1]) || j > 1 && upper(words[j-2]) && c.headlineLower[strings.ToLower(words[j-1])]) {
				j--
			}
			for ; j < k-2; j++ {
				if c.subjectOpeners[strings.ToLower(strings.TrimRight(words[j], ",:"))] {
					return at[j]
				}
			}
			return at[k-2]
		}
		return -1
	}
	return -1
}

// titleCaseEnd finds where a sentence starts after a linked headline with
// only a space between ("Timnas U-23 Lolos ke Final Para pemimpin juga
// membahas ..."), when the rest ends as a sentence does; -1 when that
// cannot be told.
func (c *cleaner) titleCaseEnd(s string) int {
	type word struct {
		at    int
		w     string
		upper bool
	}
	var words []word
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			r, _ := utf8.DecodeRuneInString(s[i:j])
			words = append(words, word{i, s[i:j], !unicode.IsLower(r)})
		}
		i = j
	}
	if !endsSentence(s) {
		return -1
	}
	// "... Menlu Australia Menteri Komunikasi Venezuela Freddy Nanez
	// menuduh ...", "Harga minyak naik tipis jelang perundingan Presiden AS
	// Donald Trump sebelumnya mengancam ...": the sentence's subject opens
	// at the last office or body word of the first run of capitalized
	// words that a predicate (or a phrase of time: "pada Senin") follows,
	// unless a preposition and its object stand between ("... Menhan
	// Australia Richard Marles di Jakarta Bentrokan pada ...").
	// Without one, a headline in title case ends at the capitalized word
	// before its first word in lower case; in sentence case its end cannot
	// be told.
	opener, first := -1, true
	for k := 1; k < len(words); k++ {
		w := words[k]
		if w.upper && k >= 2 && c.pronounOpeners[strings.ToLower(w.w)] {
			return w.at // "Baca juga: Daftar Menteri Kabinet Merah Putih Ia menambahkan ..."
		}
		if w.upper {
			if c.subjectOpeners[strings.ToLower(strings.TrimRight(w.w, ",:"))] && opener != k-1 {
				opener = k // (the first of "Perdana Menteri", "Wakil Presiden")
			}
			continue
		}
		// A word a headline writes in lower case is no predicate, but one
		// opening a phrase of time ("pada Senin", "pada September 2022"),
		// which headlines do not print, ends the subject as one does.
		if c.lowerInHeadline(w.w) && !(k+1 < len(words) && c.namesTime(words[k+1].w)) {
			continue
		}
		if k >= 3 && opener < k-3 && words[k-1].upper && words[k-2].upper && c.takesObject(words[k-3].w) {
			// "... Menhan Australia Richard Marles di Jakarta Bentrokan
			// pada ...": the capitalized word after the headline's last
			// preposition is its object and the next one the subject,
			// whatever office the headline named before.
			return words[k-1].at
		}
		if opener > 0 && opener < k-1 {
			return words[opener].at
		}
		if first && k >= 3 && words[k-1].upper {
			if k >= 5 && c.coordinators[words[k-2].w] && words[k-3].upper {
				return words[k-3].at // "... Kamis Ini Trump dan Kim terakhir bertemu ..."
			}
			return words[k-1].at
		}
		first, opener = false, -1
	}
	return -1
}

// namesTime says whether w is the name of a day or a month ("Senin",
// "September,").
func (c *cleaner) namesTime(w string) bool {
	return c.timeNames[strings.ToLower(strings.Trim(w, ",.()"))]
}

// takesObject says whether w is a preposition, whose object a headline
// ends with ("... di Jakarta"): a joining word that joins no two names.
func (c *cleaner) takesObject(w string) bool {
	return c.joining[w] && !c.coordinators[w]
}

// detectLanguage tells Indonesian from English (and from neither) by the
// share of each language's function words in the body.
func (c *cleaner) detectLanguage(paragraphs []string) string {
	var id, en, words int
	for _, p := range paragraphs {
		for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) }) {
			words++
			if c.indonesian[w] {
				id++
			}
			if c.english[w] {
				en++
			}
		}
	}
	switch {
	case en > 2*id && en*20 >= words:
		return LangEnglish
	case id*20 >= words || words < 20 && id > 0:
		return LangIndonesian
	}
	return LangUndetermined
}

// first is the first of s, or "".
func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
