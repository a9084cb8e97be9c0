// Package synth writes a synthetic corpus of Indonesian diplomatic news for
// load tests: articles built from the project's own sentence templates and
// the actor dictionary, deterministic by seed. Like real news, most events
// are told by several outlets on the same day in different words, carrying
// the same quote, and now and then an outlet updates a story under the same
// URL.
package synth

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/nlp"
)

// Article is one line of the corpus, in the JSON Lines form that
// `diplograph ingest` reads.
type Article struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Text      string `json:"text"`
}

// Generator makes articles about the actors of a dictionary. It is not safe
// for concurrent use; two generators with the same dictionary and seed make
// the same corpus.
type Generator struct {
	rng       *rand.Rand
	countries []nlp.DictActor
	// majors are the states the dictionary knows officials of: the usual
	// protagonists of the stories.
	majors []nlp.DictActor
	// officials maps a state's id to the people of that state with roles.
	officials map[string][]nlp.DictActor
	first     time.Time
	days      int
	story     *story
	left      int // articles still to write about story
	serial    int
	recent    []Article // for the occasional update under the same URL
}

// story is one real-world event, told by one or more outlets.
type story struct {
	day              time.Time
	source, target   nlp.DictActor // states
	speaker          *nlp.DictActor
	responder        *nlp.DictActor
	act              act
	topic            string
	quote, response  string
	outletsPermuted  []int
	background, city string
}

// New returns a generator over the dictionary's states and officials, with
// dates from 2015 through 2026.
func New(d *nlp.Dictionary, seed uint64) (*Generator, error) {
	g := &Generator{
		rng:       rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		officials: map[string][]nlp.DictActor{},
		first:     time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	g.days = int(time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC).Sub(g.first).Hours()/24) + 1
	for _, a := range d.Actors {
		switch a.Type {
		case diplograph.TypeCountry:
			g.countries = append(g.countries, a)
		case diplograph.TypePerson:
			if a.Country != "" && len(a.Roles) > 0 {
				state := strings.ToLower(a.Country)
				g.officials[state] = append(g.officials[state], a)
			}
		}
	}
	if len(g.countries) < 2 {
		return nil, errors.New("synth: the dictionary needs at least two states")
	}
	for _, c := range g.countries {
		if len(g.officials[c.ID]) > 0 {
			g.majors = append(g.majors, c)
		}
	}
	if len(g.majors) < 2 {
		g.majors = g.countries
	}
	return g, nil
}

// Write writes n articles as JSON Lines to w.
func (g *Generator) Write(w io.Writer, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := 0; i < n; i++ {
		if err := enc.Encode(g.Next()); err != nil {
			return fmt.Errorf("writing synthetic article %d: %w", i+1, err)
		}
	}
	return nil
}

// Next returns the next article.
func (g *Generator) Next() Article {
	// About one article in a hundred is a later version of a recent one,
	// under the same URL with a paragraph added.
	if len(g.recent) > 0 && g.rng.IntN(100) == 0 {
		a := g.recent[g.rng.IntN(len(g.recent))]
		a.Text += "\n\n" + pick(g.rng, updates)
		return a
	}
	if g.left == 0 {
		g.story = g.newStory()
		// 1 to 5 outlets, most events told by two or three.
		g.left = 1 + min(g.rng.IntN(3)+g.rng.IntN(3), len(outlets)-1)
	}
	g.left--
	outlet := outlets[g.story.outletsPermuted[g.left]]
	a := g.write(g.story, outlet)
	if len(g.recent) < 64 {
		g.recent = append(g.recent, a)
	} else {
		g.recent[g.serial%64] = a
	}
	return a
}

func (g *Generator) newStory() *story {
	s := &story{day: g.first.AddDate(0, 0, g.rng.IntN(g.days))}
	s.source = g.majors[g.rng.IntN(len(g.majors))]
	// Mostly between the protagonists, sometimes with any other state.
	others := g.majors
	if g.rng.IntN(10) < 3 {
		others = g.countries
	}
	for s.target = s.source; s.target.ID == s.source.ID; {
		s.target = others[g.rng.IntN(len(others))]
	}
	s.speaker = g.official(s.source.ID, s.day)
	s.responder = g.official(s.target.ID, s.day)
	s.act = acts[g.rng.IntN(len(acts))]
	s.topic = pick(g.rng, topics)
	s.quote = fmt.Sprintf(pick(g.rng, quotes), s.topic)
	s.response = fmt.Sprintf(pick(g.rng, responses), s.topic)
	s.outletsPermuted = g.rng.Perm(len(outlets))
	s.city = capital(s.source)
	return s
}

// official picks a person of the state holding a role on the day, if the
// dictionary knows one.
func (g *Generator) official(state string, day time.Time) *nlp.DictActor {
	var in []nlp.DictActor
	for _, p := range g.officials[state] {
		if roleOn(p, state, day) != nil {
			in = append(in, p)
		}
	}
	if len(in) == 0 {
		return nil
	}
	p := in[g.rng.IntN(len(in))]
	return &p
}

// roleOn returns a role p held on the day, preferring one held in the state
// itself over one in a body of it.
func roleOn(p nlp.DictActor, state string, day time.Time) *nlp.DictRole {
	d := day.Format(time.DateOnly)
	var found *nlp.DictRole
	for i, r := range p.Roles {
		if r.From <= d && (r.To == "" || d <= r.To) && r.TitleID != "" {
			if r.Of == state {
				return &p.Roles[i]
			}
			if found == nil {
				found = &p.Roles[i]
			}
		}
	}
	return found
}

