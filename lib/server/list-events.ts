// The events a set of export filters selects, oldest first, read in pages by keyset (date, id) so an
// export of a million events streams with flat memory and never skips or repeats a row.
import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/domain/date-precision";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventExportRow, ExportFilters } from "@/lib/schemas/export";
import { eventWhere } from "./event-query";

export function exportEventWhere(filters: ExportFilters): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (filters.link) {
    const [a, b] = filters.link.split("-") as [string, string];
    and.push({ participants: { some: { countryId: a } } }, { participants: { some: { countryId: b } } });
  }
  if (filters.country) and.push({ participants: { some: { countryId: filters.country } } });
  return { ...eventWhere(filters), ...(and.length ? { AND: and } : {}) };
}

const exportSelect = {
  id: true,
  title: true,
  summary: true,
  occurredOn: true,
  occurredEnd: true,
  precision: true,
  category: true,
  evidence: true,
  score: true,
  cameoCode: true,
  origin: true,
  externalId: true,
  tivMillions: true,
  participants: { select: { countryId: true, role: true } },
  sources: { orderBy: { position: "asc" }, select: { url: true, publisher: true, title: true, publishedOn: true } },
} satisfies Prisma.EventSelect;

type ExportRowData = Prisma.EventGetPayload<{ select: typeof exportSelect }>;

export function toExportRow(row: ExportRowData): EventExportRow {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    date: toIsoDate(row.occurredOn),
    dateEnd: toIsoDate(row.occurredEnd),
    precision: row.precision,
    countries: row.participants.map((p) => p.countryId).sort(),
    roles: Object.fromEntries(
      row.participants.filter((p) => p.role).sort((a, b) => a.countryId.localeCompare(b.countryId)).map((p) => [p.countryId, p.role!]),
    ),
    category: row.category,
    evidence: row.evidence,
    score: row.score,
    cameoCode: row.cameoCode,
    origin: row.origin,
    externalId: row.externalId,
    tivMillions: row.tivMillions,
    sources: row.sources.map((s) => ({
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      publishedOn: s.publishedOn ? toIsoDate(s.publishedOn) : null,
    })),
  };
}

export async function* listEventPages(filters: ExportFilters, pageSize = 1000): AsyncGenerator<EventExportRow[]> {
  const where = exportEventWhere(filters);
  let after: { occurredOn: Date; id: string } | null = null;
  for (;;) {
    const page: ExportRowData[] = await db().event.findMany({
      where: after
        ? { AND: [where, { OR: [{ occurredOn: { gt: after.occurredOn } }, { occurredOn: after.occurredOn, id: { gt: after.id } }] }] }
        : where,
      select: exportSelect,
      orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      take: pageSize,
    });
    if (page.length === 0) return;
    yield page.map(toExportRow);
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    after = { occurredOn: last.occurredOn, id: last.id };
  }
}
