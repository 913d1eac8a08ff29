// What a pointer over the map points at, by MapLibre's own hit test over the interactive layers.
import type { Map as MaplibreMap, PointLike } from "maplibre-gl";
import { INTERACTIVE_LAYERS, LAYER } from "@/lib/map/style";

export type Hit = { kind: "link"; id: string } | { kind: "country"; id: string; name: string } | { kind: "capital"; id: string };

/**
 * What a pointer at `point` (CSS px in the canvas) would open: an arc beats a capital, a capital beats a
 * country's shape; among arcs, the strongest (drawn on top by the layers' line-sort-key). null over the sea.
 */
export function hitAt(map: MaplibreMap, point: PointLike): Hit | null {
  const features = map.queryRenderedFeatures(point, { layers: [...INTERACTIVE_LAYERS] });
  const arc = features
    .filter((f) => f.layer.id === LAYER.arcHit)
    .reduce<(typeof features)[number] | undefined>((best, f) => (!best || Number(f.properties.strength) > Number(best.properties.strength) ? f : best), undefined);
  if (arc) return { kind: "link", id: String(arc.properties.id) };
  const capital = features.find((f) => f.layer.id === LAYER.capital);
  if (capital) return { kind: "capital", id: String(capital.properties.id) };
  const land = features.find((f) => f.layer.id === LAYER.land);
  if (land) return { kind: "country", id: land.properties.iso2 ? String(land.properties.iso2) : "", name: String(land.properties.name ?? "") };
  return null;
}
