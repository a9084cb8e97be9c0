package web_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/gin-gonic/gin"

	"github.com/diplograph/diplograph/api"
	"github.com/diplograph/diplograph/graph"
	fx "github.com/diplograph/diplograph/internal/graphfixture"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/web"
)

// The explorer in a real browser (Debian's chromium, driven by chromedp),
// against the real server on the sample articles in the real Neo4j: what
// a new user does, step by step, with a screenshot of each step in
// web/artefacts/ (git-ignored; CI keeps them).

func TestMain(m *testing.M) {
	gin.SetMode(gin.TestMode)
	os.Exit(neo4jtest.Main(m))
}

// artefacts is where the steps' screenshots go.
const artefacts = "artefacts"

// chromiumPath finds the browser: CHROMIUM, else chromium on the PATH.
// Without one the test skips, except under CI=true, where it fails.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium under CI=true: the test command installs Debian's chromium (scripts/test)")
	}
	t.Skip("no chromium on the PATH: `apt-get install chromium` (scripts/test does it as root) for the explorer's browser tests")
	return ""
}

// serve runs the real API, explorer included, on a loopback port of its own.
func serve(t *testing.T, db *graph.DB) string {
	t.Helper()
	if _, err := fs.Stat(web.Assets(), "index.html"); err != nil {
		t.Fatal("the explorer is not built into web/dist: run scripts/build-web (make test does) before go test")
	}
	cfg := api.Config{Explorer: web.Assets(), CypherTimeout: 5 * time.Second, CypherMaxRows: 100, CypherMaxBytes: 1 << 20, MaxBodyBytes: 1 << 20}
	srv := api.New(cfg, db, nil, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln, 5*time.Second) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("server: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// page is one browser tab on the explorer, with what it wrote to its
// console and what it downloaded.
type page struct {
	t         *testing.T
	ctx       context.Context
	base      string
	downloads string
	mu        sync.Mutex
	console   []string
	done      chan string // paths of completed downloads
}

func openPage(t *testing.T, base string) *page {
	t.Helper()
	exe := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(func() { cancelTime(); cancel(); cancelAlloc() })

	p := &page{t: t, ctx: ctx, base: base, downloads: t.TempDir(), done: make(chan string, 8)}
	messages := chromedp.Console(ctx)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	p.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: p.downloads, EventsEnabled: ptr(true)})
		return err
	}))
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() || m.Type == chromedp.ConsoleWarning {
				p.mu.Lock()
				p.console = append(p.console, m.String())
				p.mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range progress {
			if err != nil {
				return
			}
			if ev.State == browser.DownloadProgressStateCompleted {
				p.done <- filepath.Join(p.downloads, ev.GUID)
			}
		}
	}()
	return p
}

func ptr[T any](v T) *T { return &v }

func (p *page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

// eval runs JavaScript in the page and decodes its value.
func eval[T any](p *page, js string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		p.t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// wait waits until a JavaScript condition holds.
func (p *page) wait(what, js string) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		p.t.Fatalf("waiting for %s (%s): %v\nconsole: %v", what, js, err, p.messages())
	}
}

// shot saves a screenshot of the viewport as artefacts/NAME.png.
func (p *page) shot(name string) {
	p.t.Helper()
	img, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(artefacts, 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(artefacts, name+".png"), img, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func (p *page) messages() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.console...)
}

// noConsoleErrors fails the test for every error, warning or uncaught
// exception the page wrote so far.
func (p *page) noConsoleErrors(step string) {
	p.t.Helper()
	for _, m := range p.messages() {
		p.t.Errorf("%s: the console shows %s", step, m)
	}
}

// download clicks what starts a download and returns the file's bytes.
func (p *page) download(click chromedp.Action[chromedp.Void]) []byte {
	p.t.Helper()
	p.do(click)
	select {
	case path := <-p.done:
		b, err := os.ReadFile(path)
		if err != nil {
			p.t.Fatal(err)
		}
		return b
	case <-time.After(30 * time.Second):
		p.t.Fatal("no download completed within 30s")
	}
	return nil
}

// location is the page's query parameters.
func (p *page) location() url.Values {
	p.t.Helper()
	loc, err := chromedp.Run(p.ctx, chromedp.Location())
	if err != nil {
		p.t.Fatal(err)
	}
	u, err := url.Parse(loc)
	if err != nil {
		p.t.Fatal(err)
	}
	return u.Query()
}

// drawn is true once the network of the current view is on screen.
const drawn = `document.getElementById("notice").hidden && window.diplograph && window.diplograph.cy.nodes().length > 0`

