package nlp

import (
	"fmt"

	"github.com/diplograph/diplograph"
)

// annotator finds actors, statements and events in a cleaned page. Built
// once per process by newAnnotator, it is read-only afterwards and so safe
// for concurrent use: each analyze call keeps its state in a doc of its own.
type annotator struct {
	tk         *tokenizer
	lex        *lexicon
	actors     *actorRules
	statements *statementRules
	// triggers finds event triggers; ref indexes trig.
	triggers *phraseSet
	trig     []trigger
}

// newAnnotator builds the event lexicon.
func newAnnotator(tk *tokenizer, lex *lexicon, actors *actorRules, statements *statementRules) (*annotator, error) {
	a := &annotator{tk: tk, lex: lex, actors: actors, statements: statements, triggers: newPhraseSet(tk)}
	for _, t := range triggerTable {
		if _, ok := cameoCodes[t.code]; !ok {
			return nil, fmt.Errorf("event lexicon: CAMEO code %s has no entry in cameoCodes", t.code)
		}
		for _, form := range splitBar(t.forms) {
			a.triggers.add(form, len(a.trig), false)
			key := tk.key(form)
			a.trig = append(a.trig, trigger{code: t.code, voice: t.voice, sym: t.sym, mirror: t.mirror, base: t.base,
				ownerOnly: ownerOnlyNouns[key], noOwner: noOwnerNouns[key], onlyPositive: relationNouns[key]})
		}
	}
	return a, nil
}

// doc is the working state of the statements and events passes over one
// page: the segmented text with its cast of actors.
type doc struct {
	a *annotator
	*clauses
	sents []sentence
	// dates of the sentences, as dateSentences gives them.
	dates []string
}

// analyze finds the actors, statements and events of one page.
func (a *annotator) analyze(p page, seg *segmented) ([]diplograph.Actor, []diplograph.Statement, []diplograph.Event) {
	published := ""
	if len(p.Published) >= 10 {
		published = p.Published[:10]
	}
	c := a.actors.find(seg, published)
	dates := a.lex.dateSentences(seg, published)
	d := &doc{a: a, clauses: &clauses{lex: a.lex, seg: seg, cast: c}, sents: seg.sents, dates: dates}
	stmts := a.statements.find(seg, c, dates)
	events := d.findEvents(stmts)
	statements := make([]diplograph.Statement, len(stmts))
	for i, s := range stmts {
		statements[i] = s.Statement
	}
	return c.list(a.actors.dict), statements, events
}

// sentOf returns the index of the sentence holding token i of unit ui.
func (d *doc) sentOf(ui, i int) int { return d.seg.sentOf(ui, i) }

// sentText is the sentence as written.
func (d *doc) sentText(s int) string { return d.sents[s].text }

func splitBar(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
