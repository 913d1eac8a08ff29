// Links export formats: CSV (one row per link, the evidence mix in four columns), JSON (the API's
// LinkSummary), and GeoJSON (each link a great-circle LineString between the two capitals).
import type { Feature, FeatureCollection, LineString } from "geojson";
import { stringify } from "csv-stringify/sync";
import { greatCircleArc, type LonLat } from "@/lib/map/arc";
import { LINK_CSV_COLUMNS } from "@/lib/schemas/export";
import type { LinkSummary } from "@/lib/schemas/links";

function flatProperties(link: LinkSummary) {
  return {
    id: link.id,
    countryA: link.countries[0],
    countryB: link.countries[1],
    countryNameA: link.countryNames[0],
    countryNameB: link.countryNames[1],
    title: link.title,
    summary: link.summary,
    eventCount: link.eventCount,
    firstEventOn: link.firstEventOn,
    lastEventOn: link.lastEventOn,
    lastEventPrecision: link.lastEventPrecision,
    strength: link.strength,
    cooperation: link.cooperation,
    tension: link.tension,
    tone: link.tone,
    nature: link.nature,
    evidenceConfirmed: link.evidence.confirmed,
    evidenceReported: link.evidence.reported,
    evidenceAlleged: link.evidence.alleged,
    evidenceDenied: link.evidence.denied,
    allegedShare: link.allegedShare,
  };
}

export function linksCsv(links: readonly LinkSummary[]): string {
  const records = links.map((link) => {
    const p = flatProperties(link);
    return Object.fromEntries(LINK_CSV_COLUMNS.map((c) => [c, p[c] === null ? "" : String(p[c])]));
  });
  return stringify(records, { header: true, columns: [...LINK_CSV_COLUMNS], record_delimiter: "\r\n" });
}

export interface Capital {
  name: string;
  lon: number;
  lat: number;
}

/**
 * A FeatureCollection of LineStrings, each the shorter great-circle arc between the two capitals, its
 * longitudes unwrapped so an arc across the antimeridian runs past ±180 instead of jumping across the map.
 */
export function linksGeoJson(links: readonly LinkSummary[], capitals: ReadonlyMap<string, Capital>, segments = 64): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const link of links) {
    const a = capitals.get(link.countries[0]);
    const b = capitals.get(link.countries[1]);
    if (!a || !b) continue;
    const from: LonLat = [a.lon, a.lat];
    const to: LonLat = [b.lon, b.lat];
    features.push({
      type: "Feature",
      id: link.id,
      geometry: { type: "LineString", coordinates: greatCircleArc(from, to, segments) },
      properties: { ...flatProperties(link), capitalA: a.name, capitalB: b.name },
    });
  }
  return { type: "FeatureCollection", features };
}
