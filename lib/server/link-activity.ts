// One link's events per month in a range and filters, for the panel's activity chart: counted by PostgreSQL,
// so the chart covers every event of the range however many there are.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LinkDetail, LinkFilters } from "@/lib/schemas/links";
import { linkEventSqlWhere, type LinkPair } from "./link-event-scope";
import { monthIndexSql } from "./month-sql";

/** Per month the events start in (as month indexes, ascending): how many, and how many are dated only to a year. */
export async function linkActivity(link: LinkPair, filters: LinkFilters): Promise<LinkDetail["activity"]> {
  const rows = await db().$queryRaw<{ month: number; events: number; year_only: number }[]>`
    SELECT ${monthIndexSql(Prisma.sql`e.occurred_on`)} AS month,
           count(*)::int AS events,
           (count(*) FILTER (WHERE e.precision = 'year'))::int AS year_only
      FROM events e
     ${linkEventSqlWhere(link, filters)}
     GROUP BY 1
     ORDER BY 1`;
  return { month: rows.map((r) => r.month), events: rows.map((r) => r.events), yearOnly: rows.map((r) => r.year_only) };
}
