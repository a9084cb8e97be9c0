package graph

import (
	"context"
	"maps"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
)

// writeTx is the body of one batch transaction. The driver may run it more
// than once, so it builds everything from the prepared rows anew.
func writeTx(ctx context.Context, tx neo4j.ManagedTransaction, batch []prepared) (batchOutcome, error) {
	out := batchOutcome{outcomes: make([]diplograph.Outcome, len(batch))}
	run := counting(ctx, tx, &out.counters)
	status, err := readStatus(run, batch)
	if err != nil {
		return out, err
	}
	fresh, drop := status.sort(batch, out.outcomes)
	if len(fresh) == 0 {
		return out, nil
	}
	d := newDeltas()
	orphans, err := dropArticles(run, drop, d)
	if err != nil {
		return out, err
	}
	if err := writeFresh(run, gather(fresh), d); err != nil {
		return out, err
	}
	if err := dropOrphans(run, orphans, d); err != nil {
		return out, err
	}
	if params, changed := d.params(); changed {
		if _, err := run("updating the aggregates", cypherAggregates, params); err != nil {
			return out, err
		}
	}
	return out, nil
}

// storedStatus is what the graph already holds of a batch's articles.
type storedStatus struct {
	present, stale       map[string]bool
	replaces, supersedes map[string][]any
	ingestedAt           map[string]any
}

func readStatus(run runFunc, batch []prepared) (storedStatus, error) {
	rows := make([]map[string]any, len(batch))
	for i, p := range batch {
		rows[i] = map[string]any{"id": p.id, "url": nullable(p.url), "extraction": p.article["extraction"]}
	}
	res, err := run("checking which articles are stored", cypherStatus, map[string]any{"rows": rows})
	if err != nil {
		return storedStatus{}, err
	}
	st := storedStatus{present: map[string]bool{}, stale: map[string]bool{}, replaces: map[string][]any{},
		supersedes: map[string][]any{}, ingestedAt: map[string]any{}}
	for _, rec := range res.Records {
		m := row(rec.AsMap())
		id := m.str("id")
		st.present[id], _ = m["present"].(bool)
		st.stale[id], _ = m["stale"].(bool)
		st.replaces[id], _ = m["old"].([]any)
		st.supersedes[id], _ = m["supersedes"].([]any)
		st.ingestedAt[id] = m["ingested_at"]
	}
	return st, nil
}

// sort sets each article's outcome and returns the articles to write and
// the stored articles they replace (rows of cypherDropArticles): older
// versions from the same URL, or the article itself as an earlier build
// extracted it.
func (st storedStatus) sort(batch []prepared, outcomes []diplograph.Outcome) (fresh []prepared, drop []any) {
	for i, p := range batch {
		switch {
		case st.present[p.id]:
			outcomes[i] = diplograph.Unchanged
		case st.stale[p.id]:
			outcomes[i] = diplograph.Reextracted
			drop = append(drop, map[string]any{"id": p.id, "unless": p.article["extraction"]})
			p.article = maps.Clone(p.article)
			p.article["supersedes"] = st.supersedes[p.id]
			p.article["ingested_at"] = st.ingestedAt[p.id]
			fresh = append(fresh, p)
		case len(st.replaces[p.id]) > 0:
			outcomes[i] = diplograph.Replaced
			for _, id := range st.replaces[p.id] {
				drop = append(drop, map[string]any{"id": id, "unless": nil})
			}
			p.article = maps.Clone(p.article)
			p.article["supersedes"] = st.supersedes[p.id]
			fresh = append(fresh, p)
		default:
			outcomes[i] = diplograph.New
			fresh = append(fresh, p)
		}
	}
	return fresh, drop
}

// orphans are the statements and events of replaced articles, which no
// article may report any more.
type orphans struct{ statements, events []any }

// dropArticles deletes the replaced articles and counts the reports that
// go with them.
func dropArticles(run runFunc, rows []any, d *deltas) (orphans, error) {
	o := orphans{statements: []any{}, events: []any{}}
	if len(rows) == 0 {
		return o, nil
	}
	res, err := run("deleting replaced articles", cypherDropArticles, map[string]any{"rows": rows})
	if err != nil {
		return o, err
	}
	seen := map[any]bool{}
	for _, rec := range res.Records {
		m := row(rec.AsMap())
		for _, id := range m["statements"].([]any) {
			if !seen[id] {
				seen[id] = true
				o.statements = append(o.statements, id)
			}
		}
		for _, e := range m["events"].([]any) {
			ev := row(e.(map[string]any))
			d.report(factsOf(ev), -1)
			if id := ev["id"]; !seen[id] {
				seen[id] = true
				o.events = append(o.events, id)
			}
		}
	}
	return o, nil
}

// step is one query of a transaction over rows, skipped when there are none.
type step struct {
	what, query string
	rows        []map[string]any
}

// runSteps runs each step with its rows and the node ids.
func runSteps(run runFunc, ids nodeIDs, steps ...step) error {
	for _, s := range steps {
		if len(s.rows) == 0 {
			continue
		}
		if _, err := run(s.what, s.query, ids.with(s.rows)); err != nil {
			return err
		}
	}
	return nil
}

// nodeIDs are the element ids of the actors a batch refers to and of the
// articles it created, by their own ids: the later queries of the
// transaction find those nodes by element id instead of seeking the
// unique index again for every edge. Neither kind can be deleted under
// the transaction (actors never are; these articles are its own), so an
// element id cannot point to another node meanwhile.
type nodeIDs struct {
	actors, articles map[string]any
}

