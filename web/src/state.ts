// The view lives in the URL, so that a link reopens the same picture and
// the browser's back and forward buttons step through what was looked at.

export type Detail =
  | { kind: "overview" }
  | { kind: "actor"; id: string }
  | { kind: "dyad"; a: string; b: string }
  | { kind: "article"; id: string };

export type Tab = "details" | "statements" | "paths";

export interface ViewState {
  /** actor centres the network on one actor; "" shows the strongest dyads. */
  actor: string;
  depth: 1 | 2;
  /** from and to bound the period (YYYY-MM-DD); "" for the default. */
  from: string;
  to: string;
  /** quad is the quad class of the events shown, 0 for all. */
  quad: number;
  detail: Detail;
  tab: Tab;
  /** q searches the statements' text. */
  q: string;
  pathFrom: string;
  pathTo: string;
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const id = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

function pair(v: string | null): [string, string] | null {
  const parts = (v ?? "").split("~");
  return parts.length === 2 && id.test(parts[0]!) && id.test(parts[1]!) ? [parts[0]!, parts[1]!] : null;
}

/** parse reads a view from a query string, ignoring what it cannot use. */
export function parse(search: string): ViewState {
  const p = new URLSearchParams(search);
  const one = (k: string, re: RegExp) => {
    const v = p.get(k) ?? "";
    return re.test(v) ? v : "";
  };
  const s: ViewState = {
    actor: one("actor", id),
    depth: p.get("depth") === "2" ? 2 : 1,
    from: one("from", day),
    to: one("to", day),
    quad: Math.max(0, Math.min(4, Number(p.get("quad")) || 0)),
    detail: { kind: "overview" },
    tab: (["statements", "paths"] as const).find((t) => t === p.get("tab")) ?? "details",
    q: (p.get("q") ?? "").slice(0, 200),
    pathFrom: "",
    pathTo: "",
  };
  const dyad = pair(p.get("dyad"));
  const path = pair(p.get("path"));
  if (dyad) s.detail = { kind: "dyad", a: dyad[0], b: dyad[1] };
  else if (one("article", id)) s.detail = { kind: "article", id: one("article", id) };
  else if (one("card", id)) s.detail = { kind: "actor", id: one("card", id) };
  if (path) [s.pathFrom, s.pathTo] = path;
  return s;
}

/** format writes a view as a query string ("" for the default view). */
export function format(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.actor) p.set("actor", s.actor);
  if (s.actor && s.depth !== 1) p.set("depth", String(s.depth));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.quad) p.set("quad", String(s.quad));
  switch (s.detail.kind) {
    case "dyad":
      p.set("dyad", s.detail.a + "~" + s.detail.b);
      break;
    case "article":
      p.set("article", s.detail.id);
      break;
    case "actor":
      p.set("card", s.detail.id);
      break;
  }
  if (s.tab !== "details") p.set("tab", s.tab);
  if (s.q) p.set("q", s.q);
  if (s.pathFrom && s.pathTo) p.set("path", s.pathFrom + "~" + s.pathTo);
  const qs = p.toString();
  return qs ? "?" + qs : "";
}
