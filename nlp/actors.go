package nlp

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/nlp/ner"
)

// actorRules is the actors stage, built once: the dictionary, the words of
// data/actors/ and data/lexicon/ and the NER model. Its find reads the
// segmented text of one page into a cast.
type actorRules struct {
	tk   *tokenizer
	lex  *lexicon
	dict *dictIndex
	// ner confirms names of speakers without a title; nil disables that.
	ner entityTagger
	// ministries: the field after "Kementerian"; ref indexes ministryKinds.
	ministries    *phraseSet
	ministryKinds []bodyKind
	// ministryHeads start a ministry's name: the index in ministryKinds of
	// the one a head names alone ("Kemlu"), -1 when the field follows.
	ministryHeads map[string]int
	// stateBodies: a state's body by its words before the state ("Angkatan
	// Darat"); ref indexes stateBodyKinds.
	stateBodies    *phraseSet
	stateBodyKinds []bodyKind
	// stateBodyLower marks the bodies whose words in lower case before a
	// state still name the state's own ("bank sentral Argentina").
	stateBodyLower []bool
	// embassyHeads start an embassy's name ("Kedutaan Besar").
	embassyHeads *phraseSet
	// homeMissions name a mission of Indonesia abroad ("KBRI"), by kind.
	homeMissions map[string]string
	// notName: capitalized words of offices and bodies, never part of a
	// person's name ("Sekretaris Kabinet", "Kantor Komisi Urusan Luar").
	notName wordSet
	// Word classes of actors/words.tsv.
	placeTails, notActorBefore, nameParticles, nameSuffixes wordSet
	branchHeads                                             wordSet
	stateBodyHeads, bodyHeads, orgHeads, orgTails           wordSet
	// loneBodyHeads name a state's body with the state alone after them
	// ("Parlemen Iran").
	loneBodyHeads wordSet
	// venuePreps make the name after them a place, never a body;
	// groupWords name a party, a movement or an armed group; firmNouns say
	// the name after them is a firm's ("perusahaan Lockheed Martin");
	// originWords say where a firm is from.
	venuePreps, groupWords, firmNouns, originWords wordSet
	// givenNames are stop words that are also given names ("Oleh"), read
	// as a name's first word after a title; factionWords name a party's
	// faction between a title and a name ("dari Fraksi Demokrat").
	givenNames, factionWords wordSet
	// seaWords make the state after them a sea or a strait when
	// capitalized ("Laut Jepang").
	seaWords wordSet
	// nameHeads, capitalized in the body, open the name of an agreement, a
	// process or a group named after a place, whose state is no party
	// ("Kelompok Minsk", "Proses Astana").
	nameHeads wordSet
	// regionWords, capitalized in a title, say the next capitalized word
	// names the region the post is of ("Presiden Wilayah Kurdistan X").
	regionWords wordSet
	// nicknameCues, in a relative clause after a person's name, say the
	// name after them is the one the person goes by ("yang akrab disapa
	// Roy").
	nicknameCues wordSet
	// adjectiveHeads open a body's name but are adjectives too: in lower
	// case after a noun they qualify it ("serangan militer Israel").
	adjectiveHeads wordSet
	// roleCues, in a relative clause right after a person's name, lead
	// to their title ("X, yang disebut sebagai kepala staf ...").
	roleCues wordSet
	// placeHeads, capitalized before a person's name or before a title
	// and the name, make it the name of a place ("Lapangan Kim Il Sung",
	// "Istana Presiden Nicolau Lobato").
	placeHeads *phraseSet
	// homePosts open a government post that, named with no state, is the
	// home state's (\"Menteri\", \"Menko\").
	homePosts wordSet
	// headPosts open the post of a head of state or government ("Presiden",
	// "Perdana"): named with no state on a story about another state, the
	// post is that state's; never the home state's, whose heads the
	// dictionary knows by name.
	headPosts wordSet
	// homeExperts open an expert's title ("pengamat", "ekonom"): a page
	// in Indonesian quotes its own experts, so one named with no body of
	// another state is Indonesia's, and a state in the title is the
	// field ("pengamat China"), not theirs.
	homeExperts                                  wordSet
	determiners, citeVerbs, firmHeads, firmTails wordSet
	// governmentWords before a state's name name its government
	// ("Pemerintah Yordania"); ending a title, they put the post in the
	// government named last ("Juru bicara pemerintah X").
	governmentWords wordSet
	// countWords and listOpeners make a list of the holders of a post
	// ("tiga wakil menteri, yakni A, B, dan C").
	countWords, listOpeners wordSet
	// bodySynonyms open a body's name interchangeably ("Badan Energi Atom
	// Iran" is the "Organisasi Energi Atom Iran" named before).
	bodySynonyms wordSet
	// interviewNouns before "dengan" make one name after it the outlet
	// that interviews ("wawancara dengan Breitbart").
	interviewNouns wordSet
}

