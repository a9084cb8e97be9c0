package graph

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/nlp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// WriteDictionary merges every actor of the curated dictionary, with its
// aliases and its HOLDS_ROLE edges, in one transaction. It is idempotent and
// cheap, so every ingest runs it first: dictionary names are canonical, and
// an actor's roles are known even before an article names them.
func (w *Writer) WriteDictionary(ctx context.Context, d *nlp.Dictionary) (Counters, error) {
	var actors []actorRow
	var roles []map[string]any
	known := map[string]bool{}
	for _, a := range d.Actors {
		if a.ID == "" || ActorLabel(a.Type) == "" {
			return Counters{}, fmt.Errorf("dictionary actor %q: needs an id and a known type, has %q and %q", a.Name, a.ID, a.Type)
		}
		known[a.ID] = true
		actors = append(actors, actorRow{id: a.ID, name: a.Name, label: ActorLabel(a.Type), country: a.Country, aliases: a.Aliases})
	}
	for _, a := range d.Actors {
		for _, r := range a.Roles {
			if r.Of == "" || r.Title == "" {
				continue
			}
			from, err := parseDay(r.From)
			if err != nil {
				return Counters{}, fmt.Errorf("dictionary actor %s: role %q: from: %w", a.ID, r.Title, err)
			}
			to, err := parseDay(r.To)
			if err != nil {
				return Counters{}, fmt.Errorf("dictionary actor %s: role %q: to: %w", a.ID, r.Title, err)
			}
			if !known[r.Of] {
				known[r.Of] = true
				actors = append(actors, actorRow{id: r.Of})
			}
			roles = append(roles, roleRow(a.ID, r.Of, r.Title, from, to))
		}
	}
	roles = widenRoles(roles)
	var counters Counters
	err := w.retrying(ctx, func() error {
		res, err := w.db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			var c Counters
			run := counting(ctx, tx, &c)
			if err := mergeActors(run, actors); err != nil {
				return nil, err
			}
			if len(roles) > 0 {
				if _, err := run("merging roles", cypherRoles, map[string]any{"rows": roles}); err != nil {
					return nil, err
				}
			}
			return c, nil
		})
		if err == nil {
			counters = res.(Counters)
		}
		return err
	})
	if err != nil {
		return Counters{}, fmt.Errorf("writing the actor dictionary (version %s): %w", d.Version, err)
	}
	return counters, nil
}
