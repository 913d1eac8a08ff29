// GET /api/changes: { version, snapshot } that change whenever the data does (the snapshot also with the day);
// dashboards poll it for live updates and read the public API at /api/v/{snapshot}/... Never cached: it is how a
// client learns which versioned URLs are current.
import { formatSnapshot } from "@/lib/domain/data-snapshot";
import { readRoute } from "@/lib/http/route";
import type { ChangesResponse } from "@/lib/schemas/changes";
import { getDataSnapshot } from "@/lib/server/get-data-snapshot";

export const GET = readRoute({
  handler: async () => {
    const snapshot = await getDataSnapshot();
    return Response.json({ version: snapshot.version, snapshot: formatSnapshot(snapshot) } satisfies ChangesResponse, { headers: { "cache-control": "no-store" } });
  },
});
