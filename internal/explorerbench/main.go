// Command explorerbench measures what the explorer (web/) waits for: the
// API calls it makes for its first network and for each filter change,
// exactly as web/src/main.ts and web/src/panels.ts make them, one visit at
// a time (scripts/bench-explorer wraps it; docs/explorer-speed.md has the
// figures). It prints p50 and p99 of every call and of every step, a step
// taking as long as its calls in sequence (the explorer sends a step's
// panel calls at once, so for those the slowest counts).
//
// The server must run with its response cache off (DIPLOGRAPH_CACHE_TTL=0):
// a cached answer says nothing of the graph. An answer marked X-Cache: hit
// stops the run. It talks to loopback addresses only and is bounded in
// requests.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "explorerbench:", err)
		os.Exit(1)
	}
}

// Sizes of the explorer's views (web/src/main.ts).
const (
	overviewEdges = "60"
	statementsTop = "5"
	counterparts  = "8"
	dyadEvents    = "50"
)

type bench struct {
	base   string
	client *http.Client
	mu     sync.Mutex
	calls  map[string][]time.Duration
	steps  map[string][]time.Duration
	order  []string
	sorder []string
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("explorerbench", flag.ContinueOnError)
	base := fs.String("url", "http://127.0.0.1:8080", "the API's base URL (loopback only), served with DIPLOGRAPH_CACHE_TTL=0")
	visits := fs.Int("visits", 20, "how many visits to measure, each with a period one month earlier (1 to 500)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := loopback(*base); err != nil {
		return err
	}
	if *visits < 1 || *visits > 500 {
		return errors.New("-visits must be from 1 to 500")
	}
	b := &bench{base: strings.TrimRight(*base, "/"), client: &http.Client{Timeout: 60 * time.Second},
		calls: map[string][]time.Duration{}, steps: map[string][]time.Duration{}}

	// What a new visitor's page does first: the months of the graph, then
	// the strongest dyads of its last 12 months.
	var months struct {
		Items []struct {
			Start string `json:"start"`
		} `json:"items"`
	}
	if _, err := b.get(ctx, "", "/timeline/histogram", url.Values{"interval": {"month"}, "kind": {"event"}, "limit": {"500"}}, &months); err != nil {
		return err
	}
	if len(months.Items) == 0 {
		return errors.New("the graph has no dated events: ingest a corpus first")
	}
	last, err := time.Parse(time.DateOnly, months.Items[len(months.Items)-1].Start[:10])
	if err != nil {
		return fmt.Errorf("histogram: %w", err)
	}
	fmt.Fprintf(out, "explorerbench: %s, %d months of events up to %s, %d visits, one at a time\n",
		b.base, len(months.Items), last.Format("2006-01"), *visits)

	for v := 0; v < *visits && ctx.Err() == nil; v++ {
		if err := b.visit(ctx, last.AddDate(0, -v, 0)); err != nil {
			return err
		}
	}
	b.report(out)
	return ctx.Err()
}

// visit does what the explorer does on one visit whose data ends in the
// month of end: the landing network, a narrower period, an actor found by
// search with his card, a filter change on his network, the events of his
// strongest dyad, and two hops around him.
func (b *bench) visit(ctx context.Context, end time.Time) error {
	from, to := end.AddDate(0, -11, 0).Format(time.DateOnly), end.AddDate(0, 1, -1).Format(time.DateOnly)
	narrowFrom := end.AddDate(0, -2, 0).Format(time.DateOnly)
	month := url.Values{"interval": {"month"}, "kind": {"event"}, "limit": {"500"}}

	// First network: the histogram, then the graph of the last 12 months.
	var landing struct {
		Edges []struct {
			Data struct{ Source, Target string } `json:"data"`
		} `json:"edges"`
		Nodes []struct {
			Data struct{ ID, Label string } `json:"data"`
		} `json:"nodes"`
	}
	err := b.step(ctx, "first network", func(ctx context.Context) error {
		if _, err := b.get(ctx, "histogram (all)", "/timeline/histogram", month, nil); err != nil {
			return err
		}
		_, err := b.get(ctx, "graph (12 months)", "/graph", url.Values{"from": {from}, "to": {to}, "limit": {overviewEdges}}, &landing)
		return err
	})
	if err != nil {
		return err
	}
	// A filter change on the landing network: the period narrowed.
	if err := b.step(ctx, "filter change (overview)", func(ctx context.Context) error {
		_, err := b.get(ctx, "graph (3 months)", "/graph", url.Values{"from": {narrowFrom}, "to": {to}, "limit": {overviewEdges}}, nil)
		return err
	}); err != nil {
		return err
	}
	if len(landing.Edges) == 0 {
		return nil
	}
	// The actor of the strongest dyad, found by typing his name.
	actor, counterpart := landing.Edges[0].Data.Source, landing.Edges[0].Data.Target
	name := actor
	for _, n := range landing.Nodes {
		if n.Data.ID == actor {
			name = n.Data.Label
		}
	}
	if err := b.step(ctx, "search suggestions", func(ctx context.Context) error {
		_, err := b.get(ctx, "actors?q=", "/actors", url.Values{"q": {name}, "limit": {"8"}}, nil)
		return err
	}); err != nil {
		return err
	}
	ego := "/actors/" + url.PathEscape(actor)
	network := func(depth, limit, fanout, from string) url.Values {
		return url.Values{"depth": {depth}, "limit": {limit}, "fanout": {fanout}, "from": {from}, "to": {to}}
	}
	card := func(ctx context.Context, from string) error {
		return b.parallel(ctx,
			func(ctx context.Context) error { _, err := b.get(ctx, "actor", ego, nil, nil); return err },
			func(ctx context.Context) error {
				_, err := b.get(ctx, "relations", ego+"/relations", url.Values{"from": {from}, "to": {to}, "limit": {counterparts}}, nil)
				return err
			},
			func(ctx context.Context) error {
				_, err := b.get(ctx, "latest statements", ego+"/timeline",
					url.Values{"kind": {"statement"}, "order": {"desc"}, "limit": {statementsTop}, "from": {from}, "to": {to}}, nil)
				return err
			})
	}
	// Choosing him: his histogram, and at the same time his network then
	// his card.
	if err := b.step(ctx, "actor chosen", func(ctx context.Context) error {
		return b.parallel(ctx,
			func(ctx context.Context) error {
				_, err := b.get(ctx, "histogram (actor)", "/timeline/histogram", withActor(month, actor), nil)
				return err
			},
			func(ctx context.Context) error {
				if _, err := b.get(ctx, "network (depth 1)", ego+"/network", network("1", "31", "30", from), nil); err != nil {
					return err
				}
				return card(ctx, from)
			})
	}); err != nil {
		return err
	}
	// A filter change on his network: the period narrowed.
	if err := b.step(ctx, "filter change (actor)", func(ctx context.Context) error {
		if _, err := b.get(ctx, "network (depth 1, 3 months)", ego+"/network", network("1", "31", "30", narrowFrom), nil); err != nil {
			return err
		}
		return card(ctx, narrowFrom)
	}); err != nil {
		return err
	}
	if err := b.step(ctx, "edge clicked", func(ctx context.Context) error {
		_, err := b.get(ctx, "events of a dyad", "/events",
			url.Values{"actor": {actor}, "counterpart": {counterpart}, "from": {from}, "to": {to}, "limit": {dyadEvents}}, nil)
		return err
	}); err != nil {
		return err
	}
	return b.step(ctx, "depth 2", func(ctx context.Context) error {
		_, err := b.get(ctx, "network (depth 2)", ego+"/network", network("2", "60", "8", from), nil)
		return err
	})
}

