package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
)

// matchDictionary finds the dictionary's names and aliases in unit ui.
func (f *actorFinder) matchDictionary(ui int) {
	u := &f.units[ui]
	for i := 0; i < len(u.toks); {
		p, end := f.dict.aliases.matchAt(u.text, u.toks, i)
		if p == nil {
			i++
			continue
		}
		// "dolar AS" is money, "bahasa Inggris" a language, "Laut
		// Jepang" a sea and "Kelompok Minsk" a group, not the states
		// ("Angkatan Laut Jepang" is one's navy, "makanan laut Jepang" its
		// seafood).
		if i > 0 && (f.notActorBefore[u.toks[i-1].low] || f.seaWords[u.toks[i-1].low] && u.toks[i-1].upper || f.inNameOf(u, i, end)) && !(i > 1 && f.branchHeads[u.toks[i-2].low]) && f.dict.actors[p.ref].Type == diplograph.TypeCountry {
			i = end
			continue
		}
		// "Dewan Keamanan" is not the UN body when the name goes on:
		// "Dewan Keamanan Nasional ...". A shorter name may start inside
		// it ("Korea Utara" in "Kantor Berita Pusat Korea Utara").
		if end < len(u.toks) && u.toks[end].upper && ((f.notName[u.toks[end].low] && len(p.words) > 1) || f.placeTails[u.toks[end].low]) {
			i++
			continue
		}
		if end < len(u.toks) && u.toks[end].start == u.toks[end-1].end && strings.HasPrefix(u.text[u.toks[end-1].end:], "$") {
			i = end // "US$ 2 juta": a currency, not the state
			continue
		}
		for j := i + 1; j < end; j++ {
			// "Sheikh Tamim bin Hamad Al Thani": a longer form of the same
			// name starting inside this one is the mention.
			if q, e := f.dict.aliases.matchAt(u.text, u.toks, j); q != nil && q.ref == p.ref && e > end {
				end = e
				break
			}
		}
		if f.dict.actors[p.ref].Type == diplograph.TypeOrganization && startsUpper(p.surf[0]) && f.qualifiesNoun(u, i, end) {
			i++ // the state after the adjective is named all the same
			continue
		}
		if f.dict.actors[p.ref].Type == diplograph.TypeOrganization &&
			(end-i >= 2 && !slices.ContainsFunc(u.toks[i:end], func(t token) bool { return t.upper }) || f.inRank(u, i, end)) {
			// "badan intelijen negara itu": words in lower case name no
			// body, nor do a rank's ("Laksamana TNI Muhammad Ali").
			i = end
			continue
		}
		if end == i+1 && f.dict.actors[p.ref].Type == diplograph.TypeOrganization && f.acronymInName(ui, i) {
			i = end
			continue
		}
		if f.lastOfLongerName(u, i, end, p.ref) || f.givenNameOfAnother(ui, i, end, p.ref) {
			i = end // "Listyo Sigit Prabowo" is no Prabowo Subianto
			continue
		}
		if f.dict.actors[p.ref].Type == diplograph.TypePerson && f.namesPlace(u, i) {
			i = end
			continue
		}
		f.mention(ui, span{ts: i, te: end, actor: f.dictActor(p.ref)})
		i = end
	}
}

// acronymInName says whether a body's acronym at token i of unit ui is a
// word of a longer name, plain name words standing right on both sides of
// it ("Nurimaru APEC House", a venue), not the body of a title a few words
// before it ("Sekjen PBB Antonio Guterres", "Ketua Komisi I DPR Utut
// Adianto") nor an item of a list.
func (f *actorFinder) acronymInName(ui, i int) bool {
	u := &f.units[ui]
	if u.title || i == 0 || i+1 >= len(u.toks) || !u.toks[i].caps {
		return false
	}
	for k := max(i-maxTitleWords, 0); k < i; k++ {
		if p, _ := f.lex.titles.matchAt(u.text, u.toks, k); p != nil {
			return false
		}
	}
	return f.seg.sents[f.seg.sentOf(ui, i-1)].ts != i-1 && f.plainNameWord(u, i-1) && f.plainNameWord(u, i+1)
}

// maxTitleWords bounds the words between a title and the body it is of.
const maxTitleWords = 4

// plainNameWord says whether token k is a capitalized word that only a
// name explains: no acronym, function word, office's word, title, or
// name the dictionary knows.
func (f *actorFinder) plainNameWord(u *annotatedUnit, k int) bool {
	t := u.toks[k]
	if !t.word || !t.upper || t.caps || f.lex.stop[t.low] || f.notName[t.low] {
		return false
	}
	if p, _ := f.lex.titles.matchAt(u.text, u.toks, k); p != nil {
		return false
	}
	p, _ := f.dict.aliases.matchAt(u.text, u.toks, k)
	return p == nil
}

// qualifiesNoun says whether a body's name of several words at tokens [i,
// end), capitalized in the dictionary, is written here opening with an
// adjective in lower case that says what the noun before it is
// ("serangan militer Israel", "operasi militer Israel": Israel's military
// strike, not the IDF's): not after a preposition, a verb or a function
// word ("menurut militer Israel"). A form the dictionary writes in lower
// case ("militer Myanmar") describes the body wherever it stands.
func (f *actorFinder) qualifiesNoun(u *annotatedUnit, i, end int) bool {
	if end-i < 2 || i == 0 || u.toks[i].upper || !f.adjectiveHeads[u.toks[i].low] {
		return false
	}
	prev := u.toks[i-1]
	return prev.word && !prev.upper && !f.lex.preps[prev.low] && !f.lex.verbLike(prev.low) && !f.lex.stop[prev.low]
}

// startsUpper says whether a word starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// inNameOf says whether the state named at tokens [i, end) is part of the
// name of a treaty, a process or a group named after it or its capital: a
// name head, capitalized in the body, stands right before it ("Konvensi
// Ottawa", "Kelompok Minsk"), and no other state is joined to it
// ("Kesepakatan Washington dan Tokyo", "Perjanjian Seoul-Tokyo": a pact of
// the states named).
func (f *actorFinder) inNameOf(u *annotatedUnit, i, end int) bool {
	if u.title || i == 0 || !u.toks[i-1].upper || !f.nameHeads[u.toks[i-1].low] {
		return false
	}
	next := end
	if next < len(u.toks) && (u.toks[next].low == "dan" || u.toks[next].low == "serta") {
		next++
	} else if next >= len(u.toks) || !u.toks[next].joined {
		return true
	}
	return next >= len(u.toks) || !f.stateAt(u, next)
}

// stateAt says whether a state's name or capital starts at token k.
func (f *actorFinder) stateAt(u *annotatedUnit, k int) bool {
	p, _ := f.dict.aliases.matchAt(u.text, u.toks, k)
	return p != nil && f.dict.actors[p.ref].Type == diplograph.TypeCountry
}

// namesPlace says whether the person's name at token i is part of the name
// of a place, a building or a street named after them: a place head ends
// right before it ("Lapangan Kim Il Sung", "Bandara Soekarno-Hatta") or
// before the title right before it ("Istana Presiden Nicolau Lobato").
func (f *actorFinder) namesPlace(u *annotatedUnit, i int) bool {
	if f.placeHeadEndsAt(u, i) {
		return true
	}
	k := f.lex.titleEnding(u, i-4, i, i, f.lex.personKind)
	return k > 0 && f.placeHeadEndsAt(u, k)
}

// maxPlaceHeadWords bounds the words of a place head ("Bandar Udara").
const maxPlaceHeadWords = 2

// placeHeadEndsAt says whether a place head, capitalized, ends right
// before token i, or before the dot of its abbreviation ("Jl."); not one
// inside a rank that ends there ("Marsekal Lapangan Asim Munir").
func (f *actorFinder) placeHeadEndsAt(u *annotatedUnit, i int) bool {
	end := i
	if end > 1 && u.toks[end-1].low == "." && u.toks[end-1].start == u.toks[end-2].end {
		end--
	}
	for h := max(end-maxPlaceHeadWords, 0); h < end; h++ {
		if p, e := f.placeHeads.matchAt(u.text, u.toks, h); p != nil && e == end &&
			!slices.ContainsFunc(u.toks[h:end], func(t token) bool { return !t.upper }) {
			return !f.inRank(u, h, end)
		}
	}
	return false
}

// inRank says whether tokens [i, end) end a title that starts at most two
// words before them ("Laksamana TNI", "Marsekal Madya TNI").
func (f *actorFinder) inRank(u *annotatedUnit, i, end int) bool {
	return f.lex.titleEnding(u, i-2, i, end, nil) >= 0
}

// lastOfLongerName says whether a person's or a body's one-word form at
// tokens [i, end) ends a person's name: two capitalized words that are no
// title, office or known name stand right before it ("Kapolri Listyo Sigit
// Prabowo", "Menlu Kongo Therese Kayikwamba Wagner").
func (f *actorFinder) lastOfLongerName(u *annotatedUnit, i, end, ref int) bool {
	if typ := f.dict.actors[ref].Type; end-i != 1 || i < 2 || typ != diplograph.TypePerson && typ != diplograph.TypeOrganization {
		return false
	}
	if f.dict.actors[ref].Type == diplograph.TypeOrganization && (u.title || u.toks[i].caps) {
		// A headline capitalizes every word ("Rusia Veto Rencana PBB"),
		// and no one's surname is an acronym.
		return false
	}
	for n, k := range []int{i - 1, i - 2} {
		t := u.toks[k]
		if n == 1 && f.dict.actors[ref].Type == diplograph.TypePerson && f.titleEndsAt(u, k+1) {
			// "Ibu Negara Melania Trump": a title, then a given name of
			// one word before the surname of another.
			return true
		}
		if !t.word || !t.upper || t.caps || u.covered(k) || f.lex.stop[t.low] || f.notName[t.low] {
			return false
		}
		if p, _ := f.lex.titles.matchAt(u.text, u.toks, k); p != nil {
			return false
		}
		if p, _ := f.dict.aliases.matchAt(u.text, u.toks, k); p != nil {
			return false
		}
	}
	return true
}

// givenNameOfAnother says whether a person's one-word form at tokens [i,
// end) is the surname of someone else, a given name the person's names do
// not hold standing right before it ("Yevgeny Belousov" is no Andrei
// Belousov). A word opening the sentence may be no name at all, so it
// keeps the person.
func (f *actorFinder) givenNameOfAnother(ui, i, end, ref int) bool {
	u := &f.units[ui]
	a := f.dict.actors[ref]
	if end-i != 1 || i == 0 || a.Type != diplograph.TypePerson || u.title || u.covered(i-1) ||
		f.seg.sents[f.seg.sentOf(ui, i-1)].ts == i-1 || !f.plainNameWord(u, i-1) {
		return false
	}
	given := u.toks[i-1].low
	for _, name := range append([]string{a.Name}, a.Aliases...) {
		for _, w := range strings.Fields(f.tk.key(name)) {
			if withinOneEdit(w, given) {
				return false
			}
		}
	}
	return true
}

// titleEndsAt says whether a title of a person ends right before token i.
func (f *actorFinder) titleEndsAt(u *annotatedUnit, i int) bool {
	return f.lex.titleEnding(u, i-4, i, i, f.lex.personKind) >= 0
}

// place records a discovered mention over tokens [ts, te) whose own name
// starts at nameFrom: mentions inside the name are dropped ("Kim" inside
// "Kim Joon-hyung"), mentions before it become its qualifiers ("Rusia" in
// "Presiden Rusia Vladimir Putin").
func (f *actorFinder) place(ui int, s span, nameFrom int) {
	u := &f.units[ui]
	k0, k1 := u.spanRange(nameFrom, s.te)
	inside := u.spans[k0:k1]
	if slices.ContainsFunc(inside, func(o span) bool { return o.te <= s.te && o.actor != s.actor }) {
		kept := make([]span, 0, len(inside))
		for _, o := range inside {
			if o.te > s.te || o.actor == s.actor {
				kept = append(kept, o)
			}
		}
		u.spans = slices.Concat(u.spans[:k0:k0], kept, u.spans[k1:])
	}
	f.mention(ui, s)
}

// nameRun returns the end of the run of capitalized name words starting at
// token i (hyphenated parts included) and its number of words, at most max.
func (f *actorFinder) nameRun(u *annotatedUnit, i, max int) (end, words int) {
	return f.run(u, i, max, false)
}

