// GET /api/timeline's JSON form written from pieces, so that after an edit only the links the edit touched are
// encoded again. At a million events the answer is about 20 MB: JSON.stringify of it took 350–390 ms and turning
// that text into UTF-8 another 250–290 ms, for every data version, when an edit changes a handful of links' cells.
// Here each link's cells are kept as UTF-8 bytes per column and the answer is those bytes copied in order.
import type { TimelineResponse } from "@/lib/schemas/analysis";
import { CELL_COLUMNS } from "./splice-timeline";

/**
 * Per link id, its cells as JSON text without brackets ("24291,24292") in UTF-8, one per column in CELL_COLUMNS
 * order. Valid for a timeline as long as that link's cells are unchanged.
 */
export type CellFragments = ReadonlyMap<string, readonly Uint8Array[]>;

const utf8 = new TextEncoder();
const COMMA = utf8.encode(",");

/** Link `index`'s cells as fragments: each column's values from its first cell to the next link's. */
function linkFragments(cells: TimelineResponse["cells"], index: number): Uint8Array[] {
  const start = cells.start[index]!;
  const end = index + 1 < cells.start.length ? cells.start[index + 1]! : cells.month.length;
  return CELL_COLUMNS.map((column) => utf8.encode(JSON.stringify(cells[column].slice(start, end)).slice(1, -1)));
}

/**
 * Takes a timeline and `reusable`: fragments of links whose cells are the same in `timeline` as when they were
 * encoded (the caller drops the links an edit recomputed). Returns the timeline as JSON in UTF-8 — the same value
 * JSON.stringify gives, `cells` written last — and the fragments of every link in it, to reuse for the next version.
 * Links, months and range are stringified whole (a few hundred KB at a million events).
 */
export function encodeTimelineJson(timeline: TimelineResponse, reusable: CellFragments = new Map()): { bytes: Uint8Array; fragments: Map<string, readonly Uint8Array[]> } {
  const { cells, ...rest } = timeline;
  const fragments = new Map<string, readonly Uint8Array[]>();
  timeline.links.forEach((link, i) => fragments.set(link.id, reusable.get(link.id) ?? linkFragments(cells, i)));

  const parts: Uint8Array[] = [utf8.encode(`${JSON.stringify(rest).slice(0, -1)},"cells":{"start":${JSON.stringify(cells.start)}`)];
  CELL_COLUMNS.forEach((column, c) => {
    parts.push(utf8.encode(`,${JSON.stringify(column)}:[`));
    let first = true;
    for (const link of timeline.links) {
      const fragment = fragments.get(link.id)![c]!;
      if (fragment.length === 0) continue;
      if (!first) parts.push(COMMA);
      parts.push(fragment);
      first = false;
    }
    parts.push(utf8.encode("]"));
  });
  parts.push(utf8.encode("}}"));

  const bytes = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { bytes, fragments };
}
