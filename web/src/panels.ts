// The panel beside the network: the overview of the strongest dyads, the
// actor card, the dyad with the events behind an edge, the article with
// its facts marked in its text, the statements list and the path finder.
// Every fact shown comes from a public /api/v1 endpoint.

import { describe, get, apiURL, isAbort } from "./api";
import { h, replace, type Child } from "./dom";
import { dateSourceNote, fmtDate, fmtDay, fmtGold, fmtNum, plural, quadColors, quadNames, toneColor, typeNames } from "./format";
import { actorPicker } from "./search";
import type { ViewState } from "./state";
import type { ActorDetail, ActorRef, Article, EventRow, Page, Path, Quads, Relation, Statement, TimelineItem } from "./types";
import type { ViewGraph } from "./network";

/** App is what the panels may ask of the explorer. */
export interface App {
  readonly state: ViewState;
  /** go changes the view; replace keeps one history entry. */
  go(patch: Partial<ViewState>, replace?: boolean): void;
  /** period is the date range in force. */
  period(): { from: string; to: string };
  /** name gives an actor's name if the view knows it. */
  name(id: string): string | undefined;
}

export function loading(what: string): HTMLElement {
  return h("p", { class: "loading-text", role: "status" }, `Loading ${what}…`);
}

export function errorBox(err: unknown, what: string): HTMLElement {
  const { message, requestId } = describe(err);
  return h("div", { class: "error-box", role: "alert" }, `Could not load ${what}. ${message}`, requestId ? h("small", {}, `Request id ${requestId}`) : null);
}

function head(title: Child, onClose?: () => void): HTMLElement {
  return h(
    "div",
    { class: "panel-head" },
    h("h2", { tabindex: -1 }, title),
    onClose ? h("button", { type: "button", class: "close", "aria-label": "Close (Escape)", title: "Close (Escape)", onclick: onClose }, "×") : null,
  );
}

function quadBar(q: Quads): HTMLElement {
  const total = q.reduce((a, b) => a + b, 0) || 1;
  return h(
    "div",
    { class: "bar", title: q.map((n, i) => `${n} ${quadNames[i]}`).join(", ") },
    q.map((n, i) => (n ? h("span", { class: `q${i + 1}`, style: `width:${(100 * n) / total}%` }) : null)),
  );
}

function gold(g: number): HTMLElement {
  return h("span", { class: "gold", style: `background:${toneColor(g)}`, title: "Goldstein value: −10 conflict … +10 cooperation" }, fmtGold(g));
}

function actorChip(app: App, a: ActorRef): HTMLElement {
  return h("button", { type: "button", class: "chip", onclick: () => app.go({ detail: { kind: "actor", id: a.id } }) }, a.name || a.id);
}

/** Panels render into their elements; a newer render makes older answers moot. */
export class Panels {
  private gen = 0;

  constructor(
    private readonly app: App,
    private readonly details: HTMLElement,
    private readonly statements: HTMLElement,
    private readonly paths: HTMLElement,
  ) {}

  private turn(): number {
    return ++this.gen;
  }

  private live(gen: number): boolean {
    return gen === this.gen;
  }

  private closeDetail = () => this.app.go({ detail: { kind: "overview" } });