// bodyRun is nameRun for the name of a body, which office words may be in
// ("Institut Studi Pertahanan Asia").
func (f *actorFinder) bodyRun(u *annotatedUnit, i, max int) (end, words int) {
	return f.run(u, i, max, true)
}

func (f *actorFinder) run(u *annotatedUnit, i, max int, body bool) (end, words int) {
	end = i
	for j := i; j < len(u.toks); j++ {
		t := u.toks[j]
		// "Robert A. Wood": an initial and its dot inside a name.
		if j > i && t.low == "." && isInitial(u.toks[j-1]) && j+1 < len(u.toks) && u.toks[j+1].upper && u.toks[j+1].start == t.end+1 {
			continue
		}
		if !t.word {
			break
		}
		if t.joined && j > i {
			if f.nameParticles[u.toks[j-1].low] {
				words++ // "al-Hayya": a particle joined to a name word
			}
			end = j + 1
			continue
		}
		// "Mohammed bin Salman", "Ursula von der Leyen": particles inside a
		// name, never at its ends.
		if f.nameParticles[t.low] && j > i && !body && j+1 < len(u.toks) && (u.toks[j+1].upper || f.nameParticles[u.toks[j+1].low]) {
			continue
		}
		if j == i && !body && t.caps && t.end-t.start <= 2 && !u.covered(j) && j+1 < len(u.toks) && u.toks[j+1].upper && !u.toks[j+1].caps && u.toks[j+1].word {
			// "AM Putranto": a name's initials written together.
			words++
			end = j + 1
			continue
		}
		if !t.upper || t.caps || f.lex.stop[t.low] && !f.givenNameAt(u, j, body) || (!body && f.notName[t.low]) || words == max {
			break
		}
		if p, _ := f.lex.titles.matchAt(u.text, u.toks, j); p != nil && (words == 0 || body || !f.lex.titleName[p.ref]) {
			break
		}
		if sp, ok := u.spanAt(j); ok && (body || f.actors[sp.actor].typ != diplograph.TypePerson) {
			break // "Partai Demokrat Lee Jae-myung": a known person ends a body's name
		}
		words++
		end = j + 1
	}
	return end, words
}

// stateBodyBefore is the last body of a state named before token i, in
// this unit or the one before, or -1.
func (f *actorFinder) stateBodyBefore(ui, i int) int {
	for v := ui; v >= 0 && v >= ui-1; v-- {
		u := &f.units[v]
		for n := len(u.spans) - 1; n >= 0; n-- {
			sp := u.spans[n]
			if a := f.actors[sp.actor]; (v < ui || sp.te <= i) && !sp.qual && a.typ == diplograph.TypeOrganization && a.country != "" {
				return sp.actor
			}
		}
	}
	return -1
}

// governmentBefore is the last state named as a government before token i
// ("Pemerintah Yordania"), in this unit or the one before, or -1.
func (f *actorFinder) governmentBefore(ui, i int) int {
	for v := ui; v >= 0 && v >= ui-1; v-- {
		u := &f.units[v]
		for n := len(u.spans) - 1; n >= 0; n-- {
			sp := u.spans[n]
			if (v < ui || sp.te <= i) && f.actors[sp.actor].typ == diplograph.TypeCountry && sp.ts > 0 && f.governmentWords[u.toks[sp.ts-1].low] {
				return sp.actor
			}
		}
	}
	return -1
}

// stateAfterDari is the state named right after "dari" at token i (a
// person "dari Amerika Serikat"), or "".
func (f *actorFinder) stateAfterDari(u *annotatedUnit, i int) string {
	if i+1 >= len(u.toks) || u.toks[i].low != "dari" {
		return ""
	}
	if sp, ok := u.spanAt(i + 1); ok && f.actors[sp.actor].typ == diplograph.TypeCountry {
		return f.actors[sp.actor].country
	}
	return ""
}

// givenNameAt says whether the stop word at token j of a person's name
// run is a given name ("Gubernur Oleh Syniehubov", "Gubernur Kharkiv Oleh
// Syniehubov"): capitalized after a word in a story's sentence (a title
// case headline capitalizes every word) and before a name word.
func (f *actorFinder) givenNameAt(u *annotatedUnit, j int, body bool) bool {
	return !body && !u.title && j > 0 && j+1 < len(u.toks) && f.givenNames[u.toks[j].low] && u.toks[j-1].word &&
		u.toks[j+1].word && u.toks[j+1].upper && !u.toks[j+1].caps && !f.lex.stop[u.toks[j+1].low]
}

// findAcronyms finds again, wherever they stand, the acronyms a page
// gives in brackets after a body's or outlet's name ("Kementerian
// Pertahanan Indonesia (Kemhan)"), so that a title before one ("juru
// bicara Kemhan, X") sees the body. An acronym the page gives a name of
// its own ("Konsorsium Pipa Kaspia (CPC)") is that name's on the page, not
// the dictionary's actor of the same letters (the Communist Party of
// China): its mentions are the name's.
func (f *actorFinder) findAcronyms() {
	acronyms := newPhraseSet(f.tk)
	displaced := map[int]bool{} // dictionary entries whose acronym the page gives another name
	for ui := range f.units {
		u := &f.units[ui]
		for _, sp := range u.spans {
			if a := f.actors[sp.actor]; sp.qual || a.typ == diplograph.TypePerson || a.typ == diplograph.TypeCountry {
				continue
			}
			e := sp.te
			inside := e-sp.ts > 3 && u.toks[e-3].low == "(" && u.toks[e-1].low == ")"
			if inside {
				e -= 3 // "Angkatan Bersenjata Filipina (AFP)", found with its acronym
			} else if e+2 >= len(u.toks) || u.toks[e].low != "(" || u.toks[e+2].low != ")" {
				continue
			}
			if !u.toks[e+1].upper {
				continue
			}
			if d := f.dictAcronym(u, e+1); d >= 0 && d != f.actors[sp.actor].dict && f.redefines(u, sp.ts, e, d) {
				displaced[d] = true
			} else if inside || u.covered(e+1) {
				continue
			}
			acr := u.surface(e+1, e+2)
			f.addAlias(sp.actor, acr, "")
			acronyms.add(acr, sp.actor, true)
		}
	}
	if len(acronyms.byFirst) == 0 {
		return
	}
	for ui := range f.units {
		u := &f.units[ui]
		for i := 0; i < len(u.toks); i++ {
			if !u.toks[i].upper {
				continue
			}
			p, end := acronyms.matchAt(u.text, u.toks, i)
			if p == nil {
				continue
			}
			if sp, ok := u.spanAt(i); ok && sp.te == end && displaced[f.actors[sp.actor].dict] {
				k0, k1 := u.spanRange(i, end)
				for k := k0; k < k1; k++ {
					if u.spans[k] == sp {
						u.spans[k].actor = p.ref
					}
				}
			} else if !u.covered(i) {
				f.mention(ui, span{ts: i, te: end, actor: p.ref})
			}
			i = end - 1
		}
	}
}

// dictAcronym is the entry of the dictionary the one word at token i
// names by itself ("CPC"), or -1.
func (f *actorFinder) dictAcronym(u *annotatedUnit, i int) int {
	if p, end := f.dict.aliases.matchAt(u.text, u.toks, i); p != nil && end == i+1 {
		return p.ref
	}
	return -1
}

// redefines says whether the name at tokens [from, to), before an acronym
// in brackets that names entry d of the dictionary, gives the acronym
// another meaning: no form of d is in the name or starts with its last
// words ("Kantor Berita Pusat Korea Utara (KCNA)", "Kepala Staf Gabungan
// (JCS)" are d's), the name and the acronym are no one name ("Dewan
// Keamanan (PBB)" is the body of the acronym's), and d belongs to no state
// the page names (the page on Russia's "Direktorat Intelijen Utama (GRU)"
// translates the name of its service).
func (f *actorFinder) redefines(u *annotatedUnit, from, to, d int) bool {
	whole := u.surface(from, to) + " " + u.surface(to+1, to+2)
	toks := f.tk.tokens(whole, nil)
	for s := range len(toks) - 1 {
		if p, end := f.dict.aliases.matchAt(whole, toks, s); p != nil && end == len(toks) {
			return false
		}
	}
	e := &f.dict.actors[d]
	name := strings.Fields(keyOfTokens(u.toks[from:to]))
	for _, form := range append([]string{e.Name}, e.Aliases...) {
		words := strings.Fields(f.tk.key(form))
		for s := range name {
			if n := min(len(name)-s, len(words)); n >= 2 && slices.Equal(name[s:s+n], words[:n]) {
				return false
			}
		}
	}
	return e.Country == "" || !f.namesState(e.Country)
}

// namesState says whether the page names the state of country (an ISO
// code) anywhere.
func (f *actorFinder) namesState(country string) bool {
	for _, u := range f.units {
		for _, sp := range u.spans {
			if a := f.actors[sp.actor]; a.typ == diplograph.TypeCountry && strings.EqualFold(a.country, country) {
				return true
			}
		}
	}
	return false
}

// isInitial says whether a token is one capital letter (a name's initial).
func isInitial(t token) bool {
	return t.word && t.upper && t.end-t.start == 1
}

// findBodies discovers ministries ("Kementerian Luar Negeri Korea Utara"),
// embassies ("Kedutaan Besar Korea Utara di Moskow") and academic bodies
// ("Akademi ... (KNDA)", "... University").
func (f *actorFinder) findBodies(ui int) {
	u := &f.units[ui]
	for i := 0; i < len(u.toks); i++ {
		t := u.toks[i]
		if !t.word || u.covered(i) {
			continue
		}
		if f.firmNouns[t.low] {
			// describedFirm places what it finds: it runs once.
			if end, found := f.firmAfterNoun(ui, i); found {
				i = max(i, end-1)
				continue
			}
		}
		switch {
		case f.isMinistryHead(t.low):
			if end := f.ministry(ui, i); end > i {
				i = end - 1
			}
		case t.caps && f.homeMissions[t.low] != "":
			if end := f.homeMission(ui, i); end > i {
				i = end - 1
			}
		case f.embassyAt(u, i) > i:
			if end := f.embassy(ui, i); end > i {
				i = end - 1
			}
		case t.upper && (f.stateBodyHeads[t.low] || f.loneBodyHeads[t.low]) || f.listedBodyOfState(u, i):
			if end := f.stateBody(ui, i); end > i {
				i = end - 1
			}
		case t.upper && (f.orgHeads[t.low] || f.firmHeads[t.low]):
			end, words := f.bodyRun(u, i+1, 6)
			if words == 0 {
				continue
			}
			if sp, ok := u.spanAt(end); ok && f.actors[sp.actor].typ == diplograph.TypeCountry && (f.firmHeads[t.low] || acronymAt(u, sp.te)) {
				// "PT Dirgantara Indonesia", "Asosiasi Industri Otomotif
				// Jerman (VDA)": the state ends the name
				end = sp.te
			}
			f.academic(ui, i, end)
			i = end - 1
		case !t.upper && f.citeVerbs[t.low]:
			if end := f.citedMedia(ui, i+1); end > i {
				i = end - 1
			}
		case !t.upper && f.interviewNouns[t.low] && f.oneNameAfterDengan(u, i+1):
			// "dalam wawancara dengan Breitbart": one name alone, no
			// title, is the outlet that interviews; a person interviewed
			// has a title or a full name.
			i = f.citedMedia(ui, i+2) - 1
		case t.upper && (f.orgTails[t.low] || f.firmTails[t.low]) && i > 0:
			start := i
			for start > 0 && u.toks[start-1].word && u.toks[start-1].upper && !u.toks[start-1].caps &&
				!f.lex.stop[u.toks[start-1].low] && !u.covered(start-1) && i-start < 4 {
				start--
			}
			// "Direktur Eksekutif Indonesian Strategic Institute": a
			// title before the name is no part of it.
			for k := start; k < i; k++ {
				if p, e := f.lex.titles.matchAt(u.text, u.toks, k); p != nil && e <= i {
					start = e
				}
			}
			end := i + 1
			for end < len(u.toks) && u.toks[end].upper && (f.orgTails[u.toks[end].low] || f.firmTails[u.toks[end].low]) {
				end++ // "Korea Aerospace Industries"
			}
			if start < i {
				f.academic(ui, start, end)
				i = end - 1
			}
		}
	}
}

