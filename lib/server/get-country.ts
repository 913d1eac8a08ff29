// A country's profile, its links ranked by strength, and its most recent events.
import "server-only";
import { db } from "@/lib/db";
import type { GetCountryResponse } from "@/lib/schemas/countries";
import { toCountryDto } from "./country-dto";
import { eventInclude, eventWhere, newestFirst, toEventDto } from "./event-query";
import { listLinks } from "./list-links";
import { byStrength } from "@/lib/domain/summarize-links";

export const RECENT_EVENT_LIMIT = 20;

export async function getCountry(iso2: string): Promise<GetCountryResponse | null> {
  const country = await db().country.findUnique({ where: { id: iso2 } });
  if (!country) return null;
  const [links, events] = await Promise.all([
    listLinks({}, iso2),
    db().event.findMany({
      where: { ...eventWhere({}), participants: { some: { countryId: iso2 } } },
      include: eventInclude,
      orderBy: newestFirst,
      take: RECENT_EVENT_LIMIT,
    }),
  ]);
  return { country: toCountryDto(country), links: links.sort(byStrength), recentEvents: events.map(toEventDto) };
}