// bodyKind is a kind of a state's body, a ministry's field or a body's
// words: slug makes ids ("prk-foreign-ministry", "tha-army"), english
// names it.
type bodyKind struct{ slug, english string }

// entityTagger finds named entities in a sentence's words.
type entityTagger interface {
	entities(words []string) []taggedEntity
}

// taggedEntity is words [start, end) of label PERSON, ORGANISATION or PLACE.
type taggedEntity struct {
	start, end int
	label      string
}

// nerTagger adapts the project's NER model to entityTagger.
type nerTagger struct{ t *ner.Tagger }

func (n nerTagger) entities(words []string) []taggedEntity {
	es := n.t.Entities(words)
	out := make([]taggedEntity, len(es))
	for i, e := range es {
		out[i] = taggedEntity{start: e.Start, end: e.End, label: e.Label}
	}
	return out
}

// loadActorRules reads data/actors/ and loads the dictionary and the NER
// model.
func loadActorRules(d *dataFile, tk *tokenizer, lex *lexicon) (*actorRules, error) {
	dict, err := loadDictionary()
	if err != nil {
		return nil, err
	}
	idx, err := newDictIndex(dict, tk, lex)
	if err != nil {
		return nil, err
	}
	tagger, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the NER model for actor discovery: %w", err)
	}
	r := &actorRules{tk: tk, lex: lex, dict: idx, ner: nerTagger{tagger}, ministries: newPhraseSet(tk),
		ministryHeads: map[string]int{}, homeMissions: map[string]string{}, notName: d.tokenWords(tk, "actors/office_words.txt")}
	const ministryFile = "actors/ministries.tsv"
	slugs := map[string]int{}
	seen := wordSet{}
	for _, row := range d.rows(ministryFile, "field", "slug", "english") {
		if !d.phrase(tk, ministryFile, row.line, row.fields[0], seen) {
			return nil, d.err
		}
		seen[row.fields[0]] = true
		slugs[row.fields[1]] = len(r.ministryKinds)
		r.ministries.add(row.fields[0], len(r.ministryKinds), false)
		r.ministryKinds = append(r.ministryKinds, bodyKind{row.fields[1], row.fields[2]})
	}
	const bodyFile = "actors/state_bodies.tsv"
	r.stateBodies = newPhraseSet(tk)
	seen = wordSet{}
	for _, row := range d.rows(bodyFile, "body", "slug", "english", "flags?") {
		flags := d.flags(bodyFile, row.line, row.fields[3], "lower")
		if !d.phrase(tk, bodyFile, row.line, row.fields[0], seen) {
			return nil, d.err
		}
		seen[row.fields[0]] = true
		r.stateBodies.add(row.fields[0], len(r.stateBodyKinds), false)
		r.stateBodyKinds = append(r.stateBodyKinds, bodyKind{row.fields[1], row.fields[2]})
		r.stateBodyLower = append(r.stateBodyLower, flags["lower"])
	}
	const headFile = "actors/ministry_heads.tsv"
	seen = wordSet{}
	for _, row := range d.rows(headFile, "head", "ministry?") {
		if !d.tokenWord(tk, headFile, row.line, row.fields[0], seen) {
			return nil, d.err
		}
		seen[row.fields[0]] = true
		k, ok := slugs[row.fields[1]]
		switch {
		case row.fields[1] == "":
			k = -1
		case !ok:
			return nil, lineError(headFile, row.line, "ministry %q is in no line of %s", row.fields[1], ministryFile)
		}
		r.ministryHeads[row.fields[0]] = k
	}
	const missionFile = "actors/home_missions.tsv"
	seen = wordSet{}
	for _, row := range d.rows(missionFile, "abbreviation", "kind") {
		if !d.tokenWord(tk, missionFile, row.line, row.fields[0], seen) {
			return nil, d.err
		}
		seen[row.fields[0]] = true
		r.homeMissions[row.fields[0]] = row.fields[1]
	}
	r.embassyHeads, r.placeHeads = phraseList(d, tk, "actors/embassy_heads.txt"), phraseList(d, tk, "actors/place_heads.txt")
	c := d.tokenClasses(tk, "actors/words.tsv", "place-tail", "not-actor-before", "branch-head", "name-particle", "name-suffix",
		"state-body-head", "body-head", "org-head", "org-tail", "determiner", "cite-verb", "firm-head", "firm-tail", "venue-prep", "group-word", "firm-noun", "home-post", "given-name", "faction-word", "sea-word", "home-expert", "name-head", "region-word", "nickname-cue", "lone-body-head", "role-cue", "adjective-head", "government-word", "count-word", "list-opener", "body-synonym", "interview-noun", "head-post", "origin-word")
	r.determiners, r.citeVerbs, r.firmHeads, r.firmTails = c["determiner"], c["cite-verb"], c["firm-head"], c["firm-tail"]
	r.placeTails, r.notActorBefore, r.nameParticles, r.nameSuffixes = c["place-tail"], c["not-actor-before"], c["name-particle"], c["name-suffix"]
	r.branchHeads, r.venuePreps, r.groupWords, r.firmNouns = c["branch-head"], c["venue-prep"], c["group-word"], c["firm-noun"]
	r.homePosts, r.givenNames, r.factionWords, r.seaWords = c["home-post"], c["given-name"], c["faction-word"], c["sea-word"]
	r.headPosts, r.originWords = c["head-post"], c["origin-word"]
	r.homeExperts, r.nameHeads, r.regionWords, r.nicknameCues = c["home-expert"], c["name-head"], c["region-word"], c["nickname-cue"]
	r.loneBodyHeads, r.roleCues, r.adjectiveHeads, r.governmentWords = c["lone-body-head"], c["role-cue"], c["adjective-head"], c["government-word"]
	r.stateBodyHeads, r.bodyHeads, r.orgHeads, r.orgTails = c["state-body-head"], c["body-head"], c["org-head"], c["org-tail"]
	r.countWords, r.listOpeners, r.bodySynonyms, r.interviewNouns = c["count-word"], c["list-opener"], c["body-synonym"], c["interview-noun"]
	return r, d.err
}

