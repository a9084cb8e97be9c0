package main

import (
	"strings"
	"testing"
)

// The README's configuration table is the one place users look up a
// setting, so every variable the binary reads must be in it.
func TestREADMEListsEveryVariable(t *testing.T) {
	readme := readRepoFile(t, "README.md")
	for name := range appEnvNames(t) {
		if !strings.Contains(readme, "| `"+name+"` |") {
			t.Errorf("README.md's Configuration table has no row for %s", name)
		}
	}
}
