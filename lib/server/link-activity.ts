// One link's events per month in a range and filters, for the panel's activity chart. For whole months it adds
// up the link's monthly statistics (a few hundred rows for the busiest link); a range that starts or ends
// inside a month counts the events themselves.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LinkDetail, LinkFilters } from "@/lib/schemas/links";
import { linkEventSqlWhere, type LinkPair } from "./link-event-scope";
import { linkStatsWhere } from "./link-stats-where";
import { monthAligned } from "./link-totals";
import { monthIndexSql } from "./month-sql";

type Row = { month: number; events: number; year_only: number };

/** Per month the events start in (as month indexes, ascending): how many, and how many are dated only to a year. */
export async function linkActivity(link: LinkPair & { id: string }, filters: LinkFilters): Promise<LinkDetail["activity"]> {
  // In the statistics an event known only to its year starts in January and ends in December: end_month > month.
  const rows = monthAligned(filters)
    ? await db().$queryRaw<Row[]>`
        SELECT ${monthIndexSql(Prisma.sql`s.month`)} AS month, sum(s.events)::int AS events,
               coalesce(sum(s.events) FILTER (WHERE s.end_month > s.month), 0)::int AS year_only
          FROM link_month_stats s
         ${linkStatsWhere(filters, { links: [link.id] })}
         GROUP BY 1
         ORDER BY 1`
    : await db().$queryRaw<Row[]>`
        SELECT ${monthIndexSql(Prisma.sql`e.occurred_on`)} AS month, count(*)::int AS events,
               (count(*) FILTER (WHERE e.precision = 'year'))::int AS year_only
          FROM events e
         ${linkEventSqlWhere(link, filters)}
         GROUP BY 1
         ORDER BY 1`;
  return { month: rows.map((r) => r.month), events: rows.map((r) => r.events), yearOnly: rows.map((r) => r.year_only) };
}