// phraseList reads a list of phrases, data/<name>, into a set.
func phraseList(d *dataFile, tk *tokenizer, name string) *phraseSet {
	set, seen := newPhraseSet(tk), wordSet{}
	for _, row := range d.lines(name) {
		if !d.phrase(tk, name, row.line, row.fields[0], seen) {
			break
		}
		seen[row.fields[0]] = true
		set.add(row.fields[0], 0, false)
	}
	return set
}

// cast is the actors stage's output: the article's actors and, for each
// unit of the segmented text, the mentions of them. The statements and
// events stages read it and never change it.
type cast struct {
	actors []*actor
	byID   map[string]int
	// units are the segmented units with their mentions, index for index.
	units []annotatedUnit
	// published is the publication day, YYYY-MM-DD, or "".
	published string
}

// actor is an actor of the article.
type actor struct {
	id, name, typ, country string
	dict                   int // index in the dictionary, -1 when discovered
	aliases, aliasKeys     []string
	roles                  []diplograph.Role
	// positions are the titles the actor holds, by the text or, on the
	// publication day, by the dictionary (see holder).
	positions []position
	// nicknames are the names a page says a discovered person goes by
	// ("yang akrab disapa Roy"), by which later mentions name them.
	nicknames []string
	mentions  int
	inTitle   bool
	// firm marks a firm found only before its head's name ("CEO Nexperia
	// X"), of the state its first mention is about.
	firm bool
}

// position is a title an actor holds (its words as titleKey gives them) in
// body or state of (an actor id, or "").
type position struct{ title, of string }

// span is one mention of an article actor: tokens [ts, te) of a unit.
type span struct {
	ts, te int
	actor  int
	// qual marks a mention inside another actor's description ("Rusia" in
	// "Presiden Rusia Vladimir Putin"): it makes the actor part of the story
	// but is never the subject or object of an event.
	qual bool
}

// annotatedUnit is a unit with its actor mentions.
type annotatedUnit struct {
	*unit
	// spans are the actor mentions, ordered by start token; longest is the
	// length of the longest, which bounds how far back a covering one starts.
	spans   []span
	longest int
}

// actorFinder is the actors stage at work on one page: the rules, the
// segmented text, and the cast it builds.
type actorFinder struct {
	*actorRules
	seg *segmented
	*cast
	// datelineState is the state of the place the dateline names, "" for
	// none.
	datelineState string
}

