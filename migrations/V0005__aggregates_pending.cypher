// A graph that already held events when V0004 came has neither the
// denormalized keys nor the aggregates: this marks it, and `diplograph
// ingest` refuses to write until `diplograph aggregate --rebuild` has built
// them and removed the mark. An empty graph gets no mark.
MATCH (e:Event)
WITH e LIMIT 1
MERGE (:__AggregatesPending {name: 'aggregates'});
