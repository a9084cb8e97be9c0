// One node per id: every writer MERGEs on these, so concurrent ingests meet
// on the same node instead of creating twins.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
// Not unique: a changed version of a page is stored under its new id before
// the old one from the same URL is removed, and pages from stdin have none.
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
