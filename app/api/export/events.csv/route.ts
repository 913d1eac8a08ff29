// GET /api/export/events.csv: the events the filters select (from, to, category, evidence, link, country,
// origin) as CSV, oldest first; countries "KP;RU", sources a JSON array. POST /api/import/events reads it back.
import { downloadHeaders, exportFileName } from "@/lib/export/download";
import { exportRoute } from "@/lib/export/route";
import { exportEventsStream } from "@/lib/server/export-events";

export const GET = exportRoute(async (filters) =>
  new Response(exportEventsStream("csv", filters), {
    headers: downloadHeaders("text/csv; charset=utf-8", exportFileName("events", filters, "csv")),
  }),
);
