// One link with its events (newest first), their participants and sources, and what each event contributes
// to the link's strength, so a reader can trace the number to its evidence.
import "server-only";
import { db } from "@/lib/db";
import { contribution } from "@/lib/domain/strength";
import { summarizeLinks } from "@/lib/domain/summarize-links";
import type { GetLinkResponse, LinkFilters } from "@/lib/schemas/links";
import { eventInclude, eventWhere, newestFirst, toEventDto } from "./event-query";
import { linkMetaSelect, strengthOptions, toLinkMeta } from "./link-facts";

export async function getLink(id: string, filters: LinkFilters): Promise<GetLinkResponse["link"] | null> {
  const link = await db().link.findUnique({ where: { id }, select: linkMetaSelect });
  if (!link) return null;
  const rows = await db().event.findMany({
    where: {
      ...eventWhere({ ...filters, countries: undefined }),
      AND: [{ participants: { some: { countryId: link.countryAId } } }, { participants: { some: { countryId: link.countryBId } } }],
    },
    include: eventInclude,
    orderBy: newestFirst,
  });
  const options = strengthOptions(filters);
  const events = rows.map(toEventDto);
  const facts = events.map((e) => ({ ...e, countries: e.participants.map((p) => p.id) }));
  const [summary] = summarizeLinks([toLinkMeta(link)], facts, options);
  return {
    ...summary!,
    asOf: options.asOf,
    events: events.map((e) => ({ ...e, contribution: contribution(e, options) })),
  };
}
