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
	rows        rowTable
	// masks[r] has bit i set when unary feature i has role r.
	masks   [roles]uint64
	scratch sync.Pool
}

// buffers is the per-call working memory of Entities, pooled so tagging
// allocates only its result.
type buffers struct {
	t       *Tagger
	infos   []tokenInfo
	feats   []uint64
	row     []int    // each token's row in t.rows, or -1
	skip    []uint64 // each token's unary features not to look up: rows stand in for them, or the table surely lacks them
	lattice lattice[int32]
	labels  []int
	touched int16 // see prefetch
}

// Entities returns the named entities in one sentence's tokens, in order.
func (t *Tagger) Entities(tokens []string) []Entity {
	if len(tokens) == 0 {
		return nil
	}
	b, _ := t.scratch.Get().(*buffers)
	if b == nil {
		b = &buffers{t: t}
	}
	var out []Entity
	open := -1
	for i, c := range b.tag(tokens) {
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

// tag returns the best label of each token.
func (b *buffers) tag(tokens []string) []int {
	t := b.t
	b.infos = b.infos[:0]
	b.row = b.row[:0]
	for _, tok := range tokens {
		info := t.feat.info(tok)
		b.infos = append(b.infos, info)
		b.row = append(b.row, t.rows.find(info.word))
	}
	b.feats = t.feat.features(b.feats[:0], b.infos)
	b.cover()
	b.prefetch()
	b.labels = b.lattice.decode(&t.scheme, b, len(tokens), b.labels[:0])
	return b.labels
}

// neighbours maps a token's distance to the role in which that neighbour's
// row serves it.
var neighbours = [...]struct {
	offset int
	role   role
}{{0, roleSelf}, {-1, rolePrev1}, {-2, rolePrev2}, {1, roleNext1}, {2, roleNext2}}

// cover marks, for each token, the unary features that its own and its
// neighbours' vocabulary rows stand in for, to be skipped.
func (b *buffers) cover() {
	n := len(b.infos)
	b.skip = resize(b.skip, n)
	for i := range n {
		var mask uint64
		for _, nb := range neighbours {
			if j := i + nb.offset; j >= 0 && j < n && b.row[j] >= 0 {
				mask |= b.t.masks[nb.role]
			}
		}
		b.skip[i] = mask
	}
}

// prefetch drops the features that the table's filter rules out and reads
// the home slot of every feature still to be looked up. Lookups mostly miss
// the CPU cache; reading every home slot first, in a loop without branches
// on what it reads, lets the CPU wait for all those memory reads at once
// instead of one after the other. touched only keeps the reads from being
// optimised away.
func (b *buffers) prefetch() {
	u := &b.t.unary
	stride := slotHeader + u.width
	var x int16
	for i, mask := range b.skip {
		feats := b.feats[i*featuresPerToken : i*featuresPerToken+unaryFeatures]
		for idx, f := range feats {
			if mask&(1<<idx) == 0 && !u.mayHave(f) {
				mask |= 1 << idx
			}
		}
		b.skip[i] = mask
		for idx, f := range feats {
			if mask&(1<<idx) == 0 {
				x ^= u.slots[u.home(f)*stride]
			}
		}
	}
	b.touched ^= x
}

// score sums token i's scores from the vocabulary rows and the features
// they do not cover.
func (b *buffers) score(i int, unary, pair []int32) {
	t := b.t
	n := len(b.infos)
	for _, nb := range neighbours {
		if j := i + nb.offset; j >= 0 && j < n && b.row[j] >= 0 {
			t.rows.add(unary, b.row[j], nb.role)
		}
	}
	feats := b.feats[i*featuresPerToken : (i+1)*featuresPerToken]
	t.unary.addExcept(unary, feats[:unaryFeatures], b.skip[i])
	t.pair.add(pair, feats[unaryFeatures:])
}
