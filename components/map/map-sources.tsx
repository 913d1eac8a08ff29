// The arcs and capitals in MapLibre's GeoJSON sources. A timeline step sends only what changed
// (lib/map/source-diff.ts); once the map has drawn them it reports how many arcs are on screen.
import type { GeoJSONSource } from "maplibre-gl";
import type { FeatureCollection, LineString, Point } from "geojson";
import { useEffect, useRef } from "react";
import type { ArcProperties, CapitalProperties } from "@/lib/map/features";
import { sourceUpdate } from "@/lib/map/source-diff";
import { SOURCE } from "@/lib/map/style";
import { useMap } from "./map-context";

interface MapSourcesProps {
  arcs: FeatureCollection<LineString, ArcProperties>;
  capitals: FeatureCollection<Point, CapitalProperties>;
  /** Called when the map has come to rest with these arcs drawn, with their number. */
  onDrawn: (arcCount: number) => void;
}

export function MapSources({ arcs, capitals, onDrawn }: MapSourcesProps) {
  const handle = useMap();
  const sentArcs = useRef<typeof arcs | null>(null);
  const sentCapitals = useRef<string | null>(null);
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    if (!handle) return;
    const { map } = handle;
    // In a task of its own, not in React's: effects of a click run inside the click's task, and at thousands
    // of arcs the diff and MapLibre's bookkeeping would make that one task too long for a smooth step.
    const timer = setTimeout(() => {
      const arcSource = map.getSource(SOURCE.arcs) as GeoJSONSource | undefined;
      const update = sourceUpdate(sentArcs.current, arcs);
      if (update.kind === "replace") void arcSource?.setData(arcs);
      else if (update.kind === "diff") void arcSource?.updateData(update.diff);
      else map.triggerRepaint(); // nothing to send, but the map still comes to rest and reports it (idle)
      sentArcs.current = arcs;
      const capitalsKey = capitals.features.map((f) => f.properties.id).join();
      if (capitalsKey !== sentCapitals.current) {
        (map.getSource(SOURCE.capitals) as GeoJSONSource | undefined)?.setData(capitals);
        sentCapitals.current = capitalsKey;
      }
      map.once("idle", () => onDrawnRef.current(arcs.features.length));
    }, 0);
    return () => clearTimeout(timer);
  }, [handle, arcs, capitals]);

  return null;
}
