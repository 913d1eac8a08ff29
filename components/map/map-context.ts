// The one MapLibre map, shared with the small components that each look after one concern of it (sources,
// markers, selection, camera). null until the map exists; `ready` once its style has loaded.
import type { Map as MaplibreMap } from "maplibre-gl";
import { createContext, useContext } from "react";

export interface MapHandle {
  map: MaplibreMap;
  /** The element that carries the map's test hooks (data-* attributes); see components/map/map-stage.tsx. */
  host: HTMLElement;
}

export const MapContext = createContext<MapHandle | null>(null);

/** The map, once its style has loaded; null before. */
export function useMap(): MapHandle | null {
  return useContext(MapContext);
}
