package nlp

import "github.com/diplograph/diplograph"

// LoadDictionary parses the embedded, curated actor dictionary, for callers
// outside nlp that need the known actors themselves (the graph writer seeds
// actors and their roles from it; the synthetic corpus generator writes
// stories about them). Each call returns a fresh copy the caller may keep.
func LoadDictionary() (*Dictionary, error) { return loadDictionary() }

// KnownActors is the dictionary in domain terms: every actor with its
// aliases and its dated roles, titled in English.
func (d *Dictionary) KnownActors() []diplograph.Actor {
	out := make([]diplograph.Actor, len(d.Actors))
	for i, a := range d.Actors {
		act := diplograph.Actor{ID: a.ID, Name: a.Name, Aliases: a.Aliases, Type: a.Type, Country: diplograph.NullString(a.Country)}
		for _, r := range a.Roles {
			act.Roles = append(act.Roles, diplograph.Role{Title: r.Title, Of: r.Of, From: diplograph.NullString(r.From), To: diplograph.NullString(r.To)})
		}
		out[i] = act
	}
	return out
}
