import { describe, it, expect } from "vitest";
import type { LinkSummary } from "@/lib/schemas/links";
import { distanceKm, greatCircleMidpoint, type LonLat } from "./arc";
import { arcFeatures, arcMidpoint, capitalFeatures, capitalLookup } from "./features";
import type { CountryDto } from "@/lib/schemas/countries";

const country = (id: string, name: string, capital: string, capitalLon: number, capitalLat: number): CountryDto => ({
  id, name, capital, capitalLon, capitalLat, iso3: "", numeric: null, flag: "", region: "", subregion: "", context: "",
});
const capitals = capitalLookup([
  country("IR", "Iran", "Tehran", 51.389, 35.6892),
  country("KP", "North Korea", "Pyongyang", 125.7543, 39.0339),
  country("US", "United States", "Washington", -77.0369, 38.9072),
]);
const link = (id: string, strength: number, extra: Partial<LinkSummary> = {}): LinkSummary => {
  const [a, b] = id.split("-") as [string, string];
  return {
    id, countries: [a, b], countryNames: [a, b], title: id, summary: "", eventCount: strength > 0 ? 1 : 0,
    firstEventOn: null, lastEventOn: null, lastEventPrecision: null, strength, cooperation: strength, tension: 0, tone: null,
    nature: strength > 0 ? "cooperation" : "none", evidence: { confirmed: 1, reported: 0, alleged: 0, denied: 0 },
    evidenceStrength: { confirmed: strength, reported: 0, alleged: 0, denied: 0 }, allegedShare: 0, flow: { aToB: 0, bToA: 0 }, direction: "undirected", ...extra,
  };
};

describe("arcFeatures", () => {
  it("makes one arc per link whose capitals are known, strongest last so it is drawn on top", () => {
    const fc = arcFeatures([link("IR-KP", 1.7), link("IR-US", 0), link("IR-XX", 3)], capitals);
    expect(fc.features.map((f) => f.properties.id)).toEqual(["IR-US", "IR-KP"]);
    expect(fc.features[1]!.properties).toMatchObject({ pattern: "solid", strength: 1.7 });
  });

  it("starts each arc at the first country's capital", () => {
    const [arc] = arcFeatures([link("IR-KP", 1)], capitals).features;
    expect(arc!.geometry.coordinates[0]).toEqual([51.389, 35.6892]);
  });

  // The compare view labels each arc at arcMidpoint. Tehran–Pyongyang is drawn in 23 segments (no middle
  // vertex), Pyongyang–Washington in 40 (one), across the 180th meridian.
  it.each([["IR-KP", 23], ["KP-US", 40]])("puts %s's midpoint halfway along its great circle, on the drawn line", (id, segments) => {
    const [arc] = arcFeatures([link(id, 1)], capitals).features;
    const coords = arc!.geometry.coordinates as LonLat[];
    expect(coords).toHaveLength(segments + 1);
    const [from, to] = [coords[0]!, coords.at(-1)!];
    const mid = arcMidpoint(coords);
    // Within 15 km of the great circle's own midpoint: under a pixel at the map's opening zoom.
    expect(distanceKm(mid, greatCircleMidpoint(from, to))).toBeLessThan(15);
    expect(distanceKm(from, mid) / distanceKm(from, to)).toBeCloseTo(0.5, 3);
    // On one of the drawn segments: collinear with its two ends and between them.
    const onSegment = coords.slice(1).some((b, i) => {
      const a = coords[i]!;
      const cross = (b[0] - a[0]) * (mid[1] - a[1]) - (b[1] - a[1]) * (mid[0] - a[0]);
      const along = (mid[0] - a[0]) * (b[0] - a[0]) + (mid[1] - a[1]) * (b[1] - a[1]);
      const squared = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2;
      return Math.abs(cross) < 1e-9 && along >= 0 && along <= squared;
    });
    expect(onSegment, `${JSON.stringify(mid)} lies on none of the arc's segments`).toBe(true);
  });
});

describe("capitalFeatures", () => {
  it("places a dot for each country that has a link, once", () => {
    const fc = capitalFeatures([link("IR-KP", 1), link("IR-US", 1)], capitals);
    expect(fc.features.map((f) => f.properties.capital)).toEqual(["Tehran", "Pyongyang", "Washington"]);
  });
});