// find finds every actor mention of the title and body (of a page with
// that dateline): dictionary names first, then bodies and people discovered from the patterns news language
// names them with, then the names, surnames and back-references that point
// to those (resolveNames). Only the title and the body are read: nothing
// else on the page can create an actor.
func (r *actorRules) find(seg *segmented, published, dateline string) *cast {
	f := &actorFinder{actorRules: r, seg: seg, cast: &cast{byID: map[string]int{}, published: published}, datelineState: r.placeState(dateline)}
	f.units = make([]annotatedUnit, len(seg.units))
	for i := range seg.units {
		f.units[i].unit = &seg.units[i]
	}
	for ui := range f.units {
		f.matchDictionary(ui)
	}
	// Discovery reads the body only: a headline capitalizes every word, so
	// "Dubes Rusia Protes Perjanjian" would name a person "Protes Perjanjian".
	// Names found in the body are then found in the title by resolveNames.
	for ui := range f.units {
		if !f.units[ui].title {
			f.findBodies(ui)
			f.findBracketed(ui)
		}
	}
	f.findAcronyms()
	for ui := range f.units {
		if !f.units[ui].title {
			f.findTitled(ui)
			f.findListed(ui)
			f.findAppositives(ui)
			f.findSpeakerNames(ui)
			f.findNicknames(ui)
		}
	}
	for _, a := range f.actors {
		a.positions = f.positionsOf(a)
	}
	f.resolveNames()
	f.inferCountries()
	// Mentions count the body, as the contract says; an actor named only in
	// the title is still an actor of the story.
	for _, u := range f.units {
		for _, s := range u.spans {
			if !u.title {
				f.actors[s.actor].mentions++
			}
		}
	}
	for _, u := range f.units {
		for _, s := range u.spans {
			if a := f.actors[s.actor]; u.title && !f.titleCaseWord(&u, s, a) {
				a.inTitle = true
			}
		}
	}
	// A headline word left out of the actors is no mention either, so
	// that no later stage gives it a statement or an event.
	for i := range f.units {
		if u := &f.units[i]; u.title {
			u.spans = slices.DeleteFunc(u.spans, func(s span) bool { return !f.actors[s.actor].kept() })
		}
	}
	return f.cast
}

// kept says whether the actor is one of the article's: named in the body,
// or in the headline as more than a capitalized common word.
func (a *actor) kept() bool { return a.mentions > 0 || a.inTitle }

// titleCaseWord says whether a mention in the headline is one capitalized
// word naming a body or an outlet the body never names: a headline
// capitalizes every word, so such a word is more likely a common one
// ("Negara Bernama Israel") than the name.
func (f *actorFinder) titleCaseWord(u *annotatedUnit, s span, a *actor) bool {
	if a.mentions > 0 || s.te-s.ts != 1 || u.toks[s.ts].caps {
		return false
	}
	return a.typ == diplograph.TypeMedia || a.typ == diplograph.TypeOrganization
}

