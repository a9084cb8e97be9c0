package graph

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
)

// prepared is one article checked and turned into the parameter rows of the
// write queries, once, outside any transaction: the transaction function may
// run several times and only reads these.
type prepared struct {
	id, url, name string
	article       map[string]any
	actors        []actorRow
	mentions      []map[string]any
	roles         []map[string]any
	statements    []map[string]any
	events        []map[string]any
	// known are the actor ids the rows have a node for.
	known map[string]bool
}

// actorRow is an actor as the article knows it; rows of several articles are
// folded into one per id before writing.
type actorRow struct {
	id, name, label, country string
	aliases                  []string
}

// prepare checks an extraction and builds its rows. It refuses what the
// graph could not hold faithfully (missing ids, unreadable dates) rather than
// writing half an article.
func prepare(a diplograph.Article) (prepared, error) {
	p := prepared{id: a.ID, url: a.URL, name: a.Name(), known: map[string]bool{}}
	if a.ID == "" {
		return p, fmt.Errorf("article %s has no id", p.name)
	}
	published, publishedAt, err := parsePublished(string(a.Published))
	if err != nil {
		return p, fmt.Errorf("article %s: published %q: %w", p.name, a.Published, err)
	}
	digest, err := a.Digest()
	if err != nil {
		return p, err
	}
	p.article = map[string]any{
		"id":             a.ID,
		"extraction":     digest,
		"title":          nullable(a.Title),
		"outlet":         nullable(string(a.Outlet)),
		"source":         nullable(a.Source),
		"url":            nullable(a.URL),
		"language":       nullable(a.Language),
		"body":           nullable(a.Body),
		"published":      published,
		"published_time": publishedAt,
	}
	for _, add := range []func(diplograph.Article) error{p.addActors, p.addRoles, p.addStatements, p.addEvents} {
		if err := add(a); err != nil {
			return p, fmt.Errorf("article %s: %w", p.name, err)
		}
	}
	return p, nil
}

func (p *prepared) addActors(a diplograph.Article) error {
	for i, ac := range a.Actors {
		if ac.ID == "" {
			return fmt.Errorf("actor %d (%q) has no id", i, ac.Name)
		}
		if ac.Type != "" && ActorLabel(ac.Type) == "" {
			return fmt.Errorf("actor %s has unknown type %q", ac.ID, ac.Type)
		}
		if p.known[ac.ID] {
			continue
		}
		p.known[ac.ID] = true
		p.actors = append(p.actors, actorRow{id: ac.ID, name: ac.Name, label: ActorLabel(ac.Type), country: string(ac.Country), aliases: ac.Aliases})
		p.mentions = append(p.mentions, map[string]any{"article": a.ID, "actor": ac.ID, "count": ac.Mentions})
	}
	return nil
}

// refer gives an id referred to but not listed among the actors a node of
// its own, so that no edge is silently lost; a later article or the
// dictionary names it.
func (p *prepared) refer(id string) {
	if id != "" && !p.known[id] {
		p.known[id] = true
		p.actors = append(p.actors, actorRow{id: id})
	}
}

func (p *prepared) addRoles(a diplograph.Article) error {
	roles := map[[3]string]bool{}
	for _, ac := range a.Actors {
		for _, r := range ac.Roles {
			key := [3]string{ac.ID, r.Of, r.Title}
			if r.Of == "" || r.Title == "" || roles[key] {
				continue
			}
			roles[key] = true
			from, err := parseDay(string(r.From))
			if err != nil {
				return fmt.Errorf("role %q of %s: from: %w", r.Title, ac.ID, err)
			}
			to, err := parseDay(string(r.To))
			if err != nil {
				return fmt.Errorf("role %q of %s: to: %w", r.Title, ac.ID, err)
			}
			p.refer(r.Of)
			p.roles = append(p.roles, roleRow(ac.ID, r.Of, r.Title, from, to))
		}
	}
	return nil
}

func (p *prepared) addStatements(a diplograph.Article) error {
	seen := map[string]bool{}
	for i, s := range a.Statements {
		if s.ID == "" {
			return fmt.Errorf("statement %d has no id", i)
		}
		if seen[s.ID] {
			continue
		}
		seen[s.ID] = true
		date, err := parseDay(string(s.Date))
		if err != nil {
			return fmt.Errorf("statement %s: date: %w", s.ID, err)
		}
		// A quote whose speaker could not be told is stored without a
		// MADE edge.
		if s.Speaker != "" {
			p.refer(string(s.Speaker))
		}
		about := make([]string, 0, len(s.About))
		for _, id := range s.About {
			if id != "" && !slices.Contains(about, id) {
				p.refer(id)
				about = append(about, id)
			}
		}
		p.statements = append(p.statements, map[string]any{
			"id": s.ID, "article": a.ID, "speaker": nullable(string(s.Speaker)), "text": s.Text,
			"kind": nullable(s.Kind), "date": date, "about": about,
			"date_precision": nullable(string(s.DatePrecision)), "date_source": nullable(string(s.DateSource)),
		})
	}
	return nil
}

