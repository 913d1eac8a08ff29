// The timeline after writes, from the timeline as it was at an earlier data version: only the links the writes
// changed (link_changes, see changed-links-since.ts) have their cells recomputed, and the rest are copied. At a
// million events that is a few links' cells instead of over half a million, so the first visitor after an edit does
// not wait for the whole timeline again.
import "server-only";
import { db } from "@/lib/db";
import { spliceTimeline } from "@/lib/domain/splice-timeline";
import type { TimelineRequest, TimelineResponse } from "@/lib/schemas/analysis";
import { changedLinksSince } from "./changed-links-since";
import { getTimeline, getTimelinePart } from "./get-timeline";
import { getTimelineMonths } from "./get-timeline-months";
import { linkMetaSelect, toLinkMeta } from "./link-facts";
import { linksTouching } from "./list-links";

/** A timeline and the data version it was computed at (exactly: no write committed while it was). */
export interface VersionedTimeline {
  version: string;
  timeline: TimelineResponse;
}

/**
 * Takes the filters and, when there is one, the timeline for the same filters at an earlier version. Returns the
 * timeline now: `previous` with the cells of the links changed since its version recomputed, every link's meta
 * read again (a country's new name changes its links' meta but not their statistics, so link_changes does not
 * name them; reading 5,000 links' meta costs tens of milliseconds), and the months read again (see
 * get-timeline-months.ts). Computes everything when there is no previous timeline or link_changes cannot say what
 * changed since it. The answer is exact at the current version only if no write commits while this runs: the
 * caller checks the version again afterwards (cached-json.ts). Throws when the database cannot be reached.
 */
export async function updateTimeline(filters: TimelineRequest, previous: VersionedTimeline | undefined): Promise<TimelineResponse> {
  if (!previous) return getTimeline(filters);
  const changes = await changedLinksSince(previous.version);
  if ("all" in changes) return getTimeline(filters);
  if (changes.version === previous.version) return previous.timeline;
  const [rows, months] = await Promise.all([
    db().link.findMany({ where: linksTouching(filters.countries), select: linkMetaSelect, orderBy: { id: "asc" } }),
    getTimelineMonths(filters),
  ]);
  const links = rows.map(toLinkMeta);
  const before = new Set(previous.timeline.links.map((l) => l.id));
  // A link the previous timeline did not list and link_changes did not name cannot have been created since (its
  // insert is noted); recomputing it anyway costs nothing and keeps the answer right if that ever fails.
  const recomputed = new Set([...changes.links, ...links.filter((l) => !before.has(l.id)).map((l) => l.id)]);
  const fresh = recomputed.size ? await getTimelinePart(filters, [...recomputed]) : { links: [], cells: emptyCells() };
  const part = spliceTimeline(previous.timeline, links, recomputed, fresh);
  return { links: part.links, ...months, cells: part.cells };
}

function emptyCells(): TimelineResponse["cells"] {
  return { start: [], month: [], span: [], evidence: [], events: [], cooperation: [], tension: [], score: [], firstDay: [], lastDay: [], lastPrecision: [], aToB: [], bToA: [] };
}
