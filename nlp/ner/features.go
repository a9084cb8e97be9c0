package ner

import (
	"unicode"
	"unicode/utf8"
)

// featureSet names the feature templates below. A model records the set it
// was trained with and loading refuses any other, because a changed template
// silently scrambles every weight.
const featureSet = 4

// Feature templates. Each feature is a 64-bit hash of its template and its
// values, so extraction allocates no strings.
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPrefix3
	tPrefix4
	tSuffix3
	tSuffix4
	tPrev1
	tPrev2
	tNext1
	tNext2
	tShortPrev1
	tShortNext1
	tShortWindow
	tBigramPrev
	tBigramNext
	tShortPrev2
	tCuePrev1
	tCue
	tCueNext1
	tShortAfterWord
	tShortBeforeWord
	tLengthShort
	tRunFirst
	tRunLast
	tRunBefore
	tRunAfter
	tRunPlace
	tRunBeforeLast
	// Templates of features weighted per pair of labels (previous, current).
	tTransition
	tTransShortNext
)

// unaryFeatures is how many features of each token are weighted per label;
// pairFeatures follow them, weighted per pair of previous and current label.
const (
	unaryFeatures    = 31
	pairFeatures     = 2
	featuresPerToken = unaryFeatures + pairFeatures
)

// role says which token a unary template reads: only the token itself,
// only one of its neighbours, or several tokens (mixed). Weights of the
// single-token templates can be summed per word ahead of time (see rows).
type role int

const (
	roleMixed role = iota
	roleSelf
	rolePrev1 // reads only the token before
	rolePrev2 // only the token two before
	roleNext1 // only the token after
	roleNext2 // only the token two after
	roles
)

// templateRole is the role of a unary template. Unary features appear in
// the order of their templates, so template t is feature t-1 of a token.
func templateRole(t uint64) role {
	switch t {
	case tBias, tWord, tLower, tShape, tShort, tPrefix3, tPrefix4, tSuffix3, tSuffix4, tCue, tLengthShort:
		return roleSelf
	case tPrev1, tShortPrev1, tCuePrev1:
		return rolePrev1
	case tPrev2:
		return rolePrev2
	case tNext1, tShortNext1, tCueNext1:
		return roleNext1
	case tNext2:
		return roleNext2
	}
	return roleMixed
}

// cue kinds: hand-listed words that announce a kind of name. They group rare
// titles with frequent ones; they are cue words, not a gazetteer of names.
const (
	cueNone uint64 = iota
	cuePerson
	cueOrganisation
	cuePlace
)

var cueWords = map[uint64][]string{
	cuePerson: {
		"presiden", "wapres", "menteri", "menlu", "jenderal", "letnan", "kolonel", "mayor",
		"kapten", "brigadir", "laksamana", "marsekal", "raja", "ratu", "pangeran",
		"putri", "sultan", "gubernur", "bupati", "walikota", "camat", "lurah",
		"ketua", "direktur", "sekretaris", "dubes", "jubir", "kanselir",
		"senator", "bapak", "ibu", "pak", "bu", "tuan", "nyonya", "dr", "prof",
		"haji", "hj", "kh", "ustaz", "ustadz", "uskup", "paus", "pastor", "pendeta",
		"syekh", "kiai", "panglima", "kapolri", "kapolda", "kapolres", "pelatih",
		"penyanyi", "aktor", "aktris", "pemain", "istri", "suami", "putra", "ayah",
		"sang", "santo", "perdana", "wakil", "juru", "duta",
	},
	cueOrganisation: {
		"pt", "cv", "tbk", "partai", "universitas", "institut", "sekolah", "bank",
		"kementerian", "kemenlu", "departemen", "badan", "dinas", "komisi", "dewan",
		"majelis", "lembaga", "yayasan", "perusahaan", "klub", "fc", "persatuan",
		"asosiasi", "organisasi", "perserikatan", "federasi", "grup", "group",
		"band", "tim", "polda", "polres", "korps", "divisi", "direktorat",
		"pemerintah", "pemkot", "pemkab", "pemprov", "rs", "stasiun", "radio",
		"koran", "majalah", "akademi", "kantor", "markas", "fakultas",
	},
	cuePlace: {
		"kota", "kabupaten", "provinsi", "desa", "kecamatan", "kelurahan", "dusun",
		"pulau", "gunung", "sungai", "danau", "laut", "selat", "teluk", "tanjung",
		"jalan", "jl", "negara", "wilayah", "daerah", "benua", "distrik", "negeri",
		"kampung", "bandara", "pelabuhan", "pantai", "lembah", "semenanjung",
		"kepulauan", "samudra", "samudera", "pegunungan", "kawasan", "ibukota",
	},
}

