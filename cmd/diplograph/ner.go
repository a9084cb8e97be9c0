package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph/nlp/ner"
)

const nerUsage = `usage: diplograph ner train [flags]    train the NER model on NERGrit
       diplograph ner eval [flags]     measure a NER model on a NERGrit split`

// runNER trains or measures the Indonesian NER model of nlp/ner.
func runNER(ctx context.Context, args []string, io stdio) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: ner needs train or eval\n%s", errUsage, nerUsage)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(io.out, nerUsage)
		return nil
	case "train":
		return runNERTrain(args[1:], io)
	case "eval":
		return runNEREval(args[1:], io)
	}
	return fmt.Errorf("%w: unknown ner command %q\n%s", errUsage, args[0], nerUsage)
}

// defaultNERData is where the shared corpus sits beside the repository.
const defaultNERData = "../shared/corpus/ner"

// readNERSplit reads one NERGrit split (train, valid or test) from dir.
func readNERSplit(dir, split string) ([]ner.Sentence, error) {
	if split != "train" && split != "valid" && split != "test" {
		return nil, fmt.Errorf("%w: NERGrit split %q: want train, valid or test", errUsage, split)
	}
	path := filepath.Join(dir, "nergrit_ner-grit."+split+"_preprocess.txt")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading NER data: %w", err)
	}
	defer f.Close()
	sentences, err := ner.ReadSentences(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return sentences, nil
}

func runNERTrain(args []string, io stdio) error {
	fs := flag.NewFlagSet("ner train", flag.ContinueOnError)
	fs.SetOutput(io.err)
	data := fs.String("data", defaultNERData, "folder with the NERGrit files")
	splits := fs.String("splits", "train,valid", "NERGrit splits to train on; valid is scored after each epoch when it is not one of them")
	out := fs.String("out", "nlp/ner/model.bin", "where to write the model")
	epochs := fs.Int("epochs", 10, "passes over the training data")
	runs := fs.Int("runs", 4, "perceptrons trained in their own sentence orders and averaged")
	seed := fs.Uint64("seed", 1, "seed of the sentence orders")
	prune := fs.Int("prune", 0, "drop features whose quantized weights are all within ±prune")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var train []ner.Sentence
	names := strings.Split(*splits, ",")
	for _, split := range names {
		s, err := readNERSplit(*data, split)
		if err != nil {
			return err
		}
		train = append(train, s...)
	}
	opts := ner.TrainOptions{Epochs: *epochs, Runs: *runs, Seed: *seed, Prune: *prune}
	began := time.Now()
	if !slices.Contains(names, "valid") {
		valid, err := readNERSplit(*data, "valid")
		if err != nil {
			return err
		}
		opts.AfterEpoch = func(epoch int, m *ner.Model) {
			r := ner.Evaluate(m.Tagger(), valid)
			fmt.Fprintf(io.err, "epoch %2d  valid P %.3f R %.3f F1 %.3f  (%d features, %s)\n",
				epoch, r.Overall.Precision(), r.Overall.Recall(), r.Overall.F1(), m.Features(), time.Since(began).Round(time.Millisecond))
		}
	}
	model, err := ner.Train(train, opts)
	if err != nil {
		return err
	}
	took := time.Since(began)
	var buf bytes.Buffer
	if _, err := model.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing NER model: %w", err)
	}
	fmt.Fprintf(io.out, "trained on %d sentences of NERGrit %s in %s (%d epochs, %d runs, seed %d): %d features, %d bytes written to %s\n",
		len(train), *splits, took.Round(time.Millisecond), *epochs, *runs, *seed, model.Features(), buf.Len(), *out)
	return nil
}

func runNEREval(args []string, io stdio) error {
	fs := flag.NewFlagSet("ner eval", flag.ContinueOnError)
	fs.SetOutput(io.err)
	data := fs.String("data", defaultNERData, "folder with the NERGrit files")
	split := fs.String("split", "test", "split to measure: train, valid or test")
	modelPath := fs.String("model", "", "model file to measure (default: the embedded model)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	sentences, err := readNERSplit(*data, *split)
	if err != nil {
		return err
	}
	tagger, err := loadNERTagger(*modelPath)
	if err != nil {
		return err
	}
	r := ner.Evaluate(tagger, sentences)
	fmt.Fprintf(io.out, "NERGrit %s: %d sentences, %d tokens, exact entity match\n", *split, r.Sentences, r.Tokens)
	fmt.Fprintf(io.out, "%-14s %9s %9s %9s %6s %6s %6s\n", "label", "precision", "recall", "f1", "tp", "fp", "fn")
	row := func(name string, s ner.Score) {
		fmt.Fprintf(io.out, "%-14s %9.3f %9.3f %9.3f %6d %6d %6d\n", name, s.Precision(), s.Recall(), s.F1(), s.TruePos, s.FalsePos, s.FalseNeg)
	}
	for _, label := range r.Labels() {
		row(label, r.ByLabel[label])
	}
	row("overall", r.Overall)
	tokens, took := nerThroughput(tagger, sentences)
	fmt.Fprintf(io.out, "speed: %.0f tokens/s on one core (fastest of repeated rounds: %d tokens in %s)\n", float64(tokens)/took.Seconds(), tokens, took.Round(time.Microsecond))
	return nil
}

func loadNERTagger(path string) (*ner.Tagger, error) {
	if path == "" {
		return ner.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading NER model: %w", err)
	}
	defer f.Close()
	m, err := ner.ReadModel(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return m.Tagger(), nil
}

// nerThroughput tags the sentences round after round for at least a second
// and returns the tokens of one round and the time of the fastest round: on
// a machine shared with other work, the fastest round is the one least
// disturbed.
func nerThroughput(t *ner.Tagger, sentences []ner.Sentence) (int, time.Duration) {
	tokens := 0
	for _, s := range sentences {
		tokens += len(s.Tokens)
	}
	best := time.Duration(math.MaxInt64)
	for began := time.Now(); time.Since(began) < time.Second; {
		round := time.Now()
		for _, s := range sentences {
			t.Entities(s.Tokens)
		}
		best = min(best, time.Since(round))
	}
	return tokens, best
}
