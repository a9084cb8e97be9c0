package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"

	"github.com/diplograph/diplograph/internal/synth"
	"github.com/diplograph/diplograph/nlp"
)

// runSynth writes a synthetic corpus as JSON Lines on stdout, for load tests:
// `diplograph synth -n 100000 -seed 1 > corpus.jsonl`.
func runSynth(ctx context.Context, args []string, io stdio) error {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	fs.SetOutput(io.err)
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same corpus")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *n < 0 {
		return fmt.Errorf("%w: synth takes only -n (>= 0) and -seed", errUsage)
	}
	dict, err := nlp.LoadDictionary()
	if err != nil {
		return err
	}
	g, err := synth.New(dict, *seed)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(io.out, 1<<20)
	for written := 0; written < *n; {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("synth interrupted after %d articles: %w", written, err)
		}
		chunk := min(1000, *n-written)
		if err := g.Write(w, chunk); err != nil {
			return err
		}
		written += chunk
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing the corpus: %w", err)
	}
	return nil
}
