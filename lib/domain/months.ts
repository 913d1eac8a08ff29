// The one home of month arithmetic and of "today". Dates in the atlas are UTC calendar dates written
// YYYY-MM-DD (ISO 8601); months are written YYYY-MM or counted as a month index, the number of months
// since January of year 0 (year × 12 + month − 1), which is what link_month_stats and the timeline's cells
// store. Strength ages events in whole months (lib/domain/strength.ts), so all of it works on month indexes.

/** A month written "YYYY-MM". */
export type Month = string;

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether `value` is a month written YYYY-MM (01 to 12). */
export function isMonth(value: unknown): value is Month {
  return typeof value === "string" && MONTH_RE.test(value);
}

/** English month names, January first: dates are written as people say them ("April 2024"). */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** Today's date in UTC, YYYY-MM-DD: the day strength is measured on when no range says otherwise. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The month index of a month or date: "2024-04" and "2024-04-17" both give 2024 × 12 + 3 = 24291.
 * Takes YYYY-MM or YYYY-MM-DD (anything after the month is ignored); does not validate.
 */
export function monthIndex(monthOrDate: string): number {
  return Number(monthOrDate.slice(0, 4)) * 12 + Number(monthOrDate.slice(5, 7)) - 1;
}

/** The month (YYYY-MM) of a month index: 24291 -> "2024-04". */
export function monthFromIndex(index: number): Month {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** `month` moved by `n` months (negative goes back): ("2023-12", 1) -> "2024-01". */
export function addMonths(month: Month, n: number): Month {
  return monthFromIndex(monthIndex(month) + n);
}

/** The month a YYYY-MM-DD date falls in: "2024-04-17" -> "2024-04". */
export function monthOf(isoDate: string): Month {
  return isoDate.slice(0, 7);
}

/** First day of a month, YYYY-MM-DD: "2024-04" -> "2024-04-01". */
export function monthStart(month: Month): string {
  return `${month}-01`;
}

/** Last day of a month, YYYY-MM-DD, leap years included: "2024-02" -> "2024-02-29". */
export function monthEnd(month: Month): string {
  const next = monthIndex(month) + 1;
  return new Date(Date.UTC(Math.floor(next / 12), next % 12, 0)).toISOString().slice(0, 10);
}

/** A day of the month given by its index, YYYY-MM-DD: (24291, 17) -> "2024-04-17". Does not validate the day. */
export function dateInMonth(index: number, day: number): string {
  return `${monthFromIndex(index)}-${String(day).padStart(2, "0")}`;
}

/** Every month from `first` to `last`, both included; empty when `last` is before `first`. */
export function monthsBetween(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthFromIndex(i));
  return out;
}

/** Whole months from the month of `from` to the month of `to` (negative when `to` is earlier). */
export function monthsFrom(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}
