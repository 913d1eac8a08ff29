// Replaces some links' cells in a timeline computed earlier, so that after an edit the server recomputes only the
// links the edit touched (lib/server/update-timeline.ts) instead of every link's cells: at a million events the
// whole set is over half a million cells, a single edit changes a handful.
import type { TimelineResponse } from "@/lib/schemas/analysis";

type Cells = TimelineResponse["cells"];
type LinkMeta = TimelineResponse["links"][number];

/** Every per-cell column (all but `start`), in the order GET /api/timeline writes them. */
export const CELL_COLUMNS = [
  "month", "span", "evidence", "events", "cooperation", "tension", "score", "firstDay", "lastDay", "lastPrecision", "aToB", "bToA",
] as const satisfies readonly Exclude<keyof Cells, "start">[];

/** Some links (each with its meta) and their cells, as GET /api/timeline lists them: `cells.start[i]` is links[i]'s first cell. */
export interface TimelinePart {
  links: LinkMeta[];
  cells: Cells;
}

/** A run of consecutive cells copied from one part. */
interface Segment {
  from: TimelinePart;
  start: number;
  end: number;
}

/** Where link `index`'s cells end in `part`: the next link's start, or the number of cells. */
function cellsEnd(part: TimelinePart, index: number): number {
  return index + 1 < part.cells.start.length ? part.cells.start[index + 1]! : part.cells.month.length;
}

/**
 * One column of the spliced cells: `count` numbers copied from `segments` in order into one array made at its final
 * length. A plain loop into a preallocated array: Array#slice then concat made every number twice and took 1.6 times
 * as long (589,801 cells, 12 columns).
 */
function copySegments(segments: Segment[], column: (typeof CELL_COLUMNS)[number], count: number): number[] {
  const out = new Array<number>(count);
  let k = 0;
  for (const segment of segments) {
    const values = segment.from.cells[column] as number[];
    for (let i = segment.start; i < segment.end; i++) out[k++] = values[i]!;
  }
  return out;
}

/**
 * Takes `base` (a timeline computed earlier), `links` (every link the timeline lists now, with current meta, in the
 * order GET /api/timeline lists them), the ids in `recomputed` whose cells must come from `fresh` (a link there but
 * absent from fresh has no cells now), and `fresh` (those links' cells computed now). Links in `links` that are in
 * neither `recomputed` nor `base` get no cells. Returns a part listing exactly `links`, each with its cells from fresh
 * or else base, with `start` renumbered. Copies whole runs of consecutive cells, since an edit leaves most links' cells
 * in place.
 */
export function spliceTimeline(base: TimelinePart, links: LinkMeta[], recomputed: ReadonlySet<string>, fresh: TimelinePart): TimelinePart {
  const baseIndex = new Map(base.links.map((l, i) => [l.id, i]));
  const freshIndex = new Map(fresh.links.map((l, i) => [l.id, i]));
  const start: number[] = [];
  const segments: Segment[] = [];
  let count = 0;
  for (const link of links) {
    start.push(count);
    const fromFresh = recomputed.has(link.id);
    const part = fromFresh ? fresh : base;
    const index = (fromFresh ? freshIndex : baseIndex).get(link.id);
    if (index === undefined) continue;
    const segment = { from: part, start: part.cells.start[index]!, end: cellsEnd(part, index) };
    if (segment.end === segment.start) continue;
    count += segment.end - segment.start;
    const last = segments[segments.length - 1];
    if (last && last.from === part && last.end === segment.start) last.end = segment.end;
    else segments.push(segment);
  }
  const cells = { start } as Cells;
  for (const column of CELL_COLUMNS) cells[column] = copySegments(segments, column, count);
  return { links, cells };
}
