package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph"
)

// maxBatch is the most articles one POST /articles takes.
const maxBatch = 100

// Submission is an article sent to POST /articles, the same fields as a
// line of `diplograph ingest` JSON Lines input.
type Submission struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Text      string `json:"text"`
}

// IngestReport says what ingesting a batch did.
type IngestReport struct {
	Articles []IngestedArticle `json:"articles"`
	// Counts of articles by status.
	New       int `json:"new"`
	Unchanged int `json:"unchanged"`
	// Reextracted counts the articles stored as an earlier build had
	// extracted them, now as this one does.
	Reextracted int `json:"re_extracted"`
	Replaced    int `json:"replaced"`
	Failed      int `json:"failed"`
	// NodesCreated and RelationshipsCreated are Neo4j's counters.
	NodesCreated         int `json:"nodes_created"`
	RelationshipsCreated int `json:"relationships_created"`
}

// IngestedArticle is the outcome for one submitted article, in the order
// they were sent.
type IngestedArticle struct {
	// ID is the article's id, to read it back from GET /articles/{id}.
	ID     string `json:"id,omitempty"`
	Status string `json:"status"`
	// Error says why a failed article failed.
	Error string `json:"error,omitempty"`
	// Warnings say what extraction repaired (invalid UTF-8, ...).
	Warnings   []string `json:"warnings,omitempty"`
	Actors     int      `json:"actors"`
	Statements int      `json:"statements"`
	Events     int      `json:"events"`
}

func (s *Server) handleIngest() gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := newParams(c).done(); err != nil {
			badField(c, err)
			return
		}
		docs, ferr := readSubmissions(c.Request.Body)
		if ferr != nil {
			badField(c, ferr)
			return
		}
		if s.ingester == nil {
			problem(c, http.StatusServiceUnavailable, "ingest-unavailable", "Ingest unavailable",
				"this server was started without the ingest pipeline")
			return
		}
		report, err := ingestSubmissions(c.Request.Context(), s.ingester, docs)
		if err != nil {
			s.fail(c, err)
			return
		}
		status := http.StatusOK
		if report.New+report.Reextracted+report.Replaced > 0 {
			status = http.StatusCreated
			s.cache.clear()
		}
		c.JSON(status, report)
	}
}

// ingestSubmissions runs the submissions through the ingest service and
// reports each in the order sent. Articles that failed are reported as
// such; only a store that cannot be reached fails the whole request.
func ingestSubmissions(ctx context.Context, ingester Ingester, subs []Submission) (IngestReport, error) {
	pages := make(chan diplograph.Page, len(subs))
	for i, d := range subs {
		source := d.URL
		if source == "" {
			source = fmt.Sprintf("POST /articles [%d]", i)
		}
		pages <- diplograph.Page{Name: source, Doc: diplograph.Document{Source: source, URL: d.URL, Title: d.Title,
			Outlet: d.Outlet, Published: d.Published, Text: []byte(d.Text)}}
	}
	close(pages)
	rep := IngestReport{Articles: make([]IngestedArticle, len(subs))}
	summary, err := ingester.Ingest(ctx, pages, func(r diplograph.PageResult) {
		a := IngestedArticle{ID: r.ID, Status: r.Outcome.String(), Warnings: r.Warnings, Actors: r.Actors, Statements: r.Statements, Events: r.Events}
		if r.Err != nil {
			a.Error = r.Err.Error()
		}
		rep.Articles[r.Seq] = a
	})
	if err != nil && !errors.Is(err, diplograph.ErrSomeFailed) {
		return IngestReport{}, fmt.Errorf("ingesting %d posted articles: %w", len(subs), err)
	}
	rep.New, rep.Unchanged, rep.Reextracted, rep.Replaced, rep.Failed = summary.New, summary.Unchanged, summary.Reextracted, summary.Replaced, summary.Failed
	rep.NodesCreated, rep.RelationshipsCreated = summary.NodesCreated, summary.RelationshipsCreated
	return rep, nil
}

// readSubmissions reads one article object or an array of them, and
// checks every field, naming the first bad one as "[i].field" in a batch.
func readSubmissions(body io.Reader) ([]Submission, *fieldError) {
	raw, ferr := readBody(body)
	if ferr != nil {
		return nil, ferr
	}
	var docs []Submission
	batch := len(bytes.TrimSpace(raw)) > 0 && bytes.TrimSpace(raw)[0] == '['
	if batch {
		if ferr := decodeJSON(raw, &docs); ferr != nil {
			return nil, ferr
		}
		if len(docs) == 0 || len(docs) > maxBatch {
			return nil, &fieldError{"body", fmt.Sprintf("a batch holds 1 to %d articles, not %d", maxBatch, len(docs))}
		}
	} else {
		var one Submission
		if ferr := decodeJSON(raw, &one); ferr != nil {
			return nil, ferr
		}
		docs = []Submission{one}
	}
	for i, d := range docs {
		prefix := ""
		if batch {
			prefix = fmt.Sprintf("[%d].", i)
		}
		if err := d.check(); err != nil {
			err.field = prefix + err.field
			return nil, err
		}
	}
	return docs, nil
}

// Patterns of submitted fields, the very ones openapi.json states, so that
// the document and the server refuse the same values.
var (
	// urlPattern is an http or https URL of RFC 3986 characters.
	urlPattern = regexp.MustCompile(`^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?` +
		`(/([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*)?` +
		`(\?([A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?` +
		`(#([A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?$`)
	// dateTimePattern is an RFC 3339 time with a T, seconds and a zone.
	dateTimePattern = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$`)
)

// Longest submitted fields, in characters.
const (
	maxURL    = 2000
	maxTitle  = 1000
	maxOutlet = 200
)

// check validates the fields of one submission; an empty url or published
// is no url or date, as if left out.
func (d Submission) check() *fieldError {
	switch {
	case strings.TrimSpace(d.Text) == "":
		return &fieldError{"text", "is required: the article's text"}
	case utf8.RuneCountInString(d.Title) > maxTitle:
		return &fieldError{"title", fmt.Sprintf("longer than %d characters", maxTitle)}
	case utf8.RuneCountInString(d.Outlet) > maxOutlet:
		return &fieldError{"outlet", fmt.Sprintf("longer than %d characters", maxOutlet)}
	case d.URL != "" && (len(d.URL) > maxURL || !urlPattern.MatchString(d.URL)):
		return &fieldError{"url", fmt.Sprintf("must be an http or https URL of at most %d characters", maxURL)}
	case d.Published != "" && !validPublished(d.Published):
		return &fieldError{"published", "must be YYYY-MM-DD or an RFC 3339 time such as 2024-06-19T10:30:00+07:00"}
	}
	return nil
}

func validPublished(v string) bool {
	if _, err := time.Parse(time.DateOnly, v); err == nil {
		return true
	}
	_, err := time.Parse(time.RFC3339, v)
	return err == nil && dateTimePattern.MatchString(v)
}
