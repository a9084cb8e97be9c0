package api

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math"
	"mime"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// requestIDKey is where the request id is kept on the gin context.
const requestIDKey = "request_id"

// requestIDPattern is what an incoming X-Request-ID must look like to be
// kept; anything else (too long, odd characters that could forge log lines)
// is replaced by a fresh id.
var requestIDPattern = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,64}$`)

// requestID gives every request an id, the client's when it sent a sane
// one, and returns it in X-Request-ID.
func requestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetHeader("X-Request-ID")
		if !requestIDPattern.MatchString(id) {
			var b [12]byte
			rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		c.Set(requestIDKey, id)
		c.Header("X-Request-ID", id)
		c.Next()
	}
}

// accessLog writes one structured line per request. It never logs headers,
// so tokens stay out of the log.
func (s *Server) accessLog() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		s.log.LogAttrs(c.Request.Context(), levelFor(c.Writer.Status()), "request",
			slog.String("request_id", c.GetString(requestIDKey)),
			slog.String("method", c.Request.Method),
			slog.String("path", c.Request.URL.Path),
			slog.String("route", route),
			slog.Int("status", c.Writer.Status()),
			slog.Int("bytes", c.Writer.Size()),
			slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000),
			slog.String("client", c.ClientIP()),
		)
	}
}

// levelFor logs server errors as errors and the rest as information.
func levelFor(status int) slog.Level {
	if status >= 500 {
		return slog.LevelError
	}
	return slog.LevelInfo
}

// recovery turns a panic in a handler into a 500 problem and a log line.
func (s *Server) recovery() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.fail(c, fmt.Errorf("panic: %v", v))
			}
		}()
		c.Next()
	}
}

// cors lets the configured origins call the API from browsers, and answers
// their preflight requests.
func (s *Server) cors() gin.HandlerFunc {
	any := slices.Contains(s.cfg.CORSOrigins, "*")
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		if origin == "" {
			c.Next()
			return
		}
		c.Header("Vary", "Origin")
		if !any && !slices.Contains(s.cfg.CORSOrigins, origin) {
			c.Next()
			return
		}
		c.Header("Access-Control-Allow-Origin", origin)
		c.Header("Access-Control-Expose-Headers", "X-Request-ID")
		if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
			c.Header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			c.Header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-ID")
			c.Header("Access-Control-Max-Age", "600")
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}

// requireToken guards an endpoint with the bearer token. Without a token
// configured the endpoint is off (503), never open.
func (s *Server) requireToken() gin.HandlerFunc {
	want := sha256.Sum256([]byte(s.cfg.Token))
	return func(c *gin.Context) {
		if s.cfg.Token == "" {
			problem(c, http.StatusServiceUnavailable, "token-not-configured", "Endpoint disabled",
				"this endpoint needs a bearer token, and the server has none: set DIPLOGRAPH_API_TOKEN")
			return
		}
		got, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
		// Comparing digests in constant time hides the token's length
		// and content from timing.
		sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
		if !ok || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			c.Header("WWW-Authenticate", `Bearer realm="diplograph"`)
			problem(c, http.StatusUnauthorized, "unauthorized", "Unauthorized",
				"send the API token as 'Authorization: Bearer TOKEN'")
			return
		}
		c.Next()
	}
}

// limitRate holds the token's requests to its rate: past the burst, a
// request is refused with 429 and Retry-After saying when the next one is
// allowed, instead of queueing work on Neo4j.
func (s *Server) limitRate() gin.HandlerFunc {
	return func(c *gin.Context) {
		r := s.tokenLimit.Reserve()
		if delay := r.Delay(); delay > 0 {
			r.Cancel()
			c.Header("Retry-After", strconv.Itoa(int(math.Ceil(delay.Seconds()))))
			problem(c, http.StatusTooManyRequests, "rate-limited", "Too many requests",
				fmt.Sprintf("this token may send %g requests a second (bursts of %d); retry after %s",
					s.cfg.TokenRate, s.cfg.TokenBurst, delay.Round(time.Millisecond)))
			return
		}
		c.Next()
	}
}

// requireJSON refuses a body not declared as JSON.
func requireJSON() gin.HandlerFunc {
	return func(c *gin.Context) {
		ct := c.GetHeader("Content-Type")
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			problem(c, http.StatusUnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
				fmt.Sprintf("send the body as JSON with Content-Type: application/json, not %q", ct))
			return
		}
		c.Next()
	}
}

// limitBody bounds the request body, so a huge upload fails early.
func (s *Server) limitBody() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, s.cfg.MaxBodyBytes)
		c.Next()
	}
}
