// Where a capital's HTML label sits: on the side away from the arcs leaving that capital, so text
// never lies on top of a line.
import type { LonLat } from "./arc";

/** MapLibre marker anchor: "left" puts the label's left edge at the point, i.e. the label east of it. */
export type LabelAnchor = "left" | "right" | "top" | "bottom";

/** Side of the capital the label goes to, and the marker anchor that puts it there. Horizontal first: labels are wide. */
const SIDES: { anchor: LabelAnchor; x: number; y: number }[] = [
  { anchor: "left", x: 1, y: 0 }, // label to the east
  { anchor: "right", x: -1, y: 0 }, // to the west
  { anchor: "top", x: 0, y: -1 }, // below
  { anchor: "bottom", x: 0, y: 1 }, // above
];

/**
 * `towards` are points a short way along each arc leaving `at`. Each side scores how much the arcs head
 * into it (the sum of positive cosines); the label takes the side with the least, east or west on a tie.
 */
export function labelAnchor(at: LonLat, towards: readonly LonLat[]): LabelAnchor {
  const directions = towards.map(([lon, lat]) => {
    const x = (lon - at[0]) * Math.cos((at[1] * Math.PI) / 180);
    const y = lat - at[1];
    const length = Math.hypot(x, y) || 1;
    return { x: x / length, y: y / length };
  });
  let best = SIDES[0]!;
  let bestPenalty = Infinity;
  for (const side of SIDES) {
    const penalty = directions.reduce((sum, d) => sum + Math.max(0, d.x * side.x + d.y * side.y), 0);
    // A small margin so a side only wins over an earlier (preferred) one by a real difference.
    if (penalty < bestPenalty - 0.05) [best, bestPenalty] = [side, penalty];
  }
  return best.anchor;
}

/**
 * How far a label sits from its capital's centre, in CSS px [x, y], by anchor: clear of the capital's dot
 * (radius 4, halo 6.5). The same offsets place MapLibre's markers and the server-drawn first view's labels.
 */
export const LABEL_OFFSET: Record<LabelAnchor, [number, number]> = {
  left: [9, 0],
  right: [-9, 0],
  top: [0, 8],
  bottom: [0, -8],
};
