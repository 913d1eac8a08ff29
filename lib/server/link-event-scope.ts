// Which events belong to one link under a set of filters: the events both countries take part in (a
// multilateral event counts toward every pair among its participants), in the range and filters. The
// `countries` filter is left out: it chooses links, and this is one link already. In Prisma's form for
// ordinary reads and as SQL for the statements that rank or count.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LinkFilters } from "@/lib/schemas/links";
import { eventSqlWhere, eventWhere } from "./event-query";

export interface LinkPair {
  countryAId: string;
  countryBId: string;
}

export function linkEventWhere(link: LinkPair, filters: LinkFilters): Prisma.EventWhereInput {
  return {
    ...eventWhere({ ...filters, countries: undefined }),
    AND: [{ participants: { some: { countryId: link.countryAId } } }, { participants: { some: { countryId: link.countryBId } } }],
  };
}

/** The same as a WHERE clause on events aliased `e`. */
export function linkEventSqlWhere(link: LinkPair, filters: LinkFilters): Prisma.Sql {
  const both = [link.countryAId, link.countryBId].map(
    (country) => Prisma.sql`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.country_id = ${country})`,
  );
  return Prisma.sql`${eventSqlWhere({ ...filters, countries: undefined })} AND ${Prisma.join(both, " AND ")}`;
}
