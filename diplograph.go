// Package diplograph is the domain of the diplomatic-event knowledge graph:
// what a news page tells (Article, Actor, Role, Statement, Event), the
// interfaces at which the layers meet (Extractor, ArticleStore), and the one
// ingest service (Ingester) that carries pages from the one to the other.
//
// The layers each live in a package named for their dependency: nlp turns
// pages into Articles, graph stores and reads them in Neo4j, api serves them
// over HTTP, and cmd/diplograph wires them together. This package depends
// on none of them.
package diplograph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
)

// Document is a page to extract from, with what its source already knows.
// Title, Outlet, Published and URL, when given, override what the page
// prints; Published is RFC 3339, YYYY-MM-DD or a date as pages print it.
type Document struct {
	Source, URL, Title, Outlet, Published string
	Text                                  []byte
}

// Article is everything extracted from one news page. Its JSON form is the
// extraction contract read by the evaluation kit and by the graph writer.
type Article struct {
	// Source is the path or label the page was read from, as given.
	Source string `json:"source"`
	// ID is a content hash of the normalized article body: the same story
	// re-fetched yields the same id.
	ID       string     `json:"id"`
	URL      string     `json:"url,omitempty"`
	Title    string     `json:"title"`
	Outlet   NullString `json:"outlet"`
	Author   NullString `json:"author"`
	Dateline NullString `json:"dateline"`
	Language string     `json:"language"`
	// Published is the publication date as printed on the page, or as
	// given with it (Document.Published): RFC 3339 with the page's zone when
	// a time is printed, else YYYY-MM-DD, null when there is none.
	Published NullString `json:"published"`
	// StoryDate is the day the story's relative dates ("pada Kamis",
	// "kemarin") are read against, YYYY-MM-DD: the publication day, or for a
	// page that prints none the latest day its body names (StoryDateSource
	// DateSourceInferred); null when nothing dates the page.
	StoryDate       NullString  `json:"story_date"`
	StoryDateSource NullString  `json:"story_date_source"`
	Actors          []Actor     `json:"actors"`
	Statements      []Statement `json:"statements"`
	Events          []Event     `json:"events"`
	// Warnings says what was repaired or dropped on the way (invalid UTF-8,
	// truncated input, no article body found, ...).
	Warnings []string `json:"warnings,omitempty"`
	// Body is the story as cleaned from the page, the text that statements
	// and events were found in: its paragraphs separated by blank lines.
	Body string `json:"body"`
}

// Actor types, as used in Actor.Type.
const (
	TypePerson       = "person"
	TypeOrganization = "organization"
	TypeCountry      = "country"
	TypeMedia        = "media"
)

// Actor is a person, body or state that takes part in the story.
type Actor struct {
	// ID is stable across articles: a dictionary id, or for an actor found
	// outside the dictionary one derived from its normalized name.
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Aliases []string   `json:"aliases"`
	Type    string     `json:"type"`
	Country NullString `json:"country"`
	Roles   []Role     `json:"roles"`
	// Mentions counts the actor's mentions in the article body.
	Mentions int `json:"mentions"`
}

// Role is a position an actor holds in an organization or state.
type Role struct {
	Title string `json:"title"`
	// Of is the id of the actor the role is held in (a state or body), if known.
	Of   string     `json:"of,omitempty"`
	From NullString `json:"from"`
	To   NullString `json:"to"`
}

// Statement kinds, as used in Statement.Kind.
const (
	KindDirect   = "direct"
	KindIndirect = "indirect"
)

// Statement is something an actor said, quoted or reported.
type Statement struct {
	// ID hashes speaker and normalized text, so the same quote carried by
	// several outlets is one statement.
	ID string `json:"id"`
	// Speaker is the id of the actor who said it; null when the words are
	// quoted but who said them could not be told (an unattributed quote).
	Speaker NullString `json:"speaker"`
	Text    string     `json:"text"`
	Kind    string     `json:"kind"`
	// Date is when it was said, with its precision and source (see Event).
	Date          NullString `json:"date"`
	DatePrecision NullString `json:"date_precision"`
	DateSource    NullString `json:"date_source"`
	About         []string   `json:"about"`
}

// Date precisions, as used in Event.DatePrecision and
// Statement.DatePrecision: how much of a date is known. A date known to the
// month or year is written as that period's first day.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// Date sources, as used in Event.DateSource, Statement.DateSource and
// Article.StoryDateSource: where a date comes from.
const (
	// DateSourceSentence: the sentence names it ("19 Juni 2024", "Kamis
	// (28/3)", "pekan lalu", "tahun lalu"), relative names read against the
	// story's date.
	DateSourceSentence = "sentence"
	// DateSourceArticle: the sentence names none; the page's printed
	// publication date.
	DateSourceArticle = "article"
	// DateSourceInferred: the sentence names none and the page prints no
	// date; the story's date inferred from the dates its body names.
	DateSourceInferred = "inferred"
	// DateSourceGiven: the sentence names none; the publication date given
	// with the page (Document.Published, a JSON Lines record, a sidecar, a
	// flag, the API).
	DateSourceGiven = "given"
)

