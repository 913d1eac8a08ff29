// The timeline after writes, from the timeline as it was at an earlier data version: only the links the writes
// changed (link_changes, see changed-links-since.ts) have their cells recomputed, and the rest are copied. At a
// million events that is a few links' cells instead of over half a million, so the first visitor after an edit does
// not wait for the whole timeline again.
import "server-only";
import { spliceTimeline } from "@/lib/domain/splice-timeline";
import type { TimelineRequest, TimelineResponse } from "@/lib/schemas/analysis";
import { changedLinksSince } from "./changed-links-since";
import { getTimeline, getTimelinePart } from "./get-timeline";
import { getTimelineMonths } from "./get-timeline-months";
import { currentLinkMeta } from "./current-link-meta";

/** A timeline and the data version it was computed at (exactly: no write committed while it was). */
export interface VersionedTimeline {
  version: string;
  timeline: TimelineResponse;
}

/** The timeline now, and which links' cells may differ from the previous timeline's ("all": computed from scratch). */
export interface UpdatedTimeline {
  timeline: TimelineResponse;
  recomputed: ReadonlySet<string> | "all";
}

/**
 * Takes the filters and, when there is one, the timeline for the same filters at an earlier version. Returns the
 * timeline now: `previous` with the cells of the links changed since its version recomputed, the links' meta
 * brought up to date (current-link-meta.ts), and the months read again (see get-timeline-months.ts), with the ids
 * of the links recomputed (every other link's cells are the previous timeline's). Computes everything when there
 * is no previous timeline or link_changes cannot say what changed since it. The answer is exact at the current
 * version only if no write commits while this runs: the caller checks the version again afterwards
 * (cached-json.ts). Throws when the database cannot be reached.
 */
export async function updateTimeline(filters: TimelineRequest, previous: VersionedTimeline | undefined): Promise<UpdatedTimeline> {
  if (!previous) return { timeline: await getTimeline(filters), recomputed: "all" };
  const changes = await changedLinksSince(previous.version);
  if ("all" in changes) return { timeline: await getTimeline(filters), recomputed: "all" };
  if (changes.version === previous.version) return { timeline: previous.timeline, recomputed: new Set() };
  const [links, months] = await Promise.all([
    currentLinkMeta(previous.timeline.links, changes.links, filters.countries),
    getTimelineMonths(filters),
  ]);
  const recomputed = new Set(changes.links);
  const fresh = recomputed.size ? await getTimelinePart(filters, changes.links) : { links: [], cells: emptyCells() };
  const part = spliceTimeline(previous.timeline, links, recomputed, fresh);
  return { timeline: { links: part.links, ...months, cells: part.cells }, recomputed };
}

function emptyCells(): TimelineResponse["cells"] {
  return { start: [], month: [], span: [], evidence: [], events: [], cooperation: [], tension: [], score: [], firstDay: [], lastDay: [], lastPrecision: [], aToB: [], bToA: [] };
}
