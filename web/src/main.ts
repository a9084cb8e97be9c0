// The explorer: wires the search, the network, the time bar and the panel
// to the view held in the URL. Every change of view goes through go(),
// which updates the URL and redraws what the change touches.

import { apiURL, describe, get, isAbort } from "./api";
import { byId, h, replace } from "./dom";
import { download, graphML, cytoscapeJSON } from "./exports";
import { addMonths, fmtMonth, monthEnd, monthStart, monthsBetween, plural, quadNames, typeColors } from "./format";
import { Histogram, type Range } from "./histogram";
import { NetworkView, type ViewGraph } from "./network";
import { Panels, type App } from "./panels";
import { actorPicker } from "./search";
import { format, parse, type ViewState } from "./state";
import type { Bucket, CytoscapeGraph, Network, Page } from "./types";

/** How much of the graph one view shows: the strongest dyads, or the ego network's size. */
const overviewEdges = 60;
const egoLimits = { 1: { limit: 31, fanout: 30 }, 2: { limit: 60, fanout: 8 } } as const;

class Explorer implements App {
  state: ViewState = parse(location.search);
  private months: string[] = [];
  private graph: ViewGraph | null = null;
  private names = new Map<string, string>();
  private netLoad: AbortController | null = null;
  private histLoad: AbortController | null = null;
  private playing = false;
  /** drawn settles when the latest network has been drawn. */
  private drawn: Promise<void> = Promise.resolve();
  private readonly net = new NetworkView(byId("cy"), {
    node: (id) => this.go({ detail: { kind: "actor", id } }),
    nodeOpen: (id) => this.go({ actor: id, detail: { kind: "overview" } }),
    edge: (a, b) => this.go({ detail: { kind: "dyad", a, b } }),
    background: () => this.state.detail.kind !== "overview" && this.go({ detail: { kind: "overview" } }),
  });
  private readonly hist = new Histogram(byId("histogram"), (r, final) => this.brushed(r, final));
  private readonly panels = new Panels(this, byId("details"), byId("statements"), byId("paths"));
  private readonly search = actorPicker({
    id: "search",
    label: "Find an actor",
    placeholder: "Find an actor: Putin, KCNA, Korea Utara…",
    className: "search-inner",
    onPick: (a) => {
      this.names.set(a.id, a.name);
      this.go({ actor: a.id, detail: { kind: "overview" }, tab: "details" });
    },
  });

  async start(): Promise<void> {
    // The view is scriptable from the browser's console (and by the browser tests).
    (window as unknown as { diplograph: unknown }).diplograph = { cy: this.net.cy, state: () => this.state, fit: () => this.net.fitView() };
    byId("search-box").appendChild(this.search.root);
    this.legend();
    this.controls();
    window.addEventListener("popstate", () => this.apply(parse(location.search), false));
    document.addEventListener("keydown", (e) => this.escape(e));
    this.notice("Loading…", "loading");
    try {
      const page = await get<Page<Bucket>>("/timeline/histogram", { interval: "month", kind: "event", limit: 500 });
      const first = page.items[0];
      const last = page.items[page.items.length - 1];
      this.months = first && last ? monthsBetween(first.start.slice(0, 10), last.start.slice(0, 10)) : [];
    } catch (err) {
      this.notice(`Could not read the graph's timeline. ${describe(err).message}`, "error");
      return;
    }
    if (this.months.length === 0) {
      byId("view-title").textContent = "The graph is empty";
      this.notice("No dated events yet. Load articles with `diplograph ingest samples/` and reload this page.", "info");
      return;
    }
    this.apply(this.state, true);
  }

  // App, for the panels.

  go(patch: Partial<ViewState>, replaceEntry = false): void {
    const next = { ...this.state, ...patch };
    if (patch.actor !== undefined && patch.actor !== this.state.actor && patch.tab === undefined && next.tab === "paths") next.tab = "details";
    const url = format(next) || location.pathname;
    if (replaceEntry) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    this.apply(next, false);
  }

