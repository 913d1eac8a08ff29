// The words and small figures a link's panel leads with, derived only from the numbers the API computes
// from events, so the verdict can never say more than the evidence does.
import { formatEventDate, type DatePrecision } from "@/lib/domain/date-precision";
import type { EventDto } from "@/lib/schemas/events";
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

const monthKey = (y: number, m: number) => `${y}-${String(m + 1).padStart(2, "0")}`;

/**
 * Events per month from the first event's month to the last's, empty months included, so the
 * sparkline's gaps are real gaps. At least `minMonths` long, capped to the most recent `maxMonths`.
 */
export function monthlyActivity(
  events: readonly Pick<EventDto, "date" | "precision">[],
  { minMonths = 12, maxMonths = 120 }: { minMonths?: number; maxMonths?: number } = {},
): MonthBin[] {
  const dated = events
    .map((e) => ({ y: Number(e.date.slice(0, 4)), m: Number(e.date.slice(5, 7)) - 1, precision: e.precision as DatePrecision }))
    .filter((e) => Number.isFinite(e.y) && e.m >= 0 && e.m < 12);
  if (dated.length === 0) return [];
  const index = (e: { y: number; m: number }) => e.y * 12 + e.m;
  const first = Math.min(...dated.map(index));
  const last = Math.max(...dated.map(index));
  // At least a year of context, so a single event is a bar in a year rather than a solid block.
  const start = Math.max(Math.min(first, last - minMonths + 1), last - maxMonths + 1);
  const bins: MonthBin[] = [];
  for (let i = start; i <= last; i++) bins.push({ month: monthKey(Math.floor(i / 12), i % 12), count: 0, yearOnly: 0 });
  for (const e of dated) {
    const bin = bins[index(e) - start];
    if (!bin) continue;
    bin.count += 1;
    if (e.precision === "year") bin.yearOnly += 1;
  }
  return bins;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

/** "2024-04" -> "April 2024" */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}



const pct = (part: number, whole: number) => Math.round((part / whole) * 100);

/**
 * The evidence mix in words, from the strength resting on each level (not from counts):
 * "62% of this link's strength rests on alleged events; 38% on confirmed ones."
 */
export function evidenceShareSentence(link: Pick<LinkSummary, "eventCount" | "strength" | "evidenceStrength">): string {
  if (link.eventCount === 0) return "No events, so no strength to explain.";
  const total = link.strength;
  if (!(total > 0)) return "Every event here has been denied, so none of them adds strength.";
  const { confirmed, reported, alleged } = link.evidenceStrength;
  const others = (
    [
      ["confirmed", confirmed],
      ["reported", reported],
    ] as const
  )
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([level, v]) => `${pct(v, total)}% on ${level} ones`);
  const rest = others.length ? `; ${others.join(", ")}` : "";
  if (alleged <= 0) return `None of this link's strength rests on alleged events${rest.replace(/ ones/g, " events").replace(/^; /, ": ")}.`;
  return `${pct(alleged, total)}% of this link's strength rests on alleged events${rest}.`;
}

/** "3 × 0.4 × 0.71": how a contribution is made, with the decay to two places. */
export function contributionFormula(c: { categoryWeight: number; evidenceFactor: number; decay: number }): string {
  const n = (v: number, places: number) => String(Number(v.toFixed(places)));
  return `${n(c.categoryWeight, 2)} × ${n(c.evidenceFactor, 2)} × ${c.decay.toFixed(2)}`;
}
