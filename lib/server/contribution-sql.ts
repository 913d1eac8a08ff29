// lib/domain/strength.ts's contribution (category weight × evidence factor × decay) as a SQL expression, so
// PostgreSQL can add up or rank events by it without sending them here. The constants come from the same
// module the browser uses, so the two can never disagree.
import "server-only";
import { monthIndex } from "@/lib/domain/months";
import type { StrengthOptions } from "@/lib/domain/strength";
import { CATEGORY_WEIGHT, DEFAULT_HALF_LIFE_MONTHS, EVIDENCE_FACTOR } from "@/lib/domain/strength-model";
import { Prisma } from "@/lib/generated/prisma/client";
import { monthIndexSql } from "./month-sql";

/** A CASE over an enum column giving each value its weight (0 for any other). */
function weightCase(column: Prisma.Sql, weights: Record<string, number>): Prisma.Sql {
  return Prisma.sql`(CASE ${column}::text ${Prisma.join(
    Object.entries(weights).map(([key, weight]) => Prisma.sql`WHEN ${key} THEN ${weight}::float8`),
    " ",
  )} ELSE 0 END)`;
}

/**
 * The contribution of one event (or of each of a statistics row's events) as float8 SQL, given the columns
 * holding its category, evidence level and the date (any day of the month) its period ends on. Age counts
 * whole months up to `options.asOf`'s month, as ageInMonths does.
 */
export function contributionSql(columns: { category: Prisma.Sql; evidence: Prisma.Sql; endDate: Prisma.Sql }, options: StrengthOptions): Prisma.Sql {
  const halfLife = options.halfLifeMonths ?? DEFAULT_HALF_LIFE_MONTHS;
  const age = Prisma.sql`greatest(0, ${monthIndex(options.asOf)}::int - ${monthIndexSql(columns.endDate)})`;
  const decay = halfLife > 0 ? Prisma.sql`power(0.5, ${age}::float8 / ${halfLife}::float8)` : Prisma.sql`1::float8`;
  return Prisma.sql`(${weightCase(columns.category, CATEGORY_WEIGHT)} * ${weightCase(columns.evidence, EVIDENCE_FACTOR)} * ${decay})`;
}
