package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// progress tallies an ingest and shows it: a redrawn bar with rate and ETA
// on a terminal, else a log line now and then.
type progress struct {
	out   io.Writer
	tty   bool
	every time.Duration
	start time.Time
	// total is the number of pages expected; 0 while counting, -1 unknown.
	total atomic.Int64

	mu       sync.Mutex
	outcomes map[graph.Outcome]int
	failed   []string
	counters graph.Counters
}

func newProgress(out io.Writer, every time.Duration) *progress {
	return &progress{out: out, tty: isTerminal(out), every: every, start: time.Now(), outcomes: map[graph.Outcome]int{}}
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// countInputs sets the expected total, for the ETA.
func (p *progress) countInputs(ctx context.Context, inputs []string) {
	if n := countPages(ctx, inputs); n > 0 {
		p.total.Store(int64(n))
	} else {
		p.total.Store(-1)
	}
}

func (p *progress) add(rep graph.Report) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, a := range rep.Articles {
		p.outcomes[a.Outcome]++
		if a.Outcome == graph.Failed {
			p.failed = append(p.failed, a.Name)
		}
	}
	p.counters.Add(rep.Counters)
}

// fail counts a page that failed before it reached the writer.
func (p *progress) fail(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.outcomes[graph.Failed]++
	p.failed = append(p.failed, name)
}

func (p *progress) failedNames() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.failed...)
}

// logf writes a line, clearing the bar first on a terminal.
func (p *progress) logf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		fmt.Fprint(p.out, "\r\033[K")
	}
	fmt.Fprintf(p.out, format+"\n", args...)
}

// display shows progress until the returned function is called.
func (p *progress) display() (stop func()) {
	interval := p.every
	if p.tty {
		interval = 250 * time.Millisecond
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				p.show()
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		if p.tty {
			p.show()
			fmt.Fprintln(p.out)
		}
	}
}

func (p *progress) show() {
	p.mu.Lock()
	defer p.mu.Unlock()
	done := 0
	for _, n := range p.outcomes {
		done += n
	}
	elapsed := time.Since(p.start)
	rate := float64(done) / max(elapsed.Seconds(), 1e-3)
	total := int(p.total.Load())
	if !p.tty {
		fmt.Fprintf(p.out, "ingest: %d articles in %s (%.0f/s): %s\n", done, elapsed.Round(time.Second), rate, p.tally())
		return
	}
	if total <= 0 {
		fmt.Fprintf(p.out, "\r\033[K%d articles  %.0f/s  %s", done, rate, elapsed.Round(time.Second))
		return
	}
	const width = 30
	frac := min(float64(done)/float64(total), 1)
	bar := strings.Repeat("=", int(frac*width)) + strings.Repeat(" ", width-int(frac*width))
	eta := "?"
	if rate > 0 {
		eta = (time.Duration(float64(total-done)/rate) * time.Second).Round(time.Second).String()
	}
	fmt.Fprintf(p.out, "\r\033[K[%s] %d/%d %3.0f%%  %.0f/s  ETA %s", bar, done, total, 100*frac, rate, eta)
}

func (p *progress) tally() string {
	return fmt.Sprintf("%d new, %d unchanged, %d replaced, %d failed",
		p.outcomes[graph.New], p.outcomes[graph.Unchanged], p.outcomes[graph.Replaced], p.outcomes[graph.Failed])
}

// summary prints what the ingest did, with the graph's own counters.
func (p *progress) summary(out io.Writer) {
	p.mu.Lock()
	defer p.mu.Unlock()
	done := 0
	for _, n := range p.outcomes {
		done += n
	}
	secs := max(time.Since(p.start).Seconds(), 1e-3)
	c := p.counters
	fmt.Fprintf(out, "articles: %s (%d in %.1fs, %.0f/s)\n", p.tally(), done, secs, float64(done)/secs)
	fmt.Fprintf(out, "graph: %d nodes and %d relationships created (%.0f/s and %.0f/s), %d nodes and %d relationships deleted\n",
		c.NodesCreated, c.RelationshipsCreated, float64(c.NodesCreated)/secs, float64(c.RelationshipsCreated)/secs,
		c.NodesDeleted, c.RelationshipsDeleted)
}
