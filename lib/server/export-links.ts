// GET /api/export/links.*: the links GET /api/links shows for the same filters, their numbers computed from
// the same events (also narrowed by `origin` when given), optionally one link or one country's links; and
// the capitals' coordinates for GeoJSON.
import "server-only";
import { db } from "@/lib/db";
import type { Capital } from "@/lib/export/links";
import type { LinksExportFilters } from "@/lib/schemas/export";
import { keepDirections } from "@/lib/schemas/filters";
import type { LinkSummary } from "@/lib/schemas/links";
import { listLinks } from "./list-links";

export async function exportLinks(filters: LinksExportFilters): Promise<LinkSummary[]> {
  const { link, country, direction, ...eventFilters } = filters;
  const links = keepDirections(await listLinks(eventFilters, country), direction);
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
