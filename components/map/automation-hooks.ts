// Test hooks for a browser under automation (navigator.webdriver) only; loaded on demand, never for visitors.
//   window.__atlasProject: the map's own projection, [lon, lat][] -> [x, y][] in CSS px relative to the map, so a
//     test can find where a place is drawn (e.g. an arc's great-circle midpoint) without the hit test a click uses;
//   data-arc-arrows on the host: JSON ["IR>RU", "CN<>RU", ...], the direction arrows MapLibre has placed, at each idle;
//   data-country-points on the host: JSON { [iso2]: [x, y] }, a point on each linked country's shape where a
//     click opens that country (not on an arc or capital), recomputed whenever the map comes to rest, and only
//     with at most POINTS_UP_TO_ARCS arcs: each point is found by hit tests, whose cost grows with the arcs.
import type { Map as MaplibreMap } from "maplibre-gl";
import { arrowLabel } from "@/lib/map/arc-arrow";
import { LAYER, SOURCE } from "@/lib/map/style";
import { hitAt } from "./hit-test";

/** Past this many arcs no country points are published (at 400 arcs the hit tests held the page for seconds). */
const POINTS_UP_TO_ARCS = 100;

type AutomationWindow = Window & { __atlasProject?: (points: [number, number][]) => [number, number][] };

/**
 * Publishes the hooks for `map` on `host`; `current` reads the arcs drawn and the linked countries' ids at each
 * idle. Returns the function that withdraws them.
 */
export function installAutomationHooks(map: MaplibreMap, host: HTMLElement, current: () => { arcCount: number; countryIds: readonly string[] }): () => void {
  (window as AutomationWindow).__atlasProject = (points) =>
    points.map((lngLat) => {
      const p = map.project(lngLat);
      return [p.x, p.y];
    });
  const publish = () => {
    const { arcCount, countryIds } = current();
    // The direction arrows MapLibre placed (queryRenderedFeatures reads placed symbols), as arrowLabel writes them.
    const arrows = map.queryRenderedFeatures({ layers: [LAYER.arcArrow] }).map((f) => arrowLabel(String(f.properties.id), f.properties.direction));
    host.dataset.arcArrows = JSON.stringify([...new Set(arrows.filter(Boolean))].sort());
    if (arcCount > POINTS_UP_TO_ARCS) {
      delete host.dataset.countryPoints;
      return;
    }
    const countryPoints: Record<string, [number, number]> = {};
    const shapes = map.querySourceFeatures(SOURCE.basemap, { filter: ["in", ["get", "iso2"], ["literal", countryIds]] });
    for (const id of countryIds) {
      const shape = shapes.find((f) => f.properties.iso2 === id);
      if (!shape) continue;
      const center = map.project([Number(shape.properties.labelLon), Number(shape.properties.labelLat)]);
      const found = searchAround(center.x, center.y, (x, y) => {
        if (!insideCanvas(map, x, y)) return false;
        const hit = hitAt(map, [x, y]);
        return hit?.kind === "country" && hit.id === id;
      });
      if (found) countryPoints[id] = found;
    }
    host.dataset.countryPoints = JSON.stringify(countryPoints);
  };
  map.on("idle", publish);
  if (map.loaded()) publish();
  return () => {
    map.off("idle", publish);
    delete (window as AutomationWindow).__atlasProject;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function insideCanvas(map: MaplibreMap, x: number, y: number): boolean {
  const canvas = map.getCanvas();
  return x >= 4 && y >= 4 && x <= canvas.clientWidth - 4 && y <= canvas.clientHeight - 4;
}

/** The nearest point to (x, y), on a 3 px grid out to 60 px, for which `ok` holds with 4 px to spare. */
function searchAround(x: number, y: number, ok: (x: number, y: number) => boolean): [number, number] | null {
  const candidates: [number, number][] = [];
  for (let dx = -60; dx <= 60; dx += 3) for (let dy = -60; dy <= 60; dy += 3) candidates.push([dx, dy]);
  candidates.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
  for (const [dx, dy] of candidates) {
    if ([[0, 0], [4, 0], [-4, 0], [0, 4], [0, -4]].every(([mx, my]) => ok(x + dx + mx!, y + dy + my!))) {
      return [round(x + dx), round(y + dy)];
    }
  }
  return null;
}
