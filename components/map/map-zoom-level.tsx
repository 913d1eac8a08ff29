// Reports the map's whole zoom level when it changes (after each zoom, not during it), for the arc budget
// (lib/map/arc-budget.ts), which only changes at whole levels.
import { useEffect, useRef } from "react";
import { useMap } from "./map-context";

export function MapZoomLevel({ onLevel }: { onLevel: (level: number) => void }) {
  const handle = useMap();
  const onLevelRef = useRef(onLevel);
  onLevelRef.current = onLevel;
  useEffect(() => {
    if (!handle) return;
    const { map } = handle;
    const report = () => onLevelRef.current(Math.floor(map.getZoom()));
    report();
    map.on("zoomend", report);
    return () => {
      map.off("zoomend", report);
    };
  }, [handle]);
  return null;
}
