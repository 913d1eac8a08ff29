// Every link with its numbers for the events the filters select: added up from link_month_stats when the range
// is whole months (the dashboard's and most API calls), else recounted from the events themselves.
import "server-only";
import { db } from "@/lib/db";
import { summarizeLinks, summaryFromTotals } from "@/lib/domain/summarize-links";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LinkFilters, LinkSummary } from "@/lib/schemas/links";
import { eventWhere } from "./event-query";
import { eventFactSelect, linkMetaSelect, strengthOptions, toEventFact, toLinkMeta } from "./link-facts";
import { linkTotals, monthAligned } from "./link-totals";

/** Links touching any of `countries` (all links when none are given). */
export function linksTouching(countries: readonly string[] | undefined): Prisma.LinkWhereInput | undefined {
  if (!countries?.length) return undefined;
  return { OR: [{ countryAId: { in: [...countries] } }, { countryBId: { in: [...countries] } }] };
}

export async function listLinks(filters: LinkFilters, onlyCountry?: string): Promise<LinkSummary[]> {
  const countries = onlyCountry ? [onlyCountry] : filters.countries;
  if (monthAligned(filters)) {
    const [rows, totals] = await Promise.all([
      db().link.findMany({ where: linksTouching(countries), select: linkMetaSelect, orderBy: { id: "asc" } }),
      linkTotals(filters, { countries }),
    ]);
    return rows.map((row) => summaryFromTotals(toLinkMeta(row), totals.get(row.id)));
  }
  const rows = await db().link.findMany({ where: linksTouching(countries), select: linkMetaSelect, orderBy: { id: "asc" } });
  if (rows.length === 0) return [];
  const countryIds = [...new Set(rows.flatMap((l) => [l.countryAId, l.countryBId]))];
  const events = await db().event.findMany({
    where: { ...eventWhere({ ...filters, countries: undefined }), participants: { some: { countryId: { in: countryIds } } } },
    select: eventFactSelect,
  });
  return summarizeLinks(rows.map(toLinkMeta), events.map(toEventFact), strengthOptions(filters));
}
