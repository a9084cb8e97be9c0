package graph_test

import (
	"context"
	"errors"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// TestActorCountsAgreeWithTheEdges compares ActorByID, which counts from
// degrees, the Dyads and the date-ordered indexes, with a count of every
// actor's edges as it was read before (events once each, either side),
// on the samples and the fixture's world.
func TestActorCountsAgreeWithTheEdges(t *testing.T) {
	db := loaded(t)
	ctx := context.Background()
	rows := neo4jtest.Value(t, db, `
		MATCH (a:Actor)
		CALL { WITH a MATCH (a)-[:MADE]->(s:Statement) RETURN count(s) AS statements, min(s.date) AS sf, max(s.date) AS sl }
		CALL { WITH a MATCH (a)-[:ACTED|ON]-(e:Event) WITH DISTINCT e RETURN count(e) AS events, min(e.date) AS ef, max(e.date) AS el }
		CALL { WITH a MATCH (ar:Article)-[:MENTIONS]->(a) RETURN count(ar) AS articles, min(date(ar.published)) AS af, max(date(ar.published)) AS al }
		WITH a, statements, events, articles, [d IN [sf, ef, af] WHERE d IS NOT NULL] AS firsts, [d IN [sl, el, al] WHERE d IS NOT NULL] AS lasts
		RETURN collect([a.id, statements, events, articles,
			CASE WHEN size(firsts) > 0 THEN toString(reduce(m = firsts[0], d IN firsts | CASE WHEN d < m THEN d ELSE m END)) ELSE '' END,
			CASE WHEN size(lasts) > 0 THEN toString(reduce(m = lasts[0], d IN lasts | CASE WHEN d > m THEN d ELSE m END)) ELSE '' END])`, nil).([]any)
	busy := 0
	for _, v := range rows {
		want := v.([]any)
		got, err := db.ActorByID(ctx, want[0].(string))
		if err != nil {
			t.Fatal(err)
		}
		counts := []any{int64(got.Statements), int64(got.Events), int64(got.Articles), got.FirstSeen, got.LastSeen}
		same(t, "actor "+want[0].(string)+": statements, events, articles, first and last seen", counts, want[1:])
		if got.Events > 1 && got.Statements > 0 {
			busy++
		}
	}
	// The comparison means something only with actors that have several
	// events and statements.
	if busy < 3 {
		t.Errorf("%d actors with several events and a statement; want at least 3", busy)
	}
	if _, err := db.ActorByID(ctx, "fx-nobody"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown actor: got %v, want ErrNotFound", err)
	}
}