// featurizer turns tokens into feature hashes. It is immutable once built.
type featurizer struct {
	cues map[uint64]uint64 // hash of a lowercase word -> cue kind
}

func newFeaturizer() *featurizer {
	f := &featurizer{cues: make(map[uint64]uint64)}
	for kind, words := range cueWords {
		for _, w := range words {
			f.cues[hashLower(w)] = kind
		}
	}
	return f
}

// tokenInfo holds the hashes of one token that its own and its neighbours'
// features are built from.
type tokenInfo struct {
	word, lower, shape, short uint64
	prefix, suffix            [2]uint64 // of 3 and 4 code points
	cue                       uint64
	runes                     int
	capital                   bool // the first letter is upper case
}

// Sentinel values of positions outside the sentence.
var (
	beforeStart = tokenInfo{word: 0x51a7, lower: 0x51a7, shape: 0x51a7, short: 0x51a7, cue: 0x51a7}
	afterEnd    = tokenInfo{word: 0xe4d, lower: 0xe4d, shape: 0xe4d, short: 0xe4d, cue: 0xe4d}
)

func (f *featurizer) info(tok string) tokenInfo {
	var ti tokenInfo
	ti.word = hashString(tok)
	ti.lower = hashLower(tok)
	ti.shape, ti.short = hashShapes(tok)
	ti.prefix, ti.suffix, ti.runes = hashAffixes(tok)
	ti.cue = f.cues[ti.lower]
	r, _ := utf8.DecodeRuneInString(tok)
	ti.capital = unicode.IsUpper(r)
	return ti
}

// features appends the features of every token to dst, featuresPerToken
// per token, and returns it.
func (f *featurizer) features(dst []uint64, infos []tokenInfo) []uint64 {
	at := func(i int) *tokenInfo {
		if i < 0 {
			return &beforeStart
		}
		if i >= len(infos) {
			return &afterEnd
		}
		return &infos[i]
	}
	// A run is a stretch of capitalised tokens: most names are one, and
	// its edges and surroundings tell the type for every token inside.
	runStart, runEnd := 0, 0
	for i := range infos {
		w := &infos[i]
		p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
		length := uint64(min(w.runes, 8))
		if i >= runEnd {
			runStart, runEnd = i, i+1
			if w.capital {
				for runEnd < len(infos) && infos[runEnd].capital {
					runEnd++
				}
			}
		}
		first, last, before, after, place := uint64(0), uint64(0), uint64(0), uint64(0), uint64(0)
		if w.capital {
			first, last = infos[runStart].lower, infos[runEnd-1].lower
			before, after = at(runStart-1).lower, at(runEnd).lower
			place = uint64(min(runEnd-runStart, 4))<<8 | uint64(min(i-runStart, 3))<<4 | uint64(min(runEnd-1-i, 3))
		}
		dst = append(dst,
			feature(tBias, 0),
			feature(tWord, w.word),
			feature(tLower, w.lower),
			feature(tShape, w.shape),
			feature(tShort, w.short),
			feature(tPrefix3, w.prefix[0]),
			feature(tPrefix4, w.prefix[1]),
			feature(tSuffix3, w.suffix[0]),
			feature(tSuffix4, w.suffix[1]),
			feature(tPrev1, p1.lower),
			feature(tPrev2, p2.lower),
			feature(tNext1, n1.lower),
			feature(tNext2, n2.lower),
			feature(tShortPrev1, p1.short),
			feature(tShortNext1, n1.short),
			feature3(tShortWindow, p1.short, w.short, n1.short),
			feature2(tBigramPrev, p1.lower, w.lower),
			feature2(tBigramNext, w.lower, n1.lower),
			feature2(tShortPrev2, p2.short, p1.short),
			feature(tCuePrev1, p1.cue),
			feature(tCue, w.cue),
			feature(tCueNext1, n1.cue),
			feature2(tShortAfterWord, p1.lower, w.short),
			feature2(tShortBeforeWord, w.short, n1.lower),
			feature2(tLengthShort, length, w.short),
			feature2(tRunFirst, first, place&0xf0),
			feature(tRunLast, last),
			feature(tRunBefore, before),
			feature(tRunAfter, after),
			feature(tRunPlace, place),
			feature2(tRunBeforeLast, before, last),
			feature(tTransition, 0),
			feature2(tTransShortNext, w.short, n1.short),
		)
	}
	return dst
}

