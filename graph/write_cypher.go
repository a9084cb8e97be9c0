package graph

import "fmt"

// The write queries. Every MERGE is on a uniquely constrained id (migrations/),
// so concurrent writers meet on the same node instead of creating twins;
// relationship MERGEs lock both end nodes, which keeps them single too.

// cypherStatus tells, for each incoming article, whether that exact content
// is already stored, and which stored versions from the same URL it
// replaces. A version that a stored one superseded counts as stored, so
// that ingesting a corpus holding several versions of a page again changes
// nothing. supersedes is what the replacing article will remember. An
// article stored with another extraction digest, or with none (written
// before digests were kept), is stale: the incoming extraction replaces it
// under the same id, keeping what it remembers (supersedes) and when it
// came (ingested_at), which orders the reports events are derived from.
const cypherStatus = `
UNWIND $rows AS a
OPTIONAL MATCH (x:Article {id: a.id})
WITH a, x, x IS NOT NULL AS present
OPTIONAL MATCH (o:Article {url: a.url})
  WHERE NOT present AND o.id <> a.id
WITH a, x, present, collect(o) AS olds
WITH a, x, olds, present OR any(o IN olds WHERE a.id IN coalesce(o.supersedes, [])) AS present,
     x IS NOT NULL AND coalesce(x.extraction <> a.extraction, true) AS stale
RETURN a.id AS id, present AND NOT stale AS present, stale,
       [o IN olds | o.id] AS old,
       CASE WHEN stale THEN x.supersedes
            ELSE reduce(s = [], o IN olds | s + o.id + coalesce(o.supersedes, [])) END AS supersedes,
       CASE WHEN stale THEN x.ingested_at END AS ingested_at`

// cypherDropArticles deletes replaced articles with their MENTIONS and
// REPORTED_IN edges and returns the statements and events they reported,
// which may now be orphans, the events with what the aggregates count.
// Those are read once locked (deleting an edge does not lock a dense
// node): a concurrent writer deriving one of them again (cypherRederive)
// has committed by then. A stale article (unless: the digest of its new
// extraction) is locked before its digest is read again, and kept when it
// has that digest by then: a concurrent writer re-extracted it a moment
// ago, and creating it again fails on the constraint, so that the article
// is retried and found unchanged instead of being counted twice.
const cypherDropArticles = `
UNWIND $rows AS d
MATCH (o:Article {id: d.id})
SET o.locked_for_update = true
REMOVE o.locked_for_update
WITH o WHERE d.unless IS NULL OR coalesce(o.extraction <> d.unless, true)
CALL {
  WITH o
  OPTIONAL MATCH (o)<-[:REPORTED_IN]-(s:Statement)
  RETURN collect(s.id) AS statements
}
CALL {
  WITH o
  OPTIONAL MATCH (o)<-[:REPORTED_IN]-(e:Event)
  RETURN collect(e) AS reported
}
DETACH DELETE o
FOREACH (e IN reported | SET e.locked_for_update = true REMOVE e.locked_for_update)
RETURN statements, [e IN reported | e{.id, .source, .target, .date, quad: e.quad_class, .goldstein}] AS events`

// cypherDropOrphans deletes statements and events no article reports any
// more, and returns what the aggregates counted of them.
const cypherDropOrphans = `
CALL {
  UNWIND $statements AS id
  MATCH (s:Statement {id: id})
  WHERE NOT (s)-[:REPORTED_IN]->()
  WITH s, s{.speaker, .date} AS gone
  DETACH DELETE s
  RETURN collect(gone) AS statements
}
CALL {
  UNWIND $events AS id
  MATCH (e:Event {id: id})
  WHERE NOT (e)-[:REPORTED_IN]->()
  WITH e, e{.source, .target, .date, quad: e.quad_class, .goldstein} AS gone
  DETACH DELETE e
  RETURN collect(gone) AS events
}
RETURN statements, events`

