// How a link changed between two periods, for /compare: it appeared, strengthened, weakened, went quiet or
// held steady. Strength in each period is measured at that period's end (lib/domain/strength.ts).

export type Change = "appeared" | "strengthened" | "weakened" | "went_quiet" | "steady";

/** B at least this many times A's strength reads as strengthened; at most its inverse, weakened. */
export const CHANGE_RATIO = 1.25;

export interface PeriodFigures {
  strength: number;
  eventCount: number;
}

/** null when the link has no events in either period (nothing to say). */
export function classifyChange(a: PeriodFigures, b: PeriodFigures): Change | null {
  if (a.eventCount === 0 && b.eventCount === 0) return null;
  if (a.eventCount === 0) return "appeared";
  if (b.eventCount === 0) return "went_quiet";
  if (a.strength === 0) return b.strength > 0 ? "strengthened" : "steady";
  const ratio = b.strength / a.strength;
  if (ratio >= CHANGE_RATIO) return "strengthened";
  if (ratio <= 1 / CHANGE_RATIO) return "weakened";
  return "steady";
}
