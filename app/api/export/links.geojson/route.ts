// GET /api/export/links.geojson: each link a great-circle LineString between the two capitals, with the
// link's numbers as properties.
import { downloadHeaders, exportFileName } from "@/lib/export/download";
import { linksGeoJson } from "@/lib/export/links";
import { exportRoute } from "@/lib/export/route";
import { capitalsOf, exportLinks } from "@/lib/server/export-links";

export const GET = exportRoute(async (filters) => {
  const links = await exportLinks(filters);
  const body = linksGeoJson(links, await capitalsOf(links));
  return new Response(JSON.stringify(body), {
    headers: downloadHeaders("application/geo+json; charset=utf-8", exportFileName("links", filters, "geojson")),
  });
});
