package nlp

import (
	"fmt"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/nlp/ner"
)

// annotator finds actors, statements and events in a cleaned page. Built
// once per process by newAnnotator, it is read-only afterwards and so safe
// for concurrent use: each analyze call keeps its state in a doc of its own.
type annotator struct {
	dict *dictIndex
	lex  *lexicon
	// triggers finds event triggers; ref indexes trig.
	triggers *phraseSet
	trig     []trigger
	// ner confirms names of speakers without a title; nil disables that.
	ner entityTagger
}

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

// newAnnotator loads the dictionary, the lexicons and the NER model.
func newAnnotator() (*annotator, error) {
	dict, err := loadDictionary()
	if err != nil {
		return nil, err
	}
	idx, err := newDictIndex(dict)
	if err != nil {
		return nil, err
	}
	tagger, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the NER model for actor discovery: %w", err)
	}
	a := &annotator{dict: idx, lex: newLexicon(), triggers: newPhraseSet(), ner: nerTagger{tagger}}
	for _, t := range triggerTable {
		if _, ok := diplograph.Cameo(t.code); !ok {
			return nil, fmt.Errorf("event lexicon: CAMEO code %s is not in diplograph's CAMEO vocabulary", t.code)
		}
		for _, form := range splitBar(t.forms) {
			a.triggers.add(form, len(a.trig), false)
			key := keyOf(form)
			a.trig = append(a.trig, trigger{code: t.code, voice: t.voice, sym: t.sym, mirror: t.mirror, base: t.base,
				ownerOnly: ownerOnlyNouns[key], noOwner: noOwnerNouns[key], onlyPositive: relationNouns[key]})
		}
	}
	return a, nil
}

// analyze finds the actors, statements and events of one page. Only the
// title and the body's paragraphs are read: nothing else on the page can
// create an actor.
func (a *annotator) analyze(p page, sents []sentence) ([]diplograph.Actor, []diplograph.Statement, []diplograph.Event) {
	d := a.newDoc(p, sents)
	d.findActors()
	stmts := d.findStatements()
	events := d.findEvents(stmts)
	statements := make([]diplograph.Statement, len(stmts))
	for i, s := range stmts {
		statements[i] = s.Statement
	}
	return d.actorList(), statements, events
}

// actorList is the article's actors in order of first mention, each with
// the roles seen in the text and the dictionary roles held on the
// publication date.
func (d *doc) actorList() []diplograph.Actor {
	out := make([]diplograph.Actor, 0, len(d.actors))
	for _, a := range d.actors {
		if a.mentions == 0 && !a.inTitle {
			continue
		}
		act := diplograph.Actor{ID: a.id, Name: a.name, Aliases: a.aliases, Type: a.typ, Country: diplograph.NullString(a.country), Mentions: a.mentions}
		if act.Aliases == nil {
			act.Aliases = []string{}
		}
		act.Roles = append([]diplograph.Role{}, a.roles...)
		if a.dict >= 0 && d.published != "" {
			for _, r := range d.a.dict.actors[a.dict].Roles {
				if r.From > d.published || (r.To != "" && r.To < d.published) {
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
