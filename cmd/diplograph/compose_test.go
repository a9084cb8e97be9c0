package main

import (
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// composeFile is the part of docker-compose.yml that must agree with the app.
type composeFile struct {
	Services map[string]composeService `yaml:"services"`
	Volumes  map[string]any            `yaml:"volumes"`
}

type composeService struct {
	Image       string            `yaml:"image"`
	Build       any               `yaml:"build"`
	Command     []string          `yaml:"command"`
	Environment map[string]string `yaml:"environment"`
	Ports       []string          `yaml:"ports"`
	Volumes     []string          `yaml:"volumes"`
	Healthcheck struct {
		Test []string `yaml:"test"`
	} `yaml:"healthcheck"`
	DependsOn map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
}

func readRepoFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", path))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func loadCompose(t *testing.T) composeFile {
	t.Helper()
	var c composeFile
	if err := yaml.Unmarshal([]byte(readRepoFile(t, "docker-compose.yml")), &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	return c
}

// appEnvNames are the environment variables the binary reads: every
// "NEO4J_..." or "DIPLOGRAPH_..." string literal in cmd/diplograph.
func appEnvNames(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	literal := regexp.MustCompile(`"((?:NEO4J|DIPLOGRAPH)_[A-Z0-9_]+)"`)
	names := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(data), -1) {
			names[m[1]] = true
		}
	}
	return names
}

// containerPorts gives the container side of "host:port:container" entries.
func containerPorts(ports []string) []string {
	var out []string
	for _, p := range ports {
		out = append(out, p[strings.LastIndex(p, ":")+1:])
	}
	return out
}

func TestComposeNeo4jMatchesThePinnedVersion(t *testing.T) {
	c := loadCompose(t)
	neo, ok := c.Services["neo4j"]
	if !ok {
		t.Fatal("docker-compose.yml has no neo4j service")
	}
	pinned := regexp.MustCompile(`<neo4j.version>(\d+)\.(\d+)\.\d+</neo4j.version>`).FindStringSubmatch(readRepoFile(t, "scripts/neo4j-launcher/pom.xml"))
	if pinned == nil {
		t.Fatal("scripts/neo4j-launcher/pom.xml pins no neo4j.version")
	}
	if want := "neo4j:" + pinned[1] + "." + pinned[2] + "-community"; neo.Image != want {
		t.Errorf("neo4j image %q, want %q as pinned for scripts/neo4j", neo.Image, want)
	}
	if !strings.HasPrefix(neo.Environment["NEO4J_AUTH"], "neo4j/${NEO4J_PASSWORD") {
		t.Errorf("NEO4J_AUTH %q must turn auth on with NEO4J_PASSWORD", neo.Environment["NEO4J_AUTH"])
	}
	if len(neo.Healthcheck.Test) == 0 {
		t.Error("neo4j has no health check")
	}
	if !slices.Contains(neo.Volumes, "neo4j-data:/data") {
		t.Errorf("neo4j volumes %v: want the named volume neo4j-data on /data", neo.Volumes)
	}
	if _, ok := c.Volumes["neo4j-data"]; !ok {
		t.Error("volume neo4j-data is not declared")
	}
	// The same ports as scripts/neo4j's local server, so that the README's
	// NEO4J_URI works with either.
	script := readRepoFile(t, "scripts/neo4j")
	defaults := regexp.MustCompile(`main\) default_bolt=(\d+) default_http=(\d+)`).FindStringSubmatch(script)
	if defaults == nil {
		t.Fatal("scripts/neo4j: default ports not found")
	}
	for _, p := range defaults[1:] {
		if !slices.Contains(neo.Ports, "127.0.0.1:"+p+":"+p) {
			t.Errorf("neo4j ports %v: want 127.0.0.1:%s:%s", neo.Ports, p, p)
		}
	}
}

func TestComposeAppServicesUseTheAppsVariables(t *testing.T) {
	c := loadCompose(t)
	names := appEnvNames(t)
	neoPorts := containerPorts(c.Services["neo4j"].Ports)
	apps := 0
	for name, s := range c.Services {
		if s.Build == nil {
			continue
		}
		apps++
		for v := range s.Environment {
			if !names[v] {
				t.Errorf("service %s sets %s, which diplograph does not read", name, v)
			}
		}
		for _, v := range []string{"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD"} {
			if s.Environment[v] == "" {
				t.Errorf("service %s does not set %s", name, v)
			}
		}
		u, err := url.Parse(s.Environment["NEO4J_URI"])
		if err != nil || u.Hostname() != "neo4j" || !slices.Contains(neoPorts, u.Port()) {
			t.Errorf("service %s: NEO4J_URI %q must name the neo4j service on a port it exposes (%v)", name, s.Environment["NEO4J_URI"], neoPorts)
		}
		if d, ok := s.DependsOn["neo4j"]; ok && d.Condition != "service_healthy" {
			t.Errorf("service %s starts on neo4j %s, want service_healthy", name, d.Condition)
		}
	}
	if apps == 0 {
		t.Fatal("no service is built from the Dockerfile")
	}

	app := c.Services["diplograph"]
	if !slices.Equal(app.Command, []string{"serve"}) {
		t.Errorf("diplograph command %v, want [serve]", app.Command)
	}
	if app.DependsOn["neo4j"].Condition != "service_healthy" || app.DependsOn["migrate"].Condition != "service_completed_successfully" {
		t.Errorf("diplograph must start after neo4j is healthy and migrate has finished: %+v", app.DependsOn)
	}
	if m := c.Services["migrate"]; !slices.Equal(m.Command, []string{"migrate"}) || m.DependsOn["neo4j"].Condition != "service_healthy" {
		t.Errorf("migrate service: command %v, depends_on %+v", m.Command, m.DependsOn)
	}
	_, port, err := net.SplitHostPort(app.Environment["DIPLOGRAPH_LISTEN"])
	if err != nil || !slices.Contains(containerPorts(app.Ports), port) {
		t.Errorf("DIPLOGRAPH_LISTEN %q must listen on a published port (%v)", app.Environment["DIPLOGRAPH_LISTEN"], app.Ports)
	}
}

func TestDockerfileBuildsWithTheModulesGo(t *testing.T) {
	goVersion := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindStringSubmatch(readRepoFile(t, "go.mod"))
	if goVersion == nil {
		t.Fatal("go.mod has no go line")
	}
	docker := readRepoFile(t, "Dockerfile")
	if !strings.Contains(docker, "FROM golang:"+goVersion[1]+" AS build") {
		t.Errorf("Dockerfile must build with golang:%s, the go.mod version", goVersion[1])
	}
	if !strings.Contains(docker, "./cmd/diplograph") {
		t.Error("Dockerfile does not build ./cmd/diplograph")
	}
}
