// GET /api/changes: { version } that changes whenever the data does; dashboards poll it for live updates.
import { readRoute } from "@/lib/http/route";
import { getDataVersion } from "@/lib/server/get-data-version";

export const GET = readRoute({
  handler: async () => Response.json({ version: await getDataVersion() }, { headers: { "cache-control": "no-store" } }),
});
