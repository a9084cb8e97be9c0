package graph

import "context"

// TimelineBothWays runs a timeline query by expanding the actor's
// relationships and by walking the date index, for a test that compares
// the two.
func (db *DB) TimelineBothWays(ctx context.Context, q TimelineQuery) (expanded, walked List[TimelineItem], err error) {
	if expanded, err = db.timeline(ctx, q, walk{}); err != nil {
		return
	}
	walked, err = db.timeline(ctx, q, walk{events: true, statements: true})
	return
}

// TimelinePlan says which kinds a timeline query would find by walking.
func (db *DB) TimelinePlan(ctx context.Context, q TimelineQuery) (events, statements bool, err error) {
	stats, err := db.actorStats(ctx, q.Actor)
	if err != nil {
		return false, false, err
	}
	w := q.plan(stats[q.Actor])
	return w.events, w.statements, nil
}
