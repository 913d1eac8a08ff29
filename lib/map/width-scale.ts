// Arc widths relative to the links on screen. Absolute widths (arcWidth) saturate: at a million events most
// links reached the cap and every arc was equally thick. Scaled to the strongest link drawn, the thickest arc is
// always the strongest on the map, and the rest are thinner by the square root of their share of it.
import { MAX_ARC_WIDTH, MIN_ARC_WIDTH, arcWidth } from "./link-style";

/** A width scale: CSS px at world zoom for a strength, and the strength that gets the widest line. */
export interface ArcWidthScale {
  /** Width in CSS px at world zoom (the map's zoom stops still apply on top). */
  widthOf: (strength: number) => number;
  /** The strongest of the strengths the scale was made from (0 when none was positive). */
  strongest: number;
}

/**
 * A square-root scale over `strengths` (the links drawn): the strongest gets MAX_ARC_WIDTH, a link with a
 * quarter of its strength half the extra width over MIN_ARC_WIDTH, and so on; area of ink grows with strength,
 * not faster (the usual rule for proportional symbols). A strength of 0 or less gets the no-events width
 * (arcWidth(0)). Never throws; non-finite strengths are treated as 0.
 */
export function arcWidthScale(strengths: Iterable<number>): ArcWidthScale {
  let strongest = 0;
  for (const s of strengths) if (Number.isFinite(s) && s > strongest) strongest = s;
  return {
    strongest,
    widthOf(strength: number) {
      if (!(strength > 0) || strongest === 0) return arcWidth(0);
      return MIN_ARC_WIDTH + (MAX_ARC_WIDTH - MIN_ARC_WIDTH) * Math.sqrt(Math.min(1, strength / strongest));
    },
  };
}
