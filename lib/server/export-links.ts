// GET /api/export/links.*: the links GET /api/links shows for the same filters, their numbers computed from
// the same events (also narrowed by `origin` when given), optionally one link or one country's links; and
// the capitals' coordinates for GeoJSON.
import "server-only";
import { db } from "@/lib/db";
import type { Capital } from "@/lib/export/links";
import type { ExportFilters } from "@/lib/schemas/export";
import type { LinkSummary } from "@/lib/schemas/links";
import { listLinks } from "./list-links";

export async function exportLinks(filters: ExportFilters): Promise<LinkSummary[]> {
  const { link, country, ...eventFilters } = filters;
  const links = await listLinks(eventFilters, country);
  return link ? links.filter((l) => l.id === link) : links;
}

export async function capitalsOf(links: readonly LinkSummary[]): Promise<Map<string, Capital>> {
  const ids = [...new Set(links.flatMap((l) => l.countries))];
  const rows = await db().country.findMany({
    where: { id: { in: ids } },
    select: { id: true, capital: true, capitalLat: true, capitalLon: true },
  });
  return new Map(rows.map((c) => [c.id, { name: c.capital, lon: c.capitalLon, lat: c.capitalLat }]));
}
