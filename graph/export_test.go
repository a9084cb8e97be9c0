package graph

import "context"

// The queries counted from the events instead of the aggregates, for tests
// that check the two agree.

func (db *DB) RelationsFromEvents(ctx context.Context, q RelationsQuery) (List[Relation], error) {
	return db.relations(ctx, q, fromEvents)
}

func (db *DB) GraphFromEvents(ctx context.Context, q GraphQuery) (Network, error) {
	return db.graph(ctx, q, fromEvents)
}

func (db *DB) EgoNetworkFromEvents(ctx context.Context, q NetworkQuery) (Network, error) {
	return db.egoNetwork(ctx, q, fromEvents)
}

func (db *DB) HistogramFromItems(ctx context.Context, q HistogramQuery) (List[Bucket], error) {
	return db.histogram(ctx, q, false)
}
