// Which link_month_stats rows (aliased `s`) a set of filters selects: the months a range touches, categories,
// evidence levels, origin, and which links. One definition for every statement that adds the statistics up
// (link totals, the timeline's cells, a link's activity and its weightiest events). Whole months only: a range
// that starts or ends inside a month needs the events themselves (see monthAligned in link-totals.ts).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { allowedEvidence } from "@/lib/schemas/filters";
import type { LinkFilters } from "@/lib/schemas/links";

export interface StatsScope {
  /** Only these links (by id). */
  links?: readonly string[];
  /** Only links touching one of these countries. */
  countries?: readonly string[];
}

/** A WHERE clause (or nothing) over link_month_stats `s`; the filters' own `countries` are not read, pass scope. */
export function linkStatsWhere(filters: Omit<LinkFilters, "countries" | "asOf" | "halfLife">, scope: StatsScope = {}): Prisma.Sql {
  const evidence = allowedEvidence(filters);
  const where: Prisma.Sql[] = [];
  if (filters.from) where.push(Prisma.sql`s.end_month >= date_trunc('month', ${filters.from}::date)::date`);
  if (filters.to) where.push(Prisma.sql`s.month <= date_trunc('month', ${filters.to}::date)::date`);
  if (filters.category) where.push(Prisma.sql`s.category::text = ANY(${[...filters.category]})`);
  if (evidence) where.push(Prisma.sql`s.evidence::text = ANY(${evidence})`);
  if (filters.origin) where.push(Prisma.sql`s.origin::text = ${filters.origin}`);
  if (scope.links) where.push(Prisma.sql`s.link_id = ANY(${[...scope.links]})`);
  if (scope.countries?.length) {
    where.push(
      Prisma.sql`s.link_id IN (SELECT id FROM links WHERE country_a_id = ANY(${[...scope.countries]}) OR country_b_id = ANY(${[...scope.countries]}))`,
    );
  }
  return where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
}