  period(): { from: string; to: string } {
    const last = this.months[this.months.length - 1] ?? monthStart(new Date().toISOString());
    const def = { from: addMonths(last, -11), to: monthEnd(last) };
    return { from: this.state.from || def.from, to: this.state.to || def.to };
  }

  name(id: string): string | undefined {
    return this.net.nodeName(id) ?? this.names.get(id);
  }

  // Applying a view.

  private apply(next: ViewState, first: boolean): void {
    const prev = this.state;
    this.state = next;
    const networkChanged =
      first || prev.actor !== next.actor || prev.depth !== next.depth || prev.from !== next.from || prev.to !== next.to || prev.quad !== next.quad;
    if (first || prev.actor !== next.actor) void this.loadHistogram();
    this.controls();
    const { from, to } = this.period();
    this.hist.setRange({ first: monthStart(from), last: monthStart(to) });
    byId("range-label").textContent = `${fmtMonth(monthStart(from))} – ${fmtMonth(monthStart(to))}`;
    byId<HTMLAnchorElement>("export-csv").href = apiURL("/events", { format: "csv", actor: next.actor, from, to, quad_class: next.quad || undefined });
    if (networkChanged) {
      this.drawn = this.loadNetwork().then(() => this.showPanel(true));
    } else {
      this.showPanel(prev.detail !== next.detail || prev.tab !== next.tab);
    }
  }

  private async loadNetwork(): Promise<void> {
    this.netLoad?.abort();
    const ctl = (this.netLoad = new AbortController());
    const s = this.state;
    const { from, to } = this.period();
    const quad = s.quad || undefined;
    this.notice("Loading the network…", "loading");
    this.title();
    try {
      let g: ViewGraph;
      if (s.actor) {
        const lim = egoLimits[s.depth];
        const n = await get<Network>(`/actors/${encodeURIComponent(s.actor)}/network`, { depth: s.depth, ...lim, from, to, quad_class: quad }, ctl.signal);
        g = { nodes: n.nodes, edges: n.edges, truncated: n.truncated };
      } else {
        const c = await get<CytoscapeGraph>("/graph", { from, to, quad_class: quad, limit: overviewEdges }, ctl.signal);
        g = {
          nodes: c.nodes.map((n) => ({ id: n.data.id, name: n.data.label, type: n.data.type, country: n.data.country })),
          edges: c.edges.map((e) => e.data),
          truncated: c.truncated,
        };
      }
      if (ctl.signal.aborted) return;
      for (const n of g.nodes) this.names.set(n.id, n.name);
      this.graph = g;
      await this.net.render(g, s.actor);
      this.title();
      if (g.edges.length === 0) {
        this.notice(
          s.actor
            ? `${this.name(s.actor) ?? s.actor} has no events in this period${quad ? " of this kind" : ""}. Drag a wider period on the time bar, or choose All time.`
            : "No events in this period. Drag a wider period on the time bar, or choose All time.",
          "info",
        );
      } else {
        this.notice("", "");
      }
    } catch (err) {
      if (isAbort(err)) return;
      this.graph = null;
      this.net.render({ nodes: [], edges: [], truncated: false }, "");
      const { message, requestId } = describe(err);
      this.notice(`Could not load the network. ${message}${requestId ? ` (request ${requestId})` : ""}`, "error");
    }
  }

  private async loadHistogram(): Promise<void> {
    this.histLoad?.abort();
    const ctl = (this.histLoad = new AbortController());
    try {
      const page = await get<Page<Bucket>>(
        "/timeline/histogram",
        { interval: "month", kind: "event", limit: 500, actor: this.state.actor || undefined },
        ctl.signal,
      );
      this.hist.setData(this.months, page.items);
      // Undated events have no place on the bars; say how many there are.
      const undated = page.undated ?? 0;
      byId("undated-count").textContent = undated ? `${plural(undated, "undated event")} not shown` : "";
    } catch (err) {
      if (!isAbort(err)) this.notice(`Could not load the events per month. ${describe(err).message}`, "error");
    }
  }

