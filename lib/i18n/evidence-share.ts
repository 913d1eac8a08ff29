// The evidence-mix sentence under a link's panel: how much of its strength rests on alleged events, then on the
// other levels, largest first. Lives in lib/ so it is tested without React; components/use-words.ts passes the
// page's translator and number format.
import type { EvidenceLevel } from "@/lib/domain/vocabulary";
import type { LinkSummary } from "@/lib/schemas/links";

/** A next-intl translator over the whole catalogue (messages/*.json), narrowed to what this sentence uses. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/**
 * Takes a link's event count, strength and strength per evidence level (the same units as `strength`), a
 * translator and a number formatter; returns one sentence, e.g. "62% of this link's strength rests on alleged
 * events; 38% on confirmed ones." Percentages are rounded to whole numbers. Denied events add no strength
 * (lib/domain/strength-model.ts), so a link whose events are all denied gets its own sentence. Never throws.
 */
export function evidenceShareSentence(
  link: Pick<LinkSummary, "eventCount" | "strength" | "evidenceStrength">,
  t: Translate,
  formatNumber: (n: number) => string,
): string {
  if (link.eventCount === 0) return t("evidenceMix.shareNone");
  const total = link.strength;
  if (!(total > 0)) return t("evidenceMix.shareDenied");
  const { confirmed, reported, alleged } = link.evidenceStrength;
  const others = ([["confirmed", confirmed], ["reported", reported]] as [EvidenceLevel, number][])
    .filter(([, share]) => share > 0)
    .sort((x, y) => y[1] - x[1]);
  const level = (e: EvidenceLevel) => t(`labels.evidenceLower.${e}`);
  if (alleged <= 0) {
    const rest = others.map(([e, v]) => t("evidenceMix.shareOnEvents", { pct: formatNumber(percent(v, total)), level: level(e) })).join(", ");
    return rest ? t("evidenceMix.shareNoAllegedRest", { rest }) : t("evidenceMix.shareNoAlleged");
  }
  const rest = others.map(([e, v]) => t("evidenceMix.shareOn", { pct: formatNumber(percent(v, total)), level: level(e) })).join(", ");
  const share = formatNumber(percent(alleged, total));
  return rest ? t("evidenceMix.shareAllegedRest", { pct: share, rest }) : t("evidenceMix.shareAlleged", { pct: share });
}