// inferCountries gives a person discovered with a title that names no
// state ("Wakil Menteri Luar Negeri X", "anggota parlemen X") the state of
// the sentence that introduces them: that of the first actor named before
// them in it that has one, else the state the sentence before is about
// (as a ministry named without its state is). Pages leave out the state
// where the context makes it plain.
func (f *actorFinder) inferCountries() {
	done := map[int]bool{}
	// A firm first, as its head's state is its own (its first mention may
	// be in its head's title).
	for ui := range f.units {
		for _, sp := range f.units[ui].spans {
			if a := f.actors[sp.actor]; a.firm && !done[sp.actor] && !f.units[ui].title {
				done[sp.actor] = true
				a.country = f.stateAbout(ui, sp.ts)
			}
		}
	}
	for ui := range f.units {
		u := &f.units[ui]
		if u.title {
			continue
		}
		for _, sp := range u.spans {
			a := f.actors[sp.actor]
			if done[sp.actor] || sp.qual || a.dict >= 0 || a.country != "" {
				continue
			}
			if a.typ == diplograph.TypeOrganization && f.isGroup(a) {
				done[sp.actor] = true
				f.inferGroupCountry(ui, sp)
				continue
			}
			if a.typ != diplograph.TypePerson {
				continue
			}
			done[sp.actor] = true
			// A post of a body of no state ("Komisioner Perdagangan Uni
			// Eropa X") is that body's, not the sentence's state's.
			if a.country != "" || len(a.roles) == 0 || slices.ContainsFunc(a.roles, func(r diplograph.Role) bool { return r.Of != "" }) {
				if k, ok := f.byID[roleOf(a)]; a.country == "" && ok && f.actors[k].firm {
					a.country = f.actors[k].country // a firm's head, of its state
				}
				continue
			}
			if slices.ContainsFunc(a.roles, func(r diplograph.Role) bool { return f.homeExperts[firstWord(r.Title)] }) {
				// "Pengamat militer Khairul Fahmi": the page's own expert.
				a.country = strings.ToUpper(homeState)
				continue
			}
			// The nearest name before them in their sentence ("delegasi
			// Afghanistan dipimpin oleh Menteri Pertahanan X"), not another
			// person, or the state of another's title, across a verb
			// ("Menteri Perdagangan Malaysia X bertemu Menteri Perdagangan
			// Budi Santoso"; but "sanksi terhadap Presiden Kolombia Gustavo
			// Petro, istrinya, serta Menteri Dalam Negeri X").
			s := f.seg.sentOf(ui, sp.ts)
			before := u.spansIn(f.seg.sents[s].ts, sp.ts)
			if sp.ts > 0 && u.toks[sp.ts-1].low == "kepada" {
				// "Komite Nobel Norwegia menganugerahkan hadiah itu kepada
				// pemimpin oposisi X": whoever gives or speaks to them is
				// another party.
				before = nil
			}
			for n := len(before) - 1; n >= 0; n-- {
				o := before[n]
				if (o.qual || f.actors[o.actor].typ == diplograph.TypePerson) && slices.ContainsFunc(u.toks[o.te:sp.ts], func(t token) bool { return f.lex.verbLike(t.low) }) {
					continue
				}
				if opensQuote(u.text[u.toks[o.ts].start:u.toks[sp.ts].start]) {
					continue // a state named in the words they quote ("... dialog dengan Venezuela," kata juru bicara X)
				}
				if f.actors[o.actor].country != "" && o.actor != sp.actor {
					a.country = f.actors[o.actor].country
					break
				}
			}
			// A sentence that opens with them: the state the sentence
			// before is about, by its first state or body before any state
			// in another's title ("Kementerian Luar Negeri Korea Selatan
			// memanggil Duta Besar Rusia X. Wakil Menteri Y ...": the envoy
			// summoned is of another side).
			if a.country == "" && s > 0 {
				st := f.stateOfFirstBody(f.seg.sents[s-1])
				if st < 0 {
					st = f.firstState(f.seg.sents[s-1]) // ("Ketua Mahkamah Agung Nepal X")
				}
				if st >= 0 {
					a.country = f.actors[st].country
				}
			}
			// "Menteri Agama Nasaruddin Umar": a government post named with
			// no state and no state about is the home state's, or, on a
			// story about another state ("Menteri Dalam Negeri X" on a
			// story about Nepal), that state's.
			if a.country == "" && slices.ContainsFunc(a.roles, func(r diplograph.Role) bool { return f.homePosts[firstWord(r.Title)] }) {
				a.country = cmp.Or(f.storyState(), strings.ToUpper(homeState))
			}
			if a.country == "" && slices.ContainsFunc(a.roles, func(r diplograph.Role) bool { return f.headPosts[firstWord(r.Title)] }) {
				a.country = f.storyState()
			}
		}
	}
}

// storyState is the state a story about another state than the home one is
// about: the state of a dateline abroad ("KATHMANDU -"), else the first
// state its lead names when it names no actor of the home state ("Perdana
// Menteri Nepal X mundur"); "" for a story at home.
func (f *actorFinder) storyState() string {
	home := strings.ToUpper(homeState)
	if f.datelineState != "" && f.datelineState != home {
		return f.datelineState
	}
	for _, r := range f.seg.sents {
		if f.units[r.unit].title {
			continue
		}
		state := ""
		for _, sp := range f.units[r.unit].spansIn(r.ts, r.te) {
			a := f.actors[sp.actor]
			if a.country == home {
				return ""
			}
			if state == "" && a.typ == diplograph.TypeCountry {
				state = a.country
			}
		}
		return state
	}
	return ""
}

// roleOf is the body or state of an actor's first role, or "".
func roleOf(a *actor) string {
	if len(a.roles) == 0 {
		return ""
	}
	return a.roles[0].Of
}

// placeState is the state of the first place a dateline names, a capital
// of the dictionary's ("KATHMANDU, KORANSELATAN.COM -") or a city or region
// of places.tsv, as an ISO code; "" when it names none.
func (r *actorRules) placeState(dateline string) string {
	toks := r.tk.tokens(dateline, nil)
	for i := range toks {
		if p, _ := r.dict.aliases.matchAt(dateline, toks, i); p != nil && r.dict.actors[p.ref].Type == diplograph.TypeCountry {
			return r.dict.actors[p.ref].Country
		}
		if p, _ := r.lex.places.matchAt(dateline, toks, i); p != nil {
			return strings.ToUpper(r.lex.placeStates[p.ref])
		}
	}
	return ""
}

