// GET /api/export/events.json: the events the filters select as { exportedAt, filters, events, count },
// oldest first. POST /api/import/events reads it back.
import { downloadHeaders, exportFileName } from "@/lib/export/download";
import { exportRoute } from "@/lib/export/route";
import { exportEventsStream } from "@/lib/server/export-events";

export const GET = exportRoute(async (filters) =>
  new Response(exportEventsStream("json", filters), {
    headers: downloadHeaders("application/json; charset=utf-8", exportFileName("events", filters, "json")),
  }),
);
