// Indexes that hold the values the read queries rank aggregates by, so
// that a query reads the index alone and opens only the aggregates it
// keeps: an actor's Dyads either way with their weights (the ego network's
// walk and the edges among its actors), and a period's DyadMonths with
// their pair, quad class and weight (the graph of a period, the explorer's
// first view), and then a pair's months in that period, for the pairs kept.
CREATE INDEX dyad_source_target_events IF NOT EXISTS FOR (d:Dyad) ON (d.source, d.target, d.events);
CREATE INDEX dyad_target_source_events IF NOT EXISTS FOR (d:Dyad) ON (d.target, d.source, d.events);
CREATE INDEX dyad_month_month_pair_events IF NOT EXISTS FOR (d:DyadMonth) ON (d.month, d.source, d.target, d.quad, d.events);
CREATE INDEX dyad_month_pair_month IF NOT EXISTS FOR (d:DyadMonth) ON (d.source, d.target, d.month);
