// The basemap's land and borders as SVG elements in world pixels (lib/map/land-svg), for the server's map images.
// Read from public/basemap/countries-110m.geojson once per process and kept: about 300 KB of path data that
// never changes while the process runs, coloured once per theme.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { landPaths, landSvgElements, type LandPaths } from "@/lib/map/land-svg";
import { MAP_PALETTES, type MapTheme } from "@/lib/map/style";

let paths: LandPaths | undefined;
const elements = new Map<MapTheme, string>();

/**
 * The land as SVG elements (landSvgElements) in world pixels, in `theme`'s land and border colours (dark by
 * default). Reads the basemap from `public/basemap` under the working directory (the project root, as npm start,
 * scripts/serve.ts and the tests run) on first call. Throws when the file is missing or is not GeoJSON, which is a
 * broken install.
 */
export function readLandSvg(theme: MapTheme = "dark"): string {
  paths ??= landPaths(JSON.parse(readFileSync(path.join(process.cwd(), "public", "basemap", "countries-110m.geojson"), "utf8")) as FeatureCollection);
  let svg = elements.get(theme);
  if (svg === undefined) elements.set(theme, (svg = landSvgElements(paths, MAP_PALETTES[theme])));
  return svg;
}
