package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// Model is a trained model: quantized averaged weights per feature hash.
// Write it with WriteTo, read it back with ReadModel, tag with Tagger.
type Model struct {
	classes []string
	vocab   []string // words whose weights the tagger sums ahead of time
	unary   section  // len(classes) weights per feature
	pair    section  // pairWidth(len(classes)) weights per feature
}

// section is one kind of features with their weights, sorted by hash.
type section struct {
	keys    []uint64
	weights []int16
}

// Classes returns the BIO labels the model predicts.
func (m *Model) Classes() []string { return slices.Clone(m.classes) }

// Features returns how many features carry weights.
func (m *Model) Features() int { return len(m.unary.keys) + len(m.pair.keys) }

// Tagger builds the tagger of the model.
func (m *Model) Tagger() *Tagger {
	k := len(m.classes)
	t := &Tagger{
		scheme: newScheme(m.classes),
		feat:   newFeaturizer(),
		unary:  newTable(m.unary, k),
		pair:   newTable(m.pair, pairWidth(k)),
	}
	for idx := range unaryFeatures {
		r := templateRole(uint64(idx + 1))
		t.masks[r] |= 1 << idx
	}
	t.rows = newRowTable(t.feat, &t.unary, m.vocab, k)
	return t
}

// table is an open-addressing hash table from feature hash to weights,
// laid out for lookups: each slot holds a 32-bit fingerprint of the hash (0
// marks an empty slot) followed by its weights, so a lookup touches one
// place in memory. The home slot comes from the hash's low 32 bits and the
// fingerprint from its high 32 bits; a false match needs both to collide.
type table struct {
	width int
	slots []int16 // slotHeader+width per slot
	size  uint64  // number of slots
	// present is a one-hash Bloom filter of the features, about 16 bits per
	// feature: small enough to stay in the CPU cache, it answers most
	// lookups of absent features (the usual case on new text) without
	// touching the big slots.
	present   []uint64
	bloomMask uint64
}

const slotHeader = 2 // int16s of the fingerprint

func fingerprint(f uint64) uint32 {
	return max(uint32(f>>32), 1)
}

// bloomBit is the filter bit of a feature, from hash bits that home and
// fingerprint use least.
func (t *table) bloomBit(f uint64) uint64 { return (f >> 20) & t.bloomMask }

// mayHave says whether the table may hold feature f; false is certain.
func (t *table) mayHave(f uint64) bool {
	b := t.bloomBit(f)
	return t.present[b/64]&(1<<(b%64)) != 0
}

// home maps a hash onto [0, size) by multiplying instead of dividing, so the
// table can be any size and stay small.
func (t *table) home(f uint64) int {
	return int((f & 0xffffffff) * t.size >> 32)
}

func newTable(s section, width int) table {
	// A load of at most 0.5 keeps linear probes short, also for the
	// features the model does not have, the most common lookup on new text.
	size := len(s.keys)*2 + 1
	stride := slotHeader + width
	t := table{width: width, slots: make([]int16, size*stride), size: uint64(size)}
	bits := 64
	for bits < 16*len(s.keys) {
		bits <<= 1
	}
	t.present = make([]uint64, bits/64)
	t.bloomMask = uint64(bits - 1)
	for i, key := range s.keys {
		b := t.bloomBit(key)
		t.present[b/64] |= 1 << (b % 64)
		at := t.home(key) * stride
		for t.slots[at] != 0 || t.slots[at+1] != 0 {
			if at += stride; at == len(t.slots) {
				at = 0
			}
		}
		fp := fingerprint(key)
		t.slots[at], t.slots[at+1] = int16(fp), int16(fp>>16)
		copy(t.slots[at+slotHeader:at+stride], s.weights[i*width:(i+1)*width])
	}
	return t
}

// add adds the weights of each feature to scores, which is t.width long.
func (t *table) add(scores []int32, feats []uint64) { t.addExcept(scores, feats, 0) }

