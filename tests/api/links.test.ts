import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GetLinkResponse, LinkSummary, ListLinksResponse } from "@/lib/schemas/links";
import type { ErrorResponse } from "@/lib/schemas/errors";
import { get, params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let listRoute: typeof import("@/app/api/links/route");
let linkRoute: typeof import("@/app/api/links/[id]/route");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  listRoute = await import("@/app/api/links/route");
  linkRoute = await import("@/app/api/links/[id]/route");
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

async function listLinks(query = ""): Promise<Map<string, LinkSummary>> {
  const response = await listRoute.GET(get(`/api/links${query}`));
  expect(response.status).toBe(200);
  const body = (await response.json()) as ListLinksResponse;
  return new Map(body.links.map((l) => [l.id, l]));
}

describe("GET /api/links", () => {
  it("lists the six four-capital links with the article's events", async () => {
    const links = await listLinks();
    expect([...links.keys()].sort()).toEqual(["CN-IR", "CN-KP", "CN-RU", "IR-KP", "IR-RU", "KP-RU"]);
    expect(links.get("IR-KP")).toMatchObject({
      countries: ["IR", "KP"],
      countryNames: ["Iran", "North Korea"],
      eventCount: 2,
      firstEventOn: "2019-01-01",
      lastEventOn: "2024-04-01",
      lastEventPrecision: "month",
    });
    expect(links.get("KP-RU")?.eventCount).toBe(4);
    expect(links.get("CN-KP")?.eventCount).toBe(1);
    expect(links.get("IR-RU")?.eventCount).toBe(2);
    expect(links.get("CN-RU")).toMatchObject({ eventCount: 0, strength: 0, nature: "none", lastEventOn: null });
  });

  it("weights events by kind, evidence and age, and says how much rests on allegations", async () => {
    // Without decay: summit 2.5 + statement 0.5 (confirmed) + arms transfer 3 × 0.4 + military cooperation 3 × 0.4.
    const flat = (await listLinks("?asOf=2024-12-31&halfLife=0")).get("KP-RU")!;
    expect(flat.evidence).toEqual({ confirmed: 2, reported: 0, alleged: 2, denied: 0 });
    expect(flat.strength).toBe(5.4);
    expect(flat.evidenceStrength).toEqual({ confirmed: 3, reported: 0, alleged: 2.4, denied: 0 });
    expect(flat.allegedShare).toBeCloseTo(0.44, 2);
    expect(flat.nature).toBe("cooperation");
    // With the default 24-month half-life, the 2023 events (ending December 2023) are 12 months old in
    // December 2024 and count 0.5^(12/24) ≈ 0.71: (2.5 + 1.2) × 0.71 + 0.5 + 1.2 ≈ 4.32.
    const decayed = (await listLinks("?asOf=2024-12-31")).get("KP-RU")!;
    expect(decayed.strength).toBeCloseTo(4.32, 2);
    expect(decayed.allegedShare).toBeCloseTo(0.47, 2);
  });

  it("keeps cooperation and tension apart", async () => {
    const kpRu = (await listLinks("?asOf=2024-12-31&halfLife=0")).get("KP-RU")!;
    expect(kpRu).toMatchObject({ cooperation: 5.4, tension: 0 });
  });

  it("filters by minimum evidence and by the countries a link touches", async () => {
    expect((await listLinks("?minEvidence=confirmed")).get("KP-RU")?.eventCount).toBe(2);
    expect((await listLinks("?minEvidence=alleged")).get("KP-RU")?.eventCount).toBe(4);
    expect([...(await listLinks("?countries=CN")).keys()].sort()).toEqual(["CN-IR", "CN-KP", "CN-RU"]);
  });

  it("filters by date range, counting an event dated to a month if the range touches that month", async () => {
    expect((await listLinks("?from=2024-01-01")).get("IR-KP")?.eventCount).toBe(1);
    expect((await listLinks("?to=2023-12-31")).get("IR-KP")?.eventCount).toBe(1);
    expect((await listLinks("?from=2024-04-30&to=2024-04-30")).get("IR-KP")?.eventCount).toBe(1);
    expect((await listLinks("?from=2020-01-01&to=2022-12-31")).get("IR-KP")?.eventCount).toBe(0);
  });

  it("filters by category and evidence", async () => {
    expect((await listLinks("?evidence=alleged")).get("KP-RU")?.eventCount).toBe(2);
    expect((await listLinks("?category=arms_transfer,summit")).get("KP-RU")?.eventCount).toBe(2);
  });

  it("separates curated events from machine-coded ones", async () => {
    expect((await listLinks("?origin=curated")).get("KP-RU")?.eventCount).toBe(4);
    expect((await listLinks("?origin=machine")).get("KP-RU")?.eventCount).toBe(0);
  });

  it.each([
    ["?origin=robot", "origin"],
    ["?minEvidence=sure", "minEvidence"],
    ["?countries=KP,Russia", "countries"],
    ["?halfLife=-1", "halfLife"],
    ["?asOf=soon", "asOf"],
    ["?from=yesterday", "from"],
    ["?to=2024-02-30", "to"],
    ["?from=2024-05-01&to=2024-01-01", "from"],
    ["?category=gossip", "category"],
    ["?evidence=certain", "evidence"],
  ])("answers 400 naming the field for %s", async (query, field) => {
    const response = await listRoute.GET(get(`/api/links${query}`));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues?.some((issue) => issue.path[0] === field)).toBe(true);
  });

  it("refuses an unknown parameter by name rather than ignoring it", async () => {
    const response = await listRoute.GET(get("/api/links?form=2024-01-01"));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("form");
  });
});

