package nlp

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// eventCoder is the events stage at work on one page.
type eventCoder struct {
	*clauses
	r *eventRules
	// dates are the sentences' dates (dateSentences).
	dates *storyDates
	// article is the article's id, which an event that may not merge with
	// other articles' hashes (newEvent).
	article string
	// reports are the reports coded so far, in the page's order: the acts
	// a later phrase may refer back to (actReferent).
	reports []report
	// deeds are the acts told as fact with an agent but no target
	// ("Korea Utara meluncurkan rudal balistik"), which a later phrase may
	// refer back to too ("mengecam peluncuran tersebut").
	deeds []deed
	// members are the states each body the page names them by stands for
	// (definedGroups).
	members map[int][]int
}

// deed is an act coded with no target: its sentence, agent, and code.
type deed struct {
	sent, source int
	party, code  string
}

// code codes the events of every sentence of the title and body of
// article, then the criticism carried by statements (toneEvents): the
// events stage's output. Tellings of one act by the same actors on the same
// date are one report: the most factual and most confident is kept. Reports
// that differ in actors or code may share an id: the article tells one
// real-world event more than once ("Putin bertemu Kim", "Rusia dan Korea
// Utara menandatangani perjanjian").
func (r *eventRules) code(seg *segmented, c *cast, stmts []stmt, dates *storyDates, article string) []diplograph.Event {
	ev := &eventCoder{clauses: &clauses{lex: r.lex, seg: seg, cast: c}, r: r, dates: dates, article: article}
	ev.members = ev.definedGroups()
	for s := range ev.seg.sents {
		r := ev.seg.sents[s]
		u := &ev.units[r.unit]
		var args []arg
		lastVerbEnd := -10
		for i := r.ts; i < r.te; {
			p, end := ev.r.triggers.matchAt(u.text, u.toks, i)
			if p == nil || u.covered(i) {
				i++
				continue
			}
			if args == nil {
				args = ev.sentArgs(s, stmts)
			}
			// Words of a title belong to the actor ("memanggil Duta Besar
			// Jepang ..."): the trigger stops where the mention starts.
			if in := u.spansIn(i+1, end); len(in) > 0 {
				end = in[0].ts
			}
			tr := ev.r.trig[p.ref]
			if tr.nounToo && tr.voice == active && ev.readAsNoun(u, r.ts, i) {
				tr.voice = noun
			}
			if tr.voice == noun && cameoRoot(tr.code) == "16" && ev.urged(u, r.ts, i) {
				// "mendesak negara-negara Barat memperketat sanksi
				// terhadap Rusia": sanctions urged on others rally them
				// against the target; the one urging imposes none.
				tr.code = rallyOpposition
			}
			reps := ev.codeTrigger(s, i, end, tr, args, stmts, ev.objectOfVerb(u, lastVerbEnd, i))
			for _, rep := range reps {
				rep.title = u.title
				ev.reports = append(ev.reports, rep)
			}
			if tr.voice != noun && !(tr.venue && reps == nil) {
				// "menghadiri pertemuan dengan X" at no venue abroad: the
				// meeting attended is the act.
				lastVerbEnd = end
			}
			i = end
		}
	}
	for _, st := range stmts {
		for _, e := range ev.toneEvents(st) {
			ev.reports = append(ev.reports, report{Event: e, named: true})
		}
		for _, e := range ev.rebuttalEvents(st) {
			ev.reports = append(ev.reports, report{Event: e, named: true})
		}
		for _, e := range ev.dismissalEvents(st) {
			ev.reports = append(ev.reports, report{Event: e, named: true})
		}
		for _, e := range ev.blameEvents(st) {
			ev.reports = append(ev.reports, report{Event: e, named: true})
		}
	}
	reports := ev.reports
	ev.dateByOtherTellings(reports)
	var out []diplograph.Event
	index := map[string]int{}
	// headline marks events told only by the title: a headline restates the
	// story, so its act is the body's act, dated there, not a second event.
	headline := map[string]bool{}
	// fromTitle marks the codings kept from the headline: the body's
	// telling of the same act replaces one, as its sentence says more.
	var fromTitle []bool
	for _, rep := range reports {
		e := rep.Event
		key := tellingKey(e)
		if k, ok := index[key]; ok {
			if !rep.title {
				delete(headline, key)
			}
			old := out[k]
			if (old.Context != "" && e.Context == "") || (old.Context == e.Context && (e.Confidence > old.Confidence || fromTitle[k] && !rep.title)) {
				out[k], fromTitle[k] = e, rep.title
			}
			continue
		}
		index[key] = len(out)
		out = append(out, e)
		fromTitle = append(fromTitle, rep.title)
		if rep.title {
			headline[key] = true
		}
	}
	return dropHeadlineRepeats(out, headline)
}

// report is an event as coded, with what dating it by the page's other
// tellings needs.
type report struct {
	diplograph.Event
	// title: told by the headline. named: its date is one its sentence
	// names (not its paragraph's or the story's). act: its trigger is a
	// noun naming one act ("kunjungan", "kecaman"), which the page may
	// tell and date elsewhere.
	title, named, act bool
	// veto: its act is a veto, whatever code it was given. attended: its
	// act is attending a meeting another holds, no pair's own meeting.
	// standing: a standing measure its owner is named with ("sanksi X
	// terhadap Y", no-owner), which no later phrase refers back to as an
	// act ("menyesalkan keputusan tersebut").
	veto, attended, standing bool
	// sent and source are its sentence and its source actor; at is where
	// its trigger starts in the sentence's unit.
	sent, source, at int
}

// dateByOtherTellings dates a report by another telling of its act on the
// page: a noun that names an act its sentence does not date ("kunjungan
// Kim ke Rusia" after "Kim dan Putin mengadakan pertemuan puncak pada bulan
// September") takes the date of the nearest report of the same act (same
// parties, CAMEO root, told as fact, dated by its own sentence), the one
// before it first; and a report dated only to the month or year ("pekan
// lalu") takes the day another report of the act names within that
// period. Reports of the headline are dated by the body (they are dropped
// when it tells them), and reports not told as fact keep their date.
func (ev *eventCoder) dateByOtherTellings(reports []report) {
	// told are the dates as the sentences gave them, before any is
	// changed here.
	type dated struct{ date, precision, source diplograph.NullString }
	told := make([]dated, len(reports))
	for i, r := range reports {
		told[i] = dated{r.Date, r.DatePrecision, r.DateSource}
	}
	sameAct := func(a, b report, bDate diplograph.NullString) bool {
		return a.SourceParty == b.SourceParty && a.TargetParty == b.TargetParty && a.Root == b.Root && !ev.r.mirrors[[2]string{a.Cameo, b.Cameo}] &&
			b.Context == "" && b.named && !b.title && bDate != ""
	}
	for i := range reports {
		r := &reports[i]
		storyDated := !r.named && r.DateSource != diplograph.DateSourceSentence && r.DatePrecision == diplograph.PrecisionDay
		if r.Context != "" || (r.title && !storyDated) || (r.named && (r.Date == "" || r.DatePrecision == diplograph.PrecisionDay)) || (!r.named && !r.act && !storyDated) {
			continue
		}
		var fits func(j int) bool
		switch {
		case storyDated && !r.act:
			// An act its sentence does not date, given the story's day
			// ("Indonesia dan Rusia resmi meningkatkan hubungan ..."
			// published the morning after): the day the page names for an
			// act of the same kind between the same parties in the three
			// days before, told next to it ("... meneken deklarasi itu pada
			// Kamis malam"), is its, the news being one. Further off it is
			// more often another step of a visit ("tiba di Moskow pada
			// Senin" is no day of the talks). A headline's act is its
			// lead's: the three sentences after it.
			near := 2
			if r.title {
				near = 3
			}
			fits = func(j int) bool {
				b := reports[j]
				// Not one its own sentence tells: a sentence's two acts are
				// two ("bertemu ..., sehari setelah kedua negara sepakat").
				return b.sent != r.sent && max(b.sent-r.sent, r.sent-b.sent) <= near && b.SourceParty == r.SourceParty && b.TargetParty == r.TargetParty && diplograph.MergeClass(b.Root) == diplograph.MergeClass(r.Root) &&
					b.Context == "" && b.named && !b.title && told[j].precision == diplograph.PrecisionDay && newsDays(string(told[j].date), string(r.Date))
			}
		case r.named:
			// Only a finer date within the period this one names.
			prefix := string(r.Date)[:4]
			if r.DatePrecision == diplograph.PrecisionMonth {
				prefix = string(r.Date)[:7]
			}
			fits = func(j int) bool {
				return sameAct(*r, reports[j], told[j].date) && told[j].precision == diplograph.PrecisionDay && strings.HasPrefix(string(told[j].date), prefix)
			}
		default:
			fits = func(j int) bool {
				return sameAct(*r, reports[j], told[j].date) && told[j].precision != diplograph.PrecisionYear
			}
		}
		// A telling by the same actors first ("pertemuan Choe dengan
		// Putin" is "Choe bertemu dengan Putin pada Selasa", not an
		// earlier meeting of their states), then the nearest before,
		// then after.
		best := -1
		for _, sameActors := range []bool{true, false} {
			ok := func(j int) bool {
				return fits(j) && (!sameActors || reports[j].Source == r.Source && reports[j].Target == r.Target)
			}
			for j := i - 1; j >= 0 && best < 0; j-- {
				if ok(j) {
					best = j
				}
			}
			for j := i + 1; j < len(reports) && best < 0; j++ {
				if ok(j) {
					best = j
				}
			}
		}
		if best >= 0 {
			o := told[best]
			r.Date, r.DatePrecision, r.DateSource = o.date, o.precision, o.source
			r.ID = ev.eventID(r.Event)
		}
	}
}

// newsDays says whether day (YYYY-MM-DD) lies in the three days up to and
// including the story's day: the days a story's news is of (a page of the
// morning after, or of Monday on the weekend's news). Further back a day
// is more often another act's, or an act's whose date the sentence gets
// wrong.
func newsDays(day, story string) bool {
	d, err1 := time.Parse(time.DateOnly, day)
	s, err2 := time.Parse(time.DateOnly, story)
	return err1 == nil && err2 == nil && !d.After(s) && s.Sub(d) <= 3*24*time.Hour
}

// opensWords says whether the trigger at token ts of unit ui opens, right
// after the speech verb, the words of a statement that have no subject of
// their own ("Houthi mengklaim menyerang kapal Israel", "China mengumumkan
// kenaikan tarif"): the act is the speaker's. After "bahwa" it is not.
func (ev *eventCoder) opensWords(stmts []stmt, ui, ts int) bool {
	toks := ev.units[ui].toks
	for _, st := range stmts {
		if st.direct || st.unit != ui || st.ts > ts || st.ts == 0 || !ev.lex.speech[toks[st.ts-1].low] {
			continue
		}
		// "mengklaim telah menyerang", "mengatakan akan mengenakan tarif":
		// auxiliaries and words of the future may stand first.
		if !slices.ContainsFunc(toks[st.ts:ts], func(t token) bool {
			return !ev.lex.adverbs[t.low] && !ev.r.auxiliaries[t.low] && ev.r.contextCues[t.low] != diplograph.ContextFuture
		}) {
			return true
		}
	}
	return false
}

// rallyOpposition is CAMEO's "Rally opposition against".
const rallyOpposition = "113"

// signAgreement is CAMEO's "Sign formal agreement".
const signAgreement = "057"

// signedInRelative says whether the verb at ts opens a relative clause,
// past a pronoun of its subject ("yang ia tandatangani").
func (ev *eventCoder) signedInRelative(u *annotatedUnit, from, ts int) bool {
	k := ts - 1
	if k > from && ev.lex.pronoun[u.toks[k].low] {
		k--
	}
	return k >= from && u.toks[k].low == "yang"
}

// mediation is CAMEO's "Mediate".
const mediation = "045"

// urged says whether the noun act at token i of a sentence from token from
// is the object of a verb that a control verb governs ("mendesak
// negara-negara Barat memperketat sanksi"): an act asked of others.
func (ev *eventCoder) urged(u *annotatedUnit, from, i int) bool {
	v := -1
	for k, n := i-1, 0; k >= from && n < 3; k-- {
		if ev.lex.verbLike(u.toks[k].low) && !u.covered(k) {
			v = k
			break
		}
		if u.toks[k].word {
			n++
		}
	}
	if v < 0 {
		v = i // a headline's stems: "Desak Sekutu Perketat Sanksi"
	}
	for k, n := v-1, 0; v > from && k >= from && n < 5; k-- {
		if ev.r.controlVerbs[u.toks[k].low] {
			return true
		}
		if u.toks[k].word {
			n++
		}
	}
	return false
}

// readAsNoun says whether a verb form that is a noun too, at token i of a
// sentence from token from, is the noun: after a verb ("mengecam veto
// Rusia", adverbs or a word of manner between) or a preposition ("setelah
// veto Rusia").
func (ev *eventCoder) readAsNoun(u *annotatedUnit, from, i int) bool {
	k := ev.lex.skipAdverbsBack(u, from, i-1)
	if k < from || k >= i {
		return false
	}
	w := u.toks[k].low
	if !u.covered(k) && (ev.lex.verbLike(w) || ev.lex.preps[w] || ev.r.subordinators[w]) {
		return true
	}
	// "mengecam tegas veto Amerika": a word of manner after the verb.
	return k > from && u.toks[k].word && !u.toks[k].upper && !u.covered(k-1) && ev.lex.verbLike(u.toks[k-1].low)
}

// tellingKey says which codings are one telling of an act: same sides,
// CAMEO root and date.
func tellingKey(e diplograph.Event) string {
	return e.Source + "|" + e.Target + "|" + e.Root + "|" + string(e.Date)
}

