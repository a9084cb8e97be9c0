package ner

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

// pairWidth is the number of weights of a pair feature: one per (previous,
// current) label, the previous label being start or a class.
func pairWidth(k int) int { return (k + 1) * k }

// weights scores features: the tagger's quantized table or the trainer's
// float weights.
type weights[T int32 | float64] interface {
	add(scores []T, feats []uint64)
}

// lattice is the reusable working memory of decoding one sentence.
type lattice[T int32 | float64] struct {
	unary, pair, delta []T
	back               []int
}

// decode scores the n tokens of feats (featuresPerToken each) and appends
// the best allowed label sequence to out.
func (l *lattice[T]) decode(s *scheme, unary, pair weights[T], feats []uint64, n int, out []int) []int {
	k := len(s.classes)
	w := pairWidth(k)
	l.unary = resize(l.unary, n*k)
	l.pair = resize(l.pair, n*w)
	l.delta = resize(l.delta, n*k)
	l.back = resize(l.back, n*k)
	for i := range n {
		f := feats[i*featuresPerToken : (i+1)*featuresPerToken]
		unary.add(l.unary[i*k:(i+1)*k], f[:unaryFeatures])
		pair.add(l.pair[i*w:(i+1)*w], f[unaryFeatures:])
	}
	return viterbi(s, n, l.unary, l.pair, l.delta, l.back, out)
}

// resize returns s with length n and every element zero, reusing its array.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// viterbi finds the best allowed label sequence of n tokens. unary holds k
// scores per token; pair holds pairWidth(k) per token, indexed
// (prev+1)*k+current. delta and back are scratch of n*k entries each; the
// labels are appended to out. Ties go to the lower class, so decoding is
// deterministic.
func viterbi[T int32 | float64](s *scheme, n int, unary, pair, delta []T, back []int, out []int) []int {
	k := len(s.classes)
	w := pairWidth(k)
	for c := range k {
		back[c] = start
		if s.allowed[c] {
			delta[c] = unary[c] + pair[c]
		}
	}
	for i := 1; i < n; i++ {
		prevRow := delta[(i-1)*k : i*k]
		for c := range k {
			best, from := T(0), start
			for p := range k {
				if !s.allowed[(p+1)*k+c] || !reachable(s, i-1, p) {
					continue
				}
				v := prevRow[p] + pair[i*w+(p+1)*k+c]
				if from == start || v > best {
					best, from = v, p
				}
			}
			delta[i*k+c] = best + unary[i*k+c]
			back[i*k+c] = from
		}
	}
	last := 0
	for c := range k {
		if reachable(s, n-1, c) && delta[(n-1)*k+c] > delta[(n-1)*k+last] {
			last = c
		}
	}
	first := len(out)
	for range n {
		out = append(out, 0)
	}
	for i := n - 1; i >= 0; i-- {
		out[first+i] = last
		last = back[i*k+last]
	}
	return out
}

// reachable says whether class c can label token i: only an I- label of the
// first token cannot, since every other class may follow O or itself.
func reachable(s *scheme, i, c int) bool {
	return i > 0 || s.allowed[c]
}