// listedBodyOfState says whether the words at token i are a listed body's
// right before a state, capitalized or, for a body marked so, in lower case
// ("bank sentral Argentina": the state's own institution, not a kind of
// body, where "angkatan laut Rusia" may be a kind of force).
func (f *actorFinder) listedBodyOfState(u *annotatedUnit, i int) bool {
	p, e := f.stateBodies.matchAt(u.text, u.toks, i)
	if p == nil || !u.toks[i].upper && !f.stateBodyLower[p.ref] {
		return false
	}
	sp, ok := u.spanAt(e)
	return ok && f.actors[sp.actor].typ == diplograph.TypeCountry
}

// acronymAt says whether an acronym in brackets stands at token i.
func acronymAt(u *annotatedUnit, i int) bool {
	return i+2 < len(u.toks) && u.toks[i].low == "(" && u.toks[i+1].caps && u.toks[i+2].low == ")"
}

// maxFirmDescriptionWords bounds the lower-case words describing a firm
// between the noun and its state ("perusahaan minyak dan gas milik negara
// Myanmar").
const maxFirmDescriptionWords = 6

// describedFirm discovers a firm named after a firm noun, a description
// in lower case and its state ("perusahaan pelayaran China, COSCO
// Shipping", "perusahaan minyak milik negara Myanmar, MOGE,", "Perusahaan
// Taiwan Gold Apollo"): the name, set off by commas or following the state
// right away, is the firm's and the state its own. It returns the end of
// the name, or i.
// firmAfterNoun discovers the firm the firm noun at token i names: after
// a description and a state ("perusahaan pelayaran China, COSCO
// Shipping"), else right after it or what it makes ("Perusahaan Lockheed
// Martin", "produsen cip Nexperia"). It returns where the firm's name ends
// (i when a name follows but holds no word of a body) and whether a name
// follows at all.
func (f *actorFinder) firmAfterNoun(ui, i int) (end int, found bool) {
	if end := f.describedFirm(ui, i); end > i {
		return end, true
	}
	u := &f.units[ui]
	from := f.firmNameAfter(u, i)
	if from <= i {
		return i, false
	}
	if end, words := f.bodyRun(u, from, 4); words > 0 {
		f.academic(ui, from, end)
		return end, true
	}
	return i, true
}

// maxFirmTradeWords bounds the lower-case words of what a firm makes
// between its noun and its name ("produsen cip Nexperia").
const maxFirmTradeWords = 2

// firmNameAfter is where the name after the firm noun at token i starts:
// right after it, or after up to maxFirmTradeWords lower-case words that
// are no verb and say no origin ("perusahaan asal Missouri"); i when no
// name not yet found follows, or the word after is a region's ("produsen
// mobil Eropa").
func (f *actorFinder) firmNameAfter(u *annotatedUnit, i int) int {
	j := i + 1
	for j < len(u.toks) && j-i <= maxFirmTradeWords && u.toks[j].word && !u.toks[j].upper && !f.lex.verbLike(u.toks[j].low) && !f.lex.stop[u.toks[j].low] && !f.originWords[u.toks[j].low] {
		j++
	}
	if j >= len(u.toks) || !u.toks[j].upper || u.covered(j) || j > i+1 && f.notName[u.toks[j].low] {
		return i
	}
	return j
}

func (f *actorFinder) describedFirm(ui, i int) int {
	u := &f.units[ui]
	j := i + 1
	for j < len(u.toks) && j-i <= maxFirmDescriptionWords && u.toks[j].word && !u.toks[j].upper && !f.lex.verbLike(u.toks[j].low) {
		j++
	}
	sp, ok := u.spanAt(j)
	if !ok || f.actors[sp.actor].typ != diplograph.TypeCountry || sp.te+1 >= len(u.toks) {
		return i
	}
	from, comma := sp.te, u.toks[sp.te].low == ","
	if comma {
		from++
	}
	if u.covered(from) || !u.toks[from].upper {
		return i
	}
	end, words := f.bodyRun(u, from, 4)
	if t := u.toks[from]; t.caps {
		// "COSCO Shipping", "MOGE": an acronym opens the name
		end, words = f.bodyRun(u, from+1, 3)
		words++
	}
	if words == 0 || comma && (end >= len(u.toks) || u.toks[end].word) {
		return i
	}
	name := tidySpace(u.surface(from, end))
	k := f.foundActor(f.tk.kebab(name), name, diplograph.TypeOrganization, f.actors[sp.actor].country)
	f.addAlias(k, name, "")
	f.place(ui, span{ts: from, te: end, actor: k}, from)
	return end
}

// maxBracketedNameWords bounds the words of a body named before its
// acronym in brackets.
const maxBracketedNameWords = 8

// findBracketed discovers a body named before its acronym in brackets
// ("Partai Liga Nasional untuk Demokrasi (NLD)", "Kelompok Tehrik-i-Taliban
// Pakistan (TTP)", "Center of Economic and Law Studies (Celios)"):
// capitalized words, with short function words between them, after any
// title ("Ekonom ..."), naming no person, among which a word of bodies
// stands. Names it holds are parts of its name ("Taliban"), its state its
// country.
func (f *actorFinder) findBracketed(ui int) {
	u := &f.units[ui]
	for i := 1; i+2 < len(u.toks); i++ {
		if u.toks[i].low != "(" || u.toks[i+2].low != ")" || !u.toks[i+1].word || !u.toks[i+1].upper {
			continue
		}
		known := -1 // the dictionary entry the acronym alone is a mention of
		if sp, ok := u.spanAt(i + 1); ok && sp.te == i+2 {
			known = f.actors[sp.actor].dict
		}
		if known < 0 && u.covered(i+1) {
			continue
		}
		start, words := i, 0
		for start > 0 && words < maxBracketedNameWords {
			t := u.toks[start-1]
			switch {
			case t.word && (t.upper || t.joined || start < len(u.toks) && u.toks[start].joined):
				words++
			case t.word && len(t.low) <= 5 && start-2 >= 0 && u.toks[start-2].upper && words > 0:
				// "untuk", "of", "and" between the name's words
			default:
				words = -words - 1 // stop
			}
			if words < 0 {
				words = -words - 1
				break
			}
			start--
		}
		for k := start; k < i; k++ {
			if p, e := f.lex.titles.matchAt(u.text, u.toks, k); p != nil && e < i {
				start = e // "Ekonom Center of ...": the title is no part of it
			}
		}
		for start < i && !u.toks[start].upper {
			start++
		}
		// An acronym of the dictionary's that the page gives another name
		// ("Konsorsium Pipa Kaspia (CPC)") names a body all the same.
		if sp, ok := u.spanAt(start); ok && sp.te == i || i-start < 2 || known >= 0 && !f.redefines(u, start, i, known) || known < 0 && !f.bracketedBody(u, start, i) {
			continue
		}
		if p, _ := f.lex.titles.matchAt(u.text, u.toks, i+1); p != nil {
			continue // "Perdana Menteri (PM)": a title's abbreviation
		}
		if slices.ContainsFunc(u.spansIn(start, i), func(sp span) bool { return f.actors[sp.actor].typ == diplograph.TypePerson }) {
			continue // "Presiden RI Joko Widodo dan Perdana Menteri (PM) Malaysia"
		}
		if start > 0 && f.venuePreps[u.toks[start-1].low] {
			continue // "di Jakarta Convention Center (JCC)": a venue
		}
		f.body(ui, start, i, start)
	}
}

// bracketedBody says whether the words [from, to) before an acronym in
// brackets name a body: a word of bodies stands among them ("Partai",
// "Kelompok", "Studies"), not only words of a meeting or an office
// ("Konferensi Tingkat Tinggi (KTT)", "Menteri Luar Negeri (Menlu)").
func (f *actorFinder) bracketedBody(u *annotatedUnit, from, to int) bool {
	return slices.ContainsFunc(u.toks[from:to], func(t token) bool {
		return t.upper && (f.orgHeads[t.low] || f.orgTails[t.low] || f.stateBodyHeads[t.low] || f.groupWords[t.low])
	})
}

// citedMedia discovers the media outlet a story cites as its source, named
// after a verb of citing at token j-1 ("seperti dilansir RT", "dikutip
// dari Dawn"): a name of up to four capitalized words or an acronym, not a
// date ("dikutip Jumat"). It returns the end of the mention, or j.
func (f *actorFinder) citedMedia(ui, j int) int {
	u := &f.units[ui]
	if j < len(u.toks) && (u.toks[j].low == "dari" || u.toks[j].low == "oleh") {
		j++
	}
	if j >= len(u.toks) || u.covered(j) || !u.toks[j].upper {
		return j
	}
	end := j
	for end < len(u.toks) && end-j < 4 {
		t := u.toks[end]
		if !t.word || !t.upper || u.covered(end) || f.lex.stop[t.low] || f.isCalendarWord(t.low) {
			break
		}
		if p, _ := f.lex.titles.matchAt(u.text, u.toks, end); p != nil {
			break
		}
		end++
	}
	if end == j {
		return j
	}
	name := tidySpace(u.surface(j, end))
	k := -1
	if d, ok := f.dict.mediaAcronym(name); ok && end == j+1 {
		k = f.dictActor(d) // "dilansir RT": the outlet of "RT News"
	} else {
		k = f.foundActor(f.tk.kebab(name), name, diplograph.TypeMedia, "")
	}
	f.place(ui, span{ts: j, te: end, actor: k}, j)
	return end
}

// oneNameAfterDengan says whether "dengan" at token j is followed by one
// capitalized word no one is known by, and no other name word.
func (f *actorFinder) oneNameAfterDengan(u *annotatedUnit, j int) bool {
	if j+1 >= len(u.toks) || u.toks[j].low != "dengan" {
		return false
	}
	n := u.toks[j+1]
	if !n.word || !n.upper || u.covered(j+1) || f.lex.stop[n.low] {
		return false
	}
	return j+2 >= len(u.toks) || !u.toks[j+2].word || !u.toks[j+2].upper
}

// isCalendarWord says whether a word names a month or a day.
func (f *actorFinder) isCalendarWord(w string) bool {
	_, month := f.lex.months[w]
	_, day := f.lex.weekdays[w]
	return month || day
}

// isMinistryHead says whether a word starts a ministry's name.
func (f *actorFinder) isMinistryHead(w string) bool {
	_, ok := f.ministryHeads[w]
	return ok
}

// embassyAt returns the end of the words that start an embassy's name at
// token i ("Kedutaan Besar"), or i when none do.
func (f *actorFinder) embassyAt(u *annotatedUnit, i int) int {
	if p, end := f.embassyHeads.matchAt(u.text, u.toks, i); p != nil {
		return end
	}
	return i
}

