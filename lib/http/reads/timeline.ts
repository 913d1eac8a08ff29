// GET /api/timeline (and /api/v/{snapshot}/timeline): every link and its events added up per month and evidence
// level, for the filters, fetched once so the dashboard's timeline can recompute any range of months in the browser.
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import { TimelineRequestSchema } from "@/lib/schemas/analysis";
import { getTimelineJson } from "@/lib/server/get-timeline";

export const timelineRead = readRoute({
  query: TimelineRequestSchema,
  handler: ({ query, request }) => cachedJson(request, async () => ({ status: 200, json: await getTimelineJson(query) })),
});
