package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph"
)

// WriteOptions tunes a Writer.
type WriteOptions struct {
	// BatchSize is the most articles written in one transaction
	// (DIPLOGRAPH_BATCH_SIZE).
	BatchSize int
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
	return &Writer{db: db, opts: opts}, nil
}

// Write writes articles in transactions of up to BatchSize articles. An
// article that cannot be written (bad data, a constraint violation) is
// reported as Failed with the reason, and the others are still written: a
// failed batch is retried article by article to isolate the bad one. The
// driver retries a transaction that failed for a transient reason (a
// deadlock between concurrent writers, Neo4j restarting or unreachable)
// for Config.RetryTime; when that runs out, or ctx ends, Write stops and
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

// errConstraint marks a uniqueness constraint violation.
var errConstraint = errors.New("constraint violation")

type batchOutcome struct {
	outcomes []diplograph.Outcome
	counters diplograph.Counters
}

// transact runs the batch's writes in one managed transaction, which the
// driver retries on transient failures for Config.RetryTime.
func (w *Writer) transact(ctx context.Context, batch []prepared) (batchOutcome, error) {
	res, err := w.db.Write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return writeTx(ctx, tx, batch)
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
// as literals; the labels come from ActorLabel, never from input text. It
// returns the actors' element ids by id.
func mergeActors(run runFunc, actors []actorRow) (map[string]any, error) {
	rows := actorRows(actors)
	ids := map[string]any{}
	for _, label := range []string{"", LabelCountry, LabelOrganization, LabelMedia, LabelPerson} {
		if len(rows[label]) == 0 {
			continue
		}
		res, err := run("merging actors", cypherActors(label), map[string]any{"rows": rows[label]})
		if err != nil {
			return nil, err
		}
		maps.Copy(ids, elementIDs(res))
	}
	return ids, nil
}
