package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// EventRow is one event with everything an analyst exports about it: both
// actors with their states, how many articles and outlets reported it (as
// GDELT's NumArticles and NumSources count them), and the first report's
// URL and evidence sentence.
type EventRow struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	// DatePrecision and DateSource are as in Event.
	DatePrecision string        `json:"date_precision,omitempty"`
	DateSource    string        `json:"date_source,omitempty"`
	Cameo         string        `json:"cameo"`
	CameoName     string        `json:"cameo_name,omitempty"`
	Root          string        `json:"root"`
	QuadClass     int           `json:"quad_class"`
	Goldstein     float64       `json:"goldstein"`
	Context       string        `json:"context,omitempty"`
	Source        EventActor    `json:"source"`
	Target        EventActor    `json:"target"`
	Articles      int           `json:"articles"`
	Outlets       int           `json:"outlets"`
	FirstURL      string        `json:"first_url,omitempty"`
	Evidence      string        `json:"evidence,omitempty"`
	Reports       []EventReport `json:"reports"`
}

// EventActor is a side of an event, with its state.
type EventActor struct {
	ActorRef
	Country string `json:"country,omitempty"`
}

// EventReport is one article reporting an event, with what that article
// says of it: its sides (ids, as the article names them), code, date and
// the sentence it gives as evidence. The event itself is its earliest
// stored report's (README, "Graph model").
type EventReport struct {
	Article       string   `json:"article"`
	Title         string   `json:"title,omitempty"`
	Outlet        string   `json:"outlet,omitempty"`
	Published     string   `json:"published,omitempty"`
	URL           string   `json:"url,omitempty"`
	Source        string   `json:"source,omitempty"`
	Target        string   `json:"target,omitempty"`
	Cameo         string   `json:"cameo,omitempty"`
	Date          string   `json:"date,omitempty"`
	DatePrecision string   `json:"date_precision,omitempty"`
	DateSource    string   `json:"date_source,omitempty"`
	Evidence      string   `json:"evidence,omitempty"`
	Confidence    *float64 `json:"confidence,omitempty"`
}

// MaxEventReports is the most reports an EventRow lists; Articles counts
// them all.
const MaxEventReports = 20

// eventRowMap is the Cypher projection of the event in variable e that
// eventRowOf decodes.
const eventRowMap = `e{.id, .date, .date_precision, .date_source, .cameo, .root, .quad_class, .goldstein, .context,
	source: [(src:Actor)-[:ACTED]->(e) | src{.id, .name, .country, labels: labels(src)}][0],
	target: [(e)-[:ON]->(tgt:Actor) | tgt{.id, .name, .country, labels: labels(tgt)}][0],
	reports: [(e)-[r:REPORTED_IN]->(ar:Article) | {article: ar.id, title: ar.title, outlet: ar.outlet,
		published: ar.published, url: ar.url, source: r.source, target: r.target, cameo: r.cameo, date: r.date,
		date_precision: r.date_precision, date_source: r.date_source, evidence: r.evidence, confidence: r.confidence}]}`

func eventRowOf(m row) EventRow {
	e := EventRow{
		ID: m.str("id"), Date: m.date("date"), DatePrecision: m.str("date_precision"), DateSource: m.str("date_source"), Cameo: m.str("cameo"), CameoName: cameoName(m.str("cameo")),
		Root: m.str("root"), QuadClass: m.int("quad_class"), Goldstein: m.float("goldstein"), Context: m.str("context"),
		Source: eventActorOf(m.sub("source")), Target: eventActorOf(m.sub("target")),
	}
	reports, _ := m["reports"].([]any)
	outlets := map[string]bool{}
	for _, v := range reports {
		r := row(v.(map[string]any))
		rep := EventReport{Article: r.str("article"), Title: r.str("title"), Outlet: r.str("outlet"),
			Published: r.date("published"), URL: r.str("url"), Source: r.str("source"), Target: r.str("target"),
			Cameo: r.str("cameo"), Date: r.date("date"), DatePrecision: r.str("date_precision"), DateSource: r.str("date_source"),
			Evidence: r.str("evidence")}
		if r["confidence"] != nil {
			c := r.float("confidence")
			rep.Confidence = &c
		}
		if rep.Outlet != "" {
			outlets[rep.Outlet] = true
		}
		e.Reports = append(e.Reports, rep)
	}
	// The first report is the earliest published; undated pages come last.
	sort.Slice(e.Reports, func(i, j int) bool {
		a, b := e.Reports[i], e.Reports[j]
		if (a.Published == "") != (b.Published == "") {
			return b.Published == ""
		}
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.Article < b.Article
	})
	e.Articles, e.Outlets = len(e.Reports), len(outlets)
	if len(e.Reports) > 0 {
		e.FirstURL, e.Evidence = e.Reports[0].URL, e.Reports[0].Evidence
	}
	if len(e.Reports) > MaxEventReports {
		e.Reports = e.Reports[:MaxEventReports]
	}
	if e.Reports == nil {
		e.Reports = []EventReport{}
	}
	return e
}