func withActor(v url.Values, actor string) url.Values {
	out := url.Values{"actor": {actor}}
	for k, vs := range v {
		out[k] = vs
	}
	return out
}

// step times f as one step of the explorer.
func (b *bench) step(ctx context.Context, name string, f func(context.Context) error) error {
	start := time.Now()
	if err := f(ctx); err != nil {
		return err
	}
	b.record(&b.steps, &b.sorder, name, time.Since(start))
	return nil
}

// parallel runs calls at once, as the explorer's panel sends them.
func (b *bench) parallel(ctx context.Context, fs ...func(context.Context) error) error {
	errs := make([]error, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = f(ctx) }()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// get calls an endpoint, records its time under name (unless empty), and
// decodes the answer into v when v is not nil.
func (b *bench) get(ctx context.Context, name, path string, q url.Values, v any) (time.Duration, error) {
	target := b.base + "/api/v1" + path
	if len(q) > 0 {
		target += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	resp, err := b.client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("GET %s: %w", target, err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	took := time.Since(start)
	switch {
	case err != nil:
		return 0, fmt.Errorf("GET %s: %w", target, err)
	case resp.StatusCode != http.StatusOK:
		return 0, fmt.Errorf("GET %s: %d %s", target, resp.StatusCode, body)
	case resp.Header.Get("X-Cache") == "hit":
		return 0, fmt.Errorf("GET %s came from the response cache: serve with DIPLOGRAPH_CACHE_TTL=0", target)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			return 0, fmt.Errorf("GET %s: %w", target, err)
		}
	}
	if name != "" {
		b.record(&b.calls, &b.order, name, took)
	}
	return took, nil
}

func (b *bench) record(m *map[string][]time.Duration, order *[]string, name string, d time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := (*m)[name]; !ok {
		*order = append(*order, name)
	}
	(*m)[name] = append((*m)[name], d)
}

func (b *bench) report(out io.Writer) {
	table := func(title string, m map[string][]time.Duration, order []string) {
		fmt.Fprintf(out, "\n%-30s %5s %9s %9s %9s\n", title, "n", "p50", "p99", "max")
		for _, name := range order {
			ds := m[name]
			sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
			fmt.Fprintf(out, "%-30s %5d %9s %9s %9s\n", name, len(ds), ms(pct(ds, 50)), ms(pct(ds, 99)), ms(ds[len(ds)-1]))
		}
	}
	table("step (what the user waits for)", b.steps, b.sorder)
	table("call", b.calls, b.order)
}

// pct is the p-th percentile of sorted durations (nearest rank).
func pct(sorted []time.Duration, p int) time.Duration {
	i := (p*len(sorted)+99)/100 - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

func loopback(base string) error {
	u, err := url.Parse(base)
	if err != nil || u.Scheme != "http" {
		return fmt.Errorf("-url %q: want http://HOST:PORT", base)
	}
	if h := u.Hostname(); h != "localhost" {
		if ip := net.ParseIP(h); ip == nil || !ip.IsLoopback() {
			return fmt.Errorf("-url %q: explorerbench only targets loopback addresses", base)
		}
	}
	return nil
}
