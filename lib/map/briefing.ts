// The words and small figures a link's panel leads with, derived only from the numbers the API computes
// from events, so the verdict can never say more than the evidence does.
import { formatEventDate } from "@/lib/domain/date-precision";
import { monthFromIndex } from "@/lib/domain/months";
import type { LinkSummary } from "@/lib/schemas/links";
import { ALLEGED_DASH_THRESHOLD, NATURE_LABEL } from "./link-style";
export { CATEGORY_LABEL, EVIDENCE_LABEL, formatScore } from "@/lib/domain/labels";

export function pluralize(count: number, one: string, many = `${one}s`): string {
  // Grouped as the rest of the page writes large numbers: "21,170 events", not "21170 events".
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** "April 2024", or null when the link has no events. */
export function lastEventLabel(link: Pick<LinkSummary, "lastEventOn" | "lastEventPrecision">): string | null {
  if (!link.lastEventOn || !link.lastEventPrecision) return null;
  return formatEventDate(link.lastEventOn, link.lastEventPrecision);
}

/** How much of the link's strength rests on allegations, said in words. */
export function evidenceClause(link: Pick<LinkSummary, "eventCount" | "strength" | "allegedShare" | "evidence">): string {
  if (link.eventCount === 0) return "no events recorded yet";
  if (link.strength === 0) return "every recorded event has been denied";
  const pct = Math.round(link.allegedShare * 100);
  if (link.allegedShare >= ALLEGED_DASH_THRESHOLD) {
    return pct >= 100 ? "rests entirely on alleged events" : `rests mostly on alleged events (${pct}% of its strength)`;
  }
  if (pct > 0) return `${pct}% of its strength rests on alleged events`;
  const { confirmed, reported } = link.evidence;
  if (reported === 0) return "rests on confirmed events";
  if (confirmed === 0) return "rests on reported events, none yet confirmed";
  return "rests on confirmed and reported events";
}

/**
 * The panel's first line: the nature of the tie, how recent it is and how sure we are.
 * "Cooperation, most recently April 2024; 29% of its strength rests on alleged events."
 */
export function linkVerdict(link: LinkSummary): string {
  if (link.eventCount === 0) return "No events recorded yet: a tie the atlas follows but cannot yet evidence.";
  const last = lastEventLabel(link);
  const lead = link.nature === "none" ? "No measurable tie" : NATURE_LABEL[link.nature];
  const when = last ? `, most recently ${last}` : "";
  const clause = evidenceClause(link);
  return `${lead}${when}; ${clause}.`;
}

export interface MonthBin {
  /** "2024-04" */
  month: string;
  /** Events whose period starts in this month. */
  count: number;
  /** Of those, events dated only to the year (placed at January). */
  yearOnly: number;
}

/** Events per month as the API counts them (GetLinkResponse's `activity`): month indexes ascending. */
export interface MonthlyCounts {
  month: readonly number[];
  events: readonly number[];
  yearOnly: readonly number[];
}

/**
 * Month bins for an activity chart from per-month counts: every month from the first to the last with events,
 * empty months included so gaps are real gaps, at least `minMonths` of them (a single event is a bar in a year,
 * not a solid block) and at most the last `maxMonths`. `yearOnly` counts events dated only to their year,
 * which sit at January.
 */
export function monthlyActivity(counts: MonthlyCounts, { minMonths = 12, maxMonths = 120 }: { minMonths?: number; maxMonths?: number } = {}): MonthBin[] {
  if (counts.month.length === 0) return [];
  const first = counts.month[0]!;
  const last = counts.month[counts.month.length - 1]!;
  const start = Math.max(Math.min(first, last - minMonths + 1), last - maxMonths + 1);
  const bins: MonthBin[] = [];
  for (let i = start; i <= last; i++) bins.push({ month: monthFromIndex(i), count: 0, yearOnly: 0 });
  counts.month.forEach((month, i) => {
    const bin = bins[month - start];
    if (!bin) return;
    bin.count += counts.events[i]!;
    bin.yearOnly += counts.yearOnly[i]!;
  });
  return bins;
}

/** "3 × 0.4 × 0.71": how a contribution is made, with the decay to two places. */
export function contributionFormula(c: { categoryWeight: number; evidenceFactor: number; decay: number }): string {
  const n = (v: number, places: number) => String(Number(v.toFixed(places)));
  return `${n(c.categoryWeight, 2)} × ${n(c.evidenceFactor, 2)} × ${c.decay.toFixed(2)}`;
}
