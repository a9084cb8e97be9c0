package nlp

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/diplograph/diplograph"
)

var (
	dictTestVersionRe = regexp.MustCompile(`^\d{4}\.\d{1,2}\.\d+$`)
	dictTestIDRe      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	dictTestTypes     = map[string]bool{diplograph.TypePerson: true, diplograph.TypeOrganization: true, diplograph.TypeCountry: true, diplograph.TypeMedia: true}
)

// dictTestFold is the alias key the uniqueness rule is stated in: case,
// hyphens and punctuation folded, spaces collapsed, as the evaluation kit
// compares names.
func dictTestFold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// dictTestProblems lists every rule of docs/actors.md the dictionary breaks.
func dictTestProblems(d *Dictionary) []string {
	var probs []string
	bad := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }

	if !dictTestVersionRe.MatchString(d.Version) {
		bad("version %q is not YYYY.M.N", d.Version)
	}
	ids := make(map[string]bool, len(d.Actors))
	states := map[string]bool{}
	for _, a := range d.Actors {
		if ids[a.ID] {
			bad("id %q used twice", a.ID)
		}
		ids[a.ID] = true
		if a.Type == diplograph.TypeCountry {
			states[a.Country] = true
		}
	}

	owner := map[string]string{} // folded alias -> id
	for _, a := range d.Actors {
		if !dictTestIDRe.MatchString(a.ID) {
			bad("id %q is not kebab-case", a.ID)
		}
		if !dictTestTypes[a.Type] {
			bad("%s: unknown type %q", a.ID, a.Type)
		}
		if strings.TrimSpace(a.Name) == "" {
			bad("%s: empty name", a.ID)
		}
		coded := len(a.ID) == 3 && a.Country == strings.ToUpper(a.ID)
		uncoded := len(a.ID) > 3 && a.Country == "" // a state without an ISO 3166 code
		if a.Type == diplograph.TypeCountry && !coded && !uncoded {
			bad("%s: a state's id is its lower-case alpha-3 code and its country that code (or, without a code, a longer id and no country), got country %q", a.ID, a.Country)
		}
		if a.Country != "" && !states[a.Country] {
			bad("%s: country %q is not the code of a state in the dictionary", a.ID, a.Country)
		}
		seen := map[string]bool{}
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			if s != strings.TrimSpace(s) || s == "" {
				bad("%s: alias %q is empty or padded", a.ID, s)
			}
			if seen[s] {
				bad("%s: alias %q listed twice", a.ID, s)
			}
			seen[s] = true
			key := dictTestFold(s)
			if key == "" {
				bad("%s: alias %q has no letters", a.ID, s)
				continue
			}
			if other, ok := owner[key]; ok && other != a.ID {
				bad("alias %q of %s is also an alias of %s", s, a.ID, other)
			}
			owner[key] = a.ID
		}
		for _, r := range a.Roles {
			where := fmt.Sprintf("%s: role %q", a.ID, r.Title)
			if r.Title == "" || r.TitleID == "" {
				bad("%s: title and title_id are both required", where)
			}
			if !ids[r.Of] || r.Of == a.ID {
				bad("%s: of %q is not another actor's id", where, r.Of)
			}
			from, err := time.Parse(time.DateOnly, r.From)
			if err != nil {
				bad("%s: from %q is not YYYY-MM-DD", where, r.From)
			}
			if r.To != "" {
				to, err := time.Parse(time.DateOnly, r.To)
				if err != nil {
					bad("%s: to %q is not YYYY-MM-DD", where, r.To)
				} else if to.Before(from) {
					bad("%s: ends %s before it starts %s", where, r.To, r.From)
				}
			}
		}
	}
	return probs
}

func TestDictionaryFollowsItsRules(t *testing.T) {
	d, err := loadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range dictTestProblems(d) {
		t.Error(p)
	}
}

