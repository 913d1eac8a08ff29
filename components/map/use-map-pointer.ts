// Hover and click on the map: the hovered feature is brightened (feature-state), the tooltip follows the
// pointer, and a click opens the arc's link or the country's panel.
import { useEffect, useRef, useState } from "react";
import { SOURCE } from "@/lib/map/style";
import type { Selection } from "@/components/use-selection";
import { useMap } from "./map-context";
import { hitAt, type Hit } from "./hit-test";
import type { HoverTarget } from "./map-tooltip";

/** Returns what the pointer is over (null: nothing worth a tooltip). `isCountry` says which ids can be opened. */
export function useMapPointer(onSelect: (selection: Exclude<Selection, null>) => void, isCountry: (id: string) => boolean): HoverTarget | null {
  const handle = useMap();
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const latest = useRef({ onSelect, isCountry });
  latest.current = { onSelect, isCountry };

  useEffect(() => {
    if (!handle) return;
    const { map } = handle;
    let hovered: { source: string; id: string } | null = null;
    const mark = (hit: Hit | null) => {
      const next =
        hit?.kind === "link" ? { source: SOURCE.arcs, id: hit.id }
        : hit?.kind === "capital" ? { source: SOURCE.capitals, id: hit.id }
        : hit?.kind === "country" && hit.id ? { source: SOURCE.basemap, id: hit.id }
        : null;
      if (hovered && (hovered.id !== next?.id || hovered.source !== next?.source)) map.setFeatureState(hovered, { hover: false });
      if (next) map.setFeatureState(next, { hover: true });
      hovered = next;
    };
    const onMove = (event: { point: { x: number; y: number } }) => {
      const hit = hitAt(map, [event.point.x, event.point.y]);
      mark(hit);
      map.getCanvas().style.cursor = hit && (hit.kind !== "country" || latest.current.isCountry(hit.id)) ? "pointer" : "";
      setHover(!hit || (hit.kind === "country" && !hit.name) ? null : { ...hit, x: event.point.x, y: event.point.y });
    };
    const onLeave = () => {
      mark(null);
      setHover(null);
    };
    const onClick = (event: { point: { x: number; y: number } }) => {
      const hit = hitAt(map, [event.point.x, event.point.y]);
      if (hit?.kind === "link") latest.current.onSelect({ kind: "link", id: hit.id });
      else if (hit?.id && latest.current.isCountry(hit.id)) latest.current.onSelect({ kind: "country", id: hit.id });
    };
    map.on("mousemove", onMove);
    map.on("click", onClick);
    const canvas = map.getCanvas();
    canvas.addEventListener("mouseleave", onLeave);
    return () => {
      map.off("mousemove", onMove);
      map.off("click", onClick);
      canvas.removeEventListener("mouseleave", onLeave);
    };
  }, [handle]);

  return hover;
}
