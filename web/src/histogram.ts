// Events per month, stacked by quad class, with a brush: dragging over the
// bars chooses the period that filters everything else. The brush also
// answers the keyboard: arrows move it by a month, shift+arrows widen or
// narrow it, Home and End go to the ends.

import { svg } from "./dom";
import { fmtMonth, fmtNum, quadColors, quadNames } from "./format";
import type { Bucket } from "./types";

export interface Range {
  /** first and last are months (YYYY-MM-01), both included. */
  first: string;
  last: string;
}

const pad = { left: 34, right: 8, top: 6, bottom: 18 };

export class Histogram {
  private months: string[] = [];
  private counts: Bucket[] = [];
  private range: Range | null = null;
  private readonly el: SVGSVGElement;
  /** drag is a pointer drag in progress: start is the month that stays put. */
  private drag: { start: number; moved: boolean; fresh?: boolean } | null = null;

  constructor(
    private readonly host: HTMLElement,
    /** onRange is called while dragging (final false) and once it ends (final true). */
    private readonly onRange: (r: Range, final: boolean) => void,
  ) {
    this.el = svg("svg", { role: "group", "aria-label": "Events per month; drag to choose a period" });
    host.appendChild(this.el);
    this.el.addEventListener("pointerdown", (e) => this.down(e));
    this.el.addEventListener("pointermove", (e) => this.move(e));
    this.el.addEventListener("pointerup", (e) => this.up(e));
    new ResizeObserver(() => this.draw()).observe(host);
  }

  /** setData shows the months from the first bucket to the last, empty ones included. */
  setData(months: string[], buckets: Bucket[]): void {
    this.months = months;
    const by = new Map(buckets.map((b) => [b.start.slice(0, 10), b]));
    this.counts = months.map((m) => by.get(m) ?? { start: m, events: 0, statements: 0, quad_class: [0, 0, 0, 0], goldstein: 0 });
    this.draw();
  }

  setRange(r: Range | null): void {
    this.range = r;
    this.draw();
  }

  private get width(): number {
    return Math.max(200, this.host.clientWidth);
  }

  private get height(): number {
    return Math.max(60, this.host.clientHeight);
  }

  private slot(): number {
    return (this.width - pad.left - pad.right) / Math.max(1, this.months.length);
  }

  private indexAt(clientX: number): number {
    const x = clientX - this.el.getBoundingClientRect().left - pad.left;
    return Math.max(0, Math.min(this.months.length - 1, Math.floor(x / this.slot())));
  }

  private draw(): void {
    const el = this.el;
    el.replaceChildren();
    const w = this.width;
    const hgt = this.height;
    el.setAttribute("viewBox", `0 0 ${w} ${hgt}`);
    // The geometry, for scripts that drive the brush (the browser tests).
    el.dataset.first = this.months[0] ?? "";
    el.dataset.months = String(this.months.length);
    el.dataset.left = String(pad.left);
    el.dataset.right = String(pad.right);
    if (this.months.length === 0) return;
    const slot = this.slot();
    const plotH = hgt - pad.top - pad.bottom;
    const max = Math.max(1, ...this.counts.map((b) => b.events));
    const y = (v: number) => pad.top + plotH - (v / max) * plotH;

    el.appendChild(svg("line", { x1: pad.left, x2: w - pad.right, y1: y(0), y2: y(0), stroke: "#c9d1da" }));
    const maxLabel = svg("text", { x: pad.left - 4, y: pad.top + 8, "text-anchor": "end", class: "axis" });
    maxLabel.textContent = fmtNum(max);
    el.appendChild(maxLabel);

    const bars = svg("g", { "aria-hidden": "true" });
    this.counts.forEach((b, i) => {
      let base = 0;
      const x = pad.left + i * slot + Math.min(1, slot * 0.1);
      const bw = Math.max(1, slot - Math.min(2, slot * 0.2));
      b.quad_class.forEach((n, q) => {
        if (!n) return;
        const r = svg("rect", { x, width: bw, y: y(base + n), height: y(base) - y(base + n), fill: quadColors[q]! });
        const title = svg("title");
        title.textContent = `${fmtMonth(b.start)}: ${fmtNum(b.events)} events (${quadNames.map((name, k) => `${b.quad_class[k]} ${name}`).join(", ")})`;
        r.appendChild(title);
        bars.appendChild(r);
        base += n;
      });
    });
    el.appendChild(bars);

    // Year ticks, thinned to fit.
    const years = this.months.map((m, i) => [m, i] as const).filter(([m]) => m.endsWith("-01-01") || m === this.months[0]);
    const every = Math.max(1, Math.ceil(years.length / Math.max(1, Math.floor((w - pad.left) / 48))));
    years.forEach(([m, i], k) => {
      if (k % every) return;
      const t = svg("text", { x: pad.left + i * slot + 2, y: hgt - 4, class: "axis" });
      t.textContent = m === this.months[0] && !m.endsWith("-01-01") ? fmtMonth(m) : m.slice(0, 4);
      el.appendChild(t);
    });

    if (this.range) {
      const a = Math.max(0, this.months.indexOf(this.range.first));
      const bIdx = this.months.indexOf(this.range.last);
      const b = bIdx < 0 ? this.months.length - 1 : bIdx;
      const x0 = pad.left + a * slot;
      const x1 = pad.left + (b + 1) * slot;
      el.appendChild(svg("rect", { class: "outside", x: pad.left, y: pad.top, width: Math.max(0, x0 - pad.left), height: plotH }));
      el.appendChild(svg("rect", { class: "outside", x: x1, y: pad.top, width: Math.max(0, w - pad.right - x1), height: plotH }));
      const brush = svg("rect", {
        class: "brush", x: x0, y: pad.top, width: Math.max(2, x1 - x0), height: plotH, rx: 3,
        tabindex: 0, role: "slider", "aria-label": "Period",
        "aria-valuetext": `${fmtMonth(this.months[a]!)} to ${fmtMonth(this.months[b]!)}`,
        "aria-valuemin": 0, "aria-valuemax": this.months.length - 1, "aria-valuenow": a,
      });
      brush.addEventListener("keydown", (e) => this.key(e, a, b));
      el.appendChild(brush);
      for (const [edge, x] of [["left", x0], ["right", x1]] as const) {
        el.appendChild(svg("rect", { class: "edge", "data-edge": edge, x: x - 4, y: pad.top + plotH / 2 - 14, width: 8, height: 28, rx: 3 }));
      }
    }
  }

