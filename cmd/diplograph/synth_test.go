package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func synthOut(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"synth"}, args...), stdio{in: strings.NewReader(""), out: &out, err: &errOut, getenv: func(string) string { return "" }})
	return out.String(), err
}

func TestSynthWritesNArticlesTheSameForTheSameSeed(t *testing.T) {
	a, err := synthOut(t, "-n", "25", "-seed", "3")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(a, "\n"), "\n")
	if len(lines) != 25 {
		t.Fatalf("%d lines, want 25", len(lines))
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"url", "title", "published", "outlet", "text"} {
		if s, _ := rec[k].(string); s == "" {
			t.Errorf("a record lacks %q: %v", k, rec)
		}
	}
	if b, _ := synthOut(t, "-n", "25", "-seed", "3"); b != a {
		t.Error("the same seed gave another corpus")
	}
	if _, err := synthOut(t, "-n", "-1"); err == nil {
		t.Error("a negative -n was accepted")
	}
}
