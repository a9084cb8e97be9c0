package nlp

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// testRules are the rules of data/, as the test extractor loaded them.
func testRules(t testing.TB) *rules {
	t.Helper()
	return newTestExtractor(t).rules
}

// TestRulesLoadEveryDataFile loads the rules of data/ and checks that every
// file there is read: a file no loader reads is a list no rule uses.
func TestRulesLoadEveryDataFile(t *testing.T) {
	_, read, err := readRules(ruleFiles, newTokenizer())
	if err != nil {
		t.Fatal(err)
	}
	err = fs.WalkDir(ruleFiles, "data", func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && !read[strings.TrimPrefix(path, "data/")] {
			t.Errorf("%s is read by no loader", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestRulesRefuseBrokenLines breaks one line of a data file at a time and
// checks that loading fails naming the file and the line.
func TestRulesRefuseBrokenLines(t *testing.T) {
	// Each case replaces old with new in file; the error must name the
	// line of the change (plus after) and say msg.
	tests := []struct {
		file, old, new string
		after          int
		msg            string
	}{
		{"clean/boilerplate.txt", "\ncopyright\n", "\nCopyright\n", 0, "\"Copyright\" is not in lower case"},
		{"clean/boilerplate.txt", "\ncopyright\n", "\ncopyright\nhak cipta\n", 1, "\"hak cipta\" is listed twice"},
		{"clean/footer_labels.txt", "\ntopik\n", "\ntopik  terkait\n", 0, "\"topik  terkait\" has other white space"},
		{"clean/byline_labels.tsv", "\neditor\teditor\n", "\neditor\tboss\n", 0, "role \"boss\" is none of writer, editor, source"},
		{"clean/byline_labels.tsv", "\neditor\teditor\n", "\neditor\t\n", 0, "empty role field"},
		{"clean/byline_labels.tsv", "\neditor\teditor\n", "\neditor\n", 0, "no role field"},
		{"clean/byline_labels.tsv", "\neditor\teditor\n", "\neditor\teditor\tx\n", 0, "3 fields, want at most 2"},
		{"clean/byline_labels.tsv", "\neditor\teditor\n", "\neditor\t editor\n", 0, "space around the role field"},
		{"clean/byline_labels.tsv", "label\trole\n", "role\tlabel\n", 0, "the first line must be the header"},
		{"clean/words.tsv", "\ndi\tjoining\n", "\ndi\tjoinnig\n", 0, "unknown class \"joinnig\""},
		{"clean/time_zones.tsv", "\nwib\t7\n", "\nwib\tseven\n", 0, "\"seven\" is not a whole number from -12 to 14"},
		{"lexicon/months.tsv", "\nmei\t5\tid\n", "\nmei\t13\tid\n", 0, "\"13\" is not a whole number from 1 to 12"},
		{"lexicon/weekdays.tsv", "\nsenin\t1\tid\n", "\nsenin\t1\tjv\n", 0, "lang \"jv\" is none of id, en"},
		{"lexicon/speech_verbs.tsv", "\nmengatakan\n", "\nmengatakan\tobjet\n", 0, "flag \"objet\" is none of object"},
		{"lexicon/words.tsv", "\njuga\tadverb\n", "\nbaru-baru\tadverb\n", 0, "\"baru-baru\" is not one token of the text"},
		{"lexicon/titles.tsv", "\nmenlu\tperson\n", "\nmenlu\tperon\n", 0, "kind \"peron\" is none of person, media"},
		{"lexicon/titles.tsv", "\nmenlu\tperson\n", "\nmen-lu\tperson\n", 0, "\"men-lu\" is not words alone"},
		{"lexicon/title_abbreviations.tsv", "\nmenlu\tmenteri luar negeri\n", "\nmenlu\tmenteri  luar negeri\n", 0, "\"menteri  luar negeri\" has other white space"},
		{"actors/ministry_heads.tsv", "\nkemlu\tforeign-ministry\n", "\nkemlu\tforeign-minstry\n", 0, "ministry \"foreign-minstry\" is in no line of actors/ministries.tsv"},
		{"statements/words.tsv", "\nakan\tpredicate\n", "\nakan\tpredicat\n", 0, "unknown class \"predicat\" (known: predicate, source-noun, object-adverb, as-said, body-noun, anonymous, voice-cue, group-pronoun, group-head, pledge-verb, cited-by, administration, said-back, outsider, cite-verb)"},
		{"events/triggers.tsv", "\nbertemu\t040\t", "\nbertemu\t999\t", 0, "CAMEO code \"999\" is not in diplograph's CAMEO vocabulary"},
		{"events/triggers.tsv", "\nmengunjungi\t042\tactive\t0.8\t043\n", "\nmengunjungi\t042\tactive\t0.8\t044\n", 0, "CAMEO code \"044\" is not in diplograph's CAMEO vocabulary"},
		{"events/triggers.tsv", "\nbertemu\t040\tactive\t", "\nbertemu\t040\tactiv\t", 0, "voice \"activ\" is none of active, passive, noun, receive"},
		{"events/triggers.tsv", "\nbertemu\t040\tactive\t0.8\t", "\nbertemu\t040\tactive\t8\t", 0, "base \"8\" is not a confidence"},
		{"events/triggers.tsv", "\tsymmetric\n", "\tsymetric\n", 0, "flag \"symetric\" is none of symmetric, only-growth, owner-only, no-owner"},
		{"events/triggers.tsv", "\nsanksi\t163\t", "\nbertemu\t163\t", 0, "\"bertemu\" is listed twice"},
		{"events/context_cues.tsv", "\ntidak\tnegated\n", "\ntidak\tnegative\n", 0, "context \"negative\" is none of negated, hypothetical, alleged, future"},
		{"actors/words.tsv", "\nlatin\tplace-tail\n", "\nlatin\tplace-tail\nlatin\tplace-tail\n", 1, "\"latin\" is listed twice"},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.msg, func(t *testing.T) {
			fsys, line := brokenRules(t, tt.file, tt.old, tt.new)
			want := fmt.Sprintf("data/%s:%d: %s", tt.file, line+tt.after, tt.msg)
			_, err := loadRules(fsys, newTokenizer())
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("error %v, want one saying %q", err, want)
			}
		})
	}
}

// brokenRules is a copy of data/ with old replaced by new in one file (to
// break a line, or to add one), and the number of the line where the change
// starts (after the newline old may start with).
func brokenRules(t *testing.T, file, old, new string) (fstest.MapFS, int) {
	t.Helper()
	fsys := fstest.MapFS{}
	line := 0
	err := fs.WalkDir(ruleFiles, "data", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(ruleFiles, path)
		if path == "data/"+file {
			at := strings.Index(string(b), old)
			if at < 0 {
				t.Fatalf("%s holds no %q to break", path, old)
			}
			line = strings.Count(string(b[:at]), "\n") + 1
			if strings.HasPrefix(old, "\n") {
				line++
			}
			b = []byte(strings.Replace(string(b), old, new, 1))
		}
		fsys[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fsys, line
}

// TestAWordIsOneLine adds a speech verb, a trigger and a title to the data,
// one line each, and checks that extraction reads them.
func TestAWordIsOneLine(t *testing.T) {
	tests := []struct {
		file, old, new, para string
		found                func(analyzed) bool
	}{
		{"lexicon/speech_verbs.tsv", "\nmengatakan\n", "\nmengatakan\nbersabda\n",
			"Diplomat Rusia Anatoly Petrov bersabda bahwa Moskow akan menambah bantuan.", func(r analyzed) bool {
				return len(r.statements) == 1 && r.statements[0].Speaker == "anatoly-petrov" && strings.HasPrefix(r.statements[0].Text, "Moskow akan")
			}},
		{"events/triggers.tsv", "\nmendukung\t051\tactive\t0.75\n", "\nmendukung\t051\tactive\t0.75\nmenyokong\t051\tactive\t0.75\n",
			"Rusia menyokong Vietnam dalam sengketa itu.", func(r analyzed) bool {
				_, ok := r.hasEvent("rus", "vnm", "05")
				return ok
			}},
		{"lexicon/titles.tsv", "\ndiplomat\tperson\n", "\ndiplomat\tperson\nkonsul\tperson\n",
			"Konsul Rusia Anatoly Petrov tiba di Hanoi.", func(r analyzed) bool {
				a, ok := r.actor("anatoly-petrov")
				return ok && len(a.Roles) == 1 && a.Roles[0].Title == "Konsul Rusia" && a.Roles[0].Of == "rus"
			}},
	}
	for _, tt := range tests {
		p := page{Published: "2024-05-02", Paragraphs: []string{tt.para}}
		if tt.found(analyzePage(t, p)) {
			t.Errorf("%s: %q is read so before the line is added", tt.file, tt.para)
		}
		fsys, _ := brokenRules(t, tt.file, tt.old, tt.new)
		r, err := loadRules(fsys, newTokenizer())
		if err != nil {
			t.Fatal(err)
		}
		seg := r.segment.segment("", p.Paragraphs, maxAnalyzedSentences)
		a := (&Extractor{rules: r}).analyze(p, &seg, "", false)
		if !tt.found(a) {
			t.Errorf("%s: the added line is not read: actors %+v, statements %+v, events %+v", tt.file, a.actors, a.statements, a.events)
		}
	}
}
