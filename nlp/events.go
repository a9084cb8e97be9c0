package nlp

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strings"

	"github.com/diplograph/diplograph"
)

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
}

// findEvents codes the events of every sentence of the title and body, then
// the criticism carried by statements (toneEvents). Events with the same id
// (source, target, root, date) are one event: the most factual and most
// confident telling is kept.
func (d *doc) findEvents(stmts []stmt) []diplograph.Event {
	var out []diplograph.Event
	index := map[string]int{}
	// headline marks events told only by the title: a headline restates the
	// story, so its act is the body's act, dated there, not a second event.
	headline := map[string]bool{}
	add := func(e diplograph.Event, inTitle bool) {
		if k, ok := index[e.ID]; ok {
			if !inTitle {
				delete(headline, e.ID)
			}
			old := out[k]
			if (old.Context != "" && e.Context == "") || (old.Context == e.Context && e.Confidence > old.Confidence) {
				out[k] = e
			}
			return
		}
		index[e.ID] = len(out)
		out = append(out, e)
		if inTitle {
			headline[e.ID] = true
		}
	}
	for s := range d.sents {
		r := d.sents[s]
		u := &d.units[r.unit]
		var args []arg
		lastConflictEnd := -10
		for i := r.ts; i < r.te; {
			p, end := d.a.triggers.matchAt(u.text, u.toks, i)
			if p == nil || u.covered(i) {
				i++
				continue
			}
			if args == nil {
				args = d.sentArgs(s, stmts)
			}
			// Words of a title belong to the actor ("memanggil Duta Besar
			// Jepang ..."): the trigger stops where the mention starts.
			if in := u.spansIn(i+1, end); len(in) > 0 {
				end = in[0].ts
			}
			tr := d.a.trig[p.ref]
			for _, e := range d.codeTrigger(s, i, end, tr, args, stmts, i-lastConflictEnd <= 1) {
				add(e, u.title)
			}
			if tr.voice != noun && quadClass(cameoRoot(tr.code)) >= 3 {
				lastConflictEnd = end
			}
			i = end
		}
	}
	for _, st := range stmts {
		for _, e := range d.toneEvents(st) {
			add(e, false)
		}
	}
	return dropHeadlineRepeats(out, headline)
}

// dropHeadlineRepeats removes the headline's events that the body tells
// too (same sides and CAMEO root, whatever the date), keeping the body's.
func dropHeadlineRepeats(events []diplograph.Event, headline map[string]bool) []diplograph.Event {
	type act struct{ source, target, root string }
	inBody := map[act]bool{}
	for _, e := range events {
		if !headline[e.ID] {
			inBody[act{e.Source, e.Target, e.Root}] = true
		}
	}
	out := make([]diplograph.Event, 0, len(events))
	for _, e := range events {
		if headline[e.ID] && inBody[act{e.Source, e.Target, e.Root}] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// sentArgs lists the candidate arguments of sentence s in order.
func (d *doc) sentArgs(s int, stmts []stmt) []arg {
	r := d.sents[s]
	u := &d.units[r.unit]
	var args []arg
	for _, sp := range u.spansIn(r.ts, r.te) {
		if !sp.qual {
			args = append(args, arg{ts: sp.ts, te: sp.te, actors: []int{sp.actor}})
		}
	}
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
		case d.a.lex.pronoun[t.low]:
			// "Ia mengecam ...": the person named last.
			if k := d.subjectPerson(s, i); k >= 0 {
				args = append(args, arg{ts: i, te: i + 1, actors: []int{k}, inferred: true})
			}
		case t.low == "negara" && i+1 < r.te && (u.toks[i+1].low == "tersebut" || u.toks[i+1].low == "itu") && s > 0:
			if k := d.firstState(s - 1); k >= 0 {
				args = append(args, arg{ts: i, te: i + 2, actors: []int{k}, inferred: true})
			}
		case t.low == "keduanya" || (t.low == "kedua" && i+1 < r.te && (u.toks[i+1].low == "negara" || u.toks[i+1].low == "belah" || u.toks[i+1].low == "pihak")):
			end := i + 1
			if t.low == "kedua" {
				end = i + 2
				if u.toks[i+1].low == "belah" && end < r.te && u.toks[end].low == "pihak" {
					end++
				}
			}
			if pair := d.bothOf(s, i, args, diplograph.TypeCountry); pair != nil {
				args = append(args, arg{ts: i, te: end, actors: pair, inferred: true})
			}
		case t.low == "kedua" && i+1 < r.te && leaderNouns[u.toks[i+1].low]:
			// "kedua pemimpin", "kedua menteri": the last two people named.
			if pair := d.bothOf(s, i, args, diplograph.TypePerson); pair != nil {
				args = append(args, arg{ts: i, te: i + 2, actors: pair, inferred: true})
			}
		}
	}
	sortArgs(args)
	for k := range args {
		a := &args[k]
		if a.ts == 0 {
			continue
		}
		prev := u.toks[a.ts-1].low
		switch {
		case d.a.lex.preps[prev]:
			a.oblique = true
		case (prev == "dan" || prev == "serta") && k > 0 && args[k-1].te >= a.ts-2:
			a.oblique = args[k-1].oblique
		}
	}
	return args
}

