// One link for a range and filters, everything its panel shows: the numbers (the same as GET /api/links gives
// for that range, so the panel agrees with its arc), the first page of its events newest first (the rest
// through GET /api/links/{id}/events), the events that add most to its strength, and its activity per month.
import "server-only";
import { db } from "@/lib/db";
import { summarizeLinks, summaryFromTotals } from "@/lib/domain/summarize-links";
import { LINK_EVENTS_PAGE, LINK_STRONGEST_LIMIT, type LinkDetail, type LinkFilters } from "@/lib/schemas/links";
import { linkActivity } from "./link-activity";
import { linkEventWhere } from "./link-event-scope";
import { eventFactSelect, linkMetaSelect, strengthOptions, toEventFact, toLinkMeta } from "./link-facts";
import { strongestLinkEvents } from "./link-strongest-events";
import { linkTotals, monthAligned } from "./link-totals";
import { linkEventsPage } from "./list-link-events";

/** The link `id` as its panel shows it for `filters`, or null when there is no such link. */
export async function getLink(id: string, filters: LinkFilters): Promise<LinkDetail | null> {
  const link = await db().link.findUnique({ where: { id }, select: linkMetaSelect });
  if (!link) return null;
  const options = strengthOptions(filters);
  const meta = toLinkMeta(link);
  const [summary, page, strongest, activity] = await Promise.all([
    monthAligned(filters)
      ? linkTotals(filters, { links: [id] }).then((totals) => summaryFromTotals(meta, totals.get(id)))
      : db()
          .event.findMany({ where: linkEventWhere(link, filters), select: eventFactSelect })
          .then((facts) => summarizeLinks([meta], facts.map(toEventFact), options)[0]!),
    linkEventsPage(link, filters, { limit: LINK_EVENTS_PAGE }),
    strongestLinkEvents(link, filters, LINK_STRONGEST_LIMIT),
    linkActivity(link, filters),
  ]);
  return { ...summary, asOf: options.asOf, events: page.events, nextCursor: page.nextCursor, strongest, activity };
}
