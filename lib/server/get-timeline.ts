// Everything the timeline needs, once per set of filters: every link and its events added up per month and
// evidence level (from link_month_stats), so the dashboard can compute arcs and numbers for any range of months
// without asking again; and how many distinct events each month holds, for the timeline's histogram.
import "server-only";
import { db } from "@/lib/db";
import { CATEGORY_WEIGHT } from "@/lib/domain/strength-model";
import type { TimelineCells } from "@/lib/domain/timeline-cells";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimelineRequest, TimelineResponse } from "@/lib/schemas/analysis";
import { allowedEvidence } from "./event-query";
import { linkMetaSelect, toLinkMeta } from "./link-facts";
import { linksTouching } from "./list-links";

const monthNo = (column: string) => Prisma.raw(`(extract(year FROM ${column})::int * 12 + extract(month FROM ${column})::int - 1)`);

interface CellRow {
  link_id: string;
  month: number;
  span: number;
  evidence: number;
  events: number;
  cooperation: number;
  tension: number;
  score: number;
  first_day: number;
  last_day: number;
  last_precision: number;
}

function statsWhere(filters: TimelineRequest): Prisma.Sql {
  const evidence = allowedEvidence(filters);
  const where: Prisma.Sql[] = [];
  if (filters.category) where.push(Prisma.sql`s.category::text = ANY(${[...filters.category]})`);
  if (evidence) where.push(Prisma.sql`s.evidence::text = ANY(${evidence})`);
  if (filters.origin) where.push(Prisma.sql`s.origin::text = ${filters.origin}`);
  if (filters.countries?.length) {
    where.push(
      Prisma.sql`s.link_id IN (SELECT id FROM links WHERE country_a_id = ANY(${[...filters.countries]}) OR country_b_id = ANY(${[...filters.countries]}))`,
    );
  }
  return where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
}

function eventsWhere(filters: TimelineRequest): Prisma.Sql {
  const evidence = allowedEvidence(filters);
  const where: Prisma.Sql[] = [Prisma.sql`NOT e.retired`];
  if (filters.category) where.push(Prisma.sql`e.category::text = ANY(${[...filters.category]})`);
  if (evidence) where.push(Prisma.sql`e.evidence::text = ANY(${evidence})`);
  if (filters.origin) where.push(Prisma.sql`e.origin::text = ${filters.origin}`);
  if (filters.countries?.length) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.country_id = ANY(${[...filters.countries]}))`);
  }
  return Prisma.sql`WHERE ${Prisma.join(where, " AND ")}`;
}

export async function getTimeline(filters: TimelineRequest): Promise<TimelineResponse> {
  const weight = Prisma.sql`(CASE s.category::text ${Prisma.join(
    Object.entries(CATEGORY_WEIGHT).map(([category, w]) => Prisma.sql`WHEN ${category} THEN ${w}::float8`),
    " ",
  )} ELSE 0 END)`;
  const [links, rows, months] = await Promise.all([
    db().link.findMany({ where: linksTouching(filters.countries), select: linkMetaSelect, orderBy: { id: "asc" } }),
    db().$queryRaw<CellRow[]>`
      SELECT s.link_id,
             ${monthNo("s.month")} AS month,
             ${monthNo("s.end_month")} - ${monthNo("s.month")} AS span,
             -- Index into EVIDENCE_LEVELS and PRECISIONS, which list the enums' values in the enums' order.
             (array_position(enum_range(NULL::"Evidence"), s.evidence) - 1) AS evidence,
             sum(s.events)::int AS events,
             sum(${weight} * (s.events - s.negative)) AS cooperation,
             sum(${weight} * s.negative) AS tension,
             sum(${weight} * s.score_sum) AS score,
             extract(day FROM min(s.first_on))::int AS first_day,
             extract(day FROM max(s.last_on))::int AS last_day,
             (array_position(enum_range(NULL::"DatePrecision"), (array_agg(s.last_precision ORDER BY s.last_on DESC, s.last_precision))[1]) - 1) AS last_precision
        FROM link_month_stats s
        ${statsWhere(filters)}
       GROUP BY s.link_id, s.month, s.end_month, s.evidence
       ORDER BY s.link_id, s.month, s.end_month, s.evidence`,
    db().$queryRaw<{ month: number; span: number; events: number }[]>`
      SELECT ${monthNo("e.occurred_on")} AS month, ${monthNo("e.occurred_end")} - ${monthNo("e.occurred_on")} AS span, count(*)::int AS events
        FROM events e
        ${eventsWhere(filters)}
       GROUP BY 1, 2
       ORDER BY 1, 2`,
  ]);
  const index = new Map(links.map((l, i) => [l.id, i]));
  const cells: TimelineCells = { link: [], month: [], span: [], evidence: [], events: [], cooperation: [], tension: [], score: [], firstDay: [], lastDay: [], lastPrecision: [] };
  const round = (n: number) => Math.round(n * 1000) / 1000;
  for (const r of rows) {
    const link = index.get(r.link_id);
    if (link === undefined) continue;
    cells.link.push(link);
    cells.month.push(r.month);
    cells.span.push(r.span);
    cells.evidence.push(r.evidence);
    cells.events.push(r.events);
    cells.cooperation.push(round(r.cooperation));
    cells.tension.push(round(r.tension));
    cells.score.push(round(r.score));
    cells.firstDay.push(r.first_day);
    cells.lastDay.push(r.last_day);
    cells.lastPrecision.push(r.last_precision);
  }
  const first = months.length ? months[0]!.month : null;
  const last = months.length ? Math.max(...months.map((m) => m.month + m.span)) : null;
  return {
    links: links.map(toLinkMeta),
    cells,
    months: { month: months.map((m) => m.month), span: months.map((m) => m.span), events: months.map((m) => m.events) },
    range: { first: first === null ? null : monthDate(first, false), last: last === null ? null : monthDate(last, true) },
  };
}

/** First (or last) day of a month given as months since year 0. */
function monthDate(monthNumber: number, end: boolean): string {
  const year = Math.floor(monthNumber / 12);
  const month = monthNumber % 12;
  const date = end ? new Date(Date.UTC(year, month + 1, 0)) : new Date(Date.UTC(year, month, 1));
  return date.toISOString().slice(0, 10);
}
