import { describe, expect, it } from "vitest";
import type { LinkSummary } from "@/lib/schemas/links";
import { linksCsv, linksGeoJson } from "./links";

const link = (id: string): LinkSummary => {
  const [a, b] = id.split("-") as [string, string];
  return {
    id, countries: [a, b], countryNames: [a, b], title: `${a}–${b}`, summary: "Says \"hello\", twice", eventCount: 2,
    firstEventOn: "2019-01-01", lastEventOn: "2024-04-01", lastEventPrecision: "month", strength: 1.5, tone: 2,
    cooperation: 1.5, tension: 0, nature: "cooperation", evidence: { confirmed: 1, reported: 1, alleged: 0, denied: 0 },
    evidenceStrength: { confirmed: 1, reported: 0.5, alleged: 0, denied: 0 }, allegedShare: 0,
  };
};

const capitals = new Map([
  ["RU", { name: "Moscow", lon: 37.6, lat: 55.75 }],
  ["US", { name: "Washington", lon: -77.04, lat: 38.9 }],
  ["FJ", { name: "Suva", lon: 178.44, lat: -18.14 }],
  ["WS", { name: "Apia", lon: -171.77, lat: -13.83 }],
]);

describe("links GeoJSON", () => {
  it("draws each link as a LineString from capital to capital with the link's properties", () => {
    const { features } = linksGeoJson([link("RU-US")], capitals, 8);
    expect(features).toHaveLength(1);
    const [feature] = features;
    expect(feature!.geometry.coordinates).toHaveLength(9);
    expect(feature!.geometry.coordinates[0]).toEqual([37.6, 55.75]);
    expect(feature!.geometry.coordinates[8]).toEqual([-77.04, 38.9]);
    expect(feature!.properties).toMatchObject({ id: "RU-US", capitalA: "Moscow", capitalB: "Washington", evidenceConfirmed: 1 });
  });

  it("unwraps longitudes across the antimeridian (no jump of ~360 degrees)", () => {
    const coordinates = linksGeoJson([link("FJ-WS")], capitals, 16).features[0]!.geometry.coordinates;
    for (let i = 1; i < coordinates.length; i++) expect(Math.abs(coordinates[i]![0]! - coordinates[i - 1]![0]!)).toBeLessThan(180);
    expect(coordinates.at(-1)![0]).toBeGreaterThan(180);
  });

  it("leaves out a link whose capital is unknown", () => {
    expect(linksGeoJson([link("RU-XX")], capitals).features).toHaveLength(0);
  });
});

describe("links CSV", () => {
  it("quotes text and writes one row per link under a header", () => {
    const lines = linksCsv([link("RU-US")]).trim().split("\r\n");
    expect(lines[0]).toBe(
      "id,countryA,countryB,countryNameA,countryNameB,title,summary,eventCount,firstEventOn,lastEventOn,lastEventPrecision,strength,cooperation,tension,tone,nature,evidenceConfirmed,evidenceReported,evidenceAlleged,evidenceDenied,allegedShare",
    );
    expect(lines[1]).toBe('RU-US,RU,US,RU,US,RU–US,"Says ""hello"", twice",2,2019-01-01,2024-04-01,month,1.5,1.5,0,2,cooperation,1,1,0,0,0');
  });
});
