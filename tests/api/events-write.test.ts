// Editors' JSON API: who may write, what is valid, and that a refused request writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorResponse } from "@/lib/schemas/errors";
import type { EventResponse } from "@/lib/schemas/events";
import { params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";
import { validEvent } from "../support/fixtures";

let database: TestDatabase;
let eventsRoute: typeof import("@/app/api/events/route");
let eventRoute: typeof import("@/app/api/events/[id]/route");
let restoreRoute: typeof import("@/app/api/events/[id]/restore/route");
let linkRoute: typeof import("@/app/api/links/[id]/route");
let prisma: import("@/lib/prisma-client").PrismaClient;
let editor: string;
let viewer: string;

const auth = (token: string) => ({ authorization: `Bearer ${token}` });


beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  eventsRoute = await import("@/app/api/events/route");
  eventRoute = await import("@/app/api/events/[id]/route");
  restoreRoute = await import("@/app/api/events/[id]/restore/route");
  linkRoute = await import("@/app/api/links/[id]/route");
  prisma = (await import("@/lib/db")).db();
  editor = (await createUserWithToken("editor")).token;
  viewer = (await createUserWithToken("viewer")).token;
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

async function kpRuEventCount(): Promise<number> {
  const response = await linkRoute.GET(new Request("http://localhost/api/links/KP-RU"), params({ id: "KP-RU" }));
  return ((await response.json()) as { link: { eventCount: number } }).link.eventCount;
}

async function post(body: unknown, headers: Record<string, string> = auth(editor)) {
  return eventsRoute.POST(jsonRequest("POST", "/api/events", body, headers));
}

describe("POST /api/events", () => {
  it("refuses anonymous requests with 401 and writes nothing", async () => {
    const before = await prisma.event.count();
    const response = await post(validEvent, {});
    expect(response.status).toBe(401);
    expect(await prisma.event.count()).toBe(before);
  });

  it("refuses a viewer with 403 and a revoked or unknown token with 401", async () => {
    expect((await post(validEvent, auth(viewer))).status).toBe(403);
    expect((await post(validEvent, auth("axis_not-a-token"))).status).toBe(401);
  });

  it("adds an editor's event to the link it belongs to and records who did it", async () => {
    const before = await kpRuEventCount();
    const response = await post(validEvent);
    expect(response.status).toBe(201);
    const { event } = (await response.json()) as EventResponse;
    expect(event).toMatchObject({ title: validEvent.title, version: 1, retired: false, precision: "month" });
    expect(event.sources[0]).toMatchObject({ url: "https://example.org/report", publisher: "Example Wire" });
    expect(await kpRuEventCount()).toBe(before + 1);
    const audit = await prisma.auditEntry.findMany({ where: { entityType: "event", entityId: event.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", before: null });
    expect((audit[0]!.after as { title: string }).title).toBe(validEvent.title);
  });

  it("creates the link for a pair that had none", async () => {
    const response = await post({ ...validEvent, countries: ["KP", "VE"] });
    expect(response.status).toBe(201);
    const link = await prisma.link.findUnique({ where: { id: "KP-VE" } });
    expect(link?.title).toBe("North Korea–Venezuela");
  });

  it("stores markup in a title as the characters typed", async () => {
    const title = "<img src=x onerror=alert(1)>";
    const { event } = (await (await post({ ...validEvent, title })).json()) as EventResponse;
    expect((await prisma.event.findUnique({ where: { id: event.id } }))?.title).toBe(title);
  });

  const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  it.each([
    ["a missing title", { title: undefined }, "title"],
    ["an empty title", { title: "   " }, "title"],
    ["a title over 200 characters", { title: "x".repeat(201) }, "title"],
    ["a summary over 5,000 characters", { summary: "x".repeat(5001) }, "summary"],
    ["a date in the future", { date: tomorrow, precision: "day" }, "date"],
    ["a date before 1900", { date: "1899-12-01" }, "date"],
    ["an impossible date", { date: "2024-02-30", precision: "day" }, "date"],
    ["a day date with month precision", { date: "2024-05-15" }, "date"],
    ["a month date with year precision", { date: "2024-05-01", precision: "year" }, "date"],
    ["an unknown precision", { precision: "week" }, "precision"],
    ["one country", { countries: ["KP"] }, "countries"],
    ["the same country twice", { countries: ["KP", "kp"] }, "countries"],
    ["a code that is not a code", { countries: ["KP", "Russia"] }, "countries"],
    ["an unknown category", { category: "gossip" }, "category"],
    ["an unknown evidence level", { evidence: "certain" }, "evidence"],
    ["a score above 10", { score: 10.5 }, "score"],
    ["a score below -10", { score: -11 }, "score"],
    ["a score that is text", { score: "high" }, "score"],
    ["no sources", { sources: [] }, "sources"],
    ["a javascript: URL", { sources: [{ ...validEvent.sources[0], url: "javascript:alert(1)" }] }, "sources"],
    ["an ftp URL", { sources: [{ ...validEvent.sources[0], url: "ftp://example.org/x" }] }, "sources"],
    ["a source without publisher", { sources: [{ ...validEvent.sources[0], publisher: "" }] }, "sources"],
    ["a source without title", { sources: [{ ...validEvent.sources[0], title: undefined }] }, "sources"],
    ["an unknown field", { strength: 99 }, ""],
  ])("answers 400 naming the field for %s, writing nothing", async (_name, change, field) => {
    const before = await prisma.event.count();
    const response = await post({ ...validEvent, ...change });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: (string | number)[]; message: string }[] } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.some((issue) => String(issue.path[0] ?? "") === field)).toBe(true);
    expect(await prisma.event.count()).toBe(before);
  });

  it("answers 400 for a country code we do not know, pointing at it", async () => {
    const response = await post({ ...validEvent, countries: ["KP", "ZZ"] });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: (string | number)[] }[] } };
    expect(body.error.issues[0]!.path).toEqual(["countries", 1]);
  });

  it("answers 400 for a body that is not JSON and 413 for one over 100 KB", async () => {
    expect((await post("{not json")).status).toBe(400);
    const before = await prisma.event.count();
    const huge = await post({ ...validEvent, summary: "x".repeat(101 * 1024) });
    expect(huge.status).toBe(413);
    expect(await prisma.event.count()).toBe(before);
  });
});

