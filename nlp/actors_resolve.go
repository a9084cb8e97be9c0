package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
)

// resolveNames is the second pass over the units: names of actors
// discovered anywhere in the article are found wherever else they occur, a
// bare surname is the full-named person it belongs to ("Kim" after "Kim
// Jong Un"), and a bare "Kementerian" is the ministry named before.
func (f *actorFinder) resolveNames() {
	local := newPhraseSet(f.tk)
	for k, a := range f.actors {
		if a.typ == diplograph.TypePerson {
			if sur := f.particleSurname(a.name); sur != "" {
				local.add(sur, k, true) // "al-Hayya" after "Khalil al-Hayya"
			} else if sur := doubleSurname(a.name); sur != "" {
				local.add(sur, k, true) // "Persad-Bissessar" after "Kamla Persad-Bissessar"
			}
		}
		for _, nick := range a.nicknames {
			local.add(nick, k, true) // "Roy" after "Rolliansyah Soemirat, yang akrab disapa Roy,"
		}
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
	// surnames holds every person's names by the words a bare name may
	// be; actingSurnames leaves out the mentions that describe a kin.
	surnames, actingSurnames := map[string][]namePos{}, map[string][]namePos{}
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
			np := namePos{pos: ui*1_000_000 + s.ts, sent: f.seg.sentOf(ui, s.ts), actor: s.actor}
			// "Kim Yo Jong, adik perempuan pemimpin Korea Utara Kim Jong
			// Un, ... kata Kim": the one a kin is described by is not who
			// a bare name that speaks or acts after it means (but "rezim
			// Kim" may be).
			kin := f.namedAsKin(u, s.ts)
			for _, key := range keys {
				surnames[key] = append(surnames[key], np)
				if !kin {
					actingSurnames[key] = append(actingSurnames[key], np)
				}
			}
		}
	}
	var titles map[string]bool // the titles the article names, read when first needed
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
				// "kementerian itu", "kata kementerian": a body named
				// before, referred back to in lower case.
				if k, ok := lastHead[u.toks[i].low]; ok {
					if end := f.lowerHeadReference(u, i); end > i {
						u.addSpan(span{ts: i, te: end, actor: k})
						i = end - 1
					}
				}
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
			if i+1 < len(u.toks) && u.toks[i+1].upper {
				continue
			}
			pos, sent := ui*1_000_000+i, f.seg.sentOf(ui, i)
			cands := surnames[t.low]
			if f.acts(u, i) {
				cands = actingSurnames[t.low]
			}
			k := pickSurname(cands, pos, sent)
			if k < 0 && !f.lex.stop[t.low] {
				// A name the article spells another way ("Blinkin" after
				// "Blinken"), or a person of the dictionary called by one
				// of their names where the article names their office
				// ("Retno" beside "Menteri Luar Negeri RI").
				if k = nearSurname(surnames, t.low); k < 0 {
					if _, ok := f.dict.oneName(t.low); ok && titles == nil {
						titles = f.titlesNamed()
					}
					k = f.dictByOneName(t.low, titles, f.titledAt(u, i))
				}
			}
			if k >= 0 {
				f.mention(ui, span{ts: i, te: i + 1, actor: k})
				// The person a later bare name most likely means is the
				// one named last.
				surnames[t.low] = append(surnames[t.low], namePos{pos: pos, sent: sent, actor: k})
				actingSurnames[t.low] = append(actingSurnames[t.low], namePos{pos: pos, sent: sent, actor: k})
			}
		}
	}
}

// acts says whether the bare name at token i speaks or acts: a quote verb
// stands before it ("kata Kim") or a verb after it ("Kim mengkritik"),
// also after another name joined to it ("Kim dan Putin menggelar").
func (f *actorFinder) acts(u *annotatedUnit, i int) bool {
	if i > 0 && f.lex.isQuoteVerb(u.toks[i-1].low) {
		return true
	}
	j := i + 1
	if j < len(u.toks) && (u.toks[j].low == "dan" || u.toks[j].low == "serta") {
		// "Kim dan Putin menggelar pembicaraan": a subject joined to
		// another name acts with it.
		for j++; j < len(u.toks) && j <= i+4 && u.toks[j].word && u.toks[j].upper; j++ {
		}
	}
	return j < len(u.toks) && (f.lex.speech[u.toks[j].low] || f.lex.verbLike(u.toks[j].low))
}