// cypherArticles creates the new articles with their MENTIONS of the
// actors ($actors: element ids by actor id) and returns their element
// ids. CREATE, not MERGE: the status query found none of them (or the
// stale one it replaces is deleted by now), so a concurrent writer that
// stored one first makes this fail on the constraint instead of passing
// unnoticed. A re-extracted article keeps the ingested_at of the one it
// replaces.
const cypherArticles = `
UNWIND $rows AS a
CREATE (x:Article)
SET x = a.props, x.published_time = datetime(a.props.published_time),
    x.ingested_at = coalesce(a.props.ingested_at, datetime())
WITH x, a
CALL {
  WITH x, a
  UNWIND a.mentions AS m
  MATCH (act) WHERE elementId(act) = $actors[m.actor]
  CREATE (x)-[:MENTIONS {count: m.count}]->(act)
}
RETURN x.id AS id, elementId(x) AS eid`

// cypherActors merges actors carrying the given label ("" for actors whose
// type is not known yet) and returns the element ids of all of them. A
// node is only written when it learns something: a name, aliases, a
// country or its type, so that the busiest actors are not locked by every
// batch. The first type given stays: an actor that one article takes for a
// person and another for an organization keeps one type label, and the
// dictionary, written first, gives the canonical one.
func cypherActors(label string) string {
	typed := ""
	if label != "" {
		typed = fmt.Sprintf("\nFOREACH (_ IN CASE WHEN NOT (x:Person OR x:Organization OR x:Country OR x:Media) THEN [1] ELSE [] END | SET x:%s)", label)
	}
	return `
UNWIND $rows AS a
MERGE (x:Actor {id: a.id})
WITH x, a, [al IN a.aliases WHERE NOT al IN coalesce(x.aliases, [])] AS added
FOREACH (_ IN CASE WHEN (x.name IS NULL AND a.name IS NOT NULL) OR size(added) > 0
                      OR (x.country IS NULL AND a.country IS NOT NULL) THEN [1] ELSE [] END |
  SET x.name = coalesce(x.name, a.name), x.aliases = coalesce(x.aliases, []) + added,
      x.country = coalesce(x.country, a.country))` + typed + `
RETURN a.id AS id, elementId(x) AS eid`
}

// cypherRoles merges HOLDS_ROLE edges, one per actor, body and title,
// widening the known term to the earliest from and the latest to.
const cypherRoles = `
UNWIND $rows AS r
MATCH (a) WHERE elementId(a) = $actors[r.actor]
MATCH (o) WHERE elementId(o) = $actors[r.of]
MERGE (a)-[h:HOLDS_ROLE {title: r.title}]->(o)
WITH h, r,
     r.from IS NOT NULL AND (h.from IS NULL OR r.from < h.from) AS earlier,
     r.to IS NOT NULL AND (h.to IS NULL OR r.to > h.to) AS later
WHERE earlier OR later
SET h.from = CASE WHEN earlier THEN r.from ELSE h.from END,
    h.to = CASE WHEN later THEN r.to ELSE h.to END`

// cypherStatements creates the statements not stored yet, merged on their
// id (speaker and text): a quote carried by several outlets is one node.
// Existing ones are skipped before any lock is taken on their speaker. It
// returns the statements this transaction created: a node that MERGE finds
// because a concurrent writer created it a moment ago lacks the __New mark
// (set on create, removed before commit) and is that writer's to count and
// link. A statement created here has no MADE edge yet, so CREATE adds it
// without the search through the speaker's edges that MERGE would make; a
// statement whose speaker could not be told (speaker null) gets none.
const cypherStatements = `
UNWIND $rows AS s
OPTIONAL MATCH (old:Statement {id: s.id})
WITH s WHERE old IS NULL
MERGE (st:Statement {id: s.id})
  ON CREATE SET st:__New, st.text = s.text, st.kind = s.kind, st.speaker = s.speaker,
                st.date = s.date, st.date_precision = s.date_precision, st.date_source = s.date_source,
                st.undated = CASE WHEN s.date IS NULL THEN true END
WITH s, st, st:__New AS created
REMOVE st:__New
WITH s, st WHERE created
OPTIONAL MATCH (sp) WHERE elementId(sp) = $actors[s.speaker]
FOREACH (_ IN CASE WHEN sp IS NULL THEN [] ELSE [1] END | CREATE (sp)-[:MADE]->(st))
RETURN st.speaker AS speaker, st.date AS date`

