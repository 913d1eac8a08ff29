// GeoJSON for the map's data sources, built from the API's links and countries. Pure: no map, no DOM.
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import { greatCircleArc, segmentsFor, type LonLat } from "./arc";
import type { ArcFocus } from "./arc-focus";
import { linkStyle, type LinkPattern, type LinkStyle } from "./link-style";
import { compareIds } from "@/lib/domain/link-id";

export interface ArcProperties {
  id: string;
  color: string;
  width: number;
  pattern: LinkPattern;
  strength: number;
  eventCount: number;
  /** Which way the link runs (lib/domain/direction.ts): the arrow layer's filter and rotation. */
  direction: LinkSummary["direction"];
  /** Whether the open panel is about this link (lib/map/arc-focus.ts): drawn on top, or dimmed behind. */
  focus: ArcFocus;
}

export interface CapitalProperties {
  /** The country's alpha-2 id. */
  id: string;
  name: string;
  capital: string;
}

export type CapitalLookup = ReadonlyMap<string, Pick<CountryDto, "id" | "name" | "capital" | "capitalLat" | "capitalLon">>;

export function capitalLookup(countries: readonly CountryDto[]): CapitalLookup {
  return new Map(countries.map((c) => [c.id, c]));
}

/**
 * Arcs already sampled, by their endpoints. A timeline step rebuilds every feature (its strength and style
 * change), but the geometry between two capitals never does: at 5,000 links resampling them all took most of
 * a step's main-thread time. Treat the arrays as read-only; they are shared.
 */
const arcCache = new Map<string, LonLat[]>();
/** Far above any real link count; past it the cache starts over rather than growing without end. */
const ARC_CACHE_LIMIT = 50_000;

/** A link's arc from its first country's capital to its second's; null when either capital is unknown. */
export function arcFor(link: LinkSummary, capitals: CapitalLookup): LonLat[] | null {
  const a = capitals.get(link.countries[0]);
  const b = capitals.get(link.countries[1]);
  if (!a || !b) return null;
  const key = `${a.capitalLon},${a.capitalLat},${b.capitalLon},${b.capitalLat}`;
  let arc = arcCache.get(key);
  if (!arc) {
    if (arcCache.size >= ARC_CACHE_LIMIT) arcCache.clear();
    const from: LonLat = [a.capitalLon, a.capitalLat];
    const to: LonLat = [b.capitalLon, b.capitalLat];
    arc = greatCircleArc(from, to, segmentsFor(from, to));
    arcCache.set(key, arc);
  }
  return arc;
}

/**
 * The point halfway along a drawn arc (as arcFor samples it: equal steps of the great circle, continuous
 * longitudes), in degrees [lon, lat]: the middle vertex when there is one, else the middle of the middle
 * segment. Either way it lies on the polyline the map draws, so a click or a label there is on the arc, and it
 * is the great circle's midpoint to within a few km (the chord's sag). Taking the vertex just past the middle
 * for an odd number of segments put it half a segment (about 135 km) along the arc.
 */
export function arcMidpoint(arc: readonly LonLat[]): LonLat {
  const half = arc.length / 2;
  if (arc.length % 2 === 1) return arc[Math.floor(half)]!;
  const [a, b] = [arc[half - 1]!, arc[half]!];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/**
 * One feature per link, weakest first, styled by `styleFor` and marked with `focusOf` (default: no panel open).
 * The map draws and hit-tests by strength itself (the layers' line-sort-key, hitAt's strongest arc), so this
 * order only keeps the collection the same for the same links. Links whose capitals are unknown are left out.
 */
export function arcFeatures(
  links: readonly LinkSummary[],
  capitals: CapitalLookup,
  styleFor: (link: LinkSummary) => LinkStyle = linkStyle,
  focusOf: (link: LinkSummary) => ArcFocus = () => "none",
): FeatureCollection<LineString, ArcProperties> {
  const features: Feature<LineString, ArcProperties>[] = [];
  const ordered = [...links].sort((a, b) => a.strength - b.strength || compareIds(a.id, b.id));
  for (const link of ordered) {
    const arc = arcFor(link, capitals);
    if (!arc) continue;
    const style = styleFor(link);
    features.push({
      type: "Feature",
      id: link.id,
      properties: { id: link.id, ...style, strength: link.strength, eventCount: link.eventCount, direction: link.direction, focus: focusOf(link) },
      geometry: { type: "LineString", coordinates: arc },
    });
  }
  return { type: "FeatureCollection", features };
}

/** The capitals of every country that takes part in at least one link. */
export function capitalFeatures(
  links: readonly LinkSummary[],
  capitals: CapitalLookup,
): FeatureCollection<Point, CapitalProperties> {
  const ids = [...new Set(links.flatMap((l) => l.countries))].sort();
  const features: Feature<Point, CapitalProperties>[] = [];
  for (const id of ids) {
    const c = capitals.get(id);
    if (!c) continue;
    features.push({
      type: "Feature",
      id,
      properties: { id, name: c.name, capital: c.capital },
      geometry: { type: "Point", coordinates: [c.capitalLon, c.capitalLat] },
    });
  }
  return { type: "FeatureCollection", features };
}

/** [west, south, east, north] around the given points, with continuous longitudes. */
export function boundsOf(points: readonly LonLat[]): [number, number, number, number] | null {
  if (points.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}
