package nlp

import (
	"math"
	"slices"
	"strings"

	"github.com/diplograph/diplograph"
)

// The sides of an event: who acts (the source) and on whom (the target),
// read from the arguments of the trigger's sentence.

// arg is a candidate source or target of an event in one sentence: a
// mention, or a word standing for actors ("kami" in a quote, "negara
// tersebut", "keduanya").
type arg struct {
	ts, te  int
	actors  []int
	oblique bool // after a preposition: never a subject
	// inferred: the actors come from a pronoun or the speaker, not a name.
	inferred bool
}

// role is the source or target side found for a trigger.
type role struct {
	actors   []int
	gap      int // words between the side and the trigger
	inferred bool
	// nonActor: the side is something that is no actor ("kekuatan yang
	// menentang X"), so no speaker or other guess stands in for it.
	nonActor bool
	// leading: the subject of the main clause after a noun's opening
	// clause ("Selama negosiasi ..., Rusia dan China ..."): it takes part
	// in the noun's act, but a group of them are not its only parties.
	leading bool
	// handedOn: a control verb of this subject hands the act to an object
	// that names no actor ("Bangladesh meminta komunitas internasional
	// membantu ..."): the act is not the subject's, unless the subject
	// urges it on others (113).
	handedOn bool
	// urged: the side is the object of an appeal ("mendesak Thailand dan
	// Kamboja kembali ke meja perundingan"), so its act is asked for, not
	// told as done.
	urged bool
}

// namedArgs are the actors sentence r names, one argument each, in order.
func namedArgs(u *annotatedUnit, r sentence) []arg {
	var args []arg
	for _, sp := range u.spansIn(r.ts, r.te) {
		if !sp.qual {
			args = append(args, arg{ts: sp.ts, te: sp.te, actors: []int{sp.actor}})
		}
	}
	return args
}

// sentArgs lists the candidate arguments of sentence s in order.
func (ev *eventCoder) sentArgs(s int, stmts []stmt) []arg {
	r := ev.seg.sents[s]
	u := &ev.units[r.unit]
	args := namedArgs(u, r)
	// "setelah saudara perempuan Kim Jong Un ... memperingatkan Seoul":
	// the one a kin the clause opens with is described by does not act;
	// the kin does (but "menghina istri Sanchez" is aimed at Sanchez).
	args = slices.DeleteFunc(args, func(a arg) bool {
		if ev.actors[a.actors[0]].typ != diplograph.TypePerson {
			return false
		}
		k := ev.lex.kinBefore(u, a.ts, a.ts)
		return k >= 0 && (k == r.ts || ev.r.subordinators[u.toks[k-1].low] || u.toks[k-1].low == ",")
	})
	// "Amerika Serikat (AS) dan Rusia": a name's acronym in brackets is
	// part of it, so that a list goes on after it.
	for k := 0; k < len(args); k++ {
		e := args[k].te
		if e+2 >= r.te || u.toks[e].low != "(" || u.toks[e+2].low != ")" {
			continue
		}
		if k+1 < len(args) && args[k+1].ts == e+1 {
			if !slices.Equal(args[k+1].actors, args[k].actors) {
				continue
			}
			args = slices.Delete(args, k+1, k+2)
		}
		args[k].te = e + 3
	}
	// "Inggris, Prancis, dan Jerman, yang dikenal sebagai kelompok E3,
	// ... . E3 menuduh Iran ...": a body the page names its states by acts
	// as those states.
	for k, a := range args {
		if states := ev.members[a.actors[0]]; states != nil {
			args[k].actors = states
		}
	}
	// The names' obliqueness first: "kedua negara" below leaves out the
	// subject that speaks of them, which no oblique is.
	ev.markOblique(u, args)
	for i := r.ts; i < r.te; i++ {
		t := u.toks[i]
		if !t.word || u.covered(i) {
			continue
		}
		switch {
		case t.low == "kami" || t.low == "kita":
			for _, st := range stmts {
				if st.direct && st.unit == r.unit && i >= st.ts && i < st.te {
					args = append(args, arg{ts: i, te: i + 1, actors: []int{st.speaker}, inferred: true})
					break
				}
			}
		case ev.r.ownSideWords[t.low]:
			// "Abdulsalam mengatakan kelompoknya akan terus menyerang
			// Israel", "pihaknya": the speaker's side, in their words.
			for _, st := range stmts {
				if st.speaker >= 0 && st.unit == r.unit && i >= st.ts && i < st.te {
					args = append(args, arg{ts: i, te: i + 1, actors: []int{ev.sideOf(st.speaker)}, inferred: true})
					break
				}
			}
		case ev.lex.pronoun[t.low]:
			// "Pezeshkian menegaskan bahwa dia ...": the speaker of the words it
			// stands in, when they name no person before it; else "Ia
			// mengecam ...": the person named first.
			if k := ev.speakerOfPronoun(stmts, u, r.unit, i); k >= 0 {
				args = append(args, arg{ts: i, te: i + 1, actors: []int{k}, inferred: true})
			} else if k := ev.subjectPerson(s, i, stmts); k >= 0 {
				args = append(args, arg{ts: i, te: i + 1, actors: []int{k}, inferred: true})
			}
		case ev.r.groupPronouns[t.low] && s > 0:
			// "Macron, Merz, Starmer, dan Tusk tiba di Kyiv. ... Mereka
			// bertemu Zelensky": the list of two or more names the nearest
			// of the three sentences before opens with.
			for p := s - 1; p >= 0 && p >= s-3; p-- {
				if group := ev.openingGroup(p); len(group) >= 2 {
					args = append(args, arg{ts: i, te: i + 1, actors: group, inferred: true})
					break
				}
			}
		case t.low == "negaranya":
			// "mendarat di ZEE negaranya": the state of the person or
			// body named first in the sentence.
			if k := ev.ownStateOf(u, r.ts, i); k >= 0 {
				args = append(args, arg{ts: i, te: i + 1, actors: []int{k}, inferred: true})
			}
		case ev.r.groupNouns[t.low] && i+1 < r.te && (u.toks[i+1].low == "tersebut" || u.toks[i+1].low == "itu") && s > 0:
			// "Hamas membebaskan tiga sandera. Kelompok itu menuduh
			// Israel ...": the armed group or movement named last.
			if k := ev.lastGroup(s); k >= 0 {
				args = append(args, arg{ts: i, te: i + 2, actors: []int{k}, inferred: true})
			}
		case t.low == "negara" && i+1 < r.te && (u.toks[i+1].low == "tersebut" || u.toks[i+1].low == "itu") && s > 0 && (i == r.ts || ev.r.groupCounts[u.toks[i-1].low] == 0):
			if k := ev.firstState(ev.seg.sents[s-1]); k >= 0 {
				args = append(args, arg{ts: i, te: i + 2, actors: []int{k}, inferred: true})
			}
		case t.low == "keduanya" || (t.low == "kedua" && i+1 < r.te && ev.r.pairNouns[u.toks[i+1].low]):
			end := i + 1
			if t.low == "kedua" {
				end = i + 2
				if u.toks[i+1].low == "belah" && end < r.te && u.toks[end].low == "pihak" {
					end++
				}
			}
			pair := ev.bothOf(s, i, args, diplograph.TypeCountry, stmts)
			if pair == nil && t.low == "keduanya" && !ev.afterActNoun(u, r.ts, i) {
				// "Menlu Iran dan Dirjen IAEA menandatangani ... .
				// Keduanya diterima ...": the pronoun, unlike "kedua
				// negara", may stand for two people who are no two states
				// (but "kunjungan keduanya ke AS" is one's second visit).
				pair = ev.bothOf(s, i, args, diplograph.TypePerson, stmts)
			}
			if pair != nil {
				args = append(args, arg{ts: i, te: end, actors: pair, inferred: true})
			}
		case ev.r.groupCounts[t.low] > 2 && i+1 < r.te && u.toks[i+1].low == "negara" && s > 0:
			// "Inggris, Prancis, dan Jerman mengaktifkan snapback. Ketiga
			// negara itu menuduh Teheran ...": the states the sentence
			// before lists, as many as counted, else those it names
			// first.
			if states := ev.countedStates(s-1, ev.r.groupCounts[t.low]); states != nil {
				args = append(args, arg{ts: i, te: i + 2, actors: states, inferred: true})
			}
		case i == r.ts && s > 0 && ev.titlePointingBack(u, i, r.te) > i:
			// "Diplomat senior itu juga memperingatkan ...", "Presiden AS
			// tersebut ...": a person's title pointing back, opening its
			// sentence, is the person named first in the nearest sentence
			// before that names one.
			end := ev.titlePointingBack(u, i, r.te)
			k := ev.subjectPerson(s, i, stmts)
			if c := ev.stateNamedIn(u, i, end); c != "" && k >= 0 && ev.actors[k].country != c {
				// "Prabowo dan Macron sepakat ... . Pemimpin Prancis itu
				// ...": the person of the state the title names.
				k = ev.personOfState(s, c, stmts)
			}
			if k >= 0 {
				args = slices.DeleteFunc(args, func(a arg) bool { return a.ts >= i && a.te <= end })
				args = append(args, arg{ts: i, te: end, actors: []int{k}, inferred: true})
			}
		case ev.r.groupCounts[t.low] > 2 && i+1 < r.te && ev.r.leaderNouns[u.toks[i+1].low] && s > 0:
			// "Ishiba bertemu Biden dan Yoon di Lima. Ketiga pemimpin
			// mengecam ...": the people the sentence before names first,
			// as many as counted.
			for si := s - 1; si >= 0 && si >= s-3; si-- {
				// (the nearest of the three sentences before that names
				// as many: "Xi, Putin dan Kim hadir ... . Xi menerima Kim.
				// ... . Ia menuding ketiga pemimpin tersebut ...")
				if people := ev.namedIn(si, diplograph.TypePerson); len(people) >= ev.r.groupCounts[t.low] {
					args = append(args, arg{ts: i, te: i + 2, actors: people[:ev.r.groupCounts[t.low]], inferred: true})
					break
				}
			}
		case t.low == "para" && i+2 < r.te && ev.r.leaderNouns[u.toks[i+1].low] && isDemonstrative(u.toks[i+2].low) && s > 0:
			// "Macron, Merz dan Starmer tiba di Kyiv. Para pemimpin itu
			// menelepon Trump": all the people the nearest of the three
			// sentences before names, when it names several.
			for si := s - 1; si >= 0 && si >= s-3; si-- {
				if people := ev.namedIn(si, diplograph.TypePerson); len(people) >= 2 {
					args = append(args, arg{ts: i, te: i + 3, actors: people, inferred: true})
					break
				}
			}
		case t.low == "kedua" && i+1 < r.te && ev.r.leaderNouns[u.toks[i+1].low]:
			// "kedua pemimpin", "kedua menteri": the last two people named.
			if pair := ev.bothOf(s, i, args, diplograph.TypePerson, stmts); pair != nil {
				args = append(args, arg{ts: i, te: i + 2, actors: pair, inferred: true})
			}
		}
	}
	sortArgs(args)
	ev.markOblique(u, args)
	return args
}

// definedGroups maps each body of no state that the page names as a name
// for a list of states (groupDefinition) to those states.
func (ev *eventCoder) definedGroups() map[int][]int {
	members := map[int][]int{}
	for _, r := range ev.seg.sents {
		u := &ev.units[r.unit]
		args := namedArgs(u, r)
		for k, a := range args {
			if states := ev.groupDefinition(u, args, k); states != nil {
				members[a.actors[0]] = states
			}
		}
	}
	return members
}

// groupDefinition returns the states a list names when args[k] is a body
// of no state named as their name right after it ("Inggris, Prancis, dan
// Jerman, yang dikenal sebagai kelompok E3"), else nil.
func (ev *eventCoder) groupDefinition(u *annotatedUnit, args []arg, k int) []int {
	a := ev.actors[args[k].actors[0]]
	if a.typ != diplograph.TypeOrganization || a.country != "" {
		return nil
	}
	p := args[k].ts - 1
	if p > 0 && ev.r.groupNouns[u.toks[p].low] {
		p--
	}
	if p > 0 && u.toks[p].low == "sebagai" {
		p--
	}
	if p < 2 || !ev.r.memberCues[u.toks[p].low] || u.toks[p-1].low != "yang" {
		return nil
	}
	end := p - 1
	if u.toks[end-1].low == "," {
		end--
	}
	for j := k - 1; j >= 0; j-- {
		if args[j].te != end {
			continue
		}
		states := ev.group(u, args, j, true, false)
		if len(states) < 2 || slices.ContainsFunc(states, func(s int) bool { return ev.actors[s].typ != diplograph.TypeCountry }) {
			return nil
		}
		return states
	}
	return nil
}