// ministry handles "Kementerian <field> [state]" at token i and returns the
// end of the mention, or i when there is none.
func (f *actorFinder) ministry(ui, i int) int {
	u := &f.units[ui]
	var kind bodyKind
	j := i + 1
	if h := f.ministryHeads[u.toks[i].low]; h >= 0 {
		kind = f.ministryKinds[h]
	} else {
		p, end := f.ministries.matchAt(u.text, u.toks, min(i+1, len(u.toks)-1))
		if p == nil || i+1 >= len(u.toks) {
			return i
		}
		kind, j = f.ministryKinds[p.ref], end
	}
	j = f.moreFields(u, j)
	state := -1
	shortHome := false
	if j+2 < len(u.toks) && u.toks[j].low == "(" && u.toks[j+2].low == ")" {
		// "Kementerian Luar Negeri (Kemlu) RI": the short name in
		// brackets, Indonesian or the ministry's own acronym, then
		// perhaps the state.
		k, short := f.ministryHeads[u.toks[j+1].low]
		shortHome = short && k >= 0
		if sp, ok := u.spanAt(j + 3); ok && f.actors[sp.actor].typ == diplograph.TypeCountry {
			j = j + 3
		}
	}
	if sp, ok := u.spanAt(j); ok && f.actors[sp.actor].typ == diplograph.TypeCountry {
		state, j = sp.actor, sp.te
	} else if pl, e := f.lex.places.matchAt(u.text, u.toks, j); pl != nil && !ok && j > i+1 {
		// "Kementerian Kesehatan Gaza": the ministry of the place's state.
		if k := f.stateActor(f.lex.placeStates[pl.ref]); k >= 0 {
			state, j = k, e
		}
	}
	if state < 0 && shortHome {
		state = f.stateActor(homeState)
	}
	if home, ok := f.dict.byID[homeState]; ok && state < 0 && f.ministryHeads[u.toks[i].low] >= 0 && f.stateOfHolder(u, j) < 0 {
		// "Kemlu", "Kemhan": Indonesian short names, Indonesia's ministries
		// when no state follows ("Juru Bicara Kemlu Yvonne Mewengkang" on a
		// page about Israel).
		if k, ok := f.byID[homeState+"-"+kind.slug]; ok {
			f.mention(ui, span{ts: i, te: j, actor: k})
			return j
		}
		e := f.dict.actors[home]
		k := f.foundActor(homeState+"-"+kind.slug, e.Name+" "+kind.english, diplograph.TypeOrganization, e.Country)
		f.place(ui, span{ts: i, te: j, actor: k}, j)
		return j
	}
	if state < 0 {
		// A known holder named after it speaks for their own state's
		// ministry, never for one of another state named before.
		state = f.stateOfHolder(u, j)
	}
	if state < 0 {
		// A ministry named without its state: the one of that field named
		// before, else the state its sentence named before it ("Pemerintah
		// China ... melalui juru bicara Kementerian Luar Negeri"), else
		// the state the previous sentence is about, else Indonesia.
		for k, a := range f.actors {
			if a.typ == diplograph.TypeOrganization && strings.HasSuffix(a.id, "-"+kind.slug) {
				f.mention(ui, span{ts: i, te: j, actor: k})
				return j
			}
		}
		s := f.seg.sentOf(ui, i)
		state = f.stateBeforeOutsideQuotes(u, f.seg.sents[s].ts, i)
		if state < 0 && s > 0 && !f.units[f.seg.sents[s-1].unit].title {
			state = f.stateOfFirstBody(f.seg.sents[s-1])
		}
		if state < 0 {
			// "Kementerian Luar Negeri memanggil Duta Besar Tiongkok":
			// with no state before it, an Indonesian page's ministry is
			// Indonesia's, not that of a state its act is aimed at.
			state = f.stateActor(homeState)
		}
		if state < 0 {
			return i
		}
	}
	st := f.actors[state]
	k := f.foundActor(strings.ToLower(st.country)+"-"+kind.slug, st.name+" "+kind.english, diplograph.TypeOrganization, st.country)
	f.place(ui, span{ts: i, te: j, actor: k}, j)
	return j
}

// maxMoreFieldWords bounds the words of the fields a ministry's name joins
// to its first.
const maxMoreFieldWords = 6

// moreFields returns where a ministry's name goes on past the more fields
// it joins to its first, up to the state named after them ("Kementerian
// Perdagangan dan Industri India", "Kementerian Luar Negeri dan Kerja Sama
// Internasional Uni Emirat Arab"): the state's first token; j itself when
// no state ends them.
func (f *actorFinder) moreFields(u *annotatedUnit, j int) int {
	if j >= len(u.toks) || u.toks[j].low != "dan" && u.toks[j].low != "," {
		return j
	}
	for k := j; k < len(u.toks) && k <= j+maxMoreFieldWords; k++ {
		if sp, ok := u.spanAt(k); ok {
			if w := u.toks[k-1].low; k > j && w != "," && w != "dan" && f.actors[sp.actor].typ == diplograph.TypeCountry {
				return k
			}
			return j // ("Kementerian Pertahanan, Jakarta": the place it speaks from)
		}
		if t := u.toks[k]; t.low != "dan" && t.low != "," && !(t.word && t.upper) || f.isMinistryHead(t.low) {
			return j // (another ministry named with it is no field of it)
		}
	}
	return j
}

// homeState is the state whose news diplograph reads: its ministries'
// short names ("Kemlu") are its own.
const homeState = "idn"

// stateOfHolder is the state of the known person named right after a
// ministry's name ending at token j, by a title's words ("juru bicara
// Kementerian Luar Negeri Lin Jian"), or -1.
func (f *actorFinder) stateOfHolder(u *annotatedUnit, j int) int {
	sp, ok := u.spanAt(j)
	if !ok || f.actors[sp.actor].typ != diplograph.TypePerson || f.actors[sp.actor].country == "" {
		return -1
	}
	return f.stateActor(f.actors[sp.actor].country)
}

// stateActor is the page's actor for the state of country (an ISO code,
// in any case), taken from the dictionary when the page has not named it
// yet; -1 when the dictionary does not know it.
func (f *actorFinder) stateActor(country string) int {
	id := strings.ToLower(country)
	if k, ok := f.byID[id]; ok {
		return k
	}
	if i, ok := f.dict.byID[id]; ok {
		return f.dictActor(i)
	}
	return -1
}

// stateBeforeOutsideQuotes is the first state named in the unit between
// tokens from and to outside quotation marks ("Pemerintah China ... melalui
// juru bicara Kementerian Luar Negeri"; not a state the quoted words name),
// or -1.
func (f *actorFinder) stateBeforeOutsideQuotes(u *annotatedUnit, from, to int) int {
	for _, sp := range u.spansIn(from, to) {
		if a := f.actors[sp.actor]; f.isStateBody(a) && !opensQuote(u.text[u.toks[from].start:u.toks[sp.ts].start]) {
			return f.stateActor(a.country) // "junta Myanmar mengirim ...": the state of its body
		}
		if f.actors[sp.actor].typ != diplograph.TypeCountry || sp.qual {
			continue
		}
		if sp.ts > from && u.toks[sp.ts-1].word && !u.toks[sp.ts-1].upper {
			continue // "Kapal ikan berbendera Vietnam": a state qualifying a thing
		}
		if !opensQuote(u.text[u.toks[from].start:u.toks[sp.ts].start]) {
			return sp.actor
		}
	}
	return -1
}

// isStateBody says whether an actor is a body of a state, whose id the
// state's code opens ("mmr-junta", "prk-foreign-ministry").
func (f *actorFinder) isStateBody(a *actor) bool {
	return a.typ == diplograph.TypeOrganization && a.country != "" && strings.HasPrefix(a.id, strings.ToLower(a.country)+"-")
}

// opensQuote says whether text leaves a quotation open, or closes one it
// did not open: a word after it is on the other side of a quotation mark
// from a word before it.
func opensQuote(text string) bool {
	return strings.Count(text, `"`)%2 == 1 || strings.Count(text, "“") != strings.Count(text, "”")
}

// stateBody handles "<Head> <office words> <state>" at token i: a body of
// that state, found when the dictionary does not name it.
func (f *actorFinder) stateBody(ui, i int) int {
	u := &f.units[ui]
	if p, end := f.lex.titles.matchAt(u.text, u.toks, i); p != nil && end < len(u.toks) && f.stateBodyHeads[u.toks[end].low] && (end == i+1 || f.lex.titleKinds[p.ref] == diplograph.TypePerson) {
		// "Kepala Kantor Keamanan Nasional Korsel X", "Kepala Staf
		// Angkatan Darat Pakistan X": a title before a body's name is the
		// title of the person after it.
		return f.stateBody(ui, end)
	} else if p != nil && end > i+1 && f.stateBodyHeads[u.toks[end-1].low] && f.lex.titleKinds[p.ref] == diplograph.TypePerson {
		// "Kepala Badan Intelijen Umum Mesir X": so does a title whose
		// last word opens the body ("kepala badan").
		return f.stateBody(ui, end-1)
	}
	j := i + 1
	for j < len(u.toks) && u.toks[j].word && u.toks[j].upper && f.notName[u.toks[j].low] && !u.covered(j) {
		j++
	}
	listed := -1 // the kind of body its words name, when they are listed
	if p, e := f.stateBodies.matchAt(u.text, u.toks, i); p != nil && e >= j {
		listed, j = p.ref, e // "Kantor kepresidenan Lebanon"
	}
	if j == i+1 && !f.loneBodyHeads[u.toks[i].low] {
		return i
	}
	at, acronym := j, ""
	if j+3 < len(u.toks) && u.toks[j].low == "(" && u.toks[j+1].caps && u.toks[j+2].low == ")" {
		at, acronym = j+3, u.surface(j+1, j+2) // "Kepala Staf Gabungan (JCS) Korea Selatan"
	}
	sp, ok := u.spanAt(at)
	if !ok || f.actors[sp.actor].typ != diplograph.TypeCountry {
		return i
	}
	st := f.actors[sp.actor]
	// Named in English when its words are listed ("Thailand Army"), else
	// as written: never half of each ("Angkatan Darat United States").
	id, name := strings.ToLower(st.country)+"-"+f.tk.kebab(u.surface(i, j)), tidySpace(u.surface(i, j))+" "+u.surface(sp.ts, sp.te)
	if listed >= 0 {
		kind := f.stateBodyKinds[listed]
		id, name = strings.ToLower(st.country)+"-"+kind.slug, st.name+" "+kind.english
	}
	k := f.foundActor(id, name, diplograph.TypeOrganization, st.country)
	end := sp.te
	if acronym == "" && end+2 < len(u.toks) && u.toks[end].low == "(" && u.toks[end+1].caps && u.toks[end+2].low == ")" {
		// "Angkatan Bersenjata Filipina (AFP)": the body's acronym, not
		// the agency the same letters name.
		acronym, end = u.surface(end+1, end+2), end+3
	}
	f.place(ui, span{ts: i, te: end, actor: k}, sp.te)
	if acronym != "" {
		f.addAlias(k, acronym, "")
	}
	return end
}

// stateOfFirstBody is the state of the first state or body sentence r
// names ("Kementerian Luar Negeri memanggil Duta Besar Malaysia":
// Indonesia's ministry, so Indonesia), or -1.
func (f *actorFinder) stateOfFirstBody(r sentence) int {
	for _, sp := range f.units[r.unit].spansIn(r.ts, r.te) {
		a := f.actors[sp.actor]
		if sp.qual || a.typ == diplograph.TypePerson || a.country == "" {
			continue
		}
		if a.typ == diplograph.TypeCountry {
			return sp.actor
		}
		return f.stateActor(a.country)
	}
	return -1
}

// embassy handles "Kedutaan Besar <state> [di <place>]" at token i.
func (f *actorFinder) embassy(ui, i int) int {
	u := &f.units[ui]
	sp, ok := u.spanAt(f.embassyAt(u, i))
	if !ok || f.actors[sp.actor].typ != diplograph.TypeCountry {
		return i
	}
	st := f.actors[sp.actor]
	id, name, end := strings.ToLower(st.country)+"-embassy", "Embassy of "+st.name, sp.te
	if end+1 < len(u.toks) && u.toks[end].low == "di" {
		if at, ok := u.spanAt(end + 1); ok {
			host := f.actors[at.actor]
			id, name, end = id+"-"+f.tk.kebab(host.name), name+" in "+host.name, at.te
		} else if e, w := f.nameRun(u, end+1, 3); w > 0 {
			place := u.surface(end+1, e)
			id, name, end = id+"-"+f.tk.kebab(place), name+" in "+place, e
		}
	}
	k := f.foundActor(id, name, diplograph.TypeOrganization, st.country)
	f.place(ui, span{ts: i, te: end, actor: k}, end)
	return end
}

// homeMission discovers a mission of Indonesia named by its abbreviation
// at token i and the place after it ("KBRI Khartoum", "KBRI di Washington
// DC"): an Indonesian body. It returns the end of the mention, or i.
func (f *actorFinder) homeMission(ui, i int) int {
	u := &f.units[ui]
	at := i + 1
	if at < len(u.toks) && u.toks[at].low == "di" {
		at++
	}
	end, place := at, ""
	if sp, ok := u.spanAt(at); ok && f.actors[sp.actor].typ == diplograph.TypeCountry {
		end, place = sp.te, u.surface(at, sp.te)
	} else if e, w := f.nameRun(u, at, 3); w > 0 {
		end, place = e, u.surface(at, e)
	}
	if place == "" {
		return i
	}
	kind := f.homeMissions[u.toks[i].low]
	k := f.foundActor("idn-"+f.tk.kebab(kind)+"-"+f.tk.kebab(place), kind+" of Indonesia in "+place, diplograph.TypeOrganization, "IDN")
	f.place(ui, span{ts: i, te: end, actor: k}, i)
	return end
}

// body records the body named by tokens [ts, te), of the state named in
// it, and returns it; the names from nameFrom on are parts of its name
// (place).
func (f *actorFinder) body(ui, ts, te, nameFrom int) int {
	u := &f.units[ui]
	name := tidySpace(u.surface(ts, te))
	country := ""
	for _, sp := range u.spansIn(ts, te) {
		if sp.te <= te && f.actors[sp.actor].typ == diplograph.TypeCountry {
			country = f.actors[sp.actor].country
		}
	}
	k := f.foundActor(f.tk.kebab(name), name, diplograph.TypeOrganization, country)
	f.place(ui, span{ts: ts, te: te, actor: k}, nameFrom)
	return k
}