func (p *prepared) addEvents(a diplograph.Article) error {
	seen := map[string]bool{}
	for i, e := range a.Events {
		if e.ID == "" || e.Source == "" || e.Target == "" {
			return fmt.Errorf("event %d has no id, source or target", i)
		}
		if e.QuadClass < 1 || e.QuadClass > 4 {
			return fmt.Errorf("event %s: quad class %d is not 1 to 4", e.ID, e.QuadClass)
		}
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		date, err := parseDay(string(e.Date))
		if err != nil {
			return fmt.Errorf("event %s: date: %w", e.ID, err)
		}
		p.refer(e.Source)
		p.refer(e.Target)
		p.events = append(p.events, map[string]any{
			"id": e.ID, "article": a.ID, "source": e.Source, "target": e.Target,
			"cameo": e.Cameo, "root": e.Root, "quad_class": e.QuadClass, "goldstein": e.Goldstein,
			"date": date, "context": nullable(e.Context),
			"date_precision": nullable(string(e.DatePrecision)), "date_source": nullable(string(e.DateSource)),
			"evidence": e.Evidence, "confidence": e.Confidence,
		})
	}
	return nil
}

// batchRows are the parameter rows of one transaction: what several
// articles share (actors, roles, statement and event nodes) once, what each
// article adds (mentions, REPORTED_IN) per article.
type batchRows struct {
	// articles are each article's properties and MENTIONS.
	articles, roles                     []map[string]any
	statements, about, statementReports []map[string]any
	// events are the events with every report of them in the batch.
	events []map[string]any
	actors []actorRow
}

func gather(ps []prepared) batchRows {
	var b batchRows
	var roles, events []map[string]any
	reports := map[any][]any{}
	for _, p := range ps {
		b.articles = append(b.articles, map[string]any{"props": p.article, "mentions": nonNil(p.mentions)})
		b.actors = append(b.actors, p.actors...)
		roles = append(roles, p.roles...)
		for _, s := range p.statements {
			b.statements = append(b.statements, s)
			for _, about := range s["about"].([]string) {
				b.about = append(b.about, map[string]any{"id": s["id"], "about": about})
			}
			b.statementReports = append(b.statementReports, map[string]any{"id": s["id"], "article": p.id,
				"facts": map[string]any{"date": s["date"], "date_precision": s["date_precision"], "date_source": s["date_source"]}})
		}
		for _, e := range p.events {
			events = append(events, e)
			facts := make(map[string]any, len(reportFacts))
			for _, k := range reportFacts {
				facts[k] = e[k]
			}
			reports[e["id"]] = append(reports[e["id"]], map[string]any{"article": p.id, "facts": facts})
		}
	}
	b.roles = widenRoles(roles)
	b.statements = earliest(uniqueBy(b.statements, "id"), b.statements)
	b.about = uniqueBy(b.about, "id", "about")
	// The smallest article id's report of an event is the one that creates
	// it, as cypherRederive would choose among reports stored together.
	sortRows(events, "id", "article")
	for _, e := range uniqueBy(events, "id") {
		e = maps.Clone(e)
		e["reports"] = reports[e["id"]]
		b.events = append(b.events, e)
	}
	return b
}

// reportFacts are what an event's REPORTED_IN keeps of the report: all an
// event node is derived from.
var reportFacts = []string{"source", "target", "cameo", "root", "quad_class", "goldstein", "date",
	"date_precision", "date_source", "context", "evidence", "confidence"}

// uniqueBy keeps the first row of each key, sorted by key: a fixed lock
// order keeps concurrent writers from deadlocking each other more than they
// must.
func uniqueBy(rows []map[string]any, keys ...string) []map[string]any {
	seen := map[string]bool{}
	out := rows[:0:0]
	for _, r := range rows {
		k := rowKey(r, keys)
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	sortRows(out, keys...)
	return out
}

func rowKey(r map[string]any, keys []string) string {
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprint(&b, r[k], "\x00")
	}
	return b.String()
}

