// Command loadgen measures the API's latency under concurrent clients:
// `go run ./internal/loadgen -url http://127.0.0.1:8080 -clients 50 -duration 30s`
// (scripts/load-api wraps it). It discovers actors and counterparts through
// the API itself, then has each client send timeline and relations requests
// for random actors (seeded, so runs are comparable), and prints p50, p90,
// p99, max and requests per second for each endpoint and overall.
//
// It is bounded in time and in requests, and talks to loopback addresses
// only: it is a benchmark of this machine's server, not a load tool.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

type options struct {
	base      string
	clients   int
	duration  time.Duration
	warmup    time.Duration
	maxReqs   int
	seed      uint64
	actors    int
	rate      float64
	endpoints []string
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	var o options
	var endpoints string
	fs.StringVar(&o.base, "url", "http://127.0.0.1:8080", "the API's base URL (loopback only)")
	fs.IntVar(&o.clients, "clients", 50, "concurrent clients, each sending its next request when the last is answered")
	fs.DurationVar(&o.duration, "duration", 30*time.Second, "how long to measure (at most 10m)")
	fs.DurationVar(&o.warmup, "warmup", 5*time.Second, "how long to send requests before measuring")
	fs.IntVar(&o.maxReqs, "requests", 1_000_000, "most requests measured")
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the random choice of actors")
	fs.Float64Var(&o.rate, "rate", 0, "requests per second of each client (0: each sends its next request as soon as the last is answered)")
	fs.IntVar(&o.actors, "actors", 200, "how many actors (those with most events first) the requests pick from")
	fs.StringVar(&endpoints, "endpoints", "timeline,relations,pair", "request kinds: "+strings.Join(kinds, ", "))
	if err := fs.Parse(args); err != nil {
		return err
	}
	o.endpoints = strings.Split(endpoints, ",")
	if err := o.check(); err != nil {
		return err
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		MaxIdleConns: o.clients * 2, MaxIdleConnsPerHost: o.clients * 2, IdleConnTimeout: time.Minute}}

	targets, err := discover(ctx, client, o)
	if err != nil {
		return err
	}
	pace := "closed loop"
	if o.rate > 0 {
		pace = fmt.Sprintf("%g req/s each", o.rate)
	}
	fmt.Fprintf(out, "loadgen: %d clients (%s), %s warm-up, %s measured, %d actors, endpoints %s, %s\n",
		o.clients, pace, o.warmup, o.duration, len(targets.actors), strings.Join(o.endpoints, ","), o.base)

	if o.warmup > 0 {
		hammer(ctx, client, o, targets, o.warmup, o.maxReqs)
	}
	res := hammer(ctx, client, o, targets, o.duration, o.maxReqs)
	res.print(out)
	if res.failed() > 0 {
		return fmt.Errorf("%d requests failed (first: %s)", res.failed(), res.firstErr)
	}
	return nil
}

func (o options) check() error {
	u, err := url.Parse(o.base)
	if err != nil || u.Scheme != "http" {
		return fmt.Errorf("-url %q: want http://HOST:PORT", o.base)
	}
	host := u.Hostname()
	if host != "localhost" {
		ip := net.ParseIP(host)
		if ip == nil || !ip.IsLoopback() {
			return fmt.Errorf("-url %q: loadgen only targets loopback addresses", o.base)
		}
	}
	switch {
	case o.clients < 1 || o.clients > 500:
		return errors.New("-clients must be from 1 to 500")
	case o.duration <= 0 || o.duration > 10*time.Minute:
		return errors.New("-duration must be positive and at most 10m")
	case o.warmup < 0 || o.warmup > 2*time.Minute:
		return errors.New("-warmup must be from 0 to 2m")
	case o.maxReqs < 1:
		return errors.New("-requests must be at least 1")
	case o.actors < 1:
		return errors.New("-actors must be at least 1")
	case o.rate < 0 || o.rate > 10_000:
		return errors.New("-rate must be from 0 to 10000")
	}
	for _, e := range o.endpoints {
		if !slices.Contains(kinds, e) {
			return fmt.Errorf("-endpoints: unknown kind %q (known: %s)", e, strings.Join(kinds, ", "))
		}
	}
	return nil
}

