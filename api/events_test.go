package api

import (
	"context"
	"encoding/csv"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
)

// The fake store's events: eventRows rows for EachEvent, failing after
// eventsFailAfter rows when that is positive.
func (f *fakeStore) Events(ctx context.Context, q graph.TimelineQuery) (graph.List[graph.EventRow], error) {
	return graph.List[graph.EventRow]{Items: []graph.EventRow{}, Undated: new(int)}, f.record(q)
}

func (f *fakeStore) EachEvent(ctx context.Context, q graph.TimelineQuery, each func(graph.EventRow) error) error {
	if err := f.record(q); err != nil {
		return err
	}
	for i, e := range f.eventRows {
		if f.eventsFailAfter > 0 && i == f.eventsFailAfter {
			return errors.New("connection lost")
		}
		if err := each(e); err != nil {
			return err
		}
	}
	return nil
}

func TestEventsCSV(t *testing.T) {
	c, store := fakeClient(t)
	store.eventRows = []graph.EventRow{
		{ID: "e1", Date: "2023-09-13", DatePrecision: "day", DateSource: "sentence", Cameo: "042", Root: "04", QuadClass: 1, Goldstein: 1.9,
			Source:   graph.EventActor{ActorRef: graph.ActorRef{ID: "kim-jong-un", Name: "Kim Jong Un"}, Country: "PRK"},
			Target:   graph.EventActor{ActorRef: graph.ActorRef{ID: "rus", Name: "Rusia"}, Country: "RUS"},
			Articles: 2, Outlets: 1, FirstURL: "https://example.id/1", Evidence: `Kim tiba di "Vostochny", Amur.`},
		{ID: "e2", Date: "2023-09-14", Cameo: "112", Root: "11", QuadClass: 3, Goldstein: -2, Context: "alleged",
			Source: graph.EventActor{ActorRef: graph.ActorRef{ID: "usa", Name: "=HYPERLINK(1)"}},
			Target: graph.EventActor{ActorRef: graph.ActorRef{ID: "prk", Name: "Korea Utara"}}, Articles: 1, Outlets: 1},
	}
	r := c.get("/api/v1/events?format=csv&from=2023-01-01")
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") {
		t.Fatalf("status %d, type %q: %s", r.status, r.header.Get("Content-Type"), r.body)
	}
	recs, err := csv.NewReader(strings.NewReader(string(r.body))).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v\n%s", err, r.body)
	}
	if len(recs) != 3 || strings.Join(recs[0], ",") != strings.Join(eventColumns, ",") {
		t.Fatalf("want a header and 2 rows, got %q", recs)
	}
	want := []string{"e1", "2023-09-13", "kim-jong-un", "Kim Jong Un", "PRK", "rus", "Rusia", "RUS", "042", "04", "1", "1.9", "",
		"2", "1", "https://example.id/1", `Kim tiba di "Vostochny", Amur.`, "day", "sentence"}
	if strings.Join(recs[1], "|") != strings.Join(want, "|") {
		t.Errorf("row 1:\n got %q\nwant %q", recs[1], want)
	}
	if recs[2][3] != "'=HYPERLINK(1)" || recs[2][11] != "-2" || recs[2][12] != "alleged" {
		t.Errorf("row 2: formula not defused or number altered: %q", recs[2])
	}

	store.eventRows = nil
	r = c.get("/api/v1/events?format=csv&actor=rus")
	if recs, _ := csv.NewReader(strings.NewReader(string(r.body))).ReadAll(); r.status != 200 || len(recs) != 1 {
		t.Errorf("no events: want the header alone, got %d %q", r.status, r.body)
	}

	store.err = graph.ErrNotFound
	r = c.get("/api/v1/events?format=csv&actor=nobody")
	if r.status != http.StatusNotFound {
		t.Errorf("unknown actor before any row: status %d, want 404 problem", r.status)
	}
}

func TestEventsCSVCutShortBreaksTheConnection(t *testing.T) {
	store := &fakeStore{eventsFailAfter: 1, eventRows: []graph.EventRow{{ID: "e1"}, {ID: "e2"}}}
	srv := New(testConfig(), store, nil, discardLog())
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("an export failing after its first row must abort the response, got %v", v)
		}
	}()
	srv.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/api/v1/events?format=csv", nil))
	t.Error("the handler returned normally")
}

