package api

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
)

// problemListener gives problem+json answers to requests that net/http
// refuses before any handler sees them (a path with bad percent-encoding,
// malformed headers, headers too large), which it answers in plain text.
type problemListener struct{ net.Listener }

func (l problemListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return problemConn{c}, nil
}

// problemConn rewrites net/http's own error answers as they are written.
type problemConn struct{ net.Conn }

// plainErrorHeaders are the headers net/http writes, in this order and on
// their own, only on the answers it gives without a handler; every answer
// of the API has a request id and a JSON type instead.
const plainErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

func (c problemConn) Write(p []byte) (int, error) {
	statusLine, text, found := bytes.Cut(p, []byte(plainErrorHeaders))
	if !found || !bytes.HasPrefix(statusLine, []byte("HTTP/1.1 ")) || len(statusLine) < 12 {
		return c.Conn.Write(p)
	}
	status, err := strconv.Atoi(string(statusLine[9:12]))
	if err != nil {
		return c.Conn.Write(p)
	}
	if _, err := c.Conn.Write(problemResponse(status, string(text))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// problemResponse is a whole HTTP/1.1 response carrying a problem.
func problemResponse(status int, text string) []byte {
	var id [12]byte
	rand.Read(id[:])
	p := Problem{Type: problemType("bad-request"), Title: http.StatusText(status), Status: status,
		Detail:    "the request could not be read as HTTP (" + text + "), e.g. a path with bad percent-encoding",
		RequestID: hex.EncodeToString(id[:])}
	body, _ := json.Marshal(p)
	return fmt.Appendf(nil, "HTTP/1.1 %d %s\r\nContent-Type: application/problem+json\r\nContent-Length: %d\r\n"+
		"X-Request-ID: %s\r\nConnection: close\r\n\r\n%s", status, http.StatusText(status), len(body), p.RequestID, body)
}