  private showPanel(changed: boolean): void {
    const s = this.state;
    for (const tab of ["details", "statements", "paths"] as const) {
      byId(`tab-${tab}`).setAttribute("aria-selected", String(s.tab === tab));
      byId(tab).hidden = s.tab !== tab;
    }
    if (s.tab === "statements") void this.panels.statementsTab();
    else if (s.tab === "paths") void this.panels.pathsTab();
    else {
      const d = s.detail;
      switch (d.kind) {
        case "actor":
          void this.panels.actor(d.id, d.id === s.actor);
          this.net.select([d.id]);
          this.net.focus(d.id);
          break;
        case "dyad":
          void this.panels.dyad(d.a, d.b);
          this.net.select([`${d.a}->${d.b}`, `${d.b}->${d.a}`]);
          this.net.focus(null);
          break;
        case "article":
          void this.panels.article(d.id);
          break;
        default:
          this.net.select([]);
          this.net.focus(null);
          if (s.actor) void this.panels.actor(s.actor, true);
          else this.panels.overview(this.graph, this.viewTitle());
      }
    }
    if (changed && document.activeElement && document.activeElement !== document.body && !byId("panel").contains(document.activeElement)) {
      // Keyboard users land in what they opened; pointer users lose nothing.
      if (document.activeElement.closest(".stage, .panel")) byId("panel").focus({ preventScroll: true });
    }
  }

  private viewTitle(): string {
    const s = this.state;
    return s.actor ? `${this.name(s.actor) ?? s.actor} and counterparts` : "Strongest dyads";
  }

  private title(): void {
    const s = this.state;
    const { from, to } = this.period();
    byId("view-title").textContent = this.viewTitle();
    const g = this.graph;
    const parts = [
      `${fmtMonth(monthStart(from))} – ${fmtMonth(monthStart(to))}`,
      s.actor ? `${s.depth === 1 ? "1 hop" : "2 hops"}` : `the ${overviewEdges} strongest directed pairs`,
      s.quad ? `${quadNames[s.quad - 1]} only` : "",
      g ? `${plural(g.nodes.length, "actor")}, ${plural(g.edges.length, "edge")}${g.truncated ? " (limited)" : ""}` : "",
    ];
    byId("view-sub").textContent = parts.filter(Boolean).join(" · ");
    document.title = `${this.viewTitle()} · diplograph explorer`;
    if (s.actor && this.name(s.actor)) this.search.set(this.name(s.actor)!);
  }

  private notice(text: string, kind: "loading" | "error" | "info" | ""): void {
    const el = byId("notice");
    el.hidden = !text;
    el.className = "notice " + kind;
    el.setAttribute("role", kind === "error" ? "alert" : "status");
    el.textContent = text;
  }

  // Controls.

  private controls(): void {
    const s = this.state;
    const depth = byId<HTMLSelectElement>("depth");
    const quad = byId<HTMLSelectElement>("quad");
    byId("depth-field").hidden = !s.actor;
    depth.value = String(s.depth);
    quad.value = s.quad ? String(s.quad) : "";
    if (depth.dataset.wired) return;
    depth.dataset.wired = "1";
    depth.addEventListener("change", () => this.go({ depth: depth.value === "2" ? 2 : 1 }));
    quad.addEventListener("change", () => this.go({ quad: Number(quad.value) || 0 }));
    byId("play").addEventListener("click", () => void this.play());
    byId("range-all").addEventListener("click", () => {
      const first = this.months[0];
      const last = this.months[this.months.length - 1];
      if (first && last) this.go({ from: first, to: monthEnd(last) });
    });
    for (const tab of ["details", "statements", "paths"] as const) {
      byId(`tab-${tab}`).addEventListener("click", () => this.go({ tab }));
    }
    const menu = byId<HTMLDetailsElement>("export-menu");
    menu.querySelectorAll<HTMLButtonElement>("button[data-export]").forEach((b) =>
      b.addEventListener("click", () => {
        menu.open = false;
        this.export(b.dataset.export ?? "");
      }),
    );
    byId("export-csv").addEventListener("click", () => (menu.open = false));
  }

