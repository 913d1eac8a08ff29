// GET /api/timeline (and /api/v/{snapshot}/timeline): every link and its events added up per month and evidence
// level, for the filters, fetched once so the dashboard's timeline can recompute any range of months in the browser;
// as JSON, or with ?format=binary in the compact form the dashboard reads (lib/domain/timeline-binary.ts).
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import { encodeTimeline, TIMELINE_BINARY_TYPE } from "@/lib/domain/timeline-binary";
import { TimelineRequestSchema, type TimelineResponse } from "@/lib/schemas/analysis";
import { getTimelineJson } from "@/lib/server/get-timeline";
import { getTimelineOutline } from "@/lib/server/get-timeline-outline";

export const timelineRead = readRoute({
  query: TimelineRequestSchema,
  handler: ({ query: { format, ...filters }, request }) =>
    cachedJson(request, async () => {
      if (format === "outline") return { status: 200, body: await getTimelineOutline(filters) };
      const json = await getTimelineJson(filters);
      if (format !== "binary") return { status: 200, json };
      return { status: 200, bytes: encodeTimeline(JSON.parse(json) as TimelineResponse), contentType: TIMELINE_BINARY_TYPE };
    }),
});
