package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// ActorQuery selects actors by name and kind.
type ActorQuery struct {
	// Q is searched in names and aliases through the actor_names full-text
	// index; every word must match, the last one also as a prefix.
	Q string
	// Type is person, organization, country or media; empty for any.
	Type string
	// Country is an ISO 3166-1 alpha-3 code; empty for any.
	Country string
	Page
}

// Actor is a person, body or state of the graph.
type Actor struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Country string   `json:"country,omitempty"`
	Aliases []string `json:"aliases"`
}

// ActorDetail is one actor with its roles and how much the graph knows of it.
type ActorDetail struct {
	Actor
	Roles []Role `json:"roles"`
	// Statements counts the statements the actor made.
	Statements int `json:"statements"`
	// Events counts the events the actor took part in, on either side.
	Events int `json:"events"`
	// Articles counts the articles that mention the actor.
	Articles int `json:"articles"`
	// FirstSeen and LastSeen are the earliest and latest dates of its
	// statements, events and mentioning articles.
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
}

// Role is a position the actor holds in another actor (a state or body).
type Role struct {
	Title string   `json:"title"`
	Of    ActorRef `json:"of"`
	From  string   `json:"from,omitempty"`
	To    string   `json:"to,omitempty"`
}

const actorMap = `a{.id, .name, .country, .aliases, labels: labels(a)}`

func actorOf(m row) Actor {
	aliases := m.strs("aliases")
	sort.Strings(aliases)
	return Actor{ID: m.str("id"), Name: m.str("name"), Type: typeOf(m.strs("labels")),
		Country: m.str("country"), Aliases: aliases}
}

// SearchActors lists the actors matching q: by relevance then id when Q is
// given, else by name then id.
func (db *DB) SearchActors(ctx context.Context, q ActorQuery) (List[Actor], error) {
	params := pageParams(map[string]any{}, q.Page)
	var conds []string
	if q.Type != "" {
		label := ActorLabel(q.Type)
		if label == "" {
			return List[Actor]{}, fmt.Errorf("unknown actor type %q", q.Type)
		}
		params["label"] = label
		conds = append(conds, "$label IN labels(a)")
	}
	if q.Country != "" {
		params["country"] = q.Country
		conds = append(conds, "a.country = $country")
	}
	lucene := LuceneQuery(q.Q)
	if q.Q != "" && lucene == "" {
		// Only separators: no name can match.
		return paged([]Actor(nil), q.Page), nil
	}
	var query string
	if lucene != "" {
		params["lucene"] = lucene
		query = `CALL db.index.fulltext.queryNodes('actor_names', $lucene) YIELD node AS a, score
			` + where(append(conds, "a:Actor")) + `
			RETURN ` + actorMap + ` AS actor
			ORDER BY score DESC, a.id SKIP $skip LIMIT $fetch`
	} else {
		query = `MATCH (a:Actor) ` + where(conds) + `
			RETURN ` + actorMap + ` AS actor
			ORDER BY a.name, a.id SKIP $skip LIMIT $fetch`
	}
	rows, err := db.collect(ctx, "searching actors", query, params)
	if err != nil {
		return List[Actor]{}, err
	}
	items := make([]Actor, len(rows))
	for i, r := range rows {
		items[i] = actorOf(r.sub("actor"))
	}
	return paged(items, q.Page), nil
}

