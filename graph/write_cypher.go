package graph

import "fmt"

// The write queries. Every MERGE is on a uniquely constrained id (migrations/),
// so concurrent writers meet on the same node instead of creating twins;
// relationship MERGEs lock both end nodes, which keeps them single too.

// cypherStatus tells, for each incoming article, whether that exact content
// is already stored, and which stored versions from the same URL it
// replaces. A version that a stored one superseded counts as stored, so
// that ingesting a corpus holding several versions of a page again changes
// nothing. supersedes is what the replacing article will remember.
const cypherStatus = `
UNWIND $rows AS a
OPTIONAL MATCH (x:Article {id: a.id})
WITH a, x IS NOT NULL AS present
OPTIONAL MATCH (o:Article {url: a.url})
  WHERE NOT present AND o.id <> a.id
WITH a, present, collect(o) AS olds
RETURN a.id AS id,
       present OR any(o IN olds WHERE a.id IN coalesce(o.supersedes, [])) AS present,
       [o IN olds | o.id] AS old,
       reduce(s = [], o IN olds | s + o.id + coalesce(o.supersedes, [])) AS supersedes`

// cypherDropArticles deletes replaced articles with their MENTIONS and
// REPORTED_IN edges and returns the statements and events they reported,
// which may now be orphans.
const cypherDropArticles = `
UNWIND $ids AS id
MATCH (o:Article {id: id})
OPTIONAL MATCH (o)<-[:REPORTED_IN]-(s:Statement)
OPTIONAL MATCH (o)<-[:REPORTED_IN]-(e:Event)
WITH o, collect(DISTINCT s.id) AS statements, collect(DISTINCT e.id) AS events
DETACH DELETE o
RETURN statements, events`

// cypherDropOrphans deletes statements and events no article reports any more.
const cypherDropOrphans = `
CALL {
  UNWIND $statements AS id
  MATCH (s:Statement {id: id})
  WHERE NOT (s)-[:REPORTED_IN]->()
  DETACH DELETE s
}
CALL {
  UNWIND $events AS id
  MATCH (e:Event {id: id})
  WHERE NOT (e)-[:REPORTED_IN]->()
  DETACH DELETE e
}`

// cypherArticles creates the new articles. CREATE, not MERGE: the status
// query found none of them, so a concurrent writer that stored one first
// makes this fail on the constraint instead of passing unnoticed.
const cypherArticles = `
UNWIND $rows AS a
CREATE (x:Article)
SET x = a, x.published_time = datetime(a.published_time), x.ingested_at = datetime()`

// cypherActors merges actors carrying the given label ("" for actors whose
// type is not known yet). A node is only written when it learns something:
// a name, aliases, a country or its type, so that the busiest actors are
// not locked by every batch. The first type given stays: an actor that one
// article takes for a person and another for an organization keeps one
// type label, and the dictionary, written first, gives the canonical one.
func cypherActors(label string) string {
	untyped, set := "", ""
	if label != "" {
		untyped = " OR untyped"
		set = fmt.Sprintf("\nWITH x, untyped WHERE untyped\nSET x:%s", label)
	}
	return `
UNWIND $rows AS a
MERGE (x:Actor {id: a.id})
WITH x, a, [al IN a.aliases WHERE NOT al IN coalesce(x.aliases, [])] AS added,
     NOT (x:Person OR x:Organization OR x:Country OR x:Media) AS untyped
WHERE (x.name IS NULL AND a.name IS NOT NULL) OR size(added) > 0
   OR (x.country IS NULL AND a.country IS NOT NULL)` + untyped + `
SET x.name = coalesce(x.name, a.name), x.aliases = coalesce(x.aliases, []) + added,
    x.country = coalesce(x.country, a.country)` + set
}

// cypherRoles merges HOLDS_ROLE edges, one per actor, body and title,
// widening the known term to the earliest from and the latest to.
const cypherRoles = `
UNWIND $rows AS r
MATCH (a:Actor {id: r.actor})
MATCH (o:Actor {id: r.of})
MERGE (a)-[h:HOLDS_ROLE {title: r.title}]->(o)
WITH h, r,
     r.from IS NOT NULL AND (h.from IS NULL OR r.from < h.from) AS earlier,
     r.to IS NOT NULL AND (h.to IS NULL OR r.to > h.to) AS later
WHERE earlier OR later
SET h.from = CASE WHEN earlier THEN r.from ELSE h.from END,
    h.to = CASE WHEN later THEN r.to ELSE h.to END`

const cypherMentions = `
UNWIND $rows AS m
MATCH (ar:Article {id: m.article})
MATCH (x:Actor {id: m.actor})
CREATE (ar)-[:MENTIONS {count: m.count}]->(x)`

// cypherStatements creates the statements not stored yet, merged on their
// id (speaker and text): a quote carried by several outlets is one node.
// Existing ones are skipped before any lock is taken on their speaker. A
// statement whose speaker could not be told (speaker null) has no MADE
// edge.
const cypherStatements = `
UNWIND $rows AS s
OPTIONAL MATCH (old:Statement {id: s.id})
WITH s WHERE old IS NULL
OPTIONAL MATCH (sp:Actor {id: s.speaker})
MERGE (st:Statement {id: s.id})
  ON CREATE SET st.text = s.text, st.kind = s.kind, st.date = s.date,
                st.date_precision = s.date_precision, st.date_source = s.date_source
WITH sp, st WHERE sp IS NOT NULL
MERGE (sp)-[:MADE]->(st)`

// cypherAbout links statements to the actors they are about, adding to what
// other articles said the statement is about.
const cypherAbout = `
UNWIND $rows AS r
MATCH (st:Statement {id: r.id})
MATCH (t:Actor {id: r.about})
MERGE (st)-[:ABOUT]->(t)`

const cypherStatementReports = `
UNWIND $rows AS r
MATCH (st:Statement {id: r.id})
MATCH (ar:Article {id: r.article})
CREATE (st)-[:REPORTED_IN]->(ar)`

// cypherEvents creates the events not stored yet, merged on their id (the
// parties, the CAMEO root's merge class and the day, see nlp): one node per
// real-world event. An existing event keeps the ACTED and ON edges of the
// report that created it.
const cypherEvents = `
UNWIND $rows AS e
OPTIONAL MATCH (old:Event {id: e.id})
WITH e WHERE old IS NULL
MATCH (s:Actor {id: e.source})
MATCH (t:Actor {id: e.target})
MERGE (ev:Event {id: e.id})
  ON CREATE SET ev.cameo = e.cameo, ev.root = e.root, ev.quad_class = e.quad_class,
                ev.goldstein = e.goldstein, ev.date = e.date, ev.context = e.context,
                ev.date_precision = e.date_precision, ev.date_source = e.date_source
MERGE (s)-[:ACTED]->(ev)
MERGE (ev)-[:ON]->(t)`

// cypherEventReports adds one REPORTED_IN per article telling an event.
const cypherEventReports = `
UNWIND $rows AS r
MATCH (ev:Event {id: r.id})
MATCH (ar:Article {id: r.article})
CREATE (ev)-[:REPORTED_IN {evidence: r.evidence, confidence: r.confidence}]->(ar)`
