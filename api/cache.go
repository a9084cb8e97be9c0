package api

import (
	"bytes"
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
)

// Bounds of the response cache.
const (
	maxCacheEntries = 10_000
	maxCachedBody   = 1 << 20
)

// cache keeps the successful answers of the read endpoints for a short time
// (Config.CacheTTL). Dashboards ask the same questions over and over, and an
// answer about a dominant actor aggregates tens of thousands of events:
// within the TTL the graph is asked once, and concurrent requests for the
// same URL wait for the one in flight instead of all running the query.
// Answers may be up to the TTL old; an ingest through this server clears
// the cache at once, one by another process after the TTL.
type cache struct {
	ttl     time.Duration
	mu      sync.Mutex
	entries map[string]cached
	flights map[string]chan struct{}
}

type cached struct {
	contentType string
	body        []byte
	expires     time.Time
}

func newCache(ttl time.Duration) *cache {
	return &cache{ttl: ttl, entries: map[string]cached{}, flights: map[string]chan struct{}{}}
}

// middleware answers from the cache, or runs the handler once for all
// concurrent requests of the same URL and keeps a 200 answer.
func (k *cache) middleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		if k.ttl <= 0 || c.Request.Method != http.MethodGet {
			c.Next()
			return
		}
		key := c.Request.URL.Path + "?" + c.Request.URL.Query().Encode()
		for {
			hit, wait, lead := k.lookup(key)
			if hit != nil {
				c.Header("X-Cache", "hit")
				c.Data(http.StatusOK, hit.contentType, hit.body)
				c.Abort()
				return
			}
			if lead {
				break
			}
			select {
			case <-wait:
			case <-c.Request.Context().Done():
				c.Abort()
				return
			}
		}
		defer k.land(key)
		rec := &recorder{ResponseWriter: c.Writer}
		c.Writer = rec
		c.Header("X-Cache", "miss")
		c.Next()
		if rec.Status() == http.StatusOK && !rec.tooBig {
			k.store(key, cached{contentType: rec.Header().Get("Content-Type"), body: rec.buf.Bytes(), expires: time.Now().Add(k.ttl)})
		}
	}
}

// lookup returns a fresh entry, or says to wait for the request in flight,
// or makes the caller the one in flight (lead).
func (k *cache) lookup(key string) (hit *cached, wait chan struct{}, lead bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if e, ok := k.entries[key]; ok && time.Now().Before(e.expires) {
		return &e, nil, false
	}
	if ch, ok := k.flights[key]; ok {
		return nil, ch, false
	}
	k.flights[key] = make(chan struct{})
	return nil, nil, true
}

// land ends the flight of key, waking those who waited for it.
func (k *cache) land(key string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	close(k.flights[key])
	delete(k.flights, key)
}

func (k *cache) store(key string, e cached) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if len(k.entries) >= maxCacheEntries {
		now := time.Now()
		for key, old := range k.entries {
			if now.After(old.expires) {
				delete(k.entries, key)
			}
		}
		if len(k.entries) >= maxCacheEntries {
			clear(k.entries)
		}
	}
	k.entries[key] = e
}

// clear forgets every answer, after the graph changed.
func (k *cache) clear() {
	k.mu.Lock()
	defer k.mu.Unlock()
	clear(k.entries)
}

// recorder copies what a handler writes, up to maxCachedBody.
type recorder struct {
	gin.ResponseWriter
	buf    bytes.Buffer
	tooBig bool
}

func (r *recorder) Write(b []byte) (int, error) {
	r.keep(b)
	return r.ResponseWriter.Write(b)
}

func (r *recorder) WriteString(s string) (int, error) {
	r.keep([]byte(s))
	return r.ResponseWriter.WriteString(s)
}

func (r *recorder) keep(b []byte) {
	if r.buf.Len()+len(b) > maxCachedBody {
		r.tooBig = true
		return
	}
	r.buf.Write(b)
}
