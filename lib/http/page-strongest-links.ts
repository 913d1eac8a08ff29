// The dashboard page at scale: the default view's strongest links for its HTML, read through the same cached
// GET /api/links answer the API serves (one computation per data version for the page and the API alike), so the
// map's arcs are in the page's first bytes even when the timeline is megabytes the browser fetches afterwards.
import "server-only";
import { BASE_ARC_BUDGET, FIRST_VIEW_ARC_LIMIT, selectArcs } from "@/lib/map/arc-budget";
import { arcFocus, type FocusTarget } from "@/lib/map/arc-focus";
import { arcFor, boundsOf, capitalLookup } from "@/lib/map/features";
import type { StrongestLinks } from "@/lib/query/atlas";
import type { CountryDto } from "@/lib/schemas/countries";
import { filterPairs, type EventFilters, type LinkFilter } from "@/lib/schemas/filters";
import type { ListLinksResponse } from "@/lib/schemas/links";
import { queryString } from "@/lib/schemas/query";
import { linksRead } from "./reads/links";

/**
 * The BASE_ARC_BUDGET (with `showAll`, FIRST_VIEW_ARC_LIMIT) strongest links for `filters` over all time (the dashboard's default range) with the ties of
 * `focus` (the panel the address opens), how many there
 * are, and the bounds of every link's arc between `countries`' capitals. Resolves null when the answer is not
 * ready within `waitMs` (a cold /api/links takes seconds at a million events: the page is not held up for it, and
 * the computation goes on to serve the next visitor) or is not a 200. Never rejects.
 */
export async function pageStrongestLinks(
  filters: EventFilters & LinkFilter,
  countries: readonly CountryDto[],
  focus: FocusTarget,
  showAll: boolean,
  waitMs: number,
): Promise<StrongestLinks | null> {
  const pairs = filterPairs(filters);
  if (filters.direction?.length) pairs.push(["direction", [...filters.direction].sort().join(",")]);
  const answer = linksRead(new Request(`http://localhost/api/links${queryString(pairs)}`))
    .then(async (response) => (response.status === 200 ? ((await response.json()) as ListLinksResponse) : null))
    .catch(() => null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs).unref());
  const body = await Promise.race([answer, timeout]);
  if (!body) return null;
  const capitals = capitalLookup(countries as CountryDto[]);
  const drawable = body.links.filter((l) => capitals.has(l.countries[0]) && capitals.has(l.countries[1]));
  return {
    // With every arc asked for (?arcs=all), as many as the first view draws of them.
    links: selectArcs(drawable, showAll ? FIRST_VIEW_ARC_LIMIT : BASE_ARC_BUDGET, { keep: (l) => arcFocus(l, focus) === "front" }).shown,
    total: drawable.length,
    bounds: boundsOf(drawable.flatMap((l) => arcFor(l, capitals) ?? [])),
  };
}
