// Which links a map image (/map.svg, /map.png, share previews) draws: the same as the map at world zoom
// (lib/map/arc-budget.ts): the strongest, with the open panel's ties, widths relative to those, and words for the
// image's range line saying what was left out.
import { BASE_ARC_BUDGET, selectArcs } from "@/lib/map/arc-budget";
import { arcFocus, type FocusTarget } from "@/lib/map/arc-focus";
import type { LinkStyle } from "@/lib/map/link-style";
import { scaledLinkStyle } from "@/lib/map/scaled-style";
import type { LinkSummary } from "@/lib/schemas/links";

/**
 * The links to draw of `links` with `target` open, their style, and `note`: null when all are drawn, else "the 150
 * strongest of 5,000 links" (or "162 of 5,000 links" when the open panel's ties add to them). Pure.
 */
export function imageLinks(links: readonly LinkSummary[], target: FocusTarget): { shown: LinkSummary[]; styleFor: (link: LinkSummary) => LinkStyle; note: string | null } {
  const chosen = selectArcs(links, BASE_ARC_BUDGET, { keep: (l) => arcFocus(l, target) === "front" });
  const n = (v: number) => v.toLocaleString("en");
  const drawn = chosen.shown.length;
  const note =
    chosen.hidden === 0 ? null : drawn === BASE_ARC_BUDGET ? `the ${n(drawn)} strongest of ${n(links.length)} links` : `${n(drawn)} of ${n(links.length)} links`;
  return { shown: chosen.shown, styleFor: scaledLinkStyle(chosen.shown), note };
}
