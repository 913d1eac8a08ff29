// GET /api/export/links.csv: the links with their numbers for the filters, one row each.
import { downloadHeaders, exportFileName } from "@/lib/export/download";
import { linksCsv } from "@/lib/export/links";
import { linksExportRoute } from "@/lib/export/route";
import { exportLinks } from "@/lib/server/export-links";

export const GET = linksExportRoute(async (filters) =>
  new Response(linksCsv(await exportLinks(filters)), {
    headers: downloadHeaders("text/csv; charset=utf-8", exportFileName("links", filters, "csv")),
  }),
);
