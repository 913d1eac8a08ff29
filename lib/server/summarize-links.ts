// Turns links and the events between their countries into LinkSummary rows. The numbers are always
// computed from events (never stored), so nobody can type a strength the events contradict.
import "server-only";
import { toIsoDate, type DatePrecision } from "@/lib/domain/date-precision";
import { pairsAmong } from "@/lib/domain/link-id";
import { linkStrength, type EvidenceLevel } from "@/lib/domain/strength";
import type { LinkSummary } from "@/lib/schemas/links";

export interface LinkRow {
  id: string;
  countryAId: string;
  countryBId: string;
  title: string;
  summary: string;
  countryA: { name: string };
  countryB: { name: string };
}

export interface EventFacts {
  occurredOn: Date;
  occurredEnd: Date;
  precision: DatePrecision;
  evidence: EvidenceLevel;
  score: number;
  participants: { countryId: string }[];
}

export function summarizeLinks(links: readonly LinkRow[], events: readonly EventFacts[]): LinkSummary[] {
  const byLink = new Map<string, EventFacts[]>(links.map((l) => [l.id, []]));
  for (const event of events) {
    for (const pair of pairsAmong(event.participants.map((p) => p.countryId))) byLink.get(pair)?.push(event);
  }
  return links.map((link) => {
    const linkEvents = byLink.get(link.id) ?? [];
    const first = linkEvents.reduce<EventFacts | null>((a, e) => (!a || e.occurredOn < a.occurredOn ? e : a), null);
    const last = linkEvents.reduce<EventFacts | null>((a, e) => (!a || e.occurredOn > a.occurredOn ? e : a), null);
    return {
      id: link.id,
      countries: [link.countryAId, link.countryBId],
      countryNames: [link.countryA.name, link.countryB.name],
      title: link.title,
      summary: link.summary,
      eventCount: linkEvents.length,
      firstEventOn: first ? toIsoDate(first.occurredOn) : null,
      lastEventOn: last ? toIsoDate(last.occurredOn) : null,
      lastEventPrecision: last?.precision ?? null,
      ...linkStrength(linkEvents),
    };
  });
}

/** Strongest first, then by most events, then by id so the order is stable. */
export function byStrength(a: LinkSummary, b: LinkSummary): number {
  return b.strength - a.strength || b.eventCount - a.eventCount || a.id.localeCompare(b.id);
}
