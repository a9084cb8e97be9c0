package diplograph

import (
	"math"
	"slices"
	"testing"
)

// digestSample is a small extraction with two of everything, so that
// reordering has something to reorder.
func digestSample() Article {
	return Article{
		Source: "pages/kunjungan.txt", ID: "c0ffee", URL: "file:pages/kunjungan.txt", Title: "Menlu Jepang tiba di Jakarta",
		Language: "id", Published: "2024-02-05", Body: "Menteri Luar Negeri Jepang tiba di Jakarta.\n\nIa bertemu Presiden.",
		Actors: []Actor{
			{ID: "jpn", Name: "Japan", Type: TypeCountry, Aliases: []string{"Jepang", "Negeri Sakura"}, Mentions: 2},
			{ID: "idn", Name: "Indonesia", Type: TypeCountry, Aliases: []string{"RI", "Indonesia"}, Mentions: 1,
				Roles: []Role{{Title: "anggota", Of: "asean"}, {Title: "tuan rumah", Of: "g20", From: "2022-01-01"}}},
		},
		Statements: []Statement{
			{ID: "st-1", Speaker: "jpn", Text: "Kami datang sebagai sahabat", Kind: KindDirect, About: []string{"idn", "asean"}},
			{ID: "st-2", Speaker: "idn", Text: "Kerja sama akan diperluas", Kind: KindIndirect},
		},
		Events: []Event{
			{ID: "ev-visit", Source: "jpn", Target: "idn", Cameo: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Date: "2024-02-05"},
			{ID: "ev-meet", Source: "jpn", Target: "idn", Cameo: "040", Root: "04", QuadClass: 1, Goldstein: 1, Date: "2024-02-05"},
		},
	}
}

func digestOf(t *testing.T, a Article) string {
	t.Helper()
	d, err := a.Digest()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDigestIsDeterministicAndIgnoresWhereThePageWasRead(t *testing.T) {
	a := digestSample()
	d := digestOf(t, a)
	if len(d) != 16 || d != digestOf(t, digestSample()) {
		t.Fatalf("digest %q should be 16 hex digits, the same for the same extraction", d)
	}
	moved := digestSample()
	moved.Source, moved.URL = "/elsewhere/kunjungan.txt", "file:/elsewhere/kunjungan.txt"
	if got := digestOf(t, moved); got != d {
		t.Errorf("reading the page from elsewhere changed the digest: %s, was %s", got, d)
	}
}

func TestDigestDoesNotDependOnTheOrderOfSets(t *testing.T) {
	d := digestOf(t, digestSample())
	a := digestSample()
	slices.Reverse(a.Actors)
	slices.Reverse(a.Statements)
	slices.Reverse(a.Events)
	for i := range a.Actors {
		slices.Reverse(a.Actors[i].Aliases)
		slices.Reverse(a.Actors[i].Roles)
	}
	slices.Reverse(a.Statements[1].About)
	if got := digestOf(t, a); got != d {
		t.Errorf("reordered lists changed the digest: %s, was %s", got, d)
	}
	// Sorting works on copies: the article's own lists keep their order.
	b := digestSample()
	digestOf(t, b)
	if b.Events[0].ID != "ev-visit" || b.Actors[1].Aliases[0] != "RI" || b.Statements[0].About[0] != "idn" {
		t.Errorf("Digest reordered the article's own lists: %v, %v", b.Events, b.Actors[1].Aliases)
	}
}

func TestDigestChangesWithWhatWasExtracted(t *testing.T) {
	d := digestOf(t, digestSample())
	for what, change := range map[string]func(*Article){
		"an event's code": func(a *Article) { a.Events[1].Cameo = "043" },
		"an event's date": func(a *Article) { a.Events[0].Date = "2024-02-04" },
		"an event more": func(a *Article) {
			a.Events = append(a.Events, Event{ID: "ev-aid", Source: "jpn", Target: "idn", Cameo: "071"})
		},
		"an event less":       func(a *Article) { a.Events = a.Events[:1] },
		"a statement's words": func(a *Article) { a.Statements[0].Text = "Kami datang sebagai mitra" },
		"a speaker":           func(a *Article) { a.Statements[1].Speaker = "" },
		"an actor's mentions": func(a *Article) { a.Actors[0].Mentions = 3 },
		"an actor's role":     func(a *Article) { a.Actors[1].Roles[1].To = "2022-12-31" },
		"the title":           func(a *Article) { a.Title = "Menlu Jepang di Jakarta" },
		"the date":            func(a *Article) { a.Published = "2024-02-06" },
		"the body":            func(a *Article) { a.Body += "\n\nIa pulang esok hari." },
	} {
		a := digestSample()
		change(&a)
		if got := digestOf(t, a); got == d {
			t.Errorf("changing %s left the digest %s", what, d)
		}
	}
}

func TestDigestRefusesWhatJSONCannotHold(t *testing.T) {
	a := digestSample()
	a.Events[0].Goldstein = math.NaN()
	if _, err := a.Digest(); err == nil {
		t.Error("a NaN Goldstein value was digested")
	}
}
