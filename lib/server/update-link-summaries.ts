// GET /api/links' summaries after writes, from the summaries as they were at an earlier data version: only the links
// the writes changed (link_changes, see changed-links-since.ts) are added up again from link_month_stats. At a
// million events, adding up every link is over half a million rows; an edit touches a few links' rows.
import "server-only";
import { summaryFromTotals, type LinkTotals } from "@/lib/domain/summarize-links";
import type { LinkFilters, LinkSummary } from "@/lib/schemas/links";
import { changedLinksSince } from "./changed-links-since";
import { currentLinkMeta } from "./current-link-meta";
import { linkTotals, monthAligned } from "./link-totals";
import { listLinks } from "./list-links";

/** Link summaries (in id order, as listLinks gives them) and the data version they were computed at, exactly. */
export interface VersionedLinkSummaries {
  version: string;
  links: LinkSummary[];
}

/**
 * Takes the filters and, when there is one, listLinks' answer for the same filters and day at an earlier version.
 * Returns listLinks(filters) now: `previous` with the links changed since its version added up again and the links'
 * meta brought up to date (current-link-meta.ts). Computes everything when there is no previous answer, when
 * link_changes cannot say what changed, or when the range is not whole months (those are counted from the events,
 * see list-links.ts). Exact at the current version only if no
 * write commits while it runs: the caller checks (cached-json.ts). Throws when the database cannot be reached.
 */
export async function updateLinkSummaries(filters: LinkFilters, previous: VersionedLinkSummaries | undefined): Promise<LinkSummary[]> {
  if (!previous || !monthAligned(filters)) return listLinks(filters);
  const changes = await changedLinksSince(previous.version);
  if ("all" in changes) return listLinks(filters);
  if (changes.version === previous.version) return previous.links;
  const before = new Map(previous.links.map((l) => [l.id, l]));
  const recomputed = new Set(changes.links);
  const [links, totals] = await Promise.all([
    currentLinkMeta(previous.links, changes.links, filters.countries),
    recomputed.size ? linkTotals(filters, { links: changes.links, countries: filters.countries }) : new Map<string, LinkTotals>(),
  ]);
  return links.map((meta) => (recomputed.has(meta.id) ? summaryFromTotals(meta, totals.get(meta.id)) : { ...before.get(meta.id)!, ...meta }));
}