// afterActNoun says whether a noun act ends right before token i.
func (ev *eventCoder) afterActNoun(u *annotatedUnit, from, i int) bool {
	for k := max(from, i-3); k < i; k++ {
		if p, end := ev.r.triggers.matchAt(u.text, u.toks, k); p != nil && end == i && ev.r.trig[p.ref].voice == noun {
			return true
		}
	}
	return false
}

// openingGroup is the list of names sentence s opens with, when its first
// name is its subject (no preposition before it).
func (ev *eventCoder) openingGroup(s int) []int {
	r := ev.seg.sents[s]
	u := &ev.units[r.unit]
	args := namedArgs(u, r)
	if len(args) == 0 || args[0].ts != r.ts {
		return nil
	}
	return ev.group(u, args, 0, false, true)
}

// titlePointingBack returns the end of a person's title at token i and the
// "itu" or "tersebut" after it, with up to three qualifying words between
// ("Diplomat senior itu", "Presiden AS tersebut"), or i when there is none.
func (ev *eventCoder) titlePointingBack(u *annotatedUnit, i, sentEnd int) int {
	p, end := ev.lex.titles.matchAt(u.text, u.toks, i)
	if p == nil || !ev.lex.personTitle(p.ref) {
		return i
	}
	for k := end; k < sentEnd && k <= end+3 && u.toks[k].word; k++ {
		if w := u.toks[k].low; w == "itu" || w == "tersebut" {
			return k + 1
		}
	}
	return i
}

// markOblique marks the args after a preposition, and those joined to
// one by "dan" or "serta": they are never a clause's subject.
func (ev *eventCoder) markOblique(u *annotatedUnit, args []arg) {
	for k := range args {
		a := &args[k]
		if a.ts == 0 {
			continue
		}
		prev := u.toks[a.ts-1].low
		switch {
		case prev == "bersama" && k > 0 && args[k-1].te == a.ts-1 && !args[k-1].oblique && ev.beforeVerb(u, listEnd(u, args, k), len(u.toks)):
			// "Trump bersama Sisi, ... dan Erdogan menandatangani": names
			// joined to a subject by "bersama" act with it.
		case prev == "," && a.te < len(u.toks) && u.toks[a.te].low == "," && ev.placeBeforeComma(u, a.ts-1):
			// "ke Florida, Amerika Serikat, dan bertemu ...": the state of
			// a place, set off by commas, is no subject.
			a.oblique = true
		case ev.lex.preps[prev] || prev == "antara" || prev == "antar":
			// "antara A dan B" names the parties of a relation, never
			// the subject of a clause.
			a.oblique = true
		case (prev == "dan" || prev == "serta") && k > 0 && args[k-1].te >= a.ts-2:
			a.oblique = args[k-1].oblique
		case prev == "," && !u.title && k > 0 && args[k-1].te == a.ts-1 && args[k-1].oblique && ev.listHeadOblique(u, args[k-1]) && listClosedAfter(u, args, k):
			// "menarik duta besarnya dari Inggris, Prancis, dan Jerman
			// untuk konsultasi": names listed after an oblique one share
			// its role, in a list that "dan" or "serta" closes (a
			// headline's comma may open a new clause: "Dar ke Beijing,
			// Cina dan Pakistan Sepakat ...").
			a.oblique = true
		case ev.inPlacePhrase(u, a.ts):
			// "tiba di ibu kota Rusia dan ... melanjutkan perjalanan": the
			// state of a place is no subject.
			a.oblique = true
		case ev.inReasonPhrase(u, a.ts):
			// "militerisasi ... akibat tindakan aliansi NATO memperburuk
			// keadaan": the owner of the act given as a cause is no
			// subject.
			a.oblique = true
		case ev.inRoleAside(u, a.ts) || inAppositive(u, ev.lex, args, k):
			// "Brasil, selaku ketua BRICS tahun 2025, mengecam ...",
			// "Pakistan, sekutu lama Arab Saudi, mengecam India": what the
			// subject is names no subject.
			a.oblique = true
		}
	}
}

// inReasonPhrase says whether the name at token ts ends a phrase of cause:
// a reason word, a noun of an act (act_nouns.tsv) and at most two more
// words in lower case ("akibat tindakan aliansi NATO"; not "karena
// pemerintah X tidak berkonsultasi", whose name is the clause's subject).
func (ev *eventCoder) inReasonPhrase(u *annotatedUnit, ts int) bool {
	for j := ts - 1; j > 0 && j >= ts-3; j-- {
		t := u.toks[j]
		if !t.word || t.upper || ev.lex.verbLike(t.low) {
			return false
		}
		if _, act := ev.r.actNouns[t.low]; act && ev.r.reasonPreps[u.toks[j-1].low] {
			return true
		}
	}
	return false
}

// inPlacePhrase says whether the name at token ts ends a phrase of place
// opened by "di" or "ke" and one to three nouns of place in lower case ("di
// ibu kota Rusia", "ke wilayah Ukraina"; not "di bawah Presiden Lee", "di
// mana Pakistan").
func (ev *eventCoder) inPlacePhrase(u *annotatedUnit, ts int) bool {
	j := ts - 1
	for j > 0 && j >= ts-3 && ev.r.placeNouns[u.toks[j].low] && !u.toks[j].upper && !u.covered(j) {
		j--
	}
	return j < ts-1 && j >= 0 && (u.toks[j].low == "di" || u.toks[j].low == "ke")
}

// placeBeforeComma says whether the comma at token c closes a place named
// after a preposition by one to three capitalized words no actor holds
// ("di Jenewa,", "ke Florida,").
func (ev *eventCoder) placeBeforeComma(u *annotatedUnit, c int) bool {
	for k := c - 1; k > 0 && k >= c-3; k-- {
		if t := u.toks[k]; !t.word || !t.upper || u.covered(k) {
			return false
		}
		if ev.lex.preps[u.toks[k-1].low] {
			return true
		}
	}
	return false
}

// listEnd returns the end of the list of names args[k] opens, joined by
// commas, "dan" or "serta".
func listEnd(u *annotatedUnit, args []arg, k int) int {
	for ; k+1 < len(args) && args[k+1].ts > args[k].te && args[k+1].ts-args[k].te <= 2; k++ {
		for _, t := range u.toks[args[k].te:args[k+1].ts] {
			if t.low != "," && t.low != "dan" && t.low != "serta" {
				return args[k].te
			}
		}
	}
	return args[k].te
}

// listHeadOblique says whether the oblique name a stands in a list after
// a comma, or right after a preposition inside a clause: a phrase opening
// the sentence, its preposition capitalized ("Dari Eropa, Menlu Prancis
// X, ... dan Menlu Inggris Y mendesak ..."), ends at its comma.
func (ev *eventCoder) listHeadOblique(u *annotatedUnit, a arg) bool {
	if a.ts < 2 {
		return false
	}
	prev := u.toks[a.ts-1].low
	return prev == "," || ev.lex.preps[prev] && !u.toks[a.ts-1].upper && u.toks[a.ts-2].word
}

// listClosedAfter says whether the names listed from args[k] on, joined
// by commas, reach a "dan" or "serta" that closes the list.
func listClosedAfter(u *annotatedUnit, args []arg, k int) bool {
	for ; k+1 < len(args) && args[k+1].ts > args[k].te && args[k+1].ts-args[k].te <= 2; k++ {
		for _, t := range u.toks[args[k].te:args[k+1].ts] {
			switch t.low {
			case "dan", "serta":
				return true
			case ",":
			default:
				return false
			}
		}
	}
	return false
}

// inAppositive says whether args[k] stands in a description set off by
// commas right after the arg before it, which opens with a word in lower
// case ("Pakistan, sekutu lama Arab Saudi, mengecam ...").
func inAppositive(u *annotatedUnit, lex *lexicon, args []arg, k int) bool {
	if k == 0 {
		return false
	}
	comma := args[k-1].te
	if comma >= len(u.toks) || u.toks[comma].low != "," || comma+1 >= args[k].ts || args[k].ts-comma > 5 {
		return false
	}
	for i := comma + 1; i < args[k].ts; i++ {
		if t := u.toks[i]; !t.word || t.upper || u.covered(i) || lex.stop[t.low] || lex.contrast[t.low] {
			return false // "..., tetapi Rusia dan China, ...": a new clause
		}
	}
	for i := args[k].te; i < len(u.toks) && i <= args[k].te+3; i++ {
		if u.toks[i].low == "," {
			return true
		}
		if t := u.toks[i]; !t.word || t.upper || u.covered(i) {
			return false
		}
	}
	return false
}

// inRoleAside says whether token ts stands in a phrase set off by a comma
// that a role marker opens (", selaku ketua BRICS", ", sebagai tuan
// rumah KTT").
func (ev *eventCoder) inRoleAside(u *annotatedUnit, ts int) bool {
	for i := ts - 1; i >= 0 && i >= ts-5; i-- {
		if u.toks[i].low == "," {
			return i+1 < ts && ev.lex.roleMarkers[u.toks[i+1].low]
		}
		if !u.toks[i].word {
			return false
		}
		if w := u.toks[i].low; (w == "selaku" || w == "sebagai") && i > 0 && u.toks[i-1].upper && !u.covered(i) {
			// "Malaysia selaku Ketua ASEAN menyerukan ...": the role
			// right after a name, with no commas ("milik", the other role
			// word, names an owner who acts).
			return true
		}
	}
	return false
}

// ownStateOf returns the state of the first person or body with a state
// named in tokens [from, i) of a unit, as the cast's actor of that state,
// or -1 when the cast has none.
func (ev *eventCoder) ownStateOf(u *annotatedUnit, from, i int) int {
	for _, sp := range u.spansIn(from, i) {
		a := ev.actors[sp.actor]
		if sp.qual || a.country == "" || a.typ == diplograph.TypeCountry {
			continue
		}
		if k, ok := ev.byID[strings.ToLower(a.country)]; ok {
			return k
		}
		return -1
	}
	return -1
}

// speakerOfPronoun is the speaker, a person, of the reported words that
// hold the pronoun at token i of unit ui and name no person before it, or
// -1.
func (ev *eventCoder) speakerOfPronoun(stmts []stmt, u *annotatedUnit, ui, i int) int {
	for _, st := range stmts {
		if st.direct || st.unit != ui || i < st.ts || i >= st.te || st.speaker < 0 || ev.actors[st.speaker].typ != diplograph.TypePerson {
			continue
		}
		for _, sp := range u.spansIn(st.ts, i) {
			if ev.actors[sp.actor].typ == diplograph.TypePerson {
				return -1
			}
		}
		return st.speaker
	}
	return -1
}

// subjectPerson resolves a pronoun at token i of sentence s ("Ia mengecam
// ..."): the first person named in the sentence before it, else in the
// nearest sentence before that names one (a sentence's first person is
// usually its subject), or -1. A pronoun right after a phrase that opens
// its sentence looks before the sentence.
func (ev *eventCoder) subjectPerson(s, i int, stmts []stmt) int {
	if r := ev.seg.sents[s]; i-1 > r.ts && ev.units[r.unit].toks[i-1].low == "," && ev.r.phraseOpeners[ev.units[r.unit].toks[r.ts].low] ||
		s > 0 && i > r.ts && ev.titlePointingBack(&ev.units[r.unit], r.ts, r.te) > r.ts {
		// "Dalam pertemuan dengan Modi di New Delhi, ia menegaskan ...":
		// the opening phrase tells of the pronoun's clause, whose subject
		// is none of the people it names; "Pemimpin Kenya itu bertemu
		// Museveni, ..., di mana ia disambut ...": the subject that points
		// back is whom the pronoun does.
		s, i = s-1, math.MaxInt
	}
	for ; s >= 0; s-- {
		r := ev.seg.sents[s]
		for _, sp := range ev.units[r.unit].spansIn(r.ts, min(r.te, i)) {
			if !sp.qual && ev.actors[sp.actor].typ == diplograph.TypePerson && !inDirect(stmts, r.unit, sp.ts) {
				// (not a name inside someone's quoted words: "“Ini
				// perintah Presiden Prabowo,” ujar Sugiono. Dia ...")
				return sp.actor
			}
		}
		i = len(ev.units[r.unit].toks) + 1
	}
	return -1
}

// stateNamedIn is the country code of a state named in tokens [from, to)
// of u, or "".
func (ev *eventCoder) stateNamedIn(u *annotatedUnit, from, to int) string {
	for _, sp := range u.spansIn(from, to) {
		if a := ev.actors[sp.actor]; a.typ == diplograph.TypeCountry {
			return a.country
		}
	}
	return ""
}

