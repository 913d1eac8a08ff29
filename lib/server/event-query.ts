// Shared by the read operations: which events a filter selects, what to load with them, and how an event
// row becomes the API's EventDto.
import "server-only";
import { toIsoDate } from "@/lib/domain/date-precision";
import { allowedEvidence } from "@/lib/schemas/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdminEventDto, EventDto } from "@/lib/schemas/events";
import type { LinkFilters } from "@/lib/schemas/links";

/** Events the public sees: not retired, overlapping [from, to], in the chosen categories and evidence levels. */
export function eventWhere(filters: LinkFilters): Prisma.EventWhereInput {
  const evidence = allowedEvidence(filters);
  return {
    retired: false,
    // An event known only to "April 2024" overlaps a range that touches any day of April 2024.
    ...(filters.to ? { occurredOn: { lte: new Date(`${filters.to}T00:00:00Z`) } } : {}),
    ...(filters.from ? { occurredEnd: { gte: new Date(`${filters.from}T00:00:00Z`) } } : {}),
    ...(filters.category ? { category: { in: filters.category } } : {}),
    ...(evidence ? { evidence: { in: evidence } } : {}),
    ...(filters.origin ? { origin: filters.origin } : {}),
    ...(filters.countries?.length ? { participants: { some: { countryId: { in: filters.countries } } } } : {}),
  };
}

/** eventWhere's rules as SQL conditions on events aliased `e`, for the raw statements that read events in bulk. */
export function eventSqlWhere(filters: LinkFilters): Prisma.Sql {
  const evidence = allowedEvidence(filters);
  const where: Prisma.Sql[] = [Prisma.sql`NOT e.retired`];
  if (filters.to) where.push(Prisma.sql`e.occurred_on <= ${filters.to}::date`);
  if (filters.from) where.push(Prisma.sql`e.occurred_end >= ${filters.from}::date`);
  if (filters.category) where.push(Prisma.sql`e.category::text = ANY(${[...filters.category]}::text[])`);
  if (evidence) where.push(Prisma.sql`e.evidence::text = ANY(${evidence}::text[])`);
  if (filters.origin) where.push(Prisma.sql`e.origin::text = ${filters.origin}`);
  if (filters.countries?.length) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.country_id = ANY(${[...filters.countries]}))`);
  }
  return Prisma.sql`WHERE ${Prisma.join(where, " AND ")}`;
}

export const eventInclude = {
  participants: { include: { country: { select: { id: true, name: true } } } },
  sources: { orderBy: { position: "asc" } },
} satisfies Prisma.EventInclude;

export type EventRow = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

export function toEventDto(row: EventRow): EventDto {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    date: toIsoDate(row.occurredOn),
    dateEnd: toIsoDate(row.occurredEnd),
    precision: row.precision,
    category: row.category,
    evidence: row.evidence,
    score: row.score,
    cameoCode: row.cameoCode,
    origin: row.origin,
    tivMillions: row.tivMillions,
    participants: row.participants
      .map((p) => ({ id: p.country.id, name: p.country.name, role: p.role }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    sources: row.sources.map((s) => ({
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      publishedOn: s.publishedOn ? toIsoDate(s.publishedOn) : null,
    })),
  };
}

export function toAdminEventDto(row: EventRow): AdminEventDto {
  return {
    ...toEventDto(row),
    version: row.version,
    retired: row.retired,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Newest first; among events of the same start date, the more precisely dated first. */
export const newestFirst: Prisma.EventOrderByWithRelationInput[] = [
  { occurredOn: "desc" },
  { occurredEnd: "asc" },
  { createdAt: "desc" },
];
