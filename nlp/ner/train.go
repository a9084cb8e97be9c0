package ner

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainOptions steer Train. The zero value trains with the defaults.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 10).
	Epochs int
	// Seed orders the sentences of each epoch; the same data, options and
	// seed give the same model, byte for byte.
	Seed uint64
	// Runs is the number of perceptrons trained side by side, each seeing
	// the sentences in its own order; the model averages them (default 1).
	// Averaging several smooths the weights that one order overfits.
	Runs int
	// Prune drops features whose quantized weights are all within ±Prune,
	// to shrink the model (0 keeps every non-zero feature).
	Prune int
	// AfterEpoch, when set, is called after each epoch with the averaged
	// model so far, to watch a validation score.
	AfterEpoch func(epoch int, m *Model)
}

// Train learns a model from labelled sentences with the averaged structured
// perceptron: each sentence is decoded with Viterbi exactly as Tagger does,
// and a wrong sequence moves the weights towards the gold one.
func Train(sentences []Sentence, opts TrainOptions) (*Model, error) {
	if opts.Epochs == 0 {
		opts.Epochs = 10
	}
	if opts.Epochs < 0 {
		return nil, fmt.Errorf("training NER model: %d epochs", opts.Epochs)
	}
	for i, s := range sentences {
		if len(s.Tokens) != len(s.Labels) {
			return nil, fmt.Errorf("training NER model: sentence %d has %d tokens and %d labels", i, len(s.Tokens), len(s.Labels))
		}
		for _, l := range s.Labels {
			if !validLabel(l) {
				return nil, fmt.Errorf("training NER model: sentence %d: label %q is not O, B-TYPE or I-TYPE", i, l)
			}
		}
	}
	if opts.Runs == 0 {
		opts.Runs = 1
	}
	if opts.Runs < 0 {
		return nil, fmt.Errorf("training NER model: %d runs", opts.Runs)
	}
	classes := classesOf(sentences)
	if len(classes) < 2 {
		return nil, errors.New("training NER model: no entity labels in the data")
	}
	vocab := vocabulary(sentences)
	runs := make([]*trainer, opts.Runs)
	orders := make([][]int, opts.Runs)
	var examples []example
	for r := range runs {
		runs[r] = newTrainer(classes)
		if r == 0 {
			examples = runs[r].prepare(sentences)
		}
		orders[r] = make([]int, len(examples))
		for i := range orders[r] {
			orders[r][i] = i
		}
	}
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		for r, tr := range runs {
			order := orders[r]
			rng := rand.New(rand.NewPCG(opts.Seed, uint64(r)<<32|uint64(epoch)))
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, i := range order {
				tr.learn(&examples[i])
			}
		}
		if opts.AfterEpoch != nil && epoch < opts.Epochs {
			opts.AfterEpoch(epoch, average(runs, vocab, opts.Prune))
		}
	}
	m := average(runs, vocab, opts.Prune)
	if opts.AfterEpoch != nil {
		opts.AfterEpoch(opts.Epochs, m)
	}
	return m, nil
}

// classesOf lists the labels used in sentences: "O" first, then B- and I-
// of each type in alphabetical order.
func classesOf(sentences []Sentence) []string {
	kinds := map[string]bool{}
	for _, s := range sentences {
		for _, l := range s.Labels {
			if l != "O" {
				kinds[l[2:]] = true
			}
		}
	}
	sorted := make([]string, 0, len(kinds))
	for k := range kinds {
		sorted = append(sorted, k)
	}
	slices.Sort(sorted)
	classes := []string{"O"}
	for _, k := range sorted {
		classes = append(classes, "B-"+k, "I-"+k)
	}
	return classes
}

const (
	// minVocab is how often a token must occur in training to be in the
	// vocabulary whose words get precomputed weight rows.
	minVocab = 2
	// maxWordBytes bounds a vocabulary word.
	maxWordBytes = 64
)

// vocabulary returns, sorted, the tokens met at least minVocab times. It
// only speeds tagging up: any vocabulary gives the same labels.
func vocabulary(sentences []Sentence) []string {
	counts := map[string]int{}
	for _, s := range sentences {
		for _, tok := range s.Tokens {
			if len(tok) <= maxWordBytes {
				counts[tok]++
			}
		}
	}
	var vocab []string
	for tok, n := range counts {
		if n >= minVocab {
			vocab = append(vocab, tok)
		}
	}
	slices.Sort(vocab)
	return vocab
}

// example is a sentence with its features computed once for all epochs.
type example struct {
	feats []uint64
	gold  []int
}

// trainer holds the perceptron's weights and scratch for decoding.
type trainer struct {
	scheme
	feat        *featurizer
	unary, pair learnTable
	now         int
	lattice     lattice[float64]
	guess       []int
	cur         *example // the sentence being decoded
}

// score scores token i of the current sentence from its features.
func (tr *trainer) score(i int, unary, pair []float64) {
	f := tr.cur.feats[i*featuresPerToken : (i+1)*featuresPerToken]
	tr.unary.add(unary, f[:unaryFeatures])
	tr.pair.add(pair, f[unaryFeatures:])
}

func newTrainer(classes []string) *trainer {
	k := len(classes)
	return &trainer{
		scheme: newScheme(classes),
		feat:   newFeaturizer(),
		unary:  newLearnTable(k),
		pair:   newLearnTable(pairWidth(k)),
	}
}

