package ner

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzEntities feeds arbitrary text, split on spaces, to the embedded model:
// no panic, and the spans are ordered, disjoint, inside the sentence and
// labelled with an entity type.
func FuzzEntities(f *testing.F) {
	tagger, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Menteri Luar Negeri Retno Marsudi tiba di Tokyo .")
	f.Add("KCNA : Kim Jong-un \xff\xfe ÄÖÜ 123 Ω")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		toks := strings.Split(text, " ")
		end := 0
		for _, e := range tagger.Entities(toks) {
			if e.Start < end || e.End <= e.Start || e.End > len(toks) {
				t.Fatalf("span [%d,%d) after %d in %d tokens", e.Start, e.End, end, len(toks))
			}
			if e.Label != "PERSON" && e.Label != "ORGANISATION" && e.Label != "PLACE" {
				t.Fatalf("label %q", e.Label)
			}
			end = e.End
		}
	})
}

// FuzzReadModel: arbitrary bytes give a model or an error, never a panic,
// and a model read back writes the same bytes.
func FuzzReadModel(f *testing.F) {
	f.Add(embeddedModel[:min(len(embeddedModel), 4096)])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		m.Tagger().Entities([]string{"Presiden", "Joko", "Widodo"})
	})
}

// FuzzReadSentences: arbitrary input gives sentences or an error, and the
// sentences have one valid label per token.
func FuzzReadSentences(f *testing.F) {
	f.Add("Retno\tB-PERSON\nMarsudi\tI-PERSON\n\ndi\tO\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadSentences(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range ss {
			if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Labels) {
				t.Fatalf("sentence %q", s)
			}
			for _, l := range s.Labels {
				if !validLabel(l) {
					t.Fatalf("label %q", l)
				}
			}
		}
	})
}
