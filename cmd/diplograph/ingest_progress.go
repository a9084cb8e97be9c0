package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/diplograph/diplograph"
)

// progress shows an ingest as it goes: a bar with rate and ETA on a
// terminal, else a log line now and then, and each failure as it happens.
type progress struct {
	out   io.Writer
	every time.Duration
	start time.Time
	// bar is nil when out is not a terminal.
	bar *progressbar.ProgressBar

	// mu orders the bar's redraws with the log lines written over it.
	mu    sync.Mutex
	tally diplograph.IngestSummary
}

func newProgress(out io.Writer, every time.Duration) *progress {
	p := &progress{out: out, every: every, start: time.Now()}
	if isTerminal(out) {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(out),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionShowIts(),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(250*time.Millisecond),
		)
	}
	return p
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// countInputs gives the bar its total, for the ETA.
func (p *progress) countInputs(ctx context.Context, inputs []string) {
	n := countPages(ctx, inputs)
	if p.bar == nil || n <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.ChangeMax(n)
}

// page takes the outcome of one page; it is the ingester's Progress.
func (p *progress) page(r diplograph.PageResult) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch r.Outcome {
	case diplograph.New:
		p.tally.New++
	case diplograph.Unchanged:
		p.tally.Unchanged++
	case diplograph.Reextracted:
		p.tally.Reextracted++
	case diplograph.Replaced:
		p.tally.Replaced++
	default:
		p.tally.Failed++
		p.say("%s: %v", r.Name, r.Err)
	}
	for _, w := range r.Warnings {
		p.say("%s: warning: %s", r.Name, w)
	}
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// say writes a line about one article above the bar; p.mu is held.
func (p *progress) say(format string, args ...any) {
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintf(p.out, "diplograph ingest: "+format+"\n", args...)
}

// display logs progress every p.every when there is no bar to show it,
// until the returned function is called.
func (p *progress) display() (stop func()) {
	if p.bar != nil {
		return func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			p.bar.Finish()
			fmt.Fprintln(p.out)
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(p.every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				p.mu.Lock()
				elapsed := time.Since(p.start)
				fmt.Fprintf(p.out, "ingest: %d articles in %s (%.0f/s): %s\n", p.tally.Done(), elapsed.Round(time.Second),
					float64(p.tally.Done())/max(elapsed.Seconds(), 1e-3), outcomeCounts(p.tally))
				p.mu.Unlock()
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

func outcomeCounts(s diplograph.IngestSummary) string {
	return fmt.Sprintf("%d new, %d unchanged, %d re-extracted, %d replaced, %d failed", s.New, s.Unchanged, s.Reextracted, s.Replaced, s.Failed)
}

// summary prints what the ingest did, with the graph's own counters, the
// articles written with warnings, and, when it stopped, every article not
// written: by name those read, by count and the first those not read.
func (p *progress) summary(out io.Writer, s diplograph.IngestSummary, nw *diplograph.NotWrittenError) {
	secs := max(time.Since(p.start).Seconds(), 1e-3)
	c := s.Counters
	fmt.Fprintf(out, "articles: %s (%d in %.1fs, %.0f/s)\n", outcomeCounts(s), s.Done(), secs, float64(s.Done())/secs)
	fmt.Fprintf(out, "graph: %d nodes and %d relationships created (%.0f/s and %.0f/s), %d nodes and %d relationships deleted\n",
		c.NodesCreated, c.RelationshipsCreated, float64(c.NodesCreated)/secs, float64(c.RelationshipsCreated)/secs,
		c.NodesDeleted, c.RelationshipsDeleted)
	if len(s.WarnedPages) > 0 {
		fmt.Fprintf(out, "warnings: %d article(s) written with repairs (invalid UTF-8, ...): %s\n",
			len(s.WarnedPages), strings.Join(s.WarnedPages, ", "))
	}
	if nw == nil {
		return
	}
	for _, name := range nw.Articles {
		fmt.Fprintf(out, "not written: %s\n", name)
	}
	fmt.Fprintf(out, "not written: %d article(s), %d read (named above)", nw.Count(), len(nw.Articles))
	if nw.Unread > 0 {
		fmt.Fprintf(out, " and %d not read yet, from %s on", nw.Unread, nw.FirstUnread)
	}
	fmt.Fprintln(out, "; run the same command again to complete the load")
}
