// The busy link's panel (issue 13): GET /api/links/{id} answers for the range and filters asked, with the same
// numbers as GET /api/links, a first page of the range's events, its weightiest events and its activity, and
// GET /api/links/{id}/events pages through every event of the range, in order, none twice, none missed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contribution } from "@/lib/domain/strength";
import type { GetLinkResponse, LinkEvent, ListLinkEventsResponse, ListLinksResponse } from "@/lib/schemas/links";
import { get, params } from "../support/api";
import { BUSY_LINK, insertBusyLink } from "../support/busy-link";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let listRoute: typeof import("@/app/api/links/route");
let linkRoute: typeof import("@/app/api/links/[id]/route");
let eventsRoute: typeof import("@/app/api/links/[id]/events/route");

const YEAR_2010 = "from=2010-01-01&to=2010-12-31";

beforeAll(async () => {
  database = await createTestDatabase();
  await insertBusyLink(database.url);
  process.env.DATABASE_URL = database.url;
  listRoute = await import("@/app/api/links/route");
  linkRoute = await import("@/app/api/links/[id]/route");
  eventsRoute = await import("@/app/api/links/[id]/events/route");
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  const r = await response;
  expect(r.status).toBe(200);
  return (await r.json()) as T;
}

const linkDetail = (query: string) => json<GetLinkResponse>(linkRoute.GET(get(`/api/links/DE-FR?${query}`), params({ id: "DE-FR" })));
const listed = async (query: string) => (await json<ListLinksResponse>(listRoute.GET(get(`/api/links?${query}`)))).links.find((l) => l.id === "DE-FR")!;

/** Every event of the range, page after page, as the panel's "Show more" reads them. */
async function allPages(query: string, first: GetLinkResponse["link"]): Promise<LinkEvent[]> {
  const events = [...first.events];
  let cursor = first.nextCursor;
  while (cursor) {
    const page = await json<ListLinkEventsResponse>(eventsRoute.GET(get(`/api/links/DE-FR/events?${query}&cursor=${cursor}`), params({ id: "DE-FR" })));
    events.push(...page.events);
    cursor = page.nextCursor;
  }
  return events;
}

describe("the DE-FR panel for 2010", () => {
  it("counts the 100 events of 2010 and gives the strength GET /api/links gives for 2010", async () => {
    const { link } = await linkDetail(YEAR_2010);
    const fromList = await listed(YEAR_2010);
    expect(link.eventCount).toBe(BUSY_LINK.events2010);
    expect(fromList.eventCount).toBe(BUSY_LINK.events2010);
    expect(link.strength).toBeGreaterThan(0);
    expect(link.strength).toBe(fromList.strength);
    expect(link.cooperation).toBe(fromList.cooperation);
    expect(link.tension).toBe(fromList.tension);
    expect(link.asOf).toBe("2010-12-31");
  });

  it("pages through exactly the 100 events of 2010, newest first, none twice and none missed", async () => {
    const { link } = await linkDetail(YEAR_2010);
    expect(link.events).toHaveLength(50);
    expect(link.nextCursor).not.toBeNull();
    const events = await allPages(YEAR_2010, link);
    expect(events).toHaveLength(BUSY_LINK.events2010);
    expect(new Set(events.map((e) => e.id)).size).toBe(BUSY_LINK.events2010);
    for (const e of events) expect(e.date.startsWith("2010-")).toBe(true);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("gives each event the contribution the strength model gives as of the range's end", async () => {
    const { link } = await linkDetail(YEAR_2010);
    for (const e of link.events) expect(e.contribution).toEqual(contribution(e, { asOf: "2010-12-31" }));
  });

  it("lists the 20 events that add most, largest first, chosen among all 100", async () => {
    const { link } = await linkDetail(YEAR_2010);
    const all = await allPages(YEAR_2010, link);
    const values = link.strongest.map((e) => e.contribution.value);
    expect(link.strongest).toHaveLength(20);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const twentieth = [...all.map((e) => e.contribution.value)].sort((a, b) => b - a)[19]!;
    expect(values.at(-1)).toBe(twentieth);
    for (const e of link.strongest) expect(e.date.startsWith("2010-")).toBe(true);
  });

  it("charts 2010's months only, adding up to 100 events", async () => {
    const { link } = await linkDetail(YEAR_2010);
    expect(link.activity.events.reduce((a, b) => a + b, 0)).toBe(BUSY_LINK.events2010);
    for (const month of link.activity.month) expect(Math.floor(month / 12)).toBe(2010);
  });

  it("counts the activity the same from the monthly statistics (whole months) as from the events (any days)", async () => {
    const months = await linkDetail(YEAR_2010);
    // 2010-12-30: not a month's last day, so the events are counted one by one; none of them is on the 31st.
    const days = await linkDetail("from=2010-01-01&to=2010-12-30");
    expect(days.link.eventCount).toBe(BUSY_LINK.events2010);
    expect(days.link.activity).toEqual(months.link.activity);
  });

  it("follows the filters too: two categories, repeated or comma-separated, count the same events", async () => {
    const comma = await linkDetail(`${YEAR_2010}&category=summit,arms_transfer`);
    const repeated = await linkDetail(`${YEAR_2010}&category=summit&category=arms_transfer`);
    const summits = await linkDetail(`${YEAR_2010}&category=summit`);
    const transfers = await linkDetail(`${YEAR_2010}&category=arms_transfer`);
    expect(repeated.link.eventCount).toBe(comma.link.eventCount);
    expect(repeated.link.strength).toBe(comma.link.strength);
    expect(comma.link.eventCount).toBe(summits.link.eventCount + transfers.link.eventCount);
    expect(summits.link.eventCount).toBe(20);
    for (const e of comma.link.events) expect(["summit", "arms_transfer"]).toContain(e.category);
  });
});

describe("the DE-FR panel for all time", () => {
  it("counts all 620 events, and its first page holds the newest, from 2024", async () => {
    const { link } = await linkDetail("");
    expect(link.eventCount).toBe(BUSY_LINK.events2010 + BUSY_LINK.events2024);
    expect(link.events.every((e) => e.date.startsWith("2024-"))).toBe(true);
  });
});

describe("a link's activity", () => {
  it("marks the events known only to their year, at January", async () => {
    const { link } = await json<GetLinkResponse>(linkRoute.GET(get("/api/links/KP-RU"), params({ id: "KP-RU" })));
    const january2024 = link.activity.month.indexOf(2024 * 12);
    // The article dates two KP-RU events only to 2024: the alleged aid and the backing of the invasion.
    expect(link.activity.yearOnly[january2024]).toBe(2);
    expect(link.activity.events.reduce((a, b) => a + b, 0)).toBe(link.eventCount);
  });
});

describe("GET /api/links with a repeated category", () => {
  it("answers what the comma form answers, never the last value alone", async () => {
    const repeated = await json<ListLinksResponse>(listRoute.GET(get("/api/links?category=summit&category=arms_transfer")));
    const comma = await json<ListLinksResponse>(listRoute.GET(get("/api/links?category=summit,arms_transfer")));
    const lastOnly = await json<ListLinksResponse>(listRoute.GET(get("/api/links?category=arms_transfer")));
    expect(repeated).toEqual(comma);
    const count = (body: ListLinksResponse) => body.links.find((l) => l.id === "DE-FR")!.eventCount;
    // Every fifth fixture event is a summit and every fifth an arms transfer: 124 of 620 each.
    expect(count(lastOnly)).toBe(124);
    expect(count(repeated)).toBe(248);
  });

  it("refuses a single-valued parameter given twice with 400 naming it", async () => {
    const response = await listRoute.GET(get("/api/links?minEvidence=reported&minEvidence=alleged"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_request", issues: [{ path: ["minEvidence"], message: "must be given once; it was given 2 times" }] } });
  });
});
