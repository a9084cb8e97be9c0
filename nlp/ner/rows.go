package ner

// rowTable holds, for each vocabulary word, its unary weights summed per
// role ahead of time: what the word adds to its own scores and to those of
// the tokens one and two before and after it. A word found here costs one
// lookup instead of one per single-token feature; the sums are exact, so
// labels do not depend on the vocabulary.
type rowTable struct {
	k      int
	stride int     // 1 fingerprint + (roles-1)*k weights
	slots  []int32 // fingerprint 0 marks an empty slot
	size   uint64
}

// segment is where role r's k weights start within a row.
func (rt *rowTable) segment(r role) int { return 1 + (int(r)-1)*rt.k }

func newRowTable(f *featurizer, unary *table, vocab []string, k int) rowTable {
	rt := rowTable{k: k, stride: 1 + (int(roles)-1)*k, size: uint64(2*len(vocab) + 1)}
	rt.slots = make([]int32, int(rt.size)*rt.stride)
	// In a sentence made of the word five times, token 2 sees the word as
	// itself, token 3 as the token before, token 1 as the token after, and
	// so on: the features of those tokens in that role are the word's.
	reader := map[role]int{roleSelf: 2, rolePrev1: 3, rolePrev2: 4, roleNext1: 1, roleNext2: 0}
	infos := make([]tokenInfo, 5)
	var feats []uint64
	for _, w := range vocab {
		for i := range infos {
			infos[i] = f.info(w)
		}
		feats = f.features(feats[:0], infos)
		at := rt.free(infos[0].word)
		rt.slots[at] = int32(fingerprint(infos[0].word))
		for idx := range unaryFeatures {
			r := templateRole(uint64(idx + 1))
			if r == roleMixed {
				continue
			}
			seg := rt.slots[at+rt.segment(r) : at+rt.segment(r)+k]
			at := reader[r]*featuresPerToken + idx
			unary.add(seg, feats[at:at+1])
		}
	}
	return rt
}

func (rt *rowTable) home(h uint64) int {
	return int((h&0xffffffff)*rt.size>>32) * rt.stride
}

// free returns the first empty slot from h's home.
func (rt *rowTable) free(h uint64) int {
	at := rt.home(h)
	for rt.slots[at] != 0 {
		if at += rt.stride; at == len(rt.slots) {
			at = 0
		}
	}
	return at
}

// find returns where the row of the word with hash h starts, or -1.
func (rt *rowTable) find(h uint64) int {
	fp := int32(fingerprint(h))
	at := rt.home(h)
	for {
		switch rt.slots[at] {
		case fp:
			return at
		case 0:
			return -1
		}
		if at += rt.stride; at == len(rt.slots) {
			at = 0
		}
	}
}

// add adds role r's weights of the row at to scores.
func (rt *rowTable) add(scores []int32, at int, r role) {
	w := rt.slots[at+rt.segment(r):]
	w = w[:len(scores)]
	for c := range scores {
		scores[c] += w[c]
	}
}
