"use client";
// Which panel is open lives in the URL (?link=IR-KP or ?country=KP), so it can be shared and browser Back
// closes it. We write with history.pushState, without a server round trip, and announce the write to
// use-location-query.ts, which readers of the address go through.
import { useCallback, useMemo } from "react";
import { DashboardQuerySchema, type DashboardQuery } from "@/lib/schemas/dashboard";
import { announceQueryChange, flushAddress } from "./use-location-query";
import { useParsedQuery } from "./use-parsed-query";

/** A link panel may also name one of its events (?link=IR-KP&event=...), which it highlights. */
export type Selection = { kind: "link"; id: string; event?: string } | { kind: "country"; id: string } | null;

/** How many panel entries this tab has pushed on top of the page it opened with. */
const DEPTH_KEY = "axisPanelDepth";

/** The panel the address opens: a link (and an event in it), else a country, else none. */
export function selectionOf(query: Pick<DashboardQuery, "link" | "event" | "country">): Selection {
  if (query.link) return { kind: "link", id: query.link, ...(query.event ? { event: query.event } : {}) };
  if (query.country) return { kind: "country", id: query.country };
  return null;
}

function currentDepth(): number {
  const state = window.history.state as Record<string, unknown> | null;
  const depth = state?.[DEPTH_KEY];
  return typeof depth === "number" ? depth : 0;
}

/**
 * The address (path and query) that opens `selection` on `pathname`, keeping the rest of `search` (the range and
 * filters). Pure, so the server can write it into links (the first view's arcs) that work without JavaScript.
 */
export function selectionHref(pathname: string, search: string | URLSearchParams, selection: Selection): string {
  const params = new URLSearchParams(search);
  params.delete("link");
  params.delete("country");
  params.delete("event");
  if (selection) params.set(selection.kind, selection.id);
  if (selection?.kind === "link" && selection.event) params.set("event", selection.event);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ""}`;
}

function urlFor(selection: Selection): string {
  return `${selectionHref(window.location.pathname, window.location.search, selection)}${window.location.hash}`;
}

export function useSelection() {
  const { data } = useParsedQuery(DashboardQuerySchema);
  const selection = useMemo(() => selectionOf(data), [data]);

  /** `edit` may change other parameters in the same step (search clears a range that hides its event). */
  const select = useCallback((next: Exclude<Selection, null>, edit?: (params: URLSearchParams) => void) => {
    // A range or filter written a moment ago goes into the current entry first: the new one builds on it.
    flushAddress();
    let url = urlFor(next);
    if (edit) {
      const parsed = new URL(url, window.location.origin);
      edit(parsed.searchParams);
      url = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    }
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    window.history.pushState({ [DEPTH_KEY]: currentDepth() + 1 }, "", url);
    announceQueryChange();
  }, []);

  /** Closing goes back past every panel we pushed; a panel opened from a shared URL is replaced instead. */
  const close = useCallback(() => {
    flushAddress();
    const depth = currentDepth();
    if (depth > 0) window.history.go(-depth);
    else {
      window.history.replaceState({ [DEPTH_KEY]: 0 }, "", urlFor(null));
      announceQueryChange();
    }
  }, []);

  return { selection, select, close };
}