// namedAsKin says whether the name at token ts is named for a kinship:
// a word of kinship stands up to six words before it, with no punctuation
// between ("adik perempuan pemimpin Korea Utara Kim Jong Un", the one a kin
// is described by) or only a comma ("didampingi putrinya, Kim Ju Ae", the
// kin who comes along). A bare name that acts after it means neither.
func (f *actorFinder) namedAsKin(u *annotatedUnit, ts int) bool {
	start := ts
	if start > 1 && u.toks[start-1].low == "," {
		start-- // "didampingi putrinya, Kim Ju Ae": the kin word set off by a comma
	}
	return f.lex.kinBefore(u, start, ts) >= 0
}

// kinBefore is where a word of kinship stands up to six words before token
// start, with no punctuation between, ending before ts; -1 when none does.
func (lex *lexicon) kinBefore(u *annotatedUnit, start, ts int) int {
	for i, n := start-1, 0; i >= 0 && n < 6; i-- {
		t := u.toks[i]
		if !t.word {
			return -1
		}
		if p, end := lex.titles.matchAt(u.text, u.toks, i); p != nil && end <= ts && lex.titleKin[p.ref] {
			return i
		}
		n++
	}
	return -1
}

// particleSurname returns the surname of a name that ends in a particle
// and a word ("Khalil al-Hayya", "Mohammed bin Salman"), with the
// particle, which a page calls the person by: "al-Hayya", "bin Salman".
func (f *actorFinder) particleSurname(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	last := w[len(w)-1]
	if p, _, ok := strings.Cut(last, "-"); ok && f.nameParticles[strings.ToLower(p)] {
		return last
	}
	if len(w) >= 3 && f.nameParticles[strings.ToLower(w[len(w)-2])] {
		return w[len(w)-2] + " " + last
	}
	return ""
}

// doubleSurname is the last word of a person's name when it joins two
// capitalized names with a hyphen ("Kamla Persad-Bissessar"): the name
// the person is called by alone. Not a given name of two syllables, whose
// second part is in lower case ("Lee Jae-myung"). "" when there is none.
func doubleSurname(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	last := w[len(w)-1]
	first, second, ok := strings.Cut(last, "-")
	if !ok || first == "" || second == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(second)
	if !unicode.IsUpper(r) {
		return ""
	}
	return last
}

// minNearName: a name spelled another way is matched only when this long
// (short names differ by one letter from too many others).
const minNearName = 6

// minOneName: a dictionary person is called by one of their names alone
// only when it is this long.
const minOneName = 4

// nearSurname returns the one person whose name (a surname key of
// surnames) the word differs from by one letter, added, dropped or
// changed ("Zinovyev" and "Zinoviev"), or -1.
func nearSurname(surnames map[string][]namePos, w string) int {
	if len(w) < minNearName {
		return -1
	}
	found := -1
	for key, cands := range surnames {
		if len(key) < minNearName || !withinOneEdit(key, w) {
			continue
		}
		for _, c := range cands {
			if found >= 0 && found != c.actor {
				return -1
			}
			found = c.actor
		}
	}
	return found
}