// academic records a body named by tokens [ts, te), with an acronym in
// brackets after it as an alias.
func (f *actorFinder) academic(ui, ts, te int) {
	u := &f.units[ui]
	k := f.body(ui, ts, te, te)
	if te+2 < len(u.toks) && u.toks[te].low == "(" && u.toks[te+1].caps && u.toks[te+2].low == ")" {
		f.addAlias(k, u.surface(te+1, te+2), "")
	}
}

// findTitled discovers people and media named after a title:
// "Menteri Luar Negeri AS Antony Blinken", "Duta Besar Korea Utara untuk
// Rusia, Sin Hong-chol", "juru bicara Kremlin Dmitry Peskov", "kantor
// berita KCNA". The title and the states or bodies that qualify it become
// the actor's role (Of: the first of them) and, for someone unknown, the
// state the title names becomes theirs.
func (f *actorFinder) findTitled(ui int) {
	u := &f.units[ui]
	lex := f.lex
	prevOf, prevEnd := -1, -1 // the body of the titled person before, and where they end
	for i := 0; i < len(u.toks); i++ {
		p, j := lex.titles.matchAt(u.text, u.toks, i)
		if p == nil {
			continue
		}
		if q, e := lex.titles.matchAt(u.text, u.toks, i+1); q != nil && e > j && u.toks[i].low == "mantan" {
			p, j = q, e // "Mantan Menteri Dalam Negeri X": a former holder of any post
		}
		if sp, ok := u.spanAt(i); ok || u.covered(i) {
			if ok {
				i = sp.te - 1
			}
			continue
		}
		kind := lex.titleKinds[p.ref]
		if kind == diplograph.TypePerson && f.placeHeadEndsAt(u, i) {
			// "Istana Presiden Nicolau Lobato": a building named after
			// a holder of the post, no mention of them.
			e, _ := f.nameRun(u, j, 4)
			i = e - 1
			continue
		}
		of, titleEnd, postEnd := -1, j, j
		// roleEnd is where the office ends: "Putra Mahkota Arab Saudi
		// Pangeran X" holds the office before the form of address.
		roleEnd := titleEnd
		// honorific: the title ends with a form of address, after which
		// one word is a name ("Anggota Komisi I DPR TB Hasanuddin").
		honorific := lex.titleHonorific[p.ref]
		if honorific {
			roleEnd = i
		}
		// "Kuasa Usaha Kedutaan Besar Rusia X dan Atase Militer Y": the
		// second title, naming no body, is in the first one's.
		shared := -1
		placeState := "" // the state of a place the post is of
		acrAt := -1      // an unknown body's acronym after the title
		hostAt := -1     // the "di" or "untuk" before the state a post is held in or for
		// innerTitle: another person's title that follows an aide's post;
		// when the one named after it is known to hold that title, they
		// are the person served ("juru bicara Presiden Vladimir Putin"),
		// else the aide ("utusan khusus Presiden AS Steve Witkoff").
		innerTitle := ""
		if i >= 2 && (u.toks[i-1].low == "dan" || u.toks[i-1].low == "serta") && i-1 == prevEnd {
			shared = prevOf
		}
		if sp, ok := u.spanAt(j - 1); ok && sp.te > j && kind == diplograph.TypePerson && f.actors[sp.actor].typ != diplograph.TypePerson {
			// "Kepala Badan Intelijen Umum Mesir X": the body's name opens
			// on the title's last word.
			of, j, titleEnd, roleEnd = sp.actor, sp.te, sp.te, sp.te
		}
		for j < len(u.toks) {
			if sp, ok := u.spanAt(j); ok && f.actors[sp.actor].typ != diplograph.TypePerson {
				if kind == diplograph.TypeMedia && f.actors[sp.actor].typ == diplograph.TypeMedia {
					break // "tabloid China Global Times": the outlet is the name
				}
				if of < 0 {
					of = sp.actor
				}
				j, titleEnd, roleEnd = sp.te, sp.te, sp.te
				continue
			}
			if pl, e := lex.places.matchAt(u.text, u.toks, j); pl != nil && kind == diplograph.TypePerson && j == titleEnd && !u.covered(j) && e < len(u.toks) && u.toks[e].upper {
				// "Gubernur Kharkiv Oleh Syniehubov": a city or region
				// the post is of, whose state is the holder's.
				if placeState == "" {
					placeState = strings.ToUpper(lex.placeStates[pl.ref])
				}
				j, titleEnd, roleEnd = e, e, e
				continue
			}
			if u.toks[j].low == "(" && j == titleEnd && j+2 < len(u.toks) && u.toks[j+1].caps && u.toks[j+2].low == ")" {
				// "Pasukan Pertahanan Israel (IDF) X": the body's acronym
				j += 3
				titleEnd, roleEnd = j, j
				continue
			}
			if t := u.toks[j]; kind == diplograph.TypePerson && of < 0 && j == titleEnd && t.caps && len(t.low) >= 3 && !u.covered(j) &&
				j+1 < len(u.toks) && u.toks[j+1].upper && !u.toks[j+1].caps {
				// "Kepala BPBD Suharyanto", "Presiden FIFA Gianni
				// Infantino": the acronym of a body no one listed, a body
				// once its head's name follows.
				acrAt = j
				j++
				titleEnd, roleEnd = j, j
				continue
			}
			if t := u.toks[j]; t.word && t.upper && f.notName[t.low] {
				// The office's own words: "Wakil Menteri Luar Negeri Pertama",
				// "Direktur Kantor Komisi Urusan Luar Negeri Partai ...".
				j++
				if f.regionWords[t.low] && j+2 < len(u.toks) && u.toks[j].upper && !f.notName[u.toks[j].low] && u.toks[j+1].upper && u.toks[j+2].upper {
					// "Presiden Wilayah Otonom Bougainville Ishmael
					// Toroama": the region's name, then the holder's.
					j++
				}
				titleEnd, roleEnd = j, j
				continue
			}
			if w := u.toks[j].low; w == "dari" && j+3 < len(u.toks) && f.factionWords[u.toks[j+1].low] && u.toks[j+2].upper && u.toks[j+3].upper && kind == diplograph.TypePerson {
				// "Anggota Komisi I DPR dari Fraksi Demokrat Anton
				// Sukartono Suratto": a faction of one word, then the name.
				j = j + 3
				titleEnd, roleEnd = j, j
				continue
			}
			if w := u.toks[j].low; (w == "untuk" || w == "di" || w == "dari") && j+1 < len(u.toks) {
				if sp, ok := u.spanAt(j + 1); ok && f.actors[sp.actor].typ != diplograph.TypePerson {
					if w != "dari" && f.actors[sp.actor].typ == diplograph.TypeCountry {
						// "duta besarnya di Washington", "utusan khusus untuk
						// Ukraina": the state the post is held in or
						// for, never the holder's.
						hostAt = j
						j, titleEnd, roleEnd = sp.te, sp.te, sp.te
						continue
					}
					j = j + 1
					continue
				}
				// "Kepala gerakan Hamas di Gaza, X", "utusan khusus AS untuk
				// Timur Tengah, X": a place the name follows after a comma;
				// a post for a region needs no state ("wakil utusan khusus
				// untuk Timur Tengah X").
				if w == "di" && of >= 0 || w == "untuk" && kind == diplograph.TypePerson {
					run := f.nameRun
					if w == "untuk" {
						run = f.bodyRun // a region's words are office words ("Timur Tengah")
					}
					e, words := run(u, j+1, 4)
					if w == "untuk" && words > 0 && e+1 < len(u.toks) && u.toks[e].low == "dan" && !u.covered(e+1) {
						// "untuk Asia Selatan dan Tengah, X": two regions of one post
						if q, _ := lex.titles.matchAt(u.text, u.toks, e+1); q == nil {
							if e2, more := run(u, e+1, 4-words); more > 0 {
								e, words = e2, words+more
							}
						}
					}
					if words > 0 && words < 4 && e < len(u.toks) && u.toks[e].low == "," {
						j, titleEnd, roleEnd = e, e, e
						continue
					}
					// "Konsul Jenderal China di Osaka Xue Jian": with no
					// comma, the last two words are the name, when they
					// are no office's ("untuk Perdamaian Timur Tengah").
					if words >= 3 && kind == diplograph.TypePerson {
						e = j + 1 + words - 2
						if ne, nw := f.nameRun(u, e, 2); nw == 2 && !u.covered(e) && (ne == len(u.toks) || !u.toks[ne].upper) {
							j, titleEnd, roleEnd = e, e, e
							continue
						}
					}
					// "Komisioner Uni Eropa untuk Perdagangan dan Keamanan
					// Ekonomi Maros Sefcovic bertemu": a portfolio of several
					// words, then the name before the verb.
					if w == "untuk" {
						if e := f.titleGoesOn(u, j+1, j+1, true); e > j+1 {
							j, titleEnd, roleEnd = e, e, e
							continue
						}
					}
				}
			}
			if e := f.titleGoesOn(u, j, titleEnd, kind == diplograph.TypePerson); e > j {
				q, qEnd := lex.titles.matchAt(u.text, u.toks, j)
				if q != nil && lex.titleAide[p.ref] && lex.personTitle(q.ref) && innerTitle == "" {
					innerTitle = lex.titleKey(u.toks[j:qEnd])
				}
				if honorific = q != nil && lex.titleHonorific[q.ref]; !honorific {
					roleEnd = e
				}
				j, titleEnd = e, e
				continue
			}
			break
		}
		if of < 0 {
			of = shared
		}
		if of < 0 && kind == diplograph.TypePerson && titleEnd-1 > i && f.governmentWords[u.toks[titleEnd-1].low] {
			// "Pemerintah Yordania menyatakan ... . Juru bicara pemerintah
			// X": the post is in the government named before.
			of = f.governmentBefore(ui, i)
		}
		if of < 0 && kind == diplograph.TypePerson && lex.titleAide[p.ref] && j == titleEnd && f.seg.sents[f.seg.sentOf(ui, i)].ts == i {
			// "Kementerian Pertahanan China juga ikut bersuara. Juru bicara
			// Jiang Bin memperingatkan ...": a spokesperson named with no
			// body speaks for the body of a state named just before.
			of = f.stateBodyBefore(ui, i)
		}
		if of < 0 && acrAt < 0 && placeState == "" && lex.titleFirm[p.ref] && j == titleEnd {
			if e := f.firmBeforeName(u, j); e > j {
				// "CEO Nexperia Zhang Xuezheng": the firm, then its head.
				name := tidySpace(u.surface(j, e))
				of = f.foundActor(f.tk.kebab(name), name, diplograph.TypeOrganization, "")
				f.addAlias(of, name, "")
				f.actors[of].firm = f.actors[of].dict < 0
				f.place(ui, span{ts: j, te: e, actor: of}, j)
				j, titleEnd, roleEnd = e, e, e
			}
		}
		// mentionFrom is where the mention starts: at the title, unless
		// the title points back ("juru bicara kantor itu, Chen Binhua",
		// "juru bicaranya, Zhu Fenglian"), when the post is in the body
		// named just before and the mention is the name.
		mentionFrom := i
		kinOf := -1
		if e := pointerPhrase(u, j); kind == diplograph.TypePerson && of < 0 && (e > j || strings.HasSuffix(u.toks[j-1].low, "nya") || hostAt >= 0 && strings.HasSuffix(u.toks[hostAt-1].low, "nya")) {
			if lex.titleKin[p.ref] && e == j {
				// "Maduro dan istrinya, Cilia Flores": the kin of the
				// person named before, of their state.
				kinOf = f.personBefore(ui, i)
			} else {
				head := ""
				if e > j {
					head = u.toks[j].low
				}
				of = f.bodyBefore(ui, i, head)
			}
			j = e
			mentionFrom = -1
		}
		if last := u.toks[titleEnd-1]; kind == diplograph.TypePerson && of < 0 && titleEnd-1 > i && !last.upper && f.bodyHeads[last.low] {
			// "juru bicara kementerian, X": the ministry named before.
			of = f.bodyNamed(ui, i, last.low)
		}
		nameAt := j
		// "Duta Besar Korea Utara untuk Rusia, Sin Hong-chol": a name may
		// follow its title after a comma; not a bare outlet word's
		// ("dalam konferensi pers harian, Lin mengatakan ...": a word, then a new clause),
		// nor a form of address's, which is part of the name ("Di Sharm
		// el-Sheikh, Prabowo ...": a place, then the subject).
		// An outlet's word pointing back ("kantor beritanya, Armenpress")
		// names the outlet after the comma too.
		pointsBack := strings.HasSuffix(u.toks[titleEnd-1].low, "nya")
		// "Kepada wartawan, Carney mengaku ...": a bare title of one word
		// in lower case after a preposition is whom the words are
		// addressed to, and the name after the comma opens the clause
		// (but "dengan mitranya, Choe Son-hui" and "oleh utusan khusus
		// AS untuk Suriah, Tom Barrack" name the holder).
		addressee := i > 0 && f.lex.preps[u.toks[i-1].low] && !u.toks[i].upper && titleEnd-i == 1 && of < 0 && !pointsBack
		if nameAt < len(u.toks) && u.toks[nameAt].low == "," && (kind != diplograph.TypeMedia || of >= 0 || pointsBack) && !honorific && !addressee {
			nameAt++
			if kind == diplograph.TypeMedia && pointsBack {
				mentionFrom = nameAt // as a post pointing back: the mention is the name
			}
		}
		if nameAt >= len(u.toks) {
			break
		}
		k, end := -1, nameAt
		if sp, ok := u.spanAt(nameAt); ok {
			a := f.actors[sp.actor]
			if (kind == diplograph.TypePerson && a.typ == diplograph.TypePerson) || (kind == diplograph.TypeMedia && (a.typ == diplograph.TypeMedia || a.typ == diplograph.TypeOrganization)) {
				k, end = sp.actor, sp.te
			}
			state := placeState
			if of >= 0 {
				state = f.actors[of].country
			}
			if k >= 0 && kind == diplograph.TypePerson && f.namesAnother(a, state) {
				// "Menteri Pertahanan Kolombia Pedro Sánchez" is no Spanish
				// prime minister: a namesake holding a post of that state.
				k = f.namesake(a.name, state)
			}
		} else {
			min := 2
			if kind == diplograph.TypeMedia || honorific {
				min = 1
			}
			e, words := f.nameRun(u, nameAt, 4)
			if t := u.toks[nameAt]; words == 0 && kind == diplograph.TypeMedia && of >= 0 && t.word && t.caps && len(t.low) >= 3 {
				// "kantor berita resmi Suriah SANA": an outlet of a state
				// goes by its acronym, even one spelled as a common word.
				e, words = nameAt+1, 1
			}
			if words == 1 && kind == diplograph.TypePerson && f.mayBeShortName(strings.ToLower(u.surface(nameAt, e))) {
				words = 0 // "Sheikh Mohammed": left to the resolution of short names
			}
			if one := u.toks[nameAt]; words == 1 && kind == diplograph.TypePerson && e == nameAt+1 && !one.caps && len(one.low) >= 3 &&
				(i == 0 || u.toks[i-1].low != "para") && f.actsNext(u, e) && !f.isCalendarWord(one.low) {
				// "Anggota Komisi I DPR RI Sukamta menilai ...", "Kepala
				// Bakamla Laksamana Madya Irvansyah mengatakan": one word
				// between a title and a verb is a name, Indonesians being
				// often named by one (not an acronym, not after "para").
				min = 1
			}
			if words >= min {
				name := tidySpace(u.surface(nameAt, e))
				country := ""
				if of >= 0 {
					country = f.actors[of].country
				} else if kinOf >= 0 {
					country = f.actors[kinOf].country
				}
				if c := f.stateAfterDari(u, e); country == "" && c != "" {
					// "Komandan ISF Mayor Jenderal Jasper Jeffers dari
					// Amerika Serikat": of no state's body, or of none
					country = c
				} else if of < 0 && placeState != "" {
					country = placeState
				} else if of < 0 && lex.titleIndonesian[p.ref] {
					country = "IDN"
				}
				k, end = f.foundActor(f.tk.kebab(name), name, kind, country), e
				f.addAlias(k, name, "")
			}
		}
		if k < 0 && kind == diplograph.TypePerson && lex.titleAide[p.ref] && nameAt+1 < len(u.toks) && u.toks[nameAt].upper && !u.covered(nameAt) {
			// "Sekretaris pers Yunus, Shafiqul Alam, mengatakan": one
			// name the article does not know, then the aide's own.
			if h, hEnd := f.aideHolder(ui, -1, nameAt+1); h >= 0 {
				f.actors[h].addRole(u.surface(i, nameAt+1), "")
				prevOf, prevEnd = of, hEnd
				i = hEnd - 1
				continue
			}
		}
		if k < 0 {
			i = j - 1
			continue
		}
		// "juru bicaranya": the post without the word pointing back (not
		// "Presiden Kenya").
		title, role := u.surface(i, titleEnd), ""
		if roleEnd > i {
			role = u.surface(i, roleEnd)
		}
		if last := u.toks[titleEnd-1]; !last.upper && strings.HasSuffix(last.low, "nya") {
			title = strings.TrimSuffix(title, "nya")
			if roleEnd == titleEnd {
				role = strings.TrimSuffix(role, "nya")
			}
		}
		ofID := ""
		if of >= 0 {
			ofID = f.actors[of].id
		} else if acrAt >= 0 {
			// The body, of no known state, is named in the post's title
			// but gives the holder no state: that is left to the
			// sentence ("delegasi Pakistan dipimpin Kepala Badan
			// Intelijen ISI X").
			acr := u.surface(acrAt, acrAt+1)
			body := f.foundActor(f.tk.kebab(acr), acr, diplograph.TypeOrganization, "")
			f.addAlias(body, acr, "")
			f.place(ui, span{ts: acrAt, te: acrAt + 1, actor: body}, acrAt)
		}
		if kind == diplograph.TypePerson && lex.titleAide[p.ref] {
			if h, hEnd := f.aideHolder(ui, k, end); h >= 0 {
				// "Juru bicara Presiden Vladimir Putin, Dmitry Peskov,":
				// the post is the holder's, held for the person named.
				f.actors[h].addRole(u.surface(i, postEnd), f.actors[k].id)
				f.place(ui, span{ts: nameAt, te: end, actor: k}, nameAt)
				prevOf, prevEnd = of, hEnd
				i = hEnd - 1
				continue
			}
			if innerTitle != "" && f.holdsTitle(k, innerTitle) {
				f.place(ui, span{ts: nameAt, te: end, actor: k}, nameAt)
				i = end - 1
				continue
			}
		}
		a := f.actors[k]
		if lex.titleKin[p.ref] {
			// "adik Kim Jong Un": the words name someone else, a kin of
			// the person, who gets neither a role nor an alias from them;
			// a name set off by commas after them is that kin's
			// ("menantu Presiden AS Donald Trump, Jared Kushner,").
			f.place(ui, span{ts: nameAt, te: end, actor: k}, nameAt)
			if _, hEnd := f.aideHolder(ui, k, end); hEnd > 0 {
				end = hEnd
			}
			prevOf, prevEnd = of, end
			i = end - 1
			continue
		}
		if kind == diplograph.TypePerson && role != "" {
			if i > 0 && u.toks[i-1].low == "mantan" {
				// "mantan Menlu RI X": a title no longer held.
				a.addRole(u.surface(i-1, roleEnd), ofID)
			} else {
				a.addRole(role, ofID)
			}
		}
		f.addAlias(k, title+" "+u.surface(nameAt, end), "")
		if mentionFrom < 0 {
			mentionFrom = nameAt
		}
		f.place(ui, span{ts: mentionFrom, te: end, actor: k}, nameAt)
		prevOf, prevEnd = of, end
		i = end - 1
	}
}

