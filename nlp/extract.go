package nlp

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// Extractor turns news pages into Articles. Build it once with
// NewExtractor: it loads the rules' data, the dictionary and the NER model
// a single time, and is then safe for concurrent use by many goroutines.
//
// A page goes through a chain of stages, each reading the output of those
// before it: clean (raw text to a page: title, metadata, the story's
// paragraphs), segment (units of tokens and their sentences), actors (the
// cast: actors and their mentions), sentence dates, statements, events.
type Extractor struct {
	rules *rules
}

// NewExtractor loads everything extraction needs.
func NewExtractor() (*Extractor, error) {
	r, err := loadRules(ruleFiles, newTokenizer())
	if err != nil {
		return nil, fmt.Errorf("loading the extraction rules: %w", err)
	}
	return &Extractor{rules: r}, nil
}

// maxAnalyzedSentences bounds the work on one page: a news story has a few
// dozen sentences, and anything far longer is not one story (a book, a
// dump, a feed), so only its start is analyzed.
const maxAnalyzedSentences = 1000

// uncertainBodyFactor lowers the confidence of what is found in a story
// whose extent the clean stage had to guess (page.Uncertain).
const uncertainBodyFactor = 0.8

// Extract reads one page. It fails with ErrEmptyInput, ErrBinaryInput,
// ErrTooLarge or ErrNoBody (test with errors.Is) for input it cannot use,
// and with ErrInternal should it meet a bug of its own; whatever it repairs
// or leaves out on the way (invalid UTF-8, UTF-16, a page not in Indonesian,
// a body too long to analyze whole) is said in Article.Warnings.
//
// A page in another language is still extracted: dictionary actors are
// named the same in English, while statements and events are looked for
// with Indonesian patterns only, which the warning says.
func (x *Extractor) Extract(doc diplograph.Document) (art diplograph.Article, err error) {
	// One page must not bring down a run over thousands: a bug met on a
	// page becomes that page's error (and FuzzExtract fails on it).
	defer func() {
		if r := recover(); r != nil {
			art, err = diplograph.Article{}, fmt.Errorf("%w: %v", ErrInternal, r)
		}
	}()
	text, warnings, err := readText(doc.Text)
	if err != nil {
		return diplograph.Article{}, err
	}
	var markup htmlMeta
	if looksLikeHTML(text) {
		text, markup = readHTML(text)
	}
	p := x.rules.clean.cleanPage(text)
	if len(p.Paragraphs) == 0 {
		return diplograph.Article{}, ErrNoBody
	}
	p.Warnings = append(warnings, p.Warnings...)
	if p.Uncertain != "" {
		p.Warnings = append(p.Warnings, p.Uncertain)
	}
	x.applyMarkup(&p, markup)
	given := x.applyMetadata(&p, doc)
	if p.Language != LangIndonesian {
		p.Warnings = append(p.Warnings, fmt.Sprintf("page language is %q, not Indonesian: statements and events are found in Indonesian text only", p.Language))
	}

	seg := x.rules.segment.segment(p.Title, p.Paragraphs, maxAnalyzedSentences)
	if seg.bodySentences > maxAnalyzedSentences {
		p.Warnings = append(p.Warnings, fmt.Sprintf("body of %d sentences: only the first %d were analyzed", seg.bodySentences, maxAnalyzedSentences))
	}
	id := articleID(p.Paragraphs)
	out := x.analyze(p, &seg, id, given)
	if p.Uncertain != "" {
		// Where the story ends and the page's noise begins is a guess: what
		// was found in it is less sure.
		for i := range out.events {
			out.events[i].Confidence = math.Round(out.events[i].Confidence*uncertainBodyFactor*100) / 100
		}
	}
	return diplograph.Article{
		Source:          doc.Source,
		ID:              id,
		URL:             cmp.Or(doc.URL, markup.url),
		Title:           p.Title,
		Outlet:          diplograph.NullString(p.Outlet),
		Author:          diplograph.NullString(p.Author),
		Dateline:        diplograph.NullString(p.Dateline),
		Language:        p.Language,
		Published:       diplograph.NullString(p.Published),
		StoryDate:       diplograph.NullString(out.story.date),
		StoryDateSource: diplograph.NullString(out.story.source),
		Body:            strings.Join(p.Paragraphs, "\n\n"),
		Actors:          nonNil(out.actors),
		Statements:      nonNil(out.statements),
		Events:          nonNil(out.events),
		Warnings:        p.Warnings,
	}, nil
}

