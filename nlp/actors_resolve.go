package nlp

import (
	"slices"
	"strings"

	"github.com/diplograph/diplograph"
)

// resolveNames is the second pass over the units: names of actors
// discovered anywhere in the article are found wherever else they occur, a
// bare surname is the full-named person it belongs to ("Kim" after "Kim
// Jong Un"), and a bare "Kementerian" is the ministry named before.
func (f *actorFinder) resolveNames() {
	local := newPhraseSet(f.tk)
	for k, a := range f.actors {
		if a.dict >= 0 {
			continue
		}
		local.add(a.name, k, true)
		for _, al := range a.aliases {
			if w := f.tk.wordsOf(al); len(w) == 1 && strings.ToUpper(al) == al {
				local.add(al, k, true) // an acronym given in brackets
			}
		}
	}
	surnames := map[string][]namePos{}
	keysOf := map[int][]string{}
	for ui := range f.units {
		u := &f.units[ui]
		for _, s := range u.spans {
			a := f.actors[s.actor]
			if a.typ != diplograph.TypePerson {
				continue
			}
			keys, ok := keysOf[s.actor]
			if !ok {
				keys = f.surnameKeys(a)
				keysOf[s.actor] = keys
			}
			for _, key := range keys {
				surnames[key] = append(surnames[key], namePos{pos: ui*1_000_000 + s.ts, actor: s.actor})
			}
		}
	}
	lastHead := map[string]int{}
	for ui := range f.units {
		u := &f.units[ui]
		for i := 0; i < len(u.toks); i++ {
			if sp, ok := u.spanAt(i); ok {
				// A body named in full can be referred back to by its
				// first word: "Kementerian" after "Kementerian Luar Negeri
				// Korea Utara".
				if first := u.toks[sp.ts].low; f.bodyHeads[first] && sp.te-sp.ts > 1 && f.actors[sp.actor].typ == diplograph.TypeOrganization {
					lastHead[first] = sp.actor
				}
				i = sp.te - 1
				continue
			}
			if u.covered(i) || !u.toks[i].word {
				continue
			}
			if k, end := f.titledReference(ui, i); k >= 0 {
				u.addSpan(span{ts: i, te: end, actor: k}) // "Menlu AS itu" is no name: not an alias
				i = end - 1
				continue
			}
			if !u.toks[i].upper {
				continue
			}
			if p, end := local.matchAt(u.text, u.toks, i); p != nil {
				f.mention(ui, span{ts: i, te: end, actor: p.ref})
				i = end - 1
				continue
			}
			t := u.toks[i]
			if i+1 < len(u.toks) && u.toks[i+1].joined {
				continue
			}
			// "Dewan Keamanan Nasional" after "Dewan Keamanan PBB" is
			// another body: a head word refers back only standing alone.
			nameGoesOn := i+1 < len(u.toks) && u.toks[i+1].word && u.toks[i+1].upper
			if k, ok := lastHead[t.low]; ok && !nameGoesOn && !f.namesField(u, i+1) {
				f.mention(ui, span{ts: i, te: i + 1, actor: k})
				continue
			}
			if k := pickSurname(surnames[t.low], ui*1_000_000+i); k >= 0 && (i+1 >= len(u.toks) || !u.toks[i+1].upper) {
				f.mention(ui, span{ts: i, te: i + 1, actor: k})
			}
		}
	}
}

// titledReference resolves a person referred to by their position: "Menlu
// AS itu", "juru bicara tersebut", "sang menteri". It returns the person
// and the end of the reference, or -1 when no single person of the article
// holds such a position.
func (f *actorFinder) titledReference(ui, i int) (int, int) {
	u := &f.units[ui]
	j := i
	sang := u.toks[j].low == "sang"
	if sang {
		j++
	}
	if j >= len(u.toks) {
		return -1, 0
	}
	p, end := f.lex.titles.matchAt(u.text, u.toks, j)
	if p == nil || f.lex.titleKinds[p.ref] != diplograph.TypePerson || f.lex.titleKin[p.ref] {
		return -1, 0
	}
	title := f.lex.titleKey(u.toks[j:end])
	q := -1
	for end < len(u.toks) {
		sp, ok := u.spanAt(end)
		if !ok || f.actors[sp.actor].typ == diplograph.TypePerson {
			break
		}
		if q < 0 {
			q = sp.actor
		}
		end = sp.te
	}
	switch {
	case end < len(u.toks) && (u.toks[end].low == "itu" || u.toks[end].low == "tersebut"):
		end++
	case !sang:
		return -1, 0
	}
	return f.holder(title, q), end
}

// namesField says whether a ministry's field starts at token i ("Luar
// Negeri"): then "Kementerian" before it names a ministry, not one named
// before.
func (f *actorFinder) namesField(u *annotatedUnit, i int) bool {
	if i >= len(u.toks) {
		return false
	}
	p, _ := f.ministries.matchAt(u.text, u.toks, i)
	return p != nil
}

// surnameKeys are the words a person may be called by alone: the first
// and last words of their name and of the multi-word forms seen.
func (f *actorFinder) surnameKeys(a *actor) []string {
	var keys []string
	for _, form := range append([]string{a.name}, a.aliases...) {
		w := strings.Fields(form)
		// "Teodoro Locsin Jr." is called Locsin.
		if n := len(w); n > 2 && f.nameSuffixes[strings.ToLower(strings.TrimRight(w[n-1], "."))] {
			w = w[:n-1]
		}
		if len(w) < 2 || len(w) > 4 {
			continue
		}
		for _, x := range []string{w[0], w[len(w)-1]} {
			key := f.tk.key(x)
			if len(key) < 2 || strings.Contains(key, " ") || f.lex.stop[key] || f.notName[key] {
				continue
			}
			if !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
	}
	return keys
}

// namePos is where a person's full name was seen: pos orders positions in
// reading order (unit*1e6 + token).
type namePos struct{ pos, actor int }

// pickSurname chooses the person a bare surname at pos stands for: the one
// person with that name seen before it, else the one seen after it; none
// when two people share the name.
func pickSurname(cands []namePos, pos int) int {
	before, after := -1, -1
	for _, c := range cands {
		if c.pos < pos {
			if before >= 0 && before != c.actor {
				return -1
			}
			before = c.actor
		} else {
			if after >= 0 && after != c.actor {
				after = -2
			} else if after != -2 {
				after = c.actor
			}
		}
	}
	if before >= 0 {
		return before
	}
	if after >= 0 {
		return after
	}
	return -1
}