func TestEventsOnRealGraph(t *testing.T) {
	c, _, samples := realServer(t)

	var list page[graph.EventRow]
	c.getOK("/api/v1/events?actor=fx-nor&counterpart=fx-sud", &list)
	var ids []string
	for _, e := range list.Items {
		ids = append(ids, e.ID)
	}
	equal(t, "norland-sudland events", ids, []string{"fx-ev-1", "fx-ev-2", "fx-ev-3", "fx-ev-6"})
	e := list.Items[0]
	if e.Articles != 2 || e.Outlets != 2 || e.FirstURL != "https://example.test/berita/1" || e.Evidence != "Delegasi Norland berkunjung ke Sudland." ||
		e.CameoName != "Make a visit" || e.Source.Country != "XNL" || e.Target.Name != "Sudland" || e.Target.Type != "country" {
		t.Errorf("first event: %+v", e)
	}
	if len(e.Reports) != 2 || e.Reports[0].Title != "Norland kunjungi Sudland" || e.Reports[0].Outlet != "Harian Uji" ||
		e.Reports[1].Published != "1999-01-12" || e.Reports[1].Evidence != "Norland mengirim delegasi ke Sudland." || e.Reports[1].Confidence == nil {
		t.Errorf("reports of the first event, earliest first: %+v", e.Reports)
	}
	if e := list.Items[3]; e.Context != "future" || e.Outlets != 1 {
		t.Errorf("fx-ev-6: %+v", e)
	}

	c.getOK("/api/v1/events?from=1999-01-01&to=1999-12-31&quad_class=3&order=desc", &list)
	if len(list.Items) != 2 || list.Items[0].ID != "fx-ev-6" || list.Items[1].ID != "fx-ev-2" {
		t.Errorf("verbal conflict, latest first: %+v", list.Items)
	}
	c.getOK("/api/v1/events?from=1999-01-01&to=1999-12-31&limit=2&offset=2", &list)
	if len(list.Items) != 2 || list.Items[0].ID != "fx-ev-3" || list.NextOffset == nil || *list.NextOffset != 4 {
		t.Errorf("second page: %+v", list)
	}

	checkEventsCSV(t, c)

	var sts page[graph.Statement]
	c.getOK("/api/v1/statements?speaker=fx-kessler", &sts)
	if len(sts.Items) != 1 || strings.Join(sts.Items[0].Outlets, ",") != "Harian Uji,Warta Contoh" {
		t.Errorf("a statement's outlets: %+v", sts.Items)
	}

	var art graph.Article
	c.getOK("/api/v1/articles/"+samples[0].ID, &art)
	if art.Body == "" || art.Body != samples[0].Body {
		t.Errorf("a sample's body is not stored as extracted: %q", art.Body)
	}
	for _, ev := range art.Events {
		if ev.CameoName == "" || !strings.Contains(art.Body, strings.TrimSpace(ev.Evidence)) {
			t.Errorf("event %s %s: no name, or its evidence %q is not in the body", ev.ID, ev.Cameo, ev.Evidence)
		}
	}
}

// checkEventsCSV checks the events of 1999 as CSV, and the CSV of an
// unknown actor.
func checkEventsCSV(t *testing.T, c *client) {
	t.Helper()
	r := c.get("/api/v1/events?format=csv&from=1999-01-01&to=1999-12-31")
	recs, err := csv.NewReader(strings.NewReader(string(r.body))).ReadAll()
	if r.status != http.StatusOK || err != nil {
		t.Fatalf("CSV: %d %v\n%s", r.status, err, r.body)
	}
	var csvIDs []string
	for _, rec := range recs[1:] {
		csvIDs = append(csvIDs, rec[0])
	}
	equal(t, "CSV rows of 1999", csvIDs, []string{"fx-ev-1", "fx-ev-2", "fx-ev-3", "fx-ev-4", "fx-ev-5", "fx-ev-6"})
	if got := strings.Join(recs[1], "|"); got != "fx-ev-1|1999-01-10|fx-nor|Norland|XNL|fx-sud|Sudland|XSL|042|04|1|1.9||2|2|https://example.test/berita/1|Delegasi Norland berkunjung ke Sudland.||" {
		t.Errorf("first CSV row: %s", got)
	}
	if r := c.get("/api/v1/events?format=csv&actor=fx-nobody"); r.status != http.StatusNotFound {
		t.Errorf("CSV of an unknown actor: %d, want 404", r.status)
	}
}