// withinOneEdit says whether a and b differ by exactly one letter added,
// dropped or changed.
func withinOneEdit(a, b string) bool {
	if a == b || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// titlesNamed returns the titles of people the article names (as
// lexicon.titleKey gives them): "menteri luar negeri" for "Menlu RI".
func (f *actorFinder) titlesNamed() map[string]bool {
	out := map[string]bool{}
	for ui := range f.units {
		u := &f.units[ui]
		for i := 0; i < len(u.toks); i++ {
			if p, end := f.lex.titles.matchAt(u.text, u.toks, i); p != nil && f.lex.personTitle(p.ref) {
				out[f.lex.titleKey(u.toks[i:end])] = true
				i = end - 1
			}
		}
	}
	return out
}

// dictByOneName returns the person of the dictionary the word is the
// first or last name of, when only one person is, and when the article
// names both their state and an office they held ("Retno" on a page about
// the "Menteri Luar Negeri (Menlu) RI"): their name alone is then no one
// else's. -1 otherwise.
func (f *actorFinder) dictByOneName(w string, titles map[string]bool, titled bool) int {
	d, ok := f.dict.oneName(w)
	// A short name ("Xi", "Li") is someone's only right after a title
	// ("Presiden Xi").
	if !ok || len(w) < minOneName && !titled {
		return -1
	}
	e := &f.dict.actors[d]
	state, ok := f.byID[strings.ToLower(e.Country)]
	if !ok || f.actors[state].typ != diplograph.TypeCountry {
		return -1
	}
	for _, key := range f.dict.titleKeys[d] {
		for t := range titles {
			if key != "" && strings.HasPrefix(key+" ", t+" ") {
				k := f.dictActor(d)
				f.actors[k].positions = f.positionsOf(f.actors[k])
				return k
			}
		}
	}
	return -1
}

// titledAt says whether a person's title ends right before token i
// ("Presiden Xi", "Perdana Menteri Li").
func (f *actorFinder) titledAt(u *annotatedUnit, i int) bool {
	for start := max(0, i-3); start < i; start++ {
		if p, end := f.lex.titles.matchAt(u.text, u.toks, start); p != nil && end == i && f.lex.personTitle(p.ref) {
			return true
		}
	}
	return false
}

// lowerHeadReference returns the end of a reference back to a body by its
// head word in lower case at token i, or i when there is none: the speaker
// after an attributing verb ("..., kata kementerian", "ujar pihak
// kementerian", "kata kementerian itu"). Elsewhere such a word is too often
// part of another phrase ("anggota tetap dewan tersebut").
func (f *actorFinder) lowerHeadReference(u *annotatedUnit, i int) int {
	j := i - 1
	for j > 0 && f.lex.party[u.toks[j].low] {
		j-- // "ujar pihak kementerian"
	}
	if j < 0 || !f.lex.isQuoteVerb(u.toks[j].low) {
		return i
	}
	if i+1 < len(u.toks) && (u.toks[i+1].low == "itu" || u.toks[i+1].low == "tersebut") {
		return i + 2
	}
	return i + 1
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
	if p == nil || !f.lex.personTitle(p.ref) {
		return -1, 0
	}
	q := -1
	if sp, ok := u.spanAt(end - 1); ok && end-1 > j && sp.ts == end-1 && f.actors[sp.actor].typ == diplograph.TypeOrganization {
		// "Kepala Badan Energi Atom Iran itu": the title's last word opens
		// the body's name, so the title is the words before it.
		end--
	}
	title := f.lex.titleKey(u.toks[j:end])
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
	case !sang && f.bareTitleActs(ui, i, end):
	case !sang:
		return -1, 0
	}
	if i > 0 && u.toks[i-1].low == "mantan" {
		return -1, 0 // "mantan Wakil Menteri Luar Negeri itu" is not who holds it now
	}
	if f.lex.titleEnding(u, i-2, i, i, f.lex.kinKind) >= 0 {
		return -1, 0 // "adik pemimpin Korea Utara itu" is the holder's kin
	}
	h := f.holder(title, q)
	if h >= 0 && !f.namedBefore(h, ui, i) {
		return -1, 0 // "itu" points back, never to one named further on
	}
	return h, end
}

// bareTitleActs says whether a capitalized title at token i, ending at
// end, with no name after it, is the subject of its clause: it opens the
// sentence or follows a comma, and a verb or an adverb follows it
// ("Dalam pidatonya, Menlu juga mengecam ...").
func (f *actorFinder) bareTitleActs(ui, i, end int) bool {
	u := &f.units[ui]
	if !u.toks[i].upper || end >= len(u.toks) || u.toks[end].upper || !u.toks[end].word {
		return false
	}
	if w := u.toks[end].low; !f.lex.verbLike(w) && !f.lex.adverbs[w] {
		return false
	}
	return f.seg.sents[f.seg.sentOf(ui, i)].ts == i || i > 0 && u.toks[i-1].low == ","
}

