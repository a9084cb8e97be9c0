package nlp

import (
	"strconv"
	"strings"

	"github.com/diplograph/diplograph"
)

// eventRules is the events stage, built once: the triggers and the words
// of data/events/. Its code reads the events of one page. CAMEO codes are
// those of diplograph's vocabulary (Cameo).
type eventRules struct {
	lex *lexicon
	// triggers finds event triggers; ref indexes trig.
	triggers *phraseSet
	trig     []trigger
	// mirrors pairs each code with its reverse's (a visit made, 042, and
	// one hosted, 043): two reports of the pair are two acts.
	mirrors map[[2]string]bool
	// contextCues mark an event that is not reported as fact, by the words
	// shortly before its trigger (after PLOVER's context).
	contextCues map[string]string
	// Word classes of events/words.tsv.
	targetPreps, leaderNouns, subordinators, nounModifiers, denials, reasonPreps, copulas wordSet
	discussVerbs, controlVerbs, objectStops, auxiliaries, phraseBreaks, invitations       wordSet
	conditionals, growthCues, cancelCues, toneCues, placePreps, quantities, appealNouns   wordSet
	itemNouns, anyWords, topicWords, violationCues, appealLinks, reciprocals, vias        wordSet
	aimNouns, curbVerbs, stopWords, othersWords, negatedToneCues, mannerWords             wordSet
	refusals, conjunctions, prospects, demandCues, rebuttalAims, voteNouns, peopleNouns   wordSet
	intents, innerAdverbs, ownSideWords, subjectLinks, deniedLinks, documentWords         wordSet
	timeLinks, judgeVerbs, listOpeners, attendVerbs, endVerbs, statementNouns, groupNouns wordSet
	// memberCues make a body named after a list of states those states
	// ("yang dikenal sebagai kelompok E3": definedGroups).
	memberCues                                                                      wordSet
	softAppeals, modals, destinations, phraseOpeners, againstWords, troopNouns      wordSet
	groupPronouns, commentVerbs, sidelineWords, hostVerbs, forceWords, pairNouns    wordSet
	placeNouns, victimWords, patientNouns, contrastLinks, responseNouns, makerWords wordSet
	attempts, laterLinks, baselessWords, slanderWords, harshWords, periodNouns      wordSet
	// actNouns refer back to an act (events/act_nouns.tsv): the CAMEO roots
	// of the acts each can name, nil for any act of conflict.
	actNouns map[string][]string
	// groupCounts are the ordinals of dates/numbers.tsv's numbers ("ketiga":
	// 3), which before "negara" count the states referred back to.
	groupCounts map[string]int
}

// voice says where a trigger's source and target stand.
type voice uint8

const (
	// active verb: source before it (subject), target after it (object).
	active voice = iota
	// passive verb ("dikritik AS"): target before, source after (or after "oleh").
	passive
	// noun ("kunjungan Kim ke Rusia", "kerja sama antara A dan B"): source
	// after it or the sentence's subject, target after a preposition.
	noun
	// receive ("menerima bantuan dari X", "menuai kecaman dari X"): source
	// after "dari", target the subject.
	receive
)

// voices are the voices by their names in triggers.tsv.
var voices = map[string]voice{"active": active, "passive": passive, "noun": noun, "receive": receive}

