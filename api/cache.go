package api

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
	"golang.org/x/sync/singleflight"
)

// Bounds of the response cache.
const (
	maxCacheEntries = 10_000
	maxCachedBody   = 1 << 20
)

// reply is a rendered 200 answer of a read endpoint, ready to send again.
type reply struct {
	header http.Header
	body   []byte
}

// rendered renders r, with the extra headers given, into a reply.
func rendered(r render.Render, header http.Header) (reply, error) {
	w := &bufferWriter{header: header}
	if w.header == nil {
		w.header = http.Header{}
	}
	r.WriteContentType(w)
	if err := r.Render(w); err != nil {
		return reply{}, err
	}
	return reply{header: w.header, body: w.buf.Bytes()}, nil
}

// send writes the reply as a 200 answer.
func (r reply) send(c *gin.Context) {
	for k, vs := range r.header {
		for _, v := range vs {
			c.Writer.Header().Add(k, v)
		}
	}
	c.Status(http.StatusOK)
	c.Writer.Write(r.body)
}

// bufferWriter is the http.ResponseWriter responses are rendered into.
type bufferWriter struct {
	header http.Header
	buf    bytes.Buffer
}

func (w *bufferWriter) Header() http.Header         { return w.header }
func (w *bufferWriter) Write(b []byte) (int, error) { return w.buf.Write(b) }
func (w *bufferWriter) WriteHeader(int)             {}

// cache keeps the answers of the read endpoints for a short time
// (Config.CacheTTL). Dashboards ask the same questions over and over, and
// an answer about a busy actor aggregates thousands of events: within the
// TTL the graph is asked once, and concurrent requests for the same URL
// share the one query in flight (singleflight) instead of all running it.
// For one TTL more, an expired answer is still given at once while a single
// background load asks the graph again (stale-while-revalidate), so that
// expiry does not make clients wait. Answers are thus at most twice the
// TTL old; an ingest through this server clears the cache at once.
//
// The cache knows nothing of HTTP routing: it keeps responses by key and
// calls the load function it is given.
type cache struct {
	ttl     time.Duration
	flights singleflight.Group
	refresh sync.WaitGroup

	mu      sync.Mutex
	entries map[string]cached
	// generation counts clears, so that a load which began before a clear
	// does not put an answer from the old graph back.
	generation int
}

type cached struct {
	reply
	expires time.Time
}

// Values of the X-Cache header.
const (
	cacheHit  = "hit"
	cacheMiss = "miss"
)

func newCache(ttl time.Duration) *cache {
	return &cache{ttl: ttl, entries: map[string]cached{}}
}

// get answers key from the cache, or by calling load once for all the
// concurrent callers of the same key. It says whether the answer was a
// cache hit or miss ("" when the cache is off). The shared load runs
// detached from any one caller's context, bounded by the store's own
// timeouts, so that one client going away does not fail the others.
func (k *cache) get(ctx context.Context, key string, load func(context.Context) (reply, error)) (reply, string, error) {
	if k.ttl <= 0 {
		r, err := load(ctx)
		return r, "", err
	}
	r, stale, ok, gen := k.lookup(key)
	if ok {
		if stale {
			k.revalidate(ctx, key, gen, load)
		}
		return r, cacheHit, nil
	}
	ch := k.flights.DoChan(flightKey(key, gen), k.loadAndKeep(context.WithoutCancel(ctx), key, gen, load))
	select {
	case res := <-ch:
		if res.Err != nil {
			return reply{}, "", res.Err
		}
		return res.Val.(reply), cacheMiss, nil
	case <-ctx.Done():
		return reply{}, "", ctx.Err()
	}
}

// lookup returns the answer kept for key, whether it has expired (but is
// still within the second TTL), whether there was one, and the cache's
// generation.
func (k *cache) lookup(key string) (r reply, stale, ok bool, gen int) {
	k.mu.Lock()
	defer k.mu.Unlock()
	e, ok := k.entries[key]
	now := time.Now()
	switch {
	case ok && now.Before(e.expires):
		return e.reply, false, true, k.generation
	case ok && now.Before(e.expires.Add(k.ttl)):
		return e.reply, true, true, k.generation
	}
	return reply{}, false, false, k.generation
}

// flightKey keeps loads begun before a clear apart from those begun after.
func flightKey(key string, gen int) string { return strconv.Itoa(gen) + " " + key }

// revalidate loads key again in the background, once however many callers
// find it expired; the new answer replaces the kept one.
func (k *cache) revalidate(ctx context.Context, key string, gen int, load func(context.Context) (reply, error)) {
	k.refresh.Add(1)
	ch := k.flights.DoChan(flightKey(key, gen), k.loadAndKeep(context.WithoutCancel(ctx), key, gen, load))
	go func() {
		defer k.refresh.Done()
		<-ch
	}()
}

// loadAndKeep returns the flight that loads key and keeps a small answer,
// unless the cache was cleared since generation gen.
func (k *cache) loadAndKeep(ctx context.Context, key string, gen int, load func(context.Context) (reply, error)) func() (any, error) {
	return func() (any, error) {
		r, err := load(ctx)
		if err != nil {
			return nil, err
		}
		if len(r.body) <= maxCachedBody {
			k.keep(key, gen, cached{reply: r, expires: time.Now().Add(k.ttl)})
		}
		return r, nil
	}
}

// wait returns when the background refreshes have finished.
func (k *cache) wait() { k.refresh.Wait() }

func (k *cache) keep(key string, gen int, e cached) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if gen != k.generation {
		return
	}
	if len(k.entries) >= maxCacheEntries {
		now := time.Now()
		for key, old := range k.entries {
			if now.After(old.expires.Add(k.ttl)) {
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
	k.generation++
}
