// GET /api/timeline (and /api/v/{snapshot}/timeline): every link and its events added up per month and evidence
// level, for the filters, fetched once so the dashboard's timeline can recompute any range of months in the browser;
// as JSON, or with ?format=binary in the compact form the dashboard reads (lib/domain/timeline-binary.ts).
// After a write, the answer starts from the last timeline computed for the same filters and recomputes only the links
// the write changed (lib/server/update-timeline.ts); the JSON and binary forms share that timeline. The JSON form
// also reuses the unchanged links' encoded cells (lib/domain/timeline-json.ts).
import { cachedJson } from "@/lib/http/cached-json";
import { createKeptStates } from "@/lib/http/kept-states";
import { readRoute } from "@/lib/http/route";
import { encodeTimeline, TIMELINE_BINARY_TYPE } from "@/lib/domain/timeline-binary";
import { encodeTimelineJson, type CellFragments } from "@/lib/domain/timeline-json";
import { filterPairs } from "@/lib/schemas/filters";
import { TimelineRequestSchema, type TimelineResponse } from "@/lib/schemas/analysis";
import { getTimelineOutline } from "@/lib/server/get-timeline-outline";
import { updateTimeline } from "@/lib/server/update-timeline";

/** A timeline, and its links' cells encoded as JSON where a JSON answer has encoded them since they last changed. */
interface KeptTimeline {
  timeline: TimelineResponse;
  json: CellFragments;
}

/**
 * The last exact timeline per set of filters. A few: at a million events one is about 60 MB of arrays (and 20 MB of
 * JSON fragments once a JSON answer was made), and the dashboard asks for one set of filters at a time.
 */
const timelines = createKeptStates<KeptTimeline>(2);

/** `fragments` without the links whose cells were recomputed: what stays valid for the new timeline. */
function stillValid(fragments: CellFragments | undefined, recomputed: ReadonlySet<string> | "all"): CellFragments {
  if (!fragments || recomputed === "all") return new Map();
  if (recomputed.size === 0) return fragments;
  const valid = new Map(fragments);
  for (const id of recomputed) valid.delete(id);
  return valid;
}

export const timelineRead = readRoute({
  query: TimelineRequestSchema,
  handler: ({ query: { format, ...filters }, request }) =>
    cachedJson(request, async ({ version }) => {
      if (format === "outline") return { status: 200, body: await getTimelineOutline(filters) };
      const key = new URLSearchParams(filterPairs(filters)).toString();
      const previous = timelines.get(key);
      const { timeline, recomputed } = await updateTimeline(filters, previous && { version: previous.version, timeline: previous.state.timeline });
      const reusable = stillValid(previous?.state.json, recomputed);
      if (format === "binary") {
        const whenExact = () => timelines.keep(key, version, { timeline, json: reusable });
        return { status: 200, bytes: encodeTimeline(timeline), contentType: TIMELINE_BINARY_TYPE, whenExact };
      }
      const { bytes, fragments } = encodeTimelineJson(timeline, reusable);
      const whenExact = () => timelines.keep(key, version, { timeline, json: fragments });
      return { status: 200, bytes, contentType: "application/json", whenExact };
    }),
});
