// One link with its events (newest first), their participants and sources, and what each event contributes
// to the link's strength, so a reader can trace the number to its evidence. The link's numbers count every
// event; the list carries the newest LINK_EVENT_LIMIT of them (a busy pair has tens of thousands), and
// GET /api/events?link= pages through the rest.
import "server-only";
import { db } from "@/lib/db";
import { contribution } from "@/lib/domain/strength";
import { summarizeLinks, summaryFromTotals } from "@/lib/domain/summarize-links";
import type { GetLinkResponse, LinkFilters } from "@/lib/schemas/links";
import { eventInclude, eventWhere, newestFirst, toEventDto } from "./event-query";
import { eventFactSelect, linkMetaSelect, strengthOptions, toEventFact, toLinkMeta } from "./link-facts";
import { linkTotals, monthAligned } from "./link-totals";

export const LINK_EVENT_LIMIT = 500;

export async function getLink(id: string, filters: LinkFilters): Promise<GetLinkResponse["link"] | null> {
  const link = await db().link.findUnique({ where: { id }, select: linkMetaSelect });
  if (!link) return null;
  const where = {
    ...eventWhere({ ...filters, countries: undefined }),
    AND: [{ participants: { some: { countryId: link.countryAId } } }, { participants: { some: { countryId: link.countryBId } } }],
  };
  const options = strengthOptions(filters);
  const meta = toLinkMeta(link);
  const [summary, rows] = await Promise.all([
    monthAligned(filters)
      ? linkTotals(filters, { links: [id] }).then((totals) => summaryFromTotals(meta, totals.get(id)))
      : db()
          .event.findMany({ where, select: eventFactSelect })
          .then((facts) => summarizeLinks([meta], facts.map(toEventFact), options)[0]!),
    db().event.findMany({ where, include: eventInclude, orderBy: newestFirst, take: LINK_EVENT_LIMIT }),
  ]);
  const events = rows.map(toEventDto);
  return {
    ...summary,
    asOf: options.asOf,
    events: events.map((e) => ({ ...e, contribution: contribution(e, options) })),
  };
}
