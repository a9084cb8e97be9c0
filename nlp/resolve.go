package nlp

import (
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph"
)

// doc is the working state of one analysis: the page's text units with
// their tokens and actor mentions, and the article's actor table. It lives
// for one analyze call, so the annotator itself stays read-only.
type doc struct {
	a         *annotator
	published string // the publication date, YYYY-MM-DD, or ""
	units     []unit
	sents     []sentRef
	actors    []*docActor
	byID      map[string]int
	// dates and texts of the sentences, made when first asked for.
	dates, texts []string
	dated        []bool
}

// unit is the title or one paragraph of the body.
type unit struct {
	text  string
	toks  []token
	title bool
	// spans are the actor mentions, ordered by start token; longest is the
	// length of the longest, which bounds how far back a covering one starts.
	spans   []span
	longest int
	// firstSent is the index in doc.sents of the unit's first sentence.
	firstSent, endSent int
}

// sentRef is one sentence: tokens [ts, te) of a unit.
type sentRef struct {
	unit, ts, te int
}

// span is one mention of an article actor: tokens [ts, te) of a unit.
type span struct {
	ts, te int
	actor  int
	// qual marks a mention inside another actor's description ("Rusia" in
	// "Presiden Rusia Vladimir Putin"): it makes the actor part of the story
	// but is never the subject or object of an event.
	qual bool
}

// docActor is an actor of this article.
type docActor struct {
	id, name, typ, country string
	dict                   int // index in the dictionary, -1 when discovered
	aliases, aliasKeys     []string
	roles                  []diplograph.Role
	mentions               int
	inTitle                bool
}

func (a *annotator) newDoc(p page, sents []sentence) *doc {
	d := &doc{a: a, byID: map[string]int{}}
	if len(p.Published) >= 10 {
		d.published = p.Published[:10]
	}
	if t := strings.TrimSpace(p.Title); t != "" {
		d.addUnit(t, true, nil)
	}
	byPara := make([][]string, len(p.Paragraphs))
	for _, s := range sents {
		if s.Para >= 0 && s.Para < len(byPara) {
			byPara[s.Para] = append(byPara[s.Para], s.Text)
		}
	}
	for i, para := range p.Paragraphs {
		d.addUnit(para, false, byPara[i])
	}
	return d
}

// addUnit tokenizes a unit and finds its sentences' token ranges by
// locating each sentence's text in it; a unit whose sentences cannot be
// located is one sentence.
func (d *doc) addUnit(text string, title bool, sents []string) {
	u := unit{text: text, toks: tokenize(text, nil), title: title, firstSent: len(d.sents)}
	ui := len(d.units)
	off, ti := 0, 0
	for _, s := range sents {
		at := strings.Index(text[off:], strings.TrimSpace(s))
		if at < 0 {
			continue
		}
		end := off + at + len(strings.TrimSpace(s))
		start := ti
		for ti < len(u.toks) && u.toks[ti].start < end {
			ti++
		}
		if ti > start {
			d.sents = append(d.sents, sentRef{unit: ui, ts: start, te: ti})
		}
		off = end
	}
	if ti < len(u.toks) {
		if len(d.sents) > u.firstSent {
			d.sents[len(d.sents)-1].te = len(u.toks)
		} else {
			d.sents = append(d.sents, sentRef{unit: ui, ts: 0, te: len(u.toks)})
		}
	}
	u.endSent = len(d.sents)
	d.units = append(d.units, u)
}

// sentOf returns the index of the sentence holding token i of unit ui.
func (d *doc) sentOf(ui, i int) int {
	u := &d.units[ui]
	for s := u.firstSent; s < u.endSent; s++ {
		if i < d.sents[s].te {
			return s
		}
	}
	return u.endSent - 1
}

// sentText is the sentence as written.
func (d *doc) sentText(s int) string {
	if d.texts == nil {
		d.texts = make([]string, len(d.sents))
	}
	if d.texts[s] == "" {
		r := d.sents[s]
		u := &d.units[r.unit]
		d.texts[s] = tidySpace(u.text[u.toks[r.ts].start:u.toks[r.te-1].end])
	}
	return d.texts[s]
}