// addExcept adds the weights of the features whose bit in skip is clear.
func (t *table) addExcept(scores []int32, feats []uint64, skip uint64) {
	stride := slotHeader + t.width
	slots := t.slots
	for idx, f := range feats {
		if skip&(1<<idx) != 0 {
			continue
		}
		fp := fingerprint(f)
		lo, hi := int16(fp), int16(fp>>16)
		at := t.home(f) * stride
		for {
			s0, s1 := slots[at], slots[at+1]
			if s0 == lo && s1 == hi {
				w := slots[at+slotHeader : at+stride]
				w = w[:len(scores)]
				for c := range scores {
					scores[c] += int32(w[c])
				}
				break
			}
			if s0 == 0 && s1 == 0 {
				break
			}
			if at += stride; at == len(slots) {
				at = 0
			}
		}
	}
}

// magic opens every encoded model.
const magic = "diplograph-ner\n"

// WriteTo encodes the model: a header with the feature set and the classes,
// then each section as its count, the sorted feature hashes as varint
// deltas, and the weights as zigzag varints.
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
	uvarint(uint64(len(m.vocab)))
	for _, w := range m.vocab {
		uvarint(uint64(len(w)))
		put([]byte(w))
	}
	for _, s := range []section{m.unary, m.pair} {
		uvarint(uint64(len(s.keys)))
		var last uint64
		for _, key := range s.keys {
			uvarint(key - last)
			last = key
		}
		for _, v := range s.weights {
			put(binary.AppendVarint(buf[:0], int64(v)))
		}
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("writing NER model: %w", err)
	}
	return n, nil
}

const (
	// maxClasses bounds the label set read from a model file.
	maxClasses = 64
	// maxFeatures bounds a section read from a model file, so a corrupt
	// count fails before allocating much.
	maxFeatures = 1 << 24
)

// ReadModel decodes a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a diplograph NER model")
	}
	fail := func(what string, err error) (*Model, error) {
		return nil, readError(what, err)
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
	if m.vocab, err = readVocabulary(br); err != nil {
		return nil, err
	}
	for _, sec := range []struct {
		s     *section
		width int
	}{{&m.unary, int(k)}, {&m.pair, pairWidth(int(k))}} {
		if err := readSection(br, sec.s, sec.width); err != nil {
			return nil, err
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("NER model has trailing bytes")
	}
	return m, nil
}

func readVocabulary(br *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, readError("vocabulary", err)
	}
	if n > maxFeatures {
		return nil, fmt.Errorf("NER model claims %d vocabulary words, more than %d", n, maxFeatures)
	}
	var vocab []string
	for range n {
		size, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, readError("vocabulary", err)
		}
		if size == 0 || size > maxWordBytes {
			return nil, fmt.Errorf("NER model vocabulary word of %d bytes", size)
		}
		word := make([]byte, size)
		if _, err := io.ReadFull(br, word); err != nil {
			return nil, readError("vocabulary", err)
		}
		vocab = append(vocab, string(word))
	}
	return vocab, nil
}

func readSection(br *bufio.Reader, s *section, width int) error {
	fail := readError
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("size", err)
	}
	if n > maxFeatures {
		return fmt.Errorf("NER model claims %d features, more than %d", n, maxFeatures)
	}
	var last uint64
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("features", err)
		}
		// Keys are distinct, non-zero and ascending, so every delta is positive.
		if d == 0 || last+d < last {
			return errors.New("NER model features out of order")
		}
		last += d
		s.keys = append(s.keys, last)
	}
	for range int(n) * width {
		v, err := binary.ReadVarint(br)
		if err != nil {
			return fail("weights", err)
		}
		if v < -1<<15 || v >= 1<<15 {
			return fmt.Errorf("NER model weight %d out of range", v)
		}
		s.weights = append(s.weights, int16(v))
	}
	return nil
}

// readError names what was being read; a model cut short reads as
// io.ErrUnexpectedEOF.
func readError(what string, err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("reading NER model %s: %w", what, err)
}
