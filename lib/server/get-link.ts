// One link with its events (newest first), their participants and sources.
import "server-only";
import { db } from "@/lib/db";
import type { GetLinkResponse, LinkFilters } from "@/lib/schemas/links";
import { eventInclude, eventWhere, newestFirst, toEventDto } from "./event-query";
import { summarizeLinks } from "./summarize-links";

export async function getLink(id: string, filters: LinkFilters): Promise<GetLinkResponse["link"] | null> {
  const link = await db().link.findUnique({
    where: { id },
    include: { countryA: { select: { name: true } }, countryB: { select: { name: true } } },
  });
  if (!link) return null;
  const events = await db().event.findMany({
    where: {
      ...eventWhere(filters),
      AND: [
        { participants: { some: { countryId: link.countryAId } } },
        { participants: { some: { countryId: link.countryBId } } },
      ],
    },
    include: eventInclude,
    orderBy: newestFirst,
  });
  const facts = events.map((e) => ({ ...e, participants: e.participants.map((p) => ({ countryId: p.countryId })) }));
  const [summary] = summarizeLinks([link], facts);
  return { ...summary!, events: events.map(toEventDto) };
}
