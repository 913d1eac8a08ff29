// Everything the timeline needs, once: every link and the light facts of every event the filters allow, so the
// dashboard can recompute arcs and numbers for any date range without asking again.
import "server-only";
import { db } from "@/lib/db";
import type { TimelineRequest, TimelineResponse } from "@/lib/schemas/analysis";
import { eventWhere } from "./event-query";
import { eventFactSelect, linkMetaSelect, toEventFact, toLinkMeta } from "./link-facts";
import { linksTouching } from "./list-links";

export async function getTimeline(filters: TimelineRequest): Promise<TimelineResponse> {
  const [links, events] = await Promise.all([
    db().link.findMany({ where: linksTouching(filters.countries), select: linkMetaSelect, orderBy: { id: "asc" } }),
    db().event.findMany({ where: eventWhere(filters), select: eventFactSelect, orderBy: { occurredOn: "asc" } }),
  ]);
  const facts = events.map((row) => {
    const fact = toEventFact(row);
    return { ...fact, countries: [...fact.countries] };
  });
  return {
    links: links.map(toLinkMeta),
    events: facts,
    range: { first: facts[0]?.date ?? null, last: facts.reduce<string | null>((max, e) => (!max || e.dateEnd > max ? e.dateEnd : max), null) },
  };
}
