import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GetCountryResponse, ListCountriesResponse } from "@/lib/schemas/countries";
import type { ErrorResponse } from "@/lib/schemas/errors";
import { get, params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let listRoute: typeof import("@/app/api/countries/route");
let countryRoute: typeof import("@/app/api/countries/[iso2]/route");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  listRoute = await import("@/app/api/countries/route");
  countryRoute = await import("@/app/api/countries/[iso2]/route");
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

describe("GET /api/countries", () => {
  it("lists every UN member plus Taiwan, Kosovo, Palestine and Western Sahara with capitals", async () => {
    const { countries } = (await (await listRoute.GET(get("/api/countries"))).json()) as ListCountriesResponse;
    expect(countries).toHaveLength(197);
    const ids = new Set(countries.map((c) => c.id));
    for (const id of ["TW", "XK", "PS", "EH", "KP", "IR", "RU", "CN"]) expect(ids.has(id)).toBe(true);
    expect(countries.find((c) => c.id === "KP")).toMatchObject({ capital: "Pyongyang", iso3: "PRK", numeric: "408" });
  });
});

describe("GET /api/countries/{iso2}", () => {
  it("gives North Korea's profile, its links strongest first and its recent events", async () => {
    const response = await countryRoute.GET(get("/api/countries/kp"), params({ iso2: "kp" }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as GetCountryResponse;
    expect(body.country).toMatchObject({ id: "KP", name: "North Korea", capital: "Pyongyang", flag: "🇰🇵" });
    expect(body.links.map((l) => l.id)).toEqual(["KP-RU", "IR-KP", "CN-KP"]);
    // The Kim Yo Jong statement touches no curated link but is still part of North Korea's record.
    expect(body.recentEvents.some((e) => e.title.includes("Kim Yo Jong"))).toBe(true);
    expect(body.recentEvents[0]!.date >= body.recentEvents.at(-1)!.date).toBe(true);
  });

  it("answers 404 for an unknown code and 400 for something that is not a code", async () => {
    const missing = await countryRoute.GET(get("/api/countries/ZZ"), params({ iso2: "ZZ" }));
    expect(missing.status).toBe(404);
    const bad = await countryRoute.GET(get("/api/countries/123"), params({ iso2: "123" }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorResponse).error.issues?.[0]?.path).toEqual(["iso2"]);
  });
});