// Event contexts, as used in Event.Context (after PLOVER): an empty context
// is an event reported as fact.
const (
	ContextNegated      = "negated"
	ContextHypothetical = "hypothetical"
	ContextAlleged      = "alleged"
	ContextFuture       = "future"
)

// Event is one article's report of an interaction between two actors,
// coded in CAMEO.
type Event struct {
	// ID names the real-world event: reports in several articles with the
	// same ID are one event (the graph's merge key). For an event reported
	// as fact and dated to the day it hashes SourceParty, TargetParty, the
	// merge class of the CAMEO root (MergeClass) and the day; any other
	// event's ID also hashes its article, so it never merges with
	// another article's (see the README's graph model). An article that
	// tells one event more than once (other actors, another code) has
	// several reports with its ID.
	ID string `json:"id"`
	// Source and Target are the actors as this article names them.
	Source string `json:"source"`
	Target string `json:"target"`
	// SourceParty and TargetParty are the ends the ID is made of: the
	// actor's state (a person or body of a state stands for it, as an
	// actor id: "rus"), or the actor itself when it has none (UN, NATO).
	SourceParty string  `json:"source_party"`
	TargetParty string  `json:"target_party"`
	Cameo       string  `json:"cameo"`
	Root        string  `json:"root"`
	QuadClass   int     `json:"quad_class"`
	Goldstein   float64 `json:"goldstein"`
	// Date is the day the event took place, or the first day of its month
	// or year (DatePrecision), null when nothing dates it; DateSource says
	// where it comes from.
	Date          NullString `json:"date"`
	DatePrecision NullString `json:"date_precision"`
	DateSource    NullString `json:"date_source"`
	Context       string     `json:"context,omitempty"`
	Trigger       string     `json:"trigger,omitempty"`
	Evidence      string     `json:"evidence"`
	Confidence    float64    `json:"confidence"`
}

// MergeClass is the class of CAMEO roots that may name one real-world event
// in different articles: "cooperation" (01-08: statements, appeals,
// intents, meetings, visits, agreements, material cooperation, aid,
// yielding), "verbal-conflict" (09-13: investigating, demanding,
// criticising, rejecting, threatening) or "material-conflict" (14-20:
// protests, force posture, reduced relations, sanctions, coercion, force).
// One page may code a summit's signing as 057 and another its military
// cooperation as 062, or a visit as 042 and the talks as 040; a criticism
// and a meeting, or a threat and a strike, are never one event.
func MergeClass(root string) string {
	switch {
	case root <= "08":
		return "cooperation"
	case root <= "13":
		return "verbal-conflict"
	}
	return "material-conflict"
}

// Name is how errors and reports name an article: the path or label it was
// read from, else its URL, title or id.
func (a Article) Name() string {
	for _, s := range []string{a.Source, a.URL, a.Title, a.ID} {
		if s != "" {
			return s
		}
	}
	return "(unnamed article)"
}

// Digest is a short hash of what was extracted from the page: the
// Article's JSON form without Source and URL, which say where the page was
// read from rather than what was found in it, with actors, their aliases
// and roles, statements, whom they are about, and events in a canonical
// order, since the graph keeps them as sets. The store keeps it with the
// article: a build whose extractor finds something else in a page gives
// another digest, so re-ingesting the page brings the graph up to date,
// and no version number has to be bumped by hand. It fails only on what
// JSON cannot encode (a NaN).
func (a Article) Digest() (string, error) {
	head := a
	head.Source, head.URL = "", ""
	head.Actors, head.Statements, head.Events = nil, nil, nil
	actors := make([]any, len(a.Actors))
	for i, x := range a.Actors {
		x.Aliases = slices.Sorted(slices.Values(x.Aliases))
		x.Roles = slices.SortedFunc(slices.Values(x.Roles), func(p, q Role) int {
			return cmp.Or(cmp.Compare(p.Title, q.Title), cmp.Compare(p.Of, q.Of), cmp.Compare(p.From, q.From), cmp.Compare(p.To, q.To))
		})
		actors[i] = x
	}
	statements := make([]any, len(a.Statements))
	for i, s := range a.Statements {
		s.About = slices.Sorted(slices.Values(s.About))
		statements[i] = s
	}
	events := make([]any, len(a.Events))
	for i, e := range a.Events {
		events[i] = e
	}
	// Each item is encoded once and the encodings sorted; JSON escapes
	// control characters, so newlines and NULs cannot be forged by text.
	h := sha256.New()
	for _, list := range [][]any{{head}, actors, statements, events} {
		lines := make([]string, len(list))
		for i, v := range list {
			b, err := json.Marshal(v)
			if err != nil {
				return "", fmt.Errorf("digest of article %s: %w", a.Name(), err)
			}
			lines[i] = string(b)
		}
		slices.Sort(lines)
		for _, l := range lines {
			h.Write([]byte(l))
			h.Write([]byte{'\n'})
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8]), nil
}

// NullString is a string that is JSON null when empty, as the contract wants
// for values a page does not give.
type NullString string

// MarshalJSON writes null for the empty string.
func (s NullString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads null as the empty string.
func (s *NullString) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = ""
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = NullString(v)
	return nil
}
