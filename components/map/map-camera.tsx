// The camera after the map opens: re-fit the arcs when the rail or a panel covers a different part of the
// map, and switch between the flat map and the globe.
import type { LngLatBoundsLike, PaddingOptions } from "maplibre-gl";
import { useEffect, useRef } from "react";
import { useMap } from "./map-context";

interface MapCameraProps {
  bounds: LngLatBoundsLike | null;
  padding: PaddingOptions;
  projection: "mercator" | "globe";
}

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

export function MapCamera({ bounds, padding, projection }: MapCameraProps) {
  const handle = useMap();
  const paddingKey = JSON.stringify(padding);
  // The map opened with this padding (components/map/use-maplibre-map.ts): only later changes move it.
  const applied = useRef(paddingKey);
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;

  useEffect(() => {
    if (!handle || applied.current === paddingKey) return;
    applied.current = paddingKey;
    const next = JSON.parse(paddingKey) as PaddingOptions;
    const duration = prefersReducedMotion() ? 0 : 300;
    if (boundsRef.current) handle.map.fitBounds(boundsRef.current, { padding: next, duration });
    else handle.map.easeTo({ padding: next, duration });
  }, [handle, paddingKey]);

  useEffect(() => {
    if (!handle) return;
    handle.map.setProjection({ type: projection });
    handle.host.dataset.projection = projection;
  }, [handle, projection]);

  return null;
}