// cypherStatementDates moves a statement to the earliest day its articles
// give it, with that report's precision and source, so that the stored
// date does not depend on which article came first. A statement is locked
// (the SET) before its date is read again, so that concurrent writers move
// it one after the other. It returns the statements moved, with the day
// they had.
const cypherStatementDates = `
UNWIND $rows AS s
MATCH (st:Statement {id: s.id})
WITH s, st WHERE s.date IS NOT NULL AND (st.date IS NULL OR s.date < st.date)
SET st.locked_for_update = true
REMOVE st.locked_for_update
WITH s, st, st.date AS was
WHERE was IS NULL OR s.date < was
SET st.date = s.date, st.date_precision = s.date_precision, st.date_source = s.date_source
REMOVE st.undated
WITH s, st, was
CALL {
  WITH s, st
  MATCH (st)-[ab:ABOUT]->()
  SET ab.date = s.date
}
RETURN st.speaker AS speaker, was, s.date AS date`

// cypherAbout links statements to the actors they are about, adding to what
// other articles said the statement is about. The edge repeats the
// speaker, the actor and the date, which index about_pair_date orders a
// pair's statements by.
const cypherAbout = `
UNWIND $rows AS r
MATCH (st:Statement {id: r.id})
MATCH (t) WHERE elementId(t) = $actors[r.about]
MERGE (st)-[ab:ABOUT]->(t)
  ON CREATE SET ab.speaker = st.speaker, ab.about = t.id, ab.date = st.date`

// cypherStatementReports adds one REPORTED_IN per article carrying a
// statement, with the date that article gives it, from which the
// statement's own is derived again when an article goes.
const cypherStatementReports = `
UNWIND $rows AS r
MATCH (st:Statement {id: r.id})
MATCH (ar) WHERE elementId(ar) = $articles[r.article]
CREATE (st)-[rep:REPORTED_IN]->(ar)
SET rep = r.facts`

// cypherEvents creates the events not stored yet, merged on their id (the
// parties, the CAMEO root's merge class and the day, see nlp): one node per
// real-world event. An event's sides and facts are those of its
// representative report, the earliest stored (gather puts the smallest
// article id first among a batch's, which share their ingested_at): an
// existing event keeps its ACTED and ON edges, and a created one gets them
// by CREATE. Then each article of the batch telling the event gets one
// REPORTED_IN carrying that report's own facts (sides, code, date,
// evidence), so that merging loses nothing a page said and the event can
// be derived again from any report (cypherRederive). It returns every
// event with its facts as they are once the new edges hold the event's
// lock (a concurrent replacement may just have derived it again), whether
// this transaction created it (see cypherStatements for the __New mark)
// and how many reports it added: what the aggregates count. The event
// repeats its actors' ids, which the date-ordered indexes of timelines
// start from.
const cypherEvents = `
UNWIND $rows AS e
MERGE (ev:Event {id: e.id})
  ON CREATE SET ev:__New, ev.cameo = e.cameo, ev.root = e.root, ev.quad_class = e.quad_class,
                ev.goldstein = e.goldstein, ev.date = e.date, ev.context = e.context,
                ev.date_precision = e.date_precision, ev.date_source = e.date_source,
                ev.source = e.source, ev.target = e.target,
                ev.undated = CASE WHEN e.date IS NULL THEN true END
WITH e, ev, ev:__New AS created
REMOVE ev:__New
WITH e, ev, created
CALL {
  WITH e, ev, created
  WITH e, ev WHERE created
  MATCH (s) WHERE elementId(s) = $actors[e.source]
  MATCH (t) WHERE elementId(t) = $actors[e.target]
  CREATE (s)-[:ACTED]->(ev), (ev)-[:ON]->(t)
}
CALL {
  WITH e, ev
  UNWIND e.reports AS r
  MATCH (ar) WHERE elementId(ar) = $articles[r.article]
  CREATE (ev)-[rep:REPORTED_IN]->(ar)
  SET rep = r.facts
}
RETURN ev.id AS id, created, ev.source AS source, ev.target AS target, ev.date AS date,
       ev.quad_class AS quad, ev.goldstein AS goldstein, size(e.reports) AS reports`