// namesAnother says whether a dictionary person of a state other than
// state, holding no post in it, is someone else when titled as of state.
func (f *actorFinder) namesAnother(a *actor, state string) bool {
	if a.dict < 0 || a.country == "" || state == "" || a.country == state {
		return false
	}
	for _, r := range f.dict.actors[a.dict].Roles {
		if strings.EqualFold(r.Of, state) {
			return false
		}
		if i, ok := f.dict.byID[r.Of]; ok && strings.EqualFold(f.dict.actors[i].Country, state) {
			return false
		}
	}
	return true
}

// namesake adds (or finds) the person of state who bears a dictionary
// person's name; the id tells the two apart.
func (f *actorFinder) namesake(name, state string) int {
	id := f.tk.kebab(withoutInitials(name)) + "-" + strings.ToLower(state)
	if k, ok := f.byID[id]; ok {
		return k
	}
	k := f.addActor(&actor{id: id, name: name, typ: diplograph.TypePerson, country: state, dict: -1})
	f.addAlias(k, name, "")
	return k
}

// firmBeforeName returns the end of the name of a firm no one listed that
// opens at token i, right after a post in a firm, when a person's name
// follows it: two words at the end of a run of three or four ("CEO
// Nexperia Zhang Xuezheng"), or a name set off by commas ("CEO Urbo
// Bankas, Marius Arlauskas, mengatakan"); else i. A run opening on a
// person's known name word is the person's ("Direktur Muhammad Ali Akbar").
func (f *actorFinder) firmBeforeName(u *annotatedUnit, i int) int {
	if u.covered(i) || f.givenNames[u.toks[i].low] {
		return i
	}
	if _, ok := f.dict.oneNames[u.toks[i].low]; ok {
		return i
	}
	e, words := f.nameRun(u, i, 4)
	if words >= 3 && (e == len(u.toks) || !u.toks[e].upper) {
		firmEnd, _ := f.nameRun(u, i, words-2)
		if _, nameWords := f.nameRun(u, firmEnd, 2); nameWords == 2 {
			return firmEnd
		}
	}
	if words == 0 || words > 3 || e+1 >= len(u.toks) || u.toks[e].low != "," || u.covered(e+1) {
		return i
	}
	ne, nameWords := f.nameRun(u, e+1, 3)
	if nameWords >= 2 && ne < len(u.toks) && (u.toks[ne].low == "," || f.lex.speech[u.toks[ne].low] || f.lex.verbLike(u.toks[ne].low)) {
		return e
	}
	return i
}

// stateAbout is the country of the state named last before token i in its
// sentence ("bank asal Lithuania, X"), else of the first one the sentence
// before names ("Di Prancis, ... . Perusahaan X ..."), or "".
func (f *actorFinder) stateAbout(ui, i int) string {
	u := &f.units[ui]
	s := f.seg.sentOf(ui, i)
	for _, sp := range slices.Backward(u.spansIn(f.seg.sents[s].ts, i)) {
		if a := f.actors[sp.actor]; a.typ == diplograph.TypeCountry {
			return a.country
		}
	}
	if s > 0 {
		if st := f.firstState(f.seg.sents[s-1]); st >= 0 {
			return f.actors[st].country
		}
	}
	return ""
}

// findListed gives a post to each holder listed after a count of them
// ("tiga wakil menteri, yakni A, B, dan C"; "dua wakil menlu, A dan B"),
// discovering those unknown whose names have two words or more.
func (f *actorFinder) findListed(ui int) {
	u := &f.units[ui]
	for i := 1; i < len(u.toks); i++ {
		if !f.countWords[u.toks[i-1].low] && !isNumber(u.toks[i-1].low) {
			continue
		}
		p, j := f.lex.titles.matchAt(u.text, u.toks, i)
		if p == nil || !f.lex.personTitle(p.ref) {
			continue
		}
		title := u.surface(i, j)
		if j >= len(u.toks) || u.toks[j].low != "," && !f.listOpeners[u.toks[j].low] {
			continue
		}
		opened := f.listOpeners[u.toks[j].low]
		if j+1 < len(u.toks) && f.listOpeners[u.toks[j+1].low] {
			j, opened = j+1, true
		}
		names := f.listedNames(u, j+1)
		if len(names) == 0 || !opened && len(names) < 2 {
			continue // with no "yakni", one name after the comma is no list
		}
		for _, n := range names {
			a := n.actor
			if a < 0 {
				name := tidySpace(u.surface(n.ts, n.te))
				a = f.foundActor(f.tk.kebab(name), name, diplograph.TypePerson, "")
				f.addAlias(a, name, "")
				f.place(ui, span{ts: n.ts, te: n.te, actor: a}, n.ts)
			}
			f.actors[a].addRole(title, "")
			i = n.te
		}
	}
}

