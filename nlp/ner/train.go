package ner

import (
	"errors"
	"fmt"
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
	// Prune drops features whose quantized weights are all within ±Prune,
	// to shrink the model (0 keeps every non-zero feature).
	Prune int
	// AfterEpoch, when set, is called after each epoch with the averaged
	// model so far, to watch a validation score.
	AfterEpoch func(epoch int, m *Model)
}

// Train learns a model from labelled sentences with the averaged
// perceptron: greedy left-to-right decoding, the previous two predicted
// labels as features, updates on every wrong decision.
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
	classes := classesOf(sentences)
	if len(classes) < 2 {
		return nil, errors.New("training NER model: no entity labels in the data")
	}
	tr := newTrainer(classes)
	examples := tr.prepare(sentences)
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			tr.learn(&examples[i])
		}
		if opts.AfterEpoch != nil && epoch < opts.Epochs {
			opts.AfterEpoch(epoch, tr.model(opts.Prune))
		}
	}
	m := tr.model(opts.Prune)
	if opts.AfterEpoch != nil {
		opts.AfterEpoch(opts.Epochs, m)
	}
	return m, nil
}

// example is a sentence with its features computed once for all epochs.
type example struct {
	infos []tokenInfo
	feats []uint64
	gold  []int
}

// trainer holds the perceptron's weights with the bookkeeping of lazy
// averaging: each weight's running total is brought up to date only when
// the weight changes.
type trainer struct {
	scheme
	feat   *featurizer
	rows   map[uint64]int
	keys   []uint64
	w      []float64
	total  []float64
	stamp  []int
	now    int
	scores []float64
}

func newTrainer(classes []string) *trainer {
	return &trainer{
		scheme: newScheme(classes),
		feat:   newFeaturizer(),
		rows:   make(map[uint64]int),
		scores: make([]float64, len(classes)),
	}
}

func (tr *trainer) prepare(sentences []Sentence) []example {
	index := make(map[string]int, len(tr.classes))
	for c, l := range tr.classes {
		index[l] = c
	}
	out := make([]example, 0, len(sentences))
	for _, s := range sentences {
		if len(s.Tokens) == 0 {
			continue
		}
		ex := example{infos: make([]tokenInfo, len(s.Tokens))}
		for i, tok := range s.Tokens {
			ex.infos[i] = tr.feat.info(tok)
		}
		ex.feats = tr.feat.static(nil, ex.infos)
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

// learn decodes one sentence as the tagger would and corrects the weights
// at every wrong decision. The history is the predicted labels, as at
// inference.
func (tr *trainer) learn(ex *example) {
	var dyn [dynamicFeatures]uint64
	prev1, prev2 := start, start
	for i := range ex.infos {
		tr.now++
		static := ex.feats[i*staticFeatures : (i+1)*staticFeatures]
		dynamic(&dyn, ex.infos, i, prev1, prev2)
		clear(tr.scores)
		tr.add(static)
		tr.add(dyn[:])
		guess := bestAllowed(tr.scores, tr.allowedAfter(prev1))
		if gold := ex.gold[i]; guess != gold {
			for _, f := range static {
				tr.update(f, gold, guess)
			}
			for _, f := range dyn {
				tr.update(f, gold, guess)
			}
		}
		prev2, prev1 = prev1, guess
	}
}

func (tr *trainer) add(feats []uint64) {
	k := len(tr.classes)
	for _, f := range feats {
		if r, ok := tr.rows[f]; ok {
			for c, w := range tr.w[r*k : r*k+k] {
				tr.scores[c] += w
			}
		}
	}
}

func (tr *trainer) update(f uint64, gold, guess int) {
	k := len(tr.classes)
	r, ok := tr.rows[f]
	if !ok {
		r = len(tr.keys)
		tr.rows[f] = r
		tr.keys = append(tr.keys, f)
		tr.w = append(tr.w, make([]float64, k)...)
		tr.total = append(tr.total, make([]float64, k)...)
		tr.stamp = append(tr.stamp, make([]int, k)...)
	}
	tr.bump(r*k+gold, 1)
	tr.bump(r*k+guess, -1)
}

func (tr *trainer) bump(i int, by float64) {
	tr.total[i] += float64(tr.now-tr.stamp[i]) * tr.w[i]
	tr.stamp[i] = tr.now
	tr.w[i] += by
}

// model averages the weights, quantizes them to int16 on one scale for the
// whole model, and keeps the features with a weight beyond ±prune.
func (tr *trainer) model(prune int) *Model {
	k := len(tr.classes)
	avg := make([]float64, len(tr.w))
	maxAbs := 0.0
	for i, w := range tr.w {
		total := tr.total[i] + float64(tr.now-tr.stamp[i])*w
		avg[i] = total / float64(max(tr.now, 1))
		maxAbs = max(maxAbs, math.Abs(avg[i]))
	}
	scale := 0.0
	if maxAbs > 0 {
		scale = math.MaxInt16 / maxAbs
	}
	order := make([]int, len(tr.keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case tr.keys[a] < tr.keys[b]:
			return -1
		case tr.keys[a] > tr.keys[b]:
			return 1
		}
		return 0
	})
	m := &Model{classes: slices.Clone(tr.classes)}
	row := make([]int16, k)
	for _, r := range order {
		keep := false
		for c := range k {
			q := int16(math.Round(avg[r*k+c] * scale))
			row[c] = q
			keep = keep || q > int16(prune) || q < -int16(prune)
		}
		if keep {
			m.keys = append(m.keys, tr.keys[r])
			m.weights = append(m.weights, row...)
		}
	}
	return m
}
