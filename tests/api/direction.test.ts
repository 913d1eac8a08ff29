// Who did what to whom (issue 15, part 3): participants' roles in, a link's direction out, by every path that
// reads links (GET /api/links, the timeline's cells, the links exports), and kept current by the triggers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeCells } from "@/lib/domain/timeline-cells";
import type { ErrorResponse } from "@/lib/schemas/errors";
import type { EventResponse } from "@/lib/schemas/events";
import type { LinkSummary, ListLinksResponse } from "@/lib/schemas/links";
import type { TimelineResponse } from "@/lib/schemas/analysis";
import { get, params } from "../support/api";
import { validEvent } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";

let database: TestDatabase;
let listRoute: typeof import("@/app/api/links/route");
let timelineRoute: typeof import("@/app/api/timeline/route");
let eventsRoute: typeof import("@/app/api/events/route");
let eventRoute: typeof import("@/app/api/events/[id]/route");
let exportCsv: typeof import("@/app/api/export/links.csv/route");
let editor: string;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  listRoute = await import("@/app/api/links/route");
  timelineRoute = await import("@/app/api/timeline/route");
  eventsRoute = await import("@/app/api/events/route");
  eventRoute = await import("@/app/api/events/[id]/route");
  exportCsv = await import("@/app/api/export/links.csv/route");
  editor = (await createUserWithToken("editor")).token;
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});


async function links(query = ""): Promise<Map<string, LinkSummary>> {
  const response = await listRoute.GET(get(`/api/links${query}`));
  expect(response.status).toBe(200);
  return new Map(((await response.json()) as ListLinksResponse).links.map((l) => [l.id, l]));
}
const ways = (all: Map<string, LinkSummary>) => Object.fromEntries([...all.values()].map((l) => [l.id, [l.flow.aToB, l.flow.bToA, l.direction]]));

describe("a link's direction", () => {
  it("follows the roles the article gives the seed's events", async () => {
    expect(ways(await links())).toEqual({
      // "North Korea dispatched a ... delegation to Iran" (twice): North Korea acted, Iran received.
      "IR-KP": [0, 2, "b_to_a"],
      // Iran backs Russia's invasion; alleged Iranian drone supplies to Russia.
      "IR-RU": [2, 0, "a_to_b"],
      // Backing and alleged weapons to Russia, against alleged Russian aid to North Korea: 2 of 3 one way. The
      // Kim–Putin meeting has no direction.
      "KP-RU": [2, 1, "a_to_b"],
      // Kim hosted a Chinese official (CAMEO 043, the host is the source actor).
      "CN-KP": [0, 1, "b_to_a"],
      "CN-IR": [0, 0, "undirected"],
      "CN-RU": [0, 0, "undirected"],
    });
  });

  it("is the same when the browser adds up the timeline's cells", async () => {
    const response = await timelineRoute.GET(get("/api/timeline"));
    const body = (await response.json()) as TimelineResponse;
    const computed = summarizeCells(body.links, body.cells, { from: 0, to: 99_999, asOf: "2026-11-28" });
    expect(Object.fromEntries(computed.map((l) => [l.id, [l.flow.aToB, l.flow.bToA, l.direction]]))).toEqual(ways(await links()));
  });

  it("filters links by direction, in the API and the links export", async () => {
    expect([...(await links("?direction=undirected")).keys()].sort()).toEqual(["CN-IR", "CN-RU"]);
    expect([...(await links("?direction=one_way,two_way")).keys()].sort()).toEqual(["CN-KP", "IR-KP", "IR-RU", "KP-RU"]);
    const bad = await listRoute.GET(get("/api/links?direction=sideways"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorResponse).error.issues?.[0]?.path).toEqual(["direction", 0]);
    const csv = await (await exportCsv.GET(get("/api/export/links.csv?direction=one_way"))).text();
    expect(csv.split("\r\n").filter(Boolean).slice(1).map((line) => line.split(",")[0]).sort()).toEqual(["CN-KP", "IR-KP", "IR-RU", "KP-RU"]);
  });

  it("turns when editors add events with roles, and follows an edit of the roles alone", async () => {
    // Three Russian supplies to Iran outweigh Iran's two acts towards Russia: both ways.
    const ids: string[] = [];
    for (const month of ["2024-06-01", "2024-07-01", "2024-08-01"]) {
      const response = await eventsRoute.POST(
        jsonRequest("POST", "/api/events", { ...validEvent, date: month, countries: ["RU", "IR"], category: "arms_transfer", roles: { RU: "supplier", IR: "recipient" } }, { authorization: `Bearer ${editor}` }),
      );
      expect(response.status).toBe(201);
      const { event } = (await response.json()) as EventResponse;
      expect(event.participants.map((p) => [p.id, p.role])).toEqual([["IR", "recipient"], ["RU", "supplier"]]);
      ids.push(event.id);
    }
    expect((await links()).get("IR-RU")).toMatchObject({ flow: { aToB: 2, bToA: 3 }, direction: "two_way" });

    // Swapping one event's roles (countries unchanged) recounts its link.
    const patched = await eventRoute.PATCH(
      jsonRequest("PATCH", `/api/events/${ids[0]}`, { version: 1, roles: { IR: "supplier", RU: "recipient" } }, { authorization: `Bearer ${editor}` }),
      params({ id: ids[0]! }),
    );
    expect(patched.status).toBe(200);
    expect((await links()).get("IR-RU")).toMatchObject({ flow: { aToB: 3, bToA: 2 }, direction: "two_way" });
  });

  it("refuses roles that do not fit the countries, naming roles, and writes nothing", async () => {
    const before = (await links()).get("IR-RU")!.eventCount;
    const response = await eventsRoute.POST(
      jsonRequest("POST", "/api/events", { ...validEvent, countries: ["RU", "IR"], roles: { RU: "supplier", IR: "target" } }, { authorization: `Bearer ${editor}` }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.issues).toEqual([
      { path: ["roles"], message: "must use either actor and target, or supplier and recipient, not both" },
    ]);
    expect((await links()).get("IR-RU")!.eventCount).toBe(before);
  });
});