// listedNames reads the names listed from token k on, split by commas and
// "dan": people known (actor set) or runs of two name words or more
// (actor -1).
func (f *actorFinder) listedNames(u *annotatedUnit, k int) []span {
	var names []span
	for k < len(u.toks) {
		if sp, ok := personCovering(f.actors, u, k); ok {
			names = append(names, span{ts: k, te: sp.te, actor: sp.actor})
		} else if e, words := f.nameRun(u, k, 4); words >= 2 && !u.covered(k) {
			names = append(names, span{ts: k, te: e, actor: -1})
		} else {
			break
		}
		end := names[len(names)-1].te
		k = end
		if k < len(u.toks) && u.toks[k].low == "," {
			k++
		}
		if k < len(u.toks) && u.toks[k].low == "dan" {
			k++
		}
		if k == end {
			break
		}
	}
	return names
}

// personCovering returns the mention of a person that token k is in,
// which may open on the title before the name ("wakil menlu, A").
func personCovering(actors []*actor, u *annotatedUnit, k int) (span, bool) {
	for _, sp := range u.spansIn(k-u.longest, k+1) {
		if !sp.qual && k < sp.te && actors[sp.actor].typ == diplograph.TypePerson {
			return sp, true
		}
	}
	return span{}, false
}

// personBefore is the person named last before token i in its sentence,
// or -1.
func (f *actorFinder) personBefore(ui, i int) int {
	u := &f.units[ui]
	for _, sp := range slices.Backward(u.spansIn(f.seg.sents[f.seg.sentOf(ui, i)].ts, i)) {
		if !sp.qual && f.actors[sp.actor].typ == diplograph.TypePerson {
			return sp.actor
		}
	}
	return -1
}

// bodyNamed is the body named last before token i of unit ui, or in the
// two units before it, a surface form of which opens with head
// ("kementerian"), or -1.
func (f *actorFinder) bodyNamed(ui, i int, head string) int {
	k := f.bodyBefore(ui, i, head)
	if k < 0 || !slices.ContainsFunc(f.actors[k].aliases, func(s string) bool { return strings.HasPrefix(strings.ToLower(s), head+" ") }) {
		return -1
	}
	return k
}

// pointerPhrase is where a phrase at token j pointing back to a body ends,
// before the comma a name follows: one or two lower-case words and "itu"
// or "tersebut" ("kantor itu", "kementerian luar negeri tersebut"); j when
// there is none.
func pointerPhrase(u *annotatedUnit, j int) int {
	for e := j + 1; e < len(u.toks)-1 && e <= j+3; e++ {
		t := u.toks[e]
		if !t.word || t.upper || u.covered(e) {
			return j
		}
		if (t.low == "itu" || t.low == "tersebut") && u.toks[e+1].low == "," && !u.toks[j].upper {
			return e + 1
		}
	}
	return j
}

// holdsTitle reports whether person k is known to hold a post whose
// title key opens with key ("presiden" for "Presiden Rusia").
func (f *actorFinder) holdsTitle(k int, key string) bool {
	return slices.ContainsFunc(f.positionsOf(f.actors[k]), func(p position) bool {
		return p.title == key || strings.HasPrefix(p.title, key+" ")
	})
}

// aideHolder returns the person set off by a comma after the name of
// principal k (-1 when the article does not know them), which ends at
// token end, and where that name ends: the
// holder of an aide's post ("juru bicara Guterres, Stephane Dujarric,").
// The holder's name is followed by a comma, a stop or a verb, as an
// appositive is; -1 when there is none.
func (f *actorFinder) aideHolder(ui, k, end int) (holder, holderEnd int) {
	u := &f.units[ui]
	at := end + 1
	if at >= len(u.toks) || u.toks[end].low != "," {
		return -1, 0
	}
	if sp, ok := u.spanAt(at); ok {
		if f.actors[sp.actor].typ == diplograph.TypePerson && sp.actor != k {
			return sp.actor, sp.te
		}
		return -1, 0
	}
	e, words := f.nameRun(u, at, 4)
	if words < 2 || e < len(u.toks) && u.toks[e].low != "," && u.toks[e].low != "." && !f.lex.speech[u.toks[e].low] && !f.lex.verbLike(u.toks[e].low) {
		return -1, 0
	}
	country := ""
	if k >= 0 {
		country = f.actors[k].country
	}
	name := tidySpace(u.surface(at, e))
	h := f.foundActor(f.tk.kebab(name), name, diplograph.TypePerson, country)
	f.place(ui, span{ts: at, te: e, actor: h}, at)
	return h, e
}

// maxOfficeWords bounds the name of an office between a title and the
// body it is in ("Kepala [Biro Hubungan Masyarakat Sekretariat Jenderal]
// Kemenhan RI").
const maxOfficeWords = 8

// titleGoesOn returns where a title goes on past token j (titleEnd is
// where it reached so far), or j when it ends there: at a rank or another
// title that stands before the name ("Kepala Staf TNI AU Marsekal X"), an
// acronym right after the body's name ("TNI AU"), the name of an office
// that a body or state follows ("Menteri Hubungan Internasional dan Kerja
// Sama Afrika Selatan", where a person's name would be followed by a verb),
// or up to two lower-case words of the office's field before a body or
// state ("juru bicara militer Pakistan", "penasihat kepresidenan Taiwan")
// or, for a person's title, before the name ("pengamat militer Khairul
// Fahmi").
func (f *actorFinder) titleGoesOn(u *annotatedUnit, j, titleEnd int, person bool) int {
	if j >= len(u.toks) || !u.toks[j].word || u.covered(j) {
		return j
	}
	t := u.toks[j]
	if p, end := f.lex.titles.matchAt(u.text, u.toks, j); p != nil && t.upper && f.lex.personTitle(p.ref) {
		return end
	}
	if t.caps && person && j == titleEnd && j > 0 && u.covered(j-1) {
		return j + 1 // an outlet's acronym after its state is its name ("kantor berita Suriah SANA")
	}
	if t.low == "dan" && j+1 < len(u.toks) && u.toks[j+1].upper {
		t = u.toks[j+1] // "Menteri Perdagangan dan Perindustrian X": the field goes on
	}
	words := 0
	for e := j; e < len(u.toks) && words <= maxOfficeWords; e++ {
		w := u.toks[e]
		if sp, ok := u.spanAt(e); ok {
			if words == 0 || sp.te-sp.ts < 2 && f.actors[sp.actor].typ == diplograph.TypePerson {
				// "Kapolri Listyo Sigit Prabowo": a one-word name after
				// capitalized words ends a longer name, not an office.
				return j
			}
			return e // "Menteri Koordinator Bidang Politik dan Keamanan Budi Gunawan": the office's words up to a known name
		}
		if w.low == "dan" && e+1 < len(u.toks) {
			if p, _ := f.lex.titles.matchAt(u.text, u.toks, e+1); p != nil {
				return j // "X dan Wakil Menteri ...": another person's title
			}
		}
		if (w.low == "dari" || w.low == "di") && words > 0 && e+1 < len(u.toks) {
			// "pengamat hubungan internasional dari Universitas
			// Padjadjaran X": the field, then the body the post is at.
			if sp, ok := u.spanAt(e + 1); ok && f.actors[sp.actor].typ == diplograph.TypeOrganization {
				return e + 1
			}
		}
		if m, me := f.ministries.matchAt(u.text, u.toks, e); m != nil && !t.upper && !w.upper && me-e > 1 && words < 2 {
			// "penasihat urusan dalam negeri X": a ministry's field of
			// several words is one word of the office's field.
			e = me - 1
			words++
			continue
		}
		switch {
		case person && !t.upper && words > 0 && w.low == "," && e+1 < len(u.toks) && u.toks[e+1].upper && !u.covered(e+1):
			return e // "Pengamat militer, Budi Hartono, mengatakan": the field, then the name set off by commas
		case !w.word || u.covered(e):
			return j
		case t.upper && (w.upper || w.low == "dan" && e+1 < len(u.toks) && u.toks[e+1].upper):
		case !t.upper && !w.upper && words < 2 && !f.lex.preps[w.low] && (!f.lex.stop[w.low] || f.lex.officeFields[w.low]) && !f.lex.verbLike(w.low) &&
			w.low != "yang" && w.low != "dan" && w.low != "itu" && w.low != "tersebut" && w.low != "ini":
		case person && !t.upper && w.upper && words > 0 && !f.lex.stop[w.low]:
			return e // "Pengamat militer Khairul Fahmi": the field in lower case, then the name
		default:
			return f.nameEndingOffice(u, j, e, person)
		}
		words++
	}
	return j
}

// nameEndingOffice returns where the name starts in a run of capitalized
// words [j, e) after a title that no known name ends: its last two words,
// when they are no office words and an office word stands before them
// ("Menteri Koordinator Bidang Politik dan Keamanan Djamari Chaniago"); else
// j.
func (f *actorFinder) nameEndingOffice(u *annotatedUnit, j, e int, person bool) int {
	if !person || e-j < 3 || e >= len(u.toks) || !f.lex.verbLike(u.toks[e].low) && !f.lex.speech[u.toks[e].low] {
		return j
	}
	a, b := u.toks[e-2], u.toks[e-1]
	if f.notName[a.low] || f.notName[b.low] || !a.upper || !b.upper || a.caps || b.caps || !f.notName[u.toks[e-3].low] {
		return j
	}
	return e - 2
}

// findAppositives discovers people introduced by a name and then, after a
// comma, their position: "Kim Joon-hyung, rektor Akademi ... di Korea
// Selatan, mengatakan". The description up to the verb only qualifies the
// person; the first state in it becomes theirs when they are unknown.
func (f *actorFinder) findAppositives(ui int) {
	u := &f.units[ui]
	lex := f.lex
	for i := 0; i < len(u.toks); i++ {
		// At a clause's start, where a speaker is named ("kata X, ...",
		// "menurut X, ..."), or as a verb's object ("membebaskan Evan
		// Gershkovich, wartawan asal Amerika Serikat").
		if prev := u.toks[max(i-1, 0)].low; i > 0 && u.toks[i-1].word && prev != "dan" && prev != "menurut" && !lex.isQuoteVerb(prev) &&
			!(lex.verbLike(prev) && !u.covered(i-1) && !u.covered(i)) {
			continue
		}
		var k, end int
		if sp, ok := u.spanAt(i); ok {
			if f.actors[sp.actor].typ != diplograph.TypePerson {
				i = sp.te - 1
				continue
			}
			k, end = sp.actor, sp.te
		} else {
			if u.covered(i) {
				continue
			}
			e, words := f.nameRun(u, i, 4)
			if words < 2 {
				continue
			}
			k, end = -1, e
		}
		if end+1 >= len(u.toks) || u.toks[end].low != "," {
			continue
		}
		// "X, seorang direktur di ...", "X, salah satu anggota parlemen",
		// "X, mantan kepala ...": the role starts at "mantan" or the title.
		roleFrom, titleAt := end+1, end+1
		if e := f.roleClauseEnd(u, titleAt); e > titleAt {
			roleFrom, titleAt = e, e // "X, yang disebut sebagai kepala staf ..."
		}
		for titleAt < len(u.toks) && f.determiners[u.toks[titleAt].low] {
			if titleAt++; u.toks[titleAt-1].low != "mantan" {
				roleFrom = titleAt
			}
		}
		p, titleEnd := lex.titles.matchAt(u.text, u.toks, min(titleAt, len(u.toks)-1))
		if p == nil || titleAt >= len(u.toks) || lex.titleKinds[p.ref] != diplograph.TypePerson {
			continue
		}
		if sp, ok := u.spanAt(titleAt); ok && sp.actor != k && sp.te > titleEnd && f.actors[sp.actor].typ == diplograph.TypePerson {
			// "Presiden AS Donald Trump, Presiden Mesir Abdel Fattah
			// el-Sisi dan ...": a title with a name of its own after the
			// comma is the next person of a list, not this one's post.
			continue
		}
		// The description runs to the comma that closes it, or to the verb.
		stop := titleEnd
		for stop < len(u.toks) {
			t := u.toks[stop]
			if t.low == "yang" {
				// "..., salah satu anggota parlemen yang menghadiri
				// pertemuan itu.": a relative clause is part of it.
				for stop < len(u.toks) && u.toks[stop].low != "," && u.toks[stop].low != "." {
					stop++
				}
				break
			}
			if t.low == "," || t.low == "." || t.low == ";" || lex.speech[t.low] || (f.lex.verbLike(t.low) && !u.covered(stop)) {
				break
			}
			stop++
		}
		// Where a speaker is named, a comma also ends the phrase before the
		// words it introduces ("Menurut Lavrov, Presiden Putin telah
		// ..."): a description there ends the clause, with no verb. So
		// does one after a name set off inside such a phrase ("Menurut
		// juru bicaranya, X, Sekjen PBB mendesak ..."): the title opens
		// the words reported.
		atClauseStart := (i == 0 || !u.toks[i-1].word || u.toks[i-1].low == "dan") && !f.inSourcePhrase(u, i)
		if !atClauseStart && stop < len(u.toks) && u.toks[stop].low != "," && u.toks[stop].low != "." {
			continue
		}
		country, of := "", ""
		k0, k1 := u.spanRange(end, stop)
		for n := k0; n < k1; n++ {
			sp := &u.spans[n]
			if sp.te <= stop && !sp.qual {
				sp.qual = true
				a := f.actors[sp.actor]
				if of == "" {
					of = a.id
				}
				if country == "" && a.typ != diplograph.TypePerson {
					country = a.country // a state, or a body of one
				}
			}
		}
		if country == "" {
			country = f.countryBefore(u, i)
		}
		if k < 0 {
			name := tidySpace(u.surface(i, end))
			k = f.foundActor(f.tk.kebab(name), name, diplograph.TypePerson, country)
			f.place(ui, span{ts: i, te: end, actor: k}, i)
		}
		titleTo := titleEnd
		for _, sp := range u.spansIn(titleEnd, titleEnd+1) {
			if sp.te > titleTo {
				titleTo = sp.te
			}
		}
		if !lex.titleKin[p.ref] {
			f.actors[k].addRole(u.surface(roleFrom, titleTo), of)
		}
		i = stop - 1
	}
}