// firstWord is the first word of a title, in lower case; of a post no
// longer held, the post's ("Mantan Menteri Dalam Negeri": "menteri").
func firstWord(title string) string {
	first, rest, _ := strings.Cut(strings.ToLower(title), " ")
	if first == "mantan" {
		first, _, _ = strings.Cut(rest, " ")
	}
	return first
}

// isGroup says whether a found body is a party, a movement or an armed
// group: a group word opens its name ("Partai Demokrat", "Kelompok
// Tehrik-i-Taliban Pakistan").
func (f *actorFinder) isGroup(a *actor) bool {
	first, _, _ := strings.Cut(strings.ToLower(a.name), " ")
	return f.groupWords[first]
}

// inferGroupCountry gives a party or group named without its state the
// state of its leader ("Partai Demokrat yang dipimpin Lee Jae-myung"), else
// of a name before it in its sentence, else of the first name of the
// sentence before: such bodies act at home.
func (f *actorFinder) inferGroupCountry(ui int, sp span) {
	u := &f.units[ui]
	a := f.actors[sp.actor]
	for k := sp.te; k < len(u.toks) && k <= sp.te+4; k++ {
		if o, ok := u.spanAt(k); ok {
			if strings.HasPrefix(u.toks[k-1].low, "dipimpin") || u.toks[k-1].low == "oleh" {
				a.country = f.actors[o.actor].country
			}
			break
		}
	}
	s := f.seg.sentOf(ui, sp.ts)
	for _, o := range u.spansIn(f.seg.sents[s].ts, sp.ts) {
		if c := f.actors[o.actor].country; a.country == "" && c != "" && o.actor != sp.actor {
			a.country = c
		}
	}
	if a.country == "" && s > 0 {
		r := f.seg.sents[s-1]
		for _, o := range f.units[r.unit].spansIn(r.ts, r.te) {
			if c := f.actors[o.actor].country; c != "" {
				a.country = c // "Militer Myanmar menggelar pemilu ... . Partai ... (NLD) menolak ..."
				break
			}
		}
	}
}

// dictActor adds (or finds) the article actor for dictionary entry i.
func (f *actorFinder) dictActor(i int) int {
	e := &f.dict.actors[i]
	if k, ok := f.byID[e.ID]; ok {
		return k
	}
	return f.addActor(&actor{id: e.ID, name: e.Name, typ: e.Type, country: strings.ToUpper(e.Country), dict: i})
}

// foundActor adds (or finds) an actor discovered in the text. A person's
// id leaves out the initials of their name, so that "Robert A. Wood" and
// "Robert Wood" are one person.
func (f *actorFinder) foundActor(id, name, typ, country string) int {
	if typ == diplograph.TypePerson {
		id = f.tk.kebab(withoutInitials(name))
	}
	if i, ok := f.dict.byID[id]; ok {
		return f.dictActor(i)
	}
	if k, ok := f.byID[id]; ok {
		if a := f.actors[k]; a.country == "" && a.dict < 0 {
			a.country = country // a later mention names the state
		}
		return k
	}
	if typ == diplograph.TypePerson && !strings.Contains(name, " ") {
		if k := f.personCalled(name); k >= 0 {
			return k // "Al-Hayya" after "Khalil al-Hayya"
		}
	}
	if typ == diplograph.TypeOrganization {
		if k := f.bodyCalled(name, country); k >= 0 {
			return k
		}
	}
	return f.addActor(&actor{id: id, name: name, typ: typ, country: country, dict: -1})
}

// bodyCalled finds the body of that state named before with another word
// of the same sense at its head ("Organisasi Energi Atom Iran" for "Badan
// Energi Atom Iran"), or -1.
func (f *actorFinder) bodyCalled(name, country string) int {
	key := f.synonymKey(name)
	if key == "" {
		return -1
	}
	for k, a := range f.actors {
		if a.typ == diplograph.TypeOrganization && a.country == country && f.synonymKey(a.name) == key {
			return k
		}
	}
	return -1
}

// synonymKey is a body's name in lower case with its head word, one of
// bodySynonyms, left out; "" for a name with no such head.
func (f *actorFinder) synonymKey(name string) string {
	head, rest, ok := strings.Cut(strings.ToLower(tidySpace(name)), " ")
	if !ok || !f.bodySynonyms[head] {
		return ""
	}
	return rest
}