describe("GET /api/links/{id}", () => {
  it("returns the link's events newest first with participants and the article as source", async () => {
    const response = await linkRoute.GET(get("/api/links/IR-KP"), params({ id: "IR-KP" }));
    expect(response.status).toBe(200);
    const { link } = (await response.json()) as GetLinkResponse;
    expect(link.events.map((e) => [e.date, e.precision])).toEqual([["2024-04-01", "month"], ["2019-01-01", "year"]]);
    const delegation = link.events[0]!;
    expect(delegation.title).toContain("Yun Jong Ho");
    expect(delegation.participants.map((p) => p.id)).toEqual(["IR", "KP"]);
    expect(delegation.sources).toHaveLength(1);
    expect(delegation.sources[0]!.url).toBeNull();
  });

  it("keeps alleged events marked alleged", async () => {
    const response = await linkRoute.GET(get("/api/links/KP-RU"), params({ id: "KP-RU" }));
    const { link } = (await response.json()) as GetLinkResponse;
    const transfers = link.events.find((e) => e.category === "arms_transfer")!;
    expect(transfers.evidence).toBe("alleged");
  });

  it("redirects a reversed id to the canonical one with a relative Location, on whatever host was asked", async () => {
    const request = get("/api/links/KP-IR?from=2019-01-01");
    const response = await linkRoute.GET(request, params({ id: "KP-IR" }));
    expect(response.status).toBe(308);
    // Relative, so it stays on whatever host the client used (RFC 9110 §10.2.2).
    expect(response.headers.get("location")).toBe("IR-KP?from=2019-01-01");
    expect(new URL(response.headers.get("location")!, "https://atlas.example.org/api/links/kp-ir?from=2019-01-01").href).toBe(
      "https://atlas.example.org/api/links/IR-KP?from=2019-01-01",
    );
  });

  it.each(["XX-YY", "CN-US"])("answers 404 in the error shape for %s, a well-formed id of no link", async (id) => {
    const response = await linkRoute.GET(get(`/api/links/${id}`), params({ id }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorResponse).error.code).toBe("not_found");
  });

  it.each(["nonsense", "KP-KP", "KPN-IR"])("answers 400 naming the id for %s, which is no link id", async (id) => {
    const response = await linkRoute.GET(get(`/api/links/${id}`), params({ id }));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorResponse;
    expect(error.issues).toEqual([{ path: ["id"], message: 'must be a link id: two different country codes joined by "-", e.g. IR-KP' }]);
  });

  it("applies the same filters to the link's events", async () => {
    const response = await linkRoute.GET(get("/api/links/IR-KP?to=2020-01-01"), params({ id: "IR-KP" }));
    const { link } = (await response.json()) as GetLinkResponse;
    expect(link.events.map((e) => e.date)).toEqual(["2019-01-01"]);
  });

  it("answers 400 for a bad filter on a link", async () => {
    const response = await linkRoute.GET(get("/api/links/IR-KP?from=tomorrow"), params({ id: "IR-KP" }));
    expect(response.status).toBe(400);
  });
});
