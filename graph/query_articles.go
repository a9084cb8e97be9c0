package graph

import (
	"context"
	"time"
)

// ArticleQuery selects articles.
type ArticleQuery struct {
	// Outlet is the outlet's name as stored; empty for any.
	Outlet string
	// Actor is the id of an actor the articles mention; empty for any.
	Actor string
	// From and To bound the publication dates, both included.
	From, To time.Time
	Page
}

// ArticleSummary is an article in a list: what it is and where it came
// from, without what was extracted from it (ArticleByID has that).
type ArticleSummary struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Language  string `json:"language,omitempty"`
}

// Articles lists the articles q selects, newest first, then undated ones,
// ties broken by id. An unknown actor gives ErrNotFound.
func (db *DB) Articles(ctx context.Context, q ArticleQuery) (List[ArticleSummary], error) {
	params := pageParams(map[string]any{}, q.Page)
	match := "MATCH (ar:Article)"
	if q.Actor != "" {
		params["actor"] = q.Actor
		match = "MATCH (:Actor {id: $actor})<-[:MENTIONS]-(ar:Article)"
	}
	var conds []string
	if q.Outlet != "" {
		params["outlet"] = q.Outlet
		conds = append(conds, "ar.outlet = $outlet")
	}
	if !q.From.IsZero() {
		params["from"] = neoDate(q.From)
		conds = append(conds, "ar.published >= $from")
	}
	if !q.To.IsZero() {
		params["to"] = neoDate(q.To)
		conds = append(conds, "ar.published <= $to")
	}
	anchor, missing := anchors(params, q.Actor)
	r, err := db.one(ctx, "listing articles", anchor+`
		CALL {
			`+match+" "+where(conds)+`
			WITH ar ORDER BY ar.published IS NULL, ar.published DESC, ar.id SKIP $skip LIMIT $fetch
			RETURN collect(ar{.id, .title, .outlet, .source, .url, .published, .language}) AS items
		}
		RETURN `+missing+`, items`, params)
	if err != nil {
		return List[ArticleSummary]{}, err
	}
	// collect keeps the order of the rows it gets.
	var items []ArticleSummary
	for _, v := range r["items"].([]any) {
		m := row(v.(map[string]any))
		items = append(items, articleSummaryOf(m))
	}
	return paged(items, q.Page), nil
}

// articleSummaryOf decodes an article node's own properties.
func articleSummaryOf(m row) ArticleSummary {
	return ArticleSummary{ID: m.str("id"), Title: m.str("title"), Outlet: m.str("outlet"), Source: m.str("source"),
		URL: m.str("url"), Published: m.date("published"), Language: m.str("language")}
}
