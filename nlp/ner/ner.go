// Package ner finds names of people, organisations and places in tokenized
// Indonesian text with an averaged-perceptron BIO tagger trained by the
// project (see docs/ner.md). The trained model is embedded; the package does
// no other I/O.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

//go:embed model.bin
var embeddedModel []byte

// Load returns a tagger with the embedded model. Call it once per process:
// decoding the model takes milliseconds, tagging takes microseconds.
func Load() (*Tagger, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("loading the embedded NER model: %w", err)
	}
	return m.Tagger(), nil
}

// Tagger labels tokens with a trained model. It is immutable and safe for
// concurrent use.
type Tagger struct {
	scheme
	feat *featurizer
	// keys is an open-addressing table of feature hashes (0 = empty slot);
	// weights holds len(classes) weights per slot.
	keys    []uint64
	weights []int16
	mask    uint64
	scratch sync.Pool
}

// buffers is the per-call working memory of Entities, pooled so tagging
// allocates only its result.
type buffers struct {
	infos  []tokenInfo
	feats  []uint64
	labels []int
	scores []int32
}

// Entities returns the named entities in one sentence's tokens, in order.
func (t *Tagger) Entities(tokens []string) []Entity {
	if len(tokens) == 0 {
		return nil
	}
	b, _ := t.scratch.Get().(*buffers)
	if b == nil {
		b = &buffers{scores: make([]int32, len(t.classes))}
	}
	b.infos = b.infos[:0]
	for _, tok := range tokens {
		b.infos = append(b.infos, t.feat.info(tok))
	}
	b.feats = t.feat.static(b.feats[:0], b.infos)
	b.labels = t.decode(b.labels[:0], b.infos, b.feats, b.scores)
	var out []Entity
	open := -1
	for i, c := range b.labels {
		if open >= 0 && !t.inside[c] {
			out[open].End = i
			open = -1
		}
		if t.begin[c] {
			out = append(out, Entity{Start: i, Label: t.kinds[c]})
			open = len(out) - 1
		}
	}
	if open >= 0 {
		out[open].End = len(tokens)
	}
	t.scratch.Put(b)
	return out
}

// decode labels the tokens greedily left to right, each decision seeing the
// two decisions before it, exactly as in training.
func (t *Tagger) decode(labels []int, infos []tokenInfo, feats []uint64, scores []int32) []int {
	var dyn [dynamicFeatures]uint64
	prev1, prev2 := start, start
	for i := range infos {
		clear(scores)
		t.add(scores, feats[i*staticFeatures:(i+1)*staticFeatures])
		dynamic(&dyn, infos, i, prev1, prev2)
		t.add(scores, dyn[:])
		best := bestAllowed(scores, t.allowedAfter(prev1))
		labels = append(labels, best)
		prev2, prev1 = prev1, best
	}
	return labels
}

// add adds the weights of feats to scores.
func (t *Tagger) add(scores []int32, feats []uint64) {
	k := len(scores)
	for _, f := range feats {
		for slot := f & t.mask; ; slot = (slot + 1) & t.mask {
			key := t.keys[slot]
			if key == f {
				w := t.weights[int(slot)*k : int(slot)*k+k]
				for c := range scores {
					scores[c] += int32(w[c])
				}
				break
			}
			if key == 0 {
				break
			}
		}
	}
}
