package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

const testAPIToken = "test-token-0123456789abcdef"

// httpDo sends a request, a JSON body when body is not empty, and returns
// the status and the body read to its end.
func httpDo(ctx context.Context, method, url, token, body string) (int, []byte, error) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// A researcher's query whose answer would be some 120 MB of JSON: the API
// must refuse it while reading, holding no more than its byte limit
// (DIPLOGRAPH_CYPHER_MAX_BYTES, 16 MiB) and a row, and grow by less than
// 64 MB doing so.
func TestCypherAnswerOf100MBKeepsTheAPIsMemoryBounded(t *testing.T) {
	s := serve(t, "DIPLOGRAPH_API_TOKEN="+testAPIToken)
	s.waitReady(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ask := func(query string) (int, []byte) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"query": query, "max_rows": 1000})
		status, answer, err := httpDo(ctx, "POST", s.api+"cypher", testAPIToken, string(body))
		if err != nil {
			t.Fatal(err)
		}
		return status, answer
	}
	// Warm up: a small answer brings in the code and pools of the path.
	if status, answer := ask("UNWIND range(1, 100) AS i RETURN i, [x IN range(1, 100) | 'abcdefghi'] AS s"); status != 200 {
		t.Fatalf("a small answer: %d %s", status, answer)
	}
	before := s.memory(t, "VmRSS")
	s.resetPeak(t)
	// 1000 rows of 10,000 nine-letter strings: 12 bytes each in JSON.
	status, answer := ask("UNWIND range(1, 1000) AS i RETURN i, [x IN range(1, 10000) | 'abcdefghi'] AS s")
	peak := s.memory(t, "VmHWM")
	var p struct{ Type string }
	json.Unmarshal(answer, &p)
	if status != 422 || p.Type != "urn:diplograph:problem:result-too-large" {
		t.Fatalf("a 120 MB answer: %d %.300s", status, answer)
	}
	growth := peak - before
	t.Logf("resident memory %d MB before, peak %d MB while answering (+%d MB)", before>>20, peak>>20, growth>>20)
	if growth >= 64<<20 {
		t.Errorf("the API grew by %d MB answering a 120 MB query; want less than 64 MB", growth>>20)
	}
}

// Requests that net/http refuses before any handler (a path with bad
// percent-encoding) and a bad escape in the query are problems, from the
// real server too.
func TestServedAPIAnswersUnreadableRequestsWithProblems(t *testing.T) {
	s := serve(t)
	s.waitReady(t)
	u, err := url.Parse(s.api)
	if err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/api/v1/actors/%ZZ", "/api/v1/actors?q=%ZZ"} {
		conn, err := net.Dial("tcp", u.Host)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, u.Host)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		conn.Close()
		var p struct {
			Status int
			Field  string
		}
		if json.Unmarshal(body, &p); resp.StatusCode != 400 || p.Status != 400 ||
			resp.Header.Get("Content-Type") != "application/problem+json" {
			t.Errorf("GET %s: %d %q %s", target, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
		if strings.Contains(target, "?q=") && p.Field != "q" {
			t.Errorf("GET %s names field %q, want q", target, p.Field)
		}
	}
}
