"use client";
// The timeline's range and the filters live in the URL beside the open panel (?from=2023-01&to=2024-04
// &category=summit&link=IR-KP), read through DashboardQuerySchema. They are written with
// history.replaceState, keeping the history entry's state (the panel depth use-selection counts), so
// dragging or playing the range does not flood Back.
import { useCallback, useMemo } from "react";
import type { MonthRange } from "@/lib/domain/month-range";
import { DashboardQuerySchema } from "@/lib/schemas/dashboard";
import { eventFilterFields, filterPairs, linkFilterFields, type EventFilters, type LinkFilter } from "@/lib/schemas/filters";
import { useParsedQuery } from "./use-parsed-query";
import { currentSearch, replaceAddressSoon } from "./use-location-query";

const RANGE_KEYS = ["from", "to"] as const;
const FILTER_KEYS = [...Object.keys(eventFilterFields), ...Object.keys(linkFilterFields)];

/**
 * Replaces the current URL's query with `edit`'s changes, keeping the history entry's state. Readers see the new
 * query at once; the history entry follows in the next task (replaceAddressSoon).
 */
export function replaceQuery(edit: (params: URLSearchParams) => void) {
  const params = new URLSearchParams(currentSearch());
  edit(params);
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (url === `${window.location.pathname}${currentSearch()}${window.location.hash}`) return;
  replaceAddressSoon(url, (latest) => {
    // Keep our own keys (use-selection's panel depth) but not Next.js's internal ones: a state that carries them
    // makes Next's patched replaceState skip syncing useSearchParams with the new URL.
    const { __NA: _na, _N: _n, __PRIVATE_NEXTJS_INTERNALS_TREE: _tree, ...ours } = (window.history.state ?? {}) as Record<string, unknown>;
    window.history.replaceState(ours, "", latest);
  });
}

/** The dashboard's filters: the events' and the links' direction. */
export type AtlasFilters = EventFilters & LinkFilter;

/** Writes `filters` into `params` in their canonical form, replacing whatever filter keys were there. */
export function writeFilters(params: URLSearchParams, filters: AtlasFilters) {
  for (const k of FILTER_KEYS) params.delete(k);
  for (const [k, v] of filterPairs(filters)) params.set(k, v);
  if (filters.direction?.length) params.set("direction", [...filters.direction].sort().join(","));
}

/** Sets or clears ?arcs=all in `params`. */
export function writeShowAllArcs(params: URLSearchParams, all: boolean) {
  if (all) params.set("arcs", "all");
  else params.delete("arcs");
}

export function useAtlasParams() {
  const { data, ignored } = useParsedQuery(DashboardQuerySchema);
  // Each keeps its identity while its own parameters are unchanged: a timeline step changes from and to only, and
  // the filters (197 country checkboxes at scale) then need no re-render.
  const requested = useMemo(() => ({ from: data.from, to: data.to }) as Partial<MonthRange>, [data.from, data.to]);
  const filterParams = [data.category, data.evidence, data.minEvidence, data.countries, data.origin, data.direction] as const;
  const filtersKey = JSON.stringify(filterParams);
  const filters = useMemo(
    () =>
      ({
        category: data.category,
        evidence: data.evidence,
        minEvidence: data.minEvidence,
        countries: data.countries,
        origin: data.origin,
        direction: data.direction,
      }) satisfies AtlasFilters,
    // filtersKey stands for the six parameters above (arrays compared by value).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filtersKey],
  );

  /** A range; null clears it from the URL (the whole span). */
  const setRange = useCallback((range: MonthRange | null) => {
    replaceQuery((params) => {
      for (const k of RANGE_KEYS) params.delete(k);
      if (range) {
        params.set("from", range.from);
        params.set("to", range.to);
      }
    });
  }, []);

  const setFilters = useCallback((next: AtlasFilters) => replaceQuery((params) => writeFilters(params, next)), []);

  /** Every arc drawn (?arcs=all), or the strongest the view shows legibly (the default). */
  const showAllArcs = data.arcs === "all";
  const setShowAllArcs = useCallback((all: boolean) => replaceQuery((params) => writeShowAllArcs(params, all)), []);

  return { requested, filters, ignored, setRange, setFilters, showAllArcs, setShowAllArcs };
}