// ActorByID returns one actor with its roles, counts and dates, or
// ErrNotFound, reading about as much as it returns: the counts are the
// degrees Neo4j keeps per relationship type (less the events the actor is
// both source and target of, found by the pair indexes, which it took part
// in once), the first and last days of its events those its Dyads keep,
// of its statements the ends of the date-ordered index; only its articles'
// days are read one by one.
func (db *DB) ActorByID(ctx context.Context, id string) (ActorDetail, error) {
	rows, err := db.collect(ctx, "reading actor "+id, actorDetailQuery(), map[string]any{"id": id})
	if err != nil {
		return ActorDetail{}, err
	}
	if len(rows) == 0 {
		return ActorDetail{}, fmt.Errorf("actor %q: %w", id, ErrNotFound)
	}
	r := rows[0]
	d := ActorDetail{Actor: actorOf(r.sub("actor")), Roles: []Role{},
		Statements: r.int("statements"), Events: r.int("events"), Articles: r.int("articles")}
	for _, v := range r["roles"].([]any) {
		m := row(v.(map[string]any))
		d.Roles = append(d.Roles, Role{Title: m.str("title"), Of: m.actor("of"), From: m.date("from"), To: m.date("to")})
	}
	sort.Slice(d.Roles, func(i, j int) bool {
		a, b := d.Roles[i], d.Roles[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Of.ID != b.Of.ID {
			return a.Of.ID < b.Of.ID
		}
		return a.Title < b.Title
	})
	for i := range r["firsts"].([]any) {
		if s := Plain(r["firsts"].([]any)[i]).(string); d.FirstSeen == "" || s < d.FirstSeen {
			d.FirstSeen = s
		}
	}
	for i := range r["lasts"].([]any) {
		if s := Plain(r["lasts"].([]any)[i]).(string); s > d.LastSeen {
			d.LastSeen = s
		}
	}
	return d, nil
}

// actorDetailQuery is ActorByID's query, for the actor $id.
func actorDetailQuery() string {
	return `
		MATCH (a:Actor {id: $id})
		CALL {
			MATCH (e:Event) WHERE e.source = $id AND e.target = $id AND e.date IS NOT NULL
			RETURN count(e) AS self
		}
		CALL {
			MATCH (e:Event) WHERE e.source = $id AND e.target = $id AND e.undated = true
			RETURN count(e) AS selfUndated
		}
		CALL {
			CALL {
				MATCH (d:Dyad) USING INDEX d:Dyad(source, target, events)
				WHERE d.source = $id AND d.target IS NOT NULL AND d.events IS NOT NULL
				RETURN d.first AS first, d.last AS last
				UNION ALL
				MATCH (d:Dyad) USING INDEX d:Dyad(target, source, events)
				WHERE d.target = $id AND d.source IS NOT NULL AND d.events IS NOT NULL
				RETURN d.first AS first, d.last AS last
			}
			RETURN min(first) AS efirst, max(last) AS elast
		}
		// collect keeps the row of an actor without statements.
		CALL {
			MATCH (s:Statement) WHERE s.speaker = $id AND s.date IS NOT NULL
			WITH s ORDER BY s.date LIMIT 1
			RETURN collect(s.date)[0] AS sfirst
		}
		CALL {
			MATCH (s:Statement) WHERE s.speaker = $id AND s.date IS NOT NULL
			WITH s ORDER BY s.date DESC LIMIT 1
			RETURN collect(s.date)[0] AS slast
		}
		CALL {
			WITH a
			// Only articles mention.
			MATCH (ar)-[:MENTIONS]->(a)
			RETURN min(date(ar.published)) AS afirst, max(date(ar.published)) AS alast
		}
		RETURN ` + actorMap + ` AS actor,
			[(a)-[r:HOLDS_ROLE]->(o:Actor) | {title: r.title, from: r.from, to: r.to, of: ` + actorRefMap("o") + `}] AS roles,
			COUNT { (a)-[:MADE]->() } AS statements,
			COUNT { (a)-[:ACTED]->() } + COUNT { (a)<-[:ON]-() } - self - selfUndated AS events,
			COUNT { (a)<-[:MENTIONS]-() } AS articles,
			[d IN [sfirst, efirst, afirst] WHERE d IS NOT NULL] AS firsts,
			[d IN [slast, elast, alast] WHERE d IS NOT NULL] AS lasts`
}

// LuceneQuery turns words typed by a user into a full-text query that
// matches names containing every word, the last one also as a prefix, so
// that "vladimir pu" finds Vladimir Putin. Lucene's special characters are
// escaped and words are lower-cased, so no input can change the query's
// structure (AND/OR/NOT operators, fields, ranges, fuzzy or regex syntax).
// It returns "" when q holds no word.
func LuceneQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '/'
	})
	var terms []string
	for i, w := range words {
		w = escapeLucene(strings.ToLower(w))
		if w == "" {
			continue
		}
		if i == len(words)-1 {
			terms = append(terms, "("+w+" OR "+w+"*)")
		} else {
			terms = append(terms, w)
		}
	}
	return strings.Join(terms, " AND ")
}

// escapeLucene backslash-escapes every character the classic Lucene query
// parser gives a meaning to.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
