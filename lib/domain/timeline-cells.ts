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

/** The most months any cell spans (see CellRange): bounds how far before a range a cell touching it can start. */
export function maxSpanOf(cells: TimelineCells): number {
  let maxSpan = 0;
  for (let i = 0; i < cells.span.length; i++) if (cells.span[i]! > maxSpan) maxSpan = cells.span[i]!;
  return maxSpan;
}

/** Which of the links to summarise (indexes, `last` excluded), and maxSpanOf(cells) when already known. */
export interface CellSlice {
  first: number;
  last: number;
  maxSpan?: number;
}

/**
 * Every link's summary for the range: the cells whose events touch it (an event known to 2019 touches any
 * range with a month of 2019), weighed as of `asOf`. `links` are the response's links, in the same order.
 * With `slice`, only links[first..last) are summarised (in that order), so a caller can spread the work over
 * several tasks (components/use-link-summaries.ts).
 */
export function summarizeCells(
  links: readonly LinkMeta[],
  cells: TimelineCells,
  range: CellRange,
  offsets: Int32Array = cellOffsets(cells, links.length),
  slice: CellSlice = { first: 0, last: links.length },
): LinkSummary[] {
  const asOf = monthIndex(range.asOf);
  // One decay per age in months, not one power per cell: a cell touching the range ends at range.from or later, so
  // its age is at most asOf - range.from (NaN: not computed yet).
  const decayByAge = new Float64Array(Math.max(0, asOf - range.from) + 1).fill(NaN);
  const decay = (endMonth: number) => {
    const age = Math.max(0, asOf - endMonth);
    let d = decayByAge[age]!;
    if (Number.isNaN(d)) decayByAge[age] = d = decayFactor(age, range.halfLifeMonths);
    return d;
  };
  const factor = EVIDENCE_LEVELS.map((level) => EVIDENCE_FACTOR[level]);
  const { month: months, span: spans, evidence: levels, events, cooperation: cooperations, tension: tensions, score: scores } = cells;
  const { aToB: aToBs, bToA: bToAs, firstDay: firstDays, lastDay: lastDays, lastPrecision: lastPrecisions } = cells;
  // A link's cells are sorted by month, and no cell spans more than maxSpan months: its cells that can touch
  // the range start at the first with month >= from - maxSpan (found by bisection) and end before the first
  // with month > to. A step through a few years of a 37-year record then reads a tenth of the cells.
  const earliest = range.from - (slice.maxSpan ?? maxSpanOf(cells));
  // A step sums every link's cells in the range (a few hundred thousand at a million events) on the main thread, so
  // the loop adds into local numbers and builds each link's objects once, after it: property writes per cell cost
  // several times the arithmetic. The additions happen in the same order as before, so the figures are the same.
  const evidenceCount = new Float64Array(EVIDENCE_LEVELS.length);
  const evidenceStrength = new Float64Array(EVIDENCE_LEVELS.length);
  const summaries: LinkSummary[] = [];
  for (let index = slice.first; index < slice.last; index++) {
    const link = links[index]!;
    let found = false;
    let cooperation = 0, tension = 0, weightedScore = 0, eventCount = 0, aToB = 0, bToA = 0;
    let firstMonth = 0, firstDay = 0, lastMonth = 0, lastDay = 0, lastPrecision = 0;
    evidenceCount.fill(0);
    evidenceStrength.fill(0);
    const stop = offsets[index + 1]!;
    for (let i = firstCellFrom(months, offsets[index]!, stop, earliest); i < stop; i++) {
      const month = months[i]!;
      if (month > range.to) break;
      const end = month + spans[i]!;
      if (end < range.from) continue;
      aToB += aToBs[i]!;
      bToA += bToAs[i]!;
      const level = levels[i]!;
      const unit = factor[level]! * decay(end);
      const cellCooperation = unit * cooperations[i]!;
      const cellTension = unit * tensions[i]!;
      cooperation += cellCooperation;
      tension += cellTension;
      weightedScore += unit * scores[i]!;
      evidenceCount[level] += events[i]!;
      evidenceStrength[level] += cellCooperation + cellTension;
      eventCount += events[i]!;
      if (!found || month < firstMonth || (month === firstMonth && firstDays[i]! < firstDay)) {
        firstMonth = month;
        firstDay = firstDays[i]!;
      }
      if (!found || month > lastMonth || (month === lastMonth && lastDays[i]! > lastDay)) {
        lastMonth = month;
        lastDay = lastDays[i]!;
        lastPrecision = lastPrecisions[i]!;
      }
      found = true;
    }
    if (!found) {
      summaries.push(summaryFromTotals(link, undefined));
      continue;
    }
    const t = emptyTotals();
    t.cooperation = cooperation;
    t.tension = tension;
    t.weightedScore = weightedScore;
    EVIDENCE_LEVELS.forEach((level, i) => {
      t.evidence[level] = evidenceCount[i]!;
      t.evidenceStrength[level] = evidenceStrength[i]!;
    });
    const totals: LinkTotals = {
      totals: t,
      eventCount,
      firstEventOn: dateInMonth(firstMonth, firstDay),
      lastEventOn: dateInMonth(lastMonth, lastDay),
      lastEventPrecision: DATE_PRECISIONS[lastPrecision]!,
      flow: { aToB, bToA },
    };
    summaries.push(summaryFromTotals(link, totals));
  }
  return summaries;
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
