package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"

	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
)

// WriteOptions tunes a Writer.
type WriteOptions struct {
	// BatchSize is the most articles written in one transaction
	// (DIPLOGRAPH_BATCH_SIZE).
	BatchSize int
	// RetryTime is how long a batch is retried, with growing pauses, while
	// Neo4j is unreachable, on top of the driver's own retries, before its
	// articles are reported as not written (DIPLOGRAPH_RETRY_TIME).
	RetryTime time.Duration
}

// Writer writes extractions into the graph: each article atomically, several
// articles per transaction. It is safe for concurrent use, and several
// processes may write at once without creating duplicates.
type Writer struct {
	db   *DB
	opts WriteOptions
}

// NewWriter returns a Writer on db.
func NewWriter(db *DB, opts WriteOptions) (*Writer, error) {
	if opts.BatchSize < 1 {
		return nil, fmt.Errorf("batch size must be at least 1, got %d", opts.BatchSize)
	}
	if opts.RetryTime < 0 {
		return nil, fmt.Errorf("retry time must not be negative, got %s", opts.RetryTime)
	}
	return &Writer{db: db, opts: opts}, nil
}

// Write writes articles in transactions of up to BatchSize articles. An
// article that cannot be written (bad data, a constraint violation) is
// reported as Failed with the reason, and the others are still written: a
// failed batch is retried article by article to isolate the bad one. When
// Neo4j stays unreachable past RetryTime, or ctx ends, Write stops and
// returns the report so far with a *NotWrittenError naming every article
// not written.
func (w *Writer) Write(ctx context.Context, articles []diplograph.Article) (diplograph.WriteReport, error) {
	var rep diplograph.WriteReport
	var pending []prepared
	for _, a := range articles {
		p, err := prepare(a)
		if err != nil {
			rep.Articles = append(rep.Articles, diplograph.ArticleResult{ID: a.ID, Name: p.name, Outcome: diplograph.Failed, Err: err})
			continue
		}
		pending = append(pending, p)
	}
	for len(pending) > 0 {
		batch, rest := nextBatch(pending, w.opts.BatchSize)
		if err := w.writeBatch(ctx, batch, &rep); err != nil {
			// Some of the batch may have been written one by one before the
			// outage; the report has those.
			done := map[string]bool{}
			for _, a := range rep.Articles {
				done[a.ID] = true
			}
			var names []string
			for _, p := range pending {
				if !done[p.id] {
					names = append(names, p.name)
				}
			}
			return rep, &diplograph.NotWrittenError{Articles: names, Err: err}
		}
		pending = rest
	}
	return rep, nil
}

// nextBatch takes up to size articles from the front. A second article from
// the same URL or with the same id waits for a later batch, since it must
// see the first one committed to be recognised as a replacement or a repeat.
func nextBatch(ps []prepared, size int) (batch, rest []prepared) {
	ids, urls := map[string]bool{}, map[string]bool{}
	for i, p := range ps {
		if len(batch) == size {
			return batch, append(rest, ps[i:]...)
		}
		if ids[p.id] || (p.url != "" && urls[p.url]) {
			rest = append(rest, p)
			continue
		}
		ids[p.id], urls[p.url] = true, p.url != ""
		batch = append(batch, p)
	}
	return batch, rest
}

// writeBatch writes batch in one transaction, or article by article when
// that fails for a reason other than an outage. It returns an error only for
// an outage or an ended context, with nothing of the batch written.
func (w *Writer) writeBatch(ctx context.Context, batch []prepared, rep *diplograph.WriteReport) error {
	out, err := w.transact(ctx, batch)
	if err == nil {
		addOutcomes(rep, batch, out)
		return nil
	}
	if len(batch) == 1 && errors.Is(err, errConstraint) {
		// Another process may have stored the same article or actor a moment
		// before us; the second attempt sees its work.
		out, err = w.transact(ctx, batch)
		if err == nil {
			addOutcomes(rep, batch, out)
			return nil
		}
	}
	if fatal(ctx, err) {
		return err
	}
	if len(batch) == 1 {
		p := batch[0]
		rep.Articles = append(rep.Articles, diplograph.ArticleResult{ID: p.id, Name: p.name, Outcome: diplograph.Failed,
			Err: fmt.Errorf("writing article %s: %w", p.name, err)})
		return nil
	}
	for i := range batch {
		if err := w.writeBatch(ctx, batch[i:i+1], rep); err != nil {
			return err
		}
	}
	return nil
}

