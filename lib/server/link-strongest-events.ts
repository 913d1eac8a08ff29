// The events that add most to one link's strength in a range and filters, largest first: "why this strength"
// lists them. PostgreSQL ranks the link's events by the contribution expression (contribution-sql.ts), so a
// link with tens of thousands of events sends back only the few that matter; their contributions are then
// computed by lib/domain/strength.ts, the same code that gives every other number. Ranking reads every event of
// the link in the range: about 1.5 s cold for the busiest synthetic link (72,227 events), most of it fetching
// the events' rows. Narrowing it first with link_month_stats (every event of a row weighs the same) did not
// help: the events of the weightiest months still have to be fetched, and PostgreSQL then picks the same plan.
import "server-only";
import { db } from "@/lib/db";
import { contribution } from "@/lib/domain/strength";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LinkEvent, LinkFilters } from "@/lib/schemas/links";
import { contributionSql } from "./contribution-sql";
import { eventInclude, toEventDto } from "./event-query";
import { linkEventSqlWhere, type LinkPair } from "./link-event-scope";
import { strengthOptions } from "./link-facts";

/** At most `limit` of the link's events, by contribution (largest first), then newest first. */
export async function strongestLinkEvents(link: LinkPair, filters: LinkFilters, limit: number): Promise<LinkEvent[]> {
  const options = strengthOptions(filters);
  const value = contributionSql({ category: Prisma.sql`e.category`, evidence: Prisma.sql`e.evidence`, endDate: Prisma.sql`e.occurred_end` }, options);
  const ranked = await db().$queryRaw<{ id: string }[]>`
    SELECT e.id::text AS id
      FROM events e
     ${linkEventSqlWhere(link, filters)}
     ORDER BY ${value} DESC, e.occurred_on DESC, e.id DESC
     LIMIT ${limit}`;
  const rows = await db().event.findMany({ where: { id: { in: ranked.map((r) => r.id) } }, include: eventInclude });
  const byId = new Map(rows.map((row) => [row.id, toEventDto(row)]));
  return ranked.flatMap(({ id }) => {
    const event = byId.get(id);
    return event ? [{ ...event, contribution: contribution(event, options) }] : [];
  });
}