// with is a query's parameters: the node ids and the rows.
func (n nodeIDs) with(rows []map[string]any) map[string]any {
	return map[string]any{"actors": n.actors, "articles": n.articles, "rows": rows}
}

// writeFresh writes the new articles and what they report, and counts what
// it created.
func writeFresh(run runFunc, rows batchRows, d *deltas) error {
	var ids nodeIDs
	var err error
	if ids.actors, err = mergeActors(run, rows.actors); err != nil {
		return err
	}
	if ids.articles, err = createArticles(run, rows.articles, ids); err != nil {
		return err
	}
	if err := runSteps(run, ids, step{"merging roles", cypherRoles, rows.roles}); err != nil {
		return err
	}
	if err := writeStatements(run, rows, ids, d); err != nil {
		return err
	}
	return writeEvents(run, rows, ids, d)
}

// createArticles creates the articles with their MENTIONS and returns
// their element ids.
func createArticles(run runFunc, rows []map[string]any, ids nodeIDs) (map[string]any, error) {
	res, err := run("creating articles", cypherArticles, ids.with(rows))
	if err != nil {
		return nil, err
	}
	return elementIDs(res), nil
}

// elementIDs reads the id and eid columns of a query's records.
func elementIDs(res *neo4j.EagerResult) map[string]any {
	out := make(map[string]any, len(res.Records))
	for _, rec := range res.Records {
		m := row(rec.AsMap())
		out[m.str("id")] = m["eid"]
	}
	return out
}

// writeStatements merges the statements, links them, and counts the dated
// ones it created.
func writeStatements(run runFunc, rows batchRows, ids nodeIDs, d *deltas) error {
	if len(rows.statements) == 0 {
		return nil
	}
	res, err := run("merging statements", cypherStatements, ids.with(rows.statements))
	if err != nil {
		return err
	}
	for _, rec := range res.Records {
		m := row(rec.AsMap())
		d.statement(m.str("speaker"), factsOf(m).date, 1)
	}
	if res, err = run("dating statements by their earliest report", cypherStatementDates, map[string]any{"rows": rows.statements}); err != nil {
		return err
	}
	for _, rec := range res.Records {
		m := row(rec.AsMap())
		d.statement(m.str("speaker"), factsOf(row{"date": m["was"]}).date, -1)
		d.statement(m.str("speaker"), factsOf(m).date, 1)
	}
	return runSteps(run, ids, step{"linking statements to whom they are about", cypherAbout, rows.about},
		step{"linking statements to articles", cypherStatementReports, rows.statementReports})
}

// writeEvents merges the events with their reports, and counts the events
// it created and every report.
func writeEvents(run runFunc, rows batchRows, ids nodeIDs, d *deltas) error {
	if len(rows.events) == 0 {
		return nil
	}
	res, err := run("merging events and linking them to articles", cypherEvents, ids.with(rows.events))
	if err != nil {
		return err
	}
	for _, rec := range res.Records {
		m := row(rec.AsMap())
		f := factsOf(m)
		if created, _ := m["created"].(bool); created {
			d.event(f, 1)
		}
		for range m.int("reports") {
			d.report(f, 1)
		}
	}
	return nil
}

// dropOrphans deletes the statements and events no article reports any
// more, derives the others again from the reports they keep, and counts
// both changes.
func dropOrphans(run runFunc, o orphans, d *deltas) error {
	if len(o.statements)+len(o.events) == 0 {
		return nil
	}
	res, err := run("deleting orphaned statements and events", cypherDropOrphans,
		map[string]any{"statements": o.statements, "events": o.events})
	if err != nil {
		return err
	}
	for _, rec := range res.Records {
		m := row(rec.AsMap())
		for _, s := range m["statements"].([]any) {
			sm := row(s.(map[string]any))
			d.statement(sm.str("speaker"), factsOf(sm).date, -1)
		}
		for _, e := range m["events"].([]any) {
			d.event(factsOf(row(e.(map[string]any))), -1)
		}
	}
	return rederive(run, o, d)
}

// rederive makes the events and statements that lost a report but not all
// of them what their remaining reports say (cypherRederive), and moves
// what the aggregates counted of them: an event whose facts changed leaves
// its old pair and months, with all its reports, for the new ones.
func rederive(run runFunc, o orphans, d *deltas) error {
	res, err := run("deriving events and statements again from their remaining reports", cypherRederive,
		map[string]any{"statements": o.statements, "events": o.events})
	if err != nil {
		return err
	}
	for _, rec := range res.Records {
		m := row(rec.AsMap())
		for _, e := range m["events"].([]any) {
			em := row(e.(map[string]any))
			was, is := factsOf(em.sub("was")), factsOf(em.sub("is"))
			if was == is {
				continue
			}
			n := em.int("reports")
			d.event(was, -1)
			d.event(is, 1)
			for range n {
				d.report(was, -1)
				d.report(is, 1)
			}
		}
		for _, s := range m["statements"].([]any) {
			sm := row(s.(map[string]any))
			d.statement(sm.str("speaker"), factsOf(row{"date": sm["was"]}).date, -1)
			d.statement(sm.str("speaker"), factsOf(sm).date, 1)
		}
	}
	return nil
}
