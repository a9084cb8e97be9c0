package api

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph/graph"
)

// eventColumns are the CSV columns of GET /events, one row per event;
// later additions come last, so that a column keeps its place.
var eventColumns = []string{"id", "date", "source_id", "source_name", "source_country",
	"target_id", "target_name", "target_country", "cameo", "root", "quad_class", "goldstein",
	"context", "articles", "outlets", "first_url", "evidence", "date_precision", "date_source"}

// csvFlushRows is how many CSV rows are sent at a time.
const csvFlushRows = 200

// handleEvents answers the events of a timeline's filters: one page as JSON
// (through the response cache, as every read endpoint), or every event of
// the filter as CSV, streamed as Neo4j returns them.
func (s *Server) handleEvents() gin.HandlerFunc {
	asJSONPage := endpoint(s, readEvents(false), s.store.Events,
		asPage[graph.TimelineQuery, graph.EventRow](func(q graph.TimelineQuery) graph.Page { return q.Page }))
	return func(c *gin.Context) {
		if c.Query("format") != "csv" {
			asJSONPage(c)
			return
		}
		p := newParams(c)
		q := readEvents(true)(p)
		if err := p.done(); err != nil {
			badField(c, err)
			return
		}
		s.streamEventsCSV(c, q)
	}
}

// readEvents reads the parameters of GET /events: the timeline's filters
// (kind aside), the format, and for JSON the page.
func readEvents(csvFormat bool) func(*params) graph.TimelineQuery {
	return func(p *params) graph.TimelineQuery {
		from, to := p.dateRange()
		q := graph.TimelineQuery{From: from, To: to, Root: p.root(), QuadClass: p.intIn("quad_class", 0, 1, 4),
			DateSources: p.dateSources(), Descending: p.oneOf("order", "asc", "asc", "desc") == "desc"}
		q.Actor, q.Counterpart = p.anchor()
		p.oneOf("format", "json", "json", "csv")
		q.Page = p.page()
		if csvFormat && len(p.values["limit"]) == 0 && len(p.values["offset"]) == 0 {
			// Unpaged, the CSV holds every event of the filter.
			q.Page = graph.Page{}
		}
		return q
	}
}

// streamEventsCSV writes the header once the first row is in hand, so that
// an error before it (unknown actor, Neo4j away) is still answered as a
// problem. An error after it can no longer change the status: the
// connection is cut, so that the client sees a failed download rather
// than a file that looks complete.
func (s *Server) streamEventsCSV(c *gin.Context, q graph.TimelineQuery) {
	w := csv.NewWriter(c.Writer)
	rows := 0
	start := func() {
		c.Header("Content-Type", "text/csv; charset=utf-8")
		c.Header("Content-Disposition", `attachment; filename="diplograph-events.csv"`)
		c.Status(http.StatusOK)
		w.Write(eventColumns)
	}
	err := s.store.EachEvent(c.Request.Context(), q, func(e graph.EventRow) error {
		if rows == 0 {
			start()
		}
		rows++
		w.Write(eventRecord(e))
		if rows%csvFlushRows == 0 {
			w.Flush()
			c.Writer.Flush()
		}
		return w.Error()
	})
	switch {
	case err != nil && rows == 0:
		s.fail(c, err)
	case err != nil:
		s.log.ErrorContext(c.Request.Context(), "events export cut short", "request_id", c.GetString(requestIDKey),
			"rows", rows, "error", err.Error())
		panic(http.ErrAbortHandler)
	default:
		if rows == 0 {
			start()
		}
		w.Flush()
	}
}

func eventRecord(e graph.EventRow) []string {
	return []string{e.ID, e.Date, e.Source.ID, csvText(e.Source.Name), e.Source.Country,
		e.Target.ID, csvText(e.Target.Name), e.Target.Country, e.Cameo, e.Root, strconv.Itoa(e.QuadClass),
		strconv.FormatFloat(e.Goldstein, 'f', -1, 64), e.Context, strconv.Itoa(e.Articles),
		strconv.Itoa(e.Outlets), csvText(e.FirstURL), csvText(e.Evidence), e.DatePrecision, e.DateSource}
}

// csvText keeps a free-text cell from being read as a formula by spreadsheets
// (CSV injection): one starting with =, +, - or @ gets a leading
// apostrophe, which spreadsheets show as text.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