// trigger is one form of events/triggers.tsv.
type trigger struct {
	code string
	// quad is the code's quad class.
	quad  int
	voice voice
	// sym: a reciprocal act (meeting, talks): coded in both directions.
	sym bool
	// mirror is the code of the reverse event (a visit made is one hosted).
	mirror string
	// base is the confidence of the trigger itself (see eventConfidence).
	base float64
	// onlyPositive: a relation word that is an act of cooperation only when
	// the sentence says it grows ("hubungan ... makin kuat").
	onlyPositive bool
	// onlyHarsh: a verb of response that is conflict only when its clause
	// says it was harsh ("menanggapi ancaman itu dengan keras").
	onlyHarsh bool
	// ownerOnly: a noun whose source must follow it ("ancaman AS");
	// noOwner: a noun whose following name is its target, not its source
	// ("sanksi Korea Utara").
	ownerOnly, noOwner bool
	// thirdParty: an act on a pair by a third ("Qatar menengahi
	// perundingan antara Israel dan Hamas"): each of the pair is a target.
	thirdParty bool
	// namedSides: a relation noun whose sides are named with it, never
	// the subjects that work for it ("Qatar dan Mesir mengupayakan
	// gencatan senjata").
	namedSides bool
	// aboutState: aimed at the state its object is about (a veto of a
	// resolution on Ukraine), when its object is no state.
	aboutState bool
	// nounToo: a verb form that is also the act's noun ("Rusia Veto
	// Rencana PBB" in a headline, "mengecam veto Rusia"): after a verb or
	// a preposition it is read as the noun.
	nounToo bool
	// directObject: a verb whose target stands right after it ("Trump
	// menerima Zelensky"); a name further on is another noun's ("menerima
	// undangan Prabowo").
	directObject bool
	// venue: a verb whose target is the state of the place named after
	// "di" ("menghadiri KTT ... di Sharm el-Sheikh, Mesir"), not its
	// object's words.
	venue bool
	// act: a noun naming one act, which another sentence of the page may
	// date (dateByOtherTellings).
	act bool
	// attended: a passive verb of attendance ("pertemuan itu dihadiri X"):
	// those who attend meet the one who holds the meeting, named by a verb
	// of hosting (host-verb) in the sentence or, for a meeting referred
	// back, in the three before; never each other by attending.
	attended bool
	// speakerBlames: words that lay the blame on their subject ("Israel
	// harus bertanggung jawab atas ..."): said by someone, the speaker
	// accuses the subject; told by the page, nothing.
	speakerBlames bool
	// wrongdoing: words that call what their subject does a wrong
	// ("melanggar", "menyabotase", "agresor"): like speakerBlames, but only
	// a wrong told as done is an accusation; "jika X melanggar" warns.
	wrongdoing bool
	// troopsSubject: a passive verb whose subject is a state's troops
	// ("tentara Korea Utara dikirim ke Rusia"): the troops' state acts on
	// the place they go to; with no troops before it, no act.
	troopsSubject bool
}

// cameoRoot is the two-digit root of a code ("036" -> "03").
func cameoRoot(code string) string { return code[:2] }

// quadClass maps a root to GDELT's quad classes: 1 verbal cooperation
// (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
// 4 material conflict (14-20).
func quadClass(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	}
	return 4
}

// cameoGoldstein is a code's Goldstein value; the triggers' codes are all
// in the vocabulary (checked when they load).
func cameoGoldstein(code string) float64 {
	c, _ := diplograph.Cameo(code)
	return c.Goldstein
}

// contextRank orders contexts when several cues apply: the strongest wins.
var contextRank = map[string]int{diplograph.ContextNegated: 4, diplograph.ContextHypothetical: 3, diplograph.ContextAlleged: 2, diplograph.ContextFuture: 1}

