// GET /api/export/links.geojson: each link the great-circle arc between the two capitals as RFC 7946 GeoJSON
// (cut into a MultiLineString where it crosses the antimeridian), with the link's numbers as properties.
import { downloadHeaders, exportFileName } from "@/lib/export/download";
import { linksGeoJson } from "@/lib/export/links";
import { linksExportRoute } from "@/lib/export/route";
import { capitalsOf, exportLinks } from "@/lib/server/export-links";

export const GET = linksExportRoute(async (filters) => {
  const links = await exportLinks(filters);
  const body = linksGeoJson(links, await capitalsOf(links));
  return new Response(JSON.stringify(body), {
    headers: downloadHeaders("application/geo+json; charset=utf-8", exportFileName("links", filters, "geojson")),
  });
});
