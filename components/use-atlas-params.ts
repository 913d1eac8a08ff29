"use client";
// The timeline's range and the filters live in the URL beside the open panel (?from=2023-01&to=2024-04
// &category=summit&link=IR-KP). They are written with history.replaceState, keeping the history entry's
// state (the panel depth use-selection counts), so dragging or playing the range does not flood Back.
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { filterParams, isMonth, parseFilters, type AtlasFilters, type MonthRange } from "@/lib/map/timeline";

const RANGE_KEYS = ["from", "to"] as const;
const FILTER_KEYS = ["category", "minEvidence", "countries", "origin"] as const;

/** Replaces the current URL's query with `edit`'s changes, keeping the history entry's state. */
export function replaceQuery(edit: (params: URLSearchParams) => void) {
  const params = new URLSearchParams(window.location.search);
  edit(params);
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  // Keep our own keys (use-selection's panel depth) but not Next.js's internal ones: a state that carries them
  // makes Next's patched replaceState skip syncing useSearchParams with the new URL.
  const { __NA: _na, _N: _n, __PRIVATE_NEXTJS_INTERNALS_TREE: _tree, ...ours } = (window.history.state ?? {}) as Record<string, unknown>;
  window.history.replaceState(ours, "", url);
}

export function useAtlasParams() {
  const searchParams = useSearchParams();
  const key = searchParams.toString();
  const { requested, filters } = useMemo(() => {
    const params = new URLSearchParams(key);
    const from = params.get("from");
    const to = params.get("to");
    return {
      requested: { from: isMonth(from) ? from : undefined, to: isMonth(to) ? to : undefined } as Partial<MonthRange>,
      filters: parseFilters(params),
    };
  }, [key]);

  /** A range; null (or the whole span, when `whole` says so) clears it from the URL. */
  const setRange = useCallback((range: MonthRange | null) => {
    replaceQuery((params) => {
      for (const k of RANGE_KEYS) params.delete(k);
      if (range) {
        params.set("from", range.from);
        params.set("to", range.to);
      }
    });
  }, []);

  const setFilters = useCallback((next: AtlasFilters) => {
    replaceQuery((params) => {
      for (const k of FILTER_KEYS) params.delete(k);
      for (const [k, v] of filterParams(next)) params.set(k, v);
    });
  }, []);

  return { requested, filters, setRange, setFilters };
}
