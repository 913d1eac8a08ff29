// The periods /compare shows when its address names none, decided the same way by the server (which
// prefetches that comparison, so the page reads without JavaScript) and the browser (which writes them into
// the address).
import type { MonthRange } from "./month-range";
import { addMonths, monthIndex, monthOf, type Month } from "./months";

/**
 * The months the compare view offers: from the first event's month (or two years back when there is no event,
 * or the first event is after this month) to this month. Takes ISO dates (YYYY-MM-DD); returns months.
 */
export function compareSpan(firstEventOn: string | null | undefined, today: string): { first: Month; last: Month } {
  const now = monthOf(today);
  const firstEvent = firstEventOn ? monthOf(firstEventOn) : now;
  return { first: monthIndex(firstEvent) < monthIndex(now) ? firstEvent : addMonths(now, -24), last: now };
}

/** Default periods: the last two years up to `last` as B, everything before as A (A is never empty). */
export function defaultPeriods(first: Month, last: Month): { a: MonthRange; b: MonthRange } {
  const bFrom = monthIndex(addMonths(last, -23)) > monthIndex(first) ? addMonths(last, -23) : addMonths(first, 1);
  return { a: { from: first, to: addMonths(bFrom, -1) }, b: { from: bFrom, to: last } };
}
