package graph

import "github.com/diplograph/diplograph"

// Node labels and relationship types of the graph model (README, "Graph
// model"). Writers and readers use these names so that the two sides cannot
// drift apart; Cypher text spells them out where a constant cannot be
// interpolated safely.
const (
	LabelArticle      = "Article"
	LabelActor        = "Actor"
	LabelPerson       = "Person"
	LabelOrganization = "Organization"
	LabelCountry      = "Country"
	LabelMedia        = "Media"
	LabelStatement    = "Statement"
	LabelEvent        = "Event"

	// RelMentions links an Article to each Actor named in its body, with the
	// number of mentions as `count`.
	RelMentions = "MENTIONS"
	// RelHoldsRole links a person or body to the state or body it serves,
	// with `title`, `from` and `to`.
	RelHoldsRole = "HOLDS_ROLE"
	// RelMade links a speaker to a Statement.
	RelMade = "MADE"
	// RelAbout links a Statement to each Actor it is about.
	RelAbout = "ABOUT"
	// RelActed links an event's source Actor to the Event.
	RelActed = "ACTED"
	// RelOn links an Event to its target Actor.
	RelOn = "ON"
	// RelReportedIn links a Statement or an Event to every Article that
	// carries it; on events it holds `evidence` and `confidence`.
	RelReportedIn = "REPORTED_IN"
)

// ActorLabel returns the label that marks an actor of the given nlp type
// ("person" → "Person"), or "" for an unknown type.
func ActorLabel(actorType string) string {
	switch actorType {
	case diplograph.TypePerson:
		return LabelPerson
	case diplograph.TypeOrganization:
		return LabelOrganization
	case diplograph.TypeCountry:
		return LabelCountry
	case diplograph.TypeMedia:
		return LabelMedia
	}
	return ""
}
