package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// schemathesis finds the schemathesis that scripts/test installs from
// scripts/schemathesis/requirements.txt, or skips (fails under CI=true).
func schemathesis(t *testing.T) string {
	t.Helper()
	st := os.Getenv("DIPLOGRAPH_SCHEMATHESIS")
	if st == "" {
		st, _ = filepath.Abs("../../.tools/schemathesis/bin/st")
	}
	if _, err := os.Stat(st); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("schemathesis is not installed (%v): scripts/test installs it", err)
		}
		t.Skipf("schemathesis is not installed (%v): `make test` installs it from scripts/schemathesis/requirements.txt", err)
	}
	return st
}

var stWarnings = regexp.MustCompile(`(?s)=+ WARNINGS =+.*?=+ SUMMARY`)

var stSummary = regexp.MustCompile(`(?m)^\s*[0-9]+ generated.*$|^=+ .* in [0-9.]+s =+$`)

// TestAPIPassesSchemathesis runs every check of schemathesis, property-based
// cases generated from the served OpenAPI document, against the real server
// on the sample graph: the answers must be what the document says, and the
// server must accept what it allows and refuse what it forbids.
func TestAPIPassesSchemathesis(t *testing.T) {
	st := schemathesis(t)
	getenv, _ := ingestGraph(t)
	if out, err := runCommand(t, getenv, "ingest", "../../samples"); err != nil {
		t.Fatalf("ingesting the samples: %v\n%s", err, out)
	}
	s := serve(t, "DIPLOGRAPH_API_TOKEN="+testAPIToken, "DIPLOGRAPH_TOKEN_RATE=0")
	s.waitReady(t)
	config, err := filepath.Abs("../../scripts/schemathesis/schemathesis.toml")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(st, "--config-file", config, "run", s.api+"openapi.json", "--checks", "all",
		"--header", "Authorization: Bearer "+testAPIToken)
	// Hypothesis keeps its database and schemathesis its reports in the
	// working directory.
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "COLUMNS=120")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("schemathesis: %v\n%s", err, tail(string(out), 20000))
	}
	t.Log(strings.Join(stSummary.FindAllString(string(out), -1), "\n"))
	if warnings := stWarnings.FindString(string(out)); warnings != "" {
		t.Log(warnings)
	}
}
