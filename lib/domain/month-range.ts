// A range of whole months (the timeline's selection, a compare period) and what the panels need to know
// about it. Pure; month arithmetic is in ./months.
import { addMonths, isMonth, MONTH_NAMES, monthEnd, monthFromIndex, monthIndex, monthStart, type Month } from "./months";

/** Both months included, `from` not after `to`. */
export interface MonthRange {
  from: Month;
  to: Month;
}

/** What the panels need to know about the range in view: its dates, the day strength is measured on, its words. */
export interface RangeView {
  /** First day of the range's first month, YYYY-MM-DD. */
  from: string;
  /** Last day of the range's last month, YYYY-MM-DD. */
  to: string;
  /** The day strength is measured on: `to`, or today when the range runs past it. */
  asOf: string;
  /** True when the range is narrower than all time (the URL names one). */
  narrowed: boolean;
  range: MonthRange;
}

/**
 * The range to show: the requested months clamped into [first, last] and put in order; the whole span when
 * none is requested (or a requested month is unreadable).
 */
export function resolveRange(requested: Partial<MonthRange>, first: Month, last: Month): MonthRange {
  const lo = monthIndex(first);
  const hi = Math.max(lo, monthIndex(last));
  const clamp = (m: Month | undefined, fallback: number) => (m && isMonth(m) ? Math.min(hi, Math.max(lo, monthIndex(m))) : fallback);
  let from = clamp(requested.from, lo);
  let to = clamp(requested.to, hi);
  if (from > to) [from, to] = [to, from];
  return { from: monthFromIndex(from), to: monthFromIndex(to) };
}

/** The dates a month range covers, and the day strength is measured on: the range's last day, or `today` if sooner. */
export function rangeDates(range: MonthRange, today: string): { from: string; to: string; asOf: string } {
  const to = monthEnd(range.to);
  return { from: monthStart(range.from), to, asOf: to < today ? to : today };
}

/** The RangeView of `range` within the whole span [first, last], measured no later than `today` (YYYY-MM-DD). */
export function rangeView(range: MonthRange, span: MonthRange, today: string): RangeView {
  return { ...rangeDates(range, today), narrowed: range.from !== span.from || range.to !== span.to, range };
}

/** "2023-01" -> "January 2023"; the short form "Jan 2023". */
export function monthName(month: Month, short = false): string {
  const name = MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month;
  return `${short ? name.slice(0, 3) : name} ${month.slice(0, 4)}`;
}

/** "January 2019 – December 2023", or one month's name when from = to. */
export function rangeLabel(range: MonthRange, short = false): string {
  return range.from === range.to ? monthName(range.from, short) : `${monthName(range.from, short)} – ${monthName(range.to, short)}`;
}

/**
 * One playback tick. "slide" keeps the window's length and moves it a month on; "grow" keeps the start and
 * moves the end. Null when the end has reached `last` (playback stops).
 */
export function stepRange(range: MonthRange, mode: "slide" | "grow", last: Month): MonthRange | null {
  if (monthIndex(range.to) >= monthIndex(last)) return null;
  return mode === "grow" ? { from: range.from, to: addMonths(range.to, 1) } : { from: addMonths(range.from, 1), to: addMonths(range.to, 1) };
}

/**
 * Where Play starts from. A window that already ends at `last` is rewound to start at `first`: the whole span
 * grows from its first month; a shorter window slides from the start.
 */
export function playStart(range: MonthRange, first: Month, last: Month): { range: MonthRange; mode: "slide" | "grow" } {
  const atEnd = monthIndex(range.to) >= monthIndex(last);
  const whole = range.from === first && atEnd;
  if (whole) return { range: { from: first, to: first }, mode: "grow" };
  if (atEnd) {
    const length = monthIndex(range.to) - monthIndex(range.from);
    return { range: { from: first, to: addMonths(first, length) }, mode: "slide" };
  }
  return { range, mode: "slide" };
}

/** A compare period as the URL writes it: "2019-01..2022-12". */
export function formatPeriod(range: MonthRange): string {
  return `${range.from}..${range.to}`;
}

/** "2019-01..2022-12" -> { from, to }; null unless both are months and the first is not after the second. */
export function parsePeriod(value: string): MonthRange | null {
  const [from, to, extra] = value.split("..");
  if (extra !== undefined || !isMonth(from) || !isMonth(to) || monthIndex(from) > monthIndex(to)) return null;
  return { from, to };
}