// subjectPerson resolves a pronoun at token i of sentence s ("Ia mengecam
// ..."): the first person named in the sentence before it, else in the
// nearest sentence before that names one (a sentence's first person is
// usually its subject), or -1.
func (d *doc) subjectPerson(s, i int) int {
	for ; s >= 0; s-- {
		r := d.sents[s]
		for _, sp := range d.units[r.unit].spansIn(r.ts, min(r.te, i)) {
			if !sp.qual && d.actors[sp.actor].typ == diplograph.TypePerson {
				return sp.actor
			}
		}
		i = len(d.units[r.unit].toks) + 1
	}
	return -1
}

// leaderNouns after "kedua" refer to two people.
var leaderNouns = newWordSet("pemimpin", "menteri", "presiden", "tokoh", "kepala", "diplomat", "menlu")

func sortArgs(args []arg) {
	for i := 1; i < len(args); i++ {
		for j := i; j > 0 && args[j].ts < args[j-1].ts; j-- {
			args[j], args[j-1] = args[j-1], args[j]
		}
	}
}

// bothOf resolves "keduanya" / "kedua negara" (typ country) or "kedua
// pemimpin" (typ person) at token i: the last two actors of that type named
// before it in this or the previous sentence, leaving out the subject that
// speaks of them.
func (d *doc) bothOf(s, i int, args []arg, typ string) []int {
	skip := -1
	for k := len(args) - 1; k >= 0; k-- {
		if args[k].te <= i && !args[k].oblique && len(args[k].actors) == 1 {
			skip = args[k].actors[0]
			break
		}
	}
	// The candidates, latest first: named in this sentence before i or in
	// the previous one, of the type wanted, other than the subject.
	type named struct {
		u  *unit
		sp span
	}
	var cands []named
	for _, si := range []int{s, s - 1} {
		if si < 0 {
			continue
		}
		r := d.sents[si]
		u := &d.units[r.unit]
		in := u.spansIn(r.ts, r.te)
		for n := len(in) - 1; n >= 0; n-- {
			sp := in[n]
			if sp.qual || (si == s && sp.te > i) || sp.actor == skip || d.actors[sp.actor].typ != typ {
				continue
			}
			cands = append(cands, named{u, sp})
		}
	}
	// Two actors joined as a pair ("Rusia dan Vietnam", "Rusia-Vietnam")
	// are the two meant, before any other actor named later ("perang
	// melawan Prancis").
	for n := 0; n+1 < len(cands); n++ {
		b, a := cands[n], cands[n+1]
		if a.u == b.u && a.sp.actor != b.sp.actor && a.sp.te <= b.sp.ts && pairJoined(a.u, a.sp.te, b.sp.ts) {
			return []int{a.sp.actor, b.sp.actor}
		}
	}
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

// pairJoined says whether what stands between a name ending at token end
// and one starting at token start joins them as a pair: "dan", "serta",
// "dengan", or a hyphen or slash (which the tokenizer leaves out).
func pairJoined(u *unit, end, start int) bool {
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

// group returns the actors of args[k] and of the args coordinated with it
// ("Korea Selatan, Jepang, dan Amerika Serikat"), looking left or right. A
// bare comma joins two names only inside a list that "dan" or "serta"
// closes, so "Mengutip Reuters, ..., Korea Utara" stays apart.
func (d *doc) group(u *unit, args []arg, k int, left, right bool) []int {
	out := append([]int(nil), args[k].actors...)
	// link says how args a and b (a before b) are joined: 2 by "dan"/"serta"
	// (with or without a comma), 1 by a bare comma, 0 not at all.
	link := func(a, b arg) int {
		if a.te > b.ts {
			return 0 // overlapping arguments are not a list
		}
		between := u.toks[a.te:b.ts]
		switch len(between) {
		case 1:
			switch between[0].low {
			case "dan", "serta":
				return 2
			case ",":
				return 1
			}
		case 2:
			if between[0].low == "," && (between[1].low == "dan" || between[1].low == "serta") {
				return 2
			}
		}
		return 0
	}
	if left {
		closed := false
		for j := k; j > 0; j-- {
			l := link(args[j-1], args[j])
			if l == 0 || (l == 1 && (!closed || !d.sameType(args[j-1], args[k]))) {
				break
			}
			closed = true
			out = append(out, args[j-1].actors...)
		}
	}
	if right {
		var pending []int
		for j := k; j+1 < len(args); j++ {
			l := link(args[j], args[j+1])
			if l == 0 || (l == 1 && !d.sameType(args[j+1], args[k])) {
				break
			}
			pending = append(pending, args[j+1].actors...)
			if l == 2 {
				out, pending = append(out, pending...), nil
			}
		}
	}
	return out
}

// sameType says whether two args name actors of one type, as the items of
// a list joined by commas do.
func (d *doc) sameType(a, b arg) bool {
	return d.actors[a.actors[0]].typ == d.actors[b.actors[0]].typ
}

// codeTrigger finds the sides of the trigger at tokens [ts, te) of sentence
// s and returns its events.
func (d *doc) codeTrigger(s, ts, te int, tr trigger, args []arg, stmts []stmt, afterConflict bool) []diplograph.Event {
	r := d.sents[s]
	u := &d.units[r.unit]
	growth := -1
	if tr.onlyPositive {
		growth = slices.IndexFunc(u.toks[te:r.te], func(t token) bool { return growthCues[t.low] })
		if growth < 0 {
			return nil
		}
		growth += te
	}
	// Inside a statement the subject is looked for among the statement's own
	// words; when there is none, a verbal act is the speaker's.
	from, speaker := r.ts, -1
	if st := stmtAt(stmts, r.unit, ts); st != nil {
		from, speaker = max(from, st.ts), st.speaker
	}
	verbal := quadClass(cameoRoot(tr.code))%2 == 1
	relational := tr.sym || cameoRoot(tr.code) == "03"
	var src, tgt role
	both := false
	pair := d.betweenPair(u, args, te, r.te)
	switch {
	case pair != nil && (tr.voice == noun || tr.sym):
		// "kerja sama antara A dan B": a relation of both sides, both ways.
		src, tgt, both = role{actors: pair[:1]}, role{actors: pair[1:]}, true
	case tr.voice == passive:
		tgt = d.subject(u, args, ts, from)
		k := te
		if k < r.te && u.toks[k].low == "oleh" {
			k++
		}
		src = d.object(u, args, k, r.te, false)
	case fromSource(u, args, tr, ts, te, r.te) >= 0:
		// "kecaman dari G7", "menolak kritik dari X": the act comes from
		// the name after "dari" and is aimed at the subject.
		a := fromSource(u, args, tr, ts, te, r.te)
		src = role{actors: d.group(u, args, a, false, true), gap: 1}
		tgt = d.subject(u, args, ts, from)
	case tr.voice == receive:
		tgt = d.subject(u, args, ts, from)
		for k := te; k < r.te && k < te+8; k++ {
			if u.toks[k].low == "dari" {
				if a := argAt(args, k+1); a >= 0 {
					src = role{actors: args[a].actors, gap: k - te}
				}
				break
			}
		}
	default:
		if tr.voice == noun {
			// The subject of a noun's act stands in the noun's own clause.
			from = nounClauseStart(u, from, ts)
			if a, b, ok := d.agentAfterOleh(u, args, te, r.te); ok {
				// "invasi Ukraina oleh Rusia", "serangan oleh Rusia
				// terhadap Ukraina": the agent acts on the noun's object.
				src, tgt = a, b
				break
			}
			if p := possessor(u, args, te); p >= 0 && !tr.noOwner {
				// "kunjungan Kim ke Rusia", "kerja sama Rusia dan Korea Utara".
				src = role{actors: d.group(u, args, p, false, true)}
				if len(src.actors) < 2 || !relational {
					tgt = d.object(u, args, args[p].te, r.te, true)
					if tgt.actors == nil && tr.mirror != "" && d.receivedBySubject(u, ts, from) {
						// "Rusia menyambut kunjungan Kim": a visit is
						// to the subject that receives it; an attack or
						// a threat someone talks about is not at them,
						// nor a visit they discuss ("membahas agenda
						// kunjungan X").
						tgt = d.subject(u, args, ts, from)
					}
				}
				break
			}
			// A noun that is the object of a conflict verb ("mengkritik kerja
			// sama mereka") is not an act of that verb's subject.
			if tr.ownerOnly || afterConflict {
				break
			}
			if ts > from && reasonPreps[u.toks[ts-1].low] {
				// "sanksi terhadap Rusia atas invasi ke Ukraina": the act
				// given as the reason is the one the main verb aims at,
				// not the subject's.
				if k := lastArgBefore(args, ts, from); k >= 0 {
					src = role{actors: args[k].actors, gap: words(u, args[k].te, ts), inferred: true}
					tgt = d.object(u, args, te, r.te, true)
				}
				break
			}
		}
		src = d.subject(u, args, ts, from)
		if pair != nil {
			tgt = role{actors: pair}
		} else {
			tgt = d.object(u, args, te, r.te, tr.voice == noun)
		}
		if w := u.toks[ts].low; tgt.actors == nil && tr.voice == active && (cameoRoot(tr.code) == "13" || w == "menolak" || w == "tolak") {
			// "mengancam akan menyerang X", "menolak bertemu X": the act
			// threatened or refused is aimed at X (but "membantah menerima
			// senjata dari X" denies nothing to X).
			if v := verbAfter(u, te, r.te); v > 0 {
				tgt = d.object(u, args, v, r.te, false)
			}
		}
		if src.actors == nil && !src.nonActor && speaker >= 0 && verbal && !d.unknownSubject(u, from, ts, stmts) && !nounSubject(u, from, ts) {
			src = role{actors: []int{speaker}, inferred: true}
		}
		if src.actors == nil && !src.nonActor && tr.voice == noun && speaker < 0 {
			src = d.leadingSubject(u, args, te, r.te)
		}
	}
	ctx := d.contextOf(u, r.ts, ts, tr.voice == noun || fromSource(u, args, tr, ts, te, r.te) >= 0)
	for i := te; i < r.te; i++ {
		if cancelCues[u.toks[i].low] {
			ctx = diplograph.ContextNegated
		}
		// "hubungan ... akan makin erat": the predicate's own cues.
		if c, ok := contextCues[u.toks[i].low]; ok && i < growth && contextRank[c] > contextRank[ctx] {
			ctx = c
		}
	}
	date := d.dateOf(s)
	evidence := d.sentText(s)
	trig := tidySpace(u.surface(ts, te))
	conf := eventConfidence(tr, src, tgt)
	var out []diplograph.Event
	emit := func(a, b int, code string) {
		if a == b || d.ownState(a, b) {
			return
		}
		out = append(out, d.newEvent(a, b, code, date, ctx, trig, evidence, conf))
	}
	switch {
	case len(tgt.actors) > 0:
		for _, a := range src.actors {
			for _, b := range tgt.actors {
				emit(a, b, tr.code)
				if both || tr.sym {
					emit(b, a, tr.code)
				} else if tr.mirror != "" {
					emit(b, a, tr.mirror)
				}
			}
		}
	case relational && len(src.actors) >= 2:
		// "A, B, dan C sepakat meningkatkan kerja sama": among themselves.
		for _, a := range src.actors {
			for _, b := range src.actors {
				emit(a, b, tr.code)
			}
		}
	}
	return out
}

// betweenPair reads "antara A dan B" (or "antara keduanya") starting at
// most two words after a trigger ending at te: the two sides, or nil.
func (d *doc) betweenPair(u *unit, args []arg, te, sentEnd int) []int {
	for k := te; k < te+3 && k < sentEnd; k++ {
		if u.toks[k].low != "antara" && u.toks[k].low != "antar" {
			continue
		}
		a := argAt(args, k+1)
		if a < 0 {
			return nil
		}
		if len(args[a].actors) == 2 {
			return args[a].actors
		}
		if e := args[a].te; e < sentEnd && (u.toks[e].low == "dan" || u.toks[e].low == "dengan") {
			if b := argAt(args, e+1); b >= 0 {
				return []int{args[a].actors[0], args[b].actors[0]}
			}
		}
		return nil
	}
	return nil
}

// agentAfterOleh reads the agent of a noun trigger ending at te: "N X
// oleh Y" (source Y, target X) or "N oleh Y terhadap X". ok is false when
// no "oleh" follows the noun or its object.
func (d *doc) agentAfterOleh(u *unit, args []arg, te, sentEnd int) (src, tgt role, ok bool) {
	k := te
	obj := argAt(args, k)
	if obj >= 0 {
		k = args[obj].te
	}
	if k+1 >= sentEnd || u.toks[k].low != "oleh" {
		return role{}, role{}, false
	}
	a := argAt(args, k+1)
	if a < 0 {
		return role{}, role{}, false
	}
	src = role{actors: d.group(u, args, a, false, true), gap: words(u, te, args[a].ts)}
	if obj >= 0 {
		tgt = role{actors: d.group(u, args, obj, false, true)}
	} else {
		tgt = d.object(u, args, args[a].te, sentEnd, true)
	}
	return src, tgt, true
}

// nounClauseStart returns where the clause holding a noun trigger at ts
// begins, from sentence (or statement) start from: after the last comma,
// semicolon or subordinating word before it. A name right before "yang"
// is kept: the relative clause is about it ("Rusia, yang melancarkan
// invasi").
func nounClauseStart(u *unit, from, ts int) int {
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
		if w == "," || w == ";" || subordinators[w] {
			return i + 1
		}
	}
	return from
}

// subordinators open a clause of their own.
var subordinators = newWordSet("ketika", "saat", "sebelum", "setelah", "sesudah", "sejak", "karena", "bahwa",
	"sementara", "sedangkan", "namun", "tetapi", "sehingga", "agar", "supaya", "meskipun", "walaupun")

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
func possessor(u *unit, args []arg, te int) int {
	k := te
	if k+1 < len(u.toks) && u.toks[k].low == "yang" && strings.HasPrefix(u.toks[k+1].low, "di") {
		k += 2
	}
	// "kunjungan pertama Putin", "kunjungan resmi Xi".
	for n := 0; n < 2 && k < len(u.toks) && nounModifiers[u.toks[k].low]; n++ {
		k++
	}
	return argAt(args, k)
}

// nounModifiers may stand between a noun trigger and its owner.
var nounModifiers = newWordSet("pertama", "perdana", "kedua", "ketiga", "resmi", "kenegaraan", "bersejarah",
	"terakhir", "terbaru", "mendadak", "langka", "singkat", "balasan")

// subject is the side before a trigger: the nearest arg that is not after a
// preposition, with the args coordinated with it.
func (d *doc) subject(u *unit, args []arg, ts, sentStart int) role {
	// "Harris mengutuk X dan menyerukan Y": a verb joined by "dan" shares
	// the subject of the verb before it; so does a purpose clause ("memanggil
	// X untuk memprotes"), unless that verb hands the act to its object
	// ("mendesak China untuk ...").
	switch prev := ts - 1; {
	case prev <= sentStart:
	case u.toks[prev].low == "dan" || u.toks[prev].low == "serta":
		if v := firstVerb(u, sentStart, prev); v >= 0 {
			return d.subject(u, args, v, sentStart)
		}
	case u.toks[skipAdverbsBack(u, sentStart, prev)].low == "yang":
		// "kekuatan yang menentang China": the relative clause's head is
		// the subject; when that is no actor, the act has no known source.
		y := skipAdverbsBack(u, sentStart, prev)
		if y > sentStart && u.toks[y-1].low == "," {
			y--
		}
		for k, a := range args {
			if a.te == y && !a.oblique {
				return role{actors: d.group(u, args, k, true, false), gap: words(u, a.te, ts), inferred: a.inferred}
			}
		}
		// "Blinken menjadi Menlu AS pertama yang berkunjung": the head
		// is what the subject of the copula is.
		for c := y - 1; c > sentStart && c >= y-8; c-- {
			if !copulas[u.toks[c].low] {
				continue
			}
			if r := d.subject(u, args, c, sentStart); r.actors != nil {
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
	case u.toks[prev].low == "untuk":
		for v := prev - 1; v >= sentStart && u.toks[v].low != ","; v-- {
			if w := u.toks[v].low; isVerbLike(w) && !u.covered(v) {
				if controlVerbs[w] {
					break
				}
				return d.subject(u, args, v, sentStart)
			}
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
		if h := relativeHead(u, args, k, sentStart); h >= 0 && directlyBefore(u, a.te, ts) {
			// "Xi yang saat itu menjabat Presiden China berkunjung":
			// the relative clause's head is the subject.
			k, a = h, args[h]
		}
		return role{actors: d.group(u, args, k, true, false), gap: words(u, a.te, ts), inferred: a.inferred}
	}
	return role{}
}

// receivedBySubject says whether the noun trigger at ts is the direct
// object of a verb that is not one of speaking or discussing ("menyambut
// kunjungan", not "membahas agenda kunjungan").
func (d *doc) receivedBySubject(u *unit, ts, from int) bool {
	if ts <= from {
		return false
	}
	w := u.toks[ts-1].low
	return isVerbLike(w) && !u.covered(ts-1) && !d.a.lex.speech[w] && !discussVerbs[w]
}

// fromSource returns the arg after "dari" right after a noun trigger or
// a bare stem used as a noun ("kritik dari G7"), or -1.
func fromSource(u *unit, args []arg, tr trigger, ts, te, sentEnd int) int {
	if te+1 >= sentEnd || u.toks[te].low != "dari" {
		return -1
	}
	w := u.toks[ts].low
	if tr.voice != noun && !(tr.voice == active && te == ts+1 && !isVerbLike(w)) {
		return -1
	}
	// "dari negara-negara G7", "dari pemerintah China".
	for k := te + 1; k < sentEnd && k < te+5; k++ {
		if a := argAt(args, k); a >= 0 {
			return a
		}
		if t := u.toks[k]; !t.word || isVerbLike(t.low) || t.upper {
			return -1
		}
	}
	return -1
}

// denials negate the act of a verb after them, not an act named by a noun.
var denials = newWordSet("menolak", "membantah", "menyangkal")

// reasonPreps put a noun act as the reason for the main verb.
var reasonPreps = newWordSet("atas", "karena", "akibat", "lantaran")

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

// copulas make the noun after them their subject ("X menjadi Y").
var copulas = newWordSet("menjadi", "adalah", "merupakan", "ialah")

// discussVerbs talk about an act without taking part in it.
var discussVerbs = newWordSet("membahas", "membicarakan", "mendiskusikan", "menyinggung", "mengomentari", "menanggapi", "merencanakan", "mempersiapkan")

// relativeHead returns the arg that a relative clause holding args[k]
// qualifies ("X yang ... args[k]", "X, yang ..., args[k]"), or -1. The
// clause must not be closed by a comma before args[k].
func relativeHead(u *unit, args []arg, k, sentStart int) int {
	verbs := 0
	for i := args[k].ts - 1; i > sentStart; i-- {
		if w := u.toks[i].low; isVerbLike(w) && !u.covered(i) {
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
func directlyBefore(u *unit, end, ts int) bool {
	for i := end; i < ts; i++ {
		w := u.toks[i].low
		if w == "untuk" || w == "agar" || w == "supaya" || (isVerbLike(w) && !u.covered(i)) {
			return false
		}
	}
	return true
}

// object is the side after a trigger: the first arg within ten tokens, or
// with needPrep the first one introduced by a preposition ("dengan Rusia").
// The search ends at a comma, a clause word ("untuk", "karena", "bahwa")
// or another verb, and a place ("di Moskow") is never a target.
func (d *doc) object(u *unit, args []arg, te, sentEnd int, needPrep bool) role {
	k := 0
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
			// "di" makes a place, unless it ends the trigger ("tiba di").
			if (prev != "di" || a.ts == te) && (!needPrep || targetPreps[prev]) {
				return role{actors: d.group(u, args, k, false, true), gap: words(u, te, a.ts), inferred: a.inferred}
			}
			i = a.te - 1
			continue
		}
		t := u.toks[i]
		if objectStops[t.low] || (t.word && isVerbLike(t.low) && !u.covered(i)) {
			break
		}
		// Another name the analysis does not know ("sanksi kepada
		// Mkrtychev"), or a headline's next capitalized phrase: the object
		// is that, not an actor further on.
		if t.word && t.upper && i > 0 && !d.a.lex.stop[t.low] && !u.covered(i) {
			break
		}
	}
	return role{}
}

// verbAfter returns the index after the verb that follows a trigger ending
// at te, across "akan" or "untuk", or -1.
func verbAfter(u *unit, te, sentEnd int) int {
	i := te
	if i < sentEnd && (u.toks[i].low == "akan" || u.toks[i].low == "untuk") {
		i++
	}
	if i < sentEnd && isVerbLike(u.toks[i].low) && !u.covered(i) {
		return i + 1
	}
	return -1
}

// controlVerbs hand the act of a following "untuk" clause to their object.
var controlVerbs = newWordSet("mendesak", "meminta", "mengundang", "menyerukan", "mengimbau", "memerintahkan", "mengajak", "mendorong", "menuntut", "membantu")

// objectStops end the search for a trigger's target.
var objectStops = newWordSet(",", ";", ":", ".", "?", "!", "\"", "“", "”", "‘", "’", "untuk", "agar", "supaya", "karena", "bahwa", "sehingga", "namun", "tetapi", "sementara")

// leadingSubject handles a noun trigger in an opening clause ("Usai
// pembicaraan dengan X, Blinken mengatakan"): the subject after the comma.
func (d *doc) leadingSubject(u *unit, args []arg, te, sentEnd int) role {
	for k := te; k < sentEnd; k++ {
		if u.toks[k].low != "," {
			continue
		}
		for j, a := range args {
			if a.ts > k && !a.oblique {
				return role{actors: d.group(u, args, j, false, true), gap: a.ts - te, inferred: true}
			}
		}
		break
	}
	return role{}
}

func words(u *unit, from, to int) int {
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
func (d *doc) unknownSubject(u *unit, from, ts int, stmts []stmt) bool {
	st := stmtAt(stmts, d.sents[d.sentOf(d.unitIndex(u), ts)].unit, ts)
	for i := from; i < ts; i++ {
		t := u.toks[i]
		if !t.word || !t.upper || u.covered(i) || d.a.lex.stop[t.low] || (st != nil && st.direct && i == st.ts) {
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
func nounSubject(u *unit, from, ts int) bool {
	start := from
	for i := ts - 1; i >= from; i-- {
		if w := u.toks[i].low; w == "," || w == ";" || w == ":" || isQuoteMark(w) || subordinators[w] || w == "dan" || w == "serta" {
			start = i + 1
			break
		}
	}
	for i := start; i < ts; i++ {
		t := u.toks[i]
		if t.word && !adverbs[t.low] && !auxiliaries[t.low] && contextCues[t.low] == "" {
			return true
		}
	}
	return false
}

// auxiliaries may stand between a left-out subject and its verb, and the
// words by which a speaker names themself are no other subject.
var auxiliaries = newWordSet("harus", "terus", "selalu", "sangat", "dengan", "tegas", "keras", "sekali", "lagi",
	"masih", "tetap", "segera", "pasti", "sungguh", "benar-benar", "perlu",
	"kami", "saya", "kita", "aku", "pihaknya", "dirinya", "negaranya", "pemerintahnya")

// unitIndex returns the index of unit u in d.units.
func (d *doc) unitIndex(u *unit) int {
	for i := range d.units {
		if &d.units[i] == u {
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

// contextOf reads the cues among the five words before a trigger, stopping
// at punctuation or at another verb; a conditional conjunction anywhere
// before it in the sentence makes it hypothetical.
func (d *doc) contextOf(u *unit, sentStart, ts int, isNoun bool) string {
	best := ""
	consider := func(c string) {
		if contextRank[c] > contextRank[best] {
			best = c
		}
	}
	// Past the subject only a verb still governs the act ("menuduh
	// Pyongyang memasok"); a word qualifying the subject does not
	// ("Rencana Jepang menuai kecaman").
	pastSubject := false
	for i, n := ts-1, 0; i >= sentStart && n < 5; i-- {
		t := u.toks[i]
		if !t.word {
			if t.low == "(" || t.low == ")" {
				continue
			}
			break
		}
		n++
		if u.covered(i) {
			pastSubject = true
			continue
		}
		if c, ok := contextCues[t.low]; ok && (!pastSubject || isVerbLike(t.low)) {
			// "menolak kritik", "membantah tuduhan": the criticism and
			// the accusation were still made.
			if !(isNoun && denials[t.low]) {
				consider(c)
			}
			continue
		}
		if isVerbLike(t.low) {
			if controlVerbs[t.low] {
				consider(diplograph.ContextHypothetical) // urged, asked for: not done
			}
			if negatedVerb(u, sentStart, i) {
				consider(diplograph.ContextNegated) // "tidak menghadiri pertemuan"
			}
			break
		}
	}
	for i := sentStart; i < ts; i++ {
		switch u.toks[i].low {
		case "jika", "jikalau", "apabila", "seandainya", "kalau":
			consider(diplograph.ContextHypothetical)
		}
	}
	// "menerima undangan X untuk mengunjungi Y": an invited act is still
	// to come.
	if ts > sentStart && u.toks[ts-1].low == "untuk" {
		for i := ts - 2; i >= sentStart && i >= ts-20 && u.toks[i].low != ","; i-- {
			if invitations[u.toks[i].low] {
				consider(diplograph.ContextFuture)
				break
			}
		}
	}
	return best
}

// phraseBreaks end the phrase a tone cue qualifies.
var phraseBreaks = newWordSet("dan", "serta", "atau", "tetapi", "namun", ",", ";", ":", ".")

// invitations before "untuk V" make V an act still to come.
var invitations = newWordSet("undangan", "undangannya", "mengundang", "diundang", "ajakan", "mengajak", "diajak")

// isVerbLike: an Indonesian word with a verbal prefix.
func isVerbLike(w string) bool {
	return len(w) > 5 && (strings.HasPrefix(w, "me") || strings.HasPrefix(w, "ber") || strings.HasPrefix(w, "di"))
}

// eventConfidence scores how sure the coding is, from 0 to 1: the
// trigger's own reliability (its base in the lexicon: verbs above nouns,
// ambiguous words lower), +0.1 when the source stands right before the
// trigger, -0.15 when the source is inferred (the speaker of a quote, a
// pronoun, a subject after an opening clause), -0.1 when the target is more
// than four words away.
func eventConfidence(tr trigger, src, tgt role) float64 {
	c := tr.base
	if !src.inferred && src.gap <= 1 {
		c += 0.1
	}
	if src.inferred {
		c -= 0.15
	}
	if tgt.gap > 4 {
		c -= 0.1
	}
	c = math.Max(0.1, math.Min(0.95, c))
	return math.Round(c*100) / 100
}

// ownState says whether one side is a state and the other belongs to it
// ("Rusia" and Putin): not an event between two actors but a misreading.
func (d *doc) ownState(a, b int) bool {
	x, y := d.actors[a], d.actors[b]
	return x.country != "" && x.country == y.country && (x.typ == diplograph.TypeCountry || y.typ == diplograph.TypeCountry)
}

// newEvent builds an event; its id hashes source, target, root and date.
func (d *doc) newEvent(src, tgt int, code, date, ctx, trig, evidence string, conf float64) diplograph.Event {
	root := cameoRoot(code)
	s, t := d.actors[src].id, d.actors[tgt].id
	h := sha256.Sum256([]byte(s + "|" + t + "|" + root + "|" + date))
	return diplograph.Event{
		ID: hex.EncodeToString(h[:16]), Source: s, Target: t, Cameo: code, Root: root,
		QuadClass: quadClass(root), Goldstein: cameoGoldstein(code), Date: diplograph.NullString(date),
		Context: ctx, Trigger: trig, Evidence: evidence, Confidence: conf,
	}
}

// toneEvents codes the criticism a statement carries: a disparaging word
// ("provokatif", "kebijakan hegemonik", "tidak bertanggung jawab") aimed at
// the actor named nearest to it is the speaker criticising that actor (111).
func (d *doc) toneEvents(st stmt) []diplograph.Event {
	u := &d.units[st.unit]
	var out []diplograph.Event
	for i := st.ts; i < st.te; i++ {
		t := u.toks[i]
		if !t.word || !toneCues[t.low] || (t.low == "bertanggung" && (i == 0 || u.toks[i-1].low != "tidak")) {
			continue
		}
		// Criticism reported inside the statement ("Pyongyang mengklaim
		// ...") is the nested speaker's.
		source := st.speaker
		for v := i - 1; v >= st.ts; v-- {
			if d.a.lex.speech[u.toks[v].low] {
				if k := d.subjectOf(st.unit, v, st.speaker); k >= 0 {
					source = k
				}
				break
			}
		}
		best, bestDist := -1, 4
		for _, sp := range u.spansIn(max(st.ts, i-bestDist-u.longest), min(st.te, i+bestDist+1)) {
			if sp.qual || sp.te > st.te {
				continue
			}
			// "resolusi DK PBB dan provokasi berat": a name before the
			// cue is what it qualifies only within one phrase.
			if sp.te <= i && slices.ContainsFunc(u.toks[sp.te:i], func(t token) bool { return phraseBreaks[t.low] }) {
				continue
			}
			// "kebijakan hegemonik AS" qualifies the US; "kekuatan
			// hegemonik yang menentang Rusia", "ancaman terhadap Rusia"
			// do not.
			if sp.ts > i && slices.ContainsFunc(u.toks[i+1:sp.ts], func(t token) bool {
				return phraseBreaks[t.low] || t.low == "yang" || d.a.lex.preps[t.low] || isVerbLike(t.low)
			}) {
				continue
			}
			dist := sp.ts - i
			if sp.te <= i {
				dist = i - sp.te + 1
			}
			a := d.actors[sp.actor]
			if dist < bestDist && sp.actor != source && (a.country == "" || a.country != d.actors[source].country) {
				best, bestDist = sp.actor, dist
			}
		}
		if best < 0 {
			continue
		}
		s := d.sentOf(st.unit, i)
		out = append(out, d.newEvent(source, best, "111", string(st.Date), "", t.low, d.sentText(s), 0.5))
	}
	return out
}
