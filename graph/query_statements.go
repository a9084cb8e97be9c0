package graph

import (
	"context"
	"fmt"
	"sort"
	"time"
)

// StatementQuery selects statements.
type StatementQuery struct {
	// Speaker is the id of the actor who made them; empty for anyone.
	Speaker string
	// About is the id of an actor they are about; empty for any.
	About string
	// Q is searched in the text through the statement_text full-text index
	// (see LuceneQuery); results then come by relevance.
	Q string
	// From and To bound the statement dates, both included.
	From, To time.Time
	Page
}

// Statements lists the statements q selects: by relevance then id when Q
// is given, else by date then id. An unknown speaker gives ErrNotFound.
func (db *DB) Statements(ctx context.Context, q StatementQuery) (List[Statement], error) {
	params := pageParams(map[string]any{}, q.Page)
	conds := dateConds("s", q.From, q.To, params)
	if q.About != "" {
		params["about"] = q.About
		conds = append(conds, "EXISTS { (s)-[:ABOUT]->(:Actor {id: $about}) }")
	}
	lucene := LuceneQuery(q.Q)
	if q.Q != "" && lucene == "" {
		// Only separators: no text can match.
		return paged([]Statement(nil), q.Page), nil
	}
	var match, order string
	switch {
	case lucene != "":
		params["lucene"] = lucene
		match = "CALL db.index.fulltext.queryNodes('statement_text', $lucene) YIELD node AS s, score"
		conds = append(conds, "s:Statement")
		if q.Speaker != "" {
			params["speaker"] = q.Speaker
			conds = append(conds, "EXISTS { (:Actor {id: $speaker})-[:MADE]->(s) }")
		}
		order = "ORDER BY score DESC, s.id"
	case q.Speaker != "":
		params["speaker"] = q.Speaker
		match = "MATCH (:Actor {id: $speaker})-[:MADE]->(s:Statement)"
		order = "ORDER BY s.date, s.id"
	default:
		match = "MATCH (s:Statement)"
		order = "ORDER BY s.date, s.id"
	}
	anchor, missing := anchors(params, q.Speaker, q.About)
	r, err := db.one(ctx, "searching statements", anchor+`
		CALL {
			`+match+" "+where(conds)+`
			WITH * `+order+` SKIP $skip LIMIT $fetch
			RETURN collect(`+statementMap+`) AS items
		}
		RETURN `+missing+`, items`, params)
	if err != nil {
		return List[Statement]{}, err
	}
	// collect keeps the order of the rows it gets.
	var items []Statement
	for _, v := range r["items"].([]any) {
		items = append(items, statementOf(row(v.(map[string]any))))
	}
	return paged(items, q.Page), nil
}

// Article is one ingested article with everything extracted from it.
type Article struct {
	ArticleSummary
	IngestedAt string `json:"ingested_at,omitempty"`
	// Body is the story's cleaned text, paragraphs separated by blank lines.
	Body string `json:"body,omitempty"`
	// Actors are the actors the article mentions, by mentions then id.
	Actors []Mention `json:"actors"`
	// Statements and Events are what the article reports, by date then id.
	Statements []Statement `json:"statements"`
	Events     []Event     `json:"events"`
}

// Mention is an actor named in an article, with how often.
type Mention struct {
	Actor ActorRef `json:"actor"`
	Count int      `json:"count"`
}

// ArticleByID returns one article with its actors, statements and events,
// or ErrNotFound.
func (db *DB) ArticleByID(ctx context.Context, id string) (Article, error) {
	rows, err := db.collect(ctx, "reading article "+id, `
		MATCH (ar:Article {id: $id})
		RETURN ar{.*} AS article,
			[(ar)-[m:MENTIONS]->(a:Actor) | {actor: `+actorRefMap("a")+`, count: m.count}] AS actors,
			[(s:Statement)-[:REPORTED_IN]->(ar) | `+statementMap+`] AS statements,
			[(e:Event)-[r:REPORTED_IN]->(ar) | {event: `+eventMap+`, evidence: r.evidence, confidence: r.confidence}] AS events`,
		map[string]any{"id": id})
	if err != nil {
		return Article{}, err
	}
	if len(rows) == 0 {
		return Article{}, fmt.Errorf("article %q: %w", id, ErrNotFound)
	}
	r := rows[0]
	m := r.sub("article")
	a := Article{ArticleSummary: articleSummaryOf(m), IngestedAt: m.date("ingested_at"), Body: m.str("body"),
		Actors: []Mention{}, Statements: []Statement{}, Events: []Event{}}
	for _, v := range r["actors"].([]any) {
		mm := row(v.(map[string]any))
		a.Actors = append(a.Actors, Mention{Actor: mm.actor("actor"), Count: mm.int("count")})
	}
	sort.Slice(a.Actors, func(i, j int) bool {
		x, y := a.Actors[i], a.Actors[j]
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return x.Actor.ID < y.Actor.ID
	})
	for _, v := range r["statements"].([]any) {
		a.Statements = append(a.Statements, statementOf(row(v.(map[string]any))))
	}
	sort.Slice(a.Statements, func(i, j int) bool {
		x, y := a.Statements[i], a.Statements[j]
		return x.Date < y.Date || x.Date == y.Date && x.ID < y.ID
	})
	for _, v := range r["events"].([]any) {
		mm := row(v.(map[string]any))
		e := eventOf(mm.sub("event"))
		e.Evidence = mm.str("evidence")
		if _, ok := mm["confidence"]; ok && mm["confidence"] != nil {
			c := mm.float("confidence")
			e.Confidence = &c
		}
		a.Events = append(a.Events, e)
	}
	sort.Slice(a.Events, func(i, j int) bool {
		x, y := a.Events[i], a.Events[j]
		return x.Date < y.Date || x.Date == y.Date && x.ID < y.ID
	})
	return a, nil
}
