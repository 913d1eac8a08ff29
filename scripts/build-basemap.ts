/**
 * Generates public/basemap/countries-110m.geojson: the map's land and borders, served from the app's own
 * origin so the default map needs no tile, style or glyph server.
 *
 * Run from the repo root (the output is committed; nothing here runs at build or request time):
 *   npx tsx scripts/build-basemap.ts
 *
 * Input: world-atlas countries-110m (Natural Earth 1:50m, public domain; ids are ISO 3166 numeric codes).
 * world-atlas stores spherical polygons, so Russia, Fiji and Antarctica cross the antimeridian and a
 * planar renderer such as MapLibre draws them as streaks across the whole map. We run every geometry
 * through d3-geo's antimeridian clipping (the same cut d3 uses when it draws a world map) with an
 * identity-like equirectangular projection, which splits those polygons at ±180° and closes polar
 * rings (Antarctica) along the edge of the map, then write plain longitude/latitude GeoJSON.
 *
 * Output features:
 *   - kind "country": one MultiPolygon per country, properties { iso2, name, labelLon, labelLat };
 *     iso2 is null for the handful of Natural Earth units with no ISO code (N. Cyprus, Somaliland, ...);
 *     the label point lies well inside the country's largest polygon (the app uses it to point at a
 *     country, e.g. the e2e test that clicks North Korea's shape).
 *   - kind "border": the land borders between countries as one MultiLineString (coastlines are left to
 *     the fill edge so the basemap stays quiet).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { geoEquirectangular, geoStream, type GeoStream } from "d3-geo";
import { feature, mesh } from "topojson-client";
import isoCountries from "i18n-iso-countries";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Position } from "geojson";
import { ringContains } from "../lib/map/ring-contains";

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outFile = path.join(repoRoot, "public", "basemap", "countries-110m.geojson");

/** About 1 km at the equator: plenty for a world map, and it keeps the file small. */
const DECIMALS = 2;
/** Natural Earth units whose ISO numeric code is missing in world-atlas but which the app knows. */
const ISO2_BY_NAME: Record<string, string> = { Kosovo: "XK" };

// 1:110m keeps the file at about 70 KB gzipped, so the basemap never delays the arcs; every country the
// API knows that is large enough to click at world zoom is in it.
const topology = require("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection<{ name: string }> }>;

// x = longitude, y = -latitude; precision 0 keeps Natural Earth's straight edges straight (no resampling).
const projection = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).precision(0);

const round = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;
const toLonLat = (x: number, y: number): Position => [round(x), round(-y) + 0];

/** Signed planar area (positive = counter-clockwise in lon/lat). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % n]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Removes consecutive duplicates created by rounding; null when the ring collapses. */
function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1]) out.pop();
  if (out.length < 3 || Math.abs(ringArea(out)) === 0) return null;
  out.push(out[0]!);
  return out;
}

/** Streams a spherical geometry through the clipped projection and collects planar polygons. */
function clipPolygons(geometry: Geometry): MultiPolygon {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  const sink: GeoStream = {
    point(x, y) { ring.push(toLonLat(x, y)); },
    lineStart() { ring = []; },
    lineEnd() { const r = cleanRing(ring); if (r) rings.push(r); },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));
  // With y flipped back to latitude, d3's outer rings come out clockwise and holes counter-clockwise.
  const outers = rings.filter((r) => ringArea(r) < 0).map((r) => [r]);
  const holes = rings.filter((r) => ringArea(r) > 0);
  for (const hole of holes) {
    const owner = outers.find((poly) => ringContains(poly[0]!, hole[0]!));
    if (owner) owner.push(hole);
    else outers.push([hole.slice().reverse()]); // a lone counter-clockwise ring is land, not a hole
  }
  // GeoJSON (RFC 7946) wants outer rings counter-clockwise.
  return { type: "MultiPolygon", coordinates: outers.map((poly) => poly.map((r) => r.slice().reverse())) };
}

/** Distance from a point to a segment, in degrees (longitude scaled by cos(latitude)). */
function segmentDistance([px, py]: Position, [ax, ay]: Position, [bx, by]: Position, k: number): number {
  const [x, y, x1, y1, x2, y2] = [px * k, py, ax * k, ay, bx * k, by];
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** A point deep inside the largest polygon (a coarse pole of inaccessibility): the best of a 48x48 grid. */
function labelPoint(geometry: MultiPolygon): Position {
  const largest = geometry.coordinates.reduce((a, b) => (Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a));
  const outer = largest[0]!;
  const xs = outer.map((p) => p[0]!);
  const ys = outer.map((p) => p[1]!);
  const [west, east, south, north] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Position = outer[0]!;
  let bestDistance = -1;
  const steps = 48;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: Position = [west + ((east - west) * i) / steps, south + ((north - south) * j) / steps];
      if (!ringContains(outer, p) || largest.slice(1).some((hole) => ringContains(hole, p))) continue;
      const k = Math.cos((p[1]! * Math.PI) / 180);
      let d = Infinity;
      for (const ring of largest) for (let n = 1; n < ring.length; n++) d = Math.min(d, segmentDistance(p, ring[n - 1]!, ring[n]!, k));
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return [round(best[0]!), round(best[1]!)];
}

function clipLines(geometry: Geometry): MultiLineString {
  const lines: Position[][] = [];
  let line: Position[] = [];
  const sink: GeoStream = {
    point(x, y) { line.push(toLonLat(x, y)); },
    lineStart() { line = []; },
    lineEnd() { if (line.length > 1) lines.push(line); },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));
  return { type: "MultiLineString", coordinates: lines };
}

const countries = feature(topology, topology.objects.countries);
const features: Feature[] = [];
for (const country of countries.features) {
  const name = country.properties?.name ?? "";
  const numeric = typeof country.id === "string" ? country.id : undefined;
  const iso2 = (numeric && isoCountries.numericToAlpha2(numeric)) || ISO2_BY_NAME[name] || null;
  const geometry = clipPolygons(country.geometry);
  if (geometry.coordinates.length === 0) continue;
  const [labelLon, labelLat] = labelPoint(geometry);
  features.push({ type: "Feature", properties: { kind: "country", iso2, name, labelLon, labelLat }, geometry });
}
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
features.push({ type: "Feature", properties: { kind: "border" }, geometry: clipLines(borders) });

const collection: FeatureCollection = { type: "FeatureCollection", features };
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(collection));
console.log(`wrote ${path.relative(repoRoot, outFile)}: ${features.length - 1} countries, ${(fs.statSync(outFile).size / 1024).toFixed(0)} KB`);
