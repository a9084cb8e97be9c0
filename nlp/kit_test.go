package nlp

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// kitDir is the evaluation kit and corpus beside the repository: ../shared
// from the repository's root, or ../../shared for a git worktree kept in a
// folder of worktrees; "" when neither holds it.
var kitDir = sync.OnceValue(func() string {
	for _, d := range []string{"../../shared", "../../../shared"} {
		if _, err := os.Stat(filepath.Join(d, "eval", "score.py")); err == nil {
			return d
		}
	}
	return ""
})

// kitPath returns a path inside the evaluation kit. Without the kit the
// test is skipped, except under CI=true, where the kit must be there.
func kitPath(t testing.TB, parts ...string) string {
	t.Helper()
	dir := kitDir()
	if dir == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no evaluation kit (../shared beside the repository), which CI=true requires")
		}
		t.Skip("no evaluation kit (../shared beside the repository): skipped")
	}
	return filepath.Join(append([]string{dir}, parts...)...)
}
