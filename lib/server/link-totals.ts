// Links' numbers for a set of filters, added up from link_month_stats (a few rows per link and month) rather
// than from every event, with the same strength model as lib/domain/strength.ts: each row's events share a
// category, an evidence level and a month, so they weigh the same, and the row counts for all of them.
import "server-only";
import { db } from "@/lib/db";
import { emptyTotals } from "@/lib/domain/strength";
import type { DatePrecision } from "@/lib/domain/vocabulary";
import type { LinkTotals } from "@/lib/domain/summarize-links";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LinkFilters } from "@/lib/schemas/links";
import { contributionSql } from "./contribution-sql";
import { linkStatsWhere, type StatsScope } from "./link-stats-where";
import { strengthOptions } from "./link-facts";

/** Whether the range starts on a first and ends on a last day of a month, which monthly rows can answer exactly. */
export function monthAligned(filters: Pick<LinkFilters, "from" | "to">): boolean {
  if (filters.from && !filters.from.endsWith("-01")) return false;
  if (!filters.to) return true;
  const next = new Date(`${filters.to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

interface TotalsRow {
  link_id: string;
  events: number;
  first_on: string;
  last_on: string;
  last_precision: DatePrecision;
  a_to_b: number;
  b_to_a: number;
  cooperation: number;
  tension: number;
  weighted_score: number;
  confirmed: number;
  reported: number;
  alleged: number;
  denied: number;
  s_confirmed: number;
  s_reported: number;
  s_alleged: number;
  s_denied: number;
}

/**
 * Totals per link for the filters, for the links given (all when `links` is undefined) or the links touching
 * `countries`. Only for month-aligned ranges (see monthAligned); links without events are absent.
 */
export async function linkTotals(
  filters: LinkFilters,
  scope: StatsScope = {},
): Promise<Map<string, LinkTotals>> {
  const options = strengthOptions(filters);
  // What each of a row's events adds: they share a category, an evidence level and the month they end in.
  const unit = contributionSql({ category: Prisma.sql`s.category`, evidence: Prisma.sql`s.evidence`, endDate: Prisma.sql`s.end_month` }, options);
  const perLevel = (level: string) => Prisma.sql`
    coalesce(sum(s.events) FILTER (WHERE s.evidence = ${level}::"Evidence"), 0)::int AS ${Prisma.raw(level)},
    coalesce(sum(u.unit * s.events) FILTER (WHERE s.evidence = ${level}::"Evidence"), 0) AS ${Prisma.raw(`s_${level}`)}`;
  const rows = await db().$queryRaw<TotalsRow[]>`
    SELECT s.link_id,
           sum(s.events)::int AS events,
           sum(s.a_to_b)::int AS a_to_b,
           sum(s.b_to_a)::int AS b_to_a,
           min(s.first_on)::text AS first_on,
           max(s.last_on)::text AS last_on,
           (array_agg(s.last_precision ORDER BY s.last_on DESC, s.last_precision))[1]::text AS last_precision,
           sum(u.unit * (s.events - s.negative)) AS cooperation,
           sum(u.unit * s.negative) AS tension,
           sum(u.unit * s.score_sum) AS weighted_score,
           ${perLevel("confirmed")}, ${perLevel("reported")}, ${perLevel("alleged")}, ${perLevel("denied")}
      FROM link_month_stats s, LATERAL (SELECT ${unit} AS unit) u
     ${linkStatsWhere(filters, scope)}
     GROUP BY s.link_id`;
  return new Map(
    rows.map((r) => {
      const totals = emptyTotals();
      totals.cooperation = r.cooperation;
      totals.tension = r.tension;
      totals.weightedScore = r.weighted_score;
      totals.evidence = { confirmed: r.confirmed, reported: r.reported, alleged: r.alleged, denied: r.denied };
      totals.evidenceStrength = { confirmed: r.s_confirmed, reported: r.s_reported, alleged: r.s_alleged, denied: r.s_denied };
      return [
        r.link_id,
        {
          totals, eventCount: r.events, firstEventOn: r.first_on, lastEventOn: r.last_on, lastEventPrecision: r.last_precision,
          flow: { aToB: r.a_to_b, bToA: r.b_to_a },
        },
      ];
    }),
  );
}
