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
	// prevs[c] lists the classes that c may follow, in ascending order.
	prevs [][]int
}

func newScheme(classes []string) scheme {
	k := len(classes)
	s := scheme{
		classes: classes,
		kinds:   make([]string, k),
		begin:   make([]bool, k),
		inside:  make([]bool, k),
		allowed: make([]bool, (k+1)*k),
		prevs:   make([][]int, k),
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
			if ok && prev != start {
				s.prevs[c] = append(s.prevs[c], prev)
			}
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

// scorer fills the scores of token i: len(classes) unary scores and
// pairWidth pair scores, both zero on entry.
type scorer[T int32 | float64] interface {
	score(i int, unary, pair []T)
}

// lattice is the reusable working memory of decoding one sentence.
type lattice[T int32 | float64] struct {
	unary, pair, delta []T
	back               []int
}

// decode scores n tokens with sc and appends the best allowed label
// sequence to out.
func (l *lattice[T]) decode(s *scheme, sc scorer[T], n int, out []int) []int {
	k := len(s.classes)
	w := pairWidth(k)
	l.unary = resize(l.unary, n*k)
	l.pair = resize(l.pair, n*w)
	l.delta = resize(l.delta, n*k)
	l.back = resize(l.back, n*k)
	for i := range n {
		sc.score(i, l.unary[i*k:(i+1)*k], l.pair[i*w:(i+1)*w])
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
	// Far below any reachable score, yet far from overflowing int32: only
	// an I- label of the first token is unreachable, and it never wins.
	const unreachable = -1 << 30
	for c := range k {
		delta[c] = unreachable
		if s.allowed[c] {
			delta[c] = unary[c] + pair[c]
		}
	}
	for i := 1; i < n; i++ {
		prevRow, row := delta[(i-1)*k:i*k], delta[i*k:(i+1)*k]
		pairs := pair[i*w : (i+1)*w]
		for c := range k {
			from := s.prevs[c][0]
			best := prevRow[from] + pairs[(from+1)*k+c]
			for _, p := range s.prevs[c][1:] {
				if v := prevRow[p] + pairs[(p+1)*k+c]; v > best {
					best, from = v, p
				}
			}
			row[c] = best + unary[i*k+c]
			back[i*k+c] = from
		}
		// Scores only matter relative to each other: keeping the best at
		// zero stops long sentences from overflowing int32.
		top := row[0]
		for _, v := range row[1:] {
			top = max(top, v)
		}
		for c := range row {
			row[c] -= top
		}
	}
	last := 0
	for c := range k {
		if delta[(n-1)*k+c] > delta[(n-1)*k+last] {
			last = c
		}
	}
	first := len(out)
	for range n {
		out = append(out, 0)
	}
	for i := n - 1; i >= 0; i-- {
		out[first+i] = last
		if i > 0 {
			last = back[i*k+last]
		}
	}
	return out
}
