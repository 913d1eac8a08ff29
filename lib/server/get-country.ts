// A country for a range and filters: its profile, its links ranked by strength (the same numbers as
// GET /api/links for that query) and its most recent events in the range.
import "server-only";
import { db } from "@/lib/db";
import { byStrength } from "@/lib/domain/summarize-links";
import type { GetCountryResponse } from "@/lib/schemas/countries";
import type { LinkFilters } from "@/lib/schemas/links";
import { toCountryDto } from "./country-dto";
import { eventInclude, eventWhere, newestFirst, toEventDto } from "./event-query";
import { listLinks } from "./list-links";

export const RECENT_EVENT_LIMIT = 20;

/** The country `iso2` as its panel shows it for `filters` (`countries` is ignored: this is one country), or null. */
export async function getCountry(iso2: string, filters: LinkFilters = {}): Promise<GetCountryResponse | null> {
  const country = await db().country.findUnique({ where: { id: iso2 } });
  if (!country) return null;
  const scoped = { ...filters, countries: undefined };
  const [links, events] = await Promise.all([
    listLinks(scoped, iso2),
    db().event.findMany({
      where: { ...eventWhere(scoped), participants: { some: { countryId: iso2 } } },
      include: eventInclude,
      orderBy: newestFirst,
      take: RECENT_EVENT_LIMIT,
    }),
  ]);
  return { country: toCountryDto(country), links: links.sort(byStrength), recentEvents: events.map(toEventDto) };
}
