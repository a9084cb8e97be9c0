package api

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/nlp"
)

// Extractor reads a news page; *nlp.Extractor implements it.
type Extractor interface {
	Extract(doc nlp.Document) (nlp.Article, error)
}

// ArticleWriter writes extractions idempotently; *graph.Writer implements it.
type ArticleWriter interface {
	Write(ctx context.Context, articles []nlp.Article) (graph.Report, error)
}

// Pipeline is the Ingester of `diplograph serve`: the extractor and the
// writer that `diplograph ingest` uses, so that an article posted to the API
// ends up in the graph exactly as the same article ingested from a file.
type Pipeline struct {
	Extractor Extractor
	Writer    ArticleWriter
}

// Ingest extracts every submission and writes the ones that could be
// extracted. A submission that fails either step is reported as failed
// with the reason; the others are written all the same.
func (p Pipeline) Ingest(ctx context.Context, docs []Submission) (IngestReport, error) {
	rep := IngestReport{Articles: make([]IngestedArticle, len(docs))}
	var articles []nlp.Article
	for i, d := range docs {
		source := d.URL
		if source == "" {
			source = fmt.Sprintf("POST /articles [%d]", i)
		}
		a, err := p.Extractor.Extract(nlp.Document{Source: source, URL: d.URL, Title: d.Title,
			Outlet: d.Outlet, Published: d.Published, Text: []byte(d.Text)})
		if err != nil {
			rep.Articles[i] = IngestedArticle{Status: StatusFailed, Error: err.Error()}
			continue
		}
		rep.Articles[i] = IngestedArticle{ID: a.ID, Actors: len(a.Actors), Statements: len(a.Statements), Events: len(a.Events)}
		articles = append(articles, a)
	}
	written, err := p.Writer.Write(ctx, articles)
	if err != nil {
		return IngestReport{}, fmt.Errorf("writing %d posted articles: %w", len(articles), err)
	}
	outcomes := map[string]graph.ArticleResult{}
	for _, r := range written.Articles {
		outcomes[r.ID] = r
	}
	for i := range rep.Articles {
		a := &rep.Articles[i]
		if a.Status == "" {
			r, ok := outcomes[a.ID]
			switch {
			case !ok:
				a.Status, a.Error = StatusFailed, "the writer did not report this article"
			case r.Outcome == graph.Failed:
				a.Status, a.Error = StatusFailed, r.Err.Error()
			default:
				a.Status = r.Outcome.String()
			}
		}
		switch a.Status {
		case StatusNew:
			rep.New++
		case StatusUnchanged:
			rep.Unchanged++
		case StatusReplaced:
			rep.Replaced++
		default:
			rep.Failed++
		}
	}
	rep.NodesCreated, rep.RelationshipsCreated = written.NodesCreated, written.RelationshipsCreated
	return rep, nil
}
