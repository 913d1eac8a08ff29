// Turns links and the events between their countries into LinkSummary rows, with the strength model of
// lib/domain/strength.ts. Pure and client-safe: the server answers GET /api/links with it, and the dashboard's
// timeline recomputes the same numbers for any range from the events it already has, without refetching.
import { linkDirection, pairFlow, type Flow, type ParticipantRoles } from "./direction";
import { compareIds, pairsAmong } from "./link-id";
import { linkStrength, strengthFromTotals, type StrengthOptions, type StrengthTotals } from "./strength";
import { type EvidenceLevel } from "@/lib/domain/vocabulary";
import type { DatePrecision } from "./vocabulary";
import type { EventCategory } from "@/lib/domain/vocabulary";
import type { LinkSummary } from "@/lib/schemas/links";

export interface LinkMeta {
  id: string;
  countries: [string, string];
  countryNames: [string, string];
  title: string;
  summary: string;
}

export interface EventFact {
  /** First and last day of the period the event's date is known to (YYYY-MM-DD). */
  date: string;
  dateEnd: string;
  precision: DatePrecision;
  category: EventCategory;
  evidence: EvidenceLevel;
  score: number;
  countries: readonly string[];
  /** Participants' roles by country, where the source gives them (lib/domain/direction.ts). */
  roles?: ParticipantRoles;
}

export interface DateRange {
  from?: string;
  to?: string;
}

/** Whether an event's period touches the range: "April 2024" touches any range that includes a day of April. */
export function inRange(event: Pick<EventFact, "date" | "dateEnd">, range: DateRange): boolean {
  return (!range.to || event.date <= range.to) && (!range.from || event.dateEnd >= range.from);
}

export function summarizeLinks(links: readonly LinkMeta[], events: readonly EventFact[], options: StrengthOptions): LinkSummary[] {
  const byLink = new Map<string, EventFact[]>(links.map((l) => [l.id, []]));
  for (const event of events) for (const pair of pairsAmong(event.countries)) byLink.get(pair)?.push(event);
  return links.map((link) => {
    const linkEvents = byLink.get(link.id) ?? [];
    let first: EventFact | null = null;
    let last: EventFact | null = null;
    const flow: Flow = { aToB: 0, bToA: 0 };
    for (const e of linkEvents) {
      const way = pairFlow(e.roles?.[link.countries[0]], e.roles?.[link.countries[1]]);
      if (way === 1) flow.aToB++;
      else if (way === -1) flow.bToA++;
      if (!first || e.date < first.date) first = e;
      if (!last || e.date > last.date) last = e;
    }
    return {
      ...link,
      eventCount: linkEvents.length,
      firstEventOn: first?.date ?? null,
      lastEventOn: last?.date ?? null,
      lastEventPrecision: last?.precision ?? null,
      ...linkStrength(linkEvents, options),
      flow,
      direction: linkDirection(flow),
    };
  });
}

/** Strongest first, then by most events, then by id so the order is stable. */
export function byStrength(a: LinkSummary, b: LinkSummary): number {
  return b.strength - a.strength || b.eventCount - a.eventCount || compareIds(a.id, b.id);
}

/** A link's events added up (from link_month_stats on the server, or from timeline cells in the browser). */
export interface LinkTotals {
  totals: StrengthTotals;
  eventCount: number;
  firstEventOn: string | null;
  lastEventOn: string | null;
  lastEventPrecision: DatePrecision | null;
  /** Events flowing from country A to B and from B to A (lib/domain/direction.ts). */
  flow: Flow;
}

/**
 * The LinkSummary of a link whose events were added up elsewhere; a link without totals has no events. Written out
 * field by field rather than with object spread: the timeline calls this for every link at every step (5,000 links
 * at scale), and a spread of several sources takes V8's slow generic path, microseconds per object.
 */
export function summaryFromTotals(link: LinkMeta, totals: LinkTotals | undefined): LinkSummary {
  const flow = totals ? { aToB: totals.flow.aToB, bToA: totals.flow.bToA } : { aToB: 0, bToA: 0 };
  const s = totals ? strengthFromTotals(totals.totals) : linkStrength([], { asOf: "1970-01-01" });
  return {
    id: link.id,
    countries: link.countries,
    countryNames: link.countryNames,
    title: link.title,
    summary: link.summary,
    eventCount: totals ? totals.eventCount : 0,
    firstEventOn: totals ? totals.firstEventOn : null,
    lastEventOn: totals ? totals.lastEventOn : null,
    lastEventPrecision: totals ? totals.lastEventPrecision : null,
    strength: s.strength,
    cooperation: s.cooperation,
    tension: s.tension,
    tone: s.tone,
    nature: s.nature,
    evidence: s.evidence,
    evidenceStrength: s.evidenceStrength,
    allegedShare: s.allegedShare,
    flow,
    direction: linkDirection(flow),
  };
}
