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
	r.GET("/", s.handleExplorer())
	r.GET("/assets/:name", s.handleExplorerAsset())

	v1 := r.Group("/api/v1")
	v1.GET("/", s.handleIndex())
	v1.GET("/openapi.json", s.handleOpenAPI())
	v1.GET("/healthz", s.handleHealthz())
	v1.GET("/readyz", s.handleReadyz())

	read := v1.Group("")
	read.GET("/actors", s.handleActors())
	read.GET("/actors/:id", s.handleActor())
	read.GET("/actors/:id/timeline", s.handleActorTimeline())
	read.GET("/actors/:id/relations", s.handleRelations())
	read.GET("/actors/:id/network", s.handleNetwork())
	read.GET("/relations/:a/:b/timeline", s.handleRelationTimeline())
	read.GET("/timeline", s.handleTimeline())
	read.GET("/timeline/histogram", s.handleHistogram())
	read.GET("/events", s.handleEvents())
	read.GET("/paths", s.handlePaths())
	read.GET("/graph", s.handleGraph())
	read.GET("/statements", s.handleStatements())
	read.GET("/articles", s.handleArticles())
	read.GET("/articles/:id", s.handleArticle())

	guarded := v1.Group("", s.requireToken(), s.limitRate(), requireJSON(), s.limitBody())
	guarded.POST("/articles", s.handleIngest())
	guarded.POST("/cypher", s.handleCypher())
}