// addOutcomes reports a committed batch.
func addOutcomes(r *diplograph.WriteReport, batch []prepared, out batchOutcome) {
	for i, p := range batch {
		r.Articles = append(r.Articles, diplograph.ArticleResult{ID: p.id, Name: p.name, Outcome: out.outcomes[i]})
	}
	r.Counters.Add(out.counters)
}

// fatal reports errors that retrying article by article cannot cure.
func fatal(ctx context.Context, err error) bool {
	return ctx.Err() != nil || errors.Is(err, ErrUnavailable) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// transient reports errors Neo4j says are worth retrying, such as a
// deadlock between concurrent writers, also when the driver has given up
// retrying them.
func transient(err error) bool {
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		err = limit.Errors[len(limit.Errors)-1]
	}
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.IsRetriable()
}

// errConstraint marks a uniqueness constraint violation.
var errConstraint = errors.New("constraint violation")

type batchOutcome struct {
	outcomes []diplograph.Outcome
	counters diplograph.Counters
}

// transact runs the batch's writes in one managed transaction, retrying
// with backoff while Neo4j is unreachable, up to RetryTime.
func (w *Writer) transact(ctx context.Context, batch []prepared) (batchOutcome, error) {
	var res any
	err := w.retrying(ctx, func() error {
		var err error
		res, err = w.db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return writeTx(ctx, tx, batch)
		})
		return err
	})
	if err != nil {
		var ne *neo4j.Neo4jError
		if errors.As(err, &ne) && ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed" {
			err = fmt.Errorf("%w: %w", errConstraint, err)
		}
		return batchOutcome{}, err
	}
	return res.(batchOutcome), nil
}

// retrying runs op until it succeeds, fails for a reason other than an
// outage or a transient error, or RetryTime has passed since the first
// failure. The driver's own retries stop after a few seconds; concurrent
// writers deadlocking on a busy actor, or a server restarting, can last
// longer. A query that ran out of NEO4J_QUERY_TIMEOUT counts as an outage
// here: a server that is restarting or swamped looks like that, as does one
// still refusing connections when the timeout strikes during the driver's
// own retries.
func (w *Writer) retrying(ctx context.Context, op func() error) error {
	deadline := time.Now().Add(w.opts.RetryTime)
	pause := 250 * time.Millisecond
	away := false
	for {
		err := op()
		if err == nil || ctx.Err() != nil ||
			!(errors.Is(err, ErrUnavailable) || errors.Is(err, context.DeadlineExceeded) || transient(err)) {
			return err
		}
		away = away || errors.Is(err, ErrUnavailable)
		left := time.Until(deadline)
		if left <= 0 {
			if away && !errors.Is(err, ErrUnavailable) {
				return fmt.Errorf("%w: still failing after retrying for %s: %w", ErrUnavailable, w.opts.RetryTime, err)
			}
			return fmt.Errorf("still failing after retrying for %s: %w", w.opts.RetryTime, err)
		}
		t := time.NewTimer(min(pause, left))
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w (while waiting for Neo4j: %v)", ctx.Err(), err)
		case <-t.C:
		}
		pause = min(2*pause, 5*time.Second)
	}
}