// kinds are the request kinds, each asked about a random actor of the
// busiest (or, without one, as the explorer asks): timeline (the actor's
// timeline), relations, pair (the timeline of the actor and one of its five
// strongest counterparts), global (the global timeline of a month),
// histogram (the actor's events and statements per month), globalhist
// (all events per month, the explorer's time bar), graph (/graph, default
// filters), graphyear (/graph of the last twelve months, the explorer's
// first view), relationsyear (relations over the last twelve months),
// network2 and network3 (the ego network at depth 2 and 3), paths (from
// the actor to another busy actor).
var kinds = []string{"timeline", "relations", "pair", "global", "histogram", "globalhist", "graph", "graphyear",
	"relationsyear", "network2", "network3", "paths"}

// targets are what the requests are about, found through the API.
type targets struct {
	actors []string
	// pairs maps an actor to its strongest counterparts.
	pairs map[string][]string
	// months are the months that have events, as [from, to] dates.
	months [][2]string
}

// getJSON fetches u and decodes its JSON into v; with v nil it only reads
// the body, as a client does.
func getJSON(ctx context.Context, client *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return fmt.Errorf("GET %s: %d %.200s", u, resp.StatusCode, body)
	}
	if v == nil {
		return nil
	}
	return json.Unmarshal(body, v)
}

// discover lists actors through the histogram-free endpoints: every actor
// page, then each one's relations, keeping the actors with most events.
func discover(ctx context.Context, client *http.Client, o options) (targets, error) {
	var ids []string
	for offset := 0; ; offset += 500 {
		var page struct {
			Items      []struct{ ID string }
			NextOffset *int `json:"next_offset"`
		}
		if err := getJSON(ctx, client, fmt.Sprintf("%s/api/v1/actors?limit=500&offset=%d", o.base, offset), &page); err != nil {
			return targets{}, fmt.Errorf("listing actors: %w", err)
		}
		for _, a := range page.Items {
			ids = append(ids, a.ID)
		}
		if page.NextOffset == nil {
			break
		}
	}
	type weighted struct {
		id       string
		events   int
		partners []string
	}
	var all []weighted
	for _, id := range ids {
		var rel struct {
			Items []struct {
				Counterpart struct{ ID string }
				Events      int
			}
		}
		if err := getJSON(ctx, client, o.base+"/api/v1/actors/"+url.PathEscape(id)+"/relations?limit=5", &rel); err != nil {
			return targets{}, fmt.Errorf("reading relations: %w", err)
		}
		w := weighted{id: id}
		for _, r := range rel.Items {
			w.events += r.Events
			w.partners = append(w.partners, r.Counterpart.ID)
		}
		if w.events > 0 {
			all = append(all, w)
		}
	}
	if len(all) == 0 {
		return targets{}, errors.New("no actor has events: load a graph first")
	}
	sort.Slice(all, func(i, j int) bool {
		return all[i].events > all[j].events || all[i].events == all[j].events && all[i].id < all[j].id
	})
	t := targets{pairs: map[string][]string{}}
	for _, w := range all[:min(o.actors, len(all))] {
		t.actors = append(t.actors, w.id)
		t.pairs[w.id] = w.partners
	}
	var hist struct {
		Items []struct{ Start string }
	}
	if err := getJSON(ctx, client, o.base+"/api/v1/timeline/histogram?interval=month&limit=500&kind=event", &hist); err != nil {
		return targets{}, fmt.Errorf("reading months: %w", err)
	}
	for _, b := range hist.Items {
		start, err := time.Parse(time.DateOnly, b.Start)
		if err != nil {
			return targets{}, err
		}
		t.months = append(t.months, [2]string{b.Start, start.AddDate(0, 1, -1).Format(time.DateOnly)})
	}
	return t, nil
}

