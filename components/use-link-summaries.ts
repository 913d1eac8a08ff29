// Every link's numbers for the timeline's range, summed from the timeline's cells (lib/domain/timeline-cells.ts).
// At a million events a range holds a few hundred thousand cells and summing them takes tens of milliseconds; done
// in one task on every timeline step, that task is long enough to stall input and frames. Above SYNC_CELLS the sum
// is spread over tasks of at most CELLS_PER_TASK cells each, yielding the main thread between them, and the previous
// range's numbers stay on screen until the new ones are complete (never a half-summed mix), and what they change is
// rendered as a transition, in slices.
import { startTransition, useEffect, useMemo, useState } from "react";
import { cellOffsets, maxSpanOf, summarizeCells, type CellRange, type TimelineCells } from "@/lib/domain/timeline-cells";
import type { LinkMeta } from "@/lib/domain/summarize-links";
import type { LinkSummary } from "@/lib/schemas/links";

/**
 * Up to this many cells the whole sum is one short task (about 2 ms) and is done during render. Low enough that the
 * e2e test with 400 links and 40,000 events (e2e/resilience/many-links.spec.ts) takes the chunked path.
 */
const SYNC_CELLS = 20_000;
/** The most cells (of whole links) one task sums before yielding: a few milliseconds on a slow core. */
const CELLS_PER_TASK = 20_000;

interface Timeline {
  links: readonly LinkMeta[];
  cells: TimelineCells;
}

/** Lets the browser run input, rendering and other tasks before the caller goes on (scheduler.yield where it exists). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Takes the timeline (links and cells, JSON or decoded) and the range in months; returns every link's summary for
 * the range, in the timeline's link order, or undefined while there is no timeline (or, for a large one, until its
 * first sum is complete). For a large timeline the answer for a new range arrives a few tasks later; until then the
 * previous range's summaries are returned.
 */
export function useLinkSummaries(timeline: Timeline | undefined, range: CellRange | undefined): LinkSummary[] | undefined {
  const index = useMemo(() => (timeline ? { offsets: cellOffsets(timeline.cells, timeline.links.length), maxSpan: maxSpanOf(timeline.cells) } : undefined), [timeline]);
  const large = !!timeline && timeline.cells.month.length > SYNC_CELLS;
  const from = range?.from, to = range?.to, asOf = range?.asOf, halfLifeMonths = range?.halfLifeMonths;

  const sync = useMemo(() => {
    if (!timeline || !index || large || from === undefined || to === undefined || asOf === undefined) return undefined;
    const slice = { first: 0, last: timeline.links.length, maxSpan: index.maxSpan };
    return summarizeCells(timeline.links, timeline.cells, { from, to, asOf, halfLifeMonths }, index.offsets, slice);
  }, [timeline, index, large, from, to, asOf, halfLifeMonths]);

  const [chunked, setChunked] = useState<LinkSummary[]>();
  useEffect(() => {
    if (!timeline || !index || !large || from === undefined || to === undefined || asOf === undefined) return;
    let cancelled = false;
    const { links, cells } = timeline;
    const { offsets, maxSpan } = index;
    void (async () => {
      const summaries: LinkSummary[] = [];
      for (let first = 0; first < links.length; ) {
        let last = first;
        while (last < links.length && (last === first || offsets[last]! - offsets[first]! < CELLS_PER_TASK)) last++;
        for (const s of summarizeCells(links, cells, { from, to, asOf, halfLifeMonths }, offsets, { first, last, maxSpan })) summaries.push(s);
        first = last;
        if (first < links.length) {
          await yieldToMain();
          if (cancelled) return;
        }
      }
      // A transition: React renders what the new numbers change (5,000 links' arcs, list rows, legend) in slices of
      // a few milliseconds, yielding between them, instead of one task; a newer range's sum interrupts it.
      if (!cancelled) startTransition(() => setChunked(summaries));
    })();
    return () => {
      cancelled = true;
    };
  }, [timeline, index, large, from, to, asOf, halfLifeMonths]);

  return large ? chunked : sync;
}
