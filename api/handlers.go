package api

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"

	"github.com/diplograph/diplograph/graph"
)

// listResponse is one page of a list. NextOffset is the offset of the next
// page, null on the last. Undated is, on timelines, their histograms and
// events, how many undated items the filters (their period aside) select.
type listResponse[T any] struct {
	Items      []T  `json:"items"`
	Limit      int  `json:"limit"`
	Offset     int  `json:"offset"`
	NextOffset *int `json:"next_offset"`
	Undated    *int `json:"undated,omitempty"`
}

// endpoint builds a read handler: read and check the parameters into a
// query, refuse it with a 400 naming the field, else ask the store (through
// the response cache) and answer with the rendered result or a problem.
func endpoint[Q, R any](s *Server, read func(*params) Q, ask func(context.Context, Q) (R, error), answer func(Q, R) (reply, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		p := newParams(c)
		q := read(p)
		if err := p.done(); err != nil {
			badField(c, err)
			return
		}
		resp, state, err := s.cache.get(c.Request.Context(), cacheKey(c.Request), func(ctx context.Context) (reply, error) {
			res, err := ask(ctx, q)
			if err != nil {
				return reply{}, err
			}
			return answer(q, res)
		})
		if err != nil {
			s.fail(c, err)
			return
		}
		if state != "" {
			c.Header("X-Cache", state)
		}
		resp.send(c)
	}
}

// cacheKey is the request's path and its parameters in a canonical order.
func cacheKey(r *http.Request) string { return r.URL.Path + "?" + r.URL.Query().Encode() }

// asJSON answers with the result as it is.
func asJSON[Q, R any](_ Q, res R) (reply, error) { return rendered(render.JSON{Data: res}, nil) }

// asPage answers with one page of a list; page tells which page q asked for.
func asPage[Q, T any](page func(Q) graph.Page) func(Q, graph.List[T]) (reply, error) {
	return func(q Q, list graph.List[T]) (reply, error) {
		pg := page(q)
		resp := listResponse[T]{Items: list.Items, Limit: pg.Limit, Offset: pg.Offset, Undated: list.Undated}
		if list.More {
			next := pg.Offset + pg.Limit
			resp.NextOffset = &next
		}
		return rendered(render.JSON{Data: resp}, nil)
	}
}

func (s *Server) handleNoRoute() gin.HandlerFunc {
	return func(c *gin.Context) {
		problem(c, http.StatusNotFound, "not-found", "Not found",
			"no such endpoint: "+c.Request.URL.Path+"; GET /api/v1/ lists them")
	}
}

func (s *Server) handleNoMethod() gin.HandlerFunc {
	return func(c *gin.Context) {
		problem(c, http.StatusMethodNotAllowed, "method-not-allowed", "Method not allowed",
			c.Request.Method+" is not allowed on "+c.Request.URL.Path)
	}
}

func (s *Server) handleHealthz() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"status": "ok"})
	}
}

func (s *Server) handleReadyz() gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := s.store.Ping(c.Request.Context()); err != nil {
			s.log.WarnContext(c.Request.Context(), "not ready", "error", err.Error())
			c.Header("Retry-After", "5")
			problem(c, http.StatusServiceUnavailable, "neo4j-unavailable", "Not ready", "Neo4j does not answer")
			return
		}
		c.JSON(http.StatusOK, gin.H{"status": "ready"})
	}
}

func (s *Server) handleActors() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.ActorQuery {
		return graph.ActorQuery{
			Q:       p.text("q"),
			Type:    p.oneOf("type", "", "person", "organization", "country", "media"),
			Country: p.country(),
			Page:    p.page(),
		}
	}, s.store.SearchActors, asPage[graph.ActorQuery, graph.Actor](func(q graph.ActorQuery) graph.Page { return q.Page }))
}

func (s *Server) handleActor() gin.HandlerFunc {
	return endpoint(s, func(p *params) string { return p.pathID("id") }, s.store.ActorByID, asJSON)
}

// timelinePage is the page of every timeline endpoint.
var timelinePage = asPage[graph.TimelineQuery, graph.TimelineItem](func(q graph.TimelineQuery) graph.Page { return q.Page })

