package api

import (
	"bytes"
	"context"
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
// answer about a busy actor aggregates thousands of events: within the TTL
// the graph is asked once, and concurrent requests for the same URL wait for
// the one in flight instead of all running the query. For one TTL more, an
// expired answer is still given at once while a single background request
// asks the graph again (stale-while-revalidate), so that expiry does not
// make clients wait. Answers are thus at most twice the TTL old; an ingest
// through this server clears the cache at once.
type cache struct {
	ttl     time.Duration
	handler http.Handler // the router, which background refreshes go through
	mu      sync.Mutex
	entries map[string]cached
	flights map[string]chan struct{}
	refresh sync.WaitGroup
}

type cached struct {
	contentType string
	body        []byte
	expires     time.Time
}

// refreshing marks the context of a background refresh, which goes to the
// store whatever the cache holds.
type refreshing struct{}

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
		for c.Request.Context().Value(refreshing{}) == nil {
			hit, refresh, wait := k.lookup(key)
			if hit != nil {
				if refresh {
					k.revalidate(c.Request)
				}
				c.Header("X-Cache", "hit")
				c.Data(http.StatusOK, hit.contentType, hit.body)
				c.Abort()
				return
			}
			if wait == nil {
				break // this request leads the flight
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

// lookup returns an answer to give (and whether to refresh it in the
// background, which then leads the flight), or a flight to wait for, or
// neither, making the caller lead a new flight.
func (k *cache) lookup(key string) (hit *cached, refresh bool, wait chan struct{}) {
	k.mu.Lock()
	defer k.mu.Unlock()
	now := time.Now()
	e, ok := k.entries[key]
	_, flying := k.flights[key]
	switch {
	case ok && now.Before(e.expires):
		return &e, false, nil
	case ok && now.Before(e.expires.Add(k.ttl)):
		if !flying {
			k.flights[key] = make(chan struct{})
		}
		return &e, !flying, nil
	case flying:
		return nil, false, k.flights[key]
	}
	k.flights[key] = make(chan struct{})
	return nil, false, nil
}

// revalidate asks the graph again for r in the background, within the
// store's own timeouts; its answer replaces the cached one.
func (k *cache) revalidate(r *http.Request) {
	again := r.Clone(context.WithValue(context.WithoutCancel(r.Context()), refreshing{}, true))
	again.Header.Del("X-Request-ID")
	k.refresh.Add(1)
	go func() {
		defer k.refresh.Done()
		k.handler.ServeHTTP(discard{header: http.Header{}}, again)
	}()
}

// wait returns when the background refreshes have finished.
func (k *cache) wait() { k.refresh.Wait() }

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

// discard is the response writer of a background refresh: the answer only
// goes to the cache.
type discard struct{ header http.Header }

func (d discard) Header() http.Header         { return d.header }
func (d discard) Write(b []byte) (int, error) { return len(b), nil }
func (d discard) WriteHeader(int)             {}
