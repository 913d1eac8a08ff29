// GET /api/events: events newest first, or with `q` the best full-text matches first (Postgres full-text search
// over titles, summaries and sources, through the GIN index on events.search_vector). Each event says which
// links it counts toward, so a result can open its link's panel.
import "server-only";
import { db } from "@/lib/db";
import { pairsAmong } from "@/lib/domain/link-id";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchEventsRequest, SearchEventsResponse } from "@/lib/schemas/analysis";
import { eventInclude, eventWhere, newestFirst, toEventDto } from "./event-query";

function scopeWhere(request: SearchEventsRequest): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (request.link) for (const id of request.link.split("-")) and.push({ participants: { some: { countryId: id } } });
  if (request.country) and.push({ participants: { some: { countryId: request.country } } });
  return { ...eventWhere({ from: request.from, to: request.to }), ...(and.length ? { AND: and } : {}) };
}

/** The ids of the best matches for `q` within the scope, one more than a page so we know whether more follow. */
async function matchingIds(request: SearchEventsRequest, offset: number): Promise<string[]> {
  const conditions = [Prisma.sql`e.retired = false`, Prisma.sql`e.search_vector @@ query`];
  if (request.from) conditions.push(Prisma.sql`e.occurred_end >= ${request.from}::date`);
  if (request.to) conditions.push(Prisma.sql`e.occurred_on <= ${request.to}::date`);
  const countries = [...(request.link?.split("-") ?? []), ...(request.country ? [request.country] : [])];
  for (const country of countries) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.country_id = ${country})`);
  }
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT e.id::text AS id
      FROM events e, websearch_to_tsquery('simple', ${request.q}) query
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY ts_rank(e.search_vector, query) DESC, e.occurred_on DESC, e.id
     LIMIT ${request.limit + 1} OFFSET ${offset}`;
  return rows.map((r) => r.id);
}

export async function searchEvents(request: SearchEventsRequest): Promise<SearchEventsResponse> {
  const offset = Number(request.cursor ?? 0);
  let rows;
  if (request.q) {
    const ids = await matchingIds(request, offset);
    const found = await db().event.findMany({ where: { id: { in: ids.slice(0, request.limit) } }, include: eventInclude });
    const order = new Map(ids.map((id, i) => [id, i]));
    rows = found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return withLinks(rows.map(toEventDto), ids.length > request.limit ? String(offset + request.limit) : null);
  }
  // The id last: pages are LIMIT/OFFSET slices of one order, which must be total. Events of one day written by one
  // import share occurred_on, occurred_end and created_at, and without it pages repeated some and skipped others.
  rows = await db().event.findMany({ where: scopeWhere(request), include: eventInclude, orderBy: [...newestFirst, { id: "desc" }], skip: offset, take: request.limit + 1 });
  const more = rows.length > request.limit;
  return withLinks(rows.slice(0, request.limit).map(toEventDto), more ? String(offset + request.limit) : null);
}

async function withLinks(events: ReturnType<typeof toEventDto>[], nextCursor: string | null): Promise<SearchEventsResponse> {
  const pairs = new Set(events.flatMap((e) => pairsAmong(e.participants.map((p) => p.id))));
  const existing = new Set(
    (await db().link.findMany({ where: { id: { in: [...pairs] } }, select: { id: true } })).map((l) => l.id),
  );
  return {
    events: events.map((e) => ({ ...e, links: pairsAmong(e.participants.map((p) => p.id)).filter((p) => existing.has(p)) })),
    nextCursor,
  };
}