func TestDictionaryRulesCatchBrokenEntries(t *testing.T) {
	broken := &Dictionary{Version: "1", Actors: []DictActor{
		{ID: "prk", Name: "North Korea", Type: diplograph.TypeCountry, Country: "KOR", Aliases: []string{"Korut"}},
		{ID: "Kim_Jong_Un", Name: "Kim Jong Un", Type: "human", Country: "XXX", Aliases: []string{"korut", "Kim Jong Un"},
			Roles: []DictRole{{Title: "Leader", Of: "nowhere", From: "2011-13-01", To: "2010-01-01"}}},
		{ID: "prk", Name: "Dup", Type: diplograph.TypeMedia, Aliases: []string{" KCNA", "Dup"}},
		{ID: "somaliland", Name: "Somaliland", Type: diplograph.TypeCountry, Country: "SOM"},
	}}
	got := strings.Join(dictTestProblems(broken), "\n")
	for _, want := range []string{
		"version", "used twice", "not kebab-case", "unknown type", "lower-case alpha-3",
		`country "XXX"`, "also an alias", "listed twice", "padded", "title_id", `of "nowhere"`, `from "2011-13-01"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no problem mentioning %q in:\n%s", want, got)
		}
	}
}

// dictTestByAlias indexes the dictionary by folded name and alias.
func dictTestByAlias(t *testing.T) (*Dictionary, map[string]*DictActor) {
	t.Helper()
	d, err := loadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	idx := map[string]*DictActor{}
	for i := range d.Actors {
		a := &d.Actors[i]
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			idx[dictTestFold(s)] = a
		}
	}
	return d, idx
}

func TestDictionaryResolvesNewsSpellings(t *testing.T) {
	_, idx := dictTestByAlias(t)
	for alias, want := range map[string]string{
		"Korut":                               "prk",
		"Korea Utara (Korut)":                 "prk",
		"Pyongyang":                           "prk",
		"Korsel":                              "kor",
		"AS":                                  "usa",
		"Washington":                          "usa",
		"Tiongkok":                            "chn",
		"RRT":                                 "chn",
		"Moskow":                              "rus",
		"Kiev":                                "ukr",
		"RI":                                  "idn",
		"Britania Raya":                       "gbr",
		"Kementerian Luar Negeri Korea Utara": "prk-foreign-ministry",
		"Kemlu Korut":                         "prk-foreign-ministry",
		"Kemlu Rusia":                         "rus-foreign-ministry",
		"Deplu AS":                            "usa-foreign-ministry",
		"Pentagon":                            "usa-defence-ministry",
		"DK PBB":                              "un-security-council",
		"Dewan Keamanan Rusia":                "rus-security-council",
		"Kim Jong-un":                         "kim-jong-un",
		"Kim Jong-Un":                         "kim-jong-un",
		"Kim Yo-jong":                         "kim-yo-jong",
		"Zelenskyy":                           "volodymyr-zelensky",
		"Sergey Lavrov":                       "sergei-lavrov",
		"kantor berita KCNA":                  "kcna",
		"Gedung Putih":                        "white-house",
		"Tentara Rakyat Korea":                "korean-peoples-army",
	} {
		a, ok := idx[dictTestFold(alias)]
		if !ok {
			t.Errorf("%q: not in the dictionary", alias)
			continue
		}
		if a.ID != want {
			t.Errorf("%q resolves to %s, want %s", alias, a.ID, want)
		}
	}
}

// Bare surnames, generic nouns and demonyms are resolved in context by the
// matcher; as dictionary aliases they would claim every namesake.
func TestDictionaryLeavesAmbiguousFormsOut(t *testing.T) {
	_, idx := dictTestByAlias(t)
	for _, s := range []string{
		"Korea", "Kim", "Lee", "Park", "Moon", "Wang", "Li", "Xi", "Choe", "Yoon", "Kang",
		"Kementerian Luar Negeri", "Kemlu", "Kementerian Pertahanan", "Kementerian", "Presiden", "Barat",
		"Diplomat", "RT", "Suga", "Abe", "Khamenei", "Magyar", "Rahman", "Yunus", "Sharif",
	} {
		if a, ok := idx[dictTestFold(s)]; ok {
			t.Errorf("ambiguous %q is an alias of %s", s, a.ID)
		}
	}
}

func TestDictionaryRolesCarryDates(t *testing.T) {
	_, idx := dictTestByAlias(t)
	type want struct{ alias, of, from, to string }
	for _, w := range []want{
		{"Blinken", "usa", "2021-01-26", "2025-01-20"},
		{"Donald Trump", "usa", "2025-01-20", ""},
		{"Medvedev", "rus-security-council", "2020-01-16", ""},
		{"Shoigu", "rus", "2012-11-06", "2024-05-12"},
		{"Guterres", "united-nations", "2017-01-01", ""},
		{"Choe Son-hui", "prk", "2022-06-10", ""},
		{"Zakharova", "rus-foreign-ministry", "2015-08-10", ""},
		{"Kim Tok Hun", "prk", "2020-08-13", "2024-12-27"},
		// Changes of 2025-2026, checked for release 2026.12.1.
		{"Shmyhal", "ukr", "2025-07-17", "2026-01-13"},
		{"Mykhailo Fedorov", "ukr", "2026-01-14", ""},
		{"Budanov", "ukr-presidential-office", "2026-01-02", ""},
		{"Ayatollah Ali Khamenei", "irn", "1989-06-04", "2026-02-28"},
		{"Mojtaba Khamenei", "irn", "2026-03-09", ""},
		{"John Healey", "gbr", "2024-07-05", "2026-06-11"},
		{"Dan Jarvis", "gbr", "2026-06-11", ""},
		{"Orban", "hun", "2010-05-29", "2026-05-09"},
		{"Peter Magyar", "hun", "2026-05-09", ""},
		{"Rob Jetten", "nld", "2026-02-23", ""},
		{"Tarique Rahman", "bgd", "2026-02-17", ""},
		{"Le Hoai Trung", "vnm", "2025-08-29", ""},
		{"Theresa Lazaro", "phl", "2025-07-01", ""},
		{"Anutin", "tha", "2025-09-07", ""},
		{"Ahn Gyu-back", "kor", "2025-07-25", ""},
		// Added in release 2026.12.23.
		{"Yermek Kosherbayev", "kaz", "2025-09-26", ""},
		{"Jahangir Alam Chowdhury", "bgd", "2024-08-16", "2026-02-17"},
		{"Jotham Napat", "vut", "2025-02-11", ""},
		{"Baron Waqa", "pacific-islands-forum", "2024-06-03", ""},
	} {
		a := idx[dictTestFold(w.alias)]
		if a == nil {
			t.Errorf("%s: missing", w.alias)
			continue
		}
		found := false
		for _, r := range a.Roles {
			found = found || (r.Of == w.of && r.From == w.from && r.To == w.to)
		}
		if !found {
			t.Errorf("%s: no role of %s from %s to %q in %+v", w.alias, w.of, w.from, w.to, a.Roles)
		}
	}
}

// The floors are the coverage reached; they only ever go up.
func TestDictionaryCoverage(t *testing.T) {
	d, _ := dictTestByAlias(t)
	count := map[string]int{}
	for _, a := range d.Actors {
		count[a.Type]++
	}
	for typ, floor := range map[string]int{diplograph.TypeCountry: 100, diplograph.TypePerson: 721, diplograph.TypeOrganization: 387, diplograph.TypeMedia: 129} {
		if count[typ] < floor {
			t.Errorf("%d %s entries, floor is %d", count[typ], typ, floor)
		}
	}
}

// dictTestDocCountsRe is the sentence of docs/actors.md that states the
// release's size; the docs are checked against the data so they cannot drift.
var dictTestDocCountsRe = regexp.MustCompile(`Version (\S+) holds (\d+) states, (\d+) people, (\d+) organizations and (\d+) media, with (\d+) dated roles\.`)

// dictTestDocProblems lists where the counts doc states differ from d.
func dictTestDocProblems(doc string, d *Dictionary) []string {
	m := dictTestDocCountsRe.FindStringSubmatch(strings.Join(strings.Fields(doc), " "))
	if m == nil {
		return []string{"no sentence \"Version V holds N states, N people, N organizations and N media, with N dated roles.\""}
	}
	count := map[string]int{}
	for _, a := range d.Actors {
		count[a.Type]++
		count["roles"] += len(a.Roles)
	}
	var probs []string
	if m[1] != d.Version {
		probs = append(probs, fmt.Sprintf("doc states version %s, data is %s", m[1], d.Version))
	}
	for i, what := range []string{diplograph.TypeCountry, diplograph.TypePerson, diplograph.TypeOrganization, diplograph.TypeMedia, "roles"} {
		if got := fmt.Sprint(count[what]); m[i+2] != got {
			probs = append(probs, fmt.Sprintf("doc states %s %s, data has %s", m[i+2], what, got))
		}
	}
	return probs
}

func TestDictionaryDocStatesTheCounts(t *testing.T) {
	doc, err := os.ReadFile("../docs/actors.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := loadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range dictTestDocProblems(string(doc), d) {
		t.Error(p)
	}
}

func TestDictionaryDocCheckCatchesDrift(t *testing.T) {
	d := &Dictionary{Version: "2026.12.1", Actors: []DictActor{
		{ID: "prk", Type: diplograph.TypeCountry},
		{ID: "kim-jong-un", Type: diplograph.TypePerson, Roles: []DictRole{{Title: "Leader"}}},
	}}
	right := "Version 2026.12.1 holds 1 states, 1 people, 0 organizations and\n0 media, with 1 dated roles."
	if p := dictTestDocProblems(right, d); len(p) != 0 {
		t.Errorf("true counts reported as drift: %v", p)
	}
	got := strings.Join(dictTestDocProblems("Version 2026.11.5 holds 1 states, 2 people, 0 organizations and 0 media, with 1 dated roles.", d), "\n")
	for _, want := range []string{"version 2026.11.5", "2 person"} {
		if !strings.Contains(got, want) {
			t.Errorf("no problem mentioning %q in:\n%s", want, got)
		}
	}
	if len(dictTestDocProblems("no counts here", d)) == 0 {
		t.Error("a doc without the counts sentence passed")
	}
}

// dictTestSingleHolderRe matches the titles of offices one person holds at a
// time: heads of state and government, foreign and defence ministers.
var dictTestSingleHolderRe = regexp.MustCompile(`^(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Supreme Leader|Foreign Minister|Defence Minister) of |^Secretary of (State|Defense|War)$`)

// dictTestOfficeClashes lists two people holding one single-holder office
// (a title in one state or body) on the same day. The day office changes
// hands belongs to both holders, so a handover is no clash.
func dictTestOfficeClashes(d *Dictionary) []string {
	type tenure struct{ id, from, to string }
	offices := map[[2]string][]tenure{}
	for _, a := range d.Actors {
		for _, r := range a.Roles {
			if !dictTestSingleHolderRe.MatchString(r.Title) {
				continue
			}
			to := r.To
			if to == "" {
				to = "9999-12-31"
			}
			k := [2]string{r.Title, r.Of}
			offices[k] = append(offices[k], tenure{a.ID, r.From, to})
		}
	}
	var clashes []string
	for k, ts := range offices {
		for i, x := range ts {
			for _, y := range ts[i+1:] {
				if x.id != y.id && x.from < y.to && y.from < x.to {
					clashes = append(clashes, fmt.Sprintf("%s of %s: %s (%s..%s) and %s (%s..%s)", k[0], k[1], x.id, x.from, x.to, y.id, y.from, y.to))
				}
			}
		}
	}
	return clashes
}

func TestDictionaryOneHolderPerOffice(t *testing.T) {
	d, err := loadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range dictTestOfficeClashes(d) {
		t.Error(c)
	}
}

func TestDictionaryOfficeClashesAreFound(t *testing.T) {
	fm := func(from, to string) []DictRole {
		return []DictRole{{Title: "Foreign Minister of Ukraine", Of: "ukr", From: from, To: to}}
	}
	d := &Dictionary{Actors: []DictActor{
		{ID: "dmytro-kuleba", Roles: fm("2020-03-04", "2024-09-05")},
		{ID: "andrii-sybiha", Roles: fm("2024-09-05", "")},          // handover day: no clash
		{ID: "someone-else", Roles: fm("2025-01-01", "2025-02-01")}, // inside Sybiha's open term
		{ID: "deputy", Roles: []DictRole{{Title: "Deputy Foreign Minister of Ukraine", Of: "ukr", From: "2021-01-01"}}},
	}}
	got := dictTestOfficeClashes(d)
	if len(got) != 1 || !strings.Contains(got[0], "andrii-sybiha") || !strings.Contains(got[0], "someone-else") {
		t.Errorf("want one clash of andrii-sybiha and someone-else, got %v", got)
	}
}
