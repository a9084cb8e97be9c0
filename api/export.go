package api

import (
	"context"
	"encoding/xml"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"

	"github.com/diplograph/diplograph/graph"
)

func (s *Server) handleGraph() gin.HandlerFunc {
	type request struct {
		graph.GraphQuery
		format string
	}
	return endpoint(s, func(p *params) request {
		return request{format: p.oneOf("format", "cytoscape", "cytoscape", "graphml"),
			GraphQuery: graph.GraphQuery{EventFilter: p.eventFilter(), MinWeight: p.intIn("min_weight", 1, 1, 1_000_000), Page: p.page()}}
	}, func(ctx context.Context, r request) (graph.Network, error) {
		return s.store.Graph(ctx, r.GraphQuery)
	}, func(r request, net graph.Network) (reply, error) {
		var next *int
		if net.Truncated {
			n := r.Offset + r.Limit
			next = &n
		}
		if r.format == "graphml" {
			header := http.Header{"Content-Disposition": {`attachment; filename="diplograph.graphml"`}}
			if next != nil {
				header.Set("X-Next-Offset", strconv.Itoa(*next))
			}
			return rendered(render.XML{Data: graphML(net)}, header)
		}
		return rendered(render.JSON{Data: cytoscape(net, next)}, nil)
	})
}

// cytoscapeElements is the elements form Cytoscape.js reads:
// cy.add(response.nodes), cy.add(response.edges), or the whole object as
// `elements`.
type cytoscapeElements struct {
	Nodes      []cytoscapeNode `json:"nodes"`
	Edges      []cytoscapeEdge `json:"edges"`
	Truncated  bool            `json:"truncated"`
	NextOffset *int            `json:"next_offset"`
}

type cytoscapeNode struct {
	Data cytoscapeNodeData `json:"data"`
}

type cytoscapeNodeData struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Type    string `json:"type"`
	Country string `json:"country,omitempty"`
}

type cytoscapeEdge struct {
	Data cytoscapeEdgeData `json:"data"`
}

type cytoscapeEdgeData struct {
	ID string `json:"id"`
	graph.Edge
}

func cytoscape(net graph.Network, next *int) cytoscapeElements {
	out := cytoscapeElements{Nodes: []cytoscapeNode{}, Edges: []cytoscapeEdge{}, Truncated: net.Truncated, NextOffset: next}
	for _, n := range net.Nodes {
		out.Nodes = append(out.Nodes, cytoscapeNode{cytoscapeNodeData{ID: n.ID, Label: n.Name, Type: n.Type, Country: n.Country}})
	}
	for _, e := range net.Edges {
		out.Edges = append(out.Edges, cytoscapeEdge{cytoscapeEdgeData{ID: edgeID(e), Edge: e}})
	}
	return out
}

// edgeID names an edge by its ends; an edge is one per ordered pair.
func edgeID(e graph.Edge) string { return e.Source + "->" + e.Target }

// graphMLDoc is a GraphML file as Gephi reads it.
type graphMLDoc struct {
	XMLName xml.Name     `xml:"graphml"`
	NS      string       `xml:"xmlns,attr"`
	Keys    []graphMLKey `xml:"key"`
	Graph   graphMLGraph `xml:"graph"`
}

type graphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphMLGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphMLNode `xml:"node"`
	Edges       []graphMLEdge `xml:"edge"`
}

type graphMLNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphMLData `xml:"data"`
}

type graphMLEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphMLData `xml:"data"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

var graphMLKeys = []graphMLKey{
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"country", "node", "country", "string"},
	{"weight", "edge", "weight", "int"},
	{"goldstein", "edge", "goldstein", "double"},
	{"q1", "edge", "verbal_cooperation", "int"},
	{"q2", "edge", "material_cooperation", "int"},
	{"q3", "edge", "verbal_conflict", "int"},
	{"q4", "edge", "material_conflict", "int"},
	{"first", "edge", "first", "string"},
	{"last", "edge", "last", "string"},
}

func graphML(net graph.Network) graphMLDoc {
	g := graphMLGraph{ID: "diplograph", EdgeDefault: "directed"}
	for _, n := range net.Nodes {
		g.Nodes = append(g.Nodes, graphMLNode{ID: n.ID, Data: []graphMLData{
			{"label", n.Name}, {"type", n.Type}, {"country", n.Country}}})
	}
	for _, e := range net.Edges {
		g.Edges = append(g.Edges, graphMLEdge{ID: edgeID(e), Source: e.Source, Target: e.Target, Data: []graphMLData{
			{"weight", strconv.Itoa(e.Weight)},
			{"goldstein", strconv.FormatFloat(e.Goldstein, 'f', -1, 64)},
			{"q1", strconv.Itoa(e.QuadClass[0])}, {"q2", strconv.Itoa(e.QuadClass[1])},
			{"q3", strconv.Itoa(e.QuadClass[2])}, {"q4", strconv.Itoa(e.QuadClass[3])},
			{"first", e.First}, {"last", e.Last}}})
	}
	return graphMLDoc{NS: "http://graphml.graphdrawing.org/xmlns", Keys: graphMLKeys, Graph: g}
}
