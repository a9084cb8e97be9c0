package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeToyNERGrit writes a tiny corpus of our own in NERGrit's file layout.
func writeToyNERGrit(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var b strings.Builder
	for _, name := range []string{"Andalas", "Borneo", "Cendana", "Dahlia", "Elang", "Flores"} {
		b.WriteString("Presiden\tO\n" + name + "\tB-PERSON\ntiba\tO\ndi\tO\nKota\tB-PLACE\n" + name + "\tI-PLACE\n.\tO\n\n")
	}
	for _, split := range []string{"train", "valid", "test"} {
		path := filepath.Join(dir, "nergrit_ner-grit."+split+"_preprocess.txt")
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runCapture(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, stdio{in: strings.NewReader(""), out: &out, err: &errOut, getenv: func(string) string { return "" }})
	return out.String() + errOut.String(), err
}

func TestNERTrainThenEval(t *testing.T) {
	data := writeToyNERGrit(t)
	model := filepath.Join(t.TempDir(), "model.bin")
	out, err := runCapture(t, "ner", "train", "-data", data, "-splits", "train", "-epochs", "3", "-runs", "2", "-out", model)
	if err != nil {
		t.Fatalf("train: %v\n%s", err, out)
	}
	if !strings.Contains(out, "epoch  3  valid") || !strings.Contains(out, "written to "+model) {
		t.Fatalf("train output lacks the epoch report or the model path:\n%s", out)
	}
	out, err = runCapture(t, "ner", "eval", "-data", data, "-split", "test", "-model", model)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, out)
	}
	for _, want := range []string{"PERSON", "PLACE", "overall            1.000     1.000     1.000", "tokens/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
}

func TestNERRejectsBadUse(t *testing.T) {
	data := writeToyNERGrit(t)
	for _, args := range [][]string{
		{"ner"},
		{"ner", "tune"},
		{"ner", "eval", "-data", data, "-split", "dev"},
		{"ner", "train", "-data", data, "-splits", "train,other"},
	} {
		if _, err := runCapture(t, args...); !errors.Is(err, errUsage) {
			t.Errorf("%q: error %v, want a usage error", args, err)
		}
	}
	if _, err := runCapture(t, "ner", "eval", "-data", t.TempDir()); err == nil || !strings.Contains(err.Error(), "reading NER data") {
		t.Errorf("missing data: error %v, want one about reading NER data", err)
	}
	if _, err := runCapture(t, "ner", "eval", "-data", data, "-model", filepath.Join(data, "nergrit_ner-grit.test_preprocess.txt")); err == nil || !strings.Contains(err.Error(), "not a diplograph NER model") {
		t.Errorf("bad model file: error %v, want one naming it as not a model", err)
	}
}
