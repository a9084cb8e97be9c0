// Words, colours and dates as the explorer shows them.

import type { ActorType } from "./types";

export const quadNames = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"] as const;
export const quadColors = ["#6baed6", "#2166ac", "#f4a582", "#b2182b"] as const;

export const typeNames: Record<ActorType, string> = {
  person: "person",
  organization: "organization",
  country: "state",
  media: "media",
  "": "actor",
};

/** Node colours by actor type; states are drawn as badges with their code. */
export const typeColors: Record<ActorType, string> = {
  country: "#1f3b57",
  person: "#e08e2b",
  organization: "#3f8f6b",
  media: "#8a6db1",
  "": "#98a2ad",
};

/** toneColor maps a mean Goldstein value (−10 … +10) to a diverging colour: red for conflict, blue for cooperation. */
export function toneColor(g: number): string {
  const stops: [number, [number, number, number]][] = [
    [-10, [178, 24, 43]],
    [-4, [239, 138, 98]],
    [0, [201, 206, 214]],
    [4, [103, 169, 207]],
    [10, [33, 102, 172]],
  ];
  const x = Math.max(-10, Math.min(10, g));
  for (let i = 1; i < stops.length; i++) {
    const [x1, c1] = stops[i]!;
    const [x0, c0] = stops[i - 1]!;
    if (x <= x1) {
      const t = (x - x0) / (x1 - x0);
      const c = c0.map((v, j) => Math.round(v + (c1[j]! - v) * t));
      return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
    }
  }
  return "rgb(33, 102, 172)";
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** fmtDay writes 2023-09-13 as "13 Sep 2023". */
export function fmtDay(d: string | undefined): string {
  if (!d) return "undated";
  const [y, m, dd] = d.slice(0, 10).split("-");
  return `${Number(dd)} ${months[Number(m) - 1] ?? "?"} ${y}`;
}

/** fmtDate writes a date as precisely as it is known: "13 Sep 2023" for a day, "Sep 2023" for a month, "2023" for a year. */
export function fmtDate(d: string | undefined, precision?: string): string {
  if (!d) return "undated";
  if (precision === "month") return fmtMonth(d);
  if (precision === "year") return d.slice(0, 4);
  return fmtDay(d);
}

const sourceNames: Record<string, string> = {
  sentence: "dated by its sentence",
  article: "dated by the article's publication date",
  inferred: "dated by the story's date, inferred from the dates the page names",
  given: "dated by the publication date given with the page",
};

/** dateSourceNote says where a date comes from, for a tooltip. */
export function dateSourceNote(source: string | undefined): string {
  return (source && sourceNames[source]) || "";
}

/** fmtMonth writes 2023-09-01 as "Sep 2023". */
export function fmtMonth(d: string): string {
  const [y, m] = d.split("-");
  return `${months[Number(m) - 1] ?? "?"} ${y}`;
}

/** fmtNum writes a count with thousands separators. */
export function fmtNum(n: number): string {
  return n.toLocaleString("en-US");
}

/** fmtGold writes a Goldstein value with its sign. */
export function fmtGold(g: number): string {
  return (g > 0 ? "+" : "") + g.toFixed(1);
}

/** plural writes "1 event", "2 events". */
export function plural(n: number, one: string, many = one + "s"): string {
  return `${fmtNum(n)} ${n === 1 ? one : many}`;
}

/** Months are the histogram's unit: YYYY-MM-01 strings. */
export function monthStart(d: string): string {
  return d.slice(0, 7) + "-01";
}

/** addMonths moves a YYYY-MM-01 month by n months. */
export function addMonths(m: string, n: number): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7)) - 1 + n;
  const yy = y + Math.floor(mo / 12);
  const mm = ((mo % 12) + 12) % 12;
  return `${String(yy).padStart(4, "0")}-${String(mm + 1).padStart(2, "0")}-01`;
}

/** monthEnd gives the last day of the month of a YYYY-MM-01 date. */
export function monthEnd(m: string): string {
  const next = addMonths(m, 1);
  const d = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 1) - 86400000);
  return d.toISOString().slice(0, 10);
}

/** monthsBetween lists the months from a to b, both included. */
export function monthsBetween(a: string, b: string): string[] {
  const out: string[] = [];
  for (let m = monthStart(a); m <= b && out.length < 2400; m = addMonths(m, 1)) out.push(m);
  return out;
}
