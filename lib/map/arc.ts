// Great-circle arcs between capitals, as GeoJSON-ready coordinate lists that a planar map can draw.
import { geoDistance, geoInterpolate } from "d3-geo";

export type LonLat = [lon: number, lat: number];

/** Default number of segments per arc: smooth at world zoom, light enough for a handful of links. */
export const ARC_SEGMENTS = 64;

/**
 * Makes a line's longitudes continuous: every step between neighbours is kept within ±180°, so a line
 * that crosses the 180th meridian runs on past 180 (or below -180) instead of jumping back across the
 * whole map. MapLibre draws such coordinates on the neighbouring world copy, so the line stays unbroken.
 */
export function unwrapLongitudes(points: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  let previous: number | undefined;
  for (const [lon, lat] of points) {
    let next = lon;
    if (previous !== undefined) {
      while (next - previous > 180) next -= 360;
      while (next - previous < -180) next += 360;
    }
    out.push([next, lat]);
    previous = next;
  }
  return out;
}

/**
 * The shorter great-circle arc from `from` to `to`, sampled into `segments` pieces (segments + 1 points),
 * with continuous longitudes (see unwrapLongitudes).
 */
export function greatCircleArc(from: LonLat, to: LonLat, segments = ARC_SEGMENTS): LonLat[] {
  const interpolate = geoInterpolate(from, to);
  const points: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const [lon, lat] = interpolate(i / segments);
    points.push([lon, lat]);
  }
  // geoInterpolate returns the exact endpoints' latitudes but may normalise longitudes; pin them.
  points[0] = [from[0], from[1]];
  points[segments] = [to[0], to[1]];
  return unwrapLongitudes(points);
}

/** The point halfway along the great circle (where a click on the arc is least ambiguous). */
export function greatCircleMidpoint(from: LonLat, to: LonLat): LonLat {
  const [lon, lat] = geoInterpolate(from, to)(0.5);
  return [lon, lat];
}

/** Shortest and longest sampling; a degree or so of arc per segment is smooth at any zoom the atlas offers. */
const MIN_SEGMENTS = 8;
const DEGREES_PER_SEGMENT = 2.5;

/**
 * Segments for the arc from `from` to `to`: as many as its length needs, up to ARC_SEGMENTS. Pyongyang to
 * Seoul needs 8, Tehran to Moscow 14; the map, its worker and the hit index then carry a third of the
 * vertices a fixed 64 would give, which at thousands of arcs is most of a timeline step's cost.
 */
export function segmentsFor(from: LonLat, to: LonLat): number {
  const degrees = (geoDistance(from, to) * 180) / Math.PI;
  return Math.min(ARC_SEGMENTS, Math.max(MIN_SEGMENTS, Math.ceil(degrees / DEGREES_PER_SEGMENT)));
}

/** Great-circle distance in kilometres (mean Earth radius). */
export function distanceKm(from: LonLat, to: LonLat): number {
  return geoDistance(from, to) * 6371.0088;
}

/** Wraps a longitude into [-180, 180). */
export function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
