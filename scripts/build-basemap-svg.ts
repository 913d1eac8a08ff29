/**
 * Generates public/basemap/land.svg from public/basemap/countries-110m.geojson: the same land and borders in
 * Web Mercator world pixels (lib/map/land-svg.ts), the image the server-drawn first view puts under its arcs.
 *
 * Run from the repo root after scripts/build-basemap.ts (the output is committed):
 *   npx tsx scripts/build-basemap-svg.ts
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { landPaths, landSvgDocument } from "../lib/map/land-svg";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const basemap = JSON.parse(fs.readFileSync(path.join(repoRoot, "public", "basemap", "countries-110m.geojson"), "utf8")) as FeatureCollection;
const outFile = path.join(repoRoot, "public", "basemap", "land.svg");
fs.writeFileSync(outFile, landSvgDocument(landPaths(basemap)));
console.log(`wrote ${path.relative(repoRoot, outFile)}: ${(fs.statSync(outFile).size / 1024).toFixed(0)} KB`);
