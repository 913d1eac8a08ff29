// Everything the timeline needs, once per set of filters: every link and its events added up per month and
// evidence level (from link_month_stats), so the dashboard can compute arcs and numbers for any range of months
// without asking again; and how many distinct events each month holds, for the timeline's histogram.
import "server-only";
import { db } from "@/lib/db";
import { DATE_PRECISIONS, EVIDENCE_LEVELS } from "@/lib/domain/vocabulary";
import { CATEGORY_WEIGHT } from "@/lib/domain/strength-model";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimelineRequest, TimelineResponse } from "@/lib/schemas/analysis";
import type { TimelinePart } from "@/lib/domain/splice-timeline";
import { getTimelineMonths } from "./get-timeline-months";
import { linkStatsWhere } from "./link-stats-where";
import { monthIndexSql } from "./month-sql";
import { linkMetaSelect, toLinkMeta } from "./link-facts";
import { linksTouching } from "./list-links";

/** An enum value's index in `values` (the client's EVIDENCE_LEVELS or DATE_PRECISIONS), as a plain CASE: cheap per row. */
const indexIn = (column: string, values: readonly string[]) =>
  Prisma.sql`(CASE ${Prisma.raw(column)}::text ${Prisma.join(values.map((v, i) => Prisma.sql`WHEN ${v} THEN ${i}::int`), " ")} END)`;

const monthNo = (column: string) => monthIndexSql(Prisma.raw(column));

/** The links the filters' countries allow (all without), and only those in `only` (by id) when given. */
function linksWhere(filters: TimelineRequest, only: readonly string[] | undefined): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (filters.countries?.length) {
    where.push(Prisma.sql`(country_a_id = ANY(${[...filters.countries]}) OR country_b_id = ANY(${[...filters.countries]}))`);
  }
  if (only) where.push(Prisma.sql`id = ANY(${[...only]})`);
  return where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
}

/**
 * The links the filters allow (only those in `only`, when given), in id order, with their cells: the timeline's
 * `links` and `cells` as one JSON text that Postgres writes itself (at a million events there are over half a
 * million cells, and building them as JavaScript objects row by row would cost seconds).
 */
async function timelineCellsJson(filters: TimelineRequest, only?: readonly string[]): Promise<{ links: TimelineResponse["links"]; cellsJson: string }> {
  const weight = Prisma.sql`(CASE s.category::text ${Prisma.join(
    Object.entries(CATEGORY_WEIGHT).map(([category, w]) => Prisma.sql`WHEN ${category} THEN ${w}::float8`),
    " ",
  )} ELSE 0 END)`;
  const touching = linksTouching(filters.countries);
  const [links, [cells]] = await Promise.all([
    db().link.findMany({
      where: only ? { AND: [{ id: { in: [...only] } }, ...(touching ? [touching] : [])] } : touching,
      select: linkMetaSelect,
      orderBy: { id: "asc" },
    }),
    db().$queryRaw<{ json: string }[]>`
      WITH l AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx FROM links ${linksWhere(filters, only)}),
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
          ${linkStatsWhere(filters, { countries: filters.countries, links: only })}
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
  ]);
  return { links: links.map(toLinkMeta), cellsJson: cells!.json };
}

/**
 * The links the filters allow and their cells, parsed; only the links in `only` (by id) when given, e.g. those an
 * edit changed (see update-timeline.ts). `cells.start` indexes this part's own cells.
 */
export async function getTimelinePart(filters: TimelineRequest, only?: readonly string[]): Promise<TimelinePart> {
  const { links, cellsJson } = await timelineCellsJson(filters, only);
  return { links, cells: JSON.parse(cellsJson) as TimelineResponse["cells"] };
}

/** GET /api/timeline's answer as an object: getTimelinePart for every link the filters allow, and the months. */
export async function getTimeline(filters: TimelineRequest): Promise<TimelineResponse> {
  const [part, months] = await Promise.all([getTimelinePart(filters), getTimelineMonths(filters)]);
  return { links: part.links, ...months, cells: part.cells };
}

/** GET /api/timeline's answer as JSON text, without parsing the cells Postgres wrote (the page inlines it). */
export async function getTimelineJson(filters: TimelineRequest): Promise<string> {
  const [{ links, cellsJson }, months] = await Promise.all([timelineCellsJson(filters), getTimelineMonths(filters)]);
  const rest: Omit<TimelineResponse, "cells"> = { links, ...months };
  return `${JSON.stringify(rest).slice(0, -1)},"cells":${cellsJson}}`;
}
