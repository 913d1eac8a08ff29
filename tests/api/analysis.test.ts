// Search, the timeline's data and period comparison, against the article's seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeCells } from "@/lib/domain/timeline-cells";
import { decodeTimeline, TIMELINE_BINARY_TYPE } from "@/lib/domain/timeline-binary";
import type { CompareResponse, SearchEventsResponse, TimelineOutline, TimelineResponse } from "@/lib/schemas/analysis";
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

  /** Every page of `query` by its cursor, in order, as a client that follows nextCursor gets them. */
  async function allPages(query: string): Promise<SearchEventsResponse["events"][]> {
    const pages = [(await search(query)).events];
    let { nextCursor } = await search(query);
    while (nextCursor !== null) {
      const page = await search(`${query}&cursor=${nextCursor}`);
      pages.push(page.events);
      nextCursor = page.nextCursor;
    }
    return pages;
  }

  it("pages through every live event newest first, each once, by following the cursor", async () => {
    const { db } = await import("@/lib/db");
    const live = await db().event.findMany({ where: { retired: false }, select: { id: true } });
    const pages = await allPages("?limit=3");
    expect(pages.slice(0, -1).map((p) => p.length)).toEqual(Array(pages.length - 1).fill(3));
    expect(pages.at(-1)!.length).toBe(live.length - 3 * (pages.length - 1));
    const paged = pages.flat();
    expect(paged.map((e) => e.id).sort()).toEqual(live.map((e) => e.id).sort());
    // Newest first: by the day each event's period starts.
    const dates = paged.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // The same order as one page holding them all: no page repeats or skips what a neighbour holds.
    expect(paged.map((e) => e.id)).toEqual((await search("?limit=100")).events.map((e) => e.id));
  });

  it("pages through events that share their day and their creation time (as one import writes them) each once", async () => {
    const { db } = await import("@/lib/db");
    // Sixty events of one day, created in one statement with one timestamp: the day and creation time cannot
    // order them, so without a last tie-breaker consecutive pages (LIMIT/OFFSET) disagree on their order.
    const day = new Date("2020-06-15T00:00:00Z");
    const createdAt = new Date("2026-01-01T00:00:00Z");
    const ids = Array.from({ length: 60 }, (_, i) => `0190c0de-0000-7000-8000-${String(i).padStart(12, "0")}`);
    await db().event.createMany({
      data: ids.map((id, i) => ({ id, title: `Same-day event ${i}`, occurredOn: day, occurredEnd: day, precision: "day", category: "statement", evidence: "reported", score: 1, createdAt })),
    });
    try {
      const paged = (await allPages("?from=2020-06-15&to=2020-06-15&limit=7")).flat().map((e) => e.id);
      expect(new Set(paged).size, "events seen").toBe(60);
      expect(paged.length, "rows on all pages").toBe(60);
      expect(paged).toEqual((await search("?from=2020-06-15&to=2020-06-15&limit=100")).events.map((e) => e.id));
    } finally {
      await db().event.deleteMany({ where: { id: { in: ids } } });
    }
  });

  it("pages through search results the same way, best match first", async () => {
    const all = (await search("?q=russia&limit=100")).events;
    expect(all.length).toBeGreaterThan(4);
    expect((await allPages("?q=russia&limit=2")).flat().map((e) => e.id)).toEqual(all.map((e) => e.id));
  });

  it("scopes results to a link: exactly the events between its two countries, newest first", async () => {
    const { events: found } = await search("?link=KP-IR");
    expect(found.map((e) => e.title)).toEqual([
      "North Korean economic delegation led by Yun Jong Ho leaves for Iran",
      "Previous high-level North Korean delegation to Iran",
    ]);
    expect(found.map((e) => e.links)).toEqual([["IR-KP"], ["IR-KP"]]);
    // A three-country event counts toward each of its pairs.
    expect((await search("?link=KP-US")).events.map((e) => e.title)).toEqual(["Kim Yo Jong condemns joint US–South Korean military drills"]);
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

describe("GET /api/timeline's other forms", () => {
  const answer = async (query: string) => {
    const { GET } = await import("@/app/api/timeline/route");
    return GET(get(`/api/timeline${query}`));
  };

  it("sends the dashboard the same timeline in the binary form, a fraction of the JSON's bytes at scale", async () => {
    const json = (await (await answer("?category=summit,arms_transfer")).json()) as TimelineResponse;
    const response = await answer("?category=summit,arms_transfer&format=binary");
    expect(response.headers.get("content-type")).toBe(TIMELINE_BINARY_TYPE);
    const decoded = decodeTimeline(await response.arrayBuffer());
    expect({ ...decoded, cells: Object.fromEntries(Object.entries(decoded.cells).map(([k, v]) => [k, Array.from(v)])) }).toEqual(json);
    // The dashboard's numbers from it are the JSON's, to the last digit.
    const range = { from: 0, to: 99_999, asOf: "2026-11-28" };
    expect(summarizeCells(decoded.links, decoded.cells, range)).toEqual(summarizeCells(json.links, json.cells, range));
  });

  it("gives /compare the span and the linked countries without the cells", async () => {
    const json = (await (await answer("")).json()) as TimelineResponse;
    const outline = (await (await answer("?format=outline")).json()) as TimelineOutline;
    expect(outline).toEqual({ range: json.range, countries: [...new Set(json.links.flatMap((l) => l.countries))].sort() });
    expect(outline.range).toEqual({ first: "2019-01-01", last: "2024-12-31" });
    // Narrowed to Iran's links (IR-KP, IR-RU, CN-IR) and to summits (the 2023 Kim–Putin meeting is not Iran's).
    const narrowed = (await (await answer("?countries=IR&category=summit&format=outline")).json()) as TimelineOutline;
    expect(narrowed.countries).toEqual(["CN", "IR", "KP", "RU"]);
  });

  it("answers 400 naming format for a form it does not have", async () => {
    const response = await answer("?format=xml");
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("format");
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
