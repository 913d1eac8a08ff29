// The arrowhead that shows which way a link runs (lib/domain/direction.ts), one shape for every drawing: MapLibre
// draws it as an SDF icon at the middle of the arc (style.ts arcArrowLayer), the server's first view and /map.svg
// as a polygon there. A one-way link gets one head pointing from the country its events come from; a two-way
// link a double head. Pure: no map, no DOM.
import type { LinkDirection } from "@/lib/domain/direction";

/** A polygon as [x, y] points in arrow units: the arrow is 1 long, centred on 0, pointing along +x. */
type Polygon = readonly (readonly [number, number])[];

const ONE_WAY: readonly Polygon[] = [[[-0.5, -0.42], [0.5, 0], [-0.5, 0.42], [-0.25, 0]]];
const TWO_WAY: readonly Polygon[] = [
  [[0.06, -0.36], [0.5, 0], [0.06, 0.36], [0.2, 0]],
  [[-0.06, -0.36], [-0.5, 0], [-0.06, 0.36], [-0.2, 0]],
];

/** The arrow's polygons for a direction; none for an undirected link. */
export function arrowPolygons(direction: LinkDirection): readonly Polygon[] {
  if (direction === "undirected") return [];
  return direction === "two_way" ? TWO_WAY : ONE_WAY;
}

/**
 * Which way an arrow points, as tests and hooks read it: "IR>RU" (from Iran to Russia), "IR<>RU" (both ways);
 * null for an undirected link. `linkId` is the link's id ("IR-RU", country A first).
 */
export function arrowLabel(linkId: string, direction: LinkDirection): string | null {
  const [a, b] = linkId.split("-") as [string, string];
  if (direction === "a_to_b") return `${a}>${b}`;
  if (direction === "b_to_a") return `${b}>${a}`;
  return direction === "two_way" ? `${a}<>${b}` : null;
}

/** The arrow's length in CSS px for an arc drawn `width` CSS px wide: readable on the thinnest, not swamping the widest. */
export function arrowLength(width: number): number {
  return ARROW_LENGTH.base + ARROW_LENGTH.perWidth * width;
}
export const ARROW_LENGTH = { base: 10, perWidth: 1.6 } as const;

/**
 * Where the arrow sits on a drawn arc and which way it points: `points` are the arc's vertices from the link's
 * country A to B (as lib/map/features arcFor samples them) already projected to a plane whose y grows downwards
 * (world pixels, image pixels). Returns the middle of the polyline and the angle in degrees, clockwise from +x, of
 * the way the events flow there (A to B for "a_to_b" and "two_way", B to A for "b_to_a"); null for an undirected
 * link or an arc of fewer than two points.
 */
export function arrowOnArc(points: readonly (readonly [number, number])[], direction: LinkDirection): { at: [number, number]; angle: number } | null {
  if (direction === "undirected" || points.length < 2) return null;
  const n = points.length;
  // The middle vertex (odd count) with its neighbours for the tangent, or the middle segment (even count).
  const [before, after] = n % 2 === 1 ? [points[Math.max(0, (n - 1) / 2 - 1)]!, points[Math.min(n - 1, (n - 1) / 2 + 1)]!] : [points[n / 2 - 1]!, points[n / 2]!];
  const at: [number, number] =
    n % 2 === 1 ? [points[(n - 1) / 2]![0], points[(n - 1) / 2]![1]] : [(before[0] + after[0]) / 2, (before[1] + after[1]) / 2];
  const angle = (Math.atan2(after[1] - before[1], after[0] - before[0]) * 180) / Math.PI;
  return { at, angle: direction === "b_to_a" ? angle + 180 : angle };
}

/** A polygon placed: scaled to `length`, turned by `angle` degrees clockwise (y down), moved to `at`; SVG points text. */
export function placedPolygon(polygon: Polygon, at: readonly [number, number], angle: number, length: number, decimals = 2): string {
  const r = (angle * Math.PI) / 180;
  const [c, s] = [Math.cos(r), Math.sin(r)];
  const k = 10 ** decimals;
  return polygon
    .map(([x, y]) => {
      const [px, py] = [at[0] + length * (x * c - y * s), at[1] + length * (x * s + y * c)];
      return `${Math.round(px * k) / k},${Math.round(py * k) / k}`;
    })
    .join(" ");
}

/** Signed distance from (x, y) to a polygon's outline: negative inside (even-odd rule), positive outside. */
function signedDistance(polygon: Polygon, x: number, y: number): number {
  let inside = false;
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    const [dx, dy] = [xj - xi, yj - yi];
    const t = Math.max(0, Math.min(1, ((x - xi) * dx + (y - yi) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(x - (xi + t * dx), y - (yi + t * dy)));
  }
  return inside ? -best : best;
}

/** Pixels around the shape in the SDF image, and the distance in pixels one step of alpha stands for (TinySDF's buffer and radius). */
const SDF_BUFFER = 3;
const SDF_RADIUS = 8;
/** The alpha of the outline: MapLibre draws an SDF icon where alpha ≥ 0.75 × 255 (TinySDF's cutoff 0.25). */
const SDF_CUTOFF = 0.25;

/**
 * The arrow as a signed-distance-field image for MapLibre's addImage(..., { sdf: true }), so the map can colour
 * each arrow like its arc and give it a halo: `size` px square plus the buffer, RGBA with the field in alpha
 * (encoded as TinySDF encodes glyphs: alpha = 255 × (1 − (d / radius + cutoff)), d the signed distance in px).
 */
export function arrowSdfImage(direction: "one_way" | "two_way", size: number): { width: number; height: number; data: Uint8Array } {
  const polygons = direction === "two_way" ? TWO_WAY : ONE_WAY;
  const side = size + 2 * SDF_BUFFER;
  const data = new Uint8Array(side * side * 4);
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      // Pixel centre in arrow units (the arrow spans -0.5..0.5 across `size` px).
      const [x, y] = [(px + 0.5 - side / 2) / size, (py + 0.5 - side / 2) / size];
      const d = Math.min(...polygons.map((p) => signedDistance(p, x, y))) * size;
      const alpha = Math.round(255 * (1 - (d / SDF_RADIUS + SDF_CUTOFF)));
      const o = (py * side + px) * 4;
      data[o] = data[o + 1] = data[o + 2] = 255;
      data[o + 3] = Math.max(0, Math.min(255, alpha));
    }
  }
  return { width: side, height: side, data };
}

/** The pixel size the SDF images are drawn at (and their ratio to CSS px): icon-size scales from it. */
export const ARROW_IMAGE_SIZE = 32;
export const ARROW_IMAGE_PIXEL_RATIO = 2;
