// GET /api/export/links.json: the links with their numbers for the filters, as GET /api/links gives them.
import { ATTRIBUTION } from "@/lib/export/events";
import { downloadHeaders, exportFileName } from "@/lib/export/download";
import { linksExportRoute } from "@/lib/export/route";
import { exportLinks } from "@/lib/server/export-links";

export const GET = linksExportRoute(async (filters) => {
  const body = { exportedAt: new Date().toISOString(), filters, attribution: ATTRIBUTION, links: await exportLinks(filters) };
  return new Response(JSON.stringify(body, null, 1), {
    headers: downloadHeaders("application/json; charset=utf-8", exportFileName("links", filters, "json")),
  });
});