// inSourcePhrase says whether token i stands in a phrase "menurut ..."
// naming the source of the words after it ("Menurut juru bicaranya, X,
// Sekjen PBB mendesak ..."): "menurut" before it, with no verb between.
func (f *actorFinder) inSourcePhrase(u *annotatedUnit, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxSourceWords; k-- {
		switch w := u.toks[k].low; {
		case f.lex.sourceOpeners[w]:
			return true
		case w == "." || f.lex.speech[w] || f.lex.verbLike(w) && !u.covered(k):
			return false
		}
	}
	return false
}

// maxSourceWords bounds the words between "menurut" and a name it
// introduces ("menurut juru bicara Kementerian Luar Negeri China, X").
const maxSourceWords = 8

// maxRoleCues bounds the words of a relative clause before a title ("yang
// juga menjabat sebagai").
const maxRoleCues = 3

// roleClauseEnd returns where the title starts after a relative clause at
// token k that leads to it ("yang disebut sebagai", "yang juga"), or k
// when there is none.
func (f *actorFinder) roleClauseEnd(u *annotatedUnit, k int) int {
	if k >= len(u.toks) || u.toks[k].low != "yang" {
		return k
	}
	e := k + 1
	for e < len(u.toks) && e-k <= maxRoleCues && f.roleCues[u.toks[e].low] {
		e++
	}
	if e == k+1 {
		return k
	}
	return e
}

// findNicknames gives a person the name the page says they go by
// ("Rolliansyah Soemirat, yang akrab disapa Roy,"): after "yang" and at
// most two words, a cue of calling, then one or two capitalized words.
func (f *actorFinder) findNicknames(ui int) {
	u := &f.units[ui]
	for _, sp := range u.spans {
		a := f.actors[sp.actor]
		if sp.qual || a.typ != diplograph.TypePerson || sp.te+3 >= len(u.toks) || u.toks[sp.te].low != "," || u.toks[sp.te+1].low != "yang" {
			continue
		}
		j := sp.te + 2
		for j < sp.te+4 && j < len(u.toks) && !f.nicknameCues[u.toks[j].low] {
			j++
		}
		if j >= len(u.toks)-1 || !f.nicknameCues[u.toks[j].low] {
			continue
		}
		e, words := f.nameRun(u, j+1, 2)
		if words == 0 || u.covered(j+1) {
			continue
		}
		name := tidySpace(u.surface(j+1, e))
		f.addAlias(sp.actor, name, "")
		a.nicknames = append(a.nicknames, name)
	}
}

// maxDescriptionBefore bounds the description a name set off by commas
// can follow.
const maxDescriptionBefore = 15

// countryBefore returns the state of the description a name at token i
// follows, set off by a comma: a phrase opening with a title ("pejabat
// tinggi yang mengawasi industri amunisi Korea Utara, Jo Chun Ryong, ...");
// its first state, or body of a state. An expert's ("Pengamat China dari
// Pusat Studi Asia Timur, X") is that of a body they work at, else
// Indonesia's. "" when there is none.
func (f *actorFinder) countryBefore(u *annotatedUnit, i int) string {
	if i < 2 || u.toks[i-1].low != "," {
		return ""
	}
	for j := i - 2; j >= 0 && j >= i-maxDescriptionBefore; j-- {
		if w := u.toks[j].low; w == "," || w == "." {
			return ""
		}
		p, end := f.lex.titles.matchAt(u.text, u.toks, j)
		if p == nil || end > i-1 || f.lex.titleKinds[p.ref] != diplograph.TypePerson {
			continue
		}
		expert := f.homeExperts[u.toks[j].low]
		for _, sp := range u.spansIn(j, i-1) {
			a := f.actors[sp.actor]
			if a.typ == diplograph.TypeOrganization && a.country == "" && a.dict >= 0 && !expert {
				// "Pelapor Khusus PBB untuk situasi HAM di Myanmar, X": an
				// official of an international body is of no state.
				return ""
			}
			if a.typ != diplograph.TypePerson && a.country != "" && !(expert && a.typ == diplograph.TypeCountry) {
				return a.country
			}
		}
		if expert {
			return strings.ToUpper(homeState)
		}
		if w := u.toks[i-2].low; w == "itu" || w == "tersebut" {
			// "Juru bicara kantor itu, Chen Binhua": the body named before.
			for _, sp := range slices.Backward(u.spansIn(0, j)) {
				if a := f.actors[sp.actor]; a.typ == diplograph.TypeOrganization && a.country != "" {
					return a.country
				}
			}
		}
		return ""
	}
	return ""
}

// personCalled returns the person found before whose surname with its
// particle the name is ("Al-Hayya" for "Khalil al-Hayya"), or -1.
func (f *actorFinder) personCalled(name string) int {
	key := f.tk.key(name)
	for k, a := range f.actors {
		if a.typ == diplograph.TypePerson {
			if sur := f.particleSurname(a.name); sur != "" && f.tk.key(sur) == key {
				return k
			}
		}
	}
	return -1
}

// personNamed returns the person of the page called name in full, or -1.
func (f *actorFinder) personNamed(name string) int {
	key := f.tk.key(name)
	for k, a := range f.actors {
		if a.typ == diplograph.TypePerson && f.tk.key(a.name) == key {
			return k
		}
	}
	return -1
}

// mayBeShortName says whether a word could be the short name of a person
// the page or the dictionary knows by more ("kata Kim", "ujar Sharif"):
// such a word is left to the resolution of short names, never made a
// person of its own.
func (f *actorFinder) mayBeShortName(w string) bool {
	if _, ok := f.dict.oneNames[w]; ok {
		return true
	}
	for _, a := range f.actors {
		if a.typ != diplograph.TypePerson {
			continue
		}
		// "Zinovyev" for Zinoviev: a name the page spells another way;
		// "Sanchez" for Pedro Sánchez: a name written as one of its
		// aliases spells it, as resolution matches short names.
		names := append(strings.Fields(strings.ToLower(a.name)), f.surnameKeys(a)...)
		if slices.ContainsFunc(names, func(n string) bool { n = strings.ToLower(n); return n == w || len(w) >= 5 && withinOneEdit(n, w) }) {
			return true
		}
	}
	return false
}

// actsNext says whether the words at token i go on with a verb of the
// clause: a speech verb, another verb, or a comma before one.
func (f *actorFinder) actsNext(u *annotatedUnit, i int) bool {
	if i < len(u.toks) && u.toks[i].low == "," {
		i++
	}
	for i < len(u.toks) && f.lex.adverbs[u.toks[i].low] {
		i++ // "Sukamta juga menilai"
	}
	return i < len(u.toks) && u.toks[i].word && !u.covered(i) && (f.lex.speech[u.toks[i].low] || f.lex.verbLike(u.toks[i].low))
}

// findSpeakerNames discovers people and bodies that speak without a title:
// a name right before a speech verb ("Park Jin mengatakan") or right after
// the verb that closes a quote ("..., kata Park Jin"). The NER model must
// agree that the words are a name; it runs only on sentences holding such a
// candidate, so it costs little.
func (f *actorFinder) findSpeakerNames(ui int) {
	if f.ner == nil {
		return
	}
	u := &f.units[ui]
	lex := f.lex
	for s := u.firstSent; s < u.endSent; s++ {
		r := f.seg.sents[s]
		var cands [][2]int
		for i := r.ts; i < r.te; i++ {
			if u.covered(i) || !u.toks[i].upper || (i > r.ts && u.toks[i-1].word && !lex.isQuoteVerb(u.toks[i-1].low) && !lex.sourceOpeners[u.toks[i-1].low]) {
				continue
			}
			end, n := f.nameRun(u, i, 4)
			// One word is a name only right after a quote verb ("ucap
			// Hasanuddin"): Indonesians are often named by one.
			afterQuoteVerb := i > 0 && lex.isQuoteVerb(u.toks[i-1].low)
			if n == 0 || n < 2 && (!afterQuoteVerb || f.mayBeShortName(strings.ToLower(u.surface(i, end)))) || end >= r.te && !afterQuoteVerb {
				continue
			}
			// "..., anggota Komisi I DPR dari Fraksi Partai Golkar, Bimo
			// Hartawan, menyambut ...": a name set off by commas after a
			// description, then a verb.
			apposed := n >= 2 && i > 0 && u.toks[i-1].low == "," && end+1 < r.te && u.toks[end].low == "," &&
				(lex.speech[u.toks[end+1].low] || lex.verbLike(u.toks[end+1].low))
			// "Menurut Sergio Gor, Washington ...": the source of the
			// words after the comma.
			sourced := n >= 2 && i > 0 && lex.sourceOpeners[u.toks[i-1].low] && end < r.te && u.toks[end].low == ","
			if (end < r.te && lex.speech[u.toks[end].low]) || afterQuoteVerb || apposed || sourced {
				clear := true
				for k := i; k < end; k++ {
					clear = clear && !u.covered(k)
				}
				if clear {
					cands = append(cands, [2]int{i, end})
				}
			}
			i = end - 1
		}
		if cands == nil {
			continue
		}
		words := make([]string, 0, r.te-r.ts)
		for i := r.ts; i < r.te; i++ {
			words = append(words, u.text[u.toks[i].start:u.toks[i].end])
		}
		ents := f.ner.entities(words)
		for _, c := range cands {
			for _, e := range ents {
				if r.ts+e.start != c[0] || r.ts+e.end != c[1] || (e.label != "PERSON" && e.label != "ORGANISATION") {
					continue
				}
				typ := diplograph.TypePerson
				if first := u.toks[c[0]]; e.label == "ORGANISATION" && !(first.caps && first.end-first.start <= 2 && c[1]-c[0] >= 2 && !f.firmHeads[first.low]) {
					// (but "TB Hasanuddin", "AM Putranto": a name's initials
					// or a form of address, then the name)
					typ = diplograph.TypeOrganization
				}
				name := tidySpace(u.surface(c[0], c[1]))
				k := f.personCalled(name)
				if first := u.toks[c[0]]; k < 0 && typ == diplograph.TypePerson && first.caps && first.end-first.start <= 2 {
					k = f.personNamed(tidySpace(u.surface(c[0]+1, c[1]))) // "TB Hasanuddin" after "Hasanuddin"
				}
				if k < 0 {
					country := ""
					if typ == diplograph.TypePerson {
						country = f.countryBefore(u, c[0])
					}
					k = f.foundActor(f.tk.kebab(name), name, typ, country)
				}
				f.place(ui, span{ts: c[0], te: c[1], actor: k}, c[0])
			}
		}
	}
}
