// GET /api/timeline?format=outline: what a view needs to know of the timeline without its cells: the span of the
// events (for the compare view's default periods) and the countries that take part in a link (for its country
// filter). At a million events the whole timeline is megabytes; this is a few hundred bytes from two indexed reads.
import "server-only";
import { db } from "@/lib/db";
import { monthEnd, monthOf, monthStart } from "@/lib/domain/months";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimelineOutline, TimelineRequest } from "@/lib/schemas/analysis";
import { eventSqlWhere } from "./event-query";

/**
 * The outline for `filters`: `range` as the full timeline gives it (the first day of the earliest event's month,
 * the last day of the latest event's end month; nulls without events) and `countries`, the sorted alpha-2 ids of
 * countries in at least one link the filters' countries allow. Rejects when the database does not answer.
 */
export async function getTimelineOutline(filters: TimelineRequest): Promise<TimelineOutline> {
  const touching = filters.countries?.length
    ? Prisma.sql`WHERE country_a_id = ANY(${[...filters.countries]}) OR country_b_id = ANY(${[...filters.countries]})`
    : Prisma.empty;
  const [[span], countries] = await Promise.all([
    db().$queryRaw<{ first: string | null; last: string | null }[]>`
      SELECT min(e.occurred_on)::text AS first, max(e.occurred_end)::text AS last FROM events e ${eventSqlWhere(filters)}`,
    db().$queryRaw<{ id: string }[]>`
      SELECT DISTINCT id FROM (SELECT country_a_id AS id FROM links ${touching} UNION SELECT country_b_id FROM links ${touching}) c ORDER BY id`,
  ]);
  return {
    range: {
      first: span?.first ? monthStart(monthOf(span.first)) : null,
      last: span?.last ? monthEnd(monthOf(span.last)) : null,
    },
    countries: countries.map((c) => c.id),
  };
}
