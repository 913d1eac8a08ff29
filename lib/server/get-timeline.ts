// Everything the timeline needs, once per set of filters: every link and its events added up per month and
// evidence level (from link_month_stats), so the dashboard can compute arcs and numbers for any range of months
// without asking again; and how many distinct events each month holds, for the timeline's histogram.
import "server-only";
import { db } from "@/lib/db";
import { monthEnd, monthFromIndex, monthStart } from "@/lib/domain/months";
import { DATE_PRECISIONS, EVIDENCE_LEVELS } from "@/lib/domain/vocabulary";
import { CATEGORY_WEIGHT } from "@/lib/domain/strength-model";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimelineRequest, TimelineResponse } from "@/lib/schemas/analysis";
import { eventSqlWhere } from "./event-query";
import { linkStatsWhere } from "./link-stats-where";
import { monthIndexSql } from "./month-sql";
import { linkMetaSelect, toLinkMeta } from "./link-facts";
import { linksTouching } from "./list-links";

/** An enum value's index in `values` (the client's EVIDENCE_LEVELS or DATE_PRECISIONS), as a plain CASE: cheap per row. */
const indexIn = (column: string, values: readonly string[]) =>
  Prisma.sql`(CASE ${Prisma.raw(column)}::text ${Prisma.join(values.map((v, i) => Prisma.sql`WHEN ${v} THEN ${i}::int`), " ")} END)`;

const monthNo = (column: string) => monthIndexSql(Prisma.raw(column));

/** The links the filters' countries allow (all without), numbered in id order as the response lists them. */
function linksWhere(filters: TimelineRequest): Prisma.Sql {
  if (!filters.countries?.length) return Prisma.empty;
  return Prisma.sql`WHERE country_a_id = ANY(${[...filters.countries]}) OR country_b_id = ANY(${[...filters.countries]})`;
}

/**
 * GET /api/timeline's answer as JSON text. Postgres writes the cells' JSON itself: at a million events there
 * are over half a million cells, and turning them into JavaScript objects and back would cost seconds.
 */
export async function getTimelineJson(filters: TimelineRequest): Promise<string> {
  const weight = Prisma.sql`(CASE s.category::text ${Prisma.join(
    Object.entries(CATEGORY_WEIGHT).map(([category, w]) => Prisma.sql`WHEN ${category} THEN ${w}::float8`),
    " ",
  )} ELSE 0 END)`;
  const [links, [cells], months] = await Promise.all([
    db().link.findMany({ where: linksTouching(filters.countries), select: linkMetaSelect, orderBy: { id: "asc" } }),
    db().$queryRaw<{ json: string }[]>`
      WITH l AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx FROM links ${linksWhere(filters)}),
      c AS (
        SELECT l.idx AS link,
               ${monthNo("s.month")} AS month,
               ${monthNo("s.end_month")} - ${monthNo("s.month")} AS span,
               -- Indexes into EVIDENCE_LEVELS and DATE_PRECISIONS.
               ${indexIn("s.evidence", EVIDENCE_LEVELS)} AS evidence,
               sum(s.events)::int AS events,
               sum(s.a_to_b)::int AS a_to_b,
               sum(s.b_to_a)::int AS b_to_a,
               round(sum(s.w * (s.events - s.negative))::numeric, 3)::float8 AS cooperation,
               round(sum(s.w * s.negative)::numeric, 3)::float8 AS tension,
               round(sum(s.w * s.score_sum)::numeric, 3)::float8 AS score,
               extract(day FROM min(s.first_on))::int AS first_day,
               extract(day FROM max(s.last_on))::int AS last_day,
               -- The precision of the latest last_on, the finest on a tie: one max() over (day number, 9 - index)
               -- packed into an integer, rather than an ordered array_agg per cell (seconds at half a million cells).
               (9 - max((s.last_on - DATE '0001-01-01') * 10 + 9 - ${indexIn("s.last_precision", DATE_PRECISIONS)}) % 10) AS last_precision
          FROM (SELECT s.*, ${weight} AS w FROM link_month_stats s) s JOIN l ON l.id = s.link_id
          ${linkStatsWhere(filters, { countries: filters.countries })}
         GROUP BY l.idx, s.month, s.end_month, s.evidence
      ),
      counts AS (SELECT l.idx, count(c.link)::int AS n FROM l LEFT JOIN c ON c.link = l.idx GROUP BY l.idx)
      SELECT json_build_object(
        'start', (SELECT coalesce(array_to_json(array_agg(st ORDER BY idx)), '[]') FROM (SELECT idx, (sum(n) OVER (ORDER BY idx) - n)::int AS st FROM counts) z),
        'month', coalesce(array_to_json(array_agg(c.month)), '[]'),
        'span', coalesce(array_to_json(array_agg(c.span)), '[]'),
        'evidence', coalesce(array_to_json(array_agg(c.evidence)), '[]'),
        'events', coalesce(array_to_json(array_agg(c.events)), '[]'),
        'cooperation', coalesce(array_to_json(array_agg(c.cooperation)), '[]'),
        'tension', coalesce(array_to_json(array_agg(c.tension)), '[]'),
        'score', coalesce(array_to_json(array_agg(c.score)), '[]'),
        'firstDay', coalesce(array_to_json(array_agg(c.first_day)), '[]'),
        'lastDay', coalesce(array_to_json(array_agg(c.last_day)), '[]'),
        'lastPrecision', coalesce(array_to_json(array_agg(c.last_precision)), '[]'),
        'aToB', coalesce(array_to_json(array_agg(c.a_to_b)), '[]'),
        'bToA', coalesce(array_to_json(array_agg(c.b_to_a)), '[]')
      )::text AS json
      -- Sorted once here rather than by each aggregate: array_agg keeps the order its input comes in.
      FROM (SELECT * FROM c ORDER BY link, month, span, evidence) c`,
    db().$queryRaw<{ month: number; span: number; events: number }[]>`
      SELECT ${monthNo("e.occurred_on")} AS month, ${monthNo("e.occurred_end")} - ${monthNo("e.occurred_on")} AS span, count(*)::int AS events
        FROM events e
        ${eventSqlWhere(filters)}
       GROUP BY 1, 2
       ORDER BY 1, 2`,
  ]);
  const first = months.length ? months[0]!.month : null;
  const last = months.length ? Math.max(...months.map((m) => m.month + m.span)) : null;
  const rest: Omit<TimelineResponse, "cells"> = {
    links: links.map(toLinkMeta),
    months: { month: months.map((m) => m.month), span: months.map((m) => m.span), events: months.map((m) => m.events) },
    range: { first: first === null ? null : monthStart(monthFromIndex(first)), last: last === null ? null : monthEnd(monthFromIndex(last)) },
  };
  return `${JSON.stringify(rest).slice(0, -1)},"cells":${cells!.json}}`;
}
