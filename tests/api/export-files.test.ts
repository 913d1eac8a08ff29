// Exports: each format's shape and download headers, the filters (same as GET /api/links, plus link,
// country and origin), and 400s that name the bad field.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventsExportSchema, LinksExportSchema, LinksGeoJsonSchema, EVENT_CSV_COLUMNS } from "@/lib/schemas/export";
import type { ListLinksResponse } from "@/lib/schemas/links";
import { get } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let eventsCsv: typeof import("@/app/api/export/events.csv/route");
let eventsJson: typeof import("@/app/api/export/events.json/route");
let linksCsv: typeof import("@/app/api/export/links.csv/route");
let linksJson: typeof import("@/app/api/export/links.json/route");
let linksGeo: typeof import("@/app/api/export/links.geojson/route");
let linksApi: typeof import("@/app/api/links/route");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  eventsCsv = await import("@/app/api/export/events.csv/route");
  eventsJson = await import("@/app/api/export/events.json/route");
  linksCsv = await import("@/app/api/export/links.csv/route");
  linksJson = await import("@/app/api/export/links.json/route");
  linksGeo = await import("@/app/api/export/links.geojson/route");
  linksApi = await import("@/app/api/links/route");
  prisma = (await import("@/lib/db")).db();
  const { importGdeltFiles } = await import("@/lib/import/gdelt-import");
  await importGdeltFiles({ connectionString: database.url, files: [{ path: "tests/fixtures/gdelt/gdelt2-20191024143000.export.tsv" }], actorId: null });
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

const eventsOf = async (query = "") => {
  const response = await eventsJson.GET(get(`/api/export/events.json${query}`));
  expect(response.status).toBe(200);
  return EventsExportSchema.parse(await response.json());
};