// personOfState is the first person of state c named in the nearest
// sentence before s that names one, outside quotes, or -1.
func (ev *eventCoder) personOfState(s int, c string, stmts []stmt) int {
	for s--; s >= 0; s-- {
		r := ev.seg.sents[s]
		for _, sp := range ev.units[r.unit].spansIn(r.ts, r.te) {
			if a := ev.actors[sp.actor]; !sp.qual && a.typ == diplograph.TypePerson && a.country == c && !inDirect(stmts, r.unit, sp.ts) {
				return sp.actor
			}
		}
	}
	return -1
}

// inDirect says whether token i of unit ui is inside a direct quote.
func inDirect(stmts []stmt, ui, i int) bool {
	return slices.ContainsFunc(stmts, func(st stmt) bool { return st.direct && st.unit == ui && i >= st.ts && i < st.te })
}

func sortArgs(args []arg) {
	for i := 1; i < len(args); i++ {
		for j := i; j > 0 && args[j].ts < args[j-1].ts; j-- {
			args[j], args[j-1] = args[j-1], args[j]
		}
	}
}

// pairMention is a mention bothOf weighs: its unit, span and sentence.
type pairMention struct {
	u  *annotatedUnit
	sp span
	si int
}

// bothOf resolves "keduanya" / "kedua negara" (typ country) or "kedua
// pemimpin" (typ person) at token i: the last two actors of that type named
// before it in this or the previous sentence, leaving out the subject that
// speaks of them. "Kedua pihak" may also be a state and a body of states
// ("KTT China-Uni Eropa ... . Kedua pihak ...").
func (ev *eventCoder) bothOf(s, i int, args []arg, typ string, stmts []stmt) []int {
	sides := typ == diplograph.TypeCountry && ev.sidesNoun(&ev.units[ev.seg.sents[s].unit], i)
	fits := func(k int) bool {
		a := ev.actors[k]
		return a.typ == typ || sides && a.typ == diplograph.TypeOrganization && a.country == ""
	}
	// skip is the subject that speaks of them: the last name before a verb
	// ("meskipun AS mengkritik kerja sama antara keduanya"), else the
	// sentence's first name that no preposition governs ("China
	// menyesalkan aksi militer India terhadap Pakistan dan meminta kedua
	// pihak ...").
	// A subject of several ("Qatar dan Arab Saudi menyerukan kedua pihak
	// ...") is left out whole.
	unit := &ev.units[ev.seg.sents[s].unit]
	var skip []int
	for k := len(args) - 1; k >= 0 && skip == nil; k-- {
		if a := args[k]; a.te <= i && !a.oblique && len(a.actors) == 1 && ev.beforeVerb(unit, a.te, i) {
			skip = ev.group(unit, args, k, true, false)
		}
	}
	for k, a := range args {
		if skip == nil && a.te <= i && !a.oblique && len(a.actors) == 1 {
			skip = ev.group(unit, args, k, false, true)
		}
	}
	// The candidates, latest first: named in this sentence before i or in
	// the previous one, of the type wanted, other than the subject.
	candidates := func(sents ...int) []pairMention {
		var cands []pairMention
		for _, si := range sents {
			if si < 0 {
				continue
			}
			r := ev.seg.sents[si]
			u := &ev.units[r.unit]
			in := u.spansIn(r.ts, r.te)
			for n := len(in) - 1; n >= 0; n-- {
				sp := in[n]
				if sp.qual || (si == s && sp.te > i) || slices.Contains(skip, sp.actor) || !fits(sp.actor) || ev.mediated(si, sp.actor) {
					continue
				}
				if p := sp.ts - 1; typ == diplograph.TypeCountry && p > r.ts && u.toks[p].word && !u.toks[p].upper && !ev.lex.verbLike(u.toks[p].low) &&
					!ev.lex.preps[u.toks[p].low] && !ev.lex.stop[u.toks[p].low] && !ev.r.conjunctions[u.toks[p].low] &&
					inDirect(stmts, r.unit, sp.ts) && !inDirect(stmts, ev.seg.sents[s].unit, i) {
					// "“Ini kabar baik bagi eksportir Indonesia,” kata
					// ekonom. Kedua negara ...": a state that qualifies a
					// noun in someone's words is no side of the story's
					// pair.
					continue
				}
				if si == s && (inRelativeAside(u, r.ts, sp.ts, i) || ev.inRoleAside(u, sp.ts)) {
					// "Mesir dan Qatar, yang menjadi penjamin bersama AS dan
					// Turki, meminta kedua pihak ...", "Anwar, selaku Ketua
					// ASEAN, ...": those the subject is described by are
					// not the two.
					continue
				}
				cands = append(cands, pairMention{u, sp, si})
			}
		}
		return cands
	}
	// Two actors joined as a pair ("Rusia dan Vietnam", "Rusia-Vietnam"),
	// or in this sentence as the sides of an act one aims at the other,
	// are the two meant, before any other actor named later ("perang
	// melawan Prancis").
	joined := func(cands []pairMention) []int {
		for n := 0; n+1 < len(cands); n++ {
			b, a := cands[n], cands[n+1]
			if a.u == b.u && a.sp.actor != b.sp.actor && a.sp.te <= b.sp.ts && (pairJoined(a.u, a.sp.te, b.sp.ts) || a.si == s && pairOpposed(a.u, a.sp.te, b.sp.ts)) {
				if a.si != s && ev.obliquePair(a.u, a.sp.ts) {
					// "berterima kasih kepada Arab Saudi dan Turki": a
					// pair an act of another is aimed at or passes
					// through is no pair of protagonists.
					continue
				}
				return []int{a.sp.actor, b.sp.actor}
			}
		}
		return nil
	}
	lastTwo := func(cands []pairMention) []int {
		var pair []int
		for _, c := range cands {
			if len(pair) == 1 && pair[0] == c.sp.actor {
				continue
			}
			if pair = append(pair, c.sp.actor); len(pair) == 2 {
				return []int{pair[1], pair[0]}
			}
		}
		return nil
	}
	pairOf := func(sents ...int) []int {
		cands := candidates(sents...)
		if pair := joined(cands); pair != nil {
			return pair
		}
		if pair := lastTwo(cands); pair != nil && !ev.inPassing(cands, pair) {
			return pair
		}
		return nil
	}
	cands := candidates(s, s-1)
	if pair := joined(cands); pair != nil {
		return pair
	}
	// "Prabowo bertemu Anwar Ibrahim. Keduanya juga mengecam serangan
	// Israel terhadap Iran. Kedua negara ...": the two who just met or
	// talked, before the last two named.
	pair, other := ev.lastMet(s, typ)
	if pair != nil {
		return pair
	}
	if other && typ == diplograph.TypeCountry && !sides {
		return nil
	}
	// "Thailand Tangguhkan Deklarasi Damai dengan Kamboja ... . Malaysia
	// mendesak kedua negara ...", paragraphs on: the two the headline or
	// the lead names (and no other), the story's two.
	storyPair := func() []int {
		for si := 0; si < s && si <= ev.leadSentence(); si++ {
			var two []int
			for _, c := range candidates(si) {
				if !slices.Contains(two, c.sp.actor) {
					two = append(two, c.sp.actor)
				}
			}
			if len(two) == 2 {
				return []int{two[1], two[0]}
			}
		}
		return nil
	}
	// (After a meeting with a body's head, "kedua pihak" are that body and
	// the other side, which the story's lead names, not the last two; two
	// named in passing, "terhadap Moskow ... di Ukraina", give way to the
	// story's two.)
	if pair := lastTwo(cands); pair != nil && !other {
		if !ev.inPassing(cands, pair) {
			return pair
		}
		if story := storyPair(); story != nil {
			return story
		}
		return pair
	}
	if typ == diplograph.TypeCountry {
		// "Malaysia membantah ... . Kedua negara sepakat ...": the sentence
		// before names one of the two, a sentence before it both.
		if one := ev.statesIn(s - 1); len(one) == 1 {
			for _, si := range []int{s - 2, s - 3} {
				if two := ev.statesIn(si); len(two) == 2 && slices.Contains(two, one[0]) {
					return two
				}
			}
		}
	}
	// "Kedua negara" after a sentence about a third party (a mediator):
	// the pair an earlier sentence names, each sentence taken alone, so
	// that the third party never makes one of the two.
	if typ != diplograph.TypeCountry {
		return nil
	}
	if !ev.namesAny(s-1, typ) {
		for _, si := range []int{s - 2, s - 3} {
			if pair := pairOf(si); pair != nil {
				return pair
			}
			if ev.namesAny(si, typ) {
				break
			}
		}
	}
	return storyPair()
}

// sidesNoun says whether "kedua" at token i counts sides ("kedua pihak",
// "kedua belah pihak"), which need not be states.
func (ev *eventCoder) sidesNoun(u *annotatedUnit, i int) bool {
	for k := i + 1; k < len(u.toks) && k <= i+2; k++ {
		if u.toks[k].low == "pihak" {
			return true
		}
	}
	return false
}

// inPassing says whether both of pair are named, at their latest mention
// among cands, only after a preposition that makes them no side ("pengaruh
// terhadap Moskow untuk mengakhiri perang di Ukraina"): places and aims
// mentioned in passing, not the story's two.
func (ev *eventCoder) inPassing(cands []pairMention, pair []int) bool {
	for _, k := range pair {
		n := slices.IndexFunc(cands, func(c pairMention) bool { return c.sp.actor == k })
		if n < 0 || !ev.obliquePair(cands[n].u, cands[n].sp.ts) {
			return false
		}
	}
	return true
}

// leadSentence is the index of the body's first sentence.
func (ev *eventCoder) leadSentence() int {
	for si, r := range ev.seg.sents {
		if !ev.units[r.unit].title {
			return si
		}
	}
	return 0
}

// metPairReach is how many sentences back the pair of a reciprocal act is
// still the one "kedua pemimpin" means: a summit's story goes on about its
// two for a few sentences ("... menyaksikan penandatanganan ... . Prabowo
// menyebut ... . Erdogan memuji ... . Kedua pemimpin juga sepakat ...").
const metPairReach = 4

// obliquePair says whether the pair whose first name starts at token ts
// stands after a preposition that makes it no side of its own
// ("kepada", "atas", "di"), not one that names sides ("antara", "dengan").
func (ev *eventCoder) obliquePair(u *annotatedUnit, ts int) bool {
	if ts == 0 {
		return false
	}
	w := u.toks[ts-1].low
	return ev.lex.preps[w] && w != "antara" && w != "antar" && w != "dengan"
}

// metPair is the pair of a reciprocal act (a meeting, talks, a call: an
// act told as fact both ways in one sentence) of the metPairReach sentences
// before s, the latest first, as actors of type typ: the people themselves, or
// their states (or, where the page never names a state, its leader). nil
// when there is none.
func (ev *eventCoder) metPair(s int, typ string) []int {
	pair, _ := ev.lastMet(s, typ)
	return pair
}

// lastMet is metPair's pair, and whether a reciprocal act of the reach had
// a side that is no actor of type typ (a meeting of the EU's president with
// China's: "kedua pihak" after it, when no other pair met, are no two
// states).
func (ev *eventCoder) lastMet(s int, typ string) (pair []int, other bool) {
	as := func(id string) int {
		k, ok := ev.byID[id]
		if !ok {
			return -1
		}
		if a := ev.actors[k]; a.typ == typ {
			return k
		} else if typ == diplograph.TypeCountry && a.country != "" {
			if c, ok := ev.byID[strings.ToLower(a.country)]; ok && ev.actors[c].kept() {
				return c
			}
			return k // a leader standing for the state the page never names
		}
		return -1
	}
	for i := len(ev.reports) - 1; i >= 0 && ev.reports[i].sent >= s-metPairReach; i-- {
		a := ev.reports[i]
		if a.sent >= s || a.Context != "" || a.title || a.attended {
			continue
		}
		for j := i - 1; j >= 0 && ev.reports[j].sent == a.sent; j-- {
			b := ev.reports[j]
			if b.Root != a.Root || b.Source != a.Target || b.Target != a.Source || b.Context != "" {
				continue
			}
			x, y := as(b.Source), as(a.Source)
			if x >= 0 && y >= 0 && x != y {
				if two := ev.metByOne(a.sent, a.Root, b.Source, a.Source); two != nil {
					// "Anwar menelepon Phumtham dan Hun Manet. ... Trump
					// berbicara dengan kedua pemimpin": the two one met
					// in one act, not the one who met them.
					if p, q := as(two[0]), as(two[1]); p >= 0 && q >= 0 && p != q {
						return []int{p, q}, other
					}
				}
				return []int{x, y}, other
			}
			other = other || x < 0 || y < 0
		}
	}
	return nil, other
}

