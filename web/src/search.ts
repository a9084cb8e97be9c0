// Actor search with suggestions as you type, from the full-text actor
// index (GET /actors?q=): an ARIA combobox that arrow keys, Enter and
// Escape drive.

import { describe, get, isAbort } from "./api";
import { h, replace } from "./dom";
import { typeNames } from "./format";
import type { Actor, Page } from "./types";

export interface Picker {
  root: HTMLElement;
  input: HTMLInputElement;
  /** set shows an actor's name without searching. */
  set(name: string): void;
}

let pickers = 0;

/** actorPicker builds a search box that calls onPick with the chosen actor. */
export function actorPicker(opts: { id?: string; label: string; placeholder: string; onPick: (a: Actor) => void; className?: string }): Picker {
  const n = ++pickers;
  const inputId = opts.id ?? `picker-${n}`;
  const listId = `${inputId}-suggestions`;
  const input = h("input", {
    type: "search",
    id: inputId,
    placeholder: opts.placeholder,
    "aria-label": opts.label,
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    autocomplete: "off",
    spellcheck: "false",
  });
  const list = h("ul", { class: "suggestions", id: listId, role: "listbox", "aria-label": "Actors found" });
  list.hidden = true;
  const root = h("div", { class: opts.className ?? "picker" }, input, list);

  let items: Actor[] = [];
  let active = -1;
  let timer = 0;
  let inflight: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll("li[role=option]").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", `${listId}-${i}`);
      list.querySelector(`#${listId}-${i}`)?.scrollIntoView({ block: "nearest" });
    }
  };
  const choose = (i: number) => {
    const a = items[i];
    if (!a) return;
    input.value = a.name;
    close();
    opts.onPick(a);
  };
  const show = (nodes: HTMLElement[]) => {
    replace(list, nodes);
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };
  const search = async (q: string) => {
    inflight?.abort();
    inflight = new AbortController();
    try {
      const page = await get<Page<Actor>>("/actors", { q, limit: 8 }, inflight.signal);
      if (input.value.trim() !== q) return;
      items = page.items;
      active = -1;
      if (items.length === 0) {
        show([h("li", { class: "empty", role: "option", "aria-disabled": "true" }, `No actor matches “${q}”.`)]);
        return;
      }
      show(
        items.map((a, i) =>
          h(
            "li",
            { id: `${listId}-${i}`, role: "option", "aria-selected": "false", onmousedown: (e: Event) => (e.preventDefault(), choose(i)) },
            h("span", { class: "badge" + (a.type === "country" ? " code" : "") }, a.type === "country" && a.country ? a.country : typeNames[a.type]),
            h("span", {}, a.name),
            a.aliases.length ? h("span", { class: "aka" }, a.aliases.slice(0, 3).join(" · ")) : null,
          ),
        ),
      );
    } catch (err) {
      if (isAbort(err)) return;
      items = [];
      show([h("li", { class: "empty", role: "option", "aria-disabled": "true" }, "Search failed: " + describe(err).message)]);
    }
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      inflight?.abort();
      close();
      return;
    }
    timer = window.setTimeout(() => void search(q), 150);
  });
  input.addEventListener("keydown", (e) => {
    const open = !list.hidden && items.length > 0;
    switch (e.key) {
      case "ArrowDown":
        if (open) highlight((active + 1) % items.length);
        e.preventDefault();
        break;
      case "ArrowUp":
        if (open) highlight(active <= 0 ? items.length - 1 : active - 1);
        e.preventDefault();
        break;
      case "Enter":
        if (open) {
          choose(active >= 0 ? active : 0);
          e.preventDefault();
        }
        break;
      case "Escape":
        if (!list.hidden) {
          close();
          e.stopPropagation();
          e.preventDefault();
        }
        break;
    }
  });
  input.addEventListener("blur", () => window.setTimeout(close, 120));

  return {
    root,
    input,
    set(name: string) {
      input.value = name;
      close();
    },
  };
}
