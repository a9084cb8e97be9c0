package nlp

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanPage separates a news page's story from its noise: the header above
// the story gives title, outlet, author and publication date; the body runs
// from the dateline (or the first real paragraph) to the first footer
// marker, keeping only prose paragraphs. Everything is decided from the
// shape of lines, never from what a particular site prints.
func cleanPage(text string) page {
	lines := splitLines(text)
	var p page
	start := bodyStart(lines)
	if start < 0 {
		p.readHeader(lines)
		return p
	}
	p.readHeader(lines[:start])
	p.readBody(lines[start:])
	return p
}

// splitLines normalizes line ends and blanks and returns the trimmed lines.
// A paragraph wrapped over several lines is joined back (continuesLine).
func splitLines(text string) []string {
	text = blankReplacer.Replace(text)
	raw := strings.Split(text, "\n")
	lines := raw[:0]
	var para []string // the lines of a wrapped paragraph
	for _, l := range raw {
		l = strings.Join(strings.Fields(l), " ")
		if len(para) > 0 && continuesLine(para[len(para)-1], l) {
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

// continuesLine reports whether next is the rest of a paragraph wrapped
// after prev: prev does not end a sentence, and next starts in lower case
// or prev ends with a word that cannot end one ("di", "dan", "untuk").
func continuesLine(prev, next string) bool {
	if len(prev) < 40 || next == "" || endsSentence(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	return unicode.IsLetter(r) && joiningWords[last]
}

// joiningWords are function words that a sentence never ends with.
var joiningWords = langWordSet("di ke dari dengan untuk dan atau yang pada oleh bahwa sebagai karena antara para sang terhadap tentang dalam bagi")

// blankReplacer maps line ends to \n and the invisible or unusual spaces
// that HTML-to-text leaves behind to plain spaces.
var blankReplacer = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ", "\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u2028", "\n", "\u2029", "\n")

// bodyStart returns the index of the story's first line, or -1 when the
// page has none. A dateline opens the story by newspaper convention, so
// everything above it is header; without one, the first full prose
// paragraph does.
func bodyStart(lines []string) int {
	firstProse, proseSeen := -1, 0
	for i, l := range lines {
		l = trimTrailers(l)
		if l == "" || isCaption(l) || isBylineLine(l) || isBoilerplate(l) {
			continue
		}
		if proseSeen > 0 && isFooterMarker(l) {
			break
		}
		if d, rest := splitDateline(l); d != "" && (isProse(rest, false) || rest == "" && nextIsProse(lines[i+1:])) {
			// A dateline a few paragraphs into prose is a quoted page
			// fragment, not the story's start.
			if firstProse < 0 || proseSeen <= 3 {
				return i
			}
			break
		}
		if isProse(strings.TrimPrefix(l, "- "), true) {
			if firstProse < 0 {
				firstProse = i
			}
			proseSeen++
		}
	}
	return firstProse
}

// nextIsProse reports whether the first non-empty line is prose (the story
// after a dateline printed on a line of its own).
func nextIsProse(lines []string) bool {
	for _, l := range lines {
		if l != "" {
			return isProse(l, false)
		}
	}
	return false
}

// readHeader takes title, outlet, author and publication date from the
// lines above the story. These lines (and a date line right under the lead
// paragraph, see readBody) are the only ones that may give the publication
// date: dates in the story or in lists of other headlines are not it.
func (p *page) readHeader(lines []string) {
	var dates []printedDate
	for i, l := range lines {
		if l == "" {
			continue
		}
		if p.Outlet == "" && i < 5 && domainLineRE.MatchString(l) {
			p.Outlet = strings.TrimSuffix(schemeRE.ReplaceAllString(strings.ToLower(l), ""), "/")
			continue
		}
		if d, ok := parseDateLine(l); ok {
			dates = append(dates, d)
			p.takeByline(l)
			continue
		}
		if isBylineLine(l) {
			p.takeByline(l)
			continue
		}
		if p.Title == "" && isHeadline(l) {
			p.Title = trimSiteSuffix(l)
		}
	}
	p.Published = publicationDate(dates)
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
// to the first footer marker.
func (p *page) readBody(lines []string) {
	for i, l := range lines {
		if l == "" {
			continue
		}
		if i == 0 {
			d, rest := splitDateline(l)
			p.Dateline = d
			if p.Outlet == "" {
				p.Outlet = datelineOutlet(l)
			}
			l = strings.TrimPrefix(rest, "- ")
		}
		if len(p.Paragraphs) > 0 && isFooterMarker(l) {
			p.readFooter(lines[i:])
			return
		}
		if isBylineLine(l) {
			p.takeByline(l)
			continue
		}
		// Some pages print the date under the lead paragraph.
		if d, ok := parseDateLine(l); ok && len(p.Paragraphs) == 1 && p.Published == "" && !d.Updated {
			p.Published = d.Value
			continue
		}
		for _, part := range dropReadAlso(trimTrailers(l)) {
			part = trimEditorInitials(part)
			if p.isStoryParagraph(part) {
				p.Paragraphs = append(p.Paragraphs, part)
			}
		}
	}
}

// readFooter takes the author from a byline printed below the story's
// footer ("Editor: X" after a list of other headlines).
func (p *page) readFooter(lines []string) {
	for _, l := range lines {
		if p.Author == "" && isBylineLine(l) {
			p.takeByline(l)
		}
	}
}

// isStoryParagraph reports whether a body line is part of the story rather
// than a caption, ticker, headline link or the site's own boilerplate.
func (p *page) isStoryParagraph(l string) bool {
	if !isProse(l, false) || isCaption(l) || isBoilerplate(l) {
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

// takeByline keeps the writer, else the editor, printed on a byline line.
func (p *page) takeByline(l string) {
	if p.Author != "" {
		return
	}
	if writer, editor, ok := splitByline(l); ok {
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
	// PYONGYANG --", "Jakarta, IDN Times -", "Liputan6.com, Jakarta -",
	// or a place or outlet alone: "TOKYO -", "Jakarta -", "VIVA Dunia -".
	datelineRE = regexp.MustCompile(`^(?:` +
		`(?P<city>\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2}),? \((?P<agency>[\p{L}][\p{L}\d ./]{0,30})\) ?[-–—]+` +
		`|(?P<domain>[\p{L}\d-]+(?:\.[\p{L}]{2,})+)(?:, ?\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})? ?[-–—]+(?: ?\p{Lu}{3,}(?: \p{Lu}{3,}){0,2}\.)?` +
		`|\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2}, (?P<outlet>\p{L}[\p{L}\d.]*(?: \p{Lu}[\p{L}\d.]*){0,2}) ?[-–—]+` +
		`|\p{Lu}[\p{L}\d.]*(?: \p{Lu}[\p{L}\d.]*){0,2} [-–—]+` +
		`)(?: |$)`)

	// signatureRE is a writer's name printed without a colon: at a line's
	// end after a label ("Verified Writer Fatimah", "Oleh Redaksi X"), or
	// before the site's domain ("Laila Fitriani - kabarkini.com").
	signatureRE = regexp.MustCompile(`(?:\b(?:Writer|Penulis|Reporter|Editor)|^(?:Oleh|By))\s+(\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,3})$|^(\p{Lu}[\p{L}.']+(?: \p{Lu}[\p{L}.']+){0,3}) [-–] (?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+$`)
)

// boilerplatePhrases mark the site's own text about itself, its apps and
// its social media, which can read like prose. They are indexed by their
// first word so that a paragraph is scanned once.
var boilerplatePhrases = phrasesByFirstWord(
	"tanggung jawab penulis", "tanggung jawab dari penulis", "hak cipta", "copyright", "all rights reserved",
	"dapatkan update", "dapatkan berita", "dapatkan informasi", "ikuti kami", "ikuti berita", "ikuti saluran", "ikuti update",
	"simak berita", "simak update", "simak video", "google news", "saluran whatsapp", "klik di sini", "klik disini", "klik link",
	"download aplikasi", "unduh aplikasi", "follow us", "sign up", "newsletter", "berlangganan",
	"cookie", "cookies", "kebijakan privasi", "privacy policy", "telah tayang di", "breaking news", "grup telegram",
)

func phrasesByFirstWord(phrases ...string) map[string][]string {
	m := map[string][]string{}
	for _, p := range phrases {
		first, _, _ := strings.Cut(p, " ")
		m[first] = append(m[first], p)
	}
	return m
}

// isBoilerplate reports whether a line is the site's text about itself.
func isBoilerplate(l string) bool {
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
			for _, p := range boilerplatePhrases[string(word)] {
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
	return m[datelineRE.SubexpIndex("outlet")]
}

// Roles of the labels that open a byline part ("Editor: X").
const (
	roleWriter = "writer"
	roleEditor = "editor"
	roleSource = "source"
)

// bylineLabels maps byline labels, lower case, to the role they name.
var bylineLabels = map[string]string{
	"laporan": roleWriter, "reporter": roleWriter, "penulis": roleWriter, "pewarta": roleWriter, "oleh": roleWriter,
	"writer": roleWriter, "author": roleWriter, "kontributor": roleWriter,
	"editor": roleEditor, "redaktur": roleEditor, "penyunting": roleEditor,
	"sumber": roleSource, "source": roleSource,
}

// bylinePart is one "Label: Name" part of a line, at l[from:to].
type bylinePart struct {
	role, name string
	from, to   int
}

// bylineParts finds the "Label: Name" parts of a line; a name runs to the
// next "|", ")" or ":" or to the end.
func bylineParts(l string) []bylinePart {
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
		if role, ok := bylineLabels[strings.ToLower(l[labelStart:labelEnd])]; ok {
			parts = append(parts, bylinePart{role: role, name: strings.TrimSpace(l[colon+1 : end]), from: labelStart, to: end})
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
func splitByline(l string) (writer, editor string, ok bool) {
	for _, part := range bylineParts(l) {
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
func isBylineLine(l string) bool {
	if len(l) > 160 || len(strings.Fields(l)) > 12 {
		return false
	}
	_, _, ok := splitByline(l)
	return ok
}

// nameCase turns "RENI ERINA" into "Reni Erina" and leaves mixed case alone.
func nameCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// footerMarkers are the headings under which pages list other stories,
// tags or links; the story is over when one follows it.
var footerMarkers = map[string]bool{
	"populer": true, "terpopuler": true, "berita populer": true, "paling populer": true,
	"terbaru": true, "berita terbaru": true, "update": true, "update terbaru": true,
	"terkini": true, "terkini lainnya": true, "berita terkini": true, "berita terkini lainnya": true,
	"berita lainnya": true, "berita terkait": true, "artikel terkait": true, "baca berita lainnya": true,
	"rekomendasi": true, "rekomendasi untuk anda": true, "pilihan editor": true, "pilihan redaksi": true,
	"lihat juga": true, "video terkait": true, "video pilihan": true, "topik": true, "topik terkait": true,
	"tag": true, "tags": true, "tautan sahabat": true, "komentar": true, "bagikan": true, "share": true,
	"selengkapnya": true, "most popular": true, "related": true, "related news": true, "read more": true,
	"more stories": true, "latest news": true, "trending": true, "berita pilihan": true, "headline": true,
}

// isFooterMarker reports whether a line is one of the footer headings, or
// a line of tags.
func isFooterMarker(l string) bool {
	if strings.IndexByte(l, ':') > 0 && footerPrefixRE.MatchString(l) {
		return true
	}
	l = strings.ToLower(strings.TrimRight(l, " :»›>"))
	return len(l) < 30 && footerMarkers[l]
}

var footerPrefixRE = regexp.MustCompile(`(?i)^(?:tags?|topik|kata kunci|keywords?)\s*:`)

var (
	captionStartRE = regexp.MustCompile(`(?i)^(?:\(?foto\s*:|\(?photo\s*:|ilustrasi\b|gambar\s*:|sumber (?:foto|gambar)\b|keterangan (?:foto|gambar)\b|caption\s*:|dok\.|dokumentasi\s*:|video\s*:|antara foto\b|file (?:photo|[-–—]))`)
	// photoLabelRE is a photo label anywhere in a line: "Foto: X",
	// "(Foto: ...)", "ANTARA FOTO".
	photoLabelRE = regexp.MustCompile(`(?i)\b(?:antara foto|foto ?:|photo ?:)`)
	// creditParenRE is the bracket closing a caption: "(Istimewa)",
	// "(Dok. Kemlu)", "(ist)".
	creditParenRE = regexp.MustCompile(`(?i)^\((?:foto|photo|dok|doc|ist|istimewa|ilustrasi)\b[^)]*\)\s*\.?$`)
	// creditRE is the source after the slash of a credit closing a line:
	// "Moskow/Net", "Kepresidenan Rusia/TASS", "(REUTERS/Kim Hong-Ji)".
	creditRE = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}\)?\.?$`)
)

// isCaption reports whether a line is a photo caption or credit. The
// cheap tests on bytes come first: this runs on every line of every page.
func isCaption(l string) bool {
	if captionStartRE.MatchString(l) {
		return true
	}
	// A credit closes a caption of a sentence or two; a longer paragraph
	// ending in one is story text with the credit glued on (trimCredit).
	if len(l) > maxCaptionBytes {
		return false
	}
	if slash := strings.LastIndexByte(l, '/'); slash > 0 {
		r, _ := utf8.DecodeLastRuneInString(l[:slash])
		// A caption may end in a date before its credit ("... 26 April 2019/AFP").
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && creditRE.MatchString(l[slash+1:]) {
			return true
		}
	}
	if open := strings.LastIndexByte(l, '('); open >= 0 && creditParenRE.MatchString(l[open:]) {
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
func trimCredit(para string) string {
	end := strings.LastIndexAny(para, ".!?")
	if end < 0 || end+1 >= len(para) || para[end+1] == ' ' {
		return para
	}
	if tail := para[end+1:]; strings.IndexByte(tail, '/') > 0 && isCaption(tail) && isProse(para[:end+1], true) {
		return para[:end+1]
	}
	return para
}

// isTicker reports whether a line is mostly numbers (stock tickers, scores,
// prices) or a row of menu cells.
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
	return numeric >= 2 && numeric*10 >= len(words)*3 || strings.Count(l, "|") >= 2 && len(words) < 10
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

// endsSentence reports whether a line ends as a sentence does, also when
// the sentence is quoted or introduces a quote with a colon.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, ` "”’')]`)
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?:…", r)
}

// isHeadline reports whether a header line can be the story's title.
func isHeadline(l string) bool {
	words := strings.Fields(l)
	return len(words) >= 4 && len(l) >= 20 && len(l) <= 250 && !strings.HasSuffix(l, ".") &&
		!isCaption(l) && !isTicker(l) && !isMenu(l) && !isBoilerplate(l) && !domainLineRE.MatchString(l)
}

// menuSeparatorRE splits menu and breadcrumb cells.
var menuSeparatorRE = regexp.MustCompile(`\s[|>/»›·•]\s`)

// isMenu reports whether a line is a menu or breadcrumb ("Beranda > Dunia >
// Asia", "News | Finance | Sport"), or a row of capitalized section names
// with no function word between them ("HOME NEWS DUNIA SPORT").
func isMenu(l string) bool {
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
		if indonesianWords[w] || englishWords[w] {
			return false
		}
	}
	return true
}

var (
	siteSuffixRE = regexp.MustCompile(`\s+(?:[-|–—]\s+[\p{L}\d.]+(?:\s[\p{L}\d.]+){0,2}|\((?:[\w-]+\.)+[a-z]{2,}\))$`)
	// editorInitialsRE are the initials of reporter and editor that close a
	// story's last paragraph: "(ant/afp)", "(lna/rdp)".
	editorInitialsRE  = regexp.MustCompile(`^\((?:[a-z]{2,5}/)*[a-z]{2,5}\)$`)
	capitalInitialsRE = regexp.MustCompile(`^\((?:[A-Z]{2,5}/)*[A-Z]{2,5}\)$`)
	// readAlsoRE opens a link to another story inside the body.
	readAlsoRE    = regexp.MustCompile(`(?i)\b(?:(?:baca|simak|lihat) (?:juga|pula)\b\s*:?|baca artikel\b|(?:artikel|berita) terkait\s*:|pilihan editor\s*:)\s*`)
	gluedJoinRE   = regexp.MustCompile(`\p{Ll}{2}\p{Lu}`)
	gluedPunctRE  = regexp.MustCompile(`[.!?]["”’']?\s+["“]?\p{Lu}`)
	leadingNoisRE = regexp.MustCompile(`^[\s:»›>-]+`)
)

// trimTrailers drops what pages print after a story paragraph's last
// sentence: the editor's initials and a glued credit.
func trimTrailers(l string) string {
	return trimCredit(trimEditorInitials(l))
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
func dropReadAlso(l string) []string {
	if !hasReadAlsoPhrase(l) {
		return []string{l}
	}
	locs := readAlsoRE.FindAllStringIndex(l, -1)
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
		if s := sentenceAfterHeadline(l[loc[1]:end]); s != "" {
			parts = append(parts, s)
		}
	}
	return parts
}

// readAlsoPhrases are what readAlsoRE needs to match, for a cheap test
// before it runs.
var readAlsoPhrases = []string{"baca juga", "baca pula", "simak juga", "simak pula", "lihat juga", "lihat pula",
	"baca artikel", "artikel terkait", "berita terkait", "pilihan editor"}

func hasReadAlsoPhrase(l string) bool {
	lower := strings.ToLower(l)
	for _, p := range readAlsoPhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// sentenceAfterHeadline returns the sentence glued after a link's headline,
// or "" when none can be told apart from it.
func sentenceAfterHeadline(s string) string {
	cut := -1
	if loc := gluedJoinRE.FindStringIndex(s); loc != nil {
		_, n := utf8.DecodeRuneInString(s[loc[0]:])
		_, m := utf8.DecodeRuneInString(s[loc[0]+n:])
		cut = loc[0] + n + m
	}
	if loc := gluedPunctRE.FindStringIndex(s); loc != nil && (cut < 0 || loc[0] < cut) {
		cut = loc[0] + 1
	}
	if cut < 0 {
		return ""
	}
	return strings.TrimSpace(leadingNoisRE.ReplaceAllString(strings.TrimLeft(s[cut:], `"”’'`), ""))
}
