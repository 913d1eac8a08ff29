// Cutting a line at the antimeridian, as RFC 7946 §3.1.9 asks of GeoJSON: the map draws arcs with continuous
// longitudes past ±180 (unwrapLongitudes in arc.ts), which MapLibre needs, but a GeoJSON file must keep every
// longitude within [-180, 180] (§3.1.1, §4) and cut a line that crosses the antimeridian into parts that end
// and start on it.
import type { LonLat } from "./arc";

const RADIANS = Math.PI / 180;

/**
 * Latitude in degrees where the great circle through `a` and `b` meets longitude `lon` (all in degrees).
 * The closed form d3-geo's clipAntimeridianIntersect uses (Williams, Aviation Formulary, "Latitude of point on
 * GC"); when a and b lie on one meridian (or on opposite ones, a segment over a pole) it has no single answer,
 * and the segment's own latitudes are interpolated linearly.
 */
function greatCircleLatitudeAt(a: LonLat, b: LonLat, lon: number): number {
  const [lon1, lat1] = [a[0] * RADIANS, a[1] * RADIANS];
  const [lon2, lat2] = [b[0] * RADIANS, b[1] * RADIANS];
  const lambda = lon * RADIANS;
  const denominator = Math.cos(lat1) * Math.cos(lat2) * Math.sin(lon1 - lon2);
  if (Math.abs(denominator) < 1e-9) return a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0] || 1);
  const numerator = Math.sin(lat1) * Math.cos(lat2) * Math.sin(lambda - lon2) - Math.sin(lat2) * Math.cos(lat1) * Math.sin(lambda - lon1);
  return Math.atan(numerator / denominator) / RADIANS;
}

/** Which copy of the world a longitude is in: 0 for [-180, 180), 1 for [180, 540), -1 for [-540, -180). */
const worldOf = (lon: number) => Math.floor((lon + 180) / 360);

/**
 * Cuts a line whose longitudes are continuous (each step under 180°, possibly running past ±180; see
 * unwrapLongitudes) into parts whose longitudes all lie within [-180, 180], as RFC 7946 §3.1.9 specifies:
 * where the line crosses the antimeridian one part ends on it and the next starts on it at the same latitude
 * (e.g. ... [180, 48.5]] then [[-180, 48.5] ...), the latitude being where the great circle through the two
 * neighbouring points crosses it. Points are [longitude, latitude] in degrees; the line's segments are taken
 * to be great-circle arcs (which they are when the points were sampled from one great circle).
 *
 * Returns one part (the same points, moved into [-180, 180]) for a line that never crosses, one more per
 * crossing otherwise; every part has at least two points. Throws a RangeError for fewer than two points.
 */
export function splitAtAntimeridian(points: readonly LonLat[]): LonLat[][] {
  if (points.length < 2) throw new RangeError("A line needs at least two points.");
  const parts: LonLat[][] = [];
  let current: LonLat[] = [];
  let currentWorld: number | undefined;

  /** Adds the piece from `a` to `b` (both in one world copy, or on its edges) to the part of that world. */
  const addPiece = (a: LonLat, b: LonLat) => {
    const world = worldOf((a[0] + b[0]) / 2);
    const shift = 360 * world;
    if (world !== currentWorld) {
      if (current.length) parts.push(current);
      current = [[a[0] - shift, a[1]]];
      currentWorld = world;
    }
    current.push([b[0] - shift, b[1]]);
  };

  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    // Antimeridian copies (180 + 360k) strictly between a and b, in the direction of travel.
    const eastward = b[0] > a[0];
    const edges: number[] = [];
    for (let k = worldOf(Math.min(a[0], b[0])); 180 + 360 * k < Math.max(a[0], b[0]); k++) {
      const edge = 180 + 360 * k;
      if (edge > Math.min(a[0], b[0])) edges.push(edge);
    }
    if (!eastward) edges.reverse();
    let from = a;
    for (const edge of edges) {
      const cut: LonLat = [edge, greatCircleLatitudeAt(a, b, edge)];
      addPiece(from, cut);
      from = cut;
    }
    addPiece(from, b);
  }
  parts.push(current);
  return parts;
}
