// The range a map image, share preview or embed measures its links over, from the dashboard's address: the same
// dates and measuring day the dashboard's panels ask the server for (app/page.tsx), so an image of `?from=&to=`
// shows the numbers the dashboard shows for that address.
import { rangeDates, rangeLabel, type MonthRange } from "@/lib/domain/month-range";
import { monthOf } from "@/lib/domain/months";
import type { EventFilters } from "@/lib/schemas/filters";
import type { LinkFilters, LinkSummary } from "@/lib/schemas/links";

/**
 * The link query for `from`/`to` months (both or neither; in either order) and `filters` as of `today`
 * (YYYY-MM-DD): the months' first and last days, measured at the range's end or today if sooner. Without a range,
 * all time measured today, which is what the dashboard's whole timeline shows.
 */
export function mapRangeFilters(range: Partial<MonthRange>, filters: EventFilters, today: string): LinkFilters {
  if (!range.from || !range.to) return { ...filters };
  const ordered = range.from <= range.to ? { from: range.from, to: range.to } : { from: range.to, to: range.from };
  return { ...filters, ...rangeDates(ordered, today) };
}

/**
 * The range in words: the months asked for, or without them the first event's month among `links` to today's
 * ("February 2016 – November 2026"); "No events yet" when there is none.
 */
export function mapRangeLabel(range: Partial<MonthRange>, links: readonly LinkSummary[], today: string): string {
  if (range.from && range.to) return rangeLabel(range.from <= range.to ? { from: range.from, to: range.to } : { from: range.to, to: range.from });
  const first = links.map((l) => l.firstEventOn).filter((d): d is string => !!d).sort()[0];
  if (!first) return "No events yet";
  return rangeLabel({ from: monthOf(first), to: monthOf(today) });
}

