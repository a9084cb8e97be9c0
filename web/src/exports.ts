// Exports of the current view: the picture, the network for Gephi
// (GraphML) and for Cytoscape (its JSON), built from what is on screen.
// The events of the view come as CSV from GET /api/v1/events.

import type cytoscape from "cytoscape";

/** download saves a Blob under a file name. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const nodeKeys = [
  ["label", "string", (n: cytoscape.NodeSingular) => n.data("name")],
  ["type", "string", (n: cytoscape.NodeSingular) => n.data("type")],
  ["country", "string", (n: cytoscape.NodeSingular) => n.data("country")],
  ["x", "double", (n: cytoscape.NodeSingular) => n.position().x.toFixed(1)],
  ["y", "double", (n: cytoscape.NodeSingular) => n.position().y.toFixed(1)],
] as const;

const edgeKeys = [
  ["weight", "int", (e: cytoscape.EdgeSingular) => e.data("weight")],
  ["goldstein", "double", (e: cytoscape.EdgeSingular) => e.data("goldstein")],
  ["verbal_cooperation", "int", (e: cytoscape.EdgeSingular) => e.data("quad_class")[0]],
  ["material_cooperation", "int", (e: cytoscape.EdgeSingular) => e.data("quad_class")[1]],
  ["verbal_conflict", "int", (e: cytoscape.EdgeSingular) => e.data("quad_class")[2]],
  ["material_conflict", "int", (e: cytoscape.EdgeSingular) => e.data("quad_class")[3]],
  ["first", "string", (e: cytoscape.EdgeSingular) => e.data("first")],
  ["last", "string", (e: cytoscape.EdgeSingular) => e.data("last")],
] as const;

/** graphML writes the view as a directed GraphML graph, as Gephi reads it. */
export function graphML(cy: cytoscape.Core, description: string): string {
  const ns = "http://graphml.graphdrawing.org/xmlns";
  const doc = document.implementation.createDocument(ns, "graphml", null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string>, text?: string) => {
    const e = doc.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  for (const [name, type] of nodeKeys) root.appendChild(el("key", { id: "n_" + name, for: "node", "attr.name": name, "attr.type": type }));
  for (const [name, type] of edgeKeys) root.appendChild(el("key", { id: "e_" + name, for: "edge", "attr.name": name, "attr.type": type }));
  const graph = el("graph", { id: "diplograph", edgedefault: "directed" });
  graph.appendChild(el("desc", {}, description));
  cy.nodes().forEach((n) => {
    const node = el("node", { id: n.id() });
    for (const [name, , get] of nodeKeys) node.appendChild(el("data", { key: "n_" + name }, String(get(n) ?? "")));
    graph.appendChild(node);
  });
  cy.edges().forEach((e) => {
    const edge = el("edge", { id: e.id(), source: e.data("source"), target: e.data("target") });
    for (const [name, , get] of edgeKeys) edge.appendChild(el("data", { key: "e_" + name }, String(get(e) ?? "")));
    graph.appendChild(edge);
  });
  root.appendChild(graph);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}

/** cytoscapeJSON writes the view as Cytoscape's JSON (File › Import › Network from File). */
export function cytoscapeJSON(cy: cytoscape.Core, description: string): string {
  const strip = (d: Record<string, unknown>) => {
    const { badge: _b, bw: _w, bh: _h, color: _c, size: _s, width: _wd, ...rest } = d;
    return rest;
  };
  return JSON.stringify(
    {
      format_version: "1.0",
      generated_by: "diplograph explorer",
      data: { name: description },
      elements: {
        nodes: cy.nodes().map((n) => ({ data: strip(n.data()), position: n.position() })),
        edges: cy.edges().map((e) => ({ data: strip(e.data()) })),
      },
    },
    null,
    1,
  );
}
