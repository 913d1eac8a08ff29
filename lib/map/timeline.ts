// The dashboard's time range and filters as they live in the URL (?from=2023-01&to=2024-04&category=summit
// &minEvidence=reported&countries=KP&origin=curated), and the month arithmetic the timeline needs. Pure.
import { EVIDENCE_LEVELS, type EvidenceLevel } from "@/lib/domain/strength";
import { EVENT_CATEGORIES, type EventCategory } from "@/lib/schemas/common";

/** A month written "YYYY-MM". */
export type Month = string;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is Month {
  return typeof value === "string" && MONTH_RE.test(value);
}

/** Months since year 0: "2024-04" -> 2024 * 12 + 3. */
export function monthIndex(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): Month {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function addMonths(month: Month, n: number): Month {
  return monthFromIndex(monthIndex(month) + n);
}

/** The month a YYYY-MM-DD date falls in. */
export function monthOf(isoDate: string): Month {
  return isoDate.slice(0, 7);
}

/** First day of the month: "2024-04" -> "2024-04-01". */
export function monthStart(month: Month): string {
  return `${month}-01`;
}

/** Last day of the month: "2024-02" -> "2024-02-29". */
export function monthEnd(month: Month): string {
  const index = monthIndex(month) + 1;
  const last = new Date(Date.UTC(Math.floor(index / 12), index % 12, 0));
  return last.toISOString().slice(0, 10);
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthFromIndex(i));
  return out;
}

export interface MonthRange {
  from: Month;
  to: Month;
}

/**
 * The range to show: the URL's months clamped into [first, last] and put in order; the whole span when the
 * URL names none (or names something unreadable).
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

/** The dates a month range covers, and the day strength is measured on: the range's last day, or today if sooner. */
export function rangeDates(range: MonthRange, today: string): { from: string; to: string; asOf: string } {
  const to = monthEnd(range.to);
  return { from: monthStart(range.from), to, asOf: to < today ? to : today };
}

/** "2023-01" -> "January 2023"; the short form "Jan 2023". */
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
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

// ---------- Filters ----------

export type Origin = "curated" | "machine";

export interface AtlasFilters {
  categories: EventCategory[];
  minEvidence: EvidenceLevel | null;
  countries: string[];
  origin: Origin | null;
}

export const NO_FILTERS: AtlasFilters = { categories: [], minEvidence: null, countries: [], origin: null };

/** Evidence levels a "minimum" admits: reported admits confirmed and reported. */
export function admittedEvidence(min: EvidenceLevel | null): readonly EvidenceLevel[] {
  if (!min) return EVIDENCE_LEVELS;
  return EVIDENCE_LEVELS.slice(0, EVIDENCE_LEVELS.indexOf(min) + 1);
}

interface ParamsLike {
  get(name: string): string | null;
}

const list = (value: string | null) => (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/** Filters from the URL; anything unknown is dropped rather than failing the page. */
export function parseFilters(params: ParamsLike): AtlasFilters {
  const categories = [...new Set(list(params.get("category")))].filter((c): c is EventCategory =>
    (EVENT_CATEGORIES as readonly string[]).includes(c),
  );
  const min = params.get("minEvidence");
  const minEvidence = min && (EVIDENCE_LEVELS as readonly string[]).includes(min) ? (min as EvidenceLevel) : null;
  const countries = [...new Set(list(params.get("countries")).map((c) => c.toUpperCase()))].filter((c) => /^[A-Z]{2}$/.test(c)).sort();
  const o = params.get("origin");
  const origin = o === "curated" || o === "machine" ? o : null;
  return { categories: categories.sort(), minEvidence, countries, origin };
}

/** The filters as query-string pairs, in a stable order (also the TanStack Query key). */
export function filterParams(filters: AtlasFilters): [string, string][] {
  const out: [string, string][] = [];
  if (filters.categories.length) out.push(["category", [...filters.categories].sort().join(",")]);
  if (filters.minEvidence) out.push(["minEvidence", filters.minEvidence]);
  if (filters.countries.length) out.push(["countries", [...filters.countries].sort().join(",")]);
  if (filters.origin) out.push(["origin", filters.origin]);
  return out;
}

export function hasFilters(filters: AtlasFilters): boolean {
  return filterParams(filters).length > 0;
}

/** "?a=1&b=2" from pairs, or "" when there are none. */
export function queryString(pairs: readonly [string, string][]): string {
  const s = new URLSearchParams(pairs as [string, string][]).toString();
  return s ? `?${s}` : "";
}

/**
 * Whether an event passes the category and evidence filters. The server applies them too; doing it again on
 * the client costs nothing and keeps the map right if a response is broader than asked.
 */
export function passesFilters(event: { category: EventCategory; evidence: EvidenceLevel }, filters: AtlasFilters): boolean {
  if (filters.categories.length && !filters.categories.includes(event.category)) return false;
  return admittedEvidence(filters.minEvidence).includes(event.evidence);
}

/** Whether a link is shown under the "only links touching these countries" filter. */
export function touchesCountries(link: { countries: readonly string[] }, countries: readonly string[]): boolean {
  return countries.length === 0 || link.countries.some((c) => countries.includes(c));
}

// ---------- Compare periods ----------

/** "2019-01..2022-12" -> { from, to }; null when unreadable. */
export function parsePeriod(value: string | null | undefined): MonthRange | null {
  if (!value) return null;
  const [from, to] = value.split("..");
  if (!isMonth(from) || !isMonth(to)) return null;
  return monthIndex(from) <= monthIndex(to) ? { from, to } : { from: to, to: from };
}

export function formatPeriod(range: MonthRange): string {
  return `${range.from}..${range.to}`;
}
