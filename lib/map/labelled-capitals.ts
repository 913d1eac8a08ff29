// Which capitals get a name on the map. Every capital keeps its dot, but with many links (after a GDELT
// import, say) a label on each would bury the map, so only the atlas's own subject and the capitals with the
// strongest ties are named; the rest are named in the tooltip, the list and the panels.
import type { LinkSummary } from "@/lib/schemas/links";
import { compareIds } from "@/lib/domain/link-id";

/** The first subject: Pyongyang, Tehran, Moscow and Beijing are always named. */
export const FOCUS_COUNTRIES = ["KP", "IR", "RU", "CN"] as const;
export const MAX_CAPITAL_LABELS = 12;

export function labelledCapitals(links: readonly LinkSummary[], max = MAX_CAPITAL_LABELS): Set<string> {
  const strength = new Map<string, number>();
  for (const link of links) for (const id of link.countries) strength.set(id, (strength.get(id) ?? 0) + link.strength);
  const labelled = new Set<string>(FOCUS_COUNTRIES.filter((id) => strength.has(id)));
  const ranked = [...strength.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
  for (const [id] of ranked) {
    if (labelled.size >= max) break;
    labelled.add(id);
  }
  return labelled;
}
