package api

// routes lists every route of the API. The OpenAPI document
// (openapi.json) describes exactly these; a test keeps the two in step.
func (s *Server) routes() {
	r := s.router
	r.Use(requestID(), s.accessLog(), s.recovery(), s.cors())
	r.NoRoute(s.handleNoRoute())
	r.NoMethod(s.handleNoMethod())

	r.GET("/healthz", s.handleHealthz())
	r.GET("/readyz", s.handleReadyz())

	v1 := r.Group("/api/v1")
	v1.GET("/openapi.json", s.handleOpenAPI())

	v1.GET("/actors", s.handleActors())
	v1.GET("/actors/:id", s.handleActor())
	v1.GET("/actors/:id/timeline", s.handleActorTimeline())
	v1.GET("/actors/:id/relations", s.handleRelations())
	v1.GET("/actors/:id/network", s.handleNetwork())
	v1.GET("/relations/:a/:b/timeline", s.handleRelationTimeline())
	v1.GET("/timeline", s.handleTimeline())
	v1.GET("/timeline/histogram", s.handleHistogram())
	v1.GET("/paths", s.handlePaths())
	v1.GET("/graph", s.handleGraph())
	v1.GET("/statements", s.handleStatements())
	v1.GET("/articles/:id", s.handleArticle())

	guarded := v1.Group("", s.requireToken(), s.limitBody())
	guarded.POST("/articles", s.handleIngest())
	guarded.POST("/cypher", s.handleCypher())
}