describe("GET /api/export/events.json", () => {
  it("lists every live event, oldest first, as a download", async () => {
    const response = await eventsJson.GET(get("/api/export/events.json"));
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="axis-atlas-events-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = EventsExportSchema.parse(await response.json());
    expect(body.count).toBe(await prisma.event.count({ where: { retired: false } }));
    expect(body.events).toHaveLength(body.count);
    const dates = body.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(body.attribution).toMatch(/GDELT/);
  });

  it("filters by link, country, origin, dates, category and evidence", async () => {
    const irkp = await eventsOf("?link=KP-IR");
    expect(irkp.events.length).toBeGreaterThan(0);
    for (const e of irkp.events) expect(e.countries).toEqual(expect.arrayContaining(["IR", "KP"]));
    const kp = await eventsOf("?country=kp");
    expect(kp.events.every((e) => e.countries.includes("KP"))).toBe(true);
    expect(kp.events.length).toBeGreaterThanOrEqual(irkp.events.length);
    const machine = await eventsOf("?origin=machine");
    expect(machine.count).toBe(await prisma.event.count({ where: { origin: "machine" } }));
    expect(machine.events.every((e) => e.evidence === "reported" && e.externalId?.startsWith("gdelt:"))).toBe(true);
    const curated = await eventsOf("?origin=curated&from=2019-01-01&to=2023-12-31&category=diplomatic_visit,summit&evidence=confirmed,reported");
    for (const e of curated.events) {
      expect(e.origin).toBe("curated");
      expect(e.dateEnd >= "2019-01-01" && e.date <= "2023-12-31").toBe(true);
      expect(["diplomatic_visit", "summit"]).toContain(e.category);
      expect(["confirmed", "reported"]).toContain(e.evidence);
    }
  });

  it.each([
    ["?from=2024-13-01", "from"],
    ["?from=2024-02-01&to=2024-01-01", "from"],
    ["?category=parade", "category"],
    ["?evidence=rumour", "evidence"],
    ["?link=IR", "link"],
    ["?link=IR-IR", "link"],
    ["?country=KOR", "country"],
    ["?origin=robot", "origin"],
    ["?colour=red", ""],
  ])("answers 400 naming the field for %s", async (query, field) => {
    const response = await eventsCsv.GET(get(`/api/export/events.csv${query}`));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string[] }[] } };
    expect(body.error.code).toBe("invalid_request");
    if (field) expect(body.error.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("GET /api/export/events.csv", () => {
  it("writes a header and one row per event, countries joined by ';' and sources as JSON", async () => {
    const response = await eventsCsv.GET(get("/api/export/events.csv?link=IR-KP"));
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/filename="axis-atlas-events-IR-KP-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await response.text();
    expect(text.split("\r\n")[0]).toBe(EVENT_CSV_COLUMNS.join(","));
    const records = parse(text, { columns: true }) as Record<string, string>[];
    const json = await eventsOf("?link=IR-KP");
    expect(records).toHaveLength(json.count);
    expect(records[0]!.countries).toBe(json.events[0]!.countries.join(";"));
    expect(JSON.parse(records[0]!.sources!)).toEqual(json.events[0]!.sources);
  });

  it("writes just the header when nothing matches", async () => {
    const text = await (await eventsCsv.GET(get("/api/export/events.csv?from=1900-01-01&to=1900-01-02"))).text();
    expect(text).toBe(`${EVENT_CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("links exports", () => {
  it("JSON lists the same links with the same numbers as GET /api/links for the same filters", async () => {
    const query = "?from=2015-01-01&evidence=confirmed,reported,alleged";
    const api = (await (await linksApi.GET(get(`/api/links${query}`))).json()) as ListLinksResponse;
    const response = await linksJson.GET(get(`/api/export/links.json${query}`));
    expect(response.headers.get("content-disposition")).toMatch(/axis-atlas-links-2015-01-01_to_now-/);
    const body = LinksExportSchema.parse(await response.json());
    expect(body.links).toEqual(api.links);
  });

  it("CSV has one row per link, the evidence mix in four columns", async () => {
    const text = await (await linksCsv.GET(get("/api/export/links.csv?country=KP"))).text();
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.countryA === "KP" || r.countryB === "KP")).toBe(true);
    const irkp = records.find((r) => r.id === "IR-KP")!;
    expect(irkp).toMatchObject({ countryNameA: "Iran", countryNameB: "North Korea" });
    expect(Number(irkp.evidenceConfirmed) + Number(irkp.evidenceReported) + Number(irkp.evidenceAlleged) + Number(irkp.evidenceDenied)).toBe(
      Number(irkp.eventCount),
    );
  });

  it("GeoJSON draws a link that stays clear of the antimeridian as a LineString between the two capitals", async () => {
    const response = await linksGeo.GET(get("/api/export/links.geojson?link=IR-KP"));
    expect(response.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const body = LinksGeoJsonSchema.parse(await response.json());
    expect(body.features).toHaveLength(1);
    const [feature] = body.features;
    const [tehran, pyongyang] = await Promise.all(
      ["IR", "KP"].map((id) => prisma.country.findUniqueOrThrow({ where: { id }, select: { capitalLat: true, capitalLon: true } })),
    );
    expect(feature!.geometry.type).toBe("LineString");
    const coordinates = feature!.geometry.coordinates as [number, number][];
    expect(coordinates[0]).toEqual([tehran!.capitalLon, tehran!.capitalLat]);
    expect(coordinates.at(-1)).toEqual([pyongyang!.capitalLon, pyongyang!.capitalLat]);
    expect(feature!.properties).toMatchObject({ id: "IR-KP", capitalA: "Tehran", capitalB: "Pyongyang" });
  });

  it("counts only machine-coded events with origin=machine", async () => {
    const all = LinksExportSchema.parse(await (await linksJson.GET(get("/api/export/links.json?link=RU-SY"))).json());
    const machine = LinksExportSchema.parse(await (await linksJson.GET(get("/api/export/links.json?link=RU-SY&origin=machine"))).json());
    const curated = LinksExportSchema.parse(await (await linksJson.GET(get("/api/export/links.json?link=RU-SY&origin=curated"))).json());
    expect(machine.links[0]!.eventCount).toBeGreaterThan(0);
    expect(machine.links[0]!.eventCount + curated.links[0]!.eventCount).toBe(all.links[0]!.eventCount);
  });

  it("answers 400 naming the field", async () => {
    const response = await linksGeo.GET(get("/api/export/links.geojson?to=yesterday"));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { issues: { path: string[] }[] } }).error.issues[0]!.path).toEqual(["to"]);
  });
});