// cypherRederive derives again, from the reports that remain, the events
// and statements that lost a report to a replaced article (orphans are
// gone by then). An event takes the facts and sides of its earliest stored
// remaining report (by its article's ingested_at, then id), moving its
// ACTED and ON edges when a side changes; a statement takes the earliest
// day its remaining reports give. Both return what they were and are, for
// the aggregates. Each is locked before its reports are read, so that of
// two writers deriving one again, the second reads what the first
// committed instead of undoing it uncounted (a test re-extracting pages
// from four writers at once caught that).
const cypherRederive = `
CALL {
  UNWIND $events AS id
  MATCH (e:Event {id: id})
  SET e.locked_for_update = true
  REMOVE e.locked_for_update
  WITH e
  CALL {
    WITH e
    MATCH (e)-[r:REPORTED_IN]->(ar:Article)
    RETURN r ORDER BY ar.ingested_at, ar.id LIMIT 1
  }
  WITH e, r, e{.source, .target, .date, quad: e.quad_class, .goldstein} AS was,
       COUNT { (e)-[:REPORTED_IN]->() } AS reports
  SET e.source = r.source, e.target = r.target, e.cameo = r.cameo, e.root = r.root,
      e.quad_class = r.quad_class, e.goldstein = r.goldstein, e.date = r.date,
      e.date_precision = r.date_precision, e.date_source = r.date_source, e.context = r.context,
      e.undated = CASE WHEN r.date IS NULL THEN true END
  WITH e, r, was, reports
  CALL {
    WITH e, r, was
    WITH e, r WHERE r.source <> was.source
    OPTIONAL MATCH (:Actor)-[a:ACTED]->(e)
    DELETE a
    WITH DISTINCT e, r
    MATCH (s:Actor {id: r.source})
    CREATE (s)-[:ACTED]->(e)
  }
  CALL {
    WITH e, r, was
    WITH e, r WHERE r.target <> was.target
    OPTIONAL MATCH (e)-[o:ON]->(:Actor)
    DELETE o
    WITH DISTINCT e, r
    MATCH (t:Actor {id: r.target})
    CREATE (e)-[:ON]->(t)
  }
  RETURN collect({was: was, is: e{.source, .target, .date, quad: e.quad_class, .goldstein}, reports: reports}) AS events
}
CALL {
  UNWIND $statements AS id
  MATCH (st:Statement {id: id})
  SET st.locked_for_update = true
  REMOVE st.locked_for_update
  WITH st
  CALL {
    WITH st
    OPTIONAL MATCH (st)-[r:REPORTED_IN]->()
    WHERE r.date IS NOT NULL
    RETURN r ORDER BY r.date LIMIT 1
  }
  WITH st, r, st.date AS was
  WHERE coalesce(r.date <> was, r.date IS NULL <> was IS NULL)
  SET st.date = r.date, st.date_precision = r.date_precision, st.date_source = r.date_source,
      st.undated = CASE WHEN r.date IS NULL THEN true END
  WITH st, was
  CALL {
    WITH st
    MATCH (st)-[ab:ABOUT]->()
    SET ab.date = st.date
  }
  RETURN collect({speaker: st.speaker, was: was, date: st.date}) AS statements
}
RETURN events, statements`
