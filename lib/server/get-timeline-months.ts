// The timeline's histogram: how many distinct events (each counted once, however many links it feeds) start and end
// in which months, and the range they cover. Without filters it is read from event_month_counts, which triggers keep
// per (start month, end month) as events are written (see the event_month_counts migration): a few hundred rows
// instead of a count over every event (1.1 s at a million events, and paid again after every edit). With filters
// it is counted from the events, since the counts are kept for all events only.
import "server-only";
import { db } from "@/lib/db";
import { monthEnd, monthFromIndex, monthStart } from "@/lib/domain/months";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimelineRequest, TimelineResponse } from "@/lib/schemas/analysis";
import { eventSqlWhere } from "./event-query";
import { monthIndexSql } from "./month-sql";

const monthNo = (column: string) => monthIndexSql(Prisma.raw(column));

/** Whether any filter narrows the events (the format does not). */
function filtersEvents({ category, evidence, minEvidence, countries, origin }: TimelineRequest): boolean {
  return !!(category?.length || evidence?.length || minEvidence || countries?.length || origin);
}

/**
 * Takes the timeline's filters; returns its `months` (month indexes as lib/domain/months.ts counts them, the span to
 * the end month, and the events; sorted by month then span) and `range` (first day of the first month, last day of
 * the last, as YYYY-MM-DD; null without events). Throws when the database cannot be reached.
 */
export async function getTimelineMonths(filters: TimelineRequest): Promise<Pick<TimelineResponse, "months" | "range">> {
  const months = filtersEvents(filters)
    ? await db().$queryRaw<{ month: number; span: number; events: number }[]>`
        SELECT ${monthNo("e.occurred_on")} AS month, ${monthNo("e.occurred_end")} - ${monthNo("e.occurred_on")} AS span, count(*)::int AS events
          FROM events e
          ${eventSqlWhere(filters)}
         GROUP BY 1, 2
         ORDER BY 1, 2`
    : await db().$queryRaw<{ month: number; span: number; events: number }[]>`
        SELECT ${monthNo("c.month")} AS month, ${monthNo("c.end_month")} - ${monthNo("c.month")} AS span, c.events
          FROM event_month_counts c
         WHERE c.events > 0
         ORDER BY 1, 2`;
  const first = months.length ? months[0]!.month : null;
  const last = months.length ? Math.max(...months.map((m) => m.month + m.span)) : null;
  return {
    months: { month: months.map((m) => m.month), span: months.map((m) => m.span), events: months.map((m) => m.events) },
    range: { first: first === null ? null : monthStart(monthFromIndex(first)), last: last === null ? null : monthEnd(monthFromIndex(last)) },
  };
}
