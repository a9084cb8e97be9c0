package graph

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Profile adds up what Neo4j's PROFILE reports for the read queries run
// under a context from WithProfile: how a request's cost is measured
// (internal/queryprofile, docs/api-speed.md).
type Profile struct {
	mu sync.Mutex
	// Queries counts the queries run, DBHits the store accesses Neo4j
	// counted over all their operators, Rows the rows they returned.
	Queries int
	DBHits  int64
	Rows    int64
	// Plans are the profiled plans, an operator a line: its db hits, rows
	// and details, indented by depth.
	Plans []string
}

type profileKey struct{}

// WithProfile returns a context under which every read query of this
// package runs with PROFILE and adds its figures to p.
func WithProfile(ctx context.Context, p *Profile) context.Context {
	return context.WithValue(ctx, profileKey{}, p)
}

// profiled returns the query to run under ctx and, when profiling, the
// Profile to add its figures to.
func profiled(ctx context.Context, query string) (string, *Profile) {
	p, _ := ctx.Value(profileKey{}).(*Profile)
	if p == nil {
		return query, nil
	}
	return "PROFILE " + query, p
}

// add records one profiled query's summary.
func (p *Profile) add(sum neo4j.ResultSummary, rows int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.Queries++
	p.Rows += int64(rows)
	if plan := sum.Profile(); plan != nil {
		p.DBHits += dbHits(plan)
		var b strings.Builder
		render(&b, plan, 0)
		p.Plans = append(p.Plans, b.String())
	}
}

func render(b *strings.Builder, plan neo4j.ProfiledPlan, depth int) {
	details, _ := plan.Arguments()["Details"].(string)
	fmt.Fprintf(b, "%s%s  db_hits=%d rows=%d  %.120s\n", strings.Repeat("  ", depth), plan.Operator(), plan.DbHits(), plan.Records(), details)
	for _, c := range plan.Children() {
		render(b, c, depth+1)
	}
}

func dbHits(plan neo4j.ProfiledPlan) int64 {
	n := plan.DbHits()
	for _, c := range plan.Children() {
		n += dbHits(c)
	}
	return n
}
