// The main SQL behind the benchmarked endpoints, by name, for `npm run bench:api -- --explain`: the one place
// to keep them. Each is run as EXPLAIN (ANALYZE, BUFFERS) with its parameters, built from the targets the
// benchmark found (busiest link and country, search word, last full year).
//
// These mirror what the data layer asks Postgres for, written as one statement each; when lib/server
// changes, change them here. (--explain also captures the statements the running app really sends and
// explains those, so a stale entry here is visible next to the truth.)
import type { BenchTargets } from "./targets";

export interface NamedQuery {
  name: string;
  sql: string;
  params?: unknown[];
}

/** The date range of the one-year and filtered rows of the benchmark. */
export function yearRange(targets: Pick<BenchTargets, "year">): { from: string; to: string } {
  return { from: `${targets.year}-01-01`, to: `${targets.year}-12-31` };
}

export const FILTER_CATEGORIES = ["military_cooperation", "arms_transfer"] as const;
export const FILTER_MIN_EVIDENCE = "reported";
/** minEvidence=reported lets these through (lib/domain/strength.ts EVIDENCE_LEVELS, surest first). */
const FILTER_EVIDENCE = ["confirmed", "reported"];

/** The facts of every public event with the countries taking part: what /api/links summarises. */
const EVENT_FACTS = `
  SELECT e.id, e.occurred_on, e.occurred_end, e.precision, e.category, e.evidence, e.score,
         array_agg(p.country_id ORDER BY p.country_id) AS countries
    FROM events e
    JOIN event_participants p ON p.event_id = e.id
   WHERE NOT e.retired`;

export function mainQueries(targets: BenchTargets): NamedQuery[] {
  const { from, to } = yearRange(targets);
  const [a, b] = targets.busiestLink.id.split("-");
  return [
    {
      name: "/api/links: facts of every public event",
      sql: `${EVENT_FACTS}\n   GROUP BY e.id`,
    },
    {
      name: `/api/links?from=${from}&to=${to}: facts of the year's events`,
      sql: `${EVENT_FACTS}\n     AND e.occurred_on <= $2::date AND e.occurred_end >= $1::date\n   GROUP BY e.id`,
      params: [from, to],
    },
    {
      name: "/api/links with category, minEvidence, from, to",
      sql: `${EVENT_FACTS}
     AND e.occurred_on <= $2::date AND e.occurred_end >= $1::date
     AND e.category = ANY($3::"EventCategory"[]) AND e.evidence = ANY($4::"Evidence"[])
   GROUP BY e.id`,
      params: [from, to, [...FILTER_CATEGORIES], FILTER_EVIDENCE],
    },
    {
      name: `/api/links/${targets.busiestLink.id}: the pair's events, newest first`,
      sql: `
  SELECT e.*
    FROM events e
   WHERE NOT e.retired
     AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.country_id = $1)
     AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.country_id = $2)
   ORDER BY e.occurred_on DESC, e.occurred_end ASC, e.created_at DESC`,
      params: [a, b],
    },
    {
      name: `/api/links/${targets.busiestLink.id}: sources of those events`,
      sql: `
  SELECT s.*
    FROM sources s
   WHERE s.event_id IN (
         SELECT pa.event_id FROM event_participants pa
           JOIN event_participants pb ON pb.event_id = pa.event_id AND pb.country_id = $2
          WHERE pa.country_id = $1)
   ORDER BY s.event_id, s.position`,
      params: [a, b],
    },
    {
      name: `/api/countries/${targets.busiestCountry.id}: facts of the events of its links`,
      sql: `${EVENT_FACTS}\n     AND EXISTS (SELECT 1 FROM event_participants q WHERE q.event_id = e.id AND q.country_id = $1)\n   GROUP BY e.id`,
      params: [targets.busiestCountry.id],
    },
    {
      name: `/api/countries/${targets.busiestCountry.id}: its 20 most recent events`,
      sql: `
  SELECT e.*
    FROM events e
   WHERE NOT e.retired
     AND EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.country_id = $1)
   ORDER BY e.occurred_on DESC, e.occurred_end ASC, e.created_at DESC
   LIMIT 20`,
      params: [targets.busiestCountry.id],
    },
    {
      // As in lib/server/search-events.ts matchingIds().
      name: `/api/events?q=${targets.searchWord.word}: best 21 matches`,
      sql: `
  SELECT e.id::text AS id
    FROM events e, websearch_to_tsquery('simple', $1) query
   WHERE e.retired = false AND e.search_vector @@ query
   ORDER BY ts_rank(e.search_vector, query) DESC, e.occurred_on DESC, e.id
   LIMIT 21 OFFSET 0`,
      params: [targets.searchWord.word],
    },
  ];
}
