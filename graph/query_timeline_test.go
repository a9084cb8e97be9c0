package graph_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	fx "github.com/diplograph/diplograph/internal/graphfixture"
)

// TestTimelineWalkAndExpandAgree checks that both ways of finding an
// actor's timeline give the same pages, on a graph where one actor takes
// part in most events (the case the date-index walk is for).
func TestTimelineWalkAndExpandAgree(t *testing.T) {
	ctx := context.Background()
	db := fx.Open(t)
	if _, err := db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if _, err := tx.Run(ctx, "MATCH (n) DETACH DELETE n", nil); err != nil {
			return nil, err
		}
		// hub takes part in most of 60 events over 30 days, several on the
		// same day (ties broken by id), two undated, and makes statements.
		_, err := tx.Run(ctx, `
			CREATE (hub:Actor:Country {id: 'hub', name: 'Hub'}), (x:Actor:Country {id: 'x', name: 'X'}), (y:Actor:Person {id: 'y', name: 'Y'})
			WITH hub, x, y
			UNWIND range(1, 60) AS i
			WITH hub, x, y, i, CASE WHEN i % 3 = 0 THEN x ELSE hub END AS src, CASE WHEN i % 5 = 0 THEN y ELSE x END AS tgt
			CREATE (src)-[:ACTED]->(e:Event {id: 'ev-' + toString(100 + i), root: toString(10 + i % 4), quad_class: 1 + i % 4,
				goldstein: 1.0, cameo: '0' + toString(10 + i % 4),
				date: CASE WHEN i > 58 THEN null ELSE date('2020-01-01') + duration({days: i % 30}) END})-[:ON]->(tgt)
			WITH hub, i WHERE i <= 20
			CREATE (hub)-[:MADE]->(:Statement {id: 'st-' + toString(100 + i), text: 'teks ' + toString(i), kind: 'direct',
				date: date('2020-01-01') + duration({days: i % 7})})`, nil)
		return nil, err
	}); err != nil {
		t.Fatal(err)
	}
	queries := []graph.TimelineQuery{
		{Actor: "hub", Page: graph.Page{Limit: 7}},
		{Actor: "hub", Page: graph.Page{Limit: 7, Offset: 14}},
		{Actor: "hub", Descending: true, Page: graph.Page{Limit: 9, Offset: 3}},
		{Actor: "hub", From: day("2020-01-05"), To: day("2020-01-20"), Page: graph.Page{Limit: 50}},
		{Actor: "hub", Root: "11", Page: graph.Page{Limit: 5}},
		{Actor: "hub", Kind: graph.KindStatement, Descending: true, Page: graph.Page{Limit: 6}},
		{Actor: "y", Page: graph.Page{Limit: 4, Offset: 2}},
	}
	for _, q := range queries {
		expanded, walked, err := db.TimelineBothWays(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(expanded.Items) == 0 {
			t.Errorf("%+v: empty page", q)
		}
		if !reflect.DeepEqual(expanded, walked) {
			t.Errorf("%+v:\nexpand %s\nwalk   %s", q, pageIDs(expanded), pageIDs(walked))
		}
	}
	if events, statements, err := db.TimelinePlan(ctx, graph.TimelineQuery{Actor: "hub", Page: graph.Page{Limit: 1}}); err != nil || !events || !statements {
		t.Errorf("hub is in most items, yet the plan expands (%v, %v, %v)", events, statements, err)
	}
	if events, _, err := db.TimelinePlan(ctx, graph.TimelineQuery{Actor: "y", Page: graph.Page{Limit: 50}}); err != nil || events {
		t.Errorf("y is in few events, yet the plan walks (%v)", err)
	}
}

func pageIDs(l graph.List[graph.TimelineItem]) string {
	var out []string
	for _, it := range l.Items {
		out = append(out, itemID(it)+"@"+it.Date)
	}
	return fmt.Sprint(out, l.More)
}
