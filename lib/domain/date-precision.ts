// Events are dated only as precisely as their sources allow ("in 2019", "earlier this month").
// A date is stored as the first day of its period plus a precision; these helpers keep that honest.

import { MONTH_NAMES } from "./months";
import type { DatePrecision } from "./vocabulary";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict YYYY-MM-DD calendar date (rejects 2024-02-30) as UTC midnight; null when invalid. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the period containing `date` at `precision`. */
export function periodStart(date: Date, precision: DatePrecision): Date {
  const y = date.getUTCFullYear();
  if (precision === "year") return new Date(Date.UTC(y, 0, 1));
  if (precision === "month") return new Date(Date.UTC(y, date.getUTCMonth(), 1));
  return new Date(Date.UTC(y, date.getUTCMonth(), date.getUTCDate()));
}

/** The last day of the period containing `date` at `precision` (2024-04-30 for April 2024). */
export function periodEnd(date: Date, precision: DatePrecision): Date {
  const y = date.getUTCFullYear();
  if (precision === "year") return new Date(Date.UTC(y, 11, 31));
  if (precision === "month") return new Date(Date.UTC(y, date.getUTCMonth() + 1, 0));
  return periodStart(date, "day");
}

/** True when the date is the first day of its period, i.e. it says no more than the precision claims. */
export function fitsPrecision(date: Date, precision: DatePrecision): boolean {
  return periodStart(date, precision).getTime() === date.getTime();
}


/** The date as people say it: "23 April 2024", "April 2024", "2019". */
export function formatEventDate(isoDate: string, precision: DatePrecision): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  const year = date.getUTCFullYear();
  if (precision === "year") return String(year);
  const month = MONTH_NAMES[date.getUTCMonth()];
  if (precision === "month") return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}