// namedBefore says whether actor k is mentioned before token i of unit ui.
func (f *actorFinder) namedBefore(k, ui, i int) bool {
	for v := 0; v <= ui; v++ {
		for _, sp := range f.units[v].spans {
			if sp.actor == k && (v < ui || sp.ts < i) {
				return true
			}
		}
	}
	return false
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
		if form != a.name && strings.HasSuffix(form, " "+a.name) {
			continue // "Juru bicara Zhang Xiaogang": a title's words are no name
		}
		w := strings.Fields(form)
		// "Teodoro Locsin Jr." is called Locsin.
		if n := len(w); n > 2 && f.nameSuffixes[strings.ToLower(strings.TrimRight(w[n-1], "."))] {
			w = w[:n-1]
		}
		if len(w) < 2 {
			continue
		}
		ends := []string{w[0], w[len(w)-1]}
		if len(w) > 4 {
			// "Mohammed bin Abdulrahman Al Thani" is called Sheikh
			// Mohammed: a long name by its first word only.
			ends = ends[:1]
		}
		if p, rest, ok := strings.Cut(w[len(w)-1], "-"); ok && f.nameParticles[strings.ToLower(p)] && len(w) <= 4 {
			ends = append(ends, rest) // "Abdel Fattah al-Burhan" is called Burhan too
		}
		if len(w) == 3 && form == a.name && !f.nameParticles[strings.ToLower(w[1])] && !f.otherNameHas(a, w[1]) {
			ends = append(ends, w[1]) // "Vahd Nabyl Mulachela" is called Nabyl too
		}
		for _, x := range ends {
			key := f.tk.key(x)
			// "Abdullah II" is called Abdullah, never II.
			if len(key) < 2 || strings.Contains(key, " ") || f.lex.stop[key] || f.notName[key] || f.nameSuffixes[key] {
				continue
			}
			if !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
	}
	return keys
}

// otherNameHas says whether an actor of the page other than a has the word
// w in their name, which then calls neither by it.
func (f *actorFinder) otherNameHas(a *actor, w string) bool {
	return slices.ContainsFunc(f.actors, func(o *actor) bool {
		return o != a && slices.ContainsFunc(strings.Fields(o.name), func(n string) bool { return strings.EqualFold(n, w) })
	})
}

// namePos is where a person's name was seen: pos orders positions in
// reading order (unit*1e6 + token), sent is the sentence.
type namePos struct{ pos, sent, actor int }

// pickSurname chooses the person a bare surname at pos (in sentence sent)
// stands for: the one person with that name seen before it, else the one
// seen after it. When two people share the name, the one named in a later
// sentence than the other, if that sentence is near ("Kim Yo Jong
// memperingatkan ... . “...,” kata Kim"); else none: two people named
// together leave a bare name after them unresolved.
func pickSurname(cands []namePos, pos, sent int) int {
	before, after := -1, -1
	latest := map[int]int{} // actor -> its last sentence before pos
	for _, c := range cands {
		if c.pos < pos {
			before = c.actor
			latest[c.actor] = max(latest[c.actor], c.sent)
		} else if after >= 0 && after != c.actor {
			after = -2
		} else if after != -2 {
			after = c.actor
		}
	}
	switch {
	case len(latest) > 1:
		best, bestSent, tie := -1, -1, false
		for a, s := range latest {
			switch {
			case s > bestSent:
				best, bestSent, tie = a, s, false
			case s == bestSent:
				tie = true
			}
		}
		if tie || sent-bestSent > maxSurnameGap {
			return -1
		}
		return best
	case before >= 0:
		return before
	case after >= 0:
		return after
	}
	return -1
}

// maxSurnameGap: a bare name shared by two people is the one named last
// only within this many sentences.
const maxSurnameGap = 2
