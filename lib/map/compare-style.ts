// How the compare view draws a link's change between two periods. Colours from the Okabe–Ito palette (safe
// for the common colour-vision deficiencies), and each change also has its own line pattern and a word, so
// colour is never the only carrier.
import type { LinkStyle, LinkPattern } from "./link-style";
import { arcWidth } from "./link-style";

export type Change = "appeared" | "strengthened" | "weakened" | "went_quiet" | "steady";

/** The order the list and legend use: gains first, then losses, then no change. */
export const CHANGES: readonly Change[] = ["appeared", "strengthened", "weakened", "went_quiet", "steady"];

export const CHANGE_LABEL: Record<Change, string> = {
  appeared: "Appeared",
  strengthened: "Strengthened",
  weakened: "Weakened",
  went_quiet: "Went quiet",
  steady: "Steady",
};

export const CHANGE_COLOR: Record<Change, string> = {
  appeared: "#F0E442",
  strengthened: "#56B4E9",
  weakened: "#E69F00",
  went_quiet: "#CC79A7",
  // Not Okabe–Ito: a slate grey darker than reddish purple, because the lighter #8C9BAD had the same lightness as
  // went_quiet's #CC79A7 and the two were 3.4 ΔE00 apart for deuteranopes (lib/map/colour-vision.test.ts).
  steady: "#5F6B7A",
};

export const CHANGE_PATTERN: Record<Change, LinkPattern> = {
  appeared: "solid",
  strengthened: "solid",
  weakened: "dashed",
  went_quiet: "dotted",
  steady: "solid",
};

export const CHANGE_DESCRIPTION: Record<Change, string> = {
  appeared: "no events in A, some in B",
  strengthened: "stronger in B than in A",
  weakened: "weaker in B than in A",
  went_quiet: "events in A, none in B",
  steady: "about as strong in both",
};

/** Arc style for a change: width from the size of the change (or, when steady, from B's strength). */
export function changeStyle(change: Change, delta: number, strengthB: number): LinkStyle {
  const width = change === "steady" ? Math.min(arcWidth(strengthB), 2.5) : Math.max(2, arcWidth(Math.abs(delta)));
  return { color: CHANGE_COLOR[change], width, pattern: CHANGE_PATTERN[change] };
}

const signed = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n < 0 ? `\u2212${Math.abs(n).toFixed(1)}` : "±0");

/** The short word drawn on the arc: "New", "+2.2", "−0.4", "Quiet", "=". */
export function changeTag(change: Change, delta: number): string {
  if (change === "appeared") return `New ${signed(delta)}`;
  if (change === "went_quiet") return `Quiet ${signed(delta)}`;
  if (change === "steady") return "Steady";
  return signed(delta);
}