// dictActor adds (or finds) the article actor for dictionary entry i.
func (d *doc) dictActor(i int) int {
	e := &d.a.dict.actors[i]
	if k, ok := d.byID[e.ID]; ok {
		return k
	}
	return d.addActor(&docActor{id: e.ID, name: e.Name, typ: e.Type, country: strings.ToUpper(e.Country), dict: i})
}

// foundActor adds (or finds) an actor discovered in the text.
func (d *doc) foundActor(id, name, typ, country string) int {
	if i, ok := d.a.dict.byID[id]; ok {
		return d.dictActor(i)
	}
	if k, ok := d.byID[id]; ok {
		return k
	}
	return d.addActor(&docActor{id: id, name: name, typ: typ, country: country, dict: -1})
}

func (d *doc) addActor(a *docActor) int {
	d.actors = append(d.actors, a)
	k := len(d.actors) - 1
	d.byID[a.id] = k
	return k
}

// addAlias records a surface form of an actor, once per normalized form.
func (a *docActor) addAlias(s string) {
	a.addAliasKey(s, "")
}

// addAliasKey is addAlias with the normalized form known ("" to compute it).
func (a *docActor) addAliasKey(s, key string) {
	for _, al := range a.aliases {
		if al == s {
			return // the common case, cheaply: the same form again
		}
	}
	s = tidySpace(strings.Trim(s, " ,"))
	if key == "" {
		key = keyOf(s)
	}
	if key == "" {
		return
	}
	for _, k := range a.aliasKeys {
		if k == key {
			return
		}
	}
	a.aliasKeys = append(a.aliasKeys, key)
	a.aliases = append(a.aliases, s)
}

// addRole records a role seen in the text, once per title and body.
func (a *docActor) addRole(title, of string) {
	title = tidySpace(strings.Trim(title, " ,"))
	for _, r := range a.roles {
		if strings.EqualFold(r.Title, title) && r.Of == of {
			return
		}
	}
	a.roles = append(a.roles, diplograph.Role{Title: title, Of: of})
}

// addSpan records a mention, replacing the mentions it covers, which become
// qualifiers of it. Spans stay ordered by start token; a mention after all
// others, the common case, is appended in constant time.
func (u *unit) addSpan(s span) {
	u.longest = max(u.longest, s.te-s.ts)
	if n := len(u.spans); n == 0 || u.spans[n-1].ts < s.ts && u.spans[n-1].te <= s.ts {
		u.spans = append(u.spans, s)
		return
	}
	k0, k1 := u.spanRange(s.ts, s.te)
	kept := make([]span, 0, k1-k0+1)
	kept = append(kept, s)
	for _, o := range u.spans[k0:k1] {
		if o.te <= s.te && o.actor == s.actor {
			continue
		}
		if o.te <= s.te {
			o.qual = true
		}
		kept = append(kept, o)
	}
	u.spans = slices.Concat(u.spans[:k0:k0], kept, u.spans[k1:])
}

// spanRange returns the indexes [k0, k1) of the spans starting in tokens
// [ts, te).
func (u *unit) spanRange(ts, te int) (int, int) {
	k0 := sort.Search(len(u.spans), func(k int) bool { return u.spans[k].ts >= ts })
	k1 := k0 + sort.Search(len(u.spans)-k0, func(k int) bool { return u.spans[k0+k].ts >= te })
	return k0, k1
}

// spansIn returns the spans starting in tokens [ts, te).
func (u *unit) spansIn(ts, te int) []span {
	k0, k1 := u.spanRange(ts, te)
	return u.spans[k0:k1]
}

// spanAt returns the top-level (not qualifier) mention starting at token i.
func (u *unit) spanAt(i int) (span, bool) {
	for _, s := range u.spansIn(i, i+1) {
		if !s.qual {
			return s, true
		}
	}
	return span{}, false
}

// spanEndingAt returns the top-level mention whose last token is i-1.
func (u *unit) spanEndingAt(i int) (span, bool) {
	for _, s := range u.spansIn(i-u.longest, i) {
		if !s.qual && s.te == i {
			return s, true
		}
	}
	return span{}, false
}

// covered says whether token i is inside any mention.
func (u *unit) covered(i int) bool {
	for _, s := range u.spansIn(i-u.longest, i+1) {
		if i < s.te {
			return true
		}
	}
	return false
}

