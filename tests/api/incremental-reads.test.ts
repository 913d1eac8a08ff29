// After a write, GET /api/timeline and GET /api/links start from their last answer and recompute only the links the
// write changed (lib/server/update-timeline.ts, update-link-summaries.ts), and the timeline's histogram comes from
// event_month_counts, which triggers keep. What a reader must see is exactly what computing from scratch gives, after
// every kind of write: a new event on a new link, an edit, a move to another month, a retire and a restore, a
// country's new name, a link's new title, an import, and SQL straight into the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventResponse } from "@/lib/schemas/events";
import type { TimelineResponse } from "@/lib/schemas/analysis";
import type { ListLinksResponse } from "@/lib/schemas/links";
import { get, params } from "../support/api";
import { validEvent } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let timelineRoute: typeof import("@/app/api/timeline/route");
let linksRoute: typeof import("@/app/api/links/route");
let eventsRoute: typeof import("@/app/api/events/route");
let eventRoute: typeof import("@/app/api/events/[id]/route");
let restoreRoute: typeof import("@/app/api/events/[id]/restore/route");
let importRoute: typeof import("@/app/api/import/events/route");
let getTimeline: typeof import("@/lib/server/get-timeline").getTimeline;
let listLinks: typeof import("@/lib/server/list-links").listLinks;
let decodeTimeline: typeof import("@/lib/domain/timeline-binary").decodeTimeline;
let editor: string;

const auth = () => ({ authorization: `Bearer ${editor}` });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  timelineRoute = await import("@/app/api/timeline/route");
  linksRoute = await import("@/app/api/links/route");
  eventsRoute = await import("@/app/api/events/route");
  eventRoute = await import("@/app/api/events/[id]/route");
  restoreRoute = await import("@/app/api/events/[id]/restore/route");
  importRoute = await import("@/app/api/import/events/route");
  ({ getTimeline } = await import("@/lib/server/get-timeline"));
  ({ listLinks } = await import("@/lib/server/list-links"));
  ({ decodeTimeline } = await import("@/lib/domain/timeline-binary"));
  prisma = (await import("@/lib/db")).db();
  editor = (await createUserWithToken("editor")).token;
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