// loadEventRules reads data/events/.
func loadEventRules(d *dataFile, tk *tokenizer, lex *lexicon) *eventRules {
	r := &eventRules{lex: lex, triggers: newPhraseSet(tk), contextCues: map[string]string{}, mirrors: map[[2]string]bool{}}
	const triggerFile = "events/triggers.tsv"
	seen := wordSet{}
	for _, row := range d.rows(triggerFile, "form", "cameo", "voice", "base", "mirror?", "flags?") {
		form, code, mirror := row.fields[0], row.fields[1], row.fields[4]
		flags := d.flags(triggerFile, row.line, row.fields[5], "symmetric", "only-growth", "owner-only", "no-owner", "third-party", "named-sides", "about-state", "act", "direct-object", "noun-too", "venue", "troops-subject", "attended", "speaker-blames", "wrongdoing", "harsh-only")
		if !d.phrase(tk, triggerFile, row.line, form, seen) || !d.oneOf(triggerFile, row.line, "voice", row.fields[2], "active", "passive", "noun", "receive") {
			return nil
		}
		for _, c := range []string{code, mirror} {
			if _, ok := diplograph.Cameo(c); !ok && c != "" {
				d.err = lineError(triggerFile, row.line, "CAMEO code %q is not in diplograph's CAMEO vocabulary (cameo.go)", c)
				return nil
			}
		}
		base, err := strconv.ParseFloat(row.fields[3], 64)
		if err != nil || base <= 0 || base > 1 {
			d.err = lineError(triggerFile, row.line, "base %q is not a confidence above 0 and at most 1", row.fields[3])
			return nil
		}
		seen[form] = true
		r.triggers.add(form, len(r.trig), false)
		if mirror != "" {
			r.mirrors[[2]string{code, mirror}], r.mirrors[[2]string{mirror, code}] = true, true
		}
		r.trig = append(r.trig, trigger{code: code, quad: quadClass(cameoRoot(code)), voice: voices[row.fields[2]], sym: flags["symmetric"],
			mirror: mirror, base: base, onlyPositive: flags["only-growth"], onlyHarsh: flags["harsh-only"], ownerOnly: flags["owner-only"], noOwner: flags["no-owner"],
			thirdParty: flags["third-party"], namedSides: flags["named-sides"], aboutState: flags["about-state"], act: flags["act"],
			directObject: flags["direct-object"], nounToo: flags["noun-too"], venue: flags["venue"], troopsSubject: flags["troops-subject"],
			attended: flags["attended"], speakerBlames: flags["speaker-blames"] || flags["wrongdoing"], wrongdoing: flags["wrongdoing"]})
	}
	const cueFile = "events/context_cues.tsv"
	for _, row := range d.rows(cueFile, "cue", "context") {
		if !d.tokenWord(tk, cueFile, row.line, row.fields[0], nil) ||
			!d.oneOf(cueFile, row.line, "context", row.fields[1], diplograph.ContextNegated, diplograph.ContextHypothetical, diplograph.ContextAlleged, diplograph.ContextFuture) {
			return nil
		}
		if _, dup := r.contextCues[row.fields[0]]; dup {
			d.err = lineError(cueFile, row.line, "%q is listed twice", row.fields[0])
			return nil
		}
		r.contextCues[row.fields[0]] = row.fields[1]
	}
	r.groupCounts = map[string]int{}
	for _, row := range d.rows("dates/numbers.tsv", "word", "value") {
		r.groupCounts["ke"+row.fields[0]] = d.number("dates/numbers.tsv", row.line, row.fields[1], 1, 100)
	}
	const actNounFile = "events/act_nouns.tsv"
	r.actNouns = map[string][]string{}
	for _, row := range d.rows(actNounFile, "noun", "roots") {
		if _, dup := r.actNouns[row.fields[0]]; dup {
			d.err = lineError(actNounFile, row.line, "%q listed twice", row.fields[0])
			return nil
		}
		var roots []string
		if row.fields[1] != "*" {
			roots = strings.Split(row.fields[1], ",")
			for _, root := range roots {
				if len(root) != 2 || root < "01" || root > "20" {
					d.err = lineError(actNounFile, row.line, "%q is no CAMEO root", root)
					return nil
				}
			}
		}
		r.actNouns[row.fields[0]] = roots
	}
	c := d.tokenClasses(tk, "events/words.tsv", "target-prep", "leader-noun", "subordinator", "noun-modifier", "denial",
		"reason-prep", "copula", "discuss-verb", "control-verb", "object-stop", "auxiliary", "phrase-break", "invitation",
		"conditional", "growth-cue", "cancel-cue", "tone-cue", "place-prep", "quantity", "appeal-noun",
		"refusal", "conjunction", "prospect", "demand-cue", "rebuttal-aim", "vote-noun", "item-noun", "any-word", "topic-word", "violation-cue", "appeal-link", "reciprocal", "via", "aim-noun", "curb-verb", "stop-word", "others-word", "negated-tone-cue", "manner-word", "people-noun", "intent", "inner-adverb", "own-side", "subject-link", "denied-link", "document-word", "time-link", "judge-verb", "list-opener", "attend-verb", "end-verb", "statement-noun", "group-noun", "soft-appeal", "modal", "destination", "phrase-opener", "against-word", "troop-noun", "group-pronoun", "comment-verb", "sideline-word", "host-verb", "force-word", "pair-noun", "place-noun", "victim-word", "patient-noun", "contrast-link", "response-noun", "maker-word", "attempt", "later-link", "baseless-word", "slander-word", "harsh-word", "period-noun", "member-cue")
	r.targetPreps, r.leaderNouns, r.subordinators, r.nounModifiers = c["target-prep"], c["leader-noun"], c["subordinator"], c["noun-modifier"]
	r.phraseOpeners, r.againstWords = c["phrase-opener"], c["against-word"]
	r.denials, r.reasonPreps, r.copulas, r.discussVerbs = c["denial"], c["reason-prep"], c["copula"], c["discuss-verb"]
	r.controlVerbs, r.objectStops, r.auxiliaries, r.phraseBreaks = c["control-verb"], c["object-stop"], c["auxiliary"], c["phrase-break"]
	r.invitations, r.conditionals, r.growthCues, r.cancelCues, r.toneCues = c["invitation"], c["conditional"], c["growth-cue"], c["cancel-cue"], c["tone-cue"]
	r.placePreps, r.quantities, r.appealNouns = c["place-prep"], c["quantity"], c["appeal-noun"]
	r.refusals, r.conjunctions, r.prospects, r.demandCues = c["refusal"], c["conjunction"], c["prospect"], c["demand-cue"]
	r.rebuttalAims, r.voteNouns, r.itemNouns = c["rebuttal-aim"], c["vote-noun"], c["item-noun"]
	r.anyWords, r.topicWords, r.violationCues, r.appealLinks = c["any-word"], c["topic-word"], c["violation-cue"], c["appeal-link"]
	r.reciprocals, r.vias, r.aimNouns, r.curbVerbs, r.stopWords = c["reciprocal"], c["via"], c["aim-noun"], c["curb-verb"], c["stop-word"]
	r.othersWords, r.negatedToneCues, r.mannerWords, r.peopleNouns = c["others-word"], c["negated-tone-cue"], c["manner-word"], c["people-noun"]
	r.intents, r.innerAdverbs, r.ownSideWords, r.subjectLinks = c["intent"], c["inner-adverb"], c["own-side"], c["subject-link"]
	r.deniedLinks, r.documentWords, r.timeLinks, r.judgeVerbs = c["denied-link"], c["document-word"], c["time-link"], c["judge-verb"]
	r.listOpeners, r.attendVerbs, r.endVerbs = c["list-opener"], c["attend-verb"], c["end-verb"]
	r.statementNouns, r.groupNouns, r.softAppeals, r.modals = c["statement-noun"], c["group-noun"], c["soft-appeal"], c["modal"]
	r.memberCues = c["member-cue"]
	r.destinations, r.troopNouns, r.groupPronouns, r.commentVerbs = c["destination"], c["troop-noun"], c["group-pronoun"], c["comment-verb"]
	r.sidelineWords, r.hostVerbs, r.forceWords, r.pairNouns = c["sideline-word"], c["host-verb"], c["force-word"], c["pair-noun"]
	r.placeNouns, r.victimWords, r.patientNouns, r.contrastLinks, r.responseNouns, r.makerWords = c["place-noun"], c["victim-word"], c["patient-noun"], c["contrast-link"], c["response-noun"], c["maker-word"]
	r.attempts, r.laterLinks = c["attempt"], c["later-link"]
	r.baselessWords, r.slanderWords, r.harshWords, r.periodNouns = c["baseless-word"], c["slander-word"], c["harsh-word"], c["period-noun"]
	// "mengusir dua diplomat", "meluncurkan ratusan rudal": a count inside
	// a trigger's words is passed over.
	r.triggers.skip = func(t token) bool { return r.quantities[t.low] || isNumber(t.low) || r.innerAdverbs[t.low] }
	return r
}

// isNumber says whether a word is written in digits ("25", "1000",
// "2.000", "2,5").
func isNumber(w string) bool {
	if w == "" || !isDigitByte(w[0]) || !isDigitByte(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) && w[i] != '.' && w[i] != ',' {
			return false
		}
	}
	return true
}
