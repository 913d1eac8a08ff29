// The baseline for bench:web's first view: a bare page with nothing but MapLibre, the same basemap, viewport,
// camera and arcs as the dashboard, served from node_modules by a plain HTTP server. The dashboard's time to
// visible arcs is printed as a ratio to this page's, measured in the same run (the machines are shared and noisy).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { arcFeatures, boundsOf, capitalLookup } from "../../lib/map/features";
import type { LonLat } from "../../lib/map/arc";
import { builtInStyle } from "../../lib/map/style";
import type { CountryDto } from "../../lib/schemas/countries";
import type { LinkSummary } from "../../lib/schemas/links";
import { projectRoot } from "../db/migrations";

const TYPES: Record<string, string> = { ".mjs": "text/javascript", ".css": "text/css", ".geojson": "application/json", ".html": "text/html" };

/** The dashboard's fitBounds padding on a wide screen with no panel open (components/map/map-stage.tsx). */
const PADDING = { left: 340 + 16 + 72, right: 80, top: 64 + 32, bottom: 250 + 32 };

/**
 * Starts the bare page for the links and countries `appBase` serves; returns its URL and a close function.
 * The page sets data-arc-count on its map element once MapLibre is idle with the arcs drawn, as the dashboard does.
 */
export async function startBareMaplibrePage(appBase: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { links } = (await (await fetch(`${appBase}/api/links`)).json()) as { links: LinkSummary[] };
  const { countries } = (await (await fetch(`${appBase}/api/countries`)).json()) as { countries: CountryDto[] };
  const arcs = arcFeatures(links, capitalLookup(countries));
  const bounds = boundsOf(arcs.features.flatMap((f) => f.geometry.coordinates as LonLat[]));
  const style = builtInStyle("/basemap.geojson");
  const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/dist/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%;background:#0a1420}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from "/dist/maplibre-gl.mjs";
maplibregl.setWorkerUrl("/dist/maplibre-gl-worker.mjs");
const element = document.getElementById("map");
const map = new maplibregl.Map({ container: element, style: ${JSON.stringify(style)}, center: [85, 42], zoom: 2, fadeDuration: 0 });
const b = ${JSON.stringify(bounds)};
if (b) map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: ${JSON.stringify(PADDING)}, animate: false });
map.on("load", () => {
  map.getSource("arcs").setData(${JSON.stringify(arcs)});
  map.once("idle", () => element.setAttribute("data-arc-count", "${arcs.features.length}"));
});
</script></body></html>`;
  const dist = path.join(projectRoot, "node_modules", "maplibre-gl", "dist");
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file =
      url.pathname === "/basemap.geojson" ? path.join(projectRoot, "public", "basemap", "countries-110m.geojson")
      : url.pathname.startsWith("/dist/") ? path.join(dist, path.basename(url.pathname))
      : null;
    if (url.pathname === "/") {
      response.writeHead(200, { "content-type": "text/html" }).end(html);
    } else if (file && fs.existsSync(file)) {
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      fs.createReadStream(file).pipe(response);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
