// The basemap (public/basemap/countries-110m.geojson) as SVG path data in world pixels (lib/map/world-pixels):
// what the server draws under its arcs, in the same projection as MapLibre, so the two drawings line up.
import type { FeatureCollection, MultiLineString, MultiPolygon, Position } from "geojson";
import { COLORS, type MapPalette } from "./style";
import { toWorldPixels, WORLD_SIZE } from "./world-pixels";

/** Coordinates are written in hundredths of a world pixel: about 800 m at the equator, below a pixel at zoom 7. */
const SCALE = 100;

/** One ring or line as compact SVG path data: an absolute move, then relative steps in whole hundredths. */
function pathOf(points: readonly Position[], close: boolean): string {
  let d = "";
  let [px, py] = [0, 0];
  points.forEach((p, i) => {
    const [wx, wy] = toWorldPixels([p[0]!, p[1]!]);
    const [x, y] = [Math.round(wx * SCALE), Math.round(wy * SCALE)];
    if (i === 0) d += `M${x / SCALE} ${y / SCALE}`;
    else if (x !== px || y !== py) d += `l${(x - px) / SCALE} ${(y - py) / SCALE}`;
    [px, py] = [x, y];
  });
  return close ? `${d}z` : d;
}

export interface LandPaths {
  /** Every country's polygons (holes included: draw with fill-rule evenodd). */
  land: string;
  /** Land borders between countries (coastlines are the fill's edge). */
  borders: string;
}

/**
 * The basemap's countries and borders as SVG path data in world pixels. Takes the GeoJSON that
 * scripts/build-basemap.ts writes (features of kind "country" with MultiPolygons, one "border"
 * MultiLineString; longitudes already cut at ±180°).
 */
export function landPaths(basemap: FeatureCollection): LandPaths {
  let land = "";
  let borders = "";
  for (const feature of basemap.features) {
    const kind = feature.properties?.kind;
    if (kind === "country") {
      for (const polygon of (feature.geometry as MultiPolygon).coordinates) for (const ring of polygon) land += pathOf(ring, true);
    } else if (kind === "border") {
      for (const line of (feature.geometry as MultiLineString).coordinates) borders += pathOf(line, false);
    }
  }
  return { land, borders };
}

/** Border width in world pixels: about 0.5 CSS px at the first view's usual zoom (2 to 3). */
const BORDER_WIDTH = 0.08;

/**
 * The land and borders as SVG elements (a string), in world pixels, coloured as the map's land and borders
 * layers in `palette` (lib/map/style MAP_PALETTES; dark, COLORS, by default). Used inline by /map.svg and as the
 * image /basemap/land.svg.
 */
export function landSvgElements(paths: LandPaths, palette: MapPalette = COLORS): string {
  return (
    `<path d="${paths.land}" fill="${palette.land}" fill-rule="evenodd"/>` +
    `<path d="${paths.borders}" fill="none" stroke="${palette.border}" stroke-width="${BORDER_WIDTH}" stroke-linejoin="round"/>`
  );
}

/** A standalone SVG document of the whole world's land: WORLD_SIZE square, transparent sea. */
export function landSvgDocument(paths: LandPaths): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WORLD_SIZE} ${WORLD_SIZE}" width="${WORLD_SIZE}" height="${WORLD_SIZE}">${landSvgElements(paths)}</svg>\n`;
}
