// The network view: Cytoscape.js with the fCoSE layout. Edges are
// directed, as wide as their number of events and coloured by their mean
// Goldstein value; nodes are coloured by actor type, states drawn as
// badges with their ISO code. Positions are kept per actor, so that the
// picture stays put when a filter changes: actors already shown do not
// move, new ones are placed near their neighbours.

import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { h } from "./dom";
import { fmtDay, fmtGold, plural, toneColor, typeColors, typeNames } from "./format";
import type { ActorType, NetEdge, Quads } from "./types";

cytoscape.use(fcose);

export interface ViewNode {
  id: string;
  name: string;
  type: ActorType;
  country?: string;
  depth?: number;
}

export interface ViewGraph {
  nodes: ViewNode[];
  edges: NetEdge[];
  truncated: boolean;
}

export interface NetworkHandlers {
  node(id: string): void;
  nodeOpen(id: string): void;
  edge(source: string, target: string): void;
  background(): void;
}

type Pos = { x: number; y: number };

/** badge draws a state's ISO code as an image for its node. */
function badge(code: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="72" height="44" viewBox="0 0 72 44">` +
    `<rect x="1" y="1" width="70" height="42" rx="9" fill="${typeColors.country}"/>` +
    `<text x="36" y="29" font-family="DejaVu Sans, Arial, sans-serif" font-size="18" font-weight="700" ` +
    `fill="#fff" text-anchor="middle" letter-spacing="1">${code.replace(/[^A-Z]/g, "")}</text></svg>`;
  return "data:image/svg+xml;utf8," + encodeURIComponent(svg);
}

const style: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-size": 12,
      "font-family": "DejaVu Sans, Segoe UI, sans-serif",
      color: "#1d2733",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "130px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "border-width": 1.5,
      "border-color": "#ffffff",
    },
  },
  { selector: "node[type = 'person']", style: { shape: "ellipse" } },
  { selector: "node[type = 'organization']", style: { shape: "round-rectangle" } },
  { selector: "node[type = 'media']", style: { shape: "diamond" } },
  {
    selector: "node[badge]",
    style: {
      shape: "round-rectangle",
      width: "data(bw)",
      height: "data(bh)",
      "background-image": "data(badge)",
      "background-fit": "contain",
      "background-opacity": 0,
      "border-width": 0,
    },
  },
  { selector: "node.ego", style: { "border-width": 4, "border-color": "#f2b24c", "font-weight": "bold", "font-size": 13 } },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#1f5f99" } },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "data(color)",
      "target-arrow-color": "data(color)",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      "curve-style": "bezier",
      "control-point-step-size": 28,
      opacity: 0.85,
    },
  },
  { selector: "edge:selected", style: { "overlay-color": "#1f5f99", "overlay-opacity": 0.18, "overlay-padding": 4, opacity: 1 } },
  { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0.3 } },
];

export class NetworkView {
  readonly cy: cytoscape.Core;
  private readonly positions = new Map<string, Pos>();
  private readonly tip: HTMLElement;
  private laidOut = false;

  constructor(container: HTMLElement, on: NetworkHandlers) {
    this.cy = cytoscape({
      container,
      style,
      minZoom: 0.2,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
    });
    this.tip = h("div", { class: "tooltip", role: "tooltip" });
    Object.assign(this.tip.style, {
      position: "absolute", pointerEvents: "none", zIndex: "8", background: "#14263a", color: "#fff",
      padding: "5px 8px", borderRadius: "6px", fontSize: "12px", maxWidth: "280px", display: "none",
    });
    container.parentElement?.appendChild(this.tip);

    this.cy.on("tap", "node", (e) => on.node(e.target.id()));
    this.cy.on("dbltap", "node", (e) => on.nodeOpen(e.target.id()));
    this.cy.on("tap", "edge", (e) => on.edge(e.target.data("source"), e.target.data("target")));
    this.cy.on("tap", (e) => {
      if (e.target === this.cy) on.background();
    });
    this.cy.on("mouseover", "node, edge", (e) => this.showTip(e.target, e.renderedPosition));
    this.cy.on("mouseout", "node, edge", () => (this.tip.style.display = "none"));
    this.cy.on("position", "node", (e) => this.positions.set(e.target.id(), { ...e.target.position() }));
  }

  /** render shows a graph, keeping the place of every actor already placed. */
  render(g: ViewGraph, ego: string): Promise<void> {
    const cy = this.cy;
    const strength = new Map<string, number>();
    for (const e of g.edges) {
      strength.set(e.source, (strength.get(e.source) ?? 0) + e.weight);
      strength.set(e.target, (strength.get(e.target) ?? 0) + e.weight);
    }
    const maxStrength = Math.max(1, ...strength.values());
    const maxWeight = Math.max(1, ...g.edges.map((e) => e.weight));
    const known = new Set(g.nodes.map((n) => n.id));
    const edges = g.edges.filter((e) => known.has(e.source) && known.has(e.target));

    cy.batch(() => {
      cy.elements().remove();
      cy.add(
        g.nodes.map((n) => {
          const scale = Math.sqrt((strength.get(n.id) ?? 0) / maxStrength);
          const data: Record<string, unknown> = {
            id: n.id,
            label: n.name || n.id,
            name: n.name || n.id,
            type: n.type,
            country: n.country ?? "",
            color: typeColors[n.type] ?? typeColors[""],
            size: Math.round(22 + 30 * scale),
          };
          if (n.type === "country" && n.country) {
            data.badge = badge(n.country);
            data.bw = Math.round(40 + 26 * scale);
            data.bh = Math.round((40 + 26 * scale) * 0.61);
          }
          const el: cytoscape.ElementDefinition = { group: "nodes", data, classes: n.id === ego ? "ego" : "" };
          const p = this.positions.get(n.id);
          if (p) el.position = { ...p };
          return el;
        }),
      );
      cy.add(
        edges.map((e) => ({
          group: "edges" as const,
          data: {
            id: e.source + "->" + e.target,
            source: e.source,
            target: e.target,
            weight: e.weight,
            goldstein: e.goldstein,
            quad_class: e.quad_class,
            first: e.first ?? "",
            last: e.last ?? "",
            width: +(1.5 + 9 * Math.sqrt(e.weight / maxWeight)).toFixed(2),
            color: toneColor(e.goldstein),
          },
        })),
      );
    });
    return this.layout(ego);
  }

  private layout(ego: string): Promise<void> {
    const cy = this.cy;
    const fresh = cy.nodes().filter((n) => !this.positions.has(n.id()));
    const placed = cy.nodes().filter((n) => this.positions.has(n.id()));
    if (cy.nodes().empty()) return Promise.resolve();
    if (fresh.empty()) {
      this.fitView();
      return Promise.resolve();
    }
    // New actors start next to a placed neighbour, so the layout only has
    // to settle them, not redraw the picture.
    fresh.forEach((n) => {
      const anchor = n.neighborhood("node").filter((m) => this.positions.has(m.id()))[0];
      const base = anchor ? this.positions.get(anchor.id())! : { x: 0, y: 0 };
      const a = Math.random() * 2 * Math.PI;
      n.position({ x: base.x + 90 * Math.cos(a), y: base.y + 90 * Math.sin(a) });
    });
    const first = !this.laidOut || placed.empty();
    this.laidOut = true;
    const options = {
      name: "fcose",
      quality: "default",
      randomize: first,
      animate: !first,
      animationDuration: 350,
      fit: true,
      padding: 48,
      nodeRepulsion: () => 6500,
      idealEdgeLength: () => 80,
      nodeSeparation: 70,
      fixedNodeConstraint: first
        ? ego && cy.getElementById(ego).nonempty()
          ? [{ nodeId: ego, position: { x: 0, y: 0 } }]
          : undefined
        : placed.map((n) => ({ nodeId: n.id(), position: { ...this.positions.get(n.id())! } })),
    } as cytoscape.LayoutOptions;
    return new Promise((resolve) => {
      const l = cy.layout(options);
      l.one("layoutstop", () => {
        cy.nodes().forEach((n) => {
          this.positions.set(n.id(), { ...n.position() });
        });
        this.fitView();
        resolve();
      });
      l.run();
    });
  }

  /** fitView shows the whole network, never enlarged past a readable size. */
  fitView(): void {
    this.cy.fit(undefined, 40);
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
  }

  /** focus fades everything but an actor and its neighbours; null clears. */
  focus(id: string | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass("faded");
      if (!id) return;
      const n = this.cy.getElementById(id);
      if (n.empty()) return;
      this.cy.elements().not(n.closedNeighborhood()).addClass("faded");
    });
  }

  /** select marks one edge or node as the one the panel shows. */
  select(ids: string[]): void {
    this.cy.elements().unselect();
    for (const id of ids) this.cy.getElementById(id).select();
  }

  /** nodeName gives an actor's name as the view knows it. */
  nodeName(id: string): string | undefined {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? (n.data("name") as string) : undefined;
  }

  private showTip(el: cytoscape.SingularElementReturnValue, at: cytoscape.Position): void {
    let text: string;
    if (el.group() === "nodes") {
      const type = typeNames[el.data("type") as ActorType] ?? "actor";
      text = `${el.data("name")} · ${type}${el.data("country") ? " · " + el.data("country") : ""}`;
    } else {
      const q = el.data("quad_class") as Quads;
      text =
        `${this.nodeName(el.data("source"))} → ${this.nodeName(el.data("target"))}: ${plural(el.data("weight"), "event")}, ` +
        `mean Goldstein ${fmtGold(el.data("goldstein"))} (${q[0] + q[1]} cooperation, ${q[2] + q[3]} conflict), ` +
        `${fmtDay(el.data("first"))} – ${fmtDay(el.data("last"))}. Click for the events.`;
    }
    this.tip.textContent = text;
    Object.assign(this.tip.style, { display: "block", left: `${at.x + 14}px`, top: `${at.y + 14}px` });
  }

  /** png renders the whole network as a PNG picture. */
  png(): Blob {
    return this.cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" });
  }
}
