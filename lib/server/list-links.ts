// Every link with its numbers computed from the events the filters select.
import "server-only";
import { db } from "@/lib/db";
import type { LinkFilters, LinkSummary } from "@/lib/schemas/links";
import { eventWhere } from "./event-query";
import { summarizeLinks } from "./summarize-links";

const linkSelect = {
  id: true,
  countryAId: true,
  countryBId: true,
  title: true,
  summary: true,
  countryA: { select: { name: true } },
  countryB: { select: { name: true } },
} as const;

export async function listLinks(filters: LinkFilters, onlyCountry?: string): Promise<LinkSummary[]> {
  const links = await db().link.findMany({
    where: onlyCountry ? { OR: [{ countryAId: onlyCountry }, { countryBId: onlyCountry }] } : undefined,
    select: linkSelect,
    orderBy: { id: "asc" },
  });
  if (links.length === 0) return [];
  const countryIds = [...new Set(links.flatMap((l) => [l.countryAId, l.countryBId]))];
  const events = await db().event.findMany({
    where: { ...eventWhere(filters), participants: { some: { countryId: { in: countryIds } } } },
    select: {
      occurredOn: true,
      occurredEnd: true,
      precision: true,
      evidence: true,
      score: true,
      participants: { select: { countryId: true } },
    },
  });
  return summarizeLinks(links, events);
}
