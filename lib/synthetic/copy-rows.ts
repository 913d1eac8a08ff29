// The synthetic data set as Postgres COPY text, table by table, in chunks of a few thousand rows: the loader
// streams each chunk into COPY as the database asks for more, so memory stays flat at any event count.
import { copyLine } from "@/lib/import/copy-text";
import type { SyntheticEvent } from "./events";
import type { LinkPlan, SyntheticCountry } from "./links";

export const SYNTHETIC_TABLES = ["events", "event_participants", "sources"] as const;
export type SyntheticTable = (typeof SYNTHETIC_TABLES)[number];

/** Columns each COPY names, in the order the lines below write them. */
export const COPY_COLUMNS: Record<SyntheticTable, readonly string[]> = {
  events: ["id", "title", "summary", "occurred_on", "occurred_end", "precision", "category", "evidence", "score",
    "cameo_code", "origin", "external_id", "created_at", "updated_at"],
  event_participants: ["event_id", "country_id"],
  sources: ["id", "event_id", "position", "url", "publisher", "title", "published_on"],
};

export function eventLine(e: SyntheticEvent): string {
  return copyLine([e.id, e.title, e.summary, e.occurredOn, e.occurredEnd, e.precision, e.category, e.evidence, e.score,
    e.cameoCode, e.origin, e.externalId, e.createdAt, e.createdAt]);
}

export function participantLines(e: SyntheticEvent): string {
  let text = "";
  for (const c of e.countries) text += `${e.id}\t${c}\n`;
  return text;
}

export function sourceLines(e: SyntheticEvent): string {
  let text = "";
  for (const s of e.sources) text += copyLine([s.id, e.id, s.position, s.url, s.publisher, s.title, s.publishedOn]);
  return text;
}

const LINES: Record<SyntheticTable, (e: SyntheticEvent) => string> = {
  events: eventLine,
  event_participants: participantLines,
  sources: sourceLines,
};

export interface ChunkCounter {
  events: number;
  rows: number;
}

/**
 * COPY text for one table, `eventsPerChunk` events at a time. `counter` (optional) is updated as chunks are
 * produced, for progress reports.
 */
export function* copyChunks(
  events: Iterable<SyntheticEvent>,
  table: SyntheticTable,
  options: { eventsPerChunk?: number; counter?: ChunkCounter } = {},
): Generator<string, void, undefined> {
  const perChunk = options.eventsPerChunk ?? 1000;
  const line = LINES[table];
  const counter = options.counter ?? { events: 0, rows: 0 };
  let chunk = "";
  let inChunk = 0;
  for (const e of events) {
    chunk += line(e);
    counter.events++;
    counter.rows += table === "events" ? 1 : table === "sources" ? e.sources.length : e.countries.length;
    if (++inChunk >= perChunk) {
      yield chunk;
      chunk = "";
      inChunk = 0;
    }
  }
  if (chunk) yield chunk;
}

export const COUNTRY_COLUMNS = ["id", "iso3", "numeric", "name", "capital", "capital_lat", "capital_lon", "region",
  "subregion", "context", "updated_at"] as const;

export interface SeedCountryRow extends SyntheticCountry {
  iso3: string;
  numeric: string | null;
  capital: string;
  context: string;
}

/** The seed's countries as COPY text (the same rows the demo seed writes). */
export function countryCopyText(countries: readonly SeedCountryRow[], timestamp: string): string {
  return countries
    .map((c) => copyLine([c.id, c.iso3, c.numeric, c.name, c.capital, c.lat, c.lon, c.region, c.subregion, c.context, timestamp]))
    .join("");
}

export const LINK_COLUMNS = ["id", "country_a_id", "country_b_id", "title", "summary", "created_at", "updated_at"] as const;

export function linkCopyText(plan: LinkPlan, timestamp: string): string {
  return plan.links.map((l) => copyLine([l.id, l.a, l.b, l.title, l.summary, timestamp, timestamp])).join("");
}