// mix is splitmix64's finalizer: a cheap, well-spread 64-bit hash step.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

const golden = 0x9e3779b97f4a7c15

func feature(template, a uint64) uint64 {
	return nonzero(mix(a ^ template*golden))
}

func feature2(template, a, b uint64) uint64 {
	return nonzero(mix(mix(a^template*golden) ^ b))
}

func feature3(template, a, b, c uint64) uint64 {
	return nonzero(mix(mix(mix(a^template*golden)^b) ^ c))
}

// nonzero keeps 0 free as the empty slot of the weight table.
func nonzero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// hashRune folds one code point into an FNV hash; ASCII costs one step.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = (h ^ uint64(b)) * fnvPrime
	}
	return h
}

func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// hashLower hashes s as if lowercased, without building the lowercase string.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return hashLowerRunes(s)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func hashLowerRunes(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = hashRune(h, lowerRune(r))
	}
	return h
}

// shapeClass maps a code point to its class in a word shape: X upper, x
// lower, d digit, punctuation and symbols as themselves.
func shapeClass(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'x'
	case 'A' <= r && r <= 'Z':
		return 'X'
	case '0' <= r && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// hashShapes hashes two word shapes: the long one keeps runs of up to four
// of a class ("Xxxxx" for "Jakarta"), the short one keeps one ("Xx").
func hashShapes(s string) (long, short uint64) {
	long, short = fnvOffset, fnvOffset
	var last rune = -1
	run := 0
	for _, r := range s {
		c := shapeClass(r)
		if c == last {
			run++
		} else {
			run = 1
			last = c
			short = hashRune(short, c)
		}
		if run <= 4 {
			long = hashRune(long, c)
		}
	}
	return long, short
}

// hashAffixes hashes the lowercase prefixes and suffixes of 3 and 4 code
// points (index 0 and 1); a shorter word gives its whole form. Suffixes are
// hashed from the end, which only has to agree with itself.
func hashAffixes(s string) (prefix, suffix [2]uint64, runes int) {
	h := uint64(fnvOffset)
	for _, r := range s {
		if runes < 4 {
			h = hashRune(h, lowerRune(r))
			if runes >= 2 {
				prefix[runes-2] = h
			}
		}
		runes++
	}
	for k := max(runes-2, 0); k < 2; k++ {
		prefix[k] = h
	}
	h = fnvOffset
	rest := s
	for k := 0; k < 4; k++ {
		if rest != "" {
			r, size := utf8.DecodeLastRuneInString(rest)
			rest = rest[:len(rest)-size]
			h = hashRune(h, lowerRune(r))
		}
		if k >= 2 {
			suffix[k-2] = h
		}
	}
	return prefix, suffix, runes
}
