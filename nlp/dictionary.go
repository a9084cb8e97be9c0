package nlp

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph"
)

// The curated actor dictionary, versioned with the code. docs/actors.md
// says how entries are chosen and sourced.
//
//go:embed data/actors.json
var actorsJSON []byte

// Dictionary is the curated list of known actors.
type Dictionary struct {
	// Version changes whenever an entry is added or edited.
	Version string      `json:"version"`
	Actors  []DictActor `json:"actors"`
}

// DictActor is one curated actor.
type DictActor struct {
	// ID is stable and never reused: ISO 3166-1 alpha-3 in lower case for a
	// state ("prk"), else the kebab-case English name ("vladimir-putin",
	// "rus-foreign-ministry").
	ID   string `json:"id"`
	Name string `json:"name"`
	// Type is one of person, organization, country, media.
	Type string `json:"type"`
	// Country is the ISO 3166-1 alpha-3 code of the state the actor is or
	// belongs to; empty for international bodies.
	Country string `json:"country,omitempty"`
	// Aliases are the surface forms in Indonesian and English, including
	// spellings with and without hyphens and, for a state, its capital when
	// used for the state.
	Aliases []string   `json:"aliases"`
	Roles   []DictRole `json:"roles,omitempty"`
}

// DictRole is a position held for a time.
type DictRole struct {
	// Title is the English title ("Secretary of State").
	Title string `json:"title"`
	// TitleID is the Indonesian title as written in news ("Menteri Luar Negeri").
	TitleID string `json:"title_id,omitempty"`
	// Of is the id of the state or body the role is held in.
	Of string `json:"of"`
	// From and To are YYYY-MM-DD; an empty To means still in office.
	From string `json:"from"`
	To   string `json:"to,omitempty"`
}

// loadDictionary parses the embedded dictionary.
func loadDictionary() (*Dictionary, error) {
	var d Dictionary
	if err := json.Unmarshal(actorsJSON, &d); err != nil {
		return nil, fmt.Errorf("parsing embedded actor dictionary: %w", err)
	}
	return &d, nil
}

// dictIndex is the dictionary prepared for matching.
type dictIndex struct {
	actors  []DictActor
	byID    map[string]int
	aliases *phraseSet // ref: index in actors
	// titleKeys are the Indonesian titles of each actor's roles as
	// lexicon.titleKey gives them, index for index ("" for a role without
	// one), for reading a reference to a position (cast.holder).
	titleKeys [][]string
	// oneNames maps the first and the last word of each person's name
	// (as keys) to the person, -1 when several people share it.
	oneNames map[string]int
	// mediaAcronyms maps an acronym written in a media outlet's names
	// ("RT" in "RT News") to the outlet, -1 when several outlets share it.
	mediaAcronyms map[string]int
}

// mediaAcronym returns the one media outlet of the dictionary whose names
// hold the acronym w (as written, in capitals).
func (x *dictIndex) mediaAcronym(w string) (int, bool) {
	i, ok := x.mediaAcronyms[w]
	return i, ok && i >= 0
}

// oneName returns the one person of the dictionary whose first or last
// name is the word w (a key).
func (x *dictIndex) oneName(w string) (int, bool) {
	i, ok := x.oneNames[w]
	return i, ok && i >= 0
}

// newDictIndex indexes the dictionary's names, aliases and role titles.
func newDictIndex(d *Dictionary, tk *tokenizer, lex *lexicon) (*dictIndex, error) {
	x := &dictIndex{actors: d.Actors, byID: map[string]int{}, aliases: newPhraseSet(tk), titleKeys: make([][]string, len(d.Actors)), oneNames: map[string]int{}, mediaAcronyms: map[string]int{}}
	for i, a := range d.Actors {
		if a.ID == "" || a.Name == "" {
			return nil, fmt.Errorf("actor dictionary entry %d: id and name are required", i)
		}
		if _, dup := x.byID[a.ID]; dup {
			return nil, fmt.Errorf("actor dictionary: duplicate id %q", a.ID)
		}
		x.byID[a.ID] = i
		if a.Type == diplograph.TypeMedia {
			for _, name := range append([]string{a.Name}, a.Aliases...) {
				for _, w := range strings.Fields(name) {
					if len(w) < 2 || strings.ToUpper(w) != w || strings.IndexFunc(w, unicode.IsLetter) < 0 {
						continue
					}
					if k, seen := x.mediaAcronyms[w]; seen && k != i {
						x.mediaAcronyms[w] = -1
					} else {
						x.mediaAcronyms[w] = i
					}
				}
			}
		}
		if a.Type == diplograph.TypePerson {
			if w := tk.wordsOf(a.Name); len(w) >= 2 {
				for _, n := range []string{w[0], w[len(w)-1]} {
					if k, seen := x.oneNames[n]; seen && k != i {
						x.oneNames[n] = -1
					} else {
						x.oneNames[n] = i
					}
				}
			}
		}
		for _, r := range a.Roles {
			key := ""
			if r.TitleID != "" {
				key = lex.titleKey(tk.tokens(r.TitleID, nil))
			}
			x.titleKeys[i] = append(x.titleKeys[i], key)
		}
	}
	// Names first, then aliases, so that a form listed by two entries goes to
	// the entry whose own name it is.
	for i, a := range d.Actors {
		x.aliases.add(a.Name, i, true)
	}
	for i, a := range d.Actors {
		for _, al := range a.Aliases {
			x.aliases.add(al, i, true)
		}
	}
	return x, nil
}