// metByOne returns, when one of the pair x, y met exactly two others in
// sentence s by acts of the CAMEO root (reports both ways), those two; else
// nil.
func (ev *eventCoder) metByOne(s int, root, x, y string) []string {
	var told []report // the acts of the root told as fact in sentence s
	for _, r := range ev.reports {
		if r.sent == s && r.Root == root && r.Context == "" {
			told = append(told, r)
		}
	}
	for _, one := range []string{x, y} {
		var partners []string
		for _, a := range told {
			if a.Source == one && !slices.Contains(partners, a.Target) &&
				slices.ContainsFunc(told, func(b report) bool { return b.Source == a.Target && b.Target == a.Source }) {
				partners = append(partners, a.Target)
			}
		}
		if len(partners) == 2 {
			return partners
		}
	}
	return nil
}

// attendedIn says whether a verb of attending (a trigger with the venue
// flag: "hadir dalam", "menghadiri") starts between tokens from and to.
func (ev *eventCoder) attendedIn(u *annotatedUnit, from, to int) bool {
	for i := from; i < to; i++ {
		if p, _ := ev.r.triggers.matchAt(u.text, u.toks, i); p != nil && ev.r.trig[p.ref].venue {
			return true
		}
	}
	return false
}

// mediated says whether actor k mediates in sentence s (the source of its
// CAMEO 045): "AS dan Prancis menjadi penengah ... . Kedua pihak sepakat
// ...": a mediator is none of the two sides.
func (ev *eventCoder) mediated(s, k int) bool {
	id := ev.actors[k].id
	return slices.ContainsFunc(ev.reports, func(rep report) bool {
		return rep.sent == s && rep.Cameo == mediation && (rep.Source == id || rep.SourceParty == id)
	})
}

// mediationIn says whether a trigger of mediation starts between tokens
// from and to ("menjadi penengah", "dimediasi").
func (ev *eventCoder) mediationIn(u *annotatedUnit, from, to int) bool {
	for i := from; i < to; i++ {
		if p, _ := ev.r.triggers.matchAt(u.text, u.toks, i); p != nil && ev.r.trig[p.ref].thirdParty {
			return true
		}
	}
	return false
}

// countedStates are the n states "ketiga negara" (n = 3) means in sentence
// s: a list of exactly n states ("Teheran mengecam keputusan Inggris,
// Prancis, dan Jerman": not Iran), else the first n it names; nil when it
// names fewer.
func (ev *eventCoder) countedStates(s, n int) []int {
	states := ev.statesIn(s)
	if len(states) < n {
		return nil
	}
	r := ev.seg.sents[s]
	u := &ev.units[r.unit]
	args := namedArgs(u, r)
	for k := range args {
		if list := ev.group(u, args, k, false, true); len(list) == n && !slices.ContainsFunc(list, func(a int) bool { return ev.actors[a].typ != diplograph.TypeCountry }) {
			return list
		}
	}
	return states[:n]
}

// statesIn lists the states sentence s names outside qualifiers, each
// once, in order.
func (ev *eventCoder) statesIn(s int) []int {
	return ev.namedIn(s, diplograph.TypeCountry)
}

// namedIn lists the actors of type typ sentence s names outside a
// qualifier, in order, each once.
func (ev *eventCoder) namedIn(s int, typ string) []int {
	if s < 0 {
		return nil
	}
	r := ev.seg.sents[s]
	var out []int
	for _, sp := range ev.units[r.unit].spansIn(r.ts, r.te) {
		if !sp.qual && ev.actors[sp.actor].typ == typ && !slices.Contains(out, sp.actor) {
			out = append(out, sp.actor)
		}
	}
	return out
}

// namesAny says whether sentence s (when there is one) names an actor of
// type typ outside a qualifier.
func (ev *eventCoder) namesAny(s int, typ string) bool {
	if s < 0 {
		return false
	}
	r := ev.seg.sents[s]
	u := &ev.units[r.unit]
	return slices.ContainsFunc(u.spansIn(r.ts, r.te), func(sp span) bool { return !sp.qual && ev.actors[sp.actor].typ == typ })
}

// pairJoined says whether what stands between a name ending at token end
// and one starting at token start joins them as a pair: "dan", "serta",
// "dengan", or a hyphen or slash (which the tokenizer leaves out).
func pairJoined(u *annotatedUnit, end, start int) bool {
	switch start - end {
	case 0:
		gap := strings.TrimSpace(u.text[u.toks[end-1].end:u.toks[start].start])
		return gap == "-" || gap == "–" || gap == "/"
	case 1:
		switch u.toks[end].low {
		case "dan", "serta", "dengan":
			return true
		}
	}
	return false
}

// beforeVerb says whether a verb follows token at, past a bracket and
// adverbs, before token end.
func (ev *eventCoder) beforeVerb(u *annotatedUnit, at, end int) bool {
	if at < end && u.toks[at].low == "(" {
		for at < end && u.toks[at].low != ")" {
			at++
		}
		at++
	}
	for at < end && ev.lex.adverbs[u.toks[at].low] {
		at++
	}
	return at < end && (ev.lex.speech[u.toks[at].low] || ev.lex.verbLike(u.toks[at].low))
}

// pairOpposed says whether two names are the sides of an act one aims at
// the other, one word between them ("aksi militer India terhadap
// Pakistan", "perang Rusia melawan Ukraina").
func pairOpposed(u *annotatedUnit, end, start int) bool {
	return start-end == 1 && (u.toks[end].low == "terhadap" || u.toks[end].low == "melawan")
}

