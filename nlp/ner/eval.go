package ner

import (
	"maps"
	"slices"
)

// Score counts exact entity matches: same span and same type.
type Score struct {
	TruePos, FalsePos, FalseNeg int
}

// Precision is the share of predicted entities that are right.
func (s Score) Precision() float64 { return ratio(s.TruePos, s.TruePos+s.FalsePos) }

// Recall is the share of gold entities that were found.
func (s Score) Recall() float64 { return ratio(s.TruePos, s.TruePos+s.FalseNeg) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s *Score) add(o Score) {
	s.TruePos += o.TruePos
	s.FalsePos += o.FalsePos
	s.FalseNeg += o.FalseNeg
}

// Report is the outcome of Evaluate.
type Report struct {
	// ByLabel holds the score of each entity type met in gold or predictions.
	ByLabel map[string]Score
	// Overall is the micro-average over all entities.
	Overall Score
	// Sentences and Tokens count what was tagged.
	Sentences, Tokens int
}

// Labels returns the entity types of the report in alphabetical order.
func (r Report) Labels() []string {
	return slices.Sorted(maps.Keys(r.ByLabel))
}

// Evaluate tags the sentences and compares the entities with the gold
// labels, conlleval-style: an entity counts only with its exact span and type.
func Evaluate(t *Tagger, sentences []Sentence) Report {
	r := Report{ByLabel: map[string]Score{}}
	for _, s := range sentences {
		r.Sentences++
		r.Tokens += len(s.Tokens)
		gold := spans(s.Labels)
		found := t.Entities(s.Tokens)
		for _, g := range gold {
			sc := r.ByLabel[g.Label]
			if slices.Contains(found, g) {
				sc.TruePos++
			} else {
				sc.FalseNeg++
			}
			r.ByLabel[g.Label] = sc
		}
		for _, f := range found {
			if !slices.Contains(gold, f) {
				sc := r.ByLabel[f.Label]
				sc.FalsePos++
				r.ByLabel[f.Label] = sc
			}
		}
	}
	for _, sc := range r.ByLabel {
		r.Overall.add(sc)
	}
	return r
}
