// GET /api/timeline (and /api/v/{snapshot}/timeline): every link and its events added up per month and evidence
// level, for the filters, fetched once so the dashboard's timeline can recompute any range of months in the browser;
// as JSON, or with ?format=binary in the compact form the dashboard reads (lib/domain/timeline-binary.ts).
// After a write, the answer starts from the last timeline computed for the same filters and recomputes only the links
// the write changed (lib/server/update-timeline.ts); the JSON and binary forms share that timeline.
import { cachedJson } from "@/lib/http/cached-json";
import { createKeptStates } from "@/lib/http/kept-states";
import { readRoute } from "@/lib/http/route";
import { encodeTimeline, TIMELINE_BINARY_TYPE } from "@/lib/domain/timeline-binary";
import { filterPairs } from "@/lib/schemas/filters";
import { TimelineRequestSchema, type TimelineResponse } from "@/lib/schemas/analysis";
import { getTimelineOutline } from "@/lib/server/get-timeline-outline";
import { updateTimeline } from "@/lib/server/update-timeline";

/**
 * The last exact timeline per set of filters. A few: at a million events one is about 60 MB of arrays, and the
 * dashboard asks for one set of filters at a time.
 */
const timelines = createKeptStates<TimelineResponse>(2);

export const timelineRead = readRoute({
  query: TimelineRequestSchema,
  handler: ({ query: { format, ...filters }, request }) =>
    cachedJson(request, async ({ version }) => {
      if (format === "outline") return { status: 200, body: await getTimelineOutline(filters) };
      const key = new URLSearchParams(filterPairs(filters)).toString();
      const previous = timelines.get(key);
      const timeline = await updateTimeline(filters, previous && { version: previous.version, timeline: previous.state });
      const whenExact = () => timelines.keep(key, version, timeline);
      if (format !== "binary") return { status: 200, body: timeline, whenExact };
      return { status: 200, bytes: encodeTimeline(timeline), contentType: TIMELINE_BINARY_TYPE, whenExact };
    }),
});