// inRelativeAside says whether token at stands in a relative clause set
// off by commas ("X, yang ..., meminta") that closes before token before,
// in the sentence from token from.
func inRelativeAside(u *annotatedUnit, from, at, before int) bool {
	open := -1
	for k := at - 1; k > from; k-- {
		if u.toks[k].low == "," {
			break
		}
		if u.toks[k].low == "yang" && u.toks[k-1].low == "," {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := at; k < before; k++ {
		if u.toks[k].low == "," {
			return true
		}
	}
	return false
}

// group returns the actors of args[k] and of the args coordinated with it
// ("Korea Selatan, Jepang, dan Amerika Serikat"), looking left or right. A
// bare comma joins two names only inside a list that "dan" or "serta"
// closes, so "Mengutip Reuters, ..., Korea Utara" stays apart.
func (ev *eventCoder) group(u *annotatedUnit, args []arg, k int, left, right bool) []int {
	out := append([]int(nil), args[k].actors...)
	// link says how args a and b (a before b) are joined: 2 by "dan"/"serta"
	// (with or without a comma), 1 by a bare comma, 0 not at all. Looking
	// left from a verb, "bersama" joins too: "Trump bersama Sisi
	// menandatangani" is both signing.
	link := func(a, b arg, left bool) int {
		if a.te > b.ts {
			return 0 // overlapping arguments are not a list
		}
		between := u.toks[a.te:b.ts]
		switch len(between) {
		case 1:
			switch between[0].low {
			case "dan", "serta":
				return 2
			case "bersama":
				if left {
					return 2
				}
			case ",":
				return 1
			}
		case 2:
			if between[0].low == "," && (between[1].low == "dan" || between[1].low == "serta") {
				return 2
			}
		}
		if left && len(between) > 1 && len(between) <= 3 && between[0].low == "bersama" &&
			!slices.ContainsFunc(between[1:], func(t token) bool { return t.low != "para" && !ev.r.leaderNouns[t.low] }) {
			return 2 // "Xi Jinping bersama para pemimpin Kazakhstan dan Uzbekistan menandatangani"
		}
		if n := len(between); n >= 4 && n <= 9 && between[0].low == "," && between[n-2].low == "," && (between[n-1].low == "dan" || between[n-1].low == "serta") &&
			!slices.ContainsFunc(between[1:n-2], func(t token) bool { return t.low == "," || ev.lex.verbLike(t.low) }) {
			return 2 // "Mark Carney, tuan rumah KTT, serta Cyril Ramaphosa": an aside on the one before
		}
		if len(between) > 1 && (between[0].low == "dan" || between[0].low == "serta") && ev.stateItem(between[1:]) && ev.actors[b.actors[0]].typ != diplograph.TypePerson {
			return 2 // "Iran dan tiga perusahaan pelayaran China", "Nairobi dan para diplomat Uni Eropa"
		}
		return 0
	}
	if left {
		closed := false
		for j := k; j > 0; j-- {
			l := link(args[j-1], args[j], true)
			if l == 0 || (l == 1 && (!closed || !ev.sameType(args[j-1], args[k]) || ev.placeOrTopic(u, args[j-1]))) {
				// (a comma after a place, "... di Ukraina, Washington dan
				// Beijing saling kecam", opens a new clause, no list)
				break
			}
			closed = true
			out = append(out, args[j-1].actors...)
		}
	}
	if right {
		var pending []int
		j := k
		for ; j+1 < len(args); j++ {
			l := link(args[j], args[j+1], false)
			if l == 0 || (l == 1 && !ev.sameType(args[j+1], args[k])) {
				break
			}
			pending = append(pending, args[j+1].actors...)
			if l == 2 {
				out, pending = append(out, pending...), nil
			}
		}
		if pending != nil && ev.closedByOthers(u, args[j].te) {
			// "Amerika Serikat, Korea Selatan dan negara-negara lain"
			out = append(out, pending...)
		}
		if j > k && ev.placeOrTopic(u, args[k]) && link(args[k], args[k+1], false) == 1 && ev.actsAt(u, args[j].te) {
			// "Rusia Serang Kota Odesa di Ukraina, Washington dan Beijing
			// Saling Kecam": names after a place and a comma that act next
			// are the subjects of a clause of their own, no list.
			out = append([]int(nil), args[k].actors...)
		}
	}
	return out
}

// placeOrTopic says whether arg a is named as a place or a topic ("di
// Ukraina", "soal Venezuela"), right after a preposition of place or a
// word of topic.
func (ev *eventCoder) placeOrTopic(u *annotatedUnit, a arg) bool {
	if a.ts == 0 {
		return false
	}
	w := u.toks[a.ts-1].low
	return w == "di" || ev.r.placePreps[w] || ev.r.topicWords[w]
}

// actsAt says whether an act is told at token at, past "saling" and
// adverbs: a verb, a verb of saying, or a headline's bare trigger
// ("Saling Kecam").
func (ev *eventCoder) actsAt(u *annotatedUnit, at int) bool {
	for at < len(u.toks) && (ev.lex.adverbs[u.toks[at].low] || ev.r.reciprocals[u.toks[at].low]) {
		at++
	}
	if at >= len(u.toks) {
		return false
	}
	if w := u.toks[at].low; ev.lex.speech[w] || ev.lex.verbLike(w) {
		return true
	}
	p, _ := ev.r.triggers.matchAt(u.text, u.toks, at)
	return p != nil
}

// closedByOthers says whether "dan" or "serta" at token i closes a list
// with others it does not name ("dan negara-negara lain", "serta
// sekutunya"): a word of others-word within three words after it.
func (ev *eventCoder) closedByOthers(u *annotatedUnit, i int) bool {
	if i >= len(u.toks) || u.toks[i].low != "dan" && u.toks[i].low != "serta" {
		return false
	}
	for n := i + 1; n < len(u.toks) && n <= i+3 && u.toks[n].word && !u.covered(n); n++ {
		if ev.r.othersWords[u.toks[n].low] {
			return true
		}
	}
	return false
}

// maxItemWords bounds the words of a list item before the state that
// qualifies it ("tiga perusahaan pelayaran").
const maxItemWords = 4

// stateItem says whether words head a list item that the state after them
// qualifies: a count, then an item noun ("perusahaan", "pejabat"), then at
// most two more words of the noun's own ("perusahaan pelayaran").
func (ev *eventCoder) stateItem(words []token) bool {
	if len(words) == 0 || len(words) > maxItemWords {
		return false
	}
	k := 0
	for k < len(words) && (ev.r.quantities[words[k].low] || isNumber(words[k].low)) {
		k++
	}
	if k == len(words) || !ev.r.itemNouns[words[k].low] || len(words)-k > 3 {
		return false
	}
	for _, w := range words[k+1:] {
		if !w.word || w.upper || ev.lex.verbLike(w.low) || ev.r.objectStops[w.low] || ev.r.targetPreps[w.low] || ev.r.placePreps[w.low] {
			return false
		}
	}
	return true
}

// listOpening returns the number of tokens of a comma and the words that
// open a list after it at token i (", antara lain", ", di antaranya",
// ", termasuk"), or 0.
func (ev *eventCoder) listOpening(u *annotatedUnit, i, sentEnd int) int {
	if u.toks[i].low != "," || i+1 >= sentEnd {
		return 0
	}
	if w := u.toks[i+1].low; (w == "antara" || w == "di") && i+2 < sentEnd && ev.r.listOpeners[u.toks[i+2].low] {
		return 3
	}
	if ev.r.listOpeners[u.toks[i+1].low] {
		return 2
	}
	return 0
}

// namedAfterOpener is the side a comma and a list opener name after a
// noun ending at token te (", yaitu Rusia"), within six words and before
// any verb: who the noun is; none when no such name stands.
func (ev *eventCoder) namedAfterOpener(u *annotatedUnit, args []arg, te, sentEnd int) role {
	for i := te; i < sentEnd && i <= te+6; i++ {
		if n := ev.listOpening(u, i, sentEnd); n > 0 {
			if k := argAt(args, i+n); k >= 0 && !args[k].oblique {
				return role{actors: ev.group(u, args, k, false, true), gap: i + n - te}
			}
			return role{}
		}
		if ev.lex.verbLike(u.toks[i].low) && !u.covered(i) {
			return role{}
		}
	}
	return role{}
}

// statementHead returns the verb that issues the statement whose noun
// (statement-noun: "pernyataan", "deklarasi") heads the relative clause
// before token y ("menerbitkan pernyataan bersama yang ..."), past two
// words of its own; -1 when there is none.
func (ev *eventCoder) statementHead(u *annotatedUnit, sentStart, y int) int {
	for k := y - 1; k > sentStart && k >= y-3; k-- {
		if !ev.r.statementNouns[u.toks[k].low] {
			continue
		}
		if v := k - 1; ev.lex.verbLike(u.toks[v].low) && !u.covered(v) {
			return v
		}
		return -1
	}
	return -1
}

// addresseeStart returns where the addressee before token y starts, its
// preposition ("kepada Dewan Keamanan" before "yang"), or y when the name
// before y is none: a relative clause after a statement's addressee may
// still describe the statement.
func (ev *eventCoder) addresseeStart(u *annotatedUnit, args []arg, y int) int {
	for _, a := range args {
		if a.te == y && a.oblique && a.ts > 0 && ev.r.targetPreps[u.toks[a.ts-1].low] {
			return a.ts - 1
		}
	}
	return y
}

// lastGroup is the organization named last in the two sentences before
// sentence s, or -1.
func (ev *eventCoder) lastGroup(s int) int {
	for si := s - 1; si >= 0 && si >= s-2; si-- {
		r := ev.seg.sents[si]
		in := ev.units[r.unit].spansIn(r.ts, r.te)
		for n := len(in) - 1; n >= 0; n-- {
			if a := ev.actors[in[n].actor]; !in[n].qual && a.typ == diplograph.TypeOrganization {
				return in[n].actor
			}
		}
	}
	return -1
}

// capitalRunEnd is the end of the run of capitalized words not named as
// actors that starts at token i, before sentEnd.
func capitalRunEnd(u *annotatedUnit, i, sentEnd int) int {
	for i < sentEnd && u.toks[i].word && u.toks[i].upper && !u.covered(i) {
		i++
	}
	return i
}

// sameType says whether two args name actors of one type, as the items of
// a list joined by commas do.
func (ev *eventCoder) sameType(a, b arg) bool {
	return ev.actors[a.actors[0]].typ == ev.actors[b.actors[0]].typ
}

// betweenPair reads "antara A dan B" (or "antara keduanya") starting at
// most two words after a trigger ending at te: the two sides, or nil.
func (ev *eventCoder) betweenPair(u *annotatedUnit, args []arg, te, sentEnd int) []int {
	for k := te; k < te+5 && k < sentEnd; k++ {
		if u.toks[k].low != "antara" && u.toks[k].low != "antar" {
			if a := argAt(args, k); a >= 0 && k > te && u.toks[k-1].word && u.toks[k-1].upper && !u.covered(k-1) {
				// "Kesepakatan Damai Kuala Lumpur antara A dan B": a place
				// inside an accord's name is no object.
				k = args[a].te - 1
				continue
			}
			if ev.r.objectStops[u.toks[k].low] || argAt(args, k) >= 0 {
				// "meminta AS berhenti memprovokasi perselisihan antara
				// China dan Korea Selatan": a name before it is the object.
				return nil
			}
			continue
		}
		// "antara A dan B", "antara A dengan B", "antara A, B, dan C",
		// "antara A, B, dan beberapa pemimpin Eropa": after "antara" a
		// comma lists, whatever closes the list.
		var out []int
		for i, joined := k+1, false; i < sentEnd; {
			a := argAt(args, i)
			if a < 0 && joined {
				// "dan Perdana Menteri (PM) Malaysia Muhyiddin Yassin": a
				// title the mention does not hold.
				for j := i; j < sentEnd && j < i+6 && a < 0; j++ {
					t := u.toks[j]
					if t.low != "(" && t.low != ")" && (!t.upper || ev.r.objectStops[t.low]) {
						break
					}
					a = argAt(args, j+1)
				}
			}
			if a < 0 {
				break
			}
			out = append(out, args[a].actors...)
			i, joined = args[a].te, false
			for i < sentEnd && (u.toks[i].low == "," || u.toks[i].low == "dan" || u.toks[i].low == "serta" || u.toks[i].low == "dengan") {
				i, joined = i+1, true
			}
		}
		if len(out) >= 2 {
			return out
		}
		return nil
	}
	return nil
}

// relativeAgent reads "yang di-V [oleh] X" right after a noun trigger
// ending at te ("sanksi yang dijatuhkan AS", "serangan yang dilancarkan
// oleh Israel"): the agent X and the token after it, or no actors.
func (ev *eventCoder) relativeAgent(u *annotatedUnit, args []arg, te, sentEnd int) (role, int) {
	k := te
	// "sanksi ekonomi yang dijatuhkan AS", "sanksi ekonomi baru yang ...": up
	// to two words that qualify the noun stand before "yang".
	for n := 0; n < 2 && k < sentEnd && u.toks[k].word && !u.toks[k].upper && u.toks[k].low != "yang" && !ev.lex.verbLike(u.toks[k].low) && !ev.lex.stop[u.toks[k].low]; n++ {
		k++
	}
	if k+2 >= sentEnd || u.toks[k].low != "yang" || !strings.HasPrefix(u.toks[k+1].low, "di") || !ev.lex.verbLike(u.toks[k+1].low) {
		return role{}, te
	}
	k += 2
	if k < sentEnd && u.toks[k].low == "oleh" {
		k++
	}
	a := argAt(args, k)
	if a < 0 {
		return role{}, te
	}
	return role{actors: ev.group(u, args, a, false, true), gap: k - te}, args[a].te
}

// agentAfterOleh reads the agent of a noun trigger ending at te: "N X
// oleh Y" (source Y, target X) or "N oleh Y terhadap X". ok is false when
// no "oleh" follows the noun or its object.
func (ev *eventCoder) agentAfterOleh(u *annotatedUnit, args []arg, te, sentEnd int) (src, tgt role, ok bool) {
	k := te
	obj := argAt(args, k)
	if obj >= 0 {
		k = args[obj].te
	} else {
		// "pengeboman fasilitas nuklir Fordow oleh Amerika Serikat": a
		// few words of no actor (a place) before the agent.
		for j := te; j < sentEnd && j < te+6 && u.toks[j].word && argAt(args, j) < 0; j++ {
			if u.toks[j].low == "oleh" {
				k = j
				break
			}
		}
	}
	if k+1 >= sentEnd || u.toks[k].low != "oleh" {
		return role{}, role{}, false
	}
	a := argAt(args, k+1)
	if a < 0 {
		return role{}, role{}, false
	}
	src = role{actors: ev.group(u, args, a, false, true), gap: words(u, te, args[a].ts)}
	switch {
	case obj >= 0:
		tgt = role{actors: ev.group(u, args, obj, false, true)}
	case k > te:
		tgt = ev.placeTarget(u, te, k)
	default:
		tgt = ev.object(u, args, args[a].te, sentEnd, true)
	}
	return src, tgt, true
}

// nounClauseStart returns where the clause holding a noun trigger at ts
// begins, from sentence (or statement) start from: after the last comma,
// semicolon or subordinating word before it. A name right before "yang"
// is kept: the relative clause is about it ("Rusia, yang melancarkan
// invasi").
func (ev *eventCoder) nounClauseStart(u *annotatedUnit, from, ts int) int {
	for i := ts - 1; i >= from; i-- {
		w := u.toks[i].low
		if w == "yang" {
			j := i - 1
			if j >= from && u.toks[j].low == "," {
				j--
			}
			if j >= from && u.covered(j) {
				return from
			}
			return i + 1
		}
		if w == "," {
			if j := ev.asideOpening(u, from, i); j >= 0 {
				// "Bessent, yang ikut dalam pertemuan itu, mengumumkan
				// ...": the aside about a name is passed over to the
				// name, the subject.
				i = j
				continue
			}
		}
		if w == "," || w == ";" || ev.r.subordinators[w] || i == ts-1 && ev.lex.speech[w] && !ev.lex.objectVerbs[w] {
			// "Takaichi menyatakan serangan terhadap Taiwan bisa ...": the
			// words said, right after the verb, are a clause of their own.
			return i + 1
		}
	}
	return from
}

// asideOpening returns where the relative clause closed by the comma at
// token end opens (its comma before "yang"), when it is set off right after
// a name ("Bessent, yang ikut dalam pertemuan itu,"), else -1.
func (ev *eventCoder) asideOpening(u *annotatedUnit, from, end int) int {
	for j := end - 1; j-2 >= from; j-- {
		switch u.toks[j].low {
		case ",", ";":
			return -1
		case "yang":
			if u.toks[j-1].low == "," && u.covered(j-2) {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// argAt returns the index of the arg starting at token i, or -1.
func argAt(args []arg, i int) int {
	for k, a := range args {
		if a.ts == i {
			return k
		}
	}
	return -1
}

// possessor returns the arg right after a noun trigger that owns it
// ("kunjungan Kim", "ancaman yang dilontarkan AS"), or -1.
func (ev *eventCoder) possessor(u *annotatedUnit, args []arg, te int) int {
	k := te
	if k+1 < len(u.toks) && u.toks[k].low == "yang" && strings.HasPrefix(u.toks[k+1].low, "di") {
		k += 2
	}
	// "kunjungan pertama Putin", "kunjungan resmi Xi", "paket sanksi
	// ke-18 Uni Eropa".
	for n := 0; n < 2 && k < len(u.toks); n++ {
		if ordinalAt(u, k) {
			k += 2
		} else if ev.r.nounModifiers[u.toks[k].low] {
			k++
		} else {
			break
		}
	}
	return argAt(args, k)
}

// ordinalAt says whether an ordinal in figures starts at token k ("ke-18").
func ordinalAt(u *annotatedUnit, k int) bool {
	return k+1 < len(u.toks) && u.toks[k].low == "ke" && u.toks[k+1].joined && isNumber(u.toks[k+1].low)
}

// subject is the side before a trigger: the nearest arg that is not after a
// preposition, with the args coordinated with it.
func (ev *eventCoder) subject(u *annotatedUnit, args []arg, ts, sentStart int) role {
	// "Macron mengunjungi Vietnam dan dijadwalkan melanjutkan lawatan ke
	// Singapura": the verbs before the trigger, back to "dan", share the
	// subject of the verb before that, and so does the act they govern.
	if c := ev.verbChainStart(u, sentStart, ts); c < ts && c-1 > sentStart && (u.toks[c-1].low == "dan" || u.toks[c-1].low == "serta") {
		ts = c
	}
	// "Harris mengutuk X dan menyerukan Y": a verb joined by "dan" shares
	// the subject of the verb before it; so does a purpose clause ("memanggil
	// X untuk memprotes"), unless that verb hands the act to its object
	// ("mendesak China untuk ...").
	switch prev := ts - 1; {
	case prev <= sentStart:
	case u.toks[prev].low == "dan" || u.toks[prev].low == "serta":
		// The verb joined is the first of its clause, which may open
		// after a subordinator: "NIS mencatat ... setelah Shoigu
		// mengunjungi Korea Utara dan menandatangani perjanjian" is
		// Shoigu's signing.
		start := ev.clauseStart(u, sentStart, prev)
		if v := ev.firstVerb(u, start, prev); v >= 0 {
			return ev.subject(u, args, v, start)
		}
	case u.toks[prev].low == "," && u.title && !u.covered(ts):
		// "JD Vance Kunjungi Greenland, Kecam Denmark": a headline's verb
		// after a comma is its subject's, the headline's first name.
		for k, a := range args {
			if a.ts >= sentStart && a.te <= prev && !a.oblique {
				return role{actors: ev.group(u, args, k, false, true), gap: words(u, a.te, ts)}
			}
		}
	case u.toks[prev].low == "," && ev.lex.verbLike(u.toks[ts].low) && !u.covered(ts):
		// "Adik pemimpin Korea Utara Kim Jong Un, Kim Yo Jong, membantah":
		// a person's name set off by commas right before the verb is
		// the subject, what comes before it their description.
		for _, a := range args {
			if a.te == prev && a.ts-1 > sentStart && u.toks[a.ts-1].low == "," && !a.inferred && ev.actors[a.actors[0]].typ == diplograph.TypePerson {
				return role{actors: a.actors, gap: 1}
			}
		}
		// "Presiden Kolombia Gustavo Petro, mantan anggota kelompok gerilya
		// yang ..., mengecam": the comma closes an aside after the subject.
		for c := prev - 1; c > sentStart && c >= prev-30; c-- {
			if u.toks[c].low != "," {
				continue
			}
			for k, a := range args {
				if a.te == c && !a.oblique {
					return role{actors: ev.group(u, args, k, true, false), gap: words(u, a.te, ts), inferred: a.inferred}
				}
			}
			break
		}
		// "Putin tiba di Pyongyang, disambut ...": a verb right after a
		// comma, with no subject of its own, shares the one of the verb
		// before, the first of its clause ("Ketegangan memuncak ketika
		// India melancarkan operasi, menghantam ...": India's).
		start := ev.clauseStart(u, sentStart, prev)
		if v := ev.firstVerb(u, start, prev); v >= 0 {
			return ev.subject(u, args, v, start)
		}
	case u.toks[ev.lex.skipAdverbsBack(u, sentStart, prev)].low == "yang":
		// "kekuatan yang menentang China": the relative clause's head is
		// the subject; when that is no actor, the act has no known source.
		y := ev.lex.skipAdverbsBack(u, sentStart, prev)
		if y > sentStart && u.toks[y-1].low == "," {
			y--
		}
		for k, a := range args {
			if a.te == y && !a.oblique {
				return role{actors: ev.group(u, args, k, true, false), gap: words(u, a.te, ts), inferred: a.inferred}
			}
		}
		if h := ev.statementHead(u, sentStart, ev.addresseeStart(u, args, y)); h >= 0 {
			// "Indonesia, Yordania dan Turki menerbitkan pernyataan
			// bersama yang menyambut ...": a statement's words are its
			// issuers', the subject of the verb that issues it; so are a
			// letter's to someone ("mengirim surat kepada X yang
			// menuduh ...").
			return ev.subject(u, args, h, sentStart)
		}
		// "Blinken menjadi Menlu AS pertama yang berkunjung": the head
		// is what the subject of the copula is.
		for c := y - 1; c > sentStart && c >= y-8; c-- {
			if !ev.r.copulas[u.toks[c].low] {
				continue
			}
			if r := ev.subject(u, args, c, sentStart); r.actors != nil {
				return r
			}
			// "..., dan menjadi menteri pertahanan Rusia pertama
			// yang ...": the description names the subject's state.
			for k := len(args) - 1; k >= 0; k-- {
				if a := args[k]; a.ts > c && a.te <= y && !a.oblique {
					return role{actors: a.actors, gap: words(u, a.te, ts), inferred: true}
				}
			}
			break
		}
		return role{nonActor: true}
	case ev.r.contrastLinks[u.toks[prev].low] && prev-1 > sentStart && u.toks[prev-1].low == ",":
		// "Starmer mengatakan Israel berhak membela diri, tetapi meminta
		// Iran tidak merespons": the subject of the sentence's main verb,
		// not of the words it reports.
		if v := ev.firstVerb(u, sentStart, prev); v >= 0 {
			return ev.subject(u, args, v, sentStart)
		}
	case u.toks[prev].low == "dengan" && ev.lex.verbLike(u.toks[ts].low):
		// "India ... mengambil kesempatan itu dengan menyerang X": the
		// means is the main verb's subject's.
		for v := prev - 1; v >= sentStart && u.toks[v].low != ","; v-- {
			if w := u.toks[v].low; ev.lex.verbLike(w) && !u.covered(v) {
				return ev.subject(u, args, v, sentStart)
			}
		}
	case ev.r.subjectLinks[u.toks[prev].low] || ev.timeLinked(u, prev, sentStart) || ev.timeLinked(u, ev.placeBefore(u, args, ts, sentStart), sentStart):
		// "Trump meninggalkan Korea Selatan tanpa bertemu Kim", "Macron
		// menerima Zelensky di Paris, dua hari setelah bertemu Erdogan",
		// "... menemui Macron, lalu ke Warsawa menemui Tusk": the verb
		// after it has the subject of the verb before it.
		for v := prev - 1; v >= sentStart; v-- {
			if w := u.toks[v].low; (ev.lex.verbLike(w) || ev.lex.speech[w]) && !u.covered(v) {
				return ev.subject(u, args, v, sentStart)
			}
		}
	case u.toks[prev].low == "untuk":
		// "mengabaikan seruan AS untuk mengutuk X": the act appealed
		// for is the appeal's owner's.
		for k, a := range args {
			if a.te == prev && a.ts > sentStart && ev.r.appealNouns[u.toks[a.ts-1].low] {
				return role{actors: ev.group(u, args, k, true, false), gap: 1}
			}
		}
		for v := prev - 1; v >= sentStart; v-- {
			if u.toks[v].low == "," {
				// "memanggil duta besar Rusia, Georgy Zinoviev, untuk
				// memprotes": an apposition set off by commas is passed.
				a := lastArgBefore(args, v, sentStart)
				if a < 0 || args[a].te != v {
					break
				}
				v = args[a].ts
				continue
			}
			if w := u.toks[v].low; ev.lex.verbLike(w) && !u.covered(v) {
				if ev.r.controlVerbs[w] {
					break
				}
				return ev.subject(u, args, v, sentStart)
			}
		}
	}
	c := ts - 1
	if c-1 > sentStart && u.toks[c].low == "sebagai" {
		c-- // "dengan Menlu Oman bertindak sebagai perantara"
	}
	if c > sentStart && ev.r.copulas[u.toks[c].low] {
		// "dengan AS menjadi perantaranya": the copula's subject, even
		// after a preposition.
		if k := lastArgBefore(args, c, sentStart); k >= 0 && args[k].te == c {
			return role{actors: ev.group(u, args, k, true, false), gap: 1, inferred: args[k].inferred}
		}
	}
	for k := len(args) - 1; k >= 0; k-- {
		a := args[k]
		if a.te > ts || a.ts < sentStart {
			continue
		}
		if a.oblique {
			continue
		}
		if slices.ContainsFunc(u.toks[a.te:ts], func(t token) bool { return t.low == ":" }) {
			// "Lavrov: Barat harus berhenti memasok senjata": a name
			// before a colon speaks the words after it, whose subject is
			// their own.
			return role{nonActor: true}
		}
		handed := ev.handedOn(u, a.te, ts)
		if h := ev.relativeHead(u, args, k, sentStart); h >= 0 && ev.directlyBefore(u, a.te, ts) {
			// "Xi yang saat itu menjabat Presiden China berkunjung":
			// the relative clause's head is the subject.
			k, a = h, args[h]
		}
		return role{actors: ev.group(u, args, k, true, false), gap: words(u, a.te, ts), inferred: a.inferred, handedOn: handed, urged: ev.appealedTo(u, args, k) && !ev.stopsAct(u, a.te, ts)}
	}
	return role{}
}

// clauseStart is where the clause holding token at opens: at the last
// subordinator before it, else at the sentence's start.
func (ev *eventCoder) clauseStart(u *annotatedUnit, sentStart, at int) int {
	for i := at - 1; i > sentStart; i-- {
		if ev.r.subordinators[u.toks[i].low] {
			return i
		}
	}
	return sentStart
}

// stopsAct says whether a word between tokens from and ts stops the act at
// ts ("menghentikan serangan", "berhenti menginvasi"): one asked to stop
// is doing it.
func (ev *eventCoder) stopsAct(u *annotatedUnit, from, ts int) bool {
	return slices.ContainsFunc(u.toks[from:ts], func(t token) bool { return ev.r.stopWords[t.low] })
}

// appealedTo says whether argument k, with the list it ends, is the object
// of a control verb or a hope: the verb stands right before the list's
// first name, or before "agar"/"supaya" there ("mendesak agar Rusia dan
// Ukraina ...", "berharap Jepang dan China ...").
func (ev *eventCoder) appealedTo(u *annotatedUnit, args []arg, k int) bool {
	first := args[k].ts
	for j := k; j > 0 && args[j-1].te <= args[j].ts; j-- {
		between := u.toks[args[j-1].te:args[j].ts]
		if !slices.ContainsFunc(between, func(t token) bool { return t.low == "dan" || t.low == "serta" || t.low == "," }) ||
			slices.ContainsFunc(between, func(t token) bool { return t.low != "dan" && t.low != "serta" && t.low != "," }) {
			break
		}
		first = args[j-1].ts
	}
	// The verb may stand before sentStart when that is where a clause
	// opens with "agar".
	v := first - 1
	for v > 0 && ev.r.appealLinks[u.toks[v].low] {
		v--
	}
	return v >= 0 && (ev.r.controlVerbs[u.toks[v].low] || ev.r.softAppeals[u.toks[v].low]) && !u.covered(v)
}

// handedOn says whether a control verb between tokens from and ts hands
// the act at ts to an object of its own that names no actor: words of
// content stand between the verb and the act ("meminta komunitas
// internasional membantu"), not only "untuk", "agar" or adverbs.
func (ev *eventCoder) handedOn(u *annotatedUnit, from, ts int) bool {
	for v := from; v < ts; v++ {
		if !ev.r.controlVerbs[u.toks[v].low] || u.covered(v) {
			continue
		}
		if c := ev.lex.skipAdverbsBack(u, v+1, ts-1); c > v && u.toks[c].low == "," {
			return false // "Kolombia, yang meminta rapat darurat, juga mengecam": the comma closes the appeal
		}
		return slices.ContainsFunc(u.toks[v+1:ts], func(t token) bool {
			return t.word && !ev.lex.preps[t.low] && !ev.lex.adverbs[t.low] && !ev.r.auxiliaries[t.low] && !ev.r.appealLinks[t.low] && t.low != "untuk"
		})
	}
	return false
}

// verbChainStart is where the run of verbs, auxiliaries and adverbs right
// before token ts starts ("dijadwalkan melanjutkan", "akan segera"); ts
// when there is none.
func (ev *eventCoder) verbChainStart(u *annotatedUnit, sentStart, ts int) int {
	c := ts
	for c-1 > sentStart {
		t := u.toks[c-1]
		if !t.word || u.covered(c-1) || !(ev.lex.verbLike(t.low) || ev.r.auxiliaries[t.low] || ev.lex.adverbs[t.low]) {
			break
		}
		c--
	}
	return c
}

// timeLinked says whether token k is a time link ("lalu", "setelah")
// after a comma and at most two words.
func (ev *eventCoder) timeLinked(u *annotatedUnit, k, sentStart int) bool {
	return k > sentStart && ev.r.timeLinks[u.toks[k].low] && slices.ContainsFunc(u.toks[max(sentStart, k-3):k], func(t token) bool { return t.low == "," })
}

// placeBefore is the token before "ke" or "di" opening the place named
// right before the verb at ts ("lalu ke Warsawa menemui"), or -1.
func (ev *eventCoder) placeBefore(u *annotatedUnit, args []arg, ts, sentStart int) int {
	a := lastArgBefore(args, ts, sentStart)
	if a < 0 || args[a].te != ts || args[a].ts-2 <= sentStart {
		return -1
	}
	if w := u.toks[args[a].ts-1].low; w != "ke" && w != "di" {
		return -1
	}
	return args[a].ts - 2
}

// placeTarget is the state of the place an act of force is aimed at or a
// visit goes to when its sentence names no actor there ("membombardir kota
// Kharkiv", "tiba di Busan"): the first place of lexicon/places.tsv within
// twelve words after the trigger, before another clause or verb. Its state
// must be an actor of the page: a place alone makes no actor.
func (ev *eventCoder) placeTarget(u *annotatedUnit, te, sentEnd int) role {
	return ev.placeAfter(u, te, sentEnd, nil)
}

// placeBeforeJoined is the state named as a place ("di wilayah Lebanon")
// in the clause before the "dan" that joins the verb at ts to the one
// before it, with at most adverbs between ("dan hampir setiap hari
// melancarkan"); never the side of src. Nearest to "dan" first.
func (ev *eventCoder) placeBeforeJoined(u *annotatedUnit, args []arg, from, ts int, src role) role {
	and := -1
	for i := ts - 1; i >= from && i >= ts-5; i-- {
		t := u.toks[i]
		if t.low == "dan" {
			and = i
			break
		}
		if !t.word || u.covered(i) || ev.lex.verbLike(t.low) {
			return role{}
		}
	}
	if and < 0 {
		return role{}
	}
	for k := len(args) - 1; k >= 0; k-- {
		a := args[k]
		if a.ts >= and || a.ts <= from {
			continue
		}
		if slices.ContainsFunc(u.toks[a.te:and], func(t token) bool { return t.low == "," || t.low == ";" }) {
			break
		}
		if len(a.actors) == 1 && ev.actors[a.actors[0]].typ == diplograph.TypeCountry && ev.r.placePreps[u.toks[a.ts-1].low] && !ev.sameSide(a.actors, src.actors) {
			return role{actors: a.actors, gap: words(u, a.ts, ts), inferred: true}
		}
	}
	return role{}
}

// placeAfter is placeTarget's search, for a place right after one of preps
// when preps is not nil.
func (ev *eventCoder) placeAfter(u *annotatedUnit, te, sentEnd int, preps wordSet) role {
	for i := te; i < sentEnd && i < te+12; i++ {
		if p, _ := ev.lex.places.matchAt(u.text, u.toks, i); p != nil && !u.covered(i) && (preps == nil || i > te && preps[u.toks[i-1].low]) {
			if k, ok := ev.byID[ev.lex.placeStates[p.ref]]; ok && ev.actors[k].kept() {
				return role{actors: []int{k}, gap: words(u, te, i), inferred: true}
			}
			return role{}
		}
		t := u.toks[i]
		if ev.r.objectStops[t.low] && t.low != "," || t.word && ev.lex.verbLike(t.low) && !strings.HasPrefix(t.low, "ber") && !u.covered(i) {
			break
		}
	}
	return role{}
}

// venueState is the state of the place an act is at: after "di" within
// twelve words of the trigger ending at te, the first state named, or the
// state of a place of lexicon/places.tsv ("di Sharm el-Sheikh, Mesir",
// "di Busan").
func (ev *eventCoder) venueState(u *annotatedUnit, args []arg, te, sentEnd int) role {
	for i := te; i < sentEnd && i < te+12; i++ {
		if u.toks[i].low != "di" {
			continue
		}
		for k, a := range args {
			if a.ts > i && a.ts <= i+6 && len(a.actors) == 1 && ev.actors[a.actors[0]].typ == diplograph.TypeCountry {
				return role{actors: args[k].actors, gap: words(u, te, a.ts), inferred: true}
			}
		}
		return ev.placeTarget(u, i+1, sentEnd)
	}
	return role{}
}

// receivedBySubject says whether the noun trigger at ts is the direct
// object of a verb that is not one of speaking or discussing ("menyambut
// kunjungan", not "membahas agenda kunjungan").
func (ev *eventCoder) receivedBySubject(u *annotatedUnit, ts, from int) bool {
	if ts <= from {
		return false
	}
	w := u.toks[ts-1].low
	return ev.lex.verbLike(w) && !u.covered(ts-1) && !ev.lex.speech[w] && !ev.r.discussVerbs[w]
}

// fromSource returns the arg after "dari" right after a noun trigger or
// a bare stem used as a noun ("kritik dari G7"), or -1.
func (ev *eventCoder) fromSource(u *annotatedUnit, args []arg, tr trigger, ts, te, sentEnd int) int {
	if te+1 >= sentEnd || u.toks[te].low != "dari" {
		return -1
	}
	w := u.toks[ts].low
	if tr.voice != noun && !(tr.voice == active && te == ts+1 && !ev.lex.verbLike(w)) {
		return -1
	}
	// "dari negara-negara G7", "dari pemerintah China".
	for k := te + 1; k < sentEnd && k < te+5; k++ {
		if a := argAt(args, k); a >= 0 {
			return a
		}
		if t := u.toks[k]; !t.word || ev.lex.verbLike(t.low) || t.upper {
			return -1
		}
	}
	return -1
}

// lastArgBefore returns the last arg ending before token ts and starting
// at or after from, or -1.
func lastArgBefore(args []arg, ts, from int) int {
	for k := len(args) - 1; k >= 0; k-- {
		if args[k].te <= ts && args[k].ts >= from {
			return k
		}
	}
	return -1
}

// relativeHead returns the arg that a relative clause holding args[k]
// qualifies ("X yang ... args[k]", "X, yang ..., args[k]"), or -1. The
// clause must not be closed by a comma before args[k].
func (ev *eventCoder) relativeHead(u *annotatedUnit, args []arg, k, sentStart int) int {
	verbs := 0
	for i := args[k].ts - 1; i > sentStart; i-- {
		if w := u.toks[i].low; ev.lex.verbLike(w) && !u.covered(i) {
			if verbs++; verbs > 1 {
				return -1 // "X yang mengunjungi Y. Z menjadi ...": another clause
			}
		}
		switch u.toks[i].low {
		case ".", "!", "?", ";":
			return -1
		case ",":
			if i+1 < len(u.toks) && u.toks[i+1].low == "yang" {
				continue
			}
			return -1
		case "yang":
			end := i
			if end > sentStart && u.toks[end-1].low == "," {
				end--
			}
			for h := k - 1; h >= 0; h-- {
				if args[h].te == end && !args[h].oblique {
					return h
				}
			}
			return -1
		}
	}
	return -1
}

// directlyBefore says whether a trigger at ts is the verb right after the
// words ending at end: no other verb and no "untuk" clause between
// ("PBB yang meminta Moskow untuk berhenti menginvasi" is Moscow's act).
func (ev *eventCoder) directlyBefore(u *annotatedUnit, end, ts int) bool {
	for i := end; i < ts; i++ {
		w := u.toks[i].low
		if w == "untuk" || w == "agar" || w == "supaya" || (ev.lex.verbLike(w) && !u.covered(i)) {
			return false
		}
	}
	return true
}

// object is the side after a trigger: the first arg within ten tokens, or
// with needPrep the first one introduced by a preposition ("dengan Rusia").
// The search ends at a comma, a clause word ("untuk", "karena", "bahwa")
// or another verb, and a place ("di Moskow") is never a target.
func (ev *eventCoder) object(u *annotatedUnit, args []arg, te, sentEnd int, needPrep bool) role {
	if te < sentEnd && ev.r.conjunctions[u.toks[te].low] {
		// "Rusia menentang dan China abstain": a verb followed by "dan"
		// has no object; a new clause begins.
		return role{}
	}
	k, titledBy := 0, ""
	var maker role
	// prepAt is where the last preposition of a target stands, when only
	// words of what is aimed at (aim-noun) followed it since: "kecaman
	// terhadap kebijakan Amerika Serikat" is aimed at the United States.
	prepAt := -1
	if te+2 < sentEnd && u.toks[te].low == "apa" && u.toks[te+1].low == "yang" && ev.lex.verbLike(u.toks[te+2].low) {
		// "mengutuk apa yang disebutnya agresi terang-terangan Israel":
		// what the object is called stands for it.
		te += 3
		if te < sentEnd && u.toks[te].low == "sebagai" {
			te++
		}
		if te < sentEnd && ev.r.violationCues[u.toks[te].low] {
			return role{} // "apa yang disebutnya pelanggaran atas kedaulatan Qatar": Qatar is wronged
		}
	}
	for i := te; i < sentEnd && i < te+10; i++ {
		for k < len(args) && args[k].ts < i {
			k++
		}
		if k < len(args) && args[k].ts == i {
			a := args[k]
			prev := ""
			if i > 0 {
				prev = u.toks[i-1].low
			}
			if titledBy != "" {
				prev = titledBy // "dengan Menteri Luar Negeri Malaysia"
			}
			// A maker ("menembakkan rudal buatan AS ke wilayah Rusia") is
			// the object only when no other actor follows ("meneken
			// pesanan pesawat buatan Boeing").
			// "di" makes a place, unless it ends the trigger ("tiba di");
			// "melalui" a route ("mengirim bantuan melalui Mesir").
			// "bersama" a partner in the act ("menjatuhkan sanksi bersama
			// Amerika Serikat"), not its object.
			if ev.r.makerWords[prev] && !needPrep && maker.actors == nil {
				maker = role{actors: ev.group(u, args, k, false, true), gap: words(u, te, a.ts), inferred: a.inferred}
				i = a.te - 1
				continue
			}
			if (prev != "di" && prev != "bersama" || a.ts == te) && !ev.r.vias[prev] && (!needPrep || ev.r.targetPreps[prev] || prepAt >= 0 && i-prepAt <= 3) {
				actors := ev.group(u, args, k, false, true)
				if ev.r.targetPreps[prev] && titledBy == "" {
					actors = append(actors, ev.alsoWith(u, args, k, prev, sentEnd)...)
				}
				return role{actors: actors, gap: words(u, te, a.ts), inferred: a.inferred}
			}
			i = a.te - 1
			if prev == "bersama" {
				// "latihan perang bersama Seoul dan Tokyo": all the
				// partners listed.
				i = listEnd(u, args, k) - 1
			}
			continue
		}
		if p, end := ev.lex.titles.matchAt(u.text, u.toks, i); p != nil && titledBy == "" && i > 0 && !u.covered(i) && ev.lex.personTitle(p.ref) {
			// An official named by title alone stands for the state or
			// body named after the title: the object is that.
			counterpart := ev.counterpartAt(u, i, sentEnd)
			titledBy, i = u.toks[i-1].low, end-1
			if counterpart {
				i = end // "bertemu mitranya, Menlu Inggris David Lammy,": the one it points to is named next
			}
			continue
		}
		t := u.toks[i]
		if n := ev.listOpening(u, i, sentEnd); n > 0 {
			// "pertemuan bilateral, antara lain dengan Kanada": a list of
			// those it was with follows.
			i += n - 1
			prepAt = i
			continue
		}
		if ev.r.objectStops[t.low] && !u.scareQuoteMark(i, te, sentEnd) || (t.word && ev.lex.verbLike(t.low) && !u.covered(i)) {
			break
		}
		switch {
		case ev.r.targetPreps[t.low]:
			prepAt = i
		case !ev.r.aimNouns[t.low]:
			prepAt = -1
		}
		// Another name the analysis does not know ("sanksi kepada
		// Mkrtychev"), or a headline's next capitalized phrase: the object
		// is that, not an actor further on.
		if t.word && t.upper && i > 0 && !ev.lex.stop[t.low] && !u.covered(i) {
			if e := capitalRunEnd(u, i, sentEnd); e < sentEnd && (u.toks[e].low == "antara" || u.toks[e].low == "antar" || ev.listOpening(u, e, sentEnd) > 0) {
				// "latihan militer gabungan Ulchi Freedom Shield antara
				// Korea Selatan dan Amerika Serikat": an operation's or an
				// accord's name, then its parties; "diplomat dari tujuh
				// negara Amerika Latin, termasuk Argentina": a region's,
				// then the states in it.
				i = e - 1
				continue
			}
			break
		}
	}
	return maker
}

// alsoWith are the partners of a second complement joined to the object
// args[k] names after the preposition prep: "meneken kesepakatan dagang
// dengan Kamboja, serta kerangka kesepakatan dengan Thailand dan Vietnam"
// is signed with all three. Only nouns may stand between the conjunction
// and the preposition; a verb there opens an act of its own.
func (ev *eventCoder) alsoWith(u *annotatedUnit, args []arg, k int, prep string, sentEnd int) []int {
	i := listEnd(u, args, k)
	if i < sentEnd && u.toks[i].low == "," {
		i++
	}
	if i >= sentEnd || !ev.r.conjunctions[u.toks[i].low] {
		return nil
	}
	for j := i + 1; j < sentEnd && j <= i+8; j++ {
		t := u.toks[j]
		if t.low == prep {
			if a := argAt(args, j+1); a >= 0 {
				return ev.group(u, args, a, false, true)
			}
			return nil
		}
		if !t.word || ev.r.objectStops[t.low] || ev.lex.verbLike(t.low) || u.covered(j) {
			return nil
		}
	}
	return nil
}

// prepTarget finds the target of an act of material cooperation or
// conflict further on than object reads: the first actor, within fifteen
// words, after a preposition of its target ("memasok tank Leopard kepada
// Ukraina") or, for an act of force (place), of a place ("menyerang
// fasilitas sipil di Ukraina", "latihan militer di sekitar Taiwan"); for a
// sanction or tariff (anyState) the first state, whatever stands before it
// ("tarif 15% untuk batu bara dan LNG AS"). Names the analysis does not
// know are passed over, and a relative clause that qualifies the act
// ("serangan yang ditujukan di wilayah Pakistan"); another clause or verb
// ends the search.
func (ev *eventCoder) prepTarget(u *annotatedUnit, args []arg, te, sentEnd int, place, anyState bool) role {
	k := 0
	// afterPrep: a preposition of the target (or place) was passed since
	// the last actor: "di zona ekonomi eksklusif (ZEE) negaranya".
	afterPrep := false
	for i := te; i < sentEnd && i < te+15; i++ {
		for k < len(args) && args[k].ts < i {
			k++
		}
		if k < len(args) && args[k].ts == i {
			state := len(args[k].actors) == 1 && ev.actors[args[k].actors[0]].typ == diplograph.TypeCountry
			if afterPrep || (anyState && state) {
				return role{actors: ev.group(u, args, k, false, true), gap: words(u, te, i), inferred: args[k].inferred}
			}
			i = args[k].te - 1
			continue
		}
		t := u.toks[i]
		if ev.r.targetPreps[t.low] || (place && ev.r.placePreps[t.low]) {
			afterPrep = true
		}
		if ev.r.vias[t.low] {
			afterPrep = false // "ke Gaza melalui Mesir": the route
		}
		if t.low == "yang" && i <= te+1 && i+1 < sentEnd && ev.lex.verbLike(u.toks[i+1].low) {
			// The relative clause's verb, and its agent right after it.
			i++
			if a := argAt(args, i+1); a >= 0 {
				i = args[a].te - 1
			}
			continue
		}
		if n := ev.listOpening(u, i, sentEnd); n > 0 && afterPrep {
			// "terhadap barang dari tiga negara Eropa, yaitu Denmark,
			// ...": the states the target counts follow.
			i += n - 1
			continue
		}
		if t.low == "," && afterPrep && place {
			// "di Provinsi Paktika, Afghanistan": a place, then its state.
			if a := argAt(args, i+1); a >= 0 && len(args[a].actors) == 1 && ev.actors[args[a].actors[0]].typ == diplograph.TypeCountry {
				return role{actors: args[a].actors, gap: words(u, te, i+1), inferred: true}
			}
		}
		// "untuk" before a noun is "for" ("tarif untuk baja AS"), before a
		// verb a purpose clause of its own.
		forNoun := ev.r.targetPreps[t.low] && i+1 < sentEnd && !ev.lex.verbLike(u.toks[i+1].low)
		// A ber- word qualifies ("balon berisi sampah"); other verbs end
		// the phrase.
		verb := t.word && ev.lex.verbLike(t.low) && !strings.HasPrefix(t.low, "ber") && !u.covered(i)
		if (ev.r.objectStops[t.low] && !forNoun && !ev.nounListComma(u, i, sentEnd) && !u.scareQuoteMark(i, te, sentEnd)) || verb {
			break
		}
	}
	return role{}
}

// nounListComma says whether the comma at token i parts the nouns of a
// list ("atas baja, aluminium, dan mobil asal Kanada"): a word in lower case
// that is no verb on each side.
func (ev *eventCoder) nounListComma(u *annotatedUnit, i, sentEnd int) bool {
	if u.toks[i].low != "," || i == 0 || i+1 >= sentEnd {
		return false
	}
	noun := func(t token) bool {
		return t.word && !t.upper && !ev.lex.verbLike(t.low) && !ev.r.objectStops[t.low] && !ev.r.subordinators[t.low]
	}
	next := u.toks[i+1]
	if next.low == "dan" || next.low == "serta" {
		if i+2 >= sentEnd {
			return false
		}
		next = u.toks[i+2]
	}
	return noun(u.toks[i-1]) && noun(next)
}

// aboutState finds the state an act's object is about: the first state
// named in the rest of its clause, across the object's relative clauses
// ("memveto perpanjangan panel ahli yang memantau sanksi terhadap Korea
// Utara"), within twenty-five words.
func (ev *eventCoder) aboutState(u *annotatedUnit, args []arg, te, sentEnd int) role {
	for i := te; i < sentEnd && i < te+25; i++ {
		if a := argAt(args, i); a >= 0 {
			if ev.anyState(args[a].actors) {
				return role{actors: args[a].actors, gap: words(u, te, i), inferred: true}
			}
			i = args[a].te - 1
			continue
		}
		if t := u.toks[i].low; ev.r.objectStops[t] && t != "untuk" || ev.r.subordinators[t] {
			break
		}
	}
	return role{}
}

// thatClauseSubject finds, after token from (a trigger or its source,
// with the names listed after it), a clause "bahwa ..." and returns its
// subject: the first actor within six words of "bahwa" that is no oblique.
func (ev *eventCoder) thatClauseSubject(u *annotatedUnit, args []arg, from, sentEnd int) role {
	k := from
	for ; k < sentEnd && k < from+12 && u.toks[k].low != "bahwa"; k++ {
		if a := argAt(args, k); a >= 0 {
			k = args[a].te - 1
			continue
		}
		if t := u.toks[k]; ev.r.objectStops[t.low] && t.low != "," || (t.word && ev.lex.verbLike(t.low) && !u.covered(k)) {
			return role{}
		}
	}
	if k >= sentEnd || u.toks[k].low != "bahwa" {
		return role{}
	}
	for j, a := range args {
		if a.ts > k && a.ts <= k+6 && !a.oblique {
			return role{actors: ev.group(u, args, j, false, true), gap: a.ts - from, inferred: true}
		}
	}
	return role{}
}

// prospectBefore says whether the trigger at ts is a prospect talked of:
// right after a word of prospect ("kemungkinan", "opsi", "upaya"), "untuk"
// allowed between.
func (ev *eventCoder) prospectBefore(u *annotatedUnit, sentStart, ts int) bool {
	i := ts - 1
	if i > sentStart && u.toks[i].low == "untuk" {
		i--
	}
	return i >= sentStart && ev.r.prospects[u.toks[i].low]
}

// pairBefore returns the actors of the first "antara A dan B" of tokens
// [sentStart, ts), or nil.
func (ev *eventCoder) pairBefore(u *annotatedUnit, args []arg, sentStart, ts int) []int {
	for k := sentStart; k < ts; k++ {
		if w := u.toks[k].low; w == "antara" || w == "antar" {
			if pair := ev.betweenPair(u, args, k, ts); pair != nil {
				return pair
			}
		}
	}
	return nil
}

// relativeCue reads the context cue of a relative clause right after a
// noun trigger ending at te ("pertemuan ... yang dijadwalkan", "yang
// akan digelar"): "yang" within four words, a cue within two after it.
func (ev *eventCoder) relativeCue(u *annotatedUnit, te, sentEnd int) string {
	for k, n := te, 0; k < sentEnd && n < 5; k, n = k+1, n+1 {
		if sp, ok := u.spanAt(k); ok {
			// The noun's object: "pertemuan dengan Xi Jinping, yang ...".
			k, n = sp.te-1, n-1
			continue
		}
		if u.toks[k].low != "yang" {
			if ev.r.objectStops[u.toks[k].low] && u.toks[k].low != "," {
				return ""
			}
			continue
		}
		for j := k + 1; j < sentEnd && j <= k+2; j++ {
			if c, ok := ev.r.contextCues[u.toks[j].low]; ok {
				return c
			}
		}
		return ""
	}
	return ""
}

// firstSubject is the first actor of tokens [from, ts) that is no oblique
// ("A dan B" of "A dan B menyepakati gencatan senjata yang ditengahi ...").
func (ev *eventCoder) firstSubject(u *annotatedUnit, args []arg, from, ts int) role {
	for k, a := range args {
		if a.ts >= from && a.te <= ts && !a.oblique {
			return role{actors: ev.group(u, args, k, false, true), inferred: true}
		}
	}
	return role{}
}

// verbAfter returns the index after the verb that follows a trigger ending
// at te, across "akan", "untuk", auxiliaries and adverbs ("akan kembali
// menyerang"), or -1.
func (ev *eventCoder) verbAfter(u *annotatedUnit, te, sentEnd int) int {
	passed := func(w string) bool { return w == "akan" || w == "untuk" || ev.r.auxiliaries[w] || ev.lex.adverbs[w] }
	i := te
	for i < sentEnd && i < te+3 && passed(u.toks[i].low) {
		i++
	}
	if i < sentEnd && ev.lex.verbLike(u.toks[i].low) && !u.covered(i) {
		return i + 1
	}
	return -1
}

// leadingSubject handles a noun trigger in an opening clause ("Usai
// pembicaraan dengan X, Blinken mengatakan"): the subject after the comma.
func (ev *eventCoder) leadingSubject(u *annotatedUnit, args []arg, te, sentEnd int) role {
	for k := te; k < sentEnd; k++ {
		if u.toks[k].low != "," {
			continue
		}
		for j, a := range args {
			if a.ts > k && !a.oblique {
				return role{actors: ev.group(u, args, j, false, true), gap: a.ts - te, inferred: true}
			}
		}
		break
	}
	return role{}
}

func words(u *annotatedUnit, from, to int) int {
	n := 0
	for i := from; i < to && i < len(u.toks); i++ {
		if u.toks[i].word {
			n++
		}
	}
	return n
}

// unknownSubject says whether a name the analysis does not know stands
// before a trigger in a statement ("... menyebut Mkrtychev bekerja sama"): then
// the act is that person's, not the speaker's. A quote's first word is
// capitalized anyway and does not count.
func (ev *eventCoder) unknownSubject(u *annotatedUnit, from, ts int, stmts []stmt) bool {
	st := stmtAt(stmts, ev.unitIndex(u), ts)
	for i := from; i < ts; i++ {
		t := u.toks[i]
		if !t.word || !t.upper || u.covered(i) || ev.lex.stop[t.low] || (st != nil && st.direct && i == st.ts) {
			continue
		}
		return true
	}
	return false
}

// nounSubject says whether the clause before a trigger at ts names its own
// subject in common words ("kegagalan ini mengancam ..."): then the act is
// not the speaker's. Only a left-out subject ("..., kata X" after "akan
// terus mengecam ...") is the speaker.
func (ev *eventCoder) nounSubject(u *annotatedUnit, from, ts int) bool {
	start := from
	for i := ts - 1; i >= from; i-- {
		if w := u.toks[i].low; w == "," || w == ";" || w == ":" || isQuoteMark(w) || ev.r.subordinators[w] || w == "dan" || w == "serta" {
			start = i + 1
			break
		}
	}
	for i := start; i < ts; i++ {
		t := u.toks[i]
		if t.word && !ev.lex.adverbs[t.low] && !ev.r.auxiliaries[t.low] && ev.r.contextCues[t.low] == "" {
			return true
		}
	}
	return false
}

// unitIndex returns the index of unit u in ev.units.
func (ev *eventCoder) unitIndex(u *annotatedUnit) int {
	for i := range ev.units {
		if &ev.units[i] == u {
			return i
		}
	}
	return -1
}

// stmtAt returns the statement whose text holds token i of unit ui, or nil.
func stmtAt(stmts []stmt, ui, i int) *stmt {
	for k := range stmts {
		if st := &stmts[k]; st.unit == ui && i >= st.ts && i < st.te {
			return st
		}
	}
	return nil
}

// troopsBefore says whether the subject of the verb at ts is a state's
// troops: a troop noun right before the last name ahead of the verb, with
// at most auxiliaries and adverbs between that name and the verb
// ("tentara Korea Utara telah dikirim ke Rusia"). Troops a relative
// clause says were sent ("pasukan Korea Utara yang dikirim ke Rusia telah
// pindah ke Kursk") are a deployment told before, which this sentence
// does not date.
func (ev *eventCoder) troopsBefore(u *annotatedUnit, args []arg, from, ts int) bool {
	k := lastArgBefore(args, ts, from)
	if k < 0 || args[k].ts-1 < from || !ev.r.troopNouns[u.toks[args[k].ts-1].low] {
		return false
	}
	for i := args[k].te; i < ts; i++ {
		if w := u.toks[i].low; !ev.r.auxiliaries[w] && !ev.lex.adverbs[w] {
			return false
		}
	}
	return true
}