// edgeIDs lists the network's edges.
func edgeIDs(p *page) []string {
	return eval[[]string](p, `window.diplograph.cy.edges().map(e => e.id()).sort()`)
}

func TestExplorerInBrowser(t *testing.T) {
	db := fx.Open(t)
	fx.LoadSamples(t, db)
	base := serve(t, db)
	p := openPage(t, base)

	// 1. The landing page draws the strongest dyads of the last 12 months.
	p.do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(base+"/"))
	p.wait("the landing network", drawn)
	landing := edgeIDs(p)
	if len(landing) == 0 {
		t.Fatal("the landing network has no edges")
	}
	if sub := eval[string](p, `document.getElementById("view-sub").textContent`); !strings.Contains(sub, "Jul 2023 – Jun 2024") {
		t.Errorf("the landing view is not the last 12 months of data (Jun 2024 the latest): %q", sub)
	}
	// Events nothing dates are not on the bars: the time bar says how
	// many, as the API counts them.
	var hist struct {
		Undated int `json:"undated"`
	}
	getJSON(t, base+"/api/v1/timeline/histogram?interval=month&kind=event&limit=500", &hist)
	wantUndated := ""
	if hist.Undated > 0 {
		wantUndated = fmt.Sprintf("%d undated event", hist.Undated)
	}
	p.wait("the undated count", fmt.Sprintf(`document.getElementById("undated-count").textContent.startsWith(%q)`, wantUndated))
	p.shot("01-landing")
	p.noConsoleErrors("landing")

	// 2. Searching "Putin" suggests him as one types; choosing him shows
	// his ego network, Kim Jong Un among his counterparts.
	p.do(chromedp.Click(chromedp.ID("search")), chromedp.SendKeys(chromedp.ID("search"), "Putin"))
	p.wait("suggestions", `[...document.querySelectorAll("#search-suggestions li[role=option]")].some(li => li.textContent.includes("Vladimir Putin"))`)
	p.shot("02-search")
	p.do(chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter))
	p.wait("Putin's network", `new URLSearchParams(location.search).get("actor") === "vladimir-putin" && `+drawn+` && window.diplograph.cy.$("node.ego").id() === "vladimir-putin"`)
	p.wait("his counterparts in the card", `document.querySelector('#counterparts [data-counterpart="kim-jong-un"]') !== null`)
	if !eval[bool](p, `window.diplograph.cy.getElementById("kim-jong-un").nonempty()`) {
		t.Error("Kim Jong Un is not in Putin's network")
	}
	p.shot("03-putin")

	// 3. Clicking the edge between them opens the dyad: events with their
	// evidence sentences and the outlets that reported them.
	edge := eval[string](p, `(() => { const cy = window.diplograph.cy;
		const e = cy.getElementById("vladimir-putin->kim-jong-un").nonempty() ? cy.getElementById("vladimir-putin->kim-jong-un") : cy.getElementById("kim-jong-un->vladimir-putin");
		return e.id(); })()`)
	if edge == "" {
		t.Fatal("no edge between Putin and Kim Jong Un")
	}
	// The click goes to the edge's midpoint, and only this edge takes it:
	// another edge of the layout may cross that point, so the others
	// ignore pointer events for the click (Cytoscape's "events: no").
	at := eval[[]float64](p, fmt.Sprintf(`(() => { const cy = window.diplograph.cy; const e = cy.getElementById(%q);
		cy.fit(e.connectedNodes(), 120); cy.elements().not(e).style("events", "no");
		const m = e.renderedMidpoint(); const r = cy.container().getBoundingClientRect();
		return [r.left + m.x, r.top + m.y]; })()`, edge))
	p.do(chromedp.MouseClickXY(at[0], at[1]))
	p.wait("the dyad's events", `document.querySelectorAll("#dyad-events li.event").length > 0`)
	eval[bool](p, `(() => { window.diplograph.cy.elements().removeStyle("events"); return true; })()`)
	if dyad := p.location().Get("dyad"); dyad != "vladimir-putin~kim-jong-un" && dyad != "kim-jong-un~vladimir-putin" {
		t.Errorf("the URL does not hold the dyad: %q", dyad)
	}
	evidence := eval[string](p, `document.querySelector("#dyad-events .evidence").textContent`)
	reports := eval[string](p, `[...document.querySelectorAll("#dyad-events .reports")].map(r => r.textContent).join("\n")`)
	var rows struct {
		Items []graph.EventRow `json:"items"`
	}
	getJSON(t, base+"/api/v1/events?actor=vladimir-putin&counterpart=kim-jong-un&from=2023-07-01&to=2024-06-30", &rows)
	if len(rows.Items) == 0 {
		t.Fatal("the API has no events between Putin and Kim Jong Un")
	}
	first := rows.Items[0]
	// A date is shown as precisely as it is known: an event known to the
	// month as "Sep 2023".
	dates := eval[[]string](p, `[...document.querySelectorAll("#dyad-events li.event .date")].map(d => d.textContent)`)
	for _, e := range rows.Items {
		day, err := time.Parse(time.DateOnly, e.Date)
		if err != nil {
			t.Fatalf("event %s: date %q", e.ID, e.Date)
		}
		want := day.Format("2 Jan 2006")
		if e.DatePrecision == "month" {
			want = day.Format("Jan 2006")
		}
		if !slices.Contains(dates, want) {
			t.Errorf("event %s dated %s (%s) is not shown as %q: %q", e.ID, e.Date, e.DatePrecision, want, dates)
		}
	}
	if evidence == "" || evidence != first.Evidence {
		t.Errorf("evidence shown %q, want the first event's %q", evidence, first.Evidence)
	}
	// Some pages print no outlet: every outlet the dyad's reports have is
	// shown, and there is at least one.
	outlets := 0
	for _, e := range rows.Items {
		for _, r := range e.Reports {
			if r.Outlet == "" {
				continue
			}
			outlets++
			if !strings.Contains(reports, r.Outlet) {
				t.Errorf("the reporting outlet %q is not shown: %q", r.Outlet, reports)
			}
		}
	}
	if outlets == 0 {
		t.Error("no report of the dyad names its outlet")
	}
	eval[any](p, `window.diplograph.fit()`)
	p.shot("04-dyad")

	// The article behind it, its facts marked in its text.
	p.do(chromedp.Click(chromedp.CSS("#dyad-events .reports a")))
	p.wait("the article", `document.querySelector(".article-body .m-event") !== null && document.querySelector(".article-body .m-actor") !== null`)
	p.shot("05-article")
	p.do(chromedp.NavigateBack())
	p.wait("the dyad again", `document.querySelectorAll("#dyad-events li.event").length > 0`)

	// 4. Narrowing the period on the time bar changes the network and the
	// URL; the actors that stay keep their places.
	before := edgeIDs(p)
	places := `JSON.stringify(window.diplograph.cy.nodes().map(n => [n.id(), Math.round(n.position().x), Math.round(n.position().y)]))`
	placedBefore := map[string][2]int{}
	for _, n := range positions(t, eval[string](p, places)) {
		placedBefore[n.id] = n.at
	}
	x0, x1, y := monthX(p, "2023-09-01"), monthX(p, "2023-10-01"), eval[float64](p, `(() => { const r = document.querySelector("#histogram svg").getBoundingClientRect(); return r.top + r.height / 2; })()`)
	p.do(
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x0, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, (x0+x1)/2, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x1, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x1, y, chromedp.ButtonLeft),
	)
	p.wait("the narrowed network", `new URLSearchParams(location.search).get("from") === "2023-09-01" && `+drawn)
	if q := p.location(); q.Get("to") != "2023-10-31" || q.Get("actor") != "vladimir-putin" {
		t.Errorf("URL after narrowing: %v", q)
	}
	after := edgeIDs(p)
	if strings.Join(after, " ") == strings.Join(before, " ") {
		t.Errorf("narrowing to Sep–Oct 2023 left the network as it was: %v", after)
	}
	for _, n := range positions(t, eval[string](p, places)) {
		if was, ok := placedBefore[n.id]; ok && was != n.at {
			t.Errorf("%s moved from %v to %v when the period changed", n.id, was, n.at)
		}
	}
	p.shot("06-narrowed")

	// Back and forward step through the views.
	p.do(chromedp.NavigateBack())
	p.wait("the wider period again", `new URLSearchParams(location.search).get("from") === null && `+drawn)
	p.do(chromedp.NavigateForward())
	p.wait("the narrow period again", `new URLSearchParams(location.search).get("from") === "2023-09-01" && `+drawn)

	// Escape closes the dyad.
	p.do(chromedp.KeyEvent(kb.Escape))
	p.wait("the dyad closed", `!new URLSearchParams(location.search).has("dyad")`)

	// 5. The GraphML export is the network on screen, and parses.
	p.do(chromedp.Click(chromedp.CSS("#export-menu summary")))
	p.shot("07-export")
	raw := p.download(chromedp.Click(chromedp.CSS(`button[data-export="graphml"]`)))
	var doc struct {
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("the GraphML export does not parse: %v\n%s", err, raw)
	}
	if len(doc.Graph.Nodes) != eval[int](p, `window.diplograph.cy.nodes().length`) || len(doc.Graph.Edges) != len(after) || doc.Graph.EdgeDefault != "directed" {
		t.Errorf("GraphML: %d nodes and %d edges (%s), want the %d edges on screen", len(doc.Graph.Nodes), len(doc.Graph.Edges), doc.Graph.EdgeDefault, len(after))
	}

	// 6. The CSV export has one row per event of the filter: Putin's events
	// (either side) of Sep–Oct 2023.
	p.do(chromedp.Click(chromedp.CSS("#export-menu summary")))
	raw = p.download(chromedp.Click(chromedp.ID("export-csv")))
	recs, err := csv.NewReader(strings.NewReader(string(raw))).ReadAll()
	if err != nil {
		t.Fatalf("the CSV export does not parse: %v", err)
	}
	want := neo4jtest.Value(t, db, `
		MATCH (a:Actor {id: 'vladimir-putin'}), (e:Event)
		WHERE (EXISTS { (a)-[:ACTED]->(e) } OR EXISTS { (e)-[:ON]->(a) })
		  AND date('2023-09-01') <= e.date <= date('2023-10-31')
		RETURN count(e)`, nil).(int64)
	seen := map[string]bool{}
	for _, r := range recs[1:] {
		if seen[r[0]] || r[1] < "2023-09-01" || r[1] > "2023-10-31" || (r[2] != "vladimir-putin" && r[5] != "vladimir-putin") {
			t.Errorf("CSV row outside the filter or repeated: %q", r)
		}
		seen[r[0]] = true
	}
	if int64(len(recs)-1) != want || want == 0 {
		t.Errorf("CSV has %d events, the filter holds %d", len(recs)-1, want)
	}

	// 7. Statements with full-text search.
	p.do(chromedp.Click(chromedp.ID("tab-statements")))
	p.wait("statements", `document.querySelectorAll("#statements .list > li").length > 0 || document.querySelector("#statements .empty-text") !== null`)
	p.shot("08-statements")

	// 8. Play steps the period through time, a month at a time.
	p.do(chromedp.Click(chromedp.ID("play")))
	p.wait("the period one month on", `new URLSearchParams(location.search).get("from") === "2023-10-01" && new URLSearchParams(location.search).get("to") === "2023-11-30"`)
	p.wait("the period two months on", `new URLSearchParams(location.search).get("from") === "2023-11-01"`)
	p.do(chromedp.Click(chromedp.ID("play")))
	p.wait("play paused", `document.getElementById("play").getAttribute("aria-pressed") === "false"`)

	// 9. A narrow screen shows everything, one part under another.
	p.do(chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/?actor=vladimir-putin"))
	p.wait("the network on a narrow screen", drawn)
	if w := eval[float64](p, `document.documentElement.scrollWidth - window.innerWidth`); w > 0 {
		t.Errorf("the page is %vpx wider than a 390px screen", w)
	}
	p.shot("09-narrow")

	p.noConsoleErrors("the whole visit")
}

