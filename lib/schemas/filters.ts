// The event filters every view and endpoint shares: which categories, evidence levels and origins count, and
// which countries' links. One definition, so /api/links, /api/timeline, /api/compare, the exports, the
// dashboard's address and its TanStack Query keys all read and write them the same way.
import { z } from "zod";
import { DIRECTION_KINDS, directionKind, type DirectionKind, type LinkDirection } from "@/lib/domain/direction";
import { admittedEvidence, type EvidenceLevel } from "@/lib/domain/vocabulary";
import { CategorySchema, CountryCodeSchema, EvidenceSchema, OriginSchema } from "./common";
import { listParam } from "./query";

/** The filter parameters, to spread into a query's z.object. */
export const eventFilterFields = {
  category: listParam(CategorySchema).optional().describe("Only events in these categories."),
  evidence: listParam(EvidenceSchema).optional().describe("Only events at these evidence levels."),
  /** Only events at least this sure: confirmed > reported > alleged > denied. */
  minEvidence: EvidenceSchema.optional().describe("Only events at least this sure: confirmed > reported > alleged > denied."),
  /** Only links touching one of these countries (and only their events). */
  countries: listParam(CountryCodeSchema).optional().describe("Only links touching one of these countries, and their events."),
  /** Only curated events, or only machine-coded ones (GDELT imports). */
  origin: OriginSchema.optional().describe("Only curated or only machine-coded (GDELT) events."),
};

/**
 * A filter on links rather than events: keep the links drawn one way, both ways or without a direction
 * (lib/domain/direction.ts), as their filtered events make them. GET /api/links, the links exports and the
 * dashboard take it; endpoints that answer events do not.
 */
export const linkFilterFields = {
  direction: listParam(z.enum(DIRECTION_KINDS, { error: `must be one of ${DIRECTION_KINDS.join(", ")}` }))
    .optional()
    .describe("Only links whose events run one way (one_way), both ways (two_way) or have no direction (undirected)."),
};
export type LinkFilter = { direction?: DirectionKind[] };

/** The links whose direction is among `direction`'s kinds; all of them when it is not given. */
export function keepDirections<T extends { direction: LinkDirection }>(links: T[], direction: readonly DirectionKind[] | undefined): T[] {
  return direction?.length ? links.filter((l) => direction.includes(directionKind(l.direction))) : links;
}

export const EventFiltersSchema = z.object(eventFilterFields);
/** Parsed filters; an absent key filters nothing. */
export type EventFilters = z.output<typeof EventFiltersSchema>;

export const NO_FILTERS: EventFilters = {};

/** The filters as query-string pairs in a stable order with sorted values: URLs, cache and query keys. */
export function filterPairs(filters: EventFilters): [string, string][] {
  const out: [string, string][] = [];
  if (filters.category?.length) out.push(["category", [...filters.category].sort().join(",")]);
  if (filters.evidence?.length) out.push(["evidence", [...filters.evidence].sort().join(",")]);
  if (filters.minEvidence) out.push(["minEvidence", filters.minEvidence]);
  if (filters.countries?.length) out.push(["countries", [...filters.countries].sort().join(",")]);
  if (filters.origin) out.push(["origin", filters.origin]);
  return out;
}

export function hasFilters(filters: EventFilters & LinkFilter): boolean {
  return filterPairs(filters).length > 0 || !!filters.direction?.length;
}

/** The evidence levels both `evidence` (a list) and `minEvidence` (a floor) admit; undefined when neither is set. */
export function allowedEvidence(filters: Pick<EventFilters, "evidence" | "minEvidence">): EvidenceLevel[] | undefined {
  if (!filters.minEvidence) return filters.evidence;
  const floor = admittedEvidence(filters.minEvidence);
  return filters.evidence ? filters.evidence.filter((level) => floor.includes(level)) : [...floor];
}

/** Whether a link passes the "only links touching these countries" filter. */
export function touchesCountries(link: { countries: readonly string[] }, countries: readonly string[] | undefined): boolean {
  return !countries?.length || link.countries.some((c) => countries.includes(c));
}
