// Links export formats: CSV (one row per link, the evidence mix in four columns), JSON (the API's
// LinkSummary), and GeoJSON (each link the great-circle arc between the two capitals, per RFC 7946).
import type { Feature, FeatureCollection, LineString, MultiLineString } from "geojson";
import { stringify } from "csv-stringify/sync";
import { splitAtAntimeridian } from "@/lib/map/antimeridian";
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
    flowAToB: link.flow.aToB,
    flowBToA: link.flow.bToA,
    direction: link.direction,
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
 * A GeoJSON FeatureCollection (RFC 7946) with one Feature per link whose two capitals are in `capitals` (keyed
 * by alpha-2 id; lon and lat in degrees): the shorter great-circle arc from the first country's capital to the
 * second's, sampled into `segments` pieces, with the link's numbers as properties. Every longitude lies within
 * [-180, 180] (§4): an arc that crosses the antimeridian is cut there into a MultiLineString whose parts end and
 * start on ±180 at the same latitude (§3.1.9); any other arc is a LineString. The first and last positions are
 * exactly the capitals' coordinates. Links with an unknown capital are left out.
 */
export function linksGeoJson(
  links: readonly LinkSummary[],
  capitals: ReadonlyMap<string, Capital>,
  segments = 64,
): FeatureCollection<LineString | MultiLineString> {
  const features: Feature<LineString | MultiLineString>[] = [];
  for (const link of links) {
    const a = capitals.get(link.countries[0]);
    const b = capitals.get(link.countries[1]);
    if (!a || !b) continue;
    const from: LonLat = [a.lon, a.lat];
    const to: LonLat = [b.lon, b.lat];
    const parts = splitAtAntimeridian(greatCircleArc(from, to, segments));
    // Moving an unwrapped longitude back by 360 can round (-243.6 + 360 = 116.39999999999998): pin the capitals.
    parts[0]![0] = from;
    parts.at(-1)![parts.at(-1)!.length - 1] = to;
    features.push({
      type: "Feature",
      id: link.id,
      geometry: parts.length === 1 ? { type: "LineString", coordinates: parts[0]! } : { type: "MultiLineString", coordinates: parts },
      properties: { ...flatProperties(link), capitalA: a.name, capitalB: b.name },
    });
  }
  return { type: "FeatureCollection", features };
}
