// Which capitals are named on the map and on which side of their dot, decided once for both drawings (the
// server's first view and MapLibre's markers), so the labels do not move when MapLibre takes over.
import type { FeatureCollection, LineString, Point } from "geojson";
import type { LinkSummary } from "@/lib/schemas/links";
import type { LonLat } from "./arc";
import type { ArcProperties, CapitalProperties } from "./features";
import { labelAnchor, type LabelAnchor } from "./label-anchor";
import { labelledCapitals } from "./labelled-capitals";

export interface CapitalLabelPlacement {
  /** The country's alpha-2 id. */
  id: string;
  /** The capital's name, the label's text. */
  capital: string;
  /** The capital, degrees [lon, lat]. */
  at: LonLat;
  /** The side of the dot the label takes (a MapLibre marker anchor: "left" puts the label east of the dot). */
  anchor: LabelAnchor;
}

const same = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];

/**
 * The labels to draw: the capitals labelledCapitals names among those with a dot, each on the side away from
 * the arcs leaving it (labelAnchor, judged from the fifth point along each arc).
 */
export function capitalLabelPlacements(
  links: readonly LinkSummary[],
  arcs: FeatureCollection<LineString, ArcProperties>,
  capitals: FeatureCollection<Point, CapitalProperties>,
): CapitalLabelPlacement[] {
  const named = labelledCapitals(links);
  return capitals.features
    .filter((feature) => named.has(feature.properties.id))
    .map((feature) => {
      const at = feature.geometry.coordinates as LonLat;
      const towards = arcs.features
        .map((arc) => arc.geometry.coordinates as LonLat[])
        .filter((c) => same(c[0]!, at) || same(c[c.length - 1]!, at))
        .map((c) => (same(c[0]!, at) ? c[Math.min(4, c.length - 1)]! : c[Math.max(0, c.length - 5)]!));
      return { id: feature.properties.id, capital: feature.properties.capital, at, anchor: labelAnchor(at, towards) };
    });
}
