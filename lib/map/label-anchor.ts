// Where a capital's HTML label sits: on the side away from the arcs leaving that capital, so text
// never lies on top of a line.
import type { LonLat } from "./arc";

/** MapLibre marker anchor: "left" puts the label's left edge at the point, i.e. the label east of it. */
export type LabelAnchor = "left" | "right" | "top" | "bottom";

/** `towards` are the second points of the arcs leaving `at` (their first step away from the capital). */
export function labelAnchor(at: LonLat, towards: readonly LonLat[]): LabelAnchor {
  if (towards.length === 0) return "left";
  let dx = 0;
  let dy = 0;
  for (const [lon, lat] of towards) {
    const x = (lon - at[0]) * Math.cos((at[1] * Math.PI) / 180);
    const y = lat - at[1];
    const length = Math.hypot(x, y) || 1;
    dx += x / length;
    dy += y / length;
  }
  // Opposite of the mean direction of the arcs; prefer left/right because labels are wide and short.
  if (Math.abs(dx) >= Math.abs(dy) * 0.6) return dx > 0 ? "right" : "left";
  return dy > 0 ? "top" : "bottom";
}