// write tells story s as outlet o would: its own choice of lead, attribution
// and background, the same facts and the same quote as the others.
func (g *Generator) write(s *story, o outlet) Article {
	g.serial++
	r := g.rng
	// Outlets publish the same day or the next morning, in WIB.
	wib := time.FixedZone("WIB", 7*3600)
	pub := s.day.Add(time.Duration(8+r.IntN(30))*time.Hour + time.Duration(r.IntN(60))*time.Minute)
	pub = time.Date(pub.Year(), pub.Month(), pub.Day(), pub.Hour(), pub.Minute(), 0, 0, wib)

	src, tgt := name(s.source), name(s.target)
	actor := src
	if s.speaker != nil {
		actor = official(*s.speaker, s.source, s.day)
	}
	when := dayRef(s.day, pub, r)

	var b strings.Builder
	b.Grow(3200)
	fmt.Fprintf(&b, "%s, %s - ", strings.ToUpper(s.city), strings.ToUpper(o.name))
	switch r.IntN(3) {
	case 0:
		fmt.Fprintf(&b, "%s %s %s pada %s terkait %s.", actor, s.act.active, tgt, when, s.topic)
	case 1:
		fmt.Fprintf(&b, "Pada %s, %s secara terbuka %s %s dalam persoalan %s.", when, actor, s.act.active, tgt, s.topic)
	default:
		fmt.Fprintf(&b, "%s %s oleh %s pada %s, menyusul perkembangan terbaru soal %s.", capitalize(tgt), s.act.passive, actor, when, s.topic)
	}
	b.WriteString(" " + fmt.Sprintf(pick(r, leadFollowUps), src, tgt) + "\n\n")

	speaker := src
	if s.speaker != nil {
		speaker = s.speaker.Name
	}
	switch r.IntN(3) {
	case 0:
		fmt.Fprintf(&b, "\"%s,\" kata %s kepada wartawan.", s.quote, speaker)
	case 1:
		fmt.Fprintf(&b, "\"%s,\" ujar %s dalam konferensi pers.", s.quote, speaker)
	default:
		fmt.Fprintf(&b, "%s menegaskan sikap negaranya. \"%s,\" tegas %s.", speaker, s.quote, lastName(speaker))
	}
	b.WriteString("\n\n")

	if r.IntN(10) < 3 {
		fmt.Fprintf(&b, "Baca Juga: %s\n\n", pick(r, noiseHeadlines))
	}
	if s.responder != nil {
		resp := official(*s.responder, s.target, s.day)
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "Menanggapi hal itu, %s mengatakan bahwa %s.\n\n", resp, s.response)
		} else {
			fmt.Fprintf(&b, "Menurut %s, %s.\n\n", resp, s.response)
		}
	} else {
		fmt.Fprintf(&b, "Pemerintah %s belum memberikan tanggapan resmi atas pernyataan tersebut hingga berita ini diturunkan.\n\n", tgt)
	}

	target := 2000 + r.IntN(900)
	order := r.Perm(len(background))
	for k := 0; b.Len() < target && k < len(order); k++ {
		if k%2 == 1 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, background[order[k]], src, tgt, s.topic, s.day.Year()-1-r.IntN(5))
		if k%2 == 1 {
			b.WriteString("\n\n")
		}
	}
	if !strings.HasSuffix(b.String(), "\n\n") {
		b.WriteString("\n\n")
	}
	if r.IntN(10) < 4 {
		fmt.Fprintf(&b, "Foto: Ilustrasi hubungan %s dan %s/Net\n\n", src, tgt)
	}
	fmt.Fprintf(&b, "Editor: %s", pick(r, editors))

	title := fmt.Sprintf(pick(r, titles), capitalize(src), s.act.headline, tgt, s.topic)
	slug := strings.ToLower(strings.NewReplacer(" ", "-", ",", "", "'", "").Replace(title))
	return Article{
		URL:       fmt.Sprintf("https://%s/internasional/%s/%d/%s", o.domain, pub.Format("2006/01/02"), g.serial, slug),
		Title:     title,
		Published: pub.Format(time.RFC3339),
		Outlet:    o.name,
		Text:      b.String(),
	}
}

// name is how Indonesian news names a state: the dictionary lists the
// Indonesian name first among the aliases when it differs from the English
// one, else a capital or a long form comes first.
func name(a nlp.DictActor) string {
	if a.Type != diplograph.TypeCountry || len(a.Aliases) == 0 {
		return a.Name
	}
	first := a.Aliases[0]
	if capitals[first] || strings.Contains(first, a.Name) || strings.ToUpper(first) == first {
		return a.Name
	}
	return first
}

// official is a person with the title they held that day, "Menteri Luar
// Negeri Rusia Sergei Lavrov", naming the state unless the title does.
func official(p nlp.DictActor, state nlp.DictActor, day time.Time) string {
	r := roleOn(p, state.ID, day)
	if r == nil || r.TitleID == "" {
		return p.Name
	}
	if strings.Contains(r.TitleID, name(state)) {
		return r.TitleID + " " + p.Name
	}
	return r.TitleID + " " + name(state) + " " + p.Name
}

// capital is the dateline city: the state's capital when the dictionary
// lists one among its aliases, else Jakarta.
func capital(a nlp.DictActor) string {
	for _, al := range a.Aliases {
		if capitals[al] {
			return al
		}
	}
	return "Jakarta"
}

var dayNames = [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

// dayRef names the event's day the way Indonesian reports do, "Kamis
// (26/10)" or "Kamis (26/10/2023)", which the extractor resolves against the
// publication date.
func dayRef(day, pub time.Time, r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return fmt.Sprintf("%s (%d/%d)", dayNames[day.Weekday()], day.Day(), int(day.Month()))
	}
	return fmt.Sprintf("%s (%d/%d/%d)", dayNames[day.Weekday()], day.Day(), int(day.Month()), day.Year())
}

func lastName(full string) string {
	f := strings.Fields(full)
	return f[len(f)-1]
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
