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
	feat        *featurizer
	unary, pair table
	scratch     sync.Pool
}

// buffers is the per-call working memory of Entities, pooled so tagging
// allocates only its result.
type buffers struct {
	infos   []tokenInfo
	feats   []uint64
	lattice lattice[int32]
	labels  []int
	touched int16 // see table.touch
}

// Entities returns the named entities in one sentence's tokens, in order.
func (t *Tagger) Entities(tokens []string) []Entity {
	if len(tokens) == 0 {
		return nil
	}
	b, _ := t.scratch.Get().(*buffers)
	if b == nil {
		b = &buffers{}
	}
	b.infos = b.infos[:0]
	for _, tok := range tokens {
		b.infos = append(b.infos, t.feat.info(tok))
	}
	b.feats = t.feat.features(b.feats[:0], b.infos)
	b.touched ^= t.unary.touch(b.feats)
	b.labels = b.lattice.decode(&t.scheme, &t.unary, &t.pair, b.feats, len(tokens), b.labels[:0])
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
