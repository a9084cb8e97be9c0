package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// neo4jEnv gives a subcommand the test server's settings as its environment.
func neo4jEnv(t *testing.T) func(string) string {
	cfg := neo4jtest.Config(t)
	env := map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USER": cfg.User, "NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database}
	return func(name string) string { return env[name] }
}

func runCommand(t *testing.T, getenv func(string) string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, stdio{in: strings.NewReader(""), out: &out, err: &errOut, getenv: getenv})
	return out.String(), err
}

func TestMigrateCommandTwiceThenStatus(t *testing.T) {
	getenv := neo4jEnv(t)
	if _, err := runCommand(t, getenv, "migrate"); err != nil {
		t.Fatal(err)
	}
	out, err := runCommand(t, getenv, "migrate")
	if err != nil {
		t.Fatal(err)
	}
	if out != "schema is up to date\n" {
		t.Errorf("second migrate printed %q", out)
	}
	out, err = runCommand(t, getenv, "migrate", "status")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"V0001__constraints.cypher", "V0002__fulltext.cypher", "V0003__timeline_indexes.cypher"} {
		line := regexp.MustCompile(`(?m)^\d{4}\s+` + regexp.QuoteMeta(file) + `\s+applied\s+\d{4}-\d\d-\d\dT`)
		if !line.MatchString(out) {
			t.Errorf("status does not list %s as applied with its time:\n%s", file, out)
		}
	}
}

func TestMigrateCommandNamesTheBadSetting(t *testing.T) {
	getenv := neo4jEnv(t)
	for name, value := range map[string]string{
		"NEO4J_URI":           "http://127.0.0.1:7474",
		"NEO4J_PASSWORD":      "wrong-password-0815",
		"NEO4J_QUERY_TIMEOUT": "soon",
		"NEO4J_MAX_POOL":      "0",
		"NEO4J_DATABASE":      "nosuchdatabase",
	} {
		env := func(n string) string {
			if n == name {
				return value
			}
			return getenv(n)
		}
		_, err := runCommand(t, env, "migrate", "status")
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%q: want an error naming %s, got %v", name, value, name, err)
		}
		if err != nil && name == "NEO4J_PASSWORD" && strings.Contains(err.Error(), value) {
			t.Errorf("the error shows the password: %v", err)
		}
	}
}
