// Search, the timeline's data and period comparison, against the article's seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeCells } from "@/lib/domain/timeline-cells";
import type { CompareResponse, SearchEventsResponse, TimelineResponse } from "@/lib/schemas/analysis";
import type { LinkSummary, ListLinksResponse } from "@/lib/schemas/links";
import { get } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";

let database: TestDatabase;
let events: typeof import("@/app/api/events/route");

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  events = await import("@/app/api/events/route");
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

async function search(query: string): Promise<SearchEventsResponse> {
  const response = await events.GET(get(`/api/events${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as SearchEventsResponse;
}

describe("GET /api/events (search)", () => {
  it("finds the April 2024 delegation by its leader's name and says which link it belongs to", async () => {
    const { events: found } = await search("?q=Yun%20Jong%20Ho");
    expect(found[0]!.title).toContain("Yun Jong Ho");
    expect(found[0]!.links).toEqual(["IR-KP"]);
  });

  it("searches sources too, and an event edited later is found by its new words", async () => {
    expect((await search("?q=unattributed")).events).toHaveLength(10);
    const { token } = await createUserWithToken("editor");
    const created = await events.POST(jsonRequest("POST", "/api/events", {
      title: "Railway agreement signed", date: "2024-05-01", precision: "month", countries: ["KP", "RU"],
      category: "economic_cooperation", evidence: "reported", score: 6.4,
      sources: [{ publisher: "Tumen Gazette", title: "Bridge over the Tumen" }],
    }, { authorization: `Bearer ${token}` }));
    expect(created.status).toBe(201);
    expect((await search("?q=tumen")).events.map((e) => e.title)).toEqual(["Railway agreement signed"]);

    const { event } = (await created.json()) as { event: { id: string } };
    const { PATCH } = await import("@/app/api/events/[id]/route");
    const edited = await PATCH(
      jsonRequest("PATCH", `/api/events/${event.id}`, { version: 1, sources: [{ publisher: "Yalu Herald", title: "Rail link" }] }, { authorization: `Bearer ${token}` }),
      { params: Promise.resolve({ id: event.id }) },
    );
    expect(edited.status).toBe(200);
    expect((await search("?q=yalu")).events.map((e) => e.id)).toEqual([event.id]);
    expect((await search("?q=tumen")).events).toEqual([]);
  });

  it("pages through results with a cursor, and scopes them to a link", async () => {
    const first = await search("?limit=3");
    expect(first.events).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(`?limit=3&cursor=${first.nextCursor}`);
    expect(second.events.map((e) => e.id)).not.toContain(first.events[0]!.id);
    expect((await search("?link=KP-IR")).events.every((e) => e.links.includes("IR-KP"))).toBe(true);
  });

  it.each([["?limit=0", "limit"], ["?cursor=abc", "cursor"], ["?link=KP", "link"], ["?from=x", "from"]])(
    "answers 400 naming the field for %s",
    async (query, field) => {
      const response = await events.GET(get(`/api/events${query}`));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { issues: { path: string[] }[] } }).error.issues[0]!.path[0]).toBe(field);
    },
  );

  it("treats search syntax in q as words, never as an error", async () => {
    expect((await events.GET(get("/api/events?q=%22unbalanced%20-(%26*%3A"))).status).toBe(200);
  });
});

describe("GET /api/timeline", () => {
  const timeline = async (query = "") => {
    const { GET } = await import("@/app/api/timeline/route");
    return (await (await GET(get(`/api/timeline${query}`))).json()) as TimelineResponse;
  };
  const links = async (query: string) => {
    const { GET } = await import("@/app/api/links/route");
    return ((await (await GET(get(`/api/links${query}`))).json()) as ListLinksResponse).links;
  };
  const figures = (l: LinkSummary) => [l.id, l.eventCount, l.strength, l.cooperation, l.tension, l.tone, l.allegedShare, l.lastEventOn, l.lastEventPrecision, l.evidence];

  it("gives every link, its events added up per month, and the dates the timeline spans", async () => {
    const body = await timeline();
    expect(body.links.map((l) => l.id)).toContain("IR-KP");
    expect(body.range).toEqual({ first: "2019-01-01", last: "2024-12-31" });
    // The April 2024 delegation: one confirmed event in a cell of its own on IR-KP.
    const irkp = body.links.findIndex((l) => l.id === "IR-KP");
    const april = body.cells.month.findIndex((month, i) => i >= body.cells.start[irkp]! && month === 2024 * 12 + 3);
    expect([body.cells.events[april], body.cells.evidence[april], body.cells.span[april]]).toEqual([1, 0, 0]);
    expect(body.months.events.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ["all time", 0, 99_999, "2026-11-28", ""],
    ["2019 to 2023", 2019 * 12, 2023 * 12 + 11, "2023-12-31", "?from=2019-01-01&to=2023-12-31&asOf=2023-12-31"],
    ["2024", 2024 * 12, 2024 * 12 + 11, "2024-12-31", "?from=2024-01-01&to=2024-12-31"],
  ])("lets the browser compute, for %s, the numbers GET /api/links gives", async (_name, from, to, asOf, query) => {
    const body = await timeline();
    const computed = summarizeCells(body.links, body.cells, { from, to, asOf });
    const served = await links(query || `?asOf=${asOf}`);
    expect(computed.map(figures)).toEqual(served.map(figures));
    // A range that ends a day before the month does is counted from the events themselves, and agrees too.
    if (query) expect((await links(query.replace(/to=(\d{4})-12-31/, "to=$1-12-30"))).map(figures)).toEqual(served.map(figures));
  });
});

describe("GET /api/compare", () => {
  const compare = async (query: string) => {
    const { GET } = await import("@/app/api/compare/route");
    return GET(get(`/api/compare${query}`));
  };

  it("says which links appeared and which strengthened, with the events that made the difference", async () => {
    const response = await compare("?a=2019-01..2022-12&b=2023-01..2024-12&origin=curated");
    expect(response.status).toBe(200);
    const body = (await response.json()) as CompareResponse;
    const byId = new Map(body.links.map((l) => [l.id, l]));
    // The article has no North Korea-Russia event before 2023: the tie appears in period B.
    expect(byId.get("KP-RU")).toMatchObject({ change: "appeared", a: { eventCount: 0 } });
    expect(byId.get("KP-RU")!.eventsB[0]!.contribution.value).toBeGreaterThanOrEqual(byId.get("KP-RU")!.eventsB.at(-1)!.contribution.value);
    // North Korea-Iran: the 2019 delegation in A, the April 2024 delegation in B, fresher and confirmed.
    expect(byId.get("IR-KP")).toMatchObject({ change: "strengthened", a: { eventCount: 1 }, b: { eventCount: 1 } });
    expect(byId.has("CN-RU")).toBe(false);
    // Few links changed, so all of them are listed (at scale only the largest 200 are, and totalChanged says how many).
    expect(body.totalChanged).toBe(body.links.length);
  });

  it("says a tie weakened when its later period weighs less", async () => {
    const body = (await (await compare("?a=2023-01..2023-12&b=2024-01..2024-12&origin=curated")).json()) as CompareResponse;
    expect(body.links.find((l) => l.id === "KP-RU")?.change).toBe("weakened");
  });

  it.each([["?a=2019-01..2022-12", "b"], ["?a=2022..2023&b=2023-01..2024-12", "a"], ["?a=2024-05..2024-01&b=2023-01..2024-12", "a"]])(
    "answers 400 naming the period for %s",
    async (query, field) => {
      const response = await compare(query);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { issues: { path: string[] }[] } }).error.issues.some((i) => i.path[0] === field)).toBe(true);
    },
  );
});
