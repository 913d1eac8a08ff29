// Dates as people say them, in the reader's language, at the precision the sources allow: a day ("23 April 2024",
// "2024년 4월 23일"), a month ("April 2024", "апрель 2024 г.") or a year ("2019", "2019년").
//
// Every formatter here passes calendar: "gregory". The atlas's dates are Gregorian calendar dates and its
// precision rules are Gregorian months and years: an event known to "April 2024" must read as one month. Persian's
// default calendar (the Solar Hijri, in fa) would write it as parts of two months (فروردین/اردیبهشت ۱۴۰۳), and a
// year as parts of two years, claiming a precision the data does not have. So the calendar is fixed, and only
// the language (month names, order, digits) follows the reader.
//
// Digits follow the language's own default (Persian gets ۰–۹, the others 0–9): numberingSystem is not forced to
// "latn", because Persian readers expect Persian digits in running text and the browser and Node agree on them.
// All dates are UTC calendar dates (YYYY-MM-DD), so every formatter uses timeZone: "UTC".
import type { DatePrecision } from "@/lib/domain/vocabulary";
import type { Locale } from "./locales";

type Form = "day" | "month" | "monthShort" | "year";

const OPTIONS: Record<Form, Intl.DateTimeFormatOptions> = {
  day: { year: "numeric", month: "long", day: "numeric" },
  month: { year: "numeric", month: "long" },
  monthShort: { year: "numeric", month: "short" },
  year: { year: "numeric" },
};

/**
 * English keeps the atlas's own forms: day-month-year ("23 April 2024", as British English writes it) and
 * three-letter short months ("Sep 2024", as American English writes them; British English says "Sept").
 */
function intlTag(locale: Locale, form: Form): string {
  if (locale !== "en") return locale;
  return form === "day" ? "en-GB" : "en-US";
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, form: Form): Intl.DateTimeFormat {
  const key = `${locale}|${form}`;
  let f = cache.get(key);
  if (!f) {
    // calendar: "gregory" always: see the comment at the top of this file.
    f = new Intl.DateTimeFormat(intlTag(locale, form), { ...OPTIONS[form], calendar: "gregory", timeZone: "UTC" });
    cache.set(key, f);
  }
  return f;
}

/** UTC midnight of a YYYY-MM-DD date or the first of a YYYY-MM month; null when it is neither. */
function utcDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An event's date at its precision: "23 April 2024" (day), "April 2024" (month), "2019" (year), in `locale`. */
export function formatEventDate(locale: Locale, isoDate: string, precision: DatePrecision): string {
  const date = utcDate(isoDate);
  if (!date) return isoDate;
  return formatter(locale, precision).format(date);
}

/** A month (YYYY-MM): "January 2023", or the short form "Jan 2023", in `locale`. */
export function formatMonth(locale: Locale, month: string, short = false): string {
  const date = utcDate(month.slice(0, 7));
  if (!date) return month;
  return formatter(locale, short ? "monthShort" : "month").format(date);
}

/** "January 2019 – December 2023", or one month's name when both ends are the same month. */
export function formatMonthRange(locale: Locale, range: { from: string; to: string }, short = false): string {
  if (range.from === range.to) return formatMonth(locale, range.from, short);
  return `${formatMonth(locale, range.from, short)} – ${formatMonth(locale, range.to, short)}`;
}

const timestampCache = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A moment (an ISO timestamp, e.g. an audit entry's or a token's) to the minute, in UTC and saying so:
 * "28 Nov 2026, 14:03 UTC" (en), "2026년 11월 28일 14:03 UTC" (ko), "۲۸ نوامبر ۲۰۲۶، ۱۴:۰۳ (UTC)" (fa). Gregorian and
 * UTC like every date here, so the server's HTML and the browser's render agree whatever the reader's zone.
 */
export function formatTimestamp(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let f = timestampCache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      calendar: "gregory",
      timeZone: "UTC",
      timeZoneName: "short",
    });
    timestampCache.set(locale, f);
  }
  return f.format(date);
}
