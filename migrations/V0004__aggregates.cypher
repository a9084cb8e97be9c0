// Aggregates kept by the writer in the transaction that changes what they
// count (README, "Graph model"), and the denormalized keys that let the
// read queries seek in date order instead of expanding busy actors.
//
// One Dyad per ordered pair of actors (all its events, dated or not); one
// DyadMonth per ordered pair, month and quad class (dated events); one
// ActorMonth per actor and month; one GraphMonth per month. The unique
// constraints make concurrent writers MERGE the same node.
CREATE CONSTRAINT dyad_key IF NOT EXISTS FOR (d:Dyad) REQUIRE (d.source, d.target) IS UNIQUE;
CREATE INDEX dyad_target IF NOT EXISTS FOR (d:Dyad) ON (d.target);
CREATE INDEX dyad_events IF NOT EXISTS FOR (d:Dyad) ON (d.events);
// The key puts month second, so that its index also finds a source's
// months in a period (and a pair's, filtering the target).
CREATE CONSTRAINT dyad_month_key IF NOT EXISTS FOR (d:DyadMonth) REQUIRE (d.source, d.month, d.target, d.quad) IS UNIQUE;
CREATE INDEX dyad_month_target IF NOT EXISTS FOR (d:DyadMonth) ON (d.target, d.month);
CREATE INDEX dyad_month_month IF NOT EXISTS FOR (d:DyadMonth) ON (d.month);
CREATE CONSTRAINT actor_month_key IF NOT EXISTS FOR (m:ActorMonth) REQUIRE (m.actor, m.month) IS UNIQUE;
CREATE CONSTRAINT graph_month_key IF NOT EXISTS FOR (m:GraphMonth) REQUIRE m.month IS UNIQUE;
// An actor's events and statements in date order, and a pair's: timelines
// read a page from these and stop.
CREATE INDEX event_source_date IF NOT EXISTS FOR (e:Event) ON (e.source, e.date);
CREATE INDEX event_target_date IF NOT EXISTS FOR (e:Event) ON (e.target, e.date);
CREATE INDEX event_pair_date IF NOT EXISTS FOR (e:Event) ON (e.source, e.target, e.date);
CREATE INDEX statement_speaker_date IF NOT EXISTS FOR (s:Statement) ON (s.speaker, s.date);
CREATE INDEX about_pair_date IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.speaker, r.about, r.date);
