package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
	out := fs.String("out", "nlp/ner/model.bin", "where to write the model")
	epochs := fs.Int("epochs", 10, "passes over the training data")
	seed := fs.Uint64("seed", 1, "seed of the sentence order")
	prune := fs.Int("prune", 0, "drop features whose quantized weights are all within ±prune")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	train, err := readNERSplit(*data, "train")
	if err != nil {
		return err
	}
	valid, err := readNERSplit(*data, "valid")
	if err != nil {
		return err
	}
	began := time.Now()
	model, err := ner.Train(train, ner.TrainOptions{
		Epochs: *epochs,
		Seed:   *seed,
		Prune:  *prune,
		AfterEpoch: func(epoch int, m *ner.Model) {
			r := ner.Evaluate(m.Tagger(), valid)
			fmt.Fprintf(io.err, "epoch %2d  valid P %.3f R %.3f F1 %.3f  (%d features, %s)\n",
				epoch, r.Overall.Precision(), r.Overall.Recall(), r.Overall.F1(), m.Features(), time.Since(began).Round(time.Millisecond))
		},
	})
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
	fmt.Fprintf(io.out, "trained on %d sentences in %s (%d epochs, seed %d): %d features, %d bytes written to %s\n",
		len(train), took.Round(time.Millisecond), *epochs, *seed, model.Features(), buf.Len(), *out)
	return nil
}

func runNEREval(args []string, io stdio) error {
	fs := flag.NewFlagSet("ner eval", flag.ContinueOnError)
	fs.SetOutput(io.err)
	data := fs.String("data", defaultNERData, "folder with the NERGrit files")
	split := fs.String("split", "test", "split to measure: train, valid or test")
	modelPath := fs.String("model", "", "model file to measure (default: the embedded model)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
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
	fmt.Fprintf(io.out, "speed: %.0f tokens/s on one core (%d tokens in %s)\n", float64(tokens)/took.Seconds(), tokens, took.Round(time.Millisecond))
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

// nerThroughput tags the sentences repeatedly for at least a second and
// returns how many tokens were tagged in how long.
func nerThroughput(t *ner.Tagger, sentences []ner.Sentence) (int, time.Duration) {
	tokens := 0
	began := time.Now()
	for time.Since(began) < time.Second {
		for _, s := range sentences {
			t.Entities(s.Tokens)
			tokens += len(s.Tokens)
		}
	}
	return tokens, time.Since(began)
}
