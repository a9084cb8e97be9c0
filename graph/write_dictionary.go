package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
)

// WriteDictionary merges every actor of the curated dictionary (of the
// given version), with its aliases and its dated HOLDS_ROLE edges, in one
// transaction. It is idempotent and cheap, so every ingest runs it first:
// dictionary names are canonical, and an actor's roles are known even
// before an article names them.
func (w *Writer) WriteDictionary(ctx context.Context, version string, known []diplograph.Actor) (diplograph.Counters, error) {
	var actors []actorRow
	var roles []map[string]any
	seen := map[string]bool{}
	for _, a := range known {
		if a.ID == "" || ActorLabel(a.Type) == "" {
			return diplograph.Counters{}, fmt.Errorf("dictionary actor %q: needs an id and a known type, has %q and %q", a.Name, a.ID, a.Type)
		}
		seen[a.ID] = true
		actors = append(actors, actorRow{id: a.ID, name: a.Name, label: ActorLabel(a.Type), country: string(a.Country), aliases: a.Aliases})
	}
	for _, a := range known {
		for _, r := range a.Roles {
			if r.Of == "" || r.Title == "" {
				continue
			}
			from, err := parseDay(string(r.From))
			if err != nil {
				return diplograph.Counters{}, fmt.Errorf("dictionary actor %s: role %q: from: %w", a.ID, r.Title, err)
			}
			to, err := parseDay(string(r.To))
			if err != nil {
				return diplograph.Counters{}, fmt.Errorf("dictionary actor %s: role %q: to: %w", a.ID, r.Title, err)
			}
			if !seen[r.Of] {
				seen[r.Of] = true
				actors = append(actors, actorRow{id: r.Of})
			}
			roles = append(roles, roleRow(a.ID, r.Of, r.Title, from, to))
		}
	}
	roles = widenRoles(roles)
	res, err := w.db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var c diplograph.Counters
		run := counting(ctx, tx, &c)
		ids, err := mergeActors(run, actors)
		if err != nil {
			return nil, err
		}
		err = runSteps(run, nodeIDs{actors: ids}, step{"merging roles", cypherRoles, roles})
		return c, err
	})
	if err != nil {
		return diplograph.Counters{}, fmt.Errorf("writing the actor dictionary (version %s): %w", version, err)
	}
	return res.(diplograph.Counters), nil
}