  /** overview lists the dyads of the view, strongest first: the keyboard's way into the network. */
  overview(g: ViewGraph | null, title: string): void {
    this.turn();
    const app = this.app;
    if (!g) {
      replace(this.details, head(title), loading("the network"));
      return;
    }
    const names = new Map(g.nodes.map((n) => [n.id, n.name || n.id]));
    const edges = [...g.edges].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source)).slice(0, 40);
    replace(
      this.details,
      head(title),
      h("p", { class: "meta" }, "Search for an actor above, or click an actor or an edge in the network to see the facts behind it."),
      h("h3", {}, "Strongest dyads in view"),
      edges.length === 0
        ? h("p", { class: "empty-text" }, "No events in this period.")
        : h(
            "ul",
            { class: "list" },
            edges.map((e) =>
              h(
                "li",
                {},
                h(
                  "button",
                  { type: "button", class: "rowbtn", onclick: () => app.go({ detail: { kind: "dyad", a: e.source, b: e.target } }) },
                  h(
                    "span",
                    { class: "grow" },
                    h("span", {}, `${names.get(e.source)} → ${names.get(e.target)}`),
                    quadBar(e.quad_class),
                  ),
                  h("span", { class: "meta" }, plural(e.weight, "event")),
                  gold(e.goldstein),
                ),
              ),
            ),
          ),
      g.truncated ? h("p", { class: "meta" }, "Only the strongest are shown; narrow the period or the kind of events to see others.") : null,
    );
  }

  /** actor shows an actor's card: who they are, their roles, counterparts and latest statements. */
  async actor(id: string, ego: boolean): Promise<void> {
    const gen = this.turn();
    const app = this.app;
    const el = this.details;
    const { from, to } = app.period();
    const quad = app.state.quad || undefined;
    replace(el, head(app.name(id) ?? id, ego ? undefined : this.closeDetail), loading("the actor"));
    let a: ActorDetail, rel: Page<Relation>, st: Page<TimelineItem>;
    try {
      [a, rel, st] = await Promise.all([
        get<ActorDetail>(`/actors/${encodeURIComponent(id)}`),
        get<Page<Relation>>(`/actors/${encodeURIComponent(id)}/relations`, { from, to, quad_class: quad, limit: 8 }),
        get<Page<TimelineItem>>(`/actors/${encodeURIComponent(id)}/timeline`, { kind: "statement", order: "desc", limit: 5, from, to }),
      ]);
    } catch (err) {
      if (this.live(gen)) replace(el, head(app.name(id) ?? id, this.closeDetail), errorBox(err, "this actor"));
      return;
    }
    if (!this.live(gen)) return;
    const typeBadge = h("span", { class: "badge" + (a.type === "country" ? " code" : "") }, a.type === "country" && a.country ? a.country : typeNames[a.type]);
    replace(
      el,
      head([a.name, typeBadge], ego ? undefined : this.closeDetail),
      h("p", { class: "meta" }, `${typeNames[a.type]}${a.country && a.type !== "country" ? " · " + a.country : ""} · seen ${fmtDay(a.first_seen)} – ${fmtDay(a.last_seen)}`),
      h(
        "div",
        { class: "stats" },
        h("div", {}, h("b", {}, fmtNum(a.events)), h("span", {}, "events")),
        h("div", {}, h("b", {}, fmtNum(a.statements)), h("span", {}, "statements")),
        h("div", {}, h("b", {}, fmtNum(a.articles)), h("span", {}, "articles")),
      ),
      h(
        "div",
        { class: "actions" },
        ego ? null : h("button", { type: "button", class: "btn primary", onclick: () => app.go({ actor: id, detail: { kind: "overview" } }) }, "Show their network"),
        h("button", { type: "button", class: "btn", onclick: () => app.go({ tab: "statements", actor: app.state.actor || id }) }, "Statements"),
        h("button", { type: "button", class: "btn", onclick: () => app.go({ tab: "paths", pathFrom: id, pathTo: "" }) }, "Find a path"),
      ),
      a.aliases.length ? [h("h3", {}, "Also named"), h("div", { class: "chips" }, a.aliases.map((x) => h("span", { class: "chip" }, x)))] : null,
      a.roles.length
        ? [
            h("h3", {}, "Roles"),
            h(
              "ul",
              { class: "list" },
              a.roles.map((r) =>
                h("li", {}, `${r.title}, `, actorChip(app, r.of), h("div", { class: "meta" }, r.from || r.to ? `${r.from ? fmtDay(r.from) : "…"} – ${r.to ? fmtDay(r.to) : "…"}` : "dates unknown")),
              ),
            ),
          ]
        : null,
      h("h3", {}, "Strongest counterparts in this period"),
      rel.items.length === 0
        ? h("p", { class: "empty-text" }, "No events with anyone in this period.")
        : h(
            "ul",
            { class: "list", id: "counterparts" },
            rel.items.map((r) =>
              h(
                "li",
                {},
                h(
                  "button",
                  { type: "button", class: "rowbtn", "data-counterpart": r.counterpart.id, onclick: () => app.go({ detail: { kind: "dyad", a: id, b: r.counterpart.id } }) },
                  h("span", { class: "grow" }, h("span", {}, r.counterpart.name || r.counterpart.id), quadBar(r.quad_class)),
                  h("span", { class: "meta" }, `${plural(r.events, "event")} (${r.outgoing} out, ${r.incoming} in)`),
                  gold(r.goldstein),
                ),
              ),
            ),
          ),
      h("h3", {}, "Latest statements in this period"),
      st.items.length === 0
        ? h("p", { class: "empty-text" }, "No statements in this period.")
        : h("ul", { class: "list" }, st.items.map((it) => (it.statement ? this.statementItem(it.statement, false) : null))),
    );
  }

  private statementItem(s: Statement, withSpeaker: boolean): HTMLElement {
    const app = this.app;
    return h(
      "li",
      {},
      h("div", { class: "meta" }, withSpeaker ? [s.speaker ? actorChip(app, s.speaker) : "speaker unknown", " "] : null, h("span", { class: "date", title: dateSourceNote(s.date_source) }, fmtDate(s.date, s.date_precision)), s.kind === "indirect" ? " · reported speech" : ""),
      h("p", { class: "statement-text " + s.kind }, s.text),
      s.about.length ? h("div", { class: "chips" }, h("span", { class: "meta" }, "about"), s.about.map((a) => actorChip(app, a))) : null,
      h("div", { class: "meta" }, `${plural(s.articles, "article")}${s.outlets.length ? " · " + s.outlets.join(", ") : ""}`),
    );
  }

  /** dyad shows the events between two actors, either way, in date order, each with its evidence and reports. */
  async dyad(a: string, b: string): Promise<void> {
    const gen = this.turn();
    const app = this.app;
    const el = this.details;
    const { from, to } = app.period();
    const title = () => `${app.name(a) ?? a} ⇄ ${app.name(b) ?? b}`;
    replace(el, head(title(), this.closeDetail), loading("the events"));
    const params = { actor: a, counterpart: b, from, to, quad_class: app.state.quad || undefined };
    let page: Page<EventRow>;
    try {
      page = await get<Page<EventRow>>("/events", { ...params, limit: 50 });
    } catch (err) {
      if (this.live(gen)) replace(el, head(title(), this.closeDetail), errorBox(err, "the events"));
      return;
    }
    if (!this.live(gen)) return;
    const list = h("ol", { class: "list", id: "dyad-events" });
    const more = h("div", { class: "more" });
    const add = (p: Page<EventRow>) => {
      for (const e of p.items) list.appendChild(this.eventItem(e));
      replace(
        more,
        p.next_offset !== null
          ? h(
              "button",
              {
                type: "button",
                class: "btn",
                onclick: async () => {
                  replace(more, loading("more events"));
                  try {
                    add(await get<Page<EventRow>>("/events", { ...params, limit: 50, offset: p.next_offset }));
                  } catch (err) {
                    replace(more, errorBox(err, "more events"));
                  }
                },
              },
              "More events",
            )
          : null,
      );
    };
    const first = page.items[0];
    const names = first ? `${first.source.id === a ? first.source.name : first.target.name} ⇄ ${first.source.id === a ? first.target.name : first.source.name}` : title();
    replace(
      el,
      head(names, this.closeDetail),
      h("p", { class: "meta" }, `Events either way, ${fmtDay(from)} – ${fmtDay(to)}${app.state.quad ? ", " + quadNames[app.state.quad - 1] + " only" : ""}, oldest first.`),
      h(
        "div",
        { class: "actions" },
        h("a", { class: "btn", href: apiURL("/events", { ...params, format: "csv" }), download: "" }, "Download CSV"),
        app.state.actor === a ? null : h("button", { type: "button", class: "btn", onclick: () => app.go({ actor: a, detail: { kind: "dyad", a, b } }) }, `Network of ${app.name(a) ?? a}`),
      ),
      page.items.length === 0 ? h("p", { class: "empty-text" }, "No events between them in this period. Widen the period on the time bar.") : list,
      more,
    );
    add(page);
  }

  private eventItem(e: EventRow): HTMLElement {
    const app = this.app;
    return h(
      "li",
      { class: "event" },
      h(
        "div",
        { class: "event-head" },
        h("span", { class: "date", title: dateSourceNote(e.date_source) }, fmtDate(e.date, e.date_precision)),
        h("b", {}, `${e.source.name} → ${e.target.name}`),
      ),
      h(
        "div",
        { class: "event-head" },
        h("span", { style: `color:${quadColors[e.quad_class - 1]}`, title: quadNames[e.quad_class - 1] }, "■"),
        h("span", {}, e.cameo_name ? `${e.cameo_name} ` : "", h("span", { class: "muted" }, `(CAMEO ${e.cameo})`)),
        gold(e.goldstein),
        e.context ? h("span", { class: "badge ctx", title: "Not reported as a plain fact" }, e.context) : null,
      ),
      e.evidence ? h("blockquote", { class: "evidence" }, e.evidence) : null,
      h("div", { class: "meta" }, `Reported by ${plural(e.articles, "article")} from ${plural(e.outlets, "outlet")}:`),
      h(
        "ul",
        { class: "reports" },
        e.reports.map((r) =>
          h(
            "li",
            {},
            h("a", { href: "#", onclick: (ev: Event) => (ev.preventDefault(), app.go({ detail: { kind: "article", id: r.article } })) }, r.title || "untitled article"),
            ` · ${r.outlet ?? "unknown outlet"} · ${fmtDay(r.published)}`,
            // A merged report may name other sides (a minister for its state) or date the event less precisely.
            r.source && (r.source !== e.source.id || r.target !== e.target.id) ? h("span", { class: "muted" }, ` · told as ${r.source} → ${r.target}`) : null,
            r.date && r.date_precision && r.date_precision !== e.date_precision ? h("span", { class: "muted" }, ` · dated ${fmtDate(r.date, r.date_precision)}`) : null,
          ),
        ),
      ),
    );
  }

  /** article shows the cleaned text with its actors, quotes and event sentences marked. */
  async article(id: string): Promise<void> {
    const gen = this.turn();
    const el = this.details;
    const app = this.app;
    replace(el, head("Article", this.closeDetail), loading("the article"));
    let a: Article;
    try {
      a = await get<Article>(`/articles/${encodeURIComponent(id)}`);
    } catch (err) {
      if (this.live(gen)) replace(el, head("Article", this.closeDetail), errorBox(err, "the article"));
      return;
    }
    if (!this.live(gen)) return;
    const marks: { text: string; cls: string }[] = [
      ...a.events.filter((e) => e.evidence).map((e) => ({ text: e.evidence!.trim(), cls: "m-event" })),
      ...a.statements.map((s) => ({ text: s.text.trim(), cls: "m-quote" })),
      ...a.actors.map((m) => ({ text: m.actor.name, cls: "m-actor" })),
    ];
    const paragraphs = (a.body ?? "").split(/\n\s*\n/).filter((p) => p.trim());
    replace(
      el,
      head(a.title || "Untitled article", this.closeDetail),
      h("p", { class: "meta" }, `${a.outlet ?? "unknown outlet"} · ${fmtDay(a.published)}`, a.url ? [" · ", h("a", { href: a.url, target: "_blank", rel: "noopener noreferrer" }, "original page")] : null),
      h(
        "div",
        { class: "mark-legend" },
        h("span", {}, h("span", { class: "m-actor" }, "actor")),
        h("span", {}, h("span", { class: "m-quote" }, "statement")),
        h("span", {}, h("span", { class: "m-event" }, "event sentence")),
      ),
      paragraphs.length
        ? h("div", { class: "article-body" }, paragraphs.map((p) => h("p", {}, markText(p, marks))))
        : h("p", { class: "empty-text" }, "The text of this article was not stored (it was ingested before texts were kept)."),
      h("h3", {}, "Actors"),
      h("div", { class: "chips" }, a.actors.map((m) => actorChip(app, m.actor))),
      a.events.length
        ? [
            h("h3", {}, "Events"),
            h(
              "ul",
              { class: "list" },
              a.events.map((e) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    { type: "button", class: "rowbtn", onclick: () => app.go({ detail: { kind: "dyad", a: e.source.id, b: e.target.id } }) },
                    h("span", { class: "grow" }, `${e.source.name} → ${e.target.name}: ${e.cameo_name ?? "CAMEO " + e.cameo}`, e.context ? h("span", { class: "badge ctx" }, e.context) : null),
                    gold(e.goldstein),
                  ),
                ),
              ),
            ),
          ]
        : null,
      a.statements.length ? [h("h3", {}, "Statements"), h("ul", { class: "list" }, a.statements.map((s) => this.statementItem(s, true)))] : null,
    );
  }

  /** statementsTab lists statements of the period, by the actor in view if there is one, with full-text search. */
  async statementsTab(): Promise<void> {
    const app = this.app;
    const el = this.statements;
    const { from, to } = app.period();
    const speaker = app.state.actor;
    const input = h("input", { type: "search", id: "statement-q", placeholder: "Search the statements’ words, e.g. sanksi", "aria-label": "Search statements", value: app.state.q });
    let timer = 0;
    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => app.go({ q: input.value.trim() }, true), 300);
    });
    const results = h("div", {}, loading("statements"));
    const had = document.activeElement?.id === "statement-q";
    replace(
      el,
      h("h2", { tabindex: -1 }, "Statements"),
      h("p", { class: "meta" }, `${speaker ? "By " + (app.name(speaker) ?? speaker) + ", " : ""}${fmtDay(from)} – ${fmtDay(to)}.`),
      h("div", { class: "form-row" }, input),
      results,
    );
    if (had) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
    const params = { q: app.state.q, speaker: speaker || undefined, from, to, limit: 30 };
    const list = h("ul", { class: "list" });
    const more = h("div", { class: "more" });
    const show = async (offset: number) => {
      const page = await get<Page<Statement>>("/statements", { ...params, offset });
      for (const s of page.items) list.appendChild(this.statementItem(s, true));
      replace(more, page.next_offset !== null ? h("button", { type: "button", class: "btn", onclick: () => void show(page.next_offset!).catch((err) => replace(more, errorBox(err, "more statements"))) }, "More statements") : null);
      return page;
    };
    try {
      const page = await show(0);
      replace(results, page.items.length === 0 ? h("p", { class: "empty-text" }, app.state.q ? `No statement matches “${app.state.q}” in this period.` : "No statements in this period.") : [list, more]);
    } catch (err) {
      if (!isAbort(err)) replace(results, errorBox(err, "statements"));
    }
  }

  /** pathsTab finds the shortest connections between two actors. */
  async pathsTab(): Promise<void> {
    const app = this.app;
    const el = this.paths;
    const s = app.state;
    let fromId = s.pathFrom;
    let toId = s.pathTo;
    const a = actorPicker({ label: "From actor", placeholder: "From… (e.g. Blinken)", onPick: (x) => ((fromId = x.id), toId && app.go({ pathFrom: fromId, pathTo: toId })) });
    const b = actorPicker({ label: "To actor", placeholder: "To… (e.g. Kim Jong Un)", onPick: (x) => ((toId = x.id), fromId && app.go({ pathFrom: fromId, pathTo: toId })) });
    if (fromId) a.set(app.name(fromId) ?? fromId);
    if (toId) b.set(app.name(toId) ?? toId);
    const results = h("div", {});
    replace(
      el,
      h("h2", { tabindex: -1 }, "Paths between two actors"),
      h("p", { class: "meta" }, "The shortest chains of events, statements and roles that join them."),
      h("div", { class: "form-row" }, a.root),
      h("div", { class: "form-row" }, b.root),
      results,
    );
    if (!fromId || !toId) {
      replace(results, h("p", { class: "empty-text" }, "Choose two actors."));
      return;
    }
    replace(results, loading("paths"));
    try {
      const page = await get<Page<Path>>("/paths", { from: fromId, to: toId, limit: 20 });
      // Paths through the same nodes by other relationships (two titles of
      // one role) read the same: show each chain once.
      const seen = new Set<string>();
      const paths = page.items.filter((p) => {
        const key = p.nodes.map((n) => n.id).join(" ");
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const ends = paths[0]?.nodes;
      if (ends && !app.name(fromId)) a.set(ends[0]!.label);
      if (ends && !app.name(toId)) b.set(ends[ends.length - 1]!.label);
      replace(
        results,
        paths.length === 0
          ? h("p", { class: "empty-text" }, "No connection within 6 steps.")
          : paths.map((p) =>
              h(
                "div",
                { class: "path" },
                p.nodes.map((n, i) => [
                  i > 0 ? h("span", { class: "step" }, ` —${p.steps[i - 1]?.type ?? ""}— `) : null,
                  n.kind === "actor"
                    ? h("button", { type: "button", class: "chip", onclick: () => app.go({ detail: { kind: "actor", id: n.id } }) }, n.label)
                    : h("span", { class: "chip", title: n.kind }, n.kind === "statement" ? `“${n.label.slice(0, 80)}${n.label.length > 80 ? "…" : ""}”` : eventLabel(n.label)),
                ]),
              ),
            ),
      );
    } catch (err) {
      replace(results, errorBox(err, "paths"));
    }
  }
}

/** eventLabel writes a path's event ("112 2023-03-31") as "CAMEO 112, 31 Mar 2023". */
function eventLabel(label: string): string {
  const [code, date] = label.split(" ");
  return `CAMEO ${code}${date ? ", " + fmtDay(date) : ""}`;
}

/** markText splits a paragraph at every mark's edges and wraps each piece in the marks that cover it. */
export function markText(text: string, marks: { text: string; cls: string }[]): Child[] {
  const cover: Set<string>[] = Array.from({ length: text.length + 1 }, () => new Set<string>());
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    if (m.text.length < 2) continue;
    for (let i = text.indexOf(m.text); i >= 0; i = text.indexOf(m.text, i + m.text.length)) {
      cuts.add(i);
      cuts.add(i + m.text.length);
      for (let k = i; k < i + m.text.length; k++) cover[k]!.add(m.cls);
    }
  }
  const at = [...cuts].sort((x, y) => x - y);
  const out: Child[] = [];
  for (let j = 0; j + 1 < at.length; j++) {
    const piece = text.slice(at[j], at[j + 1]);
    const cls = [...cover[at[j]!]!].sort().join(" ");
    out.push(cls ? h("span", { class: cls }, piece) : piece);
  }
  return out;
}