  private export(kind: string): void {
    const s = this.state;
    const { from, to } = this.period();
    const slug = `diplograph-${s.actor || "overview"}-${from}-${to}`;
    const description = `${this.viewTitle()}, ${from} to ${to}${s.quad ? ", " + quadNames[s.quad - 1] : ""} (diplograph explorer)`;
    switch (kind) {
      case "png":
        download(this.net.png(), slug + ".png");
        break;
      case "graphml":
        download(new Blob([graphML(this.net.cy, description)], { type: "application/graphml+xml" }), slug + ".graphml");
        break;
      case "cyjs":
        download(new Blob([cytoscapeJSON(this.net.cy, description)], { type: "application/json" }), slug + ".cyjs");
        break;
    }
  }

  private brushed(r: Range, final: boolean): void {
    byId("range-label").textContent = `${fmtMonth(r.first)} – ${fmtMonth(r.last)}`;
    if (final) this.go({ from: r.first, to: monthEnd(r.last) }, this.playing);
  }

  /** play steps the period forward a month at a time, so the network's evolution can be watched. */
  private async play(): Promise<void> {
    const button = byId("play");
    if (this.playing) {
      this.playing = false;
      return;
    }
    this.playing = true;
    button.setAttribute("aria-pressed", "true");
    button.textContent = "❚❚";
    button.setAttribute("aria-label", "Pause");
    let { from, to } = this.period();
    let span = monthsBetween(from, monthStart(to)).length;
    const first = this.months[0]!;
    const last = this.months[this.months.length - 1]!;
    if (span >= this.months.length || monthStart(to) >= last) {
      // Start over from the beginning with a window of up to 3 months.
      span = Math.min(span, 3, this.months.length);
      from = first;
    } else {
      from = addMonths(monthStart(from), 1);
    }
    while (this.playing) {
      const end = addMonths(from, span - 1);
      if (end > last) break;
      this.go({ from, to: monthEnd(end) }, true);
      await this.settled();
      await new Promise((r) => window.setTimeout(r, 900));
      from = addMonths(from, 1);
    }
    this.playing = false;
    button.setAttribute("aria-pressed", "false");
    button.textContent = "▶";
    button.setAttribute("aria-label", "Play: step the period through time");
  }

  /** settled waits until the network in flight is drawn. */
  private async settled(): Promise<void> {
    await this.drawn;
  }

  private escape(e: KeyboardEvent): void {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    const menu = byId<HTMLDetailsElement>("export-menu");
    if (menu.open) {
      menu.open = false;
      menu.querySelector("summary")?.focus();
      return;
    }
    if (this.state.tab !== "details") this.go({ tab: "details" });
    else if (this.state.detail.kind !== "overview") this.go({ detail: { kind: "overview" } });
  }

  private legend(): void {
    const item = (swatch: HTMLElement, label: string) => h("span", { class: "item" }, swatch, label);
    const sw = (color: string, radius: string) => h("span", { class: "swatch", style: `background:${color};border-radius:${radius}` });
    replace(
      byId("legend"),
      item(sw(typeColors.country, "3px"), "state (ISO code)"),
      item(sw(typeColors.person, "50%"), "person"),
      item(sw(typeColors.organization, "3px"), "organization"),
      item(sw(typeColors.media, "1px"), "media"),
      h("span", { class: "item" }, "conflict", h("span", { class: "tone", title: "mean Goldstein value of the edge's events, −10 to +10" }), "cooperation"),
      h("span", { class: "item" }, "width: events · arrow: who acted on whom"),
    );
  }
}

void new Explorer().start();
