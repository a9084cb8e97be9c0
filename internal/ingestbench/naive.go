package main

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
)

// writeNaive writes one article the way a first version would: its own
// transaction, and one MERGE statement per node or edge. It builds the same
// graph as graph.Writer (without replacement of older versions, which the
// comparison never needs), so that only the way of writing differs.
func writeNaive(ctx context.Context, db *graph.DB, a diplograph.Article) error {
	_, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		run := func(q string, p map[string]any) error {
			r, err := tx.Run(ctx, q, p)
			if err == nil {
				_, err = r.Consume(ctx)
			}
			return err
		}
		if err := run(`MERGE (x:Article {id: $id})
			SET x.title = $title, x.outlet = $outlet, x.source = $source, x.url = $url, x.language = $language,
			    x.published = CASE WHEN $published = '' THEN null ELSE date(datetime($published)) END,
			    x.ingested_at = datetime()`, map[string]any{
			"id": a.ID, "title": a.Title, "outlet": string(a.Outlet), "source": a.Source, "url": a.URL,
			"language": a.Language, "published": string(a.Published),
		}); err != nil {
			return nil, err
		}
		for _, ac := range a.Actors {
			if err := run(`MERGE (x:Actor {id: $id})
				SET x.name = coalesce(x.name, $name), x.country = coalesce(x.country, $country),
				    x.aliases = coalesce(x.aliases, []) + [al IN $aliases WHERE NOT al IN coalesce(x.aliases, [])]`,
				map[string]any{"id": ac.ID, "name": ac.Name, "country": string(ac.Country), "aliases": ac.Aliases}); err != nil {
				return nil, err
			}
			if label := graph.ActorLabel(ac.Type); label != "" {
				if err := run("MATCH (x:Actor {id: $id}) SET x:"+label, map[string]any{"id": ac.ID}); err != nil {
					return nil, err
				}
			}
			if err := run(`MATCH (a:Article {id: $article}) MATCH (x:Actor {id: $id})
				MERGE (a)-[m:MENTIONS]->(x) SET m.count = $count`,
				map[string]any{"article": a.ID, "id": ac.ID, "count": ac.Mentions}); err != nil {
				return nil, err
			}
			for _, r := range ac.Roles {
				if r.Of == "" {
					continue
				}
				if err := run(`MATCH (x:Actor {id: $id}) MERGE (o:Actor {id: $of})
					MERGE (x)-[:HOLDS_ROLE {title: $title}]->(o)`,
					map[string]any{"id": ac.ID, "of": r.Of, "title": r.Title}); err != nil {
					return nil, err
				}
			}
		}
		for _, s := range a.Statements {
			if err := run(`MERGE (s:Statement {id: $id})
				ON CREATE SET s.text = $text, s.kind = $kind, s.date = CASE WHEN $date = '' THEN null ELSE date($date) END`,
				map[string]any{"id": s.ID, "text": s.Text, "kind": s.Kind, "date": string(s.Date)}); err != nil {
				return nil, err
			}
			// A quote whose speaker could not be told has no MADE edge, as
			// the batched writer stores it.
			if s.Speaker != "" {
				if err := run(`MERGE (sp:Actor {id: $speaker}) WITH sp MATCH (s:Statement {id: $id}) MERGE (sp)-[:MADE]->(s)`,
					map[string]any{"id": s.ID, "speaker": s.Speaker}); err != nil {
					return nil, err
				}
			}
			if err := run(`MATCH (s:Statement {id: $id}) MATCH (a:Article {id: $article}) MERGE (s)-[:REPORTED_IN]->(a)`,
				map[string]any{"id": s.ID, "article": a.ID}); err != nil {
				return nil, err
			}
			for _, about := range s.About {
				if err := run(`MERGE (t:Actor {id: $about}) WITH t MATCH (s:Statement {id: $id}) MERGE (s)-[:ABOUT]->(t)`,
					map[string]any{"id": s.ID, "about": about}); err != nil {
					return nil, err
				}
			}
		}
		for _, e := range a.Events {
			if err := run(`MERGE (e:Event {id: $id})
				ON CREATE SET e.cameo = $cameo, e.root = $root, e.quad_class = $quad, e.goldstein = $goldstein,
				              e.date = CASE WHEN $date = '' THEN null ELSE date($date) END,
				              e.context = CASE WHEN $context = '' THEN null ELSE $context END`,
				map[string]any{"id": e.ID, "cameo": e.Cameo, "root": e.Root, "quad": e.QuadClass, "goldstein": e.Goldstein,
					"date": string(e.Date), "context": e.Context}); err != nil {
				return nil, err
			}
			if err := run(`MERGE (s:Actor {id: $source}) WITH s MATCH (e:Event {id: $id}) MERGE (s)-[:ACTED]->(e)`,
				map[string]any{"id": e.ID, "source": e.Source}); err != nil {
				return nil, err
			}
			if err := run(`MERGE (t:Actor {id: $target}) WITH t MATCH (e:Event {id: $id}) MERGE (e)-[:ON]->(t)`,
				map[string]any{"id": e.ID, "target": e.Target}); err != nil {
				return nil, err
			}
			if err := run(`MATCH (e:Event {id: $id}) MATCH (a:Article {id: $article})
				MERGE (e)-[r:REPORTED_IN]->(a) SET r.evidence = $evidence, r.confidence = $confidence`,
				map[string]any{"id": e.ID, "article": a.ID, "evidence": e.Evidence, "confidence": e.Confidence}); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	return err
}