// analysis is what the stages after segmenting find on a page.
type analysis struct {
	actors     []diplograph.Actor
	statements []diplograph.Statement
	events     []diplograph.Event
	// story is the story's date (storyDates.story).
	story when
}

// analyze runs the stages after segmenting on one page (whose article id
// is article): actors, sentence dates, statements, events. Only the title
// and the body are read: nothing else on the page can create an actor.
// given says the publication date came with the page.
func (x *Extractor) analyze(p page, seg *segmented, article string, given bool) analysis {
	published := ""
	if len(p.Published) >= 10 {
		published = p.Published[:10]
	} else if p.DatelineDay != "" {
		// The day the dateline prints is the story's, though not printed
		// as the page's publication date.
		published = p.DatelineDay
	}
	r := x.rules
	c := r.actors.find(seg, published, p.Dateline)
	dates := r.dates.dateSentences(seg, published, given, r.dates.tenuresOf(c, r.actors.dict, r.lex.titleAbbreviations))
	stmts := r.statements.find(seg, c, dates)
	events := r.events.code(seg, c, attributed(stmts), dates, article)
	statements := make([]diplograph.Statement, len(stmts))
	for i, s := range stmts {
		statements[i] = s.Statement
	}
	return analysis{actors: c.list(r.actors.dict), statements: statements, events: events, story: dates.story}
}

// attributed keeps the statements whose speaker is known: the events
// stage reads a speaker as the source of what the words tell.
func attributed(stmts []stmt) []stmt {
	out := make([]stmt, 0, len(stmts))
	for _, s := range stmts {
		if s.speaker >= 0 {
			out = append(out, s)
		}
	}
	return out
}

// applyMarkup lets what an HTML page's markup says of it override what its
// text was read to say: the markup names the headline, the site and the
// publication time exactly, where the text only prints them among its
// menus.
func (x *Extractor) applyMarkup(p *page, m htmlMeta) {
	if m.outlet != "" {
		p.Outlet = m.outlet
	}
	if m.title != "" {
		p.Title = withoutSiteName(m.title, p.Outlet)
	}
	if v, ok := x.normalizePublished(m.published); ok {
		p.Published = v
	}
}

// withoutSiteName drops the site's name that a page's <title> ends with
// ("Prabowo Bertemu Xi - Kompas.com", "... | detikNews"): the last part
// after a separator that names the outlet.
func withoutSiteName(title, outlet string) string {
	for _, sep := range []string{" - ", " | ", " – ", " — "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 || outlet == "" {
			continue
		}
		site := strings.ToLower(title[i+len(sep):])
		if o := strings.ToLower(outlet); strings.Contains(site, o) || strings.Contains(o, site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// applyMetadata lets what the source knows override what the page prints,
// and says whether it gave the publication date.
func (x *Extractor) applyMetadata(p *page, doc diplograph.Document) bool {
	if t := strings.TrimSpace(doc.Title); t != "" {
		p.Title = t
	}
	if o := strings.TrimSpace(doc.Outlet); o != "" {
		p.Outlet = o
	}
	if doc.Published == "" {
		return false
	}
	if v, ok := x.normalizePublished(doc.Published); ok {
		p.Published = v
		return true
	}
	p.Warnings = append(p.Warnings, fmt.Sprintf("published %q given with the page is not a date; the page's own date is kept", doc.Published))
	return false
}

// normalizePublished reads a date given with a page into Article.Published
// form.
func (x *Extractor) normalizePublished(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(time.RFC3339), true
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format(time.DateOnly), true
	}
	if len(s) > len(time.DateOnly) && (s[len(time.DateOnly)] == ' ' || s[len(time.DateOnly)] == 'T') {
		// "2024-03-29 13:32:00", a time without its zone: the day is sure,
		// the instant is not.
		if t, err := time.Parse(time.DateOnly, s[:len(time.DateOnly)]); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	if d, ok := x.rules.clean.parseDateLine(s); ok {
		return d.Value, true
	}
	return "", false
}

// articleID hashes the body with case and spacing folded, so the same
// story fetched again, or with different page furniture, keeps its id.
func articleID(paragraphs []string) string {
	h := sha256.New()
	for i, para := range paragraphs {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(strings.Join(strings.Fields(strings.ToLower(para)), " ")))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// nonNil gives an empty slice for nil so the JSON has [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