func (tr *trainer) prepare(sentences []Sentence) []example {
	index := make(map[string]int, len(tr.classes))
	for c, l := range tr.classes {
		index[l] = c
	}
	out := make([]example, 0, len(sentences))
	var infos []tokenInfo
	for _, s := range sentences {
		if len(s.Tokens) == 0 {
			continue
		}
		infos = infos[:0]
		for _, tok := range s.Tokens {
			infos = append(infos, tr.feat.info(tok))
		}
		ex := example{feats: tr.feat.features(nil, infos)}
		// Gold labels go through the same BIO reading as evaluation, so an
		// I- label that opens an entity is learnt as the B- label it means.
		ex.gold = make([]int, len(s.Labels))
		for _, e := range spans(s.Labels) {
			ex.gold[e.Start] = index["B-"+e.Label]
			for i := e.Start + 1; i < e.End; i++ {
				ex.gold[i] = index["I-"+e.Label]
			}
		}
		out = append(out, ex)
	}
	return out
}

// learn decodes one sentence as the tagger would and, where the best
// sequence differs from the gold one, rewards the gold labels' features and
// penalises the guessed ones.
func (tr *trainer) learn(ex *example) {
	tr.now++
	n, k := len(ex.gold), len(tr.classes)
	tr.cur = ex
	tr.guess = tr.lattice.decode(&tr.scheme, tr, n, tr.guess[:0])
	goldPrev, guessPrev := start, start
	for i := range n {
		gold, guess := ex.gold[i], tr.guess[i]
		feats := ex.feats[i*featuresPerToken : (i+1)*featuresPerToken]
		if gold != guess {
			for _, f := range feats[:unaryFeatures] {
				tr.unary.update(f, gold, guess, tr.now)
			}
		}
		if gold != guess || goldPrev != guessPrev {
			g, p := (goldPrev+1)*k+gold, (guessPrev+1)*k+guess
			for _, f := range feats[unaryFeatures:] {
				tr.pair.update(f, g, p, tr.now)
			}
		}
		goldPrev, guessPrev = gold, guess
	}
}

// average averages the weights over each run's steps and then over the
// runs, quantizes them to int16 on one scale for the whole model, and keeps
// the features with a weight beyond ±prune.
func average(runs []*trainer, vocab []string, prune int) *Model {
	unary, pair := map[uint64][]float64{}, map[uint64][]float64{}
	for _, tr := range runs {
		tr.unary.addAverage(unary, tr.now, len(runs))
		tr.pair.addAverage(pair, tr.now, len(runs))
	}
	maxAbs := 0.0
	for _, m := range []map[uint64][]float64{unary, pair} {
		for _, ws := range m {
			for _, v := range ws {
				maxAbs = max(maxAbs, math.Abs(v))
			}
		}
	}
	scale := 0.0
	if maxAbs > 0 {
		scale = math.MaxInt16 / maxAbs
	}
	return &Model{
		classes: slices.Clone(runs[0].classes),
		vocab:   vocab,
		unary:   quantize(unary, runs[0].unary.width, scale, prune),
		pair:    quantize(pair, runs[0].pair.width, scale, prune),
	}
}

// quantize rounds the weights to int16 with scale and returns the features,
// sorted by hash, that keep a weight beyond ±prune.
func quantize(weights map[uint64][]float64, width int, scale float64, prune int) section {
	var s section
	row := make([]int16, width)
	for _, key := range slices.Sorted(maps.Keys(weights)) {
		keep := false
		for c, w := range weights[key] {
			q := int16(math.Round(w * scale))
			row[c] = q
			keep = keep || q > int16(prune) || q < -int16(prune)
		}
		if keep {
			s.keys = append(s.keys, key)
			s.weights = append(s.weights, row...)
		}
	}
	return s
}

// learnTable holds perceptron weights of one kind of feature, width weights
// per feature, with the bookkeeping of lazy averaging: a weight's running
// total is brought up to date only when the weight changes.
type learnTable struct {
	width int
	rows  map[uint64]int
	keys  []uint64
	w     []float64
	total []float64
	stamp []int
}

func newLearnTable(width int) learnTable {
	return learnTable{width: width, rows: make(map[uint64]int)}
}

func (t *learnTable) add(scores []float64, feats []uint64) {
	for _, f := range feats {
		if r, ok := t.rows[f]; ok {
			for c, w := range t.w[r*t.width : (r+1)*t.width] {
				scores[c] += w
			}
		}
	}
}

// update adds one to weight up and takes one from weight down of feature f.
func (t *learnTable) update(f uint64, up, down, now int) {
	r, ok := t.rows[f]
	if !ok {
		r = len(t.keys)
		t.rows[f] = r
		t.keys = append(t.keys, f)
		t.w = append(t.w, make([]float64, t.width)...)
		t.total = append(t.total, make([]float64, t.width)...)
		t.stamp = append(t.stamp, make([]int, t.width)...)
	}
	t.bump(r*t.width+up, 1, now)
	t.bump(r*t.width+down, -1, now)
}

func (t *learnTable) bump(i int, by float64, now int) {
	t.total[i] += float64(now-t.stamp[i]) * t.w[i]
	t.stamp[i] = now
	t.w[i] += by
}

// addAverage adds to sums, per feature, the weights averaged over the
// steps so far and divided by runs.
func (t *learnTable) addAverage(sums map[uint64][]float64, now, runs int) {
	steps := float64(max(now, 1))
	for r, key := range t.keys {
		sum := sums[key]
		if sum == nil {
			sum = make([]float64, t.width)
			sums[key] = sum
		}
		for c := range t.width {
			i := r*t.width + c
			sum[c] += (t.total[i] + float64(now-t.stamp[i])*t.w[i]) / steps / float64(runs)
		}
	}
}
