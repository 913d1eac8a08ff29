// Words on the map as HTML markers (MapLibre draws no text here: the style has no glyphs): the capitals'
// names, placed where the first view placed them, and the compare view's words at each arc's middle.
import { Marker } from "maplibre-gl";
import type { FeatureCollection, LineString } from "geojson";
import { useEffect } from "react";
import type { LonLat } from "@/lib/map/arc";
import type { CapitalLabelPlacement } from "@/lib/map/capital-label-placements";
import { arcMidpoint, type ArcProperties } from "@/lib/map/features";
import { LABEL_OFFSET } from "@/lib/map/label-anchor";
import { useMap } from "./map-context";

export function CapitalMarkers({ labels }: { labels: readonly CapitalLabelPlacement[] }) {
  const handle = useMap();
  useEffect(() => {
    if (!handle) return;
    const markers = labels.map((label) => {
      const element = document.createElement("div");
      element.className = `capital-label capital-label--${label.anchor}`;
      element.setAttribute("aria-hidden", "true");
      element.textContent = label.capital;
      return new Marker({ element, anchor: label.anchor, offset: LABEL_OFFSET[label.anchor] }).setLngLat(label.at).addTo(handle.map);
    });
    return () => markers.forEach((m) => m.remove());
  }, [handle, labels]);
  return null;
}

interface ArcLabelMarkersProps {
  arcs: FeatureCollection<LineString, ArcProperties>;
  labels?: Readonly<Record<string, { text: string; className?: string }>>;
}

export function ArcLabelMarkers({ arcs, labels }: ArcLabelMarkersProps) {
  const handle = useMap();
  const key = JSON.stringify(labels ?? null);
  useEffect(() => {
    if (!handle) return;
    const current = JSON.parse(key) as ArcLabelMarkersProps["labels"] | null;
    if (!current) return;
    const markers = arcs.features.flatMap((feature) => {
      const label = current[feature.properties.id];
      if (!label) return [];
      const element = document.createElement("div");
      element.className = `arc-label ${label.className ?? ""}`;
      element.setAttribute("aria-hidden", "true");
      element.textContent = label.text;
      return [new Marker({ element, anchor: "center" }).setLngLat(arcMidpoint(feature.geometry.coordinates as LonLat[])).addTo(handle.map)];
    });
    return () => markers.forEach((m) => m.remove());
  }, [handle, arcs, key]);
  return null;
}
