package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// The tests here run the real binary, as `make run` and users do: built
// without the race detector, so that what they measure is what ships.

// binDir holds the binary built for this test run; TestMain removes it.
var binDir = filepath.Join(os.TempDir(), fmt.Sprintf("diplograph-test-%d", os.Getpid()))

var buildOnce = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(binDir, "diplograph")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// binary builds cmd/diplograph once per test run and returns its path.
func binary(t *testing.T) string {
	t.Helper()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// served is a `diplograph serve` running for a test.
type served struct {
	cmd *exec.Cmd
	// api is the URL of /api/v1/, as serve prints it.
	api string
}

var servingLine = regexp.MustCompile(`serving at (http://\S+/api/v1/)`)

// serve starts `diplograph serve` on a free port against the test Neo4j,
// with env added to its environment, and stops it when the test ends.
func serve(t *testing.T, env ...string) *served {
	t.Helper()
	cfg := neo4jtest.Config(t)
	cmd := exec.Command(binary(t), "serve")
	cmd.Env = append(os.Environ(), "NEO4J_URI="+cfg.URI, "NEO4J_USER="+cfg.User, "NEO4J_PASSWORD="+cfg.Password,
		"DIPLOGRAPH_LISTEN=127.0.0.1:0")
	cmd.Env = append(cmd.Env, env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	logs, err := os.Create(filepath.Join(t.TempDir(), "serve.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		if t.Failed() {
			log, _ := os.ReadFile(logs.Name())
			t.Logf("serve's log (last 3000 bytes):\n%s", tail(string(log), 3000))
		}
	})
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if m := servingLine.FindStringSubmatch(lines.Text()); m != nil {
			go func() {
				for lines.Scan() {
				}
			}()
			return &served{cmd: cmd, api: m[1]}
		}
	}
	t.Fatalf("serve printed no URL")
	return nil
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// memory reads a line of /proc/PID/status, in bytes.
func (s *served) memory(t *testing.T, field string) int64 {
	t.Helper()
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.SplitSeq(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			return kb << 10
		}
	}
	t.Fatalf("no %s in /proc/PID/status", field)
	return 0
}

// resetPeak makes the kernel count the peak resident memory (VmHWM) from
// now on.
func (s *served) resetPeak(t *testing.T) {
	t.Helper()
	if err := os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", s.cmd.Process.Pid), []byte("5"), 0); err != nil {
		t.Skipf("cannot reset the peak memory of a process here: %v", err)
	}
}

// waitReady waits until the served API answers /readyz.
func (s *served) waitReady(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for ctx.Err() == nil {
		if status, _, err := httpDo(ctx, "GET", s.api+"readyz", "", ""); err == nil && status == 200 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the API never became ready")
}
