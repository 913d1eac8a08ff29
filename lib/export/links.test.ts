import { describe, expect, it } from "vitest";
import type { LinkSummary } from "@/lib/schemas/links";
import { linksCsv, linksGeoJson } from "./links";

const link = (id: string): LinkSummary => {
  const [a, b] = id.split("-") as [string, string];
  return {
    id, countries: [a, b], countryNames: [a, b], title: `${a}–${b}`, summary: "Says \"hello\", twice", eventCount: 2,
    firstEventOn: "2019-01-01", lastEventOn: "2024-04-01", lastEventPrecision: "month", strength: 1.5, tone: 2,
    cooperation: 1.5, tension: 0, nature: "cooperation", evidence: { confirmed: 1, reported: 1, alleged: 0, denied: 0 },
    evidenceStrength: { confirmed: 1, reported: 0.5, alleged: 0, denied: 0 }, allegedShare: 0, flow: { aToB: 0, bToA: 0 }, direction: "undirected",
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
    expect(feature!.geometry.type).toBe("LineString");
    expect(feature!.geometry.coordinates).toHaveLength(9);
    expect(feature!.geometry.coordinates[0]).toEqual([37.6, 55.75]);
    expect(feature!.geometry.coordinates[8]).toEqual([-77.04, 38.9]);
    expect(feature!.properties).toMatchObject({ id: "RU-US", capitalA: "Moscow", capitalB: "Washington", evidenceConfirmed: 1 });
  });

  it("cuts an arc across the antimeridian into a MultiLineString on ±180, keeping every longitude within ±180 (RFC 7946 §3.1.9)", () => {
    const { geometry } = linksGeoJson([link("FJ-WS")], capitals, 16).features[0]!;
    expect(geometry.type).toBe("MultiLineString");
    if (geometry.type !== "MultiLineString") return;
    const [west, east] = geometry.coordinates as [number[][], number[][]];
    expect(geometry.coordinates).toHaveLength(2);
    expect(west[0]).toEqual([178.44, -18.14]);
    expect(west.at(-1)![0]).toBe(180);
    expect(east[0]).toEqual([-180, west.at(-1)![1]]);
    expect(east.at(-1)).toEqual([-171.77, -13.83]);
    for (const [lon] of geometry.coordinates.flat()) expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
  });

  it("ends the Chile–China arc at Beijing, not 360 degrees west of it", () => {
    const chinaChile = new Map([
      ["CL", { name: "Santiago", lon: -70.6693, lat: -33.4489 }],
      ["CN", { name: "Beijing", lon: 116.3975, lat: 39.9042 }],
    ]);
    const { geometry } = linksGeoJson([link("CL-CN")], chinaChile).features[0]!;
    const positions = geometry.type === "MultiLineString" ? geometry.coordinates.flat() : geometry.coordinates;
    expect(geometry.type).toBe("MultiLineString");
    expect(positions[0]).toEqual([-70.6693, -33.4489]);
    expect(positions.at(-1)).toEqual([116.3975, 39.9042]);
    for (const [lon] of positions) expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
  });

  it("leaves out a link whose capital is unknown", () => {
    expect(linksGeoJson([link("RU-XX")], capitals).features).toHaveLength(0);
  });
});

describe("links CSV", () => {
  it("quotes text and writes one row per link under a header", () => {
    const lines = linksCsv([link("RU-US")]).trim().split("\r\n");
    expect(lines[0]).toBe(
      "id,countryA,countryB,countryNameA,countryNameB,title,summary,eventCount,firstEventOn,lastEventOn,lastEventPrecision,strength,cooperation,tension,tone,nature,evidenceConfirmed,evidenceReported,evidenceAlleged,evidenceDenied,allegedShare,flowAToB,flowBToA,direction",
    );
    expect(lines[1]).toBe('RU-US,RU,US,RU,US,RU–US,"Says ""hello"", twice",2,2019-01-01,2024-04-01,month,1.5,1.5,0,2,cooperation,1,1,0,0,0,0,0,undirected');
  });
});
