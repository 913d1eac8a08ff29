// GET /api/export/links.geojson is RFC 7946 GeoJSON over every link of a dataset with long arcs and arcs across
// the antimeridian: one event among fourteen countries around the Pacific and beyond, added through the write
// API, which links every pair of them: Chile–China, New Zealand–United States, Fiji–Samoa and Spain–New Zealand
// (nearly antipodal) among them.
import { getIssues } from "@placemarkio/check-geojson";
import { geoDistance } from "d3-geo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LinksGeoJsonSchema } from "@/lib/schemas/export";
import { get } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";
import { validEvent } from "../support/fixtures";

const COUNTRIES = ["AR", "AU", "CL", "CN", "ES", "FJ", "IS", "JP", "KI", "NZ", "RU", "TO", "US", "WS"];

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let text: string;
let capitals: Map<string, [number, number]>;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  prisma = (await import("@/lib/db")).db();
  const events = await import("@/app/api/events/route");
  const { token } = await createUserWithToken("editor");
  const created = await events.POST(
    jsonRequest("POST", "/api/events", { ...validEvent, title: "A Pacific summit", category: "summit", countries: COUNTRIES }, { authorization: `Bearer ${token}` }),
  );
  expect(created.status).toBe(201);
  const geojson = await import("@/app/api/export/links.geojson/route");
  const response = await geojson.GET(get("/api/export/links.geojson"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/geo\+json/);
  text = await response.text();
  const rows = await prisma.country.findMany({ select: { id: true, capitalLon: true, capitalLat: true } });
  capitals = new Map(rows.map((c) => [c.id, [c.capitalLon, c.capitalLat]]));
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

type Position = [number, number];
const featuresOf = () => LinksGeoJsonSchema.parse(JSON.parse(text)).features;
/** The parts of a feature's line: one for a LineString, several for a MultiLineString. */
const partsOf = (feature: ReturnType<typeof featuresOf>[number]): Position[][] =>
  feature.geometry.type === "LineString" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
/** True when `point` lies on the great-circle arc from `a` to `b` (the two legs add up to the whole). */
const onArc = (a: Position, b: Position, point: Position) => Math.abs(geoDistance(a, point) + geoDistance(point, b) - geoDistance(a, b)) < 1e-6;

describe("GET /api/export/links.geojson (RFC 7946)", () => {
  it("is valid GeoJSON by a maintained RFC 7946 checker and by the documented schema, one feature per link", async () => {
    expect(getIssues(text)).toEqual([]);
    const features = featuresOf();
    expect(features).toHaveLength(await prisma.link.count());
    // The seed's six links and the 91 pairs of the fourteen, China–Russia being in both.
    expect(features.length).toBe(6 + (COUNTRIES.length * (COUNTRIES.length - 1)) / 2 - 1);
  });

  it("keeps every longitude within [-180, 180] and every latitude within [-90, 90] (§3.1.1, §4)", () => {
    for (const feature of featuresOf()) {
      for (const [lon, lat] of partsOf(feature).flat()) {
        expect(Math.abs(lon), feature.id).toBeLessThanOrEqual(180);
        expect(Math.abs(lat), feature.id).toBeLessThanOrEqual(90);
      }
    }
  });

  it("cuts every arc that crosses the antimeridian there, parts ending and starting on ±180 at one latitude (§3.1.9)", () => {
    const cut = new Set<string>();
    for (const feature of featuresOf()) {
      const parts = partsOf(feature);
      if (parts.length > 1) cut.add(String(feature.id));
      // No part crosses the antimeridian itself: neighbours are never more than 180° of longitude apart.
      for (const part of parts) for (let i = 1; i < part.length; i++) expect(Math.abs(part[i]![0] - part[i - 1]![0]), feature.id).toBeLessThan(180);
      for (let i = 1; i < parts.length; i++) {
        const end = parts[i - 1]!.at(-1)!;
        const start = parts[i]![0]!;
        expect(Math.abs(end[0]), feature.id).toBe(180);
        expect(start, feature.id).toEqual([-end[0], end[1]]);
      }
    }
    for (const id of ["CL-CN", "NZ-US", "FJ-WS", "FJ-TO", "JP-US", "AU-CL", "CN-US", "KI-WS"]) expect(cut, id).toContain(id);
    for (const id of ["ES-RU", "IS-JP", "AU-NZ", "FJ-NZ", "ES-NZ", "IR-KP"]) expect(cut, id).not.toContain(id);
  });

  it("starts and ends every line at the capitals' coordinates, and keeps every position on the great circle between them", () => {
    for (const feature of featuresOf()) {
      const a = capitals.get(feature.properties.countryA)!;
      const b = capitals.get(feature.properties.countryB)!;
      const positions = partsOf(feature).flat();
      expect(positions[0], feature.id).toEqual(a);
      expect(positions.at(-1), feature.id).toEqual(b);
      for (const position of positions) expect(onArc(a, b, position), `${feature.id} ${position}`).toBe(true);
    }
  });

  it("ends the Chile–China line at Beijing", () => {
    const chileChina = featuresOf().find((f) => f.id === "CL-CN")!;
    expect(chileChina.geometry.type).toBe("MultiLineString");
    expect(partsOf(chileChina).at(-1)!.at(-1)).toEqual([116.3972, 39.9075]);
    expect(chileChina.properties).toMatchObject({ capitalA: "Santiago", capitalB: "Beijing" });
  });
});
