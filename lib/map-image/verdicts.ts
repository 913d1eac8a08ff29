// One-line verdicts for what a map image, a share preview or an embed shows, in the panels' words: a link's is
// the link panel's own (linkVerdict); a country's, the atlas's and a comparison's are built from the same parts.
import { rangeLabel, type MonthRange } from "@/lib/domain/month-range";
import { linkVerdict, pluralize } from "@/lib/map/briefing";
import { CHANGE_LABEL, CHANGES, type Change } from "@/lib/map/compare-style";
import { NATURE_LABEL } from "@/lib/map/link-style";
import type { LinkSummary } from "@/lib/schemas/links";
import { compareIds } from "@/lib/domain/link-id";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const strongestOf = (links: readonly LinkSummary[]) =>
  [...links].sort((a, b) => b.strength - a.strength || compareIds(a.id, b.id))[0];

/**
 * A country's line from its links: "3 links; strongest with Russia: cooperation, most recently April 2024; 20% of
 * its strength rests on alleged events." `id` is the country's alpha-2 code, `links` its links for the range.
 */
export function countryVerdict(id: string, links: readonly LinkSummary[]): string {
  if (links.length === 0) return "No links in the atlas yet.";
  const strongest = strongestOf(links)!;
  if (strongest.eventCount === 0 || strongest.strength === 0) return `${pluralize(links.length, "link")}, none with events in this range yet.`;
  const other = strongest.countryNames[strongest.countries[0] === id ? 1 : 0];
  return `${pluralize(links.length, "link")}; strongest with ${other}: ${lowerFirst(linkVerdict(strongest))}`;
}

/** The whole map's line: "6 links among 4 countries; strongest: North Korea – Russia (cooperation)." */
export function atlasVerdict(links: readonly LinkSummary[]): string {
  if (links.length === 0) return "No links recorded yet.";
  const countries = new Set(links.flatMap((l) => l.countries)).size;
  const lead = `${pluralize(links.length, "link")} among ${pluralize(countries, "country", "countries")}`;
  const strongest = strongestOf(links)!;
  if (strongest.strength === 0) return `${lead}; none with events in this range yet.`;
  return `${lead}; strongest: ${strongest.countryNames.join(" – ")} (${NATURE_LABEL[strongest.nature].toLowerCase()}).`;
}

/** A comparison's line: "From Jan 2019 – Dec 2022 to Jan 2023 – Nov 2026: 1 link appeared, 2 strengthened, 3 steady." */
export function compareVerdict(a: MonthRange, b: MonthRange, changes: readonly Change[]): string {
  const lead = `From ${rangeLabel(a, true)} to ${rangeLabel(b, true)}`;
  if (changes.length === 0) return `${lead}: no link had events in either period.`;
  const parts = CHANGES.map((change) => [change, changes.filter((c) => c === change).length] as const)
    .filter(([, count]) => count > 0)
    .map(([change, count], i) => `${i === 0 ? pluralize(count, "link") : count} ${CHANGE_LABEL[change].toLowerCase()}`);
  return `${lead}: ${parts.join(", ")}.`;
}
