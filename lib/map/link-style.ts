// How a link looks on the map and in the legend: one place decides colour, width and line pattern,
// so the map, the legend and the list never disagree.
import type { LinkSummary } from "@/lib/schemas/links";

export type Nature = LinkSummary["nature"];

/**
 * Blue and orange stay apart for the common colour-vision deficiencies (protan, deutan and tritan
 * simulations keep them distinct in lightness and hue); "mixed" is a pale neutral and "none" a grey,
 * and neither relies on hue alone because "none" also has its own dotted pattern.
 */
export const NATURE_COLOR: Record<Nature, string> = {
  cooperation: "#4EA5FF",
  tension: "#FF8C42",
  mixed: "#D9CFA8",
  none: "#8C9BAD",
};

export const NATURE_LABEL: Record<Nature, string> = {
  cooperation: "Cooperation",
  tension: "Tension",
  mixed: "Mixed signals",
  none: "No events yet",
};

/**
 * solid: the link rests mostly on confirmed or reported events; dashed: mostly on alleged events;
 * dotted: no events recorded yet (a tie the atlas follows but cannot yet evidence).
 */
export type LinkPattern = "solid" | "dashed" | "dotted";

/** At or above this share of strength resting on alleged events, a link is drawn dashed. */
export const ALLEGED_DASH_THRESHOLD = 0.5;

export const PATTERN_LABEL: Record<LinkPattern, string> = {
  solid: "Mostly confirmed or reported",
  dashed: "Mostly alleged",
  dotted: "No events recorded yet",
};

export function linkPattern(link: Pick<LinkSummary, "eventCount" | "allegedShare" | "strength">): LinkPattern {
  if (link.eventCount === 0 || link.strength === 0) return "dotted";
  return link.allegedShare >= ALLEGED_DASH_THRESHOLD ? "dashed" : "solid";
}

/** Line width in CSS pixels at world zoom: thin for a single event, capped so one link cannot swamp the map. */
export const MIN_ARC_WIDTH = 1.5;
export const MAX_ARC_WIDTH = 7;
export function arcWidth(strength: number): number {
  if (!(strength > 0)) return 1.25;
  // Square root so that doubling the evidence does not double the ink.
  return Math.min(MAX_ARC_WIDTH, MIN_ARC_WIDTH + 1.8 * Math.sqrt(strength));
}

/**
 * The line pattern as dash and gap lengths in multiples of the line's width (MapLibre's line-dasharray units;
 * an SVG stroke-dasharray multiplies them by the width), and the line's cap. null: a solid line. The map's
 * layers (lib/map/style.ts) and the server's drawings (components/map/first-view, /map.svg) both read this.
 */
export const PATTERN_STROKE: Record<LinkPattern, { dash: readonly [number, number] | null; cap: "round" | "butt" }> = {
  solid: { dash: null, cap: "round" },
  dashed: { dash: [2.2, 1.4], cap: "butt" },
  dotted: { dash: [0.1, 2.6], cap: "round" },
};

/**
 * How arcs thicken as the reader zooms in: a link's width (arcWidth) times 0.8 at zoom 1, rising linearly to
 * 1.6 at zoom 5 (constant beyond), so arcs stay legible over a closer basemap. [zoom, factor] stops, as the
 * map's interpolate expression takes them.
 */
export const ARC_ZOOM_STOPS = [
  [1, 0.8],
  [5, 1.6],
] as const;

/** A dark casing this many px wider than the arc, so it reads over land and sea alike. */
export const ARC_HALO_EXTRA = 4;
export const ARC_HALO_OPACITY = 0.55;
/** No-events arcs are drawn a little faded unless hovered or selected. */
export const DOTTED_OPACITY = 0.85;

/** The width in CSS px an arc of `width` (arcWidth, at world zoom) is drawn at `zoom` (ARC_ZOOM_STOPS). */
export function arcWidthAtZoom(width: number, zoom: number): number {
  const [[z0, f0], [z1, f1]] = ARC_ZOOM_STOPS;
  const t = Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));
  return width * (f0 + (f1 - f0) * t);
}

export interface LinkStyle {
  color: string;
  width: number;
  pattern: LinkPattern;
}

export function linkStyle(link: Pick<LinkSummary, "nature" | "eventCount" | "allegedShare" | "strength">): LinkStyle {
  const pattern = linkPattern(link);
  return {
    color: pattern === "dotted" ? NATURE_COLOR.none : NATURE_COLOR[link.nature],
    width: pattern === "dotted" ? arcWidth(0) : arcWidth(link.strength),
    pattern,
  };
}
