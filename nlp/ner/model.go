package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// start stands for the label before the first token.
const start = -1

// scheme is a model's label set and what each label means for decoding.
type scheme struct {
	classes []string // "O", "B-PERSON", "I-PERSON", ...
	kinds   []string // entity type of each class, "" for O
	begin   []bool   // the class opens an entity
	inside  []bool   // the class continues the open entity
	// allowed[(prev+1)*len(classes)+c] says whether class c may follow class
	// prev: I-X only continues B-X or I-X, so decoding never yields a
	// dangling I- label.
	allowed []bool
}

func newScheme(classes []string) scheme {
	k := len(classes)
	s := scheme{
		classes: classes,
		kinds:   make([]string, k),
		begin:   make([]bool, k),
		inside:  make([]bool, k),
		allowed: make([]bool, (k+1)*k),
	}
	for c, l := range classes {
		if l != "O" {
			s.kinds[c] = l[2:]
			s.begin[c] = l[0] == 'B'
			s.inside[c] = l[0] == 'I'
		}
	}
	for prev := start; prev < k; prev++ {
		for c := range k {
			ok := !s.inside[c] || (prev != start && s.kinds[prev] == s.kinds[c])
			s.allowed[(prev+1)*k+c] = ok
		}
	}
	return s
}

func (s *scheme) allowedAfter(prev int) []bool {
	k := len(s.classes)
	return s.allowed[(prev+1)*k : (prev+2)*k]
}

// bestAllowed returns the highest-scoring allowed class; ties go to the
// lower index, so decoding is deterministic.
func bestAllowed[T int32 | float64](scores []T, allowed []bool) int {
	best := -1
	for c, s := range scores {
		if allowed[c] && (best < 0 || s > scores[best]) {
			best = c
		}
	}
	return best
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

// Model is a trained model: quantized averaged weights per feature hash.
// Write it with WriteTo, read it back with ReadModel, tag with Tagger.
type Model struct {
	classes []string
	keys    []uint64 // sorted feature hashes
	weights []int16  // len(classes) per key
}

// Classes returns the BIO labels the model predicts.
func (m *Model) Classes() []string { return slices.Clone(m.classes) }

// Features returns how many features carry weights.
func (m *Model) Features() int { return len(m.keys) }

// Tagger builds the tagger of the model.
func (m *Model) Tagger() *Tagger {
	k := len(m.classes)
	size := 1
	for size < 2*len(m.keys) {
		size <<= 1
	}
	t := &Tagger{
		scheme:  newScheme(m.classes),
		feat:    newFeaturizer(),
		keys:    make([]uint64, size),
		weights: make([]int16, size*k),
		mask:    uint64(size - 1),
	}
	for i, key := range m.keys {
		slot := key & t.mask
		for t.keys[slot] != 0 {
			slot = (slot + 1) & t.mask
		}
		t.keys[slot] = key
		copy(t.weights[int(slot)*k:], m.weights[i*k:(i+1)*k])
	}
	return t
}

// magic opens every encoded model.
const magic = "diplograph-ner\n"

// WriteTo encodes the model: a header, then the sorted feature hashes as
// varint deltas, then the weights as zigzag varints.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	var buf [binary.MaxVarintLen64]byte
	put := func(b []byte) {
		k, _ := bw.Write(b)
		n += int64(k)
	}
	uvarint := func(v uint64) { put(binary.AppendUvarint(buf[:0], v)) }
	put([]byte(magic))
	uvarint(featureSet)
	uvarint(uint64(len(m.classes)))
	for _, c := range m.classes {
		uvarint(uint64(len(c)))
		put([]byte(c))
	}
	uvarint(uint64(len(m.keys)))
	var last uint64
	for _, key := range m.keys {
		uvarint(key - last)
		last = key
	}
	for _, v := range m.weights {
		put(binary.AppendVarint(buf[:0], int64(v)))
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("writing NER model: %w", err)
	}
	return n, nil
}

// maxClasses bounds the label set read from a model file.
const maxClasses = 64

// ReadModel decodes a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a diplograph NER model")
	}
	fail := func(what string, err error) (*Model, error) {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("reading NER model %s: %w", what, err)
	}
	set, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("header", err)
	}
	if set != featureSet {
		return nil, fmt.Errorf("NER model uses feature set %d, this build computes set %d: retrain it", set, featureSet)
	}
	k, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("header", err)
	}
	if k < 1 || k > maxClasses {
		return nil, fmt.Errorf("NER model has %d classes, want 1 to %d", k, maxClasses)
	}
	m := &Model{}
	for range k {
		size, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("classes", err)
		}
		if size > 64 {
			return nil, fmt.Errorf("NER model class name of %d bytes", size)
		}
		name := make([]byte, size)
		if _, err := io.ReadFull(br, name); err != nil {
			return fail("classes", err)
		}
		if !validLabel(string(name)) {
			return nil, fmt.Errorf("NER model class %q is not a BIO label", name)
		}
		m.classes = append(m.classes, string(name))
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("size", err)
	}
	// Each feature takes at least one byte per weight, so a count beyond the
	// reader's patience fails on EOF before allocating much; cap growth too.
	const maxFeatures = 1 << 26
	if n > maxFeatures {
		return nil, fmt.Errorf("NER model claims %d features, more than %d", n, maxFeatures)
	}
	var last uint64
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("features", err)
		}
		if d == 0 || last+d < last {
			return nil, errors.New("NER model features out of order")
		}
		last += d
		m.keys = append(m.keys, last)
	}
	for range n * k {
		v, err := binary.ReadVarint(br)
		if err != nil {
			return fail("weights", err)
		}
		if v < -1<<15 || v >= 1<<15 {
			return nil, fmt.Errorf("NER model weight %d out of range", v)
		}
		m.weights = append(m.weights, int16(v))
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("NER model has trailing bytes")
	}
	return m, nil
}
