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

/** "2019-01..2022-12" -> the first day of the first month and the last day of the last; null when malformed. */
export function parsePeriod(value: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [fy, fm, ty, tm] = match.slice(1).map(Number) as [number, number, number, number];
  if (fm < 1 || fm > 12 || tm < 1 || tm > 12) return null;
  const from = `${String(fy).padStart(4, "0")}-${String(fm).padStart(2, "0")}-01`;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const to = `${String(ty).padStart(4, "0")}-${String(tm).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
  return from <= to ? { from, to } : null;
}
