// GET /api/changes: { version } that changes whenever the data does; dashboards poll it for live updates.
import { handleErrors } from "@/lib/http/route";
import { getDataVersion } from "@/lib/server/get-data-version";

export const GET = handleErrors(async () =>
  Response.json({ version: await getDataVersion() }, { headers: { "cache-control": "no-store" } }),
);
