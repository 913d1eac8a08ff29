// Web Mercator (EPSG:3857) in MapLibre's own units: the whole world as a square of WORLD_SIZE pixels at zoom 0,
// x growing east from the antimeridian, y growing south from the top edge. The server's drawings (the first
// view, /map.svg, previews) use these units so that, scaled by 2^zoom, they sit exactly where MapLibre draws.
import type { LonLat } from "./arc";

/** MapLibre's tile size: the world is 512 px wide at zoom 0 (maplibre-gl's TransformHelper, tileSize 512). */
export const WORLD_SIZE = 512;

/** Web Mercator's latitude limit in degrees: the top and bottom edges of the square world (atan(sinh(π))). */
export const MAX_MERCATOR_LATITUDE = 85.051129;

/**
 * A point in degrees [lon, lat] as world pixels [x, y] at zoom 0. Longitudes are not wrapped: 190° lies past
 * the right edge, on the next world copy, as MapLibre draws an arc with continuous longitudes. Latitudes are
 * clamped to ±MAX_MERCATOR_LATITUDE. Formula: the spherical Mercator of EPSG:3857, scaled to WORLD_SIZE.
 */
export function toWorldPixels([lon, lat]: LonLat | readonly [number, number]): [number, number] {
  const clamped = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, lat));
  const x = ((lon + 180) / 360) * WORLD_SIZE;
  const sin = Math.sin((clamped * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_SIZE;
  return [x, y];
}

/** A box in world pixels: [minX, minY, width, height] (an SVG viewBox's order). */
export type WorldBox = [x: number, y: number, width: number, height: number];

/**
 * The box around lon/lat bounds [west, south, east, north] (degrees, continuous longitudes) in world pixels:
 * what MapLibre's fitBounds fits into the padded viewport (it projects the bounds' corners the same way).
 */
export function worldBoxOf([west, south, east, north]: readonly [number, number, number, number]): WorldBox {
  const [x0, y0] = toWorldPixels([west, north]);
  const [x1, y1] = toWorldPixels([east, south]);
  return [x0, y0, x1 - x0, y1 - y0];
}

/** A number for an SVG attribute: at most `decimals` places, no trailing zeros, never "-0". */
export function svgNumber(n: number, decimals = 2): string {
  const rounded = Math.round(n * 10 ** decimals) / 10 ** decimals;
  return String(rounded === 0 ? 0 : rounded);
}

/** An SVG path's `d` for a polyline of [lon, lat] points, in world pixels (2 decimals: under 1 km). */
export function worldPathOf(points: readonly LonLat[]): string {
  return points
    .map((p, i) => {
      const [x, y] = toWorldPixels(p);
      return `${i === 0 ? "M" : "L"}${svgNumber(x)} ${svgNumber(y)}`;
    })
    .join("");
}