async function timelineJson(query = ""): Promise<TimelineResponse> {
  const response = await timelineRoute.GET(get(`/api/timeline${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as TimelineResponse;
}

/** The binary form decoded, with typed arrays made plain so it compares with the JSON form. */
async function timelineBinary(): Promise<TimelineResponse> {
  const response = await timelineRoute.GET(get("/api/timeline?format=binary"));
  expect(response.status).toBe(200);
  const decoded = decodeTimeline(await response.arrayBuffer());
  const cells = Object.fromEntries(Object.entries(decoded.cells).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)]));
  return { ...decoded, cells } as TimelineResponse;
}

async function links(query = ""): Promise<ListLinksResponse["links"]> {
  const response = await linksRoute.GET(get(`/api/links${query}`));
  expect(response.status).toBe(200);
  return ((await response.json()) as ListLinksResponse).links;
}

/** The histogram counted from every event, as the timeline counted it before event_month_counts. */
async function countedMonths(): Promise<TimelineResponse["months"]> {
  const rows = await prisma.$queryRawUnsafe<{ month: number; span: number; events: number }[]>(`
    SELECT (extract(year FROM occurred_on)::int * 12 + extract(month FROM occurred_on)::int - 1) AS month,
           (extract(year FROM occurred_end)::int * 12 + extract(month FROM occurred_end)::int - 1)
             - (extract(year FROM occurred_on)::int * 12 + extract(month FROM occurred_on)::int - 1) AS span,
           count(*)::int AS events
      FROM events WHERE NOT retired GROUP BY 1, 2 ORDER BY 1, 2`);
  return { month: rows.map((r) => r.month), span: rows.map((r) => r.span), events: rows.map((r) => r.events) };
}

/** Every read the dashboard makes, as served (from the kept answers) and as computed from scratch, must agree. */
async function expectServedEqualsScratch() {
  const scratch = await getTimeline({});
  const served = await timelineJson();
  expect(served).toEqual(JSON.parse(JSON.stringify(scratch)));
  expect(await timelineBinary()).toEqual(served);
  expect(served.months).toEqual(await countedMonths());
  const filtered = await timelineJson("?countries=KP&minEvidence=reported");
  expect(filtered).toEqual(JSON.parse(JSON.stringify(await getTimeline({ countries: ["KP"], minEvidence: "reported" }))));
  expect(await links()).toEqual(JSON.parse(JSON.stringify(await listLinks({}))));
  const year = { from: "2024-01-01", to: "2024-12-31" };
  expect(await links("?from=2024-01-01&to=2024-12-31")).toEqual(JSON.parse(JSON.stringify(await listLinks(year))));
}

async function createEvent(body: Record<string, unknown>): Promise<EventResponse["event"]> {
  const response = await eventsRoute.POST(jsonRequest("POST", "/api/events", { ...validEvent, ...body }, auth()));
  expect(response.status).toBe(201);
  return ((await response.json()) as EventResponse).event;
}

const patch = (id: string, body: unknown) => eventRoute.PATCH(jsonRequest("PATCH", `/api/events/${id}`, body, auth()), params({ id }));

describe("reads after writes", () => {
  it("answer exactly what computing from scratch gives, after every kind of write", async () => {
    await expectServedEqualsScratch();
    const before = await timelineJson();

    // A new link (Venezuela was in none), in a month no event had.
    const event = await createEvent({ countries: ["KP", "VE"], date: "2019-03-01", title: "A new tie" });
    await expectServedEqualsScratch();
    const after = await timelineJson();
    expect(after.links.map((l) => l.id)).toContain("KP-VE");
    expect(after.links.length).toBe(before.links.length + 1);
    expect(after.range.first! <= "2019-03-01").toBe(true);

    // Its numbers, then its month and precision.
    expect((await patch(event.id, { version: 1, score: -4, evidence: "alleged" })).status).toBe(200);
    await expectServedEqualsScratch();
    expect((await patch(event.id, { version: 2, date: "2021-01-01", precision: "year" })).status).toBe(200);
    await expectServedEqualsScratch();

    // Retired: its link stays, without events; then restored.
    expect((await eventRoute.DELETE(jsonRequest("DELETE", `/api/events/${event.id}`, "", auth()), params({ id: event.id }))).status).toBe(200);
    await expectServedEqualsScratch();
    expect((await restoreRoute.POST(jsonRequest("POST", `/api/events/${event.id}/restore`, "", auth()), params({ id: event.id }))).status).toBe(200);
    await expectServedEqualsScratch();

    // A country's new name changes its links' meta but no statistics; a link's title likewise.
    await prisma.country.update({ where: { id: "KP" }, data: { name: "DPRK (renamed in a test)" } });
    await expectServedEqualsScratch();
    expect((await timelineJson()).links.find((l) => l.id === "IR-KP")?.countryNames).toContain("DPRK (renamed in a test)");
    await prisma.link.update({ where: { id: "CN-RU" }, data: { title: "China–Russia (retitled)" } });
    await expectServedEqualsScratch();

    // An import touching several links at once, and SQL that bypasses the app.
    const rows = [
      { ...validEvent, countries: ["CN", "IR", "RU"], title: "Imported trilateral", date: "2022-06-01" },
      { ...validEvent, countries: ["KP", "RU"], title: "Imported bilateral", date: "2018-01-01", precision: "year", evidence: "denied" },
    ];
    const imported = await importRoute.POST(
      new Request("http://localhost/api/import/events", {
        method: "POST",
        body: JSON.stringify({ events: rows }),
        headers: { ...auth(), "content-type": "application/json" },
      }),
    );
    expect(imported.status).toBe(200);
    await expectServedEqualsScratch();
    await prisma.$executeRawUnsafe(`UPDATE events SET occurred_on = '2017-02-01', occurred_end = '2017-02-28' WHERE title = 'Imported bilateral'`);
    await expectServedEqualsScratch();
    await prisma.$executeRawUnsafe(`DELETE FROM events WHERE title = 'Imported trilateral'`);
    await expectServedEqualsScratch();
  });

  it("keeps the histogram's counts through a rebuild", async () => {
    await prisma.$executeRawUnsafe(`UPDATE event_month_counts SET events = events + 7`);
    await prisma.$executeRawUnsafe(`SELECT rebuild_link_month_stats()`);
    expect((await timelineJson()).months).toEqual(await countedMonths());
  });
});