// request picks the next request of a client.
func (t targets) request(base, kind string, rng *rand.Rand) string {
	a := t.actors[rng.IntN(len(t.actors))]
	actor := base + "/api/v1/actors/" + url.PathEscape(a)
	var year string
	if len(t.months) > 0 {
		last, _ := time.Parse(time.DateOnly, t.months[len(t.months)-1][0])
		year = "from=" + last.AddDate(0, -11, 0).Format(time.DateOnly) + "&to=" + t.months[len(t.months)-1][1]
	}
	switch kind {
	case "relations":
		return actor + "/relations?limit=50"
	case "relationsyear":
		return actor + "/relations?limit=50&" + year
	case "histogram":
		return base + "/api/v1/timeline/histogram?interval=month&limit=500&actor=" + url.QueryEscape(a)
	case "globalhist":
		return base + "/api/v1/timeline/histogram?interval=month&kind=event&limit=500"
	case "graph":
		return base + "/api/v1/graph"
	case "graphyear":
		return base + "/api/v1/graph?limit=60&" + year
	case "network2", "network3":
		return actor + "/network?depth=" + kind[len(kind)-1:]
	case "paths":
		if len(t.actors) > 1 {
			b := t.actors[(slices.Index(t.actors, a)+1+rng.IntN(len(t.actors)-1))%len(t.actors)]
			return base + "/api/v1/paths?from=" + url.QueryEscape(a) + "&to=" + url.QueryEscape(b)
		}
	case "pair":
		if ps := t.pairs[a]; len(ps) > 0 {
			b := ps[rng.IntN(len(ps))]
			return base + "/api/v1/relations/" + url.PathEscape(a) + "/" + url.PathEscape(b) + "/timeline?limit=50"
		}
	case "global":
		if len(t.months) > 0 {
			m := t.months[rng.IntN(len(t.months))]
			return base + "/api/v1/timeline?limit=50&from=" + m[0] + "&to=" + m[1]
		}
	}
	return base + "/api/v1/actors/" + url.PathEscape(a) + "/timeline?limit=50"
}

// results are the latencies of one run, by request kind.
type results struct {
	mu       sync.Mutex
	took     map[string][]time.Duration
	errors   map[string]int
	firstErr string
	elapsed  time.Duration
}

func (r *results) add(kind string, d time.Duration, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.errors[kind]++
		if r.firstErr == "" {
			r.firstErr = err.Error()
		}
		return
	}
	r.took[kind] = append(r.took[kind], d)
}

func (r *results) failed() int {
	n := 0
	for _, e := range r.errors {
		n += e
	}
	return n
}

// hammer runs the clients for d or until maxReqs requests were sent.
func hammer(ctx context.Context, client *http.Client, o options, t targets, d time.Duration, maxReqs int) *results {
	res := &results{took: map[string][]time.Duration{}, errors: map[string]int{}}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	budget := make(chan struct{}, maxReqs)
	for range maxReqs {
		budget <- struct{}{}
	}
	close(budget)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range o.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(o.seed, uint64(i)))
			// Paced clients start spread over one interval, then keep to
			// their rate; after a late answer the next request goes at once.
			var interval time.Duration
			if o.rate > 0 {
				interval = time.Duration(float64(time.Second) / o.rate)
			}
			next := start.Add(interval * time.Duration(i) / time.Duration(o.clients))
			for range budget {
				if interval > 0 {
					select {
					case <-time.After(time.Until(next)):
					case <-ctx.Done():
						return
					}
					next = next.Add(interval)
				}
				if ctx.Err() != nil {
					return
				}
				kind := o.endpoints[rng.IntN(len(o.endpoints))]
				u := t.request(o.base, kind, rng)
				began := time.Now()
				err := getJSON(ctx, client, u, nil)
				if ctx.Err() != nil {
					return // cut off by the end of the run: not a measurement
				}
				res.add(kind, time.Since(began), err)
			}
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	return res
}

func (r *results) print(out io.Writer) {
	fmt.Fprintf(out, "%-10s %8s %8s %8s %8s %8s %9s %7s\n", "endpoint", "requests", "p50_ms", "p90_ms", "p99_ms", "max_ms", "req/s", "errors")
	var all []time.Duration
	kinds := make([]string, 0, len(r.took))
	for k := range r.took {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		all = append(all, r.took[k]...)
		r.line(out, k, r.took[k], r.errors[k])
	}
	r.line(out, "all", all, r.failed())
}

func (r *results) line(out io.Writer, name string, ds []time.Duration, errs int) {
	slices.Sort(ds)
	q := func(p float64) float64 {
		if len(ds) == 0 {
			return 0
		}
		return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))].Microseconds()) / 1000
	}
	fmt.Fprintf(out, "%-10s %8d %8.1f %8.1f %8.1f %8.1f %9.0f %7d\n", name, len(ds), q(0.50), q(0.90), q(0.99), q(1),
		float64(len(ds))/r.elapsed.Seconds(), errs)
}
