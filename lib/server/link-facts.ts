// Rows from the database in the shapes the pure strength code takes (lib/domain/summarize-links.ts).
import "server-only";
import { toIsoDate } from "@/lib/domain/date-precision";
import { todayIso } from "@/lib/domain/months";
import type { StrengthOptions } from "@/lib/domain/strength";
import type { EventFact, LinkMeta } from "@/lib/domain/summarize-links";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LinkFilters } from "@/lib/schemas/links";

export const linkMetaSelect = {
  id: true,
  countryAId: true,
  countryBId: true,
  title: true,
  summary: true,
  countryA: { select: { name: true } },
  countryB: { select: { name: true } },
} satisfies Prisma.LinkSelect;

export function toLinkMeta(row: Prisma.LinkGetPayload<{ select: typeof linkMetaSelect }>): LinkMeta {
  return {
    id: row.id,
    countries: [row.countryAId, row.countryBId],
    countryNames: [row.countryA.name, row.countryB.name],
    title: row.title,
    summary: row.summary,
  };
}

export const eventFactSelect = {
  id: true,
  occurredOn: true,
  occurredEnd: true,
  precision: true,
  category: true,
  evidence: true,
  score: true,
  participants: { select: { countryId: true, role: true } },
} satisfies Prisma.EventSelect;

export function toEventFact(row: Prisma.EventGetPayload<{ select: typeof eventFactSelect }>): EventFact & { id: string } {
  return {
    id: row.id,
    date: toIsoDate(row.occurredOn),
    dateEnd: toIsoDate(row.occurredEnd),
    precision: row.precision,
    category: row.category,
    evidence: row.evidence,
    score: row.score,
    countries: row.participants.map((p) => p.countryId).sort(),
    roles: Object.fromEntries(row.participants.filter((p) => p.role).map((p) => [p.countryId, p.role!])),
  };
}

/** Strength is measured on `asOf`, else on the last day of the range, else today. */
export function strengthOptions(filters: Pick<LinkFilters, "asOf" | "to" | "halfLife">): StrengthOptions {
  return { asOf: filters.asOf ?? filters.to ?? todayIso(), halfLifeMonths: filters.halfLife };
}