  private emit(a: number, b: number, final: boolean): void {
    const lo = Math.max(0, Math.min(a, b));
    const hi = Math.min(this.months.length - 1, Math.max(a, b));
    this.range = { first: this.months[lo]!, last: this.months[hi]! };
    this.draw();
    this.onRange(this.range, final);
  }

  private key(e: KeyboardEvent, a: number, b: number): void {
    const n = this.months.length;
    let [na, nb] = [a, b];
    switch (e.key) {
      case "ArrowLeft":
        if (e.shiftKey) nb = Math.max(a, b - 1);
        else if (a > 0) [na, nb] = [a - 1, b - 1];
        break;
      case "ArrowRight":
        if (e.shiftKey) nb = Math.min(n - 1, b + 1);
        else if (b < n - 1) [na, nb] = [a + 1, b + 1];
        break;
      case "Home":
        [na, nb] = [0, b - a];
        break;
      case "End":
        [na, nb] = [n - 1 - (b - a), n - 1];
        break;
      default:
        return;
    }
    e.preventDefault();
    this.emit(na, nb, true);
    (this.el.querySelector(".brush") as SVGElement | null)?.focus();
  }

  private down(e: PointerEvent): void {
    if (this.months.length === 0) return;
    const i = this.indexAt(e.clientX);
    this.el.setPointerCapture(e.pointerId);
    const r = this.range;
    const a = r ? this.months.indexOf(r.first) : -1;
    const b = r ? this.months.indexOf(r.last) : -1;
    const edge = (e.target as Element).getAttribute("data-edge");
    // An edge of the period resizes it; anywhere else starts a new one.
    if (edge === "left" && b >= 0) this.drag = { start: b, moved: false };
    else if (edge === "right" && a >= 0) this.drag = { start: a, moved: false };
    else this.drag = { start: i, moved: false, fresh: true };
  }

  private move(e: PointerEvent): void {
    if (!this.drag) return;
    const i = this.indexAt(e.clientX);
    if (this.drag.fresh && i === this.drag.start && !this.drag.moved) return;
    this.drag.moved = true;
    this.emit(this.drag.start, i, false);
  }

  private up(e: PointerEvent): void {
    if (!this.drag) return;
    const d = this.drag;
    this.drag = null;
    this.el.releasePointerCapture(e.pointerId);
    if (!d.moved) {
      // A click picks its month.
      if (d.fresh) this.emit(d.start, d.start, true);
      return;
    }
    if (this.range) this.onRange(this.range, true);
  }
}
