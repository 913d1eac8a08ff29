// The query string of a view worth sharing, in one order: the range, the open link or country (or a comparison's
// periods), then the filters. The dashboard's download and embed controls, the share previews' og:image and the
// embeds' images all write it the same way, so the same view gives the same URL (and the same cached image).
import { formatPeriod, type MonthRange } from "@/lib/domain/month-range";
import { filterPairs, type EventFilters } from "@/lib/schemas/filters";

/** A view: the dashboard's address (range, open link or country) or a comparison (a, b), and the filters. */
export interface ShareView extends EventFilters {
  from?: string;
  to?: string;
  link?: string;
  country?: string;
  a?: MonthRange;
  b?: MonthRange;
}

/**
 * The view as query-string pairs: from, to (both or neither), link or country (link wins), a, b (both or
 * neither), then the filters as filterPairs writes them. Unknown keys in `view` are left out.
 */
export function sharePairs(view: ShareView): [string, string][] {
  const pairs: [string, string][] = [];
  if (view.from && view.to) pairs.push(["from", view.from], ["to", view.to]);
  if (view.link) pairs.push(["link", view.link]);
  else if (view.country) pairs.push(["country", view.country]);
  if (view.a && view.b) pairs.push(["a", formatPeriod(view.a)], ["b", formatPeriod(view.b)]);
  const { category, evidence, minEvidence, countries, origin } = view;
  return [...pairs, ...filterPairs({ category, evidence, minEvidence, countries, origin })];
}
