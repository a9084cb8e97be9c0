package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeExamples returns every curl command of the README that calls the
// API ("$api/..."), continuation lines joined, keyed by what follows $api/.
func readmeExamples(t *testing.T) map[string]string {
	t.Helper()
	readme := readRepoFile(t, "README.md")
	examples := map[string]string{}
	var cmd strings.Builder
	for line := range strings.SplitSeq(readme, "\n") {
		cmd.WriteString(strings.TrimSpace(line))
		if strings.HasSuffix(cmd.String(), `\`) {
			cmd.WriteString("\n")
			continue
		}
		text := cmd.String()
		cmd.Reset()
		if !strings.HasPrefix(text, "curl ") || !strings.Contains(text, "$api") {
			continue
		}
		m := regexp.MustCompile(`"\$api/([^"]*)"`).FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("a README example calls $api without quotes: %s", text)
		}
		examples[m[1]] = text
	}
	return examples
}

// answer is what one example got: the status and the body, printed or
// written to the file the example names.
type answer struct {
	status string
	body   []byte
}

func (a answer) json(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(a.body, v); err != nil {
		t.Fatalf("not JSON: %v\n%.300s", err, a.body)
	}
}

// item is the little of an answer's items the checks read.
type item struct {
	ID, Date, Status string
	Kind             string
	Nodes            []struct{ ID string }
	Speaker          struct{ ID string }
	Counterpart      struct{ ID string }
	Error            string
}

type listAnswer struct {
	Items []item
}

// readmeChecks say what each example of the README must answer on the
// served samples; an example without a check fails the test, so that a new
// example cannot go untried.
var readmeChecks = map[string]func(t *testing.T, a answer){
	"actors?q=kim+jong&type=person": func(t *testing.T, a answer) {
		var l listAnswer
		a.json(t, &l)
		if !hasID(l.Items, "kim-jong-un") {
			t.Errorf("no kim-jong-un: %+v", l.Items)
		}
	},
	"actors/kim-jong-un": func(t *testing.T, a answer) {
		var v struct{ ID, Name string }
		if a.json(t, &v); v.ID != "kim-jong-un" || v.Name != "Kim Jong Un" {
			t.Errorf("got %+v", v)
		}
	},
	"actors/kim-jong-un/timeline?from=2023-01-01&to=2023-12-31&quad_class=1": datedItems("2023", false),
	"relations/rus/prk/timeline?order=desc&limit=20":                         datedItems("20", true),
	"timeline/histogram?interval=month&actor=rus&counterpart=prk": func(t *testing.T, a answer) {
		var l struct{ Items []struct{ Start string } }
		if a.json(t, &l); len(l.Items) == 0 || !strings.HasSuffix(l.Items[0].Start, "-01") {
			t.Errorf("months: %+v", l.Items)
		}
	},
	"actors/rus/relations?from=2023-01-01": func(t *testing.T, a answer) {
		var l listAnswer
		if a.json(t, &l); len(l.Items) == 0 || l.Items[0].Counterpart.ID != "prk" {
			t.Errorf("Russia's first counterpart: %+v", l.Items)
		}
	},
	"actors/rus/network?depth=2&limit=30": func(t *testing.T, a answer) {
		var n struct{ Nodes, Edges []struct{ ID string } }
		if a.json(t, &n); len(n.Nodes) < 2 || len(n.Nodes) > 30 || n.Nodes[0].ID != "rus" || len(n.Edges) == 0 {
			t.Errorf("network: %d nodes, %d edges", len(n.Nodes), len(n.Edges))
		}
	},
	"paths?from=antony-blinken&to=kim-jong-un": pathBetween("antony-blinken", "kim-jong-un"),
	"paths?from=rus&to=rus":                    pathBetween("rus", "rus"),
	"graph?from=2023-01-01&min_weight=2": func(t *testing.T, a answer) {
		var g struct {
			Nodes []any
			Edges []struct{ Data struct{ Weight int } }
		}
		a.json(t, &g)
		if len(g.Nodes) == 0 || len(g.Edges) == 0 {
			t.Errorf("an empty graph")
		}
		for _, e := range g.Edges {
			if e.Data.Weight < 2 {
				t.Errorf("an edge of weight %d under min_weight=2", e.Data.Weight)
			}
		}
	},
	"graph?format=graphml&from=2023-01-01": contains("<graphml", "<edge "),
	"statements?speaker=vladimir-putin&q=ukraina": func(t *testing.T, a answer) {
		var l listAnswer
		if a.json(t, &l); len(l.Items) == 0 || l.Items[0].Speaker.ID != "vladimir-putin" {
			t.Errorf("statements: %+v", l.Items)
		}
	},
	"events?format=csv&actor=rus&from=2023-01-01": func(t *testing.T, a answer) {
		lines := strings.Split(strings.TrimSpace(string(a.body)), "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[0], "id,date,source_id") {
			t.Errorf("CSV: %.300s", a.body)
		}
	},
	"articles?actor=kim-jong-un&from=2023-01-01&limit=5": func(t *testing.T, a answer) {
		var l listAnswer
		if a.json(t, &l); len(l.Items) == 0 || len(l.Items) > 5 {
			t.Errorf("%d articles", len(l.Items))
		}
	},
	"": contains(`"openapi":"/api/v1/openapi.json"`, `"path":"/api/v1/cypher"`),
	"articles": func(t *testing.T, a answer) {
		var r struct{ Articles []item }
		if a.json(t, &r); a.status != "201" || len(r.Articles) != 1 || r.Articles[0].Status != "new" || r.Articles[0].ID == "" {
			t.Errorf("ingest: %s %s", a.status, a.body)
		}
	},
	"cypher": func(t *testing.T, a answer) {
		var r struct {
			Columns []string
			Rows    [][]any
		}
		if a.json(t, &r); strings.Join(r.Columns, ",") != "date,cameo,target" || len(r.Rows) == 0 {
			t.Errorf("cypher: %s", a.body)
		}
	},
}

