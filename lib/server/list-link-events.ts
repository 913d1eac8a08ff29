// GET /api/links/{id}/events: one link's events in a range and filters, newest first, a page at a time, each
// with what it adds to the link's strength measured as the link's numbers are (strengthOptions). The cursor is
// the last event of the previous page, so pages neither repeat nor skip an event when others are added.
import "server-only";
import { db } from "@/lib/db";
import { contribution } from "@/lib/domain/strength";
import type { LinkFilters, ListLinkEventsResponse } from "@/lib/schemas/links";
import { eventInclude, newestFirst, toEventDto } from "./event-query";
import { linkEventWhere, type LinkPair } from "./link-event-scope";
import { strengthOptions } from "./link-facts";

/** Newest first as everywhere, then by id so the order is total and a cursor marks one place in it. */
const pageOrder = [...newestFirst, { id: "desc" as const }];

/** One page of `link`'s events after the event `cursor` (from the start when absent). */
export async function linkEventsPage(
  link: LinkPair,
  filters: LinkFilters,
  page: { cursor?: string; limit: number },
): Promise<ListLinkEventsResponse> {
  const rows = await db().event.findMany({
    where: linkEventWhere(link, filters),
    include: eventInclude,
    orderBy: pageOrder,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    take: page.limit + 1,
  });
  const options = strengthOptions(filters);
  const events = rows.slice(0, page.limit).map((row) => {
    const event = toEventDto(row);
    return { ...event, contribution: contribution(event, options) };
  });
  return { events, nextCursor: rows.length > page.limit ? events[events.length - 1]!.id : null };
}

/** The page the request asks for, or null when there is no link `id`. */
export async function listLinkEvents(id: string, request: LinkFilters & { cursor?: string; limit: number }): Promise<ListLinkEventsResponse | null> {
  const link = await db().link.findUnique({ where: { id }, select: { countryAId: true, countryBId: true } });
  if (!link) return null;
  const { cursor, limit, ...filters } = request;
  return linkEventsPage(link, filters, { cursor, limit });
}