// writeTx is the body of one batch transaction. The driver may run it more
// than once, so it builds everything from the prepared rows anew.
func writeTx(ctx context.Context, tx neo4j.ManagedTransaction, batch []prepared) (batchOutcome, error) {
	out := batchOutcome{outcomes: make([]diplograph.Outcome, len(batch))}
	run := counting(ctx, tx, &out.counters)

	status := make([]map[string]any, len(batch))
	for i, p := range batch {
		status[i] = map[string]any{"id": p.id, "url": nullable(p.url)}
	}
	res, err := run("checking which articles are stored", cypherStatus, map[string]any{"rows": status})
	if err != nil {
		return out, err
	}
	present := map[string]bool{}
	replaces, supersedes := map[string][]any{}, map[string][]any{}
	for _, rec := range res.Records {
		id, _ := rec.Get("id")
		p, _ := rec.Get("present")
		old, _ := rec.Get("old")
		sup, _ := rec.Get("supersedes")
		present[id.(string)] = p.(bool)
		replaces[id.(string)] = old.([]any)
		supersedes[id.(string)] = sup.([]any)
	}

	var fresh []prepared
	var drop []any
	for i, p := range batch {
		switch {
		case present[p.id]:
			out.outcomes[i] = diplograph.Unchanged
		case len(replaces[p.id]) > 0:
			out.outcomes[i] = diplograph.Replaced
			drop = append(drop, replaces[p.id]...)
			p.article = maps.Clone(p.article)
			p.article["supersedes"] = supersedes[p.id]
			fresh = append(fresh, p)
		default:
			out.outcomes[i] = diplograph.New
			fresh = append(fresh, p)
		}
	}
	if len(fresh) == 0 {
		return out, nil
	}

	var orphanStatements, orphanEvents []any
	if len(drop) > 0 {
		res, err := run("deleting replaced articles", cypherDropArticles, map[string]any{"ids": drop})
		if err != nil {
			return out, err
		}
		for _, rec := range res.Records {
			s, _ := rec.Get("statements")
			e, _ := rec.Get("events")
			orphanStatements = append(orphanStatements, s.([]any)...)
			orphanEvents = append(orphanEvents, e.([]any)...)
		}
	}

	rows := gather(fresh)
	if _, err := run("creating articles", cypherArticles, map[string]any{"rows": rows.articles}); err != nil {
		return out, err
	}
	if err := mergeActors(run, rows.actors); err != nil {
		return out, err
	}
	steps := []struct {
		what, query string
		rows        []map[string]any
	}{
		{"merging roles", cypherRoles, rows.roles},
		{"linking mentions", cypherMentions, rows.mentions},
		{"merging statements", cypherStatements, rows.statements},
		{"linking statements to whom they are about", cypherAbout, rows.about},
		{"linking statements to articles", cypherStatementReports, rows.statementReports},
		{"merging events", cypherEvents, rows.events},
		{"linking events to articles", cypherEventReports, rows.eventReports},
	}
	for _, s := range steps {
		if len(s.rows) == 0 {
			continue
		}
		if _, err := run(s.what, s.query, map[string]any{"rows": s.rows}); err != nil {
			return out, err
		}
	}
	if len(orphanStatements)+len(orphanEvents) > 0 {
		if _, err := run("deleting orphaned statements and events", cypherDropOrphans,
			map[string]any{"statements": orphanStatements, "events": orphanEvents}); err != nil {
			return out, err
		}
	}
	return out, nil
}

// runFunc runs one query of a transaction; what says what it was doing in
// errors.
type runFunc func(what, query string, params map[string]any) (*neo4j.EagerResult, error)

// counting returns a runFunc on tx that adds each query's update counters to c.
func counting(ctx context.Context, tx neo4j.ManagedTransaction, c *diplograph.Counters) runFunc {
	return func(what, query string, params map[string]any) (*neo4j.EagerResult, error) {
		r, err := tx.Run(ctx, query, params)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		recs, err := r.Collect(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		sum, err := r.Consume(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		n := sum.Counters()
		c.Add(diplograph.Counters{
			NodesCreated: n.NodesCreated(), NodesDeleted: n.NodesDeleted(),
			RelationshipsCreated: n.RelationshipsCreated(), RelationshipsDeleted: n.RelationshipsDeleted(),
		})
		return &neo4j.EagerResult{Records: recs}, nil
	}
}

// mergeActors merges actors label by label, since Cypher takes labels only
// as literals; the labels come from ActorLabel, never from input text.
func mergeActors(run runFunc, actors []actorRow) error {
	rows := actorRows(actors)
	for _, label := range []string{"", LabelCountry, LabelOrganization, LabelMedia, LabelPerson} {
		if len(rows[label]) == 0 {
			continue
		}
		if _, err := run("merging actors", cypherActors(label), map[string]any{"rows": rows[label]}); err != nil {
			return err
		}
	}
	return nil
}
