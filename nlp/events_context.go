package nlp

import (
	"slices"
	"strings"

	"github.com/diplograph/diplograph"
)

// contextOf reads the cues among the five words before a trigger, stopping
// at punctuation or at another verb; a conditional conjunction anywhere
// before it in the sentence makes it hypothetical.
func (ev *eventCoder) contextOf(u *annotatedUnit, sentStart, ts int, isNoun bool) string {
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
		if t.low == "yang" && !isNoun && !slices.ContainsFunc(u.toks[max(sentStart, i-3):i], func(t token) bool { return t.low == "ada" }) {
			// "menolak gugatan Sudan yang menuduh UEA ...": the verb of a
			// relative clause is its head's, whatever is said of the head
			// (but "tidak ada negara yang menyerang": nobody did).
			break
		}
		if (t.low == "dan" || t.low == "serta") && !isNoun && i > sentStart && !ev.lex.verbLike(u.toks[i-1].low) {
			// "menyatakan kesepakatan belum final dan menuduh Hamas ...":
			// a cue of the predicate before "dan" is that predicate's,
			// unless that is a verb the cue governs with this one ("tidak
			// menyerang dan menduduki").
			break
		}
		if i+1 < ts && ev.r.periodNouns[u.toks[i+1].low] {
			// "hampir setiap hari melancarkan serangan": the cue counts
			// the days, the act is told as done.
			continue
		}
		if c, ok := ev.r.contextCues[t.low]; ok && (!pastSubject || ev.lex.verbLike(t.low)) {
			// "menolak kritik", "membantah tuduhan": the criticism and
			// the accusation were still made.
			if !(isNoun && ev.r.denials[t.low]) {
				consider(c)
			}
			continue
		}
		if ev.r.controlVerbs[t.low] {
			// Urged, asked for: not done ("mendesak Rusia memutus ...",
			// and a headline's "Desak Rusia Putuskan ...").
			consider(diplograph.ContextHypothetical)
			break
		}
		if ev.lex.verbLike(t.low) {
			if ev.lex.negatedVerb(u, sentStart, i) {
				consider(diplograph.ContextNegated) // "tidak menghadiri pertemuan"
			}
			if isNoun {
				// "akan segera melanjutkan bantuan militer": the verb
				// whose object the act is keeps its own cue, and an
				// invited verb's object is as much to come ("menawarkan
				// diri untuk menengahi perundingan antara A dan B").
				consider(ev.verbCue(u, sentStart, i))
				if ev.invited(u, sentStart, i) {
					consider(diplograph.ContextFuture)
				}
				if ev.r.curbVerbs[t.low] {
					// "mengekang transfer senjata antara kedua belah
					// pihak": an act curbed or prevented is not told as
					// done.
					consider(diplograph.ContextHypothetical)
				}
			}
			break
		}
	}
	for i := sentStart; i < ts; i++ {
		// "mengakui Israel hanya setelah Israel mengakui ...": only after
		// is a condition too.
		if ev.r.conditionals[u.toks[i].low] || i > sentStart && ev.r.timeLinks[u.toks[i].low] && u.toks[i-1].low == "hanya" {
			consider(diplograph.ContextHypothetical)
		}
	}
	if ev.invited(u, sentStart, ts) || ev.afterPlanned(u, sentStart, ts) {
		consider(diplograph.ContextFuture)
	}
	return best
}

// afterPlanned says whether the act at token ts follows right after a link
// of later time in a sentence whose earlier act is still to come: in "Trump
// dijadwalkan bertemu X di Riyadh sebelum terbang ke Doha" the flight is as
// scheduled as the meeting.
func (ev *eventCoder) afterPlanned(u *annotatedUnit, sentStart, ts int) bool {
	if ts-1 <= sentStart || !ev.r.laterLinks[u.toks[ts-1].low] {
		return false
	}
	for i := sentStart; i+1 < ts-1; i++ {
		if ev.r.contextCues[u.toks[i].low] == diplograph.ContextFuture && ev.lex.verbLike(u.toks[i+1].low) {
			return true
		}
	}
	return false
}

// invited says whether the act at token ts is invited, offered or
// promised, so still to come: "untuk" before it and an invitation word
// before that in its clause ("menerima undangan X untuk mengunjungi Y",
// "berkomitmen untuk saling membantu").
func (ev *eventCoder) invited(u *annotatedUnit, sentStart, ts int) bool {
	at := ts - 1
	if at > sentStart && ev.r.reciprocals[u.toks[at].low] {
		at--
	}
	if at <= sentStart || u.toks[at].low != "untuk" {
		return false
	}
	for i := at - 1; i >= sentStart && i >= ts-20 && u.toks[i].low != "," && !ev.r.subordinators[u.toks[i].low]; i-- {
		if ev.r.invitations[u.toks[i].low] {
			return true
		}
	}
	return false
}

// verbCue is the context cue standing right before the verb at token v
// (within two words, "akan segera melanjutkan"), or "".
func (ev *eventCoder) verbCue(u *annotatedUnit, sentStart, v int) string {
	for i := v - 1; i >= sentStart && i >= v-2; i-- {
		t := u.toks[i]
		if !t.word || u.covered(i) {
			return ""
		}
		if c, ok := ev.r.contextCues[t.low]; ok {
			return c
		}
	}
	return ""
}

// anyAct says whether the noun act ending at token te is any act of its
// kind ("bantuan apapun", "bantuan apa pun"), none told as done.
func (ev *eventCoder) anyAct(u *annotatedUnit, te, sentEnd int) bool {
	if te >= sentEnd || !ev.r.anyWords[u.toks[te].low] {
		return false
	}
	return strings.HasSuffix(u.toks[te].low, "pun") || te+1 < sentEnd && u.toks[te+1].low == "pun"
}

// modalPredicate is the cue of the predicate whose subject is the noun act
// at tokens [ts, te): "serangan China terhadap Taiwan dapat memicu respons
// militer" tells of an attack that may come, not of one done. The noun is
// its clause's subject when no verb stands before it there (from is where
// the clause starts); its predicate is the first verb after it, outside a
// relative clause. Only a hypothetical or future cue counts ("serangan itu
// tidak menimbulkan korban" was an attack still).
func (ev *eventCoder) modalPredicate(u *annotatedUnit, from, ts, te, sentEnd int) string {
	isVerb := func(i int) bool { return u.toks[i].word && !u.covered(i) && ev.lex.verbLike(u.toks[i].low) }
	for i := from; i < ts; i++ {
		if isVerb(i) {
			return ""
		}
	}
	for i := te; i < sentEnd && i < te+10; i++ {
		w := u.toks[i].low
		if w == "yang" || w == "," || ev.r.subordinators[w] || isVerb(i) {
			return ""
		}
		if c, ok := ev.r.contextCues[w]; ok && i+1 < sentEnd && isVerb(i+1) {
			if c == diplograph.ContextHypothetical || c == diplograph.ContextFuture {
				return c
			}
			return ""
		}
	}
	return ""
}