// earliest gives each statement of unique the earliest date any row of all
// has for it, with that row's precision and source: articles may date one
// quote differently, and the earliest day wins whatever order they come in.
func earliest(unique, all []map[string]any) []map[string]any {
	first := map[any]map[string]any{}
	for _, r := range all {
		if f, ok := first[r["id"]]; !ok || dayBefore(r["date"], f["date"]) {
			first[r["id"]] = r
		}
	}
	for i, r := range unique {
		if f := first[r["id"]]; f["date"] != nil && f["date"] != r["date"] {
			r = maps.Clone(r)
			r["date"], r["date_precision"], r["date_source"] = f["date"], f["date_precision"], f["date_source"]
			unique[i] = r
		}
	}
	return unique
}

// widenRoles folds the rows of one role (actor, body, title) into one, from
// the earliest known start to the latest known end, as cypherRoles does
// with what is stored.
func widenRoles(rows []map[string]any) []map[string]any {
	keys := []string{"actor", "of", "title"}
	byKey := map[string]map[string]any{}
	for _, r := range rows {
		k := rowKey(r, keys)
		cur, ok := byKey[k]
		if !ok {
			byKey[k] = maps.Clone(r)
			continue
		}
		if dayBefore(r["from"], cur["from"]) {
			cur["from"] = r["from"]
		}
		if dayBefore(cur["to"], r["to"]) {
			cur["to"] = r["to"]
		}
	}
	out := make([]map[string]any, 0, len(byKey))
	for _, r := range byKey {
		out = append(out, r)
	}
	sortRows(out, keys...)
	return out
}

// dayBefore reports whether a is a known day before b, or b is unknown.
func dayBefore(a, b any) bool {
	da, ok := a.(neo4j.Date)
	if !ok {
		return false
	}
	db, ok := b.(neo4j.Date)
	return !ok || da.Time().Before(db.Time())
}

func roleRow(actor, of, title string, from, to any) map[string]any {
	return map[string]any{"actor": actor, "of": of, "title": title, "from": from, "to": to}
}

// actorRows folds the actors of several articles into one row per id
// (aliases unioned, first name and country kept), grouped by label and
// sorted by id: a fixed lock order keeps concurrent writers from deadlocking
// each other more than they must.
func actorRows(actors []actorRow) map[string][]map[string]any {
	byID := map[string]*actorRow{}
	var order []string
	for _, a := range actors {
		cur, ok := byID[a.id]
		if !ok {
			c := a
			c.aliases = nil
			cur = &c
			byID[a.id] = cur
			order = append(order, a.id)
		}
		if cur.name == "" {
			cur.name = a.name
		}
		if cur.label == "" {
			cur.label = a.label
		}
		if cur.country == "" {
			cur.country = a.country
		}
		for _, al := range a.aliases {
			if al != "" && !slices.Contains(cur.aliases, al) {
				cur.aliases = append(cur.aliases, al)
			}
		}
	}
	slices.Sort(order)
	rows := map[string][]map[string]any{}
	for _, id := range order {
		a := byID[id]
		aliases := a.aliases
		if aliases == nil {
			aliases = []string{}
		}
		rows[a.label] = append(rows[a.label], map[string]any{
			"id": a.id, "name": nullable(a.name), "country": nullable(a.country), "aliases": aliases,
		})
	}
	return rows
}

// sortRows orders rows by the values of keys, for the same lock-order
// reason as actorRows. Each row's key is built once, not at every
// comparison.
func sortRows(rows []map[string]any, keys ...string) {
	type keyed struct {
		key string
		row map[string]any
	}
	ks := make([]keyed, len(rows))
	for i, r := range rows {
		ks[i] = keyed{rowKey(r, keys), r}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return strings.Compare(a.key, b.key) })
	for i, k := range ks {
		rows[i] = k.row
	}
}

// nullable turns the empty string into a Cypher null, so that absent values
// are absent properties rather than empty strings.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// parseDay reads a YYYY-MM-DD date (or the day of an RFC 3339 time) as a
// Neo4j DATE; the empty string is null.
func parseDay(s string) (any, error) {
	if s == "" {
		return nil, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return neo4j.DateOf(t), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return nil, fmt.Errorf("%q is not a YYYY-MM-DD date", s)
	}
	return neo4j.DateOf(t), nil
}

// parsePublished gives the publication day as a DATE, which is what every
// date in the graph is, and, when the page printed a time, that time in RFC
// 3339 for Cypher's datetime(), which keeps the page's offset (the driver
// would send a Go time with an unnamed zone as UTC).
func parsePublished(s string) (day, at any, err error) {
	if s == "" {
		return nil, nil, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return neo4j.DateOf(t), nil, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return nil, nil, fmt.Errorf("neither YYYY-MM-DD nor RFC 3339")
	}
	return neo4j.DateOf(t), s, nil
}
