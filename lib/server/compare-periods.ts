// GET /api/compare: each link's strength in period A and in period B (each measured at its own end), how it
// changed, and the events that weigh most in each period, so the difference can be traced to its evidence.
//
// Built to stay bounded at a million events: the figures come from the same monthly statistics as
// GET /api/links (periods are whole months), only the COMPARE_LINKS_LIMIT largest changes are returned (with
// `totalChanged` saying how many there were), and their weightiest events are picked from light facts of
// just those links' events (one SQL statement), before the full events of the chosen few are loaded.
// Loading every event of both periods with its sources, as this did before, exceeded PostgreSQL's parameter
// limit and answered 500 at scale.
import "server-only";
import { db } from "@/lib/db";
import { classifyChange } from "@/lib/domain/compare-periods";
import { monthEnd, monthStart } from "@/lib/domain/months";
import { contribution } from "@/lib/domain/strength";
import { type EvidenceLevel } from "@/lib/domain/vocabulary";
import type { EventCategory } from "@/lib/domain/vocabulary";
import type { CompareRequest, CompareResponse } from "@/lib/schemas/analysis";
import type { LinkFilters, LinkSummary } from "@/lib/schemas/links";
import { eventInclude, eventSqlWhere, toEventDto } from "./event-query";
import { listLinks } from "./list-links";

const TOP_EVENTS = 10;
/** The largest changes returned; a comparison of thousands of links is read from the top anyway. */
export const COMPARE_LINKS_LIMIT = 200;
/** Events loaded per query: keeps each statement well under PostgreSQL's parameter limit. */
const PAGE = 5_000;

type Period = { from: string; to: string };
type Filters = Omit<CompareRequest, "a" | "b">;

export async function comparePeriods(request: CompareRequest): Promise<CompareResponse> {
  const { a, b, ...filters } = request;
  // Whole months: from the first day of the first to the last day of the last, each measured at its end.
  const periodA = { from: monthStart(a.from), to: monthEnd(a.to) };
  const periodB = { from: monthStart(b.from), to: monthEnd(b.to) };
  const figuresIn = (period: Period) => listLinks({ ...filters, from: period.from, to: period.to, asOf: period.to } satisfies LinkFilters);
  // Both lists are the links touching the filters' countries, ordered by id: index i is the same link.
  const [summariesA, summariesB] = await Promise.all([figuresIn(periodA), figuresIn(periodB)]);

  const changed: { a: LinkSummary; b: LinkSummary; change: NonNullable<ReturnType<typeof classifyChange>>; delta: number }[] = [];
  summariesA.forEach((a, i) => {
    const b = summariesB[i]!;
    const change = classifyChange(a, b);
    if (change) changed.push({ a, b, change, delta: Math.round((b.strength - a.strength) * 100) / 100 });
  });
  changed.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.a.id.localeCompare(y.a.id));
  const shown = changed.slice(0, COMPARE_LINKS_LIMIT);

  const links = shown.map(({ a }) => a);
  const [topA, topB] = await Promise.all([topEvents(filters, periodA, links), topEvents(filters, periodB, links)]);
  const figures = (s: LinkSummary) => ({ strength: s.strength, cooperation: s.cooperation, tension: s.tension, eventCount: s.eventCount });
  return {
    a: periodA,
    b: periodB,
    totalChanged: changed.length,
    links: shown.map(({ a, b, change, delta }) => ({
      id: a.id,
      countries: a.countries,
      countryNames: a.countryNames,
      title: a.title,
      change,
      a: figures(a),
      b: figures(b),
      delta,
      eventsA: topA.get(a.id) ?? [],
      eventsB: topB.get(a.id) ?? [],
    })),
  };
}

/** Each link's TOP_EVENTS events of the period by contribution (measured at the period's end), largest first. */
async function topEvents(filters: Filters, period: Period, links: readonly LinkSummary[]) {
  const result = new Map<string, CompareResponse["links"][number]["eventsA"]>();
  if (links.length === 0) return result;
  const asOf = { asOf: period.to };

  // Light facts of the period's events on these links, one row per (event, link): the period's events first
  // (a date range), each with its sorted participants, paired up in SQL and kept when the pair is a shown link.
  // Starting from the participants instead read every event of the busiest countries (seconds at a million).
  const candidates = new Map(links.map((l) => [l.id, [] as { id: string; value: number }[]]));
  const rows = await db().$queryRaw<{ id: string; link_id: string; date_end: string; category: EventCategory; evidence: EvidenceLevel; score: number }[]>`
    WITH ev AS MATERIALIZED (
      SELECT e.id, e.occurred_end, e.category, e.evidence, e.score,
             ARRAY(SELECT p.country_id::text FROM event_participants p WHERE p.event_id = e.id ORDER BY 1) AS countries
        FROM events e
       ${eventSqlWhere({ ...filters, countries: undefined, ...period })})
    SELECT ev.id::text AS id, x.link_id, ev.occurred_end::text AS date_end, ev.category::text AS category,
           ev.evidence::text AS evidence, ev.score
      FROM ev, LATERAL (SELECT c1 || '-' || c2 AS link_id FROM unnest(ev.countries) c1, unnest(ev.countries) c2 WHERE c1 < c2) x
     WHERE x.link_id = ANY(${links.map((l) => l.id)}::text[])`;
  for (const row of rows) {
    const fact = { dateEnd: row.date_end, category: row.category, evidence: row.evidence, score: row.score };
    candidates.get(row.link_id)?.push({ id: row.id, value: contribution(fact, asOf).value });
  }

  const chosen = new Map<string, string[]>();
  for (const [linkId, list] of candidates) {
    list.sort((x, y) => y.value - x.value || x.id.localeCompare(y.id));
    chosen.set(linkId, list.slice(0, TOP_EVENTS).map((c) => c.id));
  }

  // The full events (sources, participants) of just the chosen ones.
  const ids = [...new Set([...chosen.values()].flat())];
  const byId = new Map<string, ReturnType<typeof toEventDto>>();
  for (let i = 0; i < ids.length; i += PAGE) {
    const rows = await db().event.findMany({ where: { id: { in: ids.slice(i, i + PAGE) } }, include: eventInclude });
    for (const row of rows) byId.set(row.id, toEventDto(row));
  }
  for (const [linkId, eventIds] of chosen) {
    result.set(
      linkId,
      eventIds.flatMap((id) => {
        const event = byId.get(id);
        return event ? [{ ...event, contribution: contribution(event, asOf) }] : [];
      }),
    );
  }
  return result;
}