func eventActorOf(m row) EventActor {
	return EventActor{ActorRef: row{"a": map[string]any(m)}.actor("a"), Country: m.str("country")}
}

// eventsOnly is q as a timeline of events: the events export takes the
// timeline's filters, statements aside.
func eventsOnly(q TimelineQuery) TimelineQuery {
	q.Kind = KindEvent
	return q
}

// Events lists the events of a timeline's filters (q.Kind is ignored) as
// rows, in date order with ties broken by id. An unknown actor gives
// ErrNotFound.
func (db *DB) Events(ctx context.Context, q TimelineQuery) (List[EventRow], error) {
	q = eventsOnly(q)
	params := q.params()
	c := newCypher(params)
	branches := q.itemBranches(c, span{q.From, q.To}, true, false, true)
	match, missing := anchors(params, q.Actor, q.Counterpart)
	r, err := db.one(ctx, "listing events", match+`
		CALL {
			CALL { `+strings.Join(branches, " UNION ")+` }
			WITH x AS e `+q.order("e")+` SKIP $skip LIMIT $fetch
			RETURN collect(`+eventRowMap+`) AS events
		}
		`+q.undated(c)+`
		RETURN `+missing+`, events, undated`, params)
	if err != nil {
		return List[EventRow]{}, err
	}
	// collect keeps the order of the rows it gets.
	var items []EventRow
	for _, v := range r["events"].([]any) {
		items = append(items, eventRowOf(row(v.(map[string]any))))
	}
	return withUndated(paged(items, q.Page), r), nil
}

// EachEvent calls each with every event of a timeline's filters (q.Kind
// is ignored; a q.Page with a Limit selects that page), in date order with
// ties broken by id, as Neo4j streams them: an export of any size holds
// one row in memory. It runs in
// one read transaction that is not retried, since rows already handed to
// each cannot be taken back; an error from each stops it.
func (db *DB) EachEvent(ctx context.Context, q TimelineQuery, each func(EventRow) error) error {
	q = eventsOnly(q)
	if err := db.requireActors(ctx, q.Actor, q.Counterpart); err != nil {
		return err
	}
	params := q.params()
	c := newCypher(params)
	page := ""
	if q.Limit > 0 {
		params["skip"], params["limit"] = int64(q.Offset), int64(q.Limit)
		page = " SKIP $skip LIMIT $limit"
	}
	// With a page, each branch needs no more than the page's end.
	params["upto"] = int64(q.Offset + q.Limit)
	query := `CALL { ` + strings.Join(q.itemBranches(c, span{q.From, q.To}, true, false, q.Limit > 0), " UNION ") + ` }
		WITH x AS e ` + q.order("e") + page + `
		RETURN ` + eventRowMap + ` AS event`
	ctx, cancel := db.deadline(ctx)
	defer cancel()
	session := db.Session(ctx, neo4j.AccessModeRead)
	defer session.Close(ctx)
	tx, err := session.BeginTransaction(ctx, db.txTimeout(ctx))
	if err != nil {
		return db.wrap(ctx, "exporting events", err)
	}
	defer tx.Close(ctx)
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return db.wrap(ctx, "exporting events", err)
	}
	for res.Next(ctx) {
		m, _ := res.Record().Get("event")
		ev, ok := m.(map[string]any)
		if !ok {
			return fmt.Errorf("exporting events: unexpected row %T", m)
		}
		if err := each(eventRowOf(ev)); err != nil {
			return err
		}
	}
	if err := res.Err(); err != nil {
		return db.wrap(ctx, "exporting events", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return db.wrap(ctx, "exporting events", err)
	}
	return nil
}