// monthX is the x of the middle of a month's bar on the time bar.
func monthX(p *page, month string) float64 {
	return eval[float64](p, fmt.Sprintf(`(() => {
		const svg = document.querySelector("#histogram svg"); const r = svg.getBoundingClientRect();
		const first = svg.dataset.first, n = Number(svg.dataset.months), left = Number(svg.dataset.left), right = Number(svg.dataset.right);
		const m = %q; const i = (Number(m.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(m.slice(5, 7)) - Number(first.slice(5, 7));
		const slot = (r.width - left - right) / n; return r.left + left + (i + 0.5) * slot; })()`, month))
}

type placed struct {
	id string
	at [2]int
}

// positions decodes [[id, x, y], ...].
func positions(t *testing.T, raw string) []placed {
	t.Helper()
	var rows [][]any
	if err := json.Unmarshal([]byte(raw), &rows); err != nil {
		t.Fatal(err)
	}
	out := make([]placed, len(rows))
	for i, r := range rows {
		out[i] = placed{id: r[0].(string), at: [2]int{int(r[1].(float64)), int(r[2].(float64))}}
	}
	return out
}

func getJSON(t *testing.T, target string, v any) {
	t.Helper()
	resp, err := http.Get(target)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("GET %s: %d %s", target, resp.StatusCode, b)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil && !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
}
