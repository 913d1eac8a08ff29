// The timeline's data: each link's events added up per month and evidence level ("cells"), as GET /api/timeline
// sends them (from link_month_stats), and the link numbers for any range of months computed from them in the
// browser. A cell's events share their month and evidence, so under lib/domain/strength.ts they weigh the same:
// the numbers equal what the server gives for the same range, and a million events fit in a few hundred
// thousand cells that a timeline step sums in milliseconds.
import { dateInMonth, monthIndex } from "./months";
import { decayFactor, emptyTotals } from "./strength";
import { EVIDENCE_FACTOR } from "./strength-model";
import { DATE_PRECISIONS, EVIDENCE_LEVELS } from "./vocabulary";
import { summaryFromTotals, type LinkMeta, type LinkTotals } from "./summarize-links";
import type { LinkSummary } from "@/lib/schemas/links";


/**
 * Column-wise, one entry per cell, sorted by link then month; keeps the payload small and the loops tight. Arrays
 * in the JSON form (GET /api/timeline), typed arrays when decoded from the binary one (timeline-binary.ts).
 */
export interface TimelineCells {
  /** Per link, in the order of the response's links, the index of its first cell. */
  start: ArrayLike<number>;
  /** Month the cell's events start in, as months since year 0 (see lib/domain/months.ts). */
  month: ArrayLike<number>;
  /** Months from `month` to the month they end in: 0, except for events known only to their year. */
  span: ArrayLike<number>;
  /** Index into EVIDENCE_LEVELS. */
  evidence: ArrayLike<number>;
  events: ArrayLike<number>;
  /** Σ category weight over the events scored zero or above, below zero, and Σ category weight × score. */
  cooperation: ArrayLike<number>;
  tension: ArrayLike<number>;
  score: ArrayLike<number>;
  /** Day of the month of the earliest and the latest start date among the cell's events. */
  firstDay: ArrayLike<number>;
  lastDay: ArrayLike<number>;
  /** Index into DATE_PRECISIONS of the latest event's date. */
  lastPrecision: ArrayLike<number>;
  /** Events flowing from the link's country A to B, and from B to A (lib/domain/direction.ts). */
  aToB: ArrayLike<number>;
  bToA: ArrayLike<number>;
}

/** TimelineCells as plain arrays, to build cells one by one. */
export type TimelineCellArrays = { [K in keyof TimelineCells]: number[] };

export function emptyCells(): TimelineCellArrays {
  return {
    start: [], month: [], span: [], evidence: [], events: [], cooperation: [], tension: [], score: [], firstDay: [], lastDay: [], lastPrecision: [],
    aToB: [], bToA: [],
  };
}


export interface CellRange {
  /** Months since year 0, both included. */
  from: number;
  to: number;
  /** YYYY-MM-DD: strength is measured in this month. */
  asOf: string;
  halfLifeMonths?: number;
}

/** Where each link's cells start and end: link i's are [offsets[i], offsets[i + 1]). */
export function cellOffsets(cells: TimelineCells, linkCount: number): Int32Array {
  const offsets = new Int32Array(linkCount + 1);
  for (let i = 0; i < linkCount; i++) offsets[i] = cells.start[i] ?? cells.month.length;
  offsets[linkCount] = cells.month.length;
  return offsets;
}

/**
 * Every link's summary for the range: the cells whose events touch it (an event known to 2019 touches any
 * range with a month of 2019), weighed as of `asOf`. `links` are the response's links, in the same order.
 */
export function summarizeCells(
  links: readonly LinkMeta[],
  cells: TimelineCells,
  range: CellRange,
  offsets: Int32Array = cellOffsets(cells, links.length),
): LinkSummary[] {
  const asOf = monthIndex(range.asOf);
  // One decay per age in months, not one Math.pow per cell.
  const decayByAge = new Map<number, number>();
  const decay = (endMonth: number) => {
    const age = Math.max(0, asOf - endMonth);
    let d = decayByAge.get(age);
    if (d === undefined) decayByAge.set(age, (d = decayFactor(age, range.halfLifeMonths)));
    return d;
  };
  const factor = EVIDENCE_LEVELS.map((level) => EVIDENCE_FACTOR[level]);
  // A link's cells are sorted by month, and no cell spans more than maxSpan months: its cells that can touch
  // the range start at the first with month >= from - maxSpan (found by bisection) and end before the first
  // with month > to. A step through a few years of a 37-year record then reads a tenth of the cells.
  let maxSpan = 0;
  for (let i = 0; i < cells.span.length; i++) if (cells.span[i]! > maxSpan) maxSpan = cells.span[i]!;
  const earliest = range.from - maxSpan;
  return links.map((link, index) => {
    let totals: LinkTotals | undefined;
    let firstMonth = 0, firstDay = 0, lastMonth = 0, lastDay = 0, lastPrecision = 0;
    const stop = offsets[index + 1]!;
    for (let i = firstCellFrom(cells.month, offsets[index]!, stop, earliest); i < stop; i++) {
      const month = cells.month[i]!;
      if (month > range.to) break;
      const end = month + cells.span[i]!;
      if (end < range.from) continue;
      if (!totals) totals = { totals: emptyTotals(), eventCount: 0, firstEventOn: null, lastEventOn: null, lastEventPrecision: null, flow: { aToB: 0, bToA: 0 } };
      totals.flow.aToB += cells.aToB[i]!;
      totals.flow.bToA += cells.bToA[i]!;
      const level = cells.evidence[i]!;
      const unit = factor[level]! * decay(end);
      const cooperation = unit * cells.cooperation[i]!;
      const tension = unit * cells.tension[i]!;
      const t = totals.totals;
      t.cooperation += cooperation;
      t.tension += tension;
      t.weightedScore += unit * cells.score[i]!;
      t.evidence[EVIDENCE_LEVELS[level]!] += cells.events[i]!;
      t.evidenceStrength[EVIDENCE_LEVELS[level]!] += cooperation + tension;
      totals.eventCount += cells.events[i]!;
      if (totals.firstEventOn === null || month < firstMonth || (month === firstMonth && cells.firstDay[i]! < firstDay)) {
        firstMonth = month;
        firstDay = cells.firstDay[i]!;
        totals.firstEventOn = "";
      }
      if (totals.lastEventOn === null || month > lastMonth || (month === lastMonth && cells.lastDay[i]! > lastDay)) {
        lastMonth = month;
        lastDay = cells.lastDay[i]!;
        lastPrecision = cells.lastPrecision[i]!;
        totals.lastEventOn = "";
      }
    }
    if (totals) {
      totals.firstEventOn = dateInMonth(firstMonth, firstDay);
      totals.lastEventOn = dateInMonth(lastMonth, lastDay);
      totals.lastEventPrecision = DATE_PRECISIONS[lastPrecision]!;
    }
    return summaryFromTotals(link, totals);
  });
}

/** The first index in [lo, hi) whose month is at least `month` (hi when none): months are sorted there. */
function firstCellFrom(months: ArrayLike<number>, lo: number, hi: number, month: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (months[mid]! < month) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