// withoutInitials drops the one-letter initials from a name ("Robert A.
// Wood" -> "Robert Wood"), unless nothing else is left.
func withoutInitials(name string) string {
	var kept []string
	for _, w := range strings.Fields(name) {
		if r := []rune(strings.TrimSuffix(w, ".")); len(r) == 1 && unicode.IsUpper(r[0]) {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) == 0 {
		return name
	}
	return strings.Join(kept, " ")
}

func (f *actorFinder) addActor(a *actor) int {
	f.actors = append(f.actors, a)
	k := len(f.actors) - 1
	f.byID[a.id] = k
	return k
}

// addAlias records a surface form of an actor, once per normalized form
// (key, "" to compute it).
func (f *actorFinder) addAlias(k int, s, key string) {
	a := f.actors[k]
	for _, al := range a.aliases {
		if al == s {
			return // the common case, cheaply: the same form again
		}
	}
	s = tidySpace(strings.Trim(s, " ,"))
	if key == "" {
		key = f.tk.key(s)
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
func (a *actor) addRole(title, of string) {
	title = tidySpace(strings.Trim(title, " ,"))
	for _, r := range a.roles {
		if strings.EqualFold(r.Title, title) && r.Of == of {
			return
		}
	}
	a.roles = append(a.roles, diplograph.Role{Title: title, Of: of})
}

// mention adds a mention and the surface form it was written as.
func (f *actorFinder) mention(ui int, s span) {
	u := &f.units[ui]
	u.addSpan(s)
	f.addAlias(s.actor, u.surface(s.ts, s.te), keyOfTokens(u.toks[s.ts:s.te]))
}

// positionsOf lists the titles a person holds: every role seen in the
// text, and the dictionary's roles held on the publication day. On a page
// without a date any role the person has held counts: two people who held
// it in turn make a reference to it ambiguous, and then it stays
// unresolved.
func (f *actorFinder) positionsOf(a *actor) []position {
	if a.typ != diplograph.TypePerson {
		return nil
	}
	var out []position
	for _, r := range a.roles {
		out = append(out, position{f.lex.titleKey(f.tk.tokens(r.Title, nil)), r.Of})
	}
	if a.dict >= 0 {
		for k, r := range f.dict.actors[a.dict].Roles {
			current := f.published == "" || (r.From <= f.published && (r.To == "" || r.To >= f.published))
			if r.TitleID != "" && current {
				out = append(out, position{f.dict.titleKeys[a.dict][k], r.Of})
			}
		}
	}
	return out
}

// holder returns the one person of the article who holds a position
// whose title starts with title (in body or state q when q >= 0), or -1
// when none or several do.
func (c *cast) holder(title string, q int) int {
	found := -1
	for k, a := range c.actors {
		if !slices.ContainsFunc(a.positions, func(p position) bool { return c.holds(a, p, title, q) }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = k
	}
	return found
}

// homeHolder returns the one person of Indonesia, whose news the pages
// are, who holds title ("ujar Presiden" beside Presidents Prabowo and
// Putin), or -1.
func (c *cast) homeHolder(title string) int {
	found := -1
	for k, a := range c.actors {
		if a.country != strings.ToUpper(homeState) || !slices.ContainsFunc(a.positions, func(p position) bool { return c.holds(a, p, title, -1) }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = k
	}
	return found
}

// holds says whether position p of actor a is a title starting with the
// words of title, in body q (any when q < 0; a body of q's state when q is
// a state).
func (c *cast) holds(a *actor, p position, title string, q int) bool {
	if !strings.HasPrefix(p.title+" ", title+" ") {
		return false
	}
	return q < 0 || p.of == c.actors[q].id || (c.actors[q].typ == diplograph.TypeCountry && a.country == c.actors[q].country)
}

// firstState returns the first state mentioned in sentence r, or -1.
func (c *cast) firstState(r sentence) int {
	for _, sp := range c.units[r.unit].spansIn(r.ts, r.te) {
		if c.actors[sp.actor].typ == diplograph.TypeCountry {
			return sp.actor
		}
	}
	return -1
}

// list is the article's actors in order of first mention, each with the
// roles seen in the text and the dictionary roles held on the publication
// date.
func (c *cast) list(dict *dictIndex) []diplograph.Actor {
	out := make([]diplograph.Actor, 0, len(c.actors))
	for _, a := range c.actors {
		if !a.kept() {
			continue
		}
		act := diplograph.Actor{ID: a.id, Name: a.name, Aliases: a.aliases, Type: a.typ, Country: diplograph.NullString(a.country), Mentions: a.mentions}
		if act.Aliases == nil {
			act.Aliases = []string{}
		}
		act.Roles = append([]diplograph.Role{}, a.roles...)
		if a.dict >= 0 && c.published != "" {
			for _, r := range dict.actors[a.dict].Roles {
				if r.From > c.published || (r.To != "" && r.To < c.published) {
					continue
				}
				title := r.TitleID
				if title == "" {
					title = r.Title
				}
				act.Roles = mergeRole(act.Roles, diplograph.Role{Title: title, Of: r.Of, From: diplograph.NullString(r.From), To: diplograph.NullString(r.To)})
			}
		}
		out = append(out, act)
	}
	return out
}

// mergeRole adds a dictionary role, giving its dates to a role seen in the
// text with the same title and body instead of repeating it.
func mergeRole(roles []diplograph.Role, r diplograph.Role) []diplograph.Role {
	for i, o := range roles {
		if o.Of == r.Of && strings.EqualFold(o.Title, r.Title) {
			roles[i].From, roles[i].To = r.From, r.To
			return roles
		}
		// A bare title seen in the text ("Presiden Joe Biden") is the
		// dictionary's fuller one.
		if o.Of == "" && strings.HasPrefix(strings.ToLower(r.Title), strings.ToLower(o.Title)) {
			roles[i] = r
			return roles
		}
	}
	return append(roles, r)
}

// ownState says whether one side is a state and the other belongs to it
// ("Rusia" and Putin): not an event between two actors but a misreading.
func (c *cast) ownState(a, b int) bool {
	x, y := c.actors[a], c.actors[b]
	return x.country != "" && x.country == y.country && (x.typ == diplograph.TypeCountry || y.typ == diplograph.TypeCountry)
}

// addSpan records a mention, replacing the mentions it covers, which become
// qualifiers of it. Spans stay ordered by start token; a mention after all
// others, the common case, is appended in constant time.
func (u *annotatedUnit) addSpan(s span) {
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
func (u *annotatedUnit) spanRange(ts, te int) (int, int) {
	k0 := sort.Search(len(u.spans), func(k int) bool { return u.spans[k].ts >= ts })
	k1 := k0 + sort.Search(len(u.spans)-k0, func(k int) bool { return u.spans[k0+k].ts >= te })
	return k0, k1
}

// spansIn returns the spans starting in tokens [ts, te).
func (u *annotatedUnit) spansIn(ts, te int) []span {
	k0, k1 := u.spanRange(ts, te)
	return u.spans[k0:k1]
}

// spanAt returns the top-level (not qualifier) mention starting at token i.
func (u *annotatedUnit) spanAt(i int) (span, bool) {
	for _, s := range u.spansIn(i, i+1) {
		if !s.qual {
			return s, true
		}
	}
	return span{}, false
}

// spanEndingAt returns the top-level mention whose last token is i-1.
func (u *annotatedUnit) spanEndingAt(i int) (span, bool) {
	for _, s := range u.spansIn(i-u.longest, i) {
		if !s.qual && s.te == i {
			return s, true
		}
	}
	return span{}, false
}

// covered says whether token i is inside any mention.
func (u *annotatedUnit) covered(i int) bool {
	for _, s := range u.spansIn(i-u.longest, i+1) {
		if i < s.te {
			return true
		}
	}
	return false
}

// namedAs says whether a surface form of a opens with the word head
// ("kantor" for "Kantor Urusan Taiwan").
func (a *actor) namedAs(head string) bool {
	return slices.ContainsFunc(a.aliases, func(s string) bool { return strings.HasPrefix(strings.ToLower(s), head+" ") })
}

// bodyBefore is what "kantor itu" or "-nya" points back to: the body or
// state named last before token i of unit ui, or in the two units before
// it, outside the words a quote gives ("... hubungan Kazakhstan dan
// Ukraina," kata juru bicaranya: the speaker's, not a state quoted); the
// last one a surface form of which opens with head when there is one
// ("kantor" for "Kantor Urusan Taiwan"). -1 when there is none.
func (c *cast) bodyBefore(ui, i int, head string) int {
	last := -1
	for v := ui; v >= 0 && v >= ui-2; v-- {
		u := &c.units[v]
		end := len(u.toks)
		if v == ui {
			end = i
		}
		for n := len(u.spans) - 1; n >= 0; n-- {
			sp := u.spans[n]
			a := c.actors[sp.actor]
			if sp.te > end || a.typ == diplograph.TypePerson {
				continue
			}
			if opensQuote(u.text[u.toks[sp.ts].start:u.toks[end-1].end]) {
				continue
			}
			if head == "" || a.namedAs(head) {
				return sp.actor
			}
			if last < 0 {
				last = sp.actor
			}
		}
	}
	return last
}