func hasID(items []item, id string) bool {
	for _, it := range items {
		if it.ID == id {
			return true
		}
	}
	return false
}

// datedItems checks a timeline: not empty, every date starting with prefix,
// newest first when desc.
func datedItems(prefix string, desc bool) func(t *testing.T, a answer) {
	return func(t *testing.T, a answer) {
		var l listAnswer
		if a.json(t, &l); len(l.Items) == 0 {
			t.Fatal("an empty timeline")
		}
		for i, it := range l.Items {
			if !strings.HasPrefix(it.Date, prefix) || desc && i > 0 && it.Date > l.Items[i-1].Date {
				t.Errorf("item %d dated %s", i, it.Date)
			}
		}
	}
}

func pathBetween(from, to string) func(t *testing.T, a answer) {
	return func(t *testing.T, a answer) {
		var l listAnswer
		if a.json(t, &l); len(l.Items) == 0 {
			t.Fatal("no path")
		}
		nodes := l.Items[0].Nodes
		if len(nodes) == 0 || nodes[0].ID != from || nodes[len(nodes)-1].ID != to {
			t.Errorf("path: %+v", nodes)
		}
	}
}

func contains(parts ...string) func(t *testing.T, a answer) {
	return func(t *testing.T, a answer) {
		for _, p := range parts {
			if !strings.Contains(string(a.body), p) {
				t.Errorf("no %q in %.300s", p, a.body)
			}
		}
	}
}

var redirect = regexp.MustCompile(`\s>\s*(\S+)`)

// TestREADMEExamplesAnswerAsPrinted runs every curl example of the README,
// as pasted in a shell after `make run`, against a served sample graph, and
// checks each answer.
func TestREADMEExamplesAnswerAsPrinted(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("curl is missing")
	}
	examples := readmeExamples(t)
	getenv, _ := ingestGraph(t)
	if out, err := runCommand(t, getenv, "ingest", "../../samples"); err != nil {
		t.Fatalf("ingesting the samples: %v\n%s", err, out)
	}
	s := serve(t, "DIPLOGRAPH_API_TOKEN="+testAPIToken)
	s.waitReady(t)
	for key := range readmeChecks {
		if examples[key] == "" {
			t.Errorf("the README no longer has the example of $api/%s: drop its check", key)
		}
	}
	for key, cmd := range examples {
		t.Run(key, func(t *testing.T) {
			check := readmeChecks[key]
			if check == nil {
				t.Fatalf("no check for the README's example %s: add one to readmeChecks", cmd)
			}
			a := runExample(t, s, cmd)
			if a.status != "200" && a.status != "201" {
				t.Fatalf("%s\nanswered %s: %.500s", cmd, a.status, a.body)
			}
			check(t, a)
		})
	}
}

// runExample runs one example in bash as a user would, with api and the
// token set, and curl reporting the status on stderr.
func runExample(t *testing.T, s *served, cmd string) answer {
	t.Helper()
	dir := t.TempDir()
	script := `curl() { command curl -w '%{stderr}%{http_code}' "$@"; }` + "\n" + cmd
	c := exec.Command("bash", "-c", script)
	c.Dir = dir
	c.Env = append(os.Environ(), "api="+strings.TrimSuffix(s.api, "/"), "DIPLOGRAPH_API_TOKEN="+testAPIToken)
	var out, status strings.Builder
	c.Stdout, c.Stderr = &out, &status
	if err := c.Run(); err != nil {
		t.Fatalf("%s: %v %s", cmd, err, status.String())
	}
	a := answer{status: strings.TrimSpace(status.String()), body: []byte(out.String())}
	if m := redirect.FindStringSubmatch(cmd); m != nil {
		body, err := os.ReadFile(filepath.Join(dir, m[1]))
		if err != nil {
			t.Fatal(err)
		}
		a.body = body
	}
	return a
}