func (s *Server) handleActorTimeline() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.TimelineQuery {
		q := p.timeline()
		q.Actor = p.pathID("id")
		q.Counterpart = p.id("counterpart")
		return q
	}, s.store.Timeline, timelinePage)
}

func (s *Server) handleRelationTimeline() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.TimelineQuery {
		q := p.timeline()
		q.Actor, q.Counterpart = p.pathID("a"), p.pathID("b")
		return q
	}, s.store.Timeline, timelinePage)
}

func (s *Server) handleTimeline() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.TimelineQuery {
		q := p.timeline()
		q.Actor, q.Counterpart = p.anchor()
		return q
	}, s.store.Timeline, timelinePage)
}

func (s *Server) handleHistogram() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.HistogramQuery {
		q := graph.HistogramQuery{TimelineQuery: p.timeline(), Interval: p.oneOf("interval", "month", graph.Intervals...)}
		q.Actor, q.Counterpart = p.anchor()
		return q
	}, s.store.Histogram, asPage[graph.HistogramQuery, graph.Bucket](func(q graph.HistogramQuery) graph.Page { return q.Page }))
}

// anchor reads the optional actor and counterpart of the global timeline
// endpoints. A counterpart alone selects what involves it, as actor does.
func (p *params) anchor() (actor, counterpart string) {
	actor, counterpart = p.id("actor"), p.id("counterpart")
	if actor == "" {
		return counterpart, ""
	}
	return actor, counterpart
}

func (s *Server) handleRelations() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.RelationsQuery {
		return graph.RelationsQuery{Actor: p.pathID("id"), EventFilter: p.eventFilter(), Page: p.page()}
	}, s.store.Relations, asPage[graph.RelationsQuery, graph.Relation](func(q graph.RelationsQuery) graph.Page { return q.Page }))
}

func (s *Server) handleNetwork() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.NetworkQuery {
		return graph.NetworkQuery{
			Actor:       p.pathID("id"),
			Depth:       p.intIn("depth", 1, 1, 3),
			Limit:       p.intIn("limit", 50, 2, maxLimit),
			Fanout:      p.intIn("fanout", 10, 1, 100),
			EdgeLimit:   p.intIn("edge_limit", 250, 1, 2500),
			EventFilter: p.eventFilter(),
		}
	}, s.store.EgoNetwork, asJSON)
}

func (s *Server) handlePaths() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.PathQuery {
		q := graph.PathQuery{
			From:    p.id("from"),
			To:      p.id("to"),
			MaxHops: p.intIn("max_hops", 6, 1, 8),
			Page:    graph.Page{Limit: p.intIn("limit", 10, 1, 100), Offset: p.intIn("offset", 0, 0, maxOffset)},
		}
		if q.From == "" {
			p.fail("from", "is required: an actor id")
		}
		if q.To == "" {
			p.fail("to", "is required: an actor id")
		}
		return q
	}, s.store.Paths, asPage[graph.PathQuery, graph.Path](func(q graph.PathQuery) graph.Page { return q.Page }))
}

func (s *Server) handleStatements() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.StatementQuery {
		from, to := p.dateRange()
		return graph.StatementQuery{Speaker: p.id("speaker"), About: p.id("about"), Q: p.text("q"), From: from, To: to, Page: p.page()}
	}, s.store.Statements, asPage[graph.StatementQuery, graph.Statement](func(q graph.StatementQuery) graph.Page { return q.Page }))
}

func (s *Server) handleArticles() gin.HandlerFunc {
	return endpoint(s, func(p *params) graph.ArticleQuery {
		from, to := p.dateRange()
		return graph.ArticleQuery{Outlet: p.text("outlet"), Actor: p.id("actor"), From: from, To: to, Page: p.page()}
	}, s.store.Articles, asPage[graph.ArticleQuery, graph.ArticleSummary](func(q graph.ArticleQuery) graph.Page { return q.Page }))
}

func (s *Server) handleArticle() gin.HandlerFunc {
	return endpoint(s, func(p *params) string { return p.pathID("id") }, s.store.ArticleByID, asJSON)
}
