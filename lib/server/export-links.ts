// GET /api/export/links.*: the links GET /api/links shows for the same filters, their numbers computed from
// the same events (also narrowed by `origin` when given), optionally one link or one country's links; and
// the capitals' coordinates for GeoJSON.
import "server-only";
import { db } from "@/lib/db";
import type { Capital } from "@/lib/export/links";
import type { ExportFilters } from "@/lib/schemas/export";
import type { LinkSummary } from "@/lib/schemas/links";
import { exportEventWhere } from "./list-events";
import { summarizeLinks } from "./summarize-links";

export async function exportLinks(filters: ExportFilters): Promise<LinkSummary[]> {
  const country = filters.country;
  const links = await db().link.findMany({
    where: {
      ...(filters.link ? { id: filters.link } : {}),
      ...(country ? { OR: [{ countryAId: country }, { countryBId: country }] } : {}),
    },
    select: {
      id: true,
      countryAId: true,
      countryBId: true,
      title: true,
      summary: true,
      countryA: { select: { name: true } },
      countryB: { select: { name: true } },
    },
    orderBy: { id: "asc" },
  });
  if (links.length === 0) return [];
  const countryIds = [...new Set(links.flatMap((l) => [l.countryAId, l.countryBId]))];
  // Events narrowed by dates, category, evidence and origin; the pairing to links happens in summarizeLinks.
  const { link: _link, country: _country, ...eventFilters } = filters;
  const events = await db().event.findMany({
    where: { ...exportEventWhere(eventFilters), participants: { some: { countryId: { in: countryIds } } } },
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

export async function capitalsOf(links: readonly LinkSummary[]): Promise<Map<string, Capital>> {
  const ids = [...new Set(links.flatMap((l) => l.countries))];
  const rows = await db().country.findMany({
    where: { id: { in: ids } },
    select: { id: true, capital: true, capitalLat: true, capitalLon: true },
  });
  return new Map(rows.map((c) => [c.id, { name: c.capital, lon: c.capitalLon, lat: c.capitalLat }]));
}
