// The open panel's arc or country, marked with feature-state (the layers brighten it).
import { useEffect } from "react";
import { SOURCE } from "@/lib/map/style";
import type { Selection } from "@/components/use-selection";
import { useMap } from "./map-context";

export function MapSelection({ selection }: { selection: Selection }) {
  const handle = useMap();
  const kind = selection?.kind;
  const id = selection?.id;
  useEffect(() => {
    if (!handle || !kind || !id) return;
    const targets = kind === "link" ? [{ source: SOURCE.arcs, id }] : [{ source: SOURCE.basemap, id }, { source: SOURCE.capitals, id }];
    for (const target of targets) handle.map.setFeatureState(target, { selected: true });
    return () => {
      try {
        for (const target of targets) handle.map.setFeatureState(target, { selected: false });
      } catch {
        // The map is being removed with its style: nothing left to unmark.
      }
    };
  }, [handle, kind, id]);
  return null;
}