describe("PATCH, DELETE and restore /api/events/{id}", () => {
  async function createOne(): Promise<EventResponse["event"]> {
    return ((await (await post(validEvent)).json()) as EventResponse).event;
  }
  const patch = (id: string, body: unknown, headers: Record<string, string> = auth(editor)) =>
    eventRoute.PATCH(jsonRequest("PATCH", `/api/events/${id}`, body, headers), params({ id }));

  it("edits from the current version and records before and after", async () => {
    const event = await createOne();
    const response = await patch(event.id, { version: 1, title: "Renamed", evidence: "alleged" });
    expect(response.status).toBe(200);
    const { event: edited } = (await response.json()) as EventResponse;
    expect(edited).toMatchObject({ title: "Renamed", evidence: "alleged", version: 2, summary: validEvent.summary });
    const audit = await prisma.auditEntry.findFirst({ where: { entityId: event.id, action: "update" } });
    expect((audit?.before as { title: string }).title).toBe(validEvent.title);
    expect((audit?.after as { title: string }).title).toBe("Renamed");
  });

  it("refuses a stale version with 409 and the current record, losing no edit", async () => {
    const event = await createOne();
    expect((await patch(event.id, { version: 1, title: "First edit" })).status).toBe(200);
    const stale = await patch(event.id, { version: 1, title: "Second edit" });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { current: { title: string; version: number } };
    expect(body.current).toMatchObject({ title: "First edit", version: 2 });
  });

  it("lets exactly one of two simultaneous edits from the same version through", async () => {
    const event = await createOne();
    const statuses = (await Promise.all([patch(event.id, { version: 1, title: "A" }), patch(event.id, { version: 1, title: "B" })])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 409]);
    expect(await prisma.auditEntry.count({ where: { entityId: event.id, action: "update" } })).toBe(1);
  });

  it("lets exactly one of 50 simultaneous edits from the same version through, with one audit entry", async () => {
    const event = await createOne();
    const titles = Array.from({ length: 50 }, (_, i) => `Concurrent edit ${i}`);
    const responses = await Promise.all(titles.map((title) => patch(event.id, { version: 1, title })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);

    const winner = titles[statuses.indexOf(200)]!;
    const stored = await prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({ title: winner, version: 2 });
    const audit = await prisma.auditEntry.findMany({ where: { entityType: "event", entityId: event.id, action: "update" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ title: validEvent.title, version: 1 });
    expect(audit[0]!.after).toMatchObject({ title: winner, version: 2 });
    for (const response of responses.filter((r) => r.status === 409)) {
      const body = (await response.json()) as { error: { code: string }; current: { id: string } };
      expect(body.error.code).toBe("conflict");
      expect(body.current.id).toBe(event.id);
    }
  });

  it("checks a new date against the stored precision", async () => {
    const event = await createOne();
    const response = await patch(event.id, { version: 1, date: "2024-05-17" });
    expect(response.status).toBe(400);
  });

  it("answers 404 for an unknown event, 400 naming the id for a malformed one, and 400 without a version", async () => {
    const unknown = await patch("0190b0c2-0000-7000-8000-000000000000", { version: 1, title: "x" });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorResponse).error.code).toBe("not_found");
    const malformed = await patch("not-a-uuid", { version: 1, title: "x" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorResponse).error.issues).toEqual([{ path: ["id"], message: "must be a UUID" }]);
    const event = await createOne();
    expect((await patch(event.id, { title: "x" })).status).toBe(400);
  });

  it("retires an event off the public map and API, and restores it", async () => {
    const event = await createOne();
    const before = await kpRuEventCount();
    const retired = await eventRoute.DELETE(jsonRequest("DELETE", `/api/events/${event.id}`, "", auth(editor)), params({ id: event.id }));
    expect(retired.status).toBe(200);
    expect(((await retired.json()) as EventResponse).event.retired).toBe(true);
    expect(await kpRuEventCount()).toBe(before - 1);
    expect((await eventRoute.GET(new Request(`http://localhost/api/events/${event.id}`), params({ id: event.id }))).status).toBe(404);
    expect(await prisma.event.findUnique({ where: { id: event.id } })).not.toBeNull();

    const restored = await restoreRoute.POST(jsonRequest("POST", `/api/events/${event.id}/restore`, "", auth(editor)), params({ id: event.id }));
    expect(restored.status).toBe(200);
    expect(await kpRuEventCount()).toBe(before);
    const actions = (await prisma.auditEntry.findMany({ where: { entityId: event.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["create", "retire", "restore"]);
  });

  it("refuses anonymous edits and retirements", async () => {
    const event = await createOne();
    expect((await patch(event.id, { version: 1, title: "x" }, {})).status).toBe(401);
    const del = await eventRoute.DELETE(jsonRequest("DELETE", `/api/events/${event.id}`, ""), params({ id: event.id }));
    expect(del.status).toBe(401);
    expect((await prisma.event.findUnique({ where: { id: event.id } }))?.retired).toBe(false);
  });
});