// surface is the text of tokens [ts, te) as written.
func (u *unit) surface(ts, te int) string {
	return u.text[u.toks[ts].start:u.toks[te-1].end]
}

// firstState returns the first state mentioned in sentence s, or -1.
func (d *doc) firstState(s int) int {
	r := d.sents[s]
	for _, sp := range d.units[r.unit].spansIn(r.ts, r.te) {
		if d.actors[sp.actor].typ == diplograph.TypeCountry {
			return sp.actor
		}
	}
	return -1
}

// resolveNames is the second pass over the units: names of actors
// discovered anywhere in the article are found wherever else they occur, a
// bare surname is the full-named person it belongs to ("Kim" after "Kim
// Jong Un"), and a bare "Kementerian" is the ministry named before.
func (d *doc) resolveNames() {
	local := newPhraseSet()
	for k, a := range d.actors {
		if a.dict >= 0 {
			continue
		}
		local.add(a.name, k, true)
		for _, al := range a.aliases {
			if w := wordsOf(al); len(w) == 1 && strings.ToUpper(al) == al {
				local.add(al, k, true) // an acronym given in brackets
			}
		}
	}
	surnames := map[string][]namePos{}
	keysOf := map[int][]string{}
	for ui := range d.units {
		u := &d.units[ui]
		for _, s := range u.spans {
			a := d.actors[s.actor]
			if a.typ != diplograph.TypePerson {
				continue
			}
			keys, ok := keysOf[s.actor]
			if !ok {
				keys = d.surnameKeys(a)
				keysOf[s.actor] = keys
			}
			for _, key := range keys {
				surnames[key] = append(surnames[key], namePos{pos: ui*1_000_000 + s.ts, actor: s.actor})
			}
		}
	}
	lastHead := map[string]int{}
	for ui := range d.units {
		u := &d.units[ui]
		for i := 0; i < len(u.toks); i++ {
			if sp, ok := u.spanAt(i); ok {
				// A body named in full can be referred back to by its
				// first word: "Kementerian" after "Kementerian Luar Negeri
				// Korea Utara".
				if first := u.toks[sp.ts].low; bodyHeads[first] && sp.te-sp.ts > 1 && d.actors[sp.actor].typ == diplograph.TypeOrganization {
					lastHead[first] = sp.actor
				}
				i = sp.te - 1
				continue
			}
			if u.covered(i) || !u.toks[i].word {
				continue
			}
			if k, end := d.titledReference(ui, i); k >= 0 {
				u.addSpan(span{ts: i, te: end, actor: k}) // "Menlu AS itu" is no name: not an alias
				i = end - 1
				continue
			}
			if !u.toks[i].upper {
				continue
			}
			if p, end := local.matchAt(u.text, u.toks, i); p != nil {
				d.mention(ui, span{ts: i, te: end, actor: p.ref})
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
			if k, ok := lastHead[t.low]; ok && !nameGoesOn && !d.namesField(u, i+1) {
				d.mention(ui, span{ts: i, te: i + 1, actor: k})
				continue
			}
			if k := pickSurname(surnames[t.low], ui*1_000_000+i); k >= 0 && (i+1 >= len(u.toks) || !u.toks[i+1].upper) {
				d.mention(ui, span{ts: i, te: i + 1, actor: k})
			}
		}
	}
}

// titledReference resolves a person referred to by their position: "Menlu
// AS itu", "juru bicara tersebut", "sang menteri". It returns the person
// and the end of the reference, or -1 when no single person of the article
// holds such a position.
func (d *doc) titledReference(ui, i int) (int, int) {
	u := &d.units[ui]
	j := i
	sang := u.toks[j].low == "sang"
	if sang {
		j++
	}
	if j >= len(u.toks) {
		return -1, 0
	}
	p, end := d.a.lex.titles.matchAt(u.text, u.toks, j)
	if p == nil || d.a.lex.titleKinds[p.ref] != diplograph.TypePerson || d.a.lex.kinship[u.toks[j].low] {
		return -1, 0
	}
	title := titleKey(u.toks[j:end])
	q := -1
	for end < len(u.toks) {
		sp, ok := u.spanAt(end)
		if !ok || d.actors[sp.actor].typ == diplograph.TypePerson {
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
	return d.holder(title, q), end
}

// holder returns the one person of the article who holds a position
// whose title starts with title (in body q when q >= 0), or -1 when none
// or several do.
func (d *doc) holder(title string, q int) int {
	found := -1
	for k, a := range d.actors {
		if a.typ != diplograph.TypePerson || !d.holds(a, title, q) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = k
	}
	return found
}

// holds says whether a person holds a position whose title starts with the
// words of title, in body q (any when q < 0), by the text or the dictionary.
func (d *doc) holds(a *docActor, title string, q int) bool {
	match := func(t, of string) bool {
		if !strings.HasPrefix(titleKey(tokenize(t, nil))+" ", title+" ") {
			return false
		}
		return q < 0 || of == d.actors[q].id || (d.actors[q].typ == diplograph.TypeCountry && a.country == d.actors[q].country)
	}
	for _, r := range a.roles {
		if match(r.Title, r.Of) {
			return true
		}
	}
	if a.dict >= 0 {
		// On a page without a date any role the person has held counts:
		// two people who held it in turn make the reference ambiguous,
		// and then it stays unresolved.
		for _, r := range d.a.dict.actors[a.dict].Roles {
			current := d.published == "" || (r.From <= d.published && (r.To == "" || r.To >= d.published))
			if r.TitleID != "" && current && match(r.TitleID, r.Of) {
				return true
			}
		}
	}
	return false
}

// titleKey is the lower-cased words of a title with abbreviations spelled
// out ("Menlu" -> "menteri luar negeri").
func titleKey(toks []token) string {
	var words []string
	for _, t := range toks {
		if !t.word {
			continue
		}
		if full, ok := positionAbbreviations[t.low]; ok {
			words = append(words, full)
		} else {
			words = append(words, t.low)
		}
	}
	return strings.Join(words, " ")
}

var positionAbbreviations = map[string]string{
	"menlu": "menteri luar negeri", "wamenlu": "wakil menteri luar negeri", "menhan": "menteri pertahanan",
	"dubes": "duta besar", "jubir": "juru bicara", "pm": "perdana menteri", "sekjen": "sekretaris jenderal",
	"dirjen": "direktur jenderal", "prof": "profesor",
}

// namesField says whether a ministry's field starts at token i ("Luar
// Negeri"): then "Kementerian" before it names a ministry, not one named
// before.
func (d *doc) namesField(u *unit, i int) bool {
	if i >= len(u.toks) {
		return false
	}
	p, _ := d.a.lex.ministries.matchAt(u.text, u.toks, i)
	return p != nil
}

// bodyHeads are the first words by which a body named before is referred
// back to.
var bodyHeads = newWordSet("kementerian", "kementrian", "kedutaan", "akademi", "universitas", "institut", "lembaga", "badan", "komisi", "dewan", "majelis")

// surnameKeys are the words a person may be called by alone: the first
// and last words of their name and of the multi-word forms seen.
func (d *doc) surnameKeys(a *docActor) []string {
	var keys []string
	for _, form := range append([]string{a.name}, a.aliases...) {
		w := strings.Fields(form)
		// "Teodoro Locsin Jr." is called Locsin.
		if n := len(w); n > 2 && nameSuffixes[strings.ToLower(strings.TrimRight(w[n-1], "."))] {
			w = w[:n-1]
		}
		if len(w) < 2 || len(w) > 4 {
			continue
		}
		for _, x := range []string{w[0], w[len(w)-1]} {
			key := keyOf(x)
			if len(key) < 2 || strings.Contains(key, " ") || d.a.lex.stop[key] || d.a.lex.notName[key] {
				continue
			}
			if !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
	}
	return keys
}

// nameSuffixes end a name without being what the person is called by.
var nameSuffixes = newWordSet("jr", "sr", "ii", "iii", "iv")

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

// mention adds a mention and the surface form it was written as.
func (d *doc) mention(ui int, s span) {
	u := &d.units[ui]
	u.addSpan(s)
	d.actors[s.actor].addAliasKey(u.surface(s.ts, s.te), keyOfTokens(u.toks[s.ts:s.te]))
}