// dropHeadlineRepeats removes the headline's events (by tellingKey) that
// the body tells too (same sides and CAMEO root, whatever the date),
// keeping the body's.
func dropHeadlineRepeats(events []diplograph.Event, headline map[string]bool) []diplograph.Event {
	type act struct{ source, target, root string }
	inBody := map[act]bool{}
	for _, e := range events {
		if !headline[tellingKey(e)] {
			inBody[act{e.Source, e.Target, e.Root}] = true
		}
	}
	out := make([]diplograph.Event, 0, len(events))
	for _, e := range events {
		if headline[tellingKey(e)] && inBody[act{e.Source, e.Target, e.Root}] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// codeTrigger finds the sides of the trigger at tokens [ts, te) of sentence
// s and returns its events.
func (ev *eventCoder) codeTrigger(s, ts, te int, tr trigger, args []arg, stmts []stmt, afterVerb bool) []report {
	vote := tr.code == veto // (a veto keeps being one when coded as support)
	standing := false
	r := ev.seg.sents[s]
	u := &ev.units[r.unit]
	if tr.voice == noun && tr.quad == 4 && ts > r.ts && ev.lex.roleMarkers[u.toks[ts-1].low] {
		// "tidak menganggap insiden itu sebagai serangan bersenjata",
		// "menyebut langkah itu sebagai agresi": a characterization of an
		// act told elsewhere, not one more.
		return nil
	}
	if tr.voice == noun && (ev.topicOfDocument(u, r.ts, ts, te) || tr.noOwner && ts > r.ts && ev.r.topicWords[u.toks[ts-1].low]) {
		// "menyerahkan daftar sasaran sanksi kepada Jepang", "membahas
		// paket sanksi baru dengan Jepang": what a document or a talk
		// is about, not an act of its subject; so is a sanction spoken of
		// ("komentar mengenai sanksi Beijing"), whose sides the words do
		// not tell.
		return nil
	}
	if tr.voice == active && ev.r.refusals[u.toks[ts].low] && te < r.te && ev.r.commentVerbs[u.toks[te].low] {
		// "Jaiswal menolak mengomentari unggahan Trump", "Kremlin menolak
		// berkomentar": declining to comment rejects nothing.
		return nil
	}
	if tr.voice == active && te < r.te && (u.toks[te].low == "diri" || u.toks[te].low == "dirinya") {
		// "China akan membela diri jika ...": an act on oneself has no
		// other party.
		return nil
	}
	if tr.voice == noun && tr.sym && ts > r.ts && u.toks[ts-1].low == "ke" && slices.ContainsFunc(u.toks[r.ts:ts], func(t token) bool { return ev.r.invitations[t.low] }) {
		// "Fiji mengundang Amerika Serikat, China, dan Jepang ke pertemuan
		// itu": the invited go to the meeting; they hold none with each
		// other by being invited.
		return nil
	}
	if cameoRoot(tr.code) == "12" && tr.voice == active && te < r.te && ev.lex.speech[u.toks[te].low] {
		// "menolak membeberkan apakah isu Taiwan dibahas", "menolak
		// berkomentar": declining to speak rejects no one.
		return nil
	}
	if tr.troopsSubject && (!ev.troopsBefore(u, args, r.ts, ts) || te >= r.te || u.toks[te].low != "ke") {
		// "surat itu dikirim ke PBB": only troops sent make a deployment,
		// and only sent somewhere ("pasukan Suriah dikerahkan di wilayah
		// selatan negara itu" stay home).
		return nil
	}
	threat, threatened := ev.threatenedAt(u, r.ts, ts)
	if threatened && threat != noun || tr.voice == active && isActiveVerb(u.toks[ts].low) && cameoRoot(tr.code) != "04" && ev.refusedAt(u, r.ts, ts) {
		// "mengancam akan menaikkan tarif", "menolak mengirim senjata ke
		// Ukraina": the threat or the refusal is the act; what is
		// threatened or refused is not done.
		return nil
	}
	if cameoRoot(tr.code) == "12" && tr.voice == active && ev.r.refusals[u.toks[te-1].low] && ev.refusesConflict(u, te, r.te) {
		// "Modi menolak mengecam Rusia", "China menolak menjatuhkan
		// sanksi terhadap Rusia": refusing to act against someone is no
		// rejection of them (denying an act is: "membantah menyerang
		// Lituania").
		return nil
	}
	if ev.prospectBefore(u, r.ts, ts) {
		// "membahas opsi untuk dialog antara A dan B", "tentang
		// kemungkinan kunjungannya", "upaya mencapai gencatan senjata": an
		// act talked of as a prospect is no event.
		return nil
	}
	if tr.onlyHarsh && !ev.saidHarsh(u, te, r.te) {
		// "menanggapi pernyataan Trump": a response of no stated tone
		// is no conflict.
		return nil
	}
	growth := -1
	if tr.onlyPositive {
		growth = slices.IndexFunc(u.toks[te:r.te], func(t token) bool { return ev.r.growthCues[t.low] })
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
	verbal := tr.quad%2 == 1
	relational := tr.sym || cameoRoot(tr.code) == "03"
	// dari is the arg after "dari" the act comes from ("kecaman dari G7"),
	// or -1.
	dari := ev.fromSource(u, args, tr, ts, te, r.te)
	var src, tgt role
	both, answered := false, false
	pair := ev.betweenPair(u, args, te, r.te)
	if pair == nil && te-1 > ts && u.toks[te-1].low == "antara" {
		pair = ev.betweenPair(u, args, te-1, r.te) // "memimpin pertemuan antara A dan B"
	}
	switch {
	case tr.speakerBlames:
		if speaker < 0 {
			return nil
		}
		// "Hizbullah menyatakan Israel sepenuhnya bertanggung jawab atas
		// agresi ini": the one held to account is the words' subject.
		src, tgt = role{actors: []int{speaker}, inferred: true}, ev.subject(u, args, ts, from)
		if tgt.actors == nil && from > r.ts && isQuoteMark(u.toks[from-1].low) {
			// 'menyatakan Israel "sepenuhnya bertanggung jawab ..."':
			// the words quoted go on the clause before the mark.
			tgt = ev.subject(u, args, ts, r.ts)
		}
		if tgt.actors == nil && tr.wrongdoing {
			// "hanya ada satu agresor dalam perang ini, yaitu Rusia": the
			// wrongdoer is named after the noun.
			tgt = ev.namedAfterOpener(u, args, te, r.te)
		}
		if tgt.actors == nil || ev.sameSide(src.actors, tgt.actors) {
			return nil
		}
	case tr.thirdParty && tr.voice != passive && (pair != nil || ev.pairBefore(u, args, r.ts, ts) != nil):
		if pair == nil {
			// "Gencatan senjata antara India dan Pakistan berlaku, dengan
			// AS menjadi perantaranya": the pair the sentence named.
			pair = ev.pairBefore(u, args, r.ts, ts)
		}
		// "Qatar menjadi mediator dalam perundingan antara Israel dan
		// Hamas", "mediasi Qatar antara ...": the pair are the targets.
		src = ev.subject(u, args, ts, from)
		if tr.voice == noun {
			if p := ev.possessor(u, args, te); p >= 0 && !slices.Contains(pair, args[p].actors[0]) {
				src = role{actors: ev.group(u, args, p, false, true)}
			}
		}
		tgt = role{actors: pair}
	case tr.thirdParty && tr.voice != passive && ev.metPair(s+1, diplograph.TypeCountry) != nil:
		// "Iran dan AS menggelar perundingan di Muskat, dengan Menlu Oman
		// ... bertindak sebagai perantara", "AS dan Prancis menjadi
		// penengah dalam perundingan tersebut": the two who just talked,
		// in this sentence or the two before.
		src = ev.subject(u, args, ts, from)
		tgt = role{actors: ev.metPair(s+1, diplograph.TypeCountry)}
		if tr.voice == noun {
			// "Thailand dan Kamboja berunding ... dengan mediasi Malaysia":
			// the noun's owner mediates.
			if p := ev.possessor(u, args, te); p >= 0 && !ev.sameSide(tgt.actors, args[p].actors) {
				src = role{actors: ev.group(u, args, p, false, true)}
			}
		}
	case pair == nil && tr.sym && tr.voice == noun && ev.mediationIn(u, from, ts):
		// "AS dan Prancis menjadi penengah dalam perundingan tersebut":
		// the mediators are no sides of the talks.
		return nil
	case pair != nil && (tr.voice == noun || tr.sym) && len(pair) > 2:
		// "pertemuan antara A, B, dan C": among themselves.
		src = role{actors: pair}
	case pair != nil && (tr.voice == noun || tr.sym):
		// "kerja sama antara A dan B": a relation of both sides, both ways.
		src, tgt, both = role{actors: pair[:1]}, role{actors: pair[1:]}, true
	case tr.attended:
		// "Hadir Presiden Kazakhstan ..., Presiden Uzbekistan ...": a verb
		// of attendance without the passive's prefix names attendees only
		// when it opens the sentence, after the meeting it goes on with.
		inverted := !strings.HasPrefix(u.toks[ts].low, "di")
		if inverted && ts != r.ts {
			return nil
		}
		src = ev.object(u, args, te, r.te, false)
		tgt = ev.hostIn(s, from, ts)
		for p := s - 1; tgt.actors == nil && p >= 0 && p >= s-maxHostBack && (ev.pointsBackTo(u, from, ts) || inverted && p == s-1); p-- {
			// "Trump menjamu para pemimpin Asia Tengah. Pertemuan itu
			// dihadiri Tokayev ...": the host told before, past what was
			// said there, up to a meeting of others told between.
			if tgt = ev.hostIn(p, ev.seg.sents[p].ts, ev.seg.sents[p].te); tgt.actors == nil && ev.meetingIn(p) {
				break
			}
		}
		if tgt.actors == nil || ev.sameSide(src.actors, tgt.actors) {
			return nil
		}
		both = true
	case tr.voice == passive:
		tgt = ev.subject(u, args, ts, from)
		k := te
		if k < r.te && u.toks[k].low == "oleh" {
			k++
		}
		src = ev.object(u, args, k, r.te, false)
		if a := ev.actSubjectAgent(u, from, ts, src); a >= 0 {
			// "Latihan militer China di sekitar Taiwan dikecam oleh
			// Jepang": aimed at the agent of the act its subject names,
			// not at a place in it.
			tgt = role{actors: []int{a}, gap: 1, inferred: true}
		}
		if a := ev.relativeActAgent(s, u, from, ts, src); a != nil {
			// "Israel menuduh Iran melanggar kesepakatan, tuduhan yang
			// dibantah Teheran": aimed at the agent of the act the
			// relative clause's head names, told as fact whatever that
			// act was ("Kesepakatan tersebut dikecam oleh Seoul": at both
			// sides of a two-way act).
			tgt = role{actors: a, gap: 1, inferred: true}
			answered = true
		}
		if tgt.actors == nil && tr.thirdParty {
			// "A dan B menyepakati gencatan senjata yang ditengahi oleh
			// Qatar": the parties of the mediated act.
			if pair := ev.pairBefore(u, args, r.ts, ts); pair != nil {
				tgt = role{actors: pair}
			} else {
				tgt = ev.firstSubject(u, args, from, ts)
			}
			if tgt.actors == nil {
				// "Rusia dan Ukraina bertukar tahanan. Pertukaran itu
				// dimediasi oleh UEA": the two who just dealt with each
				// other.
				tgt = role{actors: ev.metPair(s+1, diplograph.TypeCountry), inferred: true}
			}
		}
	case dari >= 0 && tr.thirdParty:
		// "berterima kasih kepada para mediator dari Qatar": mediators
		// named with no pair mediate nothing told here.
		return nil
	case dari >= 0:
		// "kecaman dari G7", "menolak kritik dari X": the act comes from
		// the name after "dari" and is aimed at the subject.
		a := dari
		src = role{actors: ev.group(u, args, a, false, true), gap: 1}
		tgt = ev.subject(u, args, ts, from)
		if t := ev.thatClauseSubject(u, args, args[a].te, r.te); tr.quad == 3 && t.actors != nil {
			// "tuduhan dari AS bahwa Pyongyang memasok senjata": the
			// accusation is of the clause's subject.
			tgt = t
		}
	case tr.voice == receive:
		tgt = ev.subject(u, args, ts, from)
		for k := te; k < r.te && k < te+8; k++ {
			if u.toks[k].low == "dari" {
				if a := argAt(args, k+1); a >= 0 {
					src = role{actors: args[a].actors, gap: k - te}
				}
				break
			}
		}
	default:
		if tr.voice == noun && tr.sym && ts > from && ev.lex.preps[u.toks[ts-1].low] && ev.pointsBack(u, te, r.te) {
			// "Qatar dan UEA menyatakan dukungan terhadap perundingan
			// tersebut": talks told before, between others; the
			// subjects hold none with each other.
			return nil
		}
		if tr.voice == noun {
			// The subject of a noun's act stands in the noun's own clause.
			from = ev.nounClauseStart(u, from, ts)
			if a, b, ok := ev.agentAfterOleh(u, args, te, r.te); ok {
				// "invasi Ukraina oleh Rusia", "serangan oleh Rusia
				// terhadap Ukraina": the agent acts on the noun's object.
				src, tgt = a, b
				break
			}
			if a, end := ev.relativeAgent(u, args, te, r.te); a.actors != nil {
				if tr.sym && ev.mediationIn(u, te, te+a.gap) {
					// "perundingan yang dimediasi Qatar dan Turki": the
					// mediators are no sides of the talks.
					return nil
				}
				// "sanksi yang dijatuhkan AS terhadap Rusia": the agent of
				// the noun's relative clause acts on what follows it.
				src = a
				if tgt = ev.object(u, args, end, r.te, true); tgt.actors == nil {
					tgt = ev.prepTarget(u, args, end, r.te, tr.quad == 4, cameoRoot(tr.code) == "16")
				}
				break
			}
			p := ev.possessor(u, args, te)
			if p < 0 && ts > r.ts && ev.r.judgeVerbs[u.toks[ts-1].low] {
				// "Trump menyebut pengakuan atas Palestina sebagai hadiah
				// bagi Hamas": an act with no owner that the subject
				// judges is none of theirs.
				return nil
			}
			if p >= 0 && (!tr.noOwner || ev.ownerBeforeTarget(u, args, from, ts, p)) {
				standing = tr.noOwner
				// "kunjungan Kim ke Rusia", "kerja sama Rusia dan Korea Utara".
				src = role{actors: ev.group(u, args, p, false, true)}
				if len(src.actors) < 2 || !relational {
					tgt = ev.object(u, args, args[p].te, r.te, true)
					if tgt.actors == nil && tr.mirror != "" && ev.receivedBySubject(u, ts, from) {
						// "Rusia menyambut kunjungan Kim": a visit is
						// to the subject that receives it; an attack or
						// a threat someone talks about is not at them,
						// nor a visit they discuss ("membahas agenda
						// kunjungan X").
						tgt = ev.subject(u, args, ts, from)
					}
				}
				break
			}
			// A noun that is the object of a trigger's verb ("mengkritik
			// kerja sama mereka", "menyepakati kerangka pembicaraan",
			// "menandatangani perjanjian kemitraan") is not a second act
			// of that verb's subject.
			if tr.ownerOnly || afterVerb {
				break
			}
			if ev.onSidelines(u, from, ts) {
				// "Rubio menemui Wang Yi dan Lavrov di sela pertemuan para
				// menlu": the meeting is the occasion of the sentence's
				// act; the names before it hold none of their own.
				return nil
			}
			if ev.victimBefore(u, from, ts) {
				// "Ismail Haniyeh tewas dalam serangan terhadap
				// kediamannya di Teheran": the subject suffered the act,
				// whose agent is not told.
				return nil
			}
			if ts > from && ev.r.reasonPreps[u.toks[ts-1].low] {
				// "sanksi terhadap Rusia atas invasi ke Ukraina": the act
				// given as the reason is the one the main verb aims at,
				// not the subject's.
				if k := lastArgBefore(args, ts, from); k >= 0 && args[k].oblique {
					// (but "India menyuarakan keprihatinan atas serangan
					// terhadap warga Hindu": the subject's concern is no
					// act of the subject's)
					src = role{actors: args[k].actors, gap: words(u, args[k].te, ts), inferred: true}
					tgt = ev.object(u, args, te, r.te, true)
				}
				break
			}
		}
		src = ev.subject(u, args, ts, from)
		if speaker >= 0 && from > r.ts && ts-1 > from && u.toks[ts-1].low == "dan" && ev.firstVerb(u, from, ts-1) < 0 {
			// "Ruto menegaskan dukungan Kenya bagi kemerdekaan Palestina
			// dan memuji peran Mesir": a verb joined to a statement's words
			// that hold no verb of their own is the speaker's.
			src = role{actors: []int{speaker}, inferred: true}
		}
		if speaker >= 0 && from > r.ts && ts-2 > from && ev.r.contrastLinks[u.toks[ts-1].low] && u.toks[ts-2].low == "," {
			// "Starmer mengatakan Israel berhak membela diri, tetapi
			// meminta Iran tidak merespons": a verb set against the words
			// reported, with no subject of its own, is the speaker's.
			src = role{actors: []int{speaker}, inferred: true}
		}
		if pair != nil {
			tgt = role{actors: pair}
		} else {
			tgt = ev.object(u, args, te, r.te, tr.voice == noun)
		}
		if tr.code == signAgreement && tr.voice == active && ev.signedInRelative(u, from, ts) &&
			!slices.ContainsFunc(u.toks[te:min(r.te, te+4)], func(t token) bool { return t.low == "dengan" || t.low == "bersama" }) {
			// "perintah eksekutif yang ia tandatangani sebagai hukuman
			// atas pembelian minyak Rusia": what is signed is the head, a
			// party to it only one named after "dengan" ("yang mencapai
			// kesepakatan dagang dengan ...").
			tgt = role{}
		}
		if tr.venue {
			tgt = ev.venueState(u, args, te, r.te)
		}
		if tgt.actors == nil && tr.sym && tr.voice == noun && ts > from && ev.r.vias[u.toks[ts-1].low] {
			// "Modi menegaskan kepada Trump melalui sambungan telepon":
			// a call the words went through is with the one they were
			// said to.
			for k, a := range args {
				if a.ts > from && a.te < ts && (u.toks[a.ts-1].low == "kepada" || u.toks[a.ts-1].low == "dengan") {
					tgt = role{actors: ev.group(u, args, k, false, true), gap: words(u, a.te, ts), inferred: true}
					break
				}
			}
		}
		if root := cameoRoot(tr.code); (root == "18" || root == "19" || root == "20") && tgt.actors != nil && !ev.anyState(tgt.actors) {
			// "Israel menyerang para pemimpin Hamas di Doha": force on a
			// group or a person on another state's soil is force on that
			// state too.
			if p := ev.venueState(u, args, te, r.te); p.actors != nil && !ev.sameSide(p.actors, tgt.actors) && !ev.sameSide(p.actors, src.actors) {
				tgt.actors = append(slices.Clip(tgt.actors), p.actors...)
			}
		}
		if tgt.actors == nil && len(src.actors) == 1 && tr.sym && tr.voice == noun && ev.pointsBack(u, te, r.te) && ev.attendsAt(u, from, ts) {
			// "Menlu Turki Hakan Fidan turut hadir dalam pertemuan itu":
			// one who joins the talks just told meets those who held them.
			if pair := ev.metPair(s, diplograph.TypePerson); pair != nil && !slices.Contains(pair, src.actors[0]) {
				tgt = role{actors: pair, gap: 1, inferred: true}
			}
		}
		if len(src.actors) > 0 && ev.sameSide(src.actors, tgt.actors) {
			// "Putin mengusulkan pembicaraan langsung Rusia-Ukraina": the
			// other of a pair the subject's own state opens.
			if b := ev.hyphenPartner(u, args, te, tgt); b.actors != nil {
				tgt = b
			}
		}
		if tr.directObject && tgt.gap > 0 && (!slices.ContainsFunc(u.toks[te:min(te+tgt.gap, r.te)], func(t token) bool { return !ev.lex.adverbs[t.low] && !ev.r.mannerWords[t.low] }) || ev.counterpartAt(u, te, r.te)) {
			// "menyambut langsung Presiden Prabowo": adverbs may stand
			// between the verb and its object; "menerima mitranya, Menteri
			// Pertahanan Australia Richard Marles": so may the word that
			// points to the one named next.
		} else if tr.directObject && tgt.gap > 0 {
			tgt = role{}
		}
		if tr.quad == 3 && tr.voice == active && ev.peopleOfObject(u, args, te, tgt) {
			// "menolak pemindahan paksa rakyat Palestina": the people an
			// act criticised is done to are not what the criticism aims at.
			tgt = role{}
		}
		if tr.quad == 3 && tr.voice == active && len(src.actors) > 0 && (tgt.actors == nil || ev.sameSide(src.actors, tgt.actors)) {
			// "China memprotes masuknya dua bank China ke dalam paket
			// sanksi Uni Eropa": a criticised act with an owner of its own
			// in the object is the owner's, whom the criticism aims at.
			if o := ev.ownedActIn(u, args, te, r.te); o.actors != nil && !ev.sameSide(src.actors, o.actors) {
				tgt = o
			}
		}
		if w := u.toks[ts].low; tgt.actors == nil && tr.voice == active && (cameoRoot(tr.code) == "13" || w == "menolak" || w == "tolak") {
			// "mengancam akan menyerang X", "menolak bertemu X": the act
			// threatened or refused is aimed at X (but "membantah menerima
			// senjata dari X" denies nothing to X).
			if v := ev.verbAfter(u, te, r.te); v > 0 {
				tgt = ev.object(u, args, v, r.te, false)
				if tgt.actors == nil {
					// "mengancam menaikkan tarif baja untuk Kanada": or
					// the one its object is for or against.
					tgt = ev.prepTarget(u, args, v, r.te, false, false)
				}
			}
		}
		if tgt.actors == nil && tr.voice == active && ev.r.denials[u.toks[ts].low] && len(src.actors) > 0 {
			// "Rusia membantah menyerang Polandia": the denial is aimed at
			// the object of the act denied, when right after its verb;
			// "Islamabad membantah terlibat", after India accused it: at
			// the accuser.
			if v := ev.verbAfter(u, te, r.te); v > 0 {
				if o := ev.object(u, args, v, r.te, false); o.gap == 0 {
					tgt = o
				}
			}
			if tgt.actors == nil {
				back := 1
				if ev.pointsBack(u, te, r.te) {
					// "Kementerian Pertahanan Rusia membantah tuduhan
					// tersebut": the charge referred back may have been
					// told a few sentences before.
					back = 3
				}
				if a := ev.madeBy(s, back, src.actors, "11"); a >= 0 {
					tgt = role{actors: []int{a}, gap: 1, inferred: true}
				}
			}
		}
		if tgt.actors == nil && tr.voice == active && ev.r.refusals[u.toks[ts].low] && len(src.actors) > 0 && te < r.te && ev.r.appealNouns[u.toks[te].low] && ev.pointsBack(u, te, r.te) {
			// "Khamenei menolak ajakan tersebut": the refusal is aimed at
			// the one who made the offer, appeal or threat told a few
			// sentences before.
			if a := ev.madeBy(s, 3, src.actors, "02", "03", "10", "13"); a >= 0 {
				tgt = role{actors: []int{a}, gap: 1, inferred: true}
			} else if k := ev.lastSpeaker(s, 1, ts, stmts, ev.party(src.actors[0])); k >= 0 {
				// "Trump mengatakan Kanada harus menjadi negara bagian
				// AS. Carney menolak usulan tersebut.": an offer told
				// as someone's words in the sentence before is theirs.
				tgt = role{actors: []int{k}, gap: 1, inferred: true}
			}
		}
		if tgt.actors == nil && tr.voice == active && ev.r.refusals[u.toks[ts].low] && len(src.actors) > 0 {
			// "menolak mentah-mentah tawaran dialog yang diajukan
			// Presiden Lee": aimed at who made the offer.
			k := ev.pastManner(u, te, r.te)
			if k < r.te && ev.r.appealNouns[u.toks[k].low] {
				if a, _ := ev.relativeAgent(u, args, k+1, r.te); a.actors != nil && !ev.sameSide(src.actors, a.actors) {
					tgt = a
				}
			}
		}
		if root := cameoRoot(tr.code); tgt.actors == nil && (root == "02" || root == "10") && te < r.te && ev.r.appealLinks[u.toks[te].low] {
			// "menyerukan agar negara-negara ASEAN memperkuat ...": the
			// appeal is to the subject of what it asks for, unless that is
			// done to it ("mendesak agar Ukraina dilibatkan").
			tgt = ev.object(u, args, te+1, r.te, false)
			if a := argAt(args, te+1); a >= 0 && args[a].te < r.te && strings.HasPrefix(u.toks[args[a].te].low, "di") && ev.lex.verbLike(u.toks[args[a].te].low) {
				tgt = role{}
			}
		}
		if src.actors == nil && !src.nonActor && speaker >= 0 && (verbal || ev.opensWords(stmts, r.unit, ts)) && !ev.unknownSubject(u, from, ts, stmts) && !ev.nounSubject(u, from, ts) {
			src = role{actors: []int{speaker}, inferred: true}
			if tr.voice == noun && tr.quad == 4 {
				// "Israel membom gedung di Doha. Leavitt mengatakan
				// pengeboman sepihak di wilayah Qatar ...": force a speaker
				// names with no owner is the one just told, by another.
				if a := ev.latestForce(s, ev.party(speaker)); a >= 0 {
					src = role{actors: []int{a}, inferred: true}
				}
			}
		}
		if src.actors == nil && !src.nonActor && speaker < 0 && (tr.voice == noun || tr.voice == active && ts == r.ts+1 && ev.r.phraseOpeners[u.toks[r.ts].low]) {
			// ("Usai bertemu Aliyev, Putin ...": a verb right after the
			// word that opens the sentence's phrase shares the main
			// clause's subject.)
			src = ev.leadingSubject(u, args, te, r.te)
			src.leading = true
		}
	}
	if src.handedOn && tr.code != rallyOpposition {
		// "Bangladesh meminta komunitas internasional membantu ...": the
		// act is asked of others the page does not name.
		src = role{nonActor: true}
	}
	if tr.aboutState && src.actors != nil && !ev.anyState(tgt.actors) {
		// "memveto resolusi DK PBB tentang Ukraina", "memveto perpanjangan
		// panel yang memantau sanksi terhadap Korea Utara": a veto is
		// aimed at the state its resolution is about.
		if t := ev.aboutState(u, args, te, r.te); t.actors != nil {
			tgt = t
			if slices.ContainsFunc(u.toks[te:min(r.te, te+t.gap+2)], func(t token) bool { return ev.r.againstWords[t.low] }) {
				// "memveto ... panel pemantau sanksi terhadap Korea
				// Utara": a veto of a resolution against a state speaks
				// for that state (the annotation's reading), no conflict
				// with it.
				tr.code, tr.quad = praise, 1
			}
		}
	}
	if root := cameoRoot(tr.code); tgt.actors == nil && src.actors != nil && (root == "11" || root == "13") && tr.voice == active {
		// "Jepang mengingatkan bahwa bantuan apa pun yang dikirim Iran
		// ...", "menuduh bahwa X": aimed at the clause's subject.
		tgt = ev.thatClauseSubject(u, args, te, r.te)
		if root == "13" && len(src.actors) == 1 && len(tgt.actors) == 1 && ev.party(src.actors[0]) == ev.party(tgt.actors[0]) {
			// "Netanyahu memperingatkan bahwa Israel akan menyerang Iran":
			// a warning that one's own side will act threatens the act's
			// object.
			k := argAt(args, te+tgt.gap)
			tgt = role{}
			if k >= 0 {
				if v := ev.verbAfter(u, args[k].te, r.te); v > 0 {
					tgt = ev.object(u, args, v, r.te, false)
				}
			}
		}
	}
	if len(src.actors) >= 1 && tr.quad == 3 && tr.voice == active {
		if k := ev.victimAgent(s, u, te, r.te, ev.party(src.actors[0])); k >= 0 {
			// "Arab Saudi mengecam serangan terhadap Qatar itu": aimed at
			// the agent of the act on that victim just told, not at the
			// victim.
			tgt = role{actors: []int{k}, gap: 1, inferred: true}
		} else if ev.patientFirst(u, te, r.te) {
			// "mengecam pembunuhan pemimpin Hamas Ismail Haniyeh" with
			// no agent told: the one killed is not what it aims at.
			tgt = role{}
		}
	}
	if len(src.actors) >= 1 && tr.quad == 3 && tr.voice == active && tgt.actors != nil && ev.sameSide(src.actors, tgt.actors) {
		// "menyampaikan keprihatinan Canberra atas latihan militer China":
		// the speaker's own side named after the verb is whose concern it
		// is; the object is what follows "atas" or "terhadap".
		for k := te; k < r.te && k <= te+tgt.gap+3; k++ {
			if w := u.toks[k].low; w == "atas" || w == "terhadap" {
				if o := ev.object(u, args, k+1, r.te, false); o.actors != nil && !ev.sameSide(src.actors, o.actors) {
					tgt = o
				}
				break
			}
		}
	}
	wordsBack := tr.quad == 3 && tr.voice == active && ev.wordsNounFirst(u, te, r.te)
	if len(src.actors) >= 1 && tr.quad == 3 && tr.voice == active && (tgt.actors == nil || ev.sameSide(src.actors, tgt.actors) || ev.actNounFirst(u, te, r.te) || wordsBack) {
		// "mengecam hasil pemungutan suara", "Blinken dan Cho mengkritik
		// langkah tersebut", "Teheran mengecam serangan tersebut sebagai
		// agresi terhadap kedaulatan Iran", "Arab Saudi mengecam serangan
		// itu sebagai pelanggaran kedaulatan Suriah": aimed at the agent
		// of the act referred to, not at a side named after it.
		if k := ev.actReferent(s, te, min(r.te, te+6), ev.party(src.actors[0]), true); k >= 0 &&
			!slices.ContainsFunc(src.actors, func(a int) bool { return ev.party(a) == ev.party(k) }) {
			tgt = role{actors: []int{k}, gap: 1, inferred: true}
		} else if a := ev.actNounAgent(u, args, te, r.te); a.actors != nil {
			// "mengkritik serangan yang dilancarkan Israel ke Iran": the
			// agent of the act its object names.
			tgt = a
		} else if wordsBack {
			// "Munir mengancam ... . India mengecam keras pernyataan
			// tersebut": aimed at who said the words referred to.
			if k := ev.lastSpeaker(s, 3, ts, stmts, ev.party(src.actors[0])); k >= 0 {
				tgt = role{actors: []int{k}, gap: 1, inferred: true}
			}
		}
	}
	if tgt.actors == nil && len(src.actors) > 0 && tr.quad >= 3 && ev.asResponse(u, r.ts) {
		// "Sebagai respons, militer Korea Selatan melepaskan tembakan
		// peringatan": aimed at whoever acted against the subject's side
		// just before.
		if a := ev.madeBy(s, 2, src.actors, "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"); a >= 0 {
			tgt = role{actors: []int{a}, gap: 1, inferred: true}
		}
	}
	if tgt.actors == nil && src.actors != nil && tr.voice == noun && te < r.te && u.toks[te].low == "serupa" {
		// "Slovenia juga mengumumkan pengakuan serupa": the like act told
		// last, aimed where it was.
		if k := ev.likeActTarget(tr.code, src.actors); k >= 0 {
			tgt = role{actors: []int{k}, gap: 1, inferred: true}
		}
	}
	// "Pasukan Turki dan Israel terlibat bentrokan di Suriah utara": a
	// reciprocal act of a pair is between the two, not with the place.
	pairActs := tr.sym && len(src.actors) >= 2
	if pairActs && tgt.actors != nil && slices.ContainsFunc(u.toks[te:min(r.te, te+tgt.gap+1)], func(t token) bool { return t.low == "di" }) {
		tgt = role{} // "... terlibat bentrokan di dekat perbatasan Georgia"
	}
	if pairActs && tgt.actors != nil && tgt.gap == 0 && tr.voice == active && ev.clauseSubjectAt(u, args, te, r.te) {
		// "ia dan Trump sepakat Iran tidak boleh memiliki senjata
		// nuklir": what the pair agree on is a clause about a third,
		// who is no side of it.
		tgt = role{}
	}
	if tgt.actors != nil && tgt.gap > 0 && tr.quad == 2 && tr.voice == active && !pairActs {
		// "menghibahkan sebuah pesawat Boeing 747-8 kepada Trump": a
		// name inside the thing given is not who receives it.
		if p := ev.prepTarget(u, args, te+tgt.gap, r.te, false, false); p.actors != nil {
			tgt = p
		}
	}
	if tgt.actors == nil && src.actors != nil && tr.quad == 2 && tr.voice != passive && tr.voice != receive && !pairActs {
		// "mengirim bantuan ke Jalur Gaza ... dari wilayah udara
		// Yordania": aid goes where it is sent, the state of the place
		// after "ke", not one it comes from.
		tgt = ev.placeAfter(u, te, r.te, ev.r.destinations)
	}
	if tgt.actors == nil && src.actors != nil && (tr.quad == 2 || tr.quad == 4) && tr.voice != passive && tr.voice != receive && !pairActs {
		// "memasok tank Leopard kepada Ukraina", "menyerang fasilitas
		// sipil di Ukraina": aid goes to, and force is used at, a state
		// named further on.
		tgt = ev.prepTarget(u, args, te, r.te, tr.quad == 4, cameoRoot(tr.code) == "16")
	}
	if tgt.actors == nil && src.actors != nil && tr.voice != passive && tr.voice != receive && !tr.directObject && !pairActs &&
		(tr.quad == 4 || tr.mirror != "" && cameoRoot(tr.code) == "04" && !src.inferred && src.gap <= 3) {
		// "membombardir kota Kharkiv", "tiba di Busan": a place stands for
		// its state. A visit's traveller must stand right before the verb:
		// in "Citra satelit badan intelijen Seoul menunjukkan 1.500
		// prajurit ... telah tiba di Vladivostok" Seoul travels nowhere.
		tgt = ev.placeTarget(u, te, r.te)
	}
	if tgt.actors == nil && src.actors != nil && tr.quad == 4 && tr.voice == active && !pairActs {
		// "Israel menempatkan pasukannya di wilayah Lebanon selatan dan
		// hampir setiap hari melancarkan serangan udara": force with no
		// object of its own, joined to the verb before, is used where
		// that verb's clause is.
		tgt = ev.placeBeforeJoined(u, args, from, ts, src)
	}
	if tgt.actors == nil && len(src.actors) == 1 && tr.sym && (tr.voice == active || tr.voice == passive) {
		// "Xi menandatangani traktat itu bersama Presiden Kazakhstan ...",
		// "Traktat itu ditandatangani Xi bersama ...": who does an act of
		// two sides together with its subject is its other side.
		tgt = ev.partnersAfter(u, args, te, r.te)
	}
	ctx := ev.contextOf(u, r.ts, ts, tr.voice == noun || dari >= 0)
	date, named := ev.dates.dateOf(s, ts, te, tr.voice == noun)
	if ctx == "" && named && ev.dates.afterPublication(date) {
		// "Traktat itu direncanakan diteken saat Albanese berkunjung ke
		// Jakarta pada Januari 2026" on a page of May 2025: an act its
		// sentence dates after the page was published is still to come.
		ctx = diplograph.ContextFuture
	}
	if src.urged && contextRank[diplograph.ContextHypothetical] > contextRank[ctx] {
		ctx = diplograph.ContextHypothetical
	}
	if tr.voice == noun && ev.anyAct(u, te, r.te) && contextRank[diplograph.ContextHypothetical] > contextRank[ctx] {
		ctx = diplograph.ContextHypothetical
	}
	if tr.voice == noun {
		// "pertemuan dengan Xi Jinping, yang dijadwalkan berlangsung
		// besok": the noun's own relative clause; "serangan China terhadap
		// Taiwan dapat memicu ...": the predicate it is the subject of.
		if c := ev.relativeCue(u, te, r.te); contextRank[c] > contextRank[ctx] {
			ctx = c
		}
		if c := ev.modalPredicate(u, ev.nounClauseStart(u, from, ts), ts, te, r.te); contextRank[c] > contextRank[ctx] {
			ctx = c
		}
	}
	clauseEnd := slices.IndexFunc(u.toks[te:r.te], func(t token) bool { return ev.r.subordinators[t.low] })
	if clauseEnd < 0 {
		clauseEnd = r.te
	} else {
		clauseEnd += te
	}
	for i := te; i < r.te; i++ {
		// "bertemu tiga kali, tetapi perundingan gagal ...": a failure
		// told in another clause is another act's.
		if ev.r.cancelCues[u.toks[i].low] && i < clauseEnd {
			ctx = diplograph.ContextNegated
		}
		// "hubungan ... akan makin erat": the predicate's own cues.
		if c, ok := ev.r.contextCues[u.toks[i].low]; ok && i < growth && contextRank[c] > contextRank[ctx] {
			ctx = c
		}
	}
	if src.inferred && tr.voice == noun && tr.quad == 4 && ctx == diplograph.ContextHypothetical {
		// "Takaichi menyatakan serangan terhadap Taiwan bisa memicu ...":
		// a use of force someone speaks of as possible, naming no one who
		// would use it, is nobody's act.
		return nil
	}
	if tr.voice == noun && ev.deniedAct(u, from, ts) {
		return nil
	}
	if tr.wrongdoing && ctx != "" && ctx != diplograph.ContextAlleged && !(ctx == diplograph.ContextFuture && ev.wordBefore(u, r.ts, ts, ev.r.attempts)) {
		// "jika Hizbullah melanggar perjanjian", "akan melanggar": a wrong
		// feared, foretold or denied is a warning or a defence, no
		// accusation; one tried at is done.
		return nil
	}
	if answered || tr.speakerBlames && ctx != diplograph.ContextNegated {
		// "Israel harus bertanggung jawab": what the words hold to
		// account is the accusation, made as they are said.
		ctx = ""
	}
	if st := stmtAt(stmts, r.unit, ts); tr.quad == 4 && ctx == diplograph.ContextFuture && st != nil && st.speaker >= 0 && len(src.actors) > 0 && ev.sameSide([]int{st.speaker}, src.actors) && len(tgt.actors) > 0 && !ev.sameSide(src.actors, tgt.actors) {
		// "Abdulsalam mengatakan kelompoknya akan terus menyerang Israel":
		// force or sanctions one's own side will use, said, threaten them
		// (CAMEO 138, 1312), told as fact.
		tr.code, tr.mirror, ctx = threatOf(tr.code), "", ""
	}
	if threatened {
		// "ancaman Trump untuk mengenakan tarif 100 persen kepada
		// Indonesia": the noun names no target of its own; the act it
		// threatens gives the threat's (CAMEO 1312, 138).
		tr.code, tr.mirror, ctx = threatOf(tr.code), "", ""
	}
	code, sym := tr.code, both || tr.sym
	if code == appeal && ev.demandAfter(u, te, r.te) && !ev.r.softAppeals[u.toks[ts].low] {
		// "mendesak AS agar berhenti mencampuri ...", "meminta Rusia
		// menarik pasukannya": an appeal to stop, withdraw or comply is a
		// demand (CAMEO 100), not a request for cooperation; a hope or a
		// call ("berharap Kongres AS mencabut sanksi", "menyerukan kedua
		// negara menghentikan tembakan") never is.
		code = demand
	}
	if (cameoRoot(code) == "04" && tr.sym || code == intentToMeet) && (tr.voice == active || tr.voice == noun) && ev.wordBefore(u, r.ts, ts, ev.r.intents) {
		// "siap berdialog dengan Korea Utara", "Trump menawarkan bertemu
		// Kim", "Janji Buka Jalur Dialog dengan Pyongyang": the intent to
		// meet is the act, one way (CAMEO 036).
		code, sym = intentToMeet, false
		if ctx != diplograph.ContextNegated {
			ctx = "" // "belum siap bertemu": the intent denied stays negated
		}
	}
	if root := cameoRoot(code); (root == "06" || root == "07") && tr.voice == active && ev.wordBefore(u, r.ts, ts, ev.r.intents) {
		// "Jakarta siap membantu Dili", "Rusia berencana memasok senjata
		// ke Iran": readiness or a plan to give aid or cooperate
		// materially is the intent (CAMEO 031, 033), one way, told as fact.
		code, sym, ctx = materialIntent(root), false, ""
	}
	if cameoRoot(code) == "04" && tr.sym && ctx == diplograph.ContextFuture {
		// "Ishiba akan bertemu Trump pekan depan", "dijadwalkan bertemu":
		// a meeting planned is, as told, the subject's intent to meet
		// (CAMEO 036), one way.
		code, sym, ctx = intentToMeet, false, ""
	}
	if cameoRoot(code) == "04" && sym && src.urged {
		// "mendesak kedua pihak mengedepankan dialog", "berharap Jepang
		// dan China dapat menyelesaikan perbedaan melalui dialog": talks
		// asked of or hoped for two sides are none between them; the
		// appeal is the act told. (Talks they must hold stay, as
		// hypothetical: "Seoul dan Washington harus segera berunding".)
		return nil
	}
	if cameoRoot(code) == "04" && (ev.wordBefore(u, r.ts, ts, ev.r.refusals) || ctx == diplograph.ContextNegated && ev.willNot(u, r.ts, ts)) {
		// "menolak bertemu X", "penolakannya untuk mengadakan pembicaraan
		// dengan X": the refusal is the act, one way (CAMEO 125); "menolak
		// tawaran dialog dari X" is the subject's refusal of X's offer.
		code, sym, ctx = rejectMeeting, false, ""
		if dari >= 0 {
			src, tgt = tgt, src
		}
	}
	if k := ev.endVerbAt(u, r.ts, ts); tr.quad == 4 && tr.voice == noun && k > r.ts && u.toks[k-1].low != "yang" && u.toks[k-1].low != "untuk" && !ev.r.appealLinks[u.toks[k-1].low] && ctx != diplograph.ContextNegated && !ev.urged(u, r.ts, ts) {
		// "Houthi menghentikan serangan terhadap kapal-kapal AS", "Korea
		// Selatan menghentikan siaran propaganda": force one stops is
		// de-escalation (CAMEO 087), one way; "gencatan senjata yang
		// mengakhiri kampanye pengeboman AS" tells the bombing, and so do
		// "meminta dunia turun tangan untuk menghentikan serangan Israel"
		// and "mendesak Israel menghentikan serangan".
		code, sym, tr.mirror = deescalate, false, ""
	}
	if cameoRoot(code) == "04" && tr.voice == noun && ev.endVerbAt(u, r.ts, ts) >= 0 {
		// "Aliyev membatalkan kunjungannya ke Moskow", "menunda lawatan
		// ke Beijing": a visit or meeting called off did not happen.
		ctx = diplograph.ContextNegated
	}
	if root := cameoRoot(code); (root == "03" || root == "05" || root == "06") && tr.voice == noun && ev.endVerbAt(u, r.ts, ts) >= 0 {
		// "mengakhiri kerja sama militer dengan India", "menangguhkan
		// kemitraan strategis dengan Georgia": cooperation ended is
		// relations reduced (CAMEO 160), one way.
		code, sym = reduceRelations, false
	}
	if cameoRoot(code) == "07" && tr.voice == noun && ev.endVerbAt(u, r.ts, ts) >= 0 {
		// "menangguhkan penyaluran dana bantuan kepada Kepulauan Cook":
		// aid suspended is aid reduced (CAMEO 162), whatever words stand
		// between the verb and the aid.
		code, sym = reduceAid, false
	}
	if cameoRoot(code) == "06" && ev.placedAround(u, args, te, tgt) {
		// "menggelar latihan militer gabungan berskala besar di sekitar
		// Taiwan": drills around a state are a show of force against it
		// (CAMEO 150), no cooperation with it.
		code, sym = showOfForce, false
	}
	if answered && cameoRoot(code) == "04" {
		// "Tawaran itu disambut oleh pemerintah Togo": an act welcomed is
		// praised (CAMEO 051), no visit hosted.
		code, sym = praise, false
	}
	evidence := ev.seg.sents[s].text
	trig := tidySpace(u.surface(ts, te))
	conf := eventConfidence(tr, src, tgt)
	var out []report
	emit := func(a, b int, code string) {
		if a == b || ev.ownState(a, b) {
			return
		}
		if cameoRoot(code) == "04" && (ev.actors[a].typ == diplograph.TypeMedia || ev.actors[b].typ == diplograph.TypeMedia) {
			return // "VOA berbincang dengan X": an interview, no talks
		}
		out = append(out, report{Event: ev.newEvent(a, b, code, date, ctx, trig, evidence, conf), named: named, act: tr.act, veto: vote, attended: tr.attended, standing: standing, sent: s, source: a, at: ts})
	}
	// "India dan Pakistan saling menyerang": each of the subjects does it
	// to the others, whatever the verb's object; told as fact only (a
	// treaty's "untuk saling membantu jika terjadi serangan" is a promise).
	reciprocal := ts > from && ev.r.reciprocals[u.toks[ts-1].low] && len(src.actors) >= 2 && ctx == "" &&
		!slices.ContainsFunc(u.toks[te:r.te], func(t token) bool { return ev.r.conditionals[t.low] })
	switch {
	case reciprocal:
		for _, a := range src.actors {
			for _, b := range src.actors {
				emit(a, b, code)
			}
		}
	case len(tgt.actors) > 0:
		others := tgt.actors
		if len(src.actors) >= 2 && !sym {
			// "tim pemantau sanksi yang dibentuk oleh AS, Korea Selatan
			// dan Jepang", "Qatar dan Mesir mendesak kedua pihak ...": a
			// list of subjects acts on no one of its own.
			others = slices.DeleteFunc(slices.Clone(others), func(k int) bool { return slices.Contains(src.actors, k) })
		}
		for _, a := range src.actors {
			for _, b := range others {
				emit(a, b, code)
				if sym {
					emit(b, a, code)
				} else if tr.mirror != "" && code == tr.code {
					emit(b, a, tr.mirror)
				}
			}
		}
	case relational && len(src.actors) >= 2 && !src.leading && !tr.namedSides && (pair != nil || !sidesGivenAfter(u, te, r.te)) &&
		(pair != nil || !ev.attendedIn(u, from, ts)) && (pair != nil || !ev.askedOfOthers(s, ts, src.actors)):
		// (but "Modi dan Ramaphosa hadir dalam pertemuan puncak" is a
		// summit both attend, no talks between them)
		// "A, B, dan C sepakat meningkatkan kerja sama": among themselves
		// (but "A dan B menengahi perundingan antara kedua negara" is
		// talks of the two others).
		for _, a := range src.actors {
			for _, b := range src.actors {
				emit(a, b, tr.code)
			}
		}
	}
	if len(out) == 0 && len(src.actors) == 1 && !src.inferred && ctx == "" && (tr.voice == active || tr.voice == passive) && !u.title {
		// "Korea Utara menembakkan rudal ... dari kawasan sekitar
		// Pyongyang", "Sebuah kapal diserang oleh militer AS": an act with
		// no other party is still one a later phrase may refer back to.
		ev.deeds = append(ev.deeds, deed{sent: s, source: src.actors[0], party: ev.party(src.actors[0]), code: code})
	}
	return out
}

// partnersAfter are the actors listed after "bersama" in the clause after
// token te (up to a word that ends an object), with those the list
// joins; "bersama" after the noun of a text names none.
func (ev *eventCoder) partnersAfter(u *annotatedUnit, args []arg, te, end int) role {
	for k := te; k+1 < end && k < te+8; k++ {
		w := u.toks[k].low
		if ev.r.objectStops[w] {
			break
		}
		if w != "bersama" || u.toks[k].upper || ev.r.statementNouns[u.toks[k-1].low] || ev.r.documentWords[u.toks[k-1].low] {
			// "Pernyataan Bersama SCO", "pernyataan bersama": a joint
			// text, no partner.
			continue
		}
		if a := argAt(args, k+1); a >= 0 && !args[a].inferred {
			return role{actors: ev.group(u, args, a, false, true), gap: words(u, te, args[a].ts)}
		}
		break
	}
	return role{}
}

// askedOfOthers says whether the subjects src appealed or made a demand
// before the noun act at ts in sentence s: the act is what they ask of
// others ("Qatar dan Arab Saudi menyerukan kedua pihak menahan diri dan
// mengedepankan dialog"), none among themselves.
func (ev *eventCoder) askedOfOthers(s, ts int, src []int) bool {
	return slices.ContainsFunc(ev.reports, func(r report) bool {
		return r.sent == s && r.at < ts && (r.Root == "02" || r.Root == "10") && slices.Contains(src, r.source)
	})
}

// onSidelines says whether the noun act at ts stands after "di sela",
// "di sela-sela" or "di pinggir", as the occasion of another act.
func (ev *eventCoder) onSidelines(u *annotatedUnit, from, ts int) bool {
	k := ts - 1
	for k > from && (ev.r.sidelineWords[u.toks[k].low] || u.toks[k].low == "-") {
		k--
	}
	return k < ts-1 && u.toks[k].low == "di"
}

// peopleOfObject says whether target side tgt, found after a verb ending
// at te, is named as a people ("rakyat Palestina", "warga Gaza") further
// inside the verb's object, not as the object itself.
func (ev *eventCoder) peopleOfObject(u *annotatedUnit, args []arg, te int, tgt role) bool {
	if len(tgt.actors) == 0 {
		return false
	}
	for _, a := range args {
		if a.ts >= te && slices.Contains(a.actors, tgt.actors[0]) {
			return a.ts-1 > te && ev.r.peopleNouns[u.toks[a.ts-1].low]
		}
	}
	return false
}

// deniedAct says whether the noun act at ts is linked by a negated link
// ("tidak berkaitan dengan", "tidak ada", "bukan berarti") within the four
// words before it, in its clause from token from: told as no act at all.
func (ev *eventCoder) deniedAct(u *annotatedUnit, from, ts int) bool {
	for i := ts - 1; i > from && i >= ts-4 && u.toks[i].word; i-- {
		if ev.r.deniedLinks[u.toks[i].low] {
			return ev.lex.negations[u.toks[i-1].low]
		}
	}
	return false
}

// topicOfDocument says whether the noun act at [ts, te), in the sentence
// from token from, is named by a document word right before it ("daftar
// sasaran sanksi") or, with no owner after it, is the object of a discuss
// verb, past up to two words of its own ("membahas paket sanksi").
func (ev *eventCoder) topicOfDocument(u *annotatedUnit, from, ts, te int) bool {
	if ts > from && ev.r.documentWords[u.toks[ts-1].low] {
		return true
	}
	if _, owned := u.spanAt(te); owned {
		return false // "membahas dampak invasi Georgia oleh Rusia": an act of others talked of
	}
	k := ts - 1
	for k > from && k >= ts-2 && u.toks[k].word && !u.toks[k].upper && !ev.lex.verbLike(u.toks[k].low) {
		if ev.lex.preps[u.toks[k].low] || u.toks[k].low == "dalam" {
			return false // "membahas tarif dalam pertemuan dengan Xi": the meeting is where it was discussed
		}
		k--
	}
	return k >= from && ev.r.discussVerbs[u.toks[k].low]
}

// threatenedAt says whether the trigger at ts is what a threat right
// before it threatens ("mengancam akan menaikkan tarif", "Ancam Kembali
// Serang"): "akan" and adverbs may stand between, or the threat's owner
// and "untuk" after a noun ("ancaman Trump untuk mengenakan tarif"); and
// the threat's voice.
func (ev *eventCoder) threatenedAt(u *annotatedUnit, from, ts int) (threat voice, ok bool) {
	end := ts
	for end > from && ts-end < 3 && (u.toks[end-1].low == "akan" || ev.lex.adverbs[u.toks[end-1].low]) {
		end--
	}
	if end > from+1 && u.toks[end-1].low == "untuk" {
		// "ancaman Presiden AS Donald Trump untuk mengenakan tarif": the
		// threat's owner between it and what it threatens.
		end--
		for _, sp := range u.spansIn(from, end) {
			if sp.te == end {
				end = sp.ts
			}
		}
	}
	for start := end - 1; start >= from && start >= end-3; start-- {
		if p, e := ev.r.triggers.matchAt(u.text, u.toks, start); p != nil && e == end && cameoRoot(ev.r.trig[p.ref].code) == "13" {
			return ev.r.trig[p.ref].voice, true
		}
	}
	return 0, false
}

// hyphenPartner is the arg joined by a hyphen right after target side tgt
// found after token te ("Rusia-Ukraina"), or no side.
func (ev *eventCoder) hyphenPartner(u *annotatedUnit, args []arg, te int, tgt role) role {
	if len(tgt.actors) != 1 {
		return role{}
	}
	for k, a := range args {
		if a.ts >= te && a.actors[0] == tgt.actors[0] {
			if k+1 < len(args) && args[k+1].ts == a.te && pairJoined(u, a.te, args[k+1].ts) {
				return role{actors: args[k+1].actors, gap: tgt.gap + 1}
			}
			return role{}
		}
	}
	return role{}
}

// refusedAt says whether the trigger at ts is what a refusal coded right
// before it refuses ("menolak mengirim senjata"; a meeting refused is a
// refusal of its own, 125, and "menolak kritik dari X" X's criticism).
func (ev *eventCoder) refusedAt(u *annotatedUnit, from, ts int) bool {
	at := ts - 1
	if at > from && u.toks[at].low == "untuk" {
		at--
	}
	if at < from || !ev.r.refusals[u.toks[at].low] {
		return false
	}
	p, end := ev.r.triggers.matchAt(u.text, u.toks, at)
	return p != nil && end == at+1 && cameoRoot(ev.r.trig[p.ref].code) == "12"
}

// willNot says whether the trigger at ts is denied for the future within
// the four words before it ("tidak akan pernah berunding dengan X", "tak
// mau bertemu"): a refusal, told as one.
func (ev *eventCoder) willNot(u *annotatedUnit, from, ts int) bool {
	for i := ts - 1; i > from && i >= ts-4 && u.toks[i].word; i-- {
		if ev.r.contextCues[u.toks[i].low] == diplograph.ContextFuture && ev.lex.negations[u.toks[i-1].low] {
			return true
		}
	}
	return false
}

// refusesConflict says whether a verb of conflict (quad class 3 or 4)
// follows a refusal ending at te, past "untuk" (a noun, "menolak
// tuduhan", is what is rejected).
func (ev *eventCoder) refusesConflict(u *annotatedUnit, te, sentEnd int) bool {
	if te < sentEnd && u.toks[te].low == "untuk" {
		te++
	}
	if te >= sentEnd {
		return false
	}
	p, _ := ev.r.triggers.matchAt(u.text, u.toks, te)
	return p != nil && ev.r.trig[p.ref].quad >= 3 && ev.r.trig[p.ref].voice == active && isActiveVerb(u.toks[te].low)
}

// actSubjectAgent is, for a passive verb whose clause opens with an act
// noun, the agent of that act: the actor right after the noun's words
// ("Latihan militer China ..."), when not on the side of src; else -1.
// (An act referred back to, "Latihan itu dikritik oleh X", is left
// to relativeActAgent, which looks no further back than the sentence
// before: the latest act of its kind was as often the wrong one.)
func (ev *eventCoder) actSubjectAgent(u *annotatedUnit, from, ts int, src role) int {
	if from >= ts {
		return -1
	}
	if _, ok := ev.r.actNouns[u.toks[from].low]; !ok {
		return -1
	}
	for k := from + 1; k < ts && k <= from+3; k++ {
		if sp, ok := u.spanAt(k); ok {
			if ev.sameSide(src.actors, []int{sp.actor}) {
				return -1
			}
			return sp.actor
		}
		if !u.toks[k].word || ev.lex.preps[u.toks[k].low] {
			break
		}
	}
	return -1
}

// relativeActAgent is, for a passive verb in a relative clause whose head
// is an act noun ("tuduhan yang dibantah Teheran", "serangan yang dibalas
// Iran") or the clause before its comma ("Pyongyang meluncurkan dua rudal,
// yang dikecam Seoul": that clause's act, in this sentence only), or in a
// clause from token from that opens with one pointing back
// ("Tuduhan itu dibantah oleh Kampala"), the agent of the latest act of
// that kind told in this sentence or the one before, not on the side of
// src: its source, or both sides of a two-way act ("Kesepakatan tersebut
// dikecam oleh Seoul"); else nil.
func (ev *eventCoder) relativeActAgent(s int, u *annotatedUnit, from, ts int, src role) []int {
	noun := -1
	// "tuduhan yang langsung dibantah Phnom Penh": adverbs may stand
	// between "yang" and the verb.
	y := ts - 1
	for y > from && ev.lex.adverbs[u.toks[y].low] {
		y--
	}
	switch {
	case y >= 1 && u.toks[y].low == "yang":
		noun = y - 1
	case from+1 < ts && ev.pointsBack(u, from+1, ts):
		noun = from
	default:
		return nil
	}
	roots, ok := ev.r.actNouns[u.toks[noun].low]
	clause := u.toks[noun].low == "," // "Pyongyang meluncurkan dua rudal, yang dikecam Seoul": the clause's act
	if !ok && !clause {
		return nil
	}
	fits := actFits(roots, clause)
	first := s - 1
	if clause {
		first = s
	}
	for i := len(ev.reports) - 1; i >= 0 && ev.reports[i].sent >= first; i-- {
		rep := ev.reports[i]
		if rep.sent > s || rep.sent == s && rep.at >= noun || rep.Context != "" || !fits(rep.Root, rep.QuadClass) {
			continue
		}
		if len(src.actors) > 0 && ev.sameSide(src.actors, []int{rep.source}) {
			continue
		}
		out := []int{rep.source}
		for _, o := range ev.reports {
			if t, ok := ev.byID[rep.Target]; ok && o.sent == rep.sent && o.Root == rep.Root && o.Source == rep.Target && o.Target == rep.Source && !ev.sameSide(src.actors, []int{t}) {
				out = append(out, t) // the other side of a two-way act
				break
			}
		}
		return out
	}
	for i := len(ev.deeds) - 1; i >= 0 && ev.deeds[i].sent >= first; i-- {
		// "Tiongkok mengerahkan kapal perang ke dekat Kepulauan Senkaku.
		// Langkah itu dikecam oleh Jepang": an act with no other party.
		if d := ev.deeds[i]; (d.sent < s || clause && d.sent == s) && fits(cameoRoot(d.code), quadClass(cameoRoot(d.code))) && !ev.sameSide(src.actors, []int{d.source}) {
			return []int{d.source}
		}
	}
	return nil
}

// latestForce is the source of the latest act of force (quad class 4)
// told as fact in the three sentences before sentence s, by a party other
// than party; else -1.
func (ev *eventCoder) latestForce(s int, party string) int {
	return ev.latestAct(s-3, s-1, party, true, func(_ string, quad int) bool { return quad == 4 })
}

// latestAct is the source of the latest act told as fact in sentences
// [first, last], by a party other than party, that fits accepts (by its
// CAMEO root and quad class): a report (a headline's only when titles),
// or an act with no other party told after it, which is the nearer; -1
// when there is none.
func (ev *eventCoder) latestAct(first, last int, party string, titles bool, fits func(root string, quad int) bool) int {
	found, at := -1, -1
	for i := len(ev.reports) - 1; i >= 0 && ev.reports[i].sent >= first; i-- {
		if rep := ev.reports[i]; rep.sent <= last && rep.Context == "" && !rep.standing && fits(rep.Root, rep.QuadClass) && rep.SourceParty != party && (titles || !rep.title) {
			// An act of both sides is told both ways, its subject's way
			// first: "Saar menandatangani deklarasi dengan pihak
			// Somaliland. Somalia mengecam keputusan itu" aims at Israel.
			for i > 0 && mirrored(ev.reports[i-1], rep) && ev.reports[i-1].SourceParty != party {
				i--
			}
			found, at = ev.reports[i].source, rep.sent
			break
		}
	}
	for i := len(ev.deeds) - 1; i >= 0 && ev.deeds[i].sent >= first && ev.deeds[i].sent > at; i-- {
		// "Korea Utara meluncurkan rudal ... . AS mengecam peluncuran
		// tersebut": a later act with no target is the nearer one.
		if d := ev.deeds[i]; d.sent <= last && fits(cameoRoot(d.code), quadClass(cameoRoot(d.code))) && d.party != party {
			return d.source
		}
	}
	return found
}

// mirrored says a and b tell one act of both sides, each from one side.
func mirrored(a, b report) bool {
	return a.sent == b.sent && a.at == b.at && a.Source == b.Target && a.Target == b.Source
}

// militaryRoots are the CAMEO roots of military acts: a show of force,
// assault, fight, mass violence.
var militaryRoots = []string{"15", "18", "19", "20"}

// actFits says which acts a noun of act_nouns.tsv names: one of its CAMEO
// roots ("serangan" an attack, "tuduhan" an accusation), or, for a noun
// of any act (roots nil), an act of conflict, or any act with anyAct (a
// verb of criticism may aim at aid).
func actFits(roots []string, anyAct bool) func(root string, quad int) bool {
	return func(root string, quad int) bool {
		if roots != nil {
			return slices.Contains(roots, root)
		}
		return anyAct || quad >= 3
	}
}

// madeBy is the source of the latest act of one of roots told as fact in
// sentence s or the back ones before it, aimed at the side of subject: the
// accuser a denial answers (CAMEO 11), the one whose offer, appeal or
// threat a refusal answers (02, 03, 10, 13); -1 when there is none.
func (ev *eventCoder) madeBy(s, back int, subject []int, roots ...string) int {
	for i := len(ev.reports) - 1; i >= 0 && ev.reports[i].sent >= s-back; i-- {
		rep := ev.reports[i]
		if t, ok := ev.byID[rep.Target]; ok && rep.sent <= s && slices.Contains(roots, rep.Root) && rep.Context == "" && ev.sameSide(subject, []int{t}) {
			return rep.source
		}
	}
	return -1
}

// actOwner is the actor named right after the first act noun of tokens
// [from, to) ("langkah Israel", "serangan Rusia"), when not on the side
// of source; else -1.
func (ev *eventCoder) actOwner(u *annotatedUnit, from, to, source int) int {
	for k := from; k+1 < to; k++ {
		if _, ok := ev.r.actNouns[u.toks[k].low]; !ok {
			continue
		}
		if sp, ok := u.spanAt(k + 1); ok && sp.te <= to && !ev.sameSide([]int{source}, []int{sp.actor}) {
			return sp.actor
		}
		return -1
	}
	return -1
}

// sideOf is the body a person speaks for when the page names it ("Juru
// bicara Houthi X": the Houthis), else the person.
func (ev *eventCoder) sideOf(k int) int {
	for _, p := range ev.actors[k].positions {
		if j, ok := ev.byID[p.of]; ok && ev.actors[j].typ == diplograph.TypeOrganization {
			return j
		}
	}
	return k
}

// sameSide says whether every actor of b is on the side of one of a
// (its party).
func (ev *eventCoder) sameSide(a, b []int) bool {
	return !slices.ContainsFunc(b, func(y int) bool {
		return !slices.ContainsFunc(a, func(x int) bool { return ev.party(x) == ev.party(y) })
	})
}

// actNounAgent is the agent of the act a verb's object names when a
// relative clause gives it ("mengkritik serangan yang dilancarkan Israel
// ke Iran"): a noun of events/act_nouns.tsv right after the verb ending at
// te, past manner words, then "yang di-V X".
func (ev *eventCoder) actNounAgent(u *annotatedUnit, args []arg, te, sentEnd int) role {
	k := ev.pastManner(u, te, sentEnd)
	if _, ok := ev.r.actNouns[u.toks[min(k, sentEnd-1)].low]; !ok || k+1 >= sentEnd {
		return role{}
	}
	a, _ := ev.relativeAgent(u, args, k+1, sentEnd)
	return a
}

// sidesGivenAfter says whether a trigger ending at te names its sides
// right after it ("antara ..."): when those words name no pair of actors
// ("antara kedua negara"), its sides are still not the sentence's
// subjects.
func sidesGivenAfter(u *annotatedUnit, te, sentEnd int) bool {
	return te < sentEnd && (u.toks[te].low == "antara" || u.toks[te].low == "antar")
}

// ownedActIn returns the owner of the first noun act in the object
// starting at token te whose owner is named after it ("paket sanksi ke-18
// Uni Eropa"), before the object ends; none when there is none.
func (ev *eventCoder) ownedActIn(u *annotatedUnit, args []arg, te, sentEnd int) role {
	for k := te; k < sentEnd && !ev.r.objectStops[u.toks[k].low]; k++ {
		p, end := ev.r.triggers.matchAt(u.text, u.toks, k)
		if p == nil {
			continue
		}
		tr := ev.r.trig[p.ref]
		if tr.voice != noun {
			continue
		}
		if o := ev.possessor(u, args, end); o >= 0 && (!tr.noOwner || ev.ownerBeforeTarget(u, args, te, k, o)) {
			return role{actors: ev.group(u, args, o, false, true), gap: words(u, te, args[o].ts)}
		}
		k = end - 1
	}
	return role{}
}

// ownerBeforeTarget says whether the name args[p] after a noun at token ts
// whose following name is mostly its target ("sanksi Korea Utara") is its
// owner instead, "terhadap" and another name right after it ("sanksi Uni
// Eropa terhadap Rusia"), when no verb of its clause (from on) takes the
// noun as its object: "memulihkan sanksi PBB terhadap Iran" is the
// subject's act.
func (ev *eventCoder) ownerBeforeTarget(u *annotatedUnit, args []arg, from, ts, p int) bool {
	end := args[p].te
	if end+1 >= len(u.toks) || u.toks[end].low != "terhadap" || argAt(args, end+1) < 0 {
		return false
	}
	for k := ts - 1; k >= from && k >= ts-3; k-- {
		if w := u.toks[k].low; !u.toks[k].word || ev.lex.preps[w] {
			return true
		} else if ev.lex.verbLike(w) && !u.covered(k) {
			return false
		}
	}
	return true
}

// victimAgent is the agent of the act a criticism's object names by its
// victim ("mengecam serangan terhadap Qatar", "... atas Doha itu"): an act
// noun at te (past manner words), a target preposition and an actor right
// after it; the latest act of a kind the noun names, told as fact before
// it, aimed at that actor's party by a party other than party and the
// victim's (the victim named makes the act plain however far back it was
// told). -1 when there is none.
func (ev *eventCoder) victimAgent(s int, u *annotatedUnit, te, sentEnd int, party string) int {
	k := ev.pastManner(u, te, sentEnd)
	if k+2 >= sentEnd {
		return -1
	}
	roots, isAct := ev.r.actNouns[u.toks[k].low]
	if !isAct {
		return -1
	}
	victimAt := k + 2
	if !ev.r.targetPreps[u.toks[k+1].low] {
		if victimAt = ev.patientAfter(u, k, sentEnd); victimAt < 0 {
			return -1
		}
	}
	sp, named := u.spanAt(victimAt)
	if !named {
		return -1
	}
	victim, fits := ev.party(sp.actor), actFits(roots, true)
	for i := len(ev.reports) - 1; i >= 0; i-- {
		rep := ev.reports[i]
		if rep.sent <= s && rep.Context == "" && rep.TargetParty == victim && rep.SourceParty != party && rep.SourceParty != victim && fits(rep.Root, rep.QuadClass) {
			return rep.source
		}
	}
	return -1
}

// victimBefore says whether a word of suffering stands right before the
// noun act at ts, or before "dalam", "akibat" or "karena" before it.
func (ev *eventCoder) victimBefore(u *annotatedUnit, from, ts int) bool {
	return classBefore(u, from, ts, ev.r.victimWords, "dalam", "akibat", "karena")
}

// classBefore says whether a word of class stands right before token ts, or
// before one of links right before it, not before token from.
func classBefore(u *annotatedUnit, from, ts int, class wordSet, links ...string) bool {
	k := ts - 1
	if k > from && slices.Contains(links, u.toks[k].low) {
		k--
	}
	return k >= from && class[u.toks[k].low]
}

// objectOfVerb says whether the noun at i is the object of the trigger
// verb ending at verbEnd: right after it or one word on ("menolak setiap
// perundingan"), or the last item of a list of nouns that is ("menolak
// setiap kontak maupun perundingan dengan Jepang").
func (ev *eventCoder) objectOfVerb(u *annotatedUnit, verbEnd, i int) bool {
	if i-verbEnd <= 1 {
		return true
	}
	if verbEnd < 0 || i-verbEnd > 4 || (!ev.r.conjunctions[u.toks[i-1].low] && u.toks[i-1].low != "maupun") {
		return false
	}
	return !slices.ContainsFunc(u.toks[verbEnd:i-1], func(t token) bool { return !t.word || t.upper || ev.lex.verbLike(t.low) })
}

// clauseSubjectAt says whether the actor named at te is the subject of a
// clause of its own: a verb, a negation or a modal follows it.
func (ev *eventCoder) clauseSubjectAt(u *annotatedUnit, args []arg, te, sentEnd int) bool {
	a := argAt(args, te)
	if a < 0 || args[a].te >= sentEnd {
		return false
	}
	w := u.toks[args[a].te].low
	return ev.lex.verbLike(w) && !u.covered(args[a].te) || ev.lex.negations[w] || ev.r.modals[w]
}

// pastManner is the first token from k on, before end, past words of
// manner, said once or twice ("keras", "mentah-mentah").
func (ev *eventCoder) pastManner(u *annotatedUnit, k, end int) int {
	for k < end && ev.r.mannerWords[u.toks[k].low] {
		if k+2 < end && u.toks[k+1].low == "-" && u.toks[k+2].low == u.toks[k].low {
			k += 2
		}
		k++
	}
	return k
}

// asResponse says whether the sentence opening at ts puts its act as a
// response ("Sebagai respons, ...", "Sebagai balasan atas ...").
func (ev *eventCoder) asResponse(u *annotatedUnit, ts int) bool {
	return ts+1 < len(u.toks) && u.toks[ts].low == "sebagai" && ev.r.responseNouns[u.toks[ts+1].low]
}

// patientFirst says whether the object after a verb ending at te opens
// with an act noun and the actor it was done to, past manner words.
func (ev *eventCoder) patientFirst(u *annotatedUnit, te, sentEnd int) bool {
	k := ev.pastManner(u, te, sentEnd)
	return k < sentEnd && ev.patientAfter(u, k, sentEnd) >= 0
}

// patientAfter is where the actor an act noun at k was done to starts
// ("pembunuhan pemimpin Hamas Ismail Haniyeh": Hamas), when the noun names
// its patient right after it, past words of a description; else -1.
func (ev *eventCoder) patientAfter(u *annotatedUnit, k, sentEnd int) int {
	if !ev.r.patientNouns[u.toks[k].low] {
		return -1
	}
	for i := k + 1; i < sentEnd && i <= k+3; i++ {
		if _, ok := u.spanAt(i); ok {
			return i
		}
		if t := u.toks[i]; !t.word || ev.r.targetPreps[t.low] || ev.lex.verbLike(t.low) {
			return -1
		}
	}
	return -1
}

// saidHarsh says whether the clause after a verb ending at token te, up
// to a comma or the sentence's end, says the act was harsh ("dengan
// keras").
func (ev *eventCoder) saidHarsh(u *annotatedUnit, te, sentEnd int) bool {
	for k := te; k < sentEnd && u.toks[k].low != "," && u.toks[k].low != ";"; k++ {
		if ev.r.harshWords[u.toks[k].low] {
			return true
		}
	}
	return false
}

// threatOf is the threat of the act coded: with sanctions (1312) or with
// military force (138).
func threatOf(code string) string {
	if cameoRoot(code) == "16" {
		return "1312"
	}
	return "138"
}

// attendsAt says whether a verb of attending stands right before the noun
// at ts, or before "dalam", "di" or "pada" before it ("turut hadir dalam
// pertemuan itu", "menghadiri pertemuan tersebut").
func (ev *eventCoder) attendsAt(u *annotatedUnit, from, ts int) bool {
	return classBefore(u, from, ts, ev.r.attendVerbs, "dalam", "di", "pada")
}

// actNounFirst says whether the object after a verb ending at te opens
// with an act noun that points back ("mengecam serangan itu ...",
// "menolak keras langkah tersebut"), past manner words.
func (ev *eventCoder) actNounFirst(u *annotatedUnit, te, sentEnd int) bool {
	return ev.objectPointsBack(u, te, sentEnd, func(w string) bool { _, ok := ev.r.actNouns[w]; return ok })
}

// wordsNounFirst says whether the object after a verb ending at te opens
// with a noun of someone's words that points back ("mengecam keras
// pernyataan tersebut", "menolak klaim itu"), past manner words.
func (ev *eventCoder) wordsNounFirst(u *annotatedUnit, te, sentEnd int) bool {
	return ev.objectPointsBack(u, te, sentEnd, func(w string) bool { return ev.r.statementNouns[w] })
}

// objectPointsBack says whether the object after a verb ending at te,
// past manner words, opens with a noun that isNoun accepts and that
// points back.
func (ev *eventCoder) objectPointsBack(u *annotatedUnit, te, sentEnd int, isNoun func(string) bool) bool {
	k := ev.pastManner(u, te, sentEnd)
	return k < sentEnd && isNoun(u.toks[k].low) && ev.pointsBack(u, k+1, sentEnd)
}

// lastSpeaker is who said the words a noun refers back to at token ts of
// sentence s: of another party than party, the speaker of the latest
// statement or the source of the latest verbal act ("Munir mengancam ...")
// told before it, back to the back-th sentence before; -1 when none is.
func (ev *eventCoder) lastSpeaker(s, back, ts int, stmts []stmt, party string) int {
	for si := s; si >= 0 && si >= s-back; si-- {
		best, at := -1, -1
		for _, st := range stmts {
			if st.speaker >= 0 && ev.seg.sentOf(st.unit, st.ts) == si && (si < s || st.te <= ts) && st.ts > at && ev.party(st.speaker) != party {
				best, at = st.speaker, st.ts
			}
		}
		for _, rep := range ev.reports {
			if rep.sent == si && (si < s || rep.at < ts) && rep.at > at && rep.Context == "" && rep.QuadClass%2 == 1 && rep.SourceParty != party {
				best, at = rep.source, rep.at
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// endVerbAt is where a verb that ends or suspends (end-verb) stands right
// before the noun at ts, or two words of its own before it ("mengakhiri
// perjanjian kerja sama"), in the sentence from token from; -1 when none
// does.
func (ev *eventCoder) endVerbAt(u *annotatedUnit, from, ts int) int {
	for k := ts - 1; k >= from && k >= ts-3; k-- {
		t := u.toks[k]
		if ev.r.endVerbs[t.low] {
			return k
		}
		if !t.word || t.upper || ev.lex.verbLike(t.low) {
			return -1
		}
	}
	return -1
}

// reduceRelations is CAMEO's "Reduce relations".
const reduceRelations = "160"

// reduceAid is CAMEO's "Reduce or stop material aid".
const reduceAid = "162"

// likeActTarget is the target of the latest act of code's root told as
// fact, by a side other than src's; -1 when there is none.
func (ev *eventCoder) likeActTarget(code string, src []int) int {
	for i := len(ev.reports) - 1; i >= 0; i-- {
		rep := ev.reports[i]
		if rep.Root != cameoRoot(code) || rep.Context != "" || ev.sameSide(src, []int{rep.source}) {
			continue
		}
		if k, ok := ev.byID[string(rep.Target)]; ok && !ev.sameSide(src, []int{k}) {
			return k
		}
	}
	return -1
}

// counterpartAt says whether a title pointing back with -nya and a comma
// stand at token te ("mitranya, Menlu Inggris David Lammy"): the one it
// points to is named next.
func (ev *eventCoder) counterpartAt(u *annotatedUnit, te, sentEnd int) bool {
	p, end := ev.lex.titles.matchAt(u.text, u.toks, te)
	return p != nil && end < sentEnd && u.toks[end].low == "," && strings.HasSuffix(u.toks[end-1].low, "nya")
}

// deescalate is CAMEO's "De-escalate military engagement".
const deescalate = "087"

// placedAround says whether target side tgt, found after token te, is a
// state an act is held around ("di sekitar Taiwan", "dekat Korea").
func (ev *eventCoder) placedAround(u *annotatedUnit, args []arg, te int, tgt role) bool {
	if len(tgt.actors) == 0 {
		return false
	}
	for _, a := range args {
		if a.ts >= te && slices.Contains(a.actors, tgt.actors[0]) {
			w := u.toks[a.ts-1].low
			return w == "sekitar" || w == "dekat"
		}
	}
	return false
}

// showOfForce is CAMEO's "Demonstrate military or police power".
const showOfForce = "150"

// appeal and demand are CAMEO's "Make an appeal or request" and "Demand";
// praise is its "Praise or endorse".
const appeal, demand, praise = "020", "100", "051"

// demandAfter says whether what an appeal ending at te asks for, within
// the next ten words of its clause, is to stop, withdraw, cut or comply
// (a demand-cue: "berhenti", "menarik", "mematuhi", "penarikan").
func (ev *eventCoder) demandAfter(u *annotatedUnit, te, sentEnd int) bool {
	for k := te; k < sentEnd && k < te+10; k++ {
		w := u.toks[k].low
		if ev.r.demandCues[w] || ev.r.demandCues[strings.TrimSuffix(w, "nya")] {
			return true
		}
		if ev.r.appealLinks[w] && k+1 < sentEnd && ev.lex.negations[u.toks[k+1].low] {
			return true // "mendesak Manila agar tidak menjadi pion Washington": to refrain
		}
		if w == "." || w == ";" {
			return false
		}
	}
	return false
}

// rejectMeeting is CAMEO's "Reject proposal to meet, discuss, or
// negotiate": a consultation refused; intentToMeet its "Express intent to
// meet or negotiate": one offered or wished for.
const rejectMeeting, intentToMeet = "125", "036"

// materialIntent is the intent to do an act of root 06 (material
// cooperation: CAMEO 031) or 07 (aid: 033).
func materialIntent(root string) string {
	if root == "06" {
		return "031"
	}
	return "033"
}

// wordBefore says whether one of words stands shortly before a trigger at
// ts (up to three words, "untuk" left out): a refusal ("menolak bertemu",
// "enggan mengadakan pembicaraan"), an intent ("siap berdialog").
func (ev *eventCoder) wordBefore(u *annotatedUnit, sentStart, ts int, words wordSet) bool {
	for i, n := ts-1, 0; i >= sentStart && n < 3; i-- {
		w := u.toks[i].low
		if w == "untuk" {
			continue
		}
		if words[w] {
			return true
		}
		if !u.toks[i].word {
			return false
		}
		n++
	}
	return false
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

// newEvent builds an event. Its id is the real-world event's: an event
// told as fact and dated to the day hashes its parties (each end lifted to
// its state, see party), the merge class of its root and the day, so that
// any article telling it, naming the state or its leader, coding it as a
// visit or as talks, gives the same id. Any other event (dated to the
// month or year, undated, or negated, hypothetical, alleged or future)
// also hashes the article, its own ends, root, date and context: nothing
// says it is another article's.
func (ev *eventCoder) newEvent(src, tgt int, code string, date when, ctx, trig, evidence string, conf float64) diplograph.Event {
	root := cameoRoot(code)
	e := diplograph.Event{
		Source: ev.actors[src].id, Target: ev.actors[tgt].id, SourceParty: ev.party(src), TargetParty: ev.party(tgt),
		Cameo: code, Root: root, QuadClass: quadClass(root), Goldstein: cameoGoldstein(code),
		Date: diplograph.NullString(date.date), DatePrecision: diplograph.NullString(date.precision),
		DateSource: diplograph.NullString(date.source),
		Context:    ctx, Trigger: trig, Evidence: evidence, Confidence: conf,
	}
	e.ID = ev.eventID(e)
	return e
}

// eventID is the id of event e (see newEvent).
func (ev *eventCoder) eventID(e diplograph.Event) string {
	key := e.SourceParty + "|" + e.TargetParty + "|" + diplograph.MergeClass(e.Root) + "|" + string(e.Date)
	if e.DatePrecision != diplograph.PrecisionDay || e.Context != "" {
		key = ev.article + "|" + e.Source + "|" + e.Target + "|" + e.Root + "|" + string(e.Date) + "|" + string(e.DatePrecision) + "|" + e.Context
	}
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:16])
}

// anyState says whether one of the actors is a state.
func (ev *eventCoder) anyState(actors []int) bool {
	return slices.ContainsFunc(actors, func(k int) bool { return ev.actors[k].typ == diplograph.TypeCountry })
}

// party is the end an actor stands for in an event's id: its state (as the
// state's actor id, "rus" for Putin, the Kremlin or Russia's foreign
// ministry), or the actor itself when it has none (UN, NATO, ASEAN).
func (ev *eventCoder) party(k int) string {
	if c := ev.actors[k].country; c != "" {
		return strings.ToLower(c)
	}
	return ev.actors[k].id
}

// toneEvents codes the criticism a statement carries: a disparaging word
// ("provokatif", "kebijakan hegemonik", "tidak bertanggung jawab") aimed at
// the actor named nearest to it, within four words, is the speaker
// criticising that actor (111).
func (ev *eventCoder) toneEvents(st stmt) []diplograph.Event {
	u := &ev.units[st.unit]
	var out []diplograph.Event
	for i := st.ts; i < st.te; i++ {
		t := u.toks[i]
		negated := i > st.ts && ev.lex.negations[u.toks[i-1].low] || ev.calledNot(u, st.ts, i) ||
			i > st.ts+1 && ev.lex.negations[u.toks[i-2].low] && ev.r.modals[u.toks[i-1].low] // "tidak dapat diterima"
		violation := ev.r.violationCues[t.low] && !negated
		if !t.word || !violation && !(ev.r.toneCues[t.low] && !negated || ev.r.negatedToneCues[t.low] && negated) {
			// "tidak bertanggung jawab", "tidak adil" disparage; "tidak
			// bersalah", "tidak provokatif" do not.
			continue
		}
		// Criticism reported inside the statement ("Pyongyang mengklaim
		// ...") is the nested speaker's.
		source := st.speaker
		for v := i - 1; v >= st.ts; v-- {
			if ev.lex.speech[u.toks[v].low] {
				if k := ev.subjectOf(st.unit, v, st.speaker); k >= 0 {
					source = k
				}
				break
			}
		}
		best, bestDist := -1, 5
		if violation {
			bestDist = 0 // the act's agent only, by actReferent below
		}
		for _, sp := range u.spansIn(max(st.ts, i-bestDist-u.longest), min(st.te, i+bestDist+1)) {
			if sp.qual || sp.te > st.te {
				continue
			}
			// "resolusi DK PBB dan provokasi berat": a name before the
			// cue is what it qualifies only within one phrase.
			if sp.te <= i && slices.ContainsFunc(u.toks[sp.te:i], func(t token) bool { return ev.r.phraseBreaks[t.low] }) {
				continue
			}
			// "kebijakan hegemonik AS" qualifies the US; "kekuatan
			// hegemonik yang menentang Rusia", "ancaman terhadap Rusia"
			// do not.
			if sp.ts > i && slices.ContainsFunc(u.toks[i+1:sp.ts], func(t token) bool {
				return ev.r.phraseBreaks[t.low] || t.low == "yang" || ev.lex.preps[t.low] || ev.lex.verbLike(t.low)
			}) {
				continue
			}
			if sp.te <= i && sp.ts > st.ts && ev.r.targetPreps[u.toks[sp.ts-1].low] && i-sp.te <= 3 && (ev.ownerBefore(u, st.ts, sp.ts-1) || ev.actNounAt(u, st.ts, sp.ts-2)) {
				// "tekanan AS terhadap Greenland tidak dapat diterima": the
				// act's victim is not what the word disparages; its owner
				// is, or for "serangan ke Doha sebagai tindakan pengecut"
				// the agent of the act told before.
				continue
			}
			dist := sp.ts - i
			if sp.te <= i {
				dist = i - sp.te + 1
				if u.toks[sp.te].low == "sebagai" {
					dist = 1 // "menyebut China sebagai kekuatan asing yang bermusuhan": what it is called
				}
			}
			a := ev.actors[sp.actor]
			if dist < bestDist && sp.actor != source && (a.country == "" || a.country != ev.actors[source].country) {
				best, bestDist = sp.actor, dist
			}
		}
		// targets are whom the criticism is aimed at.
		var targets []int
		if violation && ev.lex.verbLike(t.low) {
			// "menyebut Iran terus melanggar komitmennya", "Inggris,
			// Prancis, dan Jerman telah menyalahgunakan ...": the subjects
			// of a verb of breach are the ones who breach.
			for _, k := range ev.subjectsRightBefore(u, st.ts, i) {
				if ev.party(k) != ev.party(source) {
					targets = append(targets, k)
				}
			}
		}
		s := ev.seg.sentOf(st.unit, i)
		if len(targets) == 0 {
			if best < 0 && violation {
				// "menilai langkah Israel sebagai pelanggaran hukum
				// internasional": the owner named after the act noun.
				best = ev.actOwner(u, st.ts, i, source)
			}
			if best < 0 {
				// "menggambarkan tindakan tersebut sebagai 'pengakuan
				// bersalah'": the act referred to is its agent's.
				best = ev.actReferent(s, st.ts, i, ev.party(source), false)
			}
			if best < 0 && st.direct {
				// "“...,” ujar Starmer tentang veto Rusia": the act the
				// words are said of.
				best = ev.topicReferent(s, st.te, ev.party(source))
			}
			if best < 0 {
				continue
			}
			targets = []int{best}
			if states := ev.members[best]; states != nil {
				// "menyebut langkah E3 tidak sah": the body the page
				// names its states by is those states.
				targets = states
			}
		}
		date := when{string(st.Date), string(st.DatePrecision), string(st.DateSource)}
		for _, k := range targets {
			out = append(out, ev.newEvent(source, k, "111", date, "", t.low, ev.seg.sents[s].text, 0.5))
		}
	}
	return out
}

// actNounAt says whether token k, in the statement from "from" on, is a
// noun that refers to an act ("serangan", "invasi").
func (ev *eventCoder) actNounAt(u *annotatedUnit, from, k int) bool {
	if k < from {
		return false
	}
	_, ok := ev.r.actNouns[u.toks[k].low]
	return ok
}

// subjectsRightBefore are the actors named right before the verb at
// token i, past adverbs and auxiliaries ("Iran terus melanggar"), with
// those listed before them ("Inggris, Prancis, dan Jerman telah
// menyalahgunakan"), within [from, i); nil when none is.
func (ev *eventCoder) subjectsRightBefore(u *annotatedUnit, from, i int) []int {
	j := i
	for j > from && (ev.lex.adverbs[u.toks[j-1].low] || ev.r.auxiliaries[u.toks[j-1].low]) {
		j--
	}
	spans := u.spansIn(from, j)
	var out []int
	start := j // where the list begins
	for k := len(spans) - 1; k >= 0 && !spans[k].qual && spans[k].te == j; k-- {
		out = append(out, spans[k].actor)
		start = spans[k].ts
		// the list goes on past ",", "dan", "serta" or ", dan"
		for j = start; j > from && (u.toks[j-1].low == "," || ev.r.conjunctions[u.toks[j-1].low] && u.toks[j-1].low != "atau"); j-- {
		}
	}
	// The list opens the clause: the statement, or a clause after
	// "bahwa" or a comma ("pengiriman tentara ke medan perang di Ukraina
	// melanggar ...": Ukraine is no subject), and no condition
	// is set on it ("Jika Hizbullah melanggar kesepakatan").
	if len(out) == 0 || start > from && u.toks[start-1].low != "," && !ev.r.subordinators[u.toks[start-1].low] ||
		slices.ContainsFunc(u.toks[from:start], func(t token) bool { return ev.r.conditionals[t.low] }) {
		return nil
	}
	slices.Reverse(out)
	return out
}

// reject is CAMEO's "Reject".
const reject = "120"

// ownerBefore says whether an act noun with its owner named right after
// it ends right before token at ("tekanan AS" before "terhadap").
func (ev *eventCoder) ownerBefore(u *annotatedUnit, from, at int) bool {
	for _, sp := range u.spansIn(from, at) {
		if sp.te == at && sp.ts > from {
			_, isAct := ev.r.actNouns[u.toks[sp.ts-1].low]
			return isAct || ev.r.aimNouns[u.toks[sp.ts-1].low]
		}
	}
	return false
}

// calledNot says whether the word at i ends what someone is said not to
// be called ("tidak memandang kerja sama dengan Tiongkok sebagai
// ancaman"): a negation before the verb whose "sebagai" comes before it,
// in the same clause from token from.
func (ev *eventCoder) calledNot(u *annotatedUnit, from, i int) bool {
	for k := i - 1; k >= from && k >= i-6; k-- {
		if u.toks[k].low == "," {
			return false
		}
		if u.toks[k].low != "sebagai" {
			continue
		}
		for v := k - 1; v >= from && v >= k-10; v-- {
			if u.toks[v].low == "," {
				return false
			}
			if ev.lex.verbLike(u.toks[v].low) {
				return ev.lex.negatedVerb(u, from, v)
			}
		}
		return false
	}
	return false
}

// blameEvents codes the blame an indirect statement carries: an act of
// force told as fact in its words, by another party against the speaker's
// own side
// ("Penjaga Pantai Filipina mengatakan kapal-kapal China menembakkan
// meriam air ke arah kapal Filipina"), is the speaker's accusation of its
// agent (CAMEO 112), besides the act.
func (ev *eventCoder) blameEvents(st stmt) []diplograph.Event {
	if st.Kind != diplograph.KindIndirect {
		return nil // a quote's words are rhetoric as often as report
	}
	own, sent := ev.party(st.speaker), ev.seg.sentOf(st.unit, st.ts)
	var out []diplograph.Event
	done := map[int]bool{}
	for _, rep := range ev.reports {
		if rep.sent != sent || rep.at < st.ts || rep.at >= st.te || rep.QuadClass != 4 || rep.Context != "" || rep.TargetParty != own || rep.SourceParty == own || done[rep.source] {
			continue
		}
		done[rep.source] = true
		date := when{string(st.Date), string(st.DatePrecision), string(st.DateSource)}
		out = append(out, ev.newEvent(st.speaker, rep.source, accuse, date, "", rep.Trigger, rep.Evidence, 0.5))
	}
	return out
}

// accuse is CAMEO's "Accuse".
const accuse = "112"

// rebuttalEvents codes the rebuttal a statement carries: a negation, then
// within three words and before any other verb a word of aim, then within
// six more a state other than the speaker's ("kerja sama kami tidak ditujukan terhadap kepentingan
// keamanan Korea Selatan"): the speaker rejects that state's charge (120).
func (ev *eventCoder) rebuttalEvents(st stmt) []diplograph.Event {
	u := &ev.units[st.unit]
	own := ev.actors[st.speaker].country
	for i := st.ts; i < st.te; i++ {
		if !ev.lex.negations[u.toks[i].low] {
			continue
		}
		if slices.ContainsFunc(u.toks[st.ts:i], func(t token) bool { return ev.r.conditionals[t.low] }) {
			// "siap mengirim pasukan, asalkan ... tidak merugikan rakyat
			// Palestina": a condition set, no rebuttal.
			continue
		}
		aim := -1
		for j := i + 1; j < st.te && j <= i+3; j++ {
			if w := u.toks[j].low; ev.r.rebuttalAims[w] {
				aim = j
				break
			} else if ev.lex.verbLike(w) {
				// "tidak dapat mengabaikan ancaman AS": the negation is
				// another verb's.
				break
			}
		}
		if aim < 0 {
			continue
		}
		for _, sp := range u.spansIn(aim+1, min(st.te, aim+7)) {
			a := ev.actors[sp.actor]
			if sp.qual || a.country == "" || a.country == own {
				continue
			}
			if slices.ContainsFunc(u.toks[aim+1:sp.ts], func(t token) bool { return ev.r.phraseBreaks[t.low] }) {
				break
			}
			s := ev.seg.sentOf(st.unit, i)
			date := when{string(st.Date), string(st.DatePrecision), string(st.DateSource)}
			return []diplograph.Event{ev.newEvent(st.speaker, sp.actor, reject, date, "", tidySpace(u.surface(i, aim+1)), ev.seg.sents[s].text, 0.5)}
		}
	}
	return nil
}

// dismissalEvents codes a charge called baseless in someone's words
// ("Tuduhan Australia bahwa pemberitahuan tidak cukup sama sekali tidak
// berdasar", "tudingan Manila itu mengada-ada"): the speaker rejects
// (CAMEO 120) the owner of the charge, the actor named right after the
// last noun of a charge (act_nouns.tsv, root 11) before the words that
// call it baseless.
func (ev *eventCoder) dismissalEvents(st stmt) []diplograph.Event {
	u := &ev.units[st.unit]
	for i := st.ts; i < st.te; i++ {
		w := u.toks[i].low
		if !ev.r.slanderWords[w] && !(ev.r.baselessWords[w] && i > st.ts && ev.lex.negations[u.toks[i-1].low]) {
			continue
		}
		for k := i - 1; k >= st.ts; k-- {
			if !slices.Contains(ev.r.actNouns[u.toks[k].low], "11") {
				continue
			}
			sp, ok := u.spanAt(k + 1)
			if !ok || sp.qual || sp.te > i || ev.sameSide([]int{st.speaker}, []int{sp.actor}) {
				break
			}
			s := ev.seg.sentOf(st.unit, i)
			date := when{string(st.Date), string(st.DatePrecision), string(st.DateSource)}
			return []diplograph.Event{ev.newEvent(st.speaker, sp.actor, reject, date, "", tidySpace(u.surface(k, i+1)), ev.seg.sents[s].text, 0.5)}
		}
	}
	return nil
}

// actReferent is the actor whose act a phrase at tokens [from, to) of
// sentence s refers back to, or -1: a vote ("hasil pemungutan suara",
// "veto tersebut") is the page's first veto's, by a party other than the
// one speaking (party); another act named with a demonstrative ("tindakan
// tersebut", "serangan itu", events/act_nouns.tsv) is the vote its sentence
// named before it, else the latest act of its kind told as fact within the
// three sentences before, by another party, else the act of force the
// story opens with. A name in the phrase ends the search: the phrase is
// about that actor.
func (ev *eventCoder) actReferent(s, from, to int, party string, anyAct bool) int {
	r := ev.seg.sents[s]
	u := &ev.units[r.unit]
	vote := func() int {
		for _, rep := range ev.reports {
			if rep.veto && rep.Context == "" && rep.SourceParty != party {
				return rep.source
			}
		}
		return -1
	}
	for k := from; k < to; k++ {
		w := u.toks[k].low
		if _, named := u.spanAt(k); named || ev.r.phraseBreaks[w] {
			return -1
		}
		if ev.r.voteNouns[w] {
			// "veto Rusia": the vote its owner, named after it, cast.
			if sp, ok := u.spanAt(k + 1); ok && ev.party(sp.actor) != party {
				return sp.actor
			}
			return vote()
		}
		roots, isAct := ev.r.actNouns[w]
		if !isAct || !ev.pointsBack(u, k+1, r.te) && !ev.aimedAtNamed(u, k+1, to) {
			continue
		}
		if k+1 < r.te && ev.r.forceWords[u.toks[k+1].low] {
			// "aksi militer itu": a military act, not any.
			roots = militaryRoots
		}
		if roots == nil && slices.ContainsFunc(u.toks[r.ts:k], func(t token) bool { return ev.r.voteNouns[t.low] }) {
			return vote()
		}
		fits := actFits(roots, anyAct)
		// The page's acts are all coded before its statements are read:
		// one told after the phrase is no act it refers back to.
		if found := ev.latestAct(s-3, s, party, false, fits); found >= 0 {
			return found
		}
		// Further on, the act the story is about: its headline's or
		// lead's ("Guterres menyebut serangan itu ..." five paragraphs
		// after "Serangan Israel di Doha").
		for _, rep := range ev.reports {
			if rep.sent > 2 {
				break
			}
			// An act of force for a noun of any act; for a noun of one
			// kind, an act of that kind ("menolak keberatan itu" after
			// the lead's "melayangkan keberatan").
			if rep.Context == "" && (roots == nil && rep.QuadClass == 4 || roots != nil && fits(rep.Root, rep.QuadClass)) && rep.SourceParty != party {
				return rep.source
			}
		}
		for _, d := range ev.deeds {
			// "Korea Utara menembakkan rudal balistik ..." as the lead,
			// "mengutuk peluncuran tersebut" paragraphs later.
			if d.sent > 2 {
				break
			}
			if root := cameoRoot(d.code); quadClass(root) == 4 && (roots == nil || fits(root, 4)) && d.party != party {
				return d.source
			}
		}
		return -1
	}
	return -1
}

// aimedAtNamed says whether an act noun ending before token k is aimed at
// a name right after its preposition ("serangan ke Doha", "invasi
// terhadap Ukraina"), before token to: an act the page tells, not any.
func (ev *eventCoder) aimedAtNamed(u *annotatedUnit, k, to int) bool {
	if k+1 >= to || !ev.r.targetPreps[u.toks[k].low] {
		return false
	}
	_, named := u.spanAt(k + 1)
	return named
}

// topicReferent is the actor whose act the words ending at token from of
// sentence s are said of, named after a word of topic later in the
// sentence ("ujar Starmer tentang veto Rusia"), or -1.
func (ev *eventCoder) topicReferent(s, from int, party string) int {
	r := ev.seg.sents[s]
	u := &ev.units[r.unit]
	for k := max(from, r.ts); k < r.te; k++ {
		if ev.r.topicWords[u.toks[k].low] {
			return ev.actReferent(s, k+1, min(k+5, r.te), party, false)
		}
	}
	return -1
}

// pointsBack says whether a demonstrative follows an act noun from token
// k on, after up to two words that qualify it ("serangan udara itu",
// "latihan militer besar tersebut").
func (ev *eventCoder) pointsBack(u *annotatedUnit, k, end int) bool {
	for j := k; j < end && j <= k+2; j++ {
		t := u.toks[j]
		if isDemonstrative(t.low) {
			return true
		}
		if !t.word || t.upper || u.covered(j) || ev.lex.verbLike(t.low) {
			return false
		}
	}
	return false
}

// hostIn is the one who holds a meeting in tokens [from, to) of sentence
// s: the name right after a passive verb of hosting ("KTT yang dipimpin
// Xi"), else the subject before an active one ("Trump menjamu ...",
// "Anwar menggelar pertemuan ..."); none where no such verb stands.
func (ev *eventCoder) hostIn(s, from, to int) role {
	r := ev.seg.sents[s]
	u := &ev.units[r.unit]
	args := namedArgs(u, r)
	ev.markOblique(u, args)
	for i := from; i < to; i++ {
		w := u.toks[i].low
		if !ev.r.hostVerbs[w] || u.covered(i) {
			continue
		}
		if strings.HasPrefix(w, "di") {
			if a := argAt(args, i+1); a >= 0 {
				return role{actors: ev.group(u, args, a, false, true), inferred: true}
			}
			continue
		}
		if k := lastArgBefore(args, i, from); k >= 0 && !args[k].oblique && ev.beforeVerb(u, args[k].te, i+1) {
			return role{actors: ev.group(u, args, k, true, false), inferred: true}
		}
	}
	return role{}
}

// maxHostBack is how many sentences back a meeting pointed back to
// ("Pertemuan itu dihadiri ...") may have been told with its host: what
// the host said there may stand between.
const maxHostBack = 6

// meetingIn says whether a meeting is reported in sentence s.
func (ev *eventCoder) meetingIn(s int) bool {
	return slices.ContainsFunc(ev.reports, func(r report) bool { return r.sent == s && r.Root == "04" })
}

// pointsBackTo says whether a demonstrative stands among the three words
// before token ts, in the clause from "from" ("Pertemuan itu dihadiri").
func (ev *eventCoder) pointsBackTo(u *annotatedUnit, from, ts int) bool {
	for j := ts - 1; j >= from && j >= ts-3; j-- {
		if isDemonstrative(u.toks[j].low) {
			return true
		}
	}
	return false
}

// veto is CAMEO's "Veto".
const veto = "129"

// isDemonstrative says whether a word points back ("tersebut", "itu",
// "ini").
func isDemonstrative(w string) bool { return w == "tersebut" || w == "itu" || w == "ini" }
