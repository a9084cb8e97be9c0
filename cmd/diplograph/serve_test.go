package main

import (
	"flag"
	"io"
	"strings"
	"testing"
	"time"
)

func serveConfig(args []string, env map[string]string) (string, error) {
	getenv := func(k string) string { return env[k] }
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := newServeFlags(fs, getenv)
	if err := fs.Parse(args); err != nil {
		return "", err
	}
	cfg, grace, err := f.config(getenv)
	if err != nil {
		return "", err
	}
	return strings.Join([]string{*f.listen, cfg.Token, strings.Join(cfg.CORSOrigins, "|"), cfg.CypherTimeout.String(),
		time.Duration(cfg.CypherMaxRows).String(), cfg.CacheTTL.String(), grace.String()}, " "), nil
}

func TestServeSettings(t *testing.T) {
	got, err := serveConfig(nil, map[string]string{"DIPLOGRAPH_API_TOKEN": "0123456789abcdef0",
		"DIPLOGRAPH_CORS_ORIGINS": "https://a.example, https://b.example", "DIPLOGRAPH_CACHE_TTL": "0"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "127.0.0.1:8080 0123456789abcdef0 https://a.example|https://b.example 10s 1µs 0s 15s"; got != want {
		t.Errorf("defaults and environment:\n got %s\nwant %s", got, want)
	}
	got, err = serveConfig([]string{"-listen", "127.0.0.1:9", "-cypher-timeout", "2s"}, map[string]string{"DIPLOGRAPH_LISTEN": "127.0.0.1:1"})
	if err != nil || !strings.HasPrefix(got, "127.0.0.1:9  ") || !strings.Contains(got, " 2s ") {
		t.Errorf("flags over environment: %q %v", got, err)
	}
	for env, name := range map[string]string{
		"DIPLOGRAPH_API_TOKEN=tok3n":     "DIPLOGRAPH_API_TOKEN",
		"DIPLOGRAPH_CYPHER_TIMEOUT=soon": "DIPLOGRAPH_CYPHER_TIMEOUT",
		"DIPLOGRAPH_CYPHER_TIMEOUT=-1s":  "DIPLOGRAPH_CYPHER_TIMEOUT",
		"DIPLOGRAPH_CYPHER_MAX_ROWS=0":   "DIPLOGRAPH_CYPHER_MAX_ROWS",
		"DIPLOGRAPH_MAX_BODY_BYTES=1k":   "DIPLOGRAPH_MAX_BODY_BYTES",
		"DIPLOGRAPH_CACHE_TTL=forever":   "DIPLOGRAPH_CACHE_TTL",
		"DIPLOGRAPH_SHUTDOWN_GRACE=x":    "DIPLOGRAPH_SHUTDOWN_GRACE",
		"DIPLOGRAPH_LISTEN=localhost":    "DIPLOGRAPH_LISTEN",
	} {
		k, v, _ := strings.Cut(env, "=")
		_, err := serveConfig(nil, map[string]string{k: v})
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: error %v does not name %s", env, err, name)
		}
		if err != nil && k == "DIPLOGRAPH_API_TOKEN" && strings.Contains(err.Error(), v) {
			t.Errorf("the error shows the token: %v", err)
		}
	}
}
