// What the legend of a server-drawn map says: the dashboard's "Reading the map" (components/legend.tsx) and the
// compare view's changes, in the same words, as data the SVG renderer lays out.
import { CHANGE_COLOR, CHANGE_DESCRIPTION, CHANGE_LABEL, CHANGE_PATTERN, CHANGES } from "@/lib/map/compare-style";
import { NATURE_COLOR, NATURE_LABEL, PATTERN_LABEL, type LinkPattern } from "@/lib/map/link-style";

/**
 * The neutral line colour of the samples for line patterns, as the dashboard's legend draws them in its text
 * colour: a placeholder the image overlay replaces with its theme's legend-text colour (ImagePalette.soft).
 */
export const LEGEND_NEUTRAL = "currentColor";

/** One legend row: a line sample (colour, pattern) or a capital's dot, its words, and a shorter form for small images. */
export type LegendEntry =
  | { kind: "line"; color: string; pattern: LinkPattern; text: string; short: string }
  | { kind: "capital"; text: string; short: string };

/** The dashboard's legend: colour is the tie's nature, the line's pattern its evidence. */
export function linkLegend(): LegendEntry[] {
  return [
    { kind: "line", color: NATURE_COLOR.cooperation, pattern: "solid", text: `${NATURE_LABEL.cooperation} (mostly events scored above zero)`, short: NATURE_LABEL.cooperation },
    { kind: "line", color: NATURE_COLOR.tension, pattern: "solid", text: `${NATURE_LABEL.tension} (mostly events scored below zero)`, short: NATURE_LABEL.tension },
    { kind: "line", color: NATURE_COLOR.mixed, pattern: "solid", text: `${NATURE_LABEL.mixed} (both, neither above 60%)`, short: NATURE_LABEL.mixed },
    { kind: "line", color: LEGEND_NEUTRAL, pattern: "solid", text: `Solid: ${PATTERN_LABEL.solid.toLowerCase()}`, short: "Solid: confirmed or reported" },
    { kind: "line", color: LEGEND_NEUTRAL, pattern: "dashed", text: `Dashed: ${PATTERN_LABEL.dashed.toLowerCase()}`, short: "Dashed: alleged" },
    { kind: "line", color: NATURE_COLOR.none, pattern: "dotted", text: "Grey dots: no events yet", short: "Dots: no events yet" },
    { kind: "capital", text: "Capital city; wider lines are stronger ties", short: "Capital" },
  ];
}

/** The compare view's legend: each change with its colour, pattern and meaning. */
export function compareLegend(): LegendEntry[] {
  return CHANGES.map((change) => ({
    kind: "line" as const,
    color: CHANGE_COLOR[change],
    pattern: CHANGE_PATTERN[change],
    text: `${CHANGE_LABEL[change]}: ${CHANGE_DESCRIPTION[change]}`,
    short: CHANGE_LABEL[change],
  }));
}
