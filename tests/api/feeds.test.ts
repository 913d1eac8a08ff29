// The Atom feeds (/feeds/events.atom, /feeds/links/{id}.atom, /feeds/countries/{iso2}.atom) against a real seeded
// PostgreSQL: each parses as Atom, lists exactly the events it follows with their evidence in words, follows edits
// (newest change first) and retirements, answers conditional requests, and refuses bad ids as the API does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAtom, type ParsedFeed } from "@/lib/feeds/test-support";
import type { ErrorResponse } from "@/lib/schemas/errors";
import { params } from "../support/api";
import { validEvent } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";

let database: TestDatabase;
let allRoute: typeof import("@/app/feeds/events.atom/route");
let linkRoute: typeof import("@/app/feeds/links/[id]/route");
let countryRoute: typeof import("@/app/feeds/countries/[iso2]/route");
let eventRoute: typeof import("@/app/api/events/[id]/route");
let eventsRoute: typeof import("@/app/api/events/route");
let prisma: import("@/lib/prisma-client").PrismaClient;
let editor: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  allRoute = await import("@/app/feeds/events.atom/route");
  linkRoute = await import("@/app/feeds/links/[id]/route");
  countryRoute = await import("@/app/feeds/countries/[iso2]/route");
  eventRoute = await import("@/app/api/events/[id]/route");
  eventsRoute = await import("@/app/api/events/route");
  prisma = (await import("@/lib/db")).db();
  editor = { authorization: `Bearer ${(await createUserWithToken("editor")).token}` };
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

const request = (path: string, headers: Record<string, string> = {}) => new Request(new URL(path, "http://localhost"), { headers });
const linkFeed = (id: string, headers: Record<string, string> = {}) => linkRoute.GET(request(`/feeds/links/${id}`, headers), params({ id }));
const countryFeed = (iso2: string) => countryRoute.GET(request(`/feeds/countries/${iso2}`), params({ iso2 }));

/** The feed's document, after checking the answer is 200 Atom. */
async function atom(response: Response): Promise<ParsedFeed> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  return parseAtom(await response.text());
}

/** The seed's event ids by their external key (prisma/seed/events.json). */
async function seedId(key: string): Promise<string> {
  return (await prisma.event.findUniqueOrThrow({ where: { externalId: key }, select: { id: true } })).id;
}

const YUN = "article:2024-04:kp-ir-economic-delegation";
const ARTICLE_SOURCE =
  "<p>Source:</p><ul><li>North Korea dispatched a high-level economic delegation to Iran… (opening words; the headline is not given) — Unattributed news report (publisher not given) (no link available)</li></ul>";

describe("GET /feeds/links/{id}.atom", () => {
  it("lists exactly the seed's two IR-KP events, each with its date as precise as known and its evidence level", async () => {
    const feed = await atom(await linkFeed("IR-KP.atom"));
    expect([feed.id, feed.title]).toEqual(["http://localhost/feeds/links/IR-KP.atom", "Axis Atlas: Iran – North Korea"]);
    const byTitle = Object.fromEntries(feed.entries.map((e) => [e.title, e.summary]));
    expect(byTitle).toEqual({
      "North Korean economic delegation led by Yun Jong Ho leaves for Iran": "April 2024 · Diplomatic visit · Evidence: Confirmed · Iran, North Korea",
      "Previous high-level North Korean delegation to Iran": "2019 · Diplomatic visit · Evidence: Reported · Iran, North Korea",
    });
    const yun = feed.entries.find((e) => e.title.includes("Yun Jong Ho"))!;
    const id = await seedId(YUN);
    const row = await prisma.event.findUniqueOrThrow({ where: { id } });
    expect(yun).toMatchObject({
      id: `urn:uuid:${id}`,
      updated: row.updatedAt.toISOString(),
      published: row.createdAt.toISOString(),
      links: [{ rel: undefined, href: `http://localhost/?link=IR-KP&event=${id}` }],
      categories: [
        { term: "diplomatic_visit", label: "Diplomatic visit" },
        { term: "confirmed", label: "Evidence: Confirmed" },
      ],
    });
    expect(yun.content.split("\n").at(-1)).toBe(ARTICLE_SOURCE);
  });

  it("gives KP-RU's alleged events as alleged", async () => {
    const feed = await atom(await linkFeed("KP-RU.atom"));
    expect(feed.entries.map((e) => e.summary).sort()).toEqual([
      "2023 · Arms transfer · Evidence: Alleged · North Korea, Russia",
      "2023 · Summit · Evidence: Confirmed · North Korea, Russia",
      "2024 · Military cooperation · Evidence: Alleged · North Korea, Russia",
      "2024 · Statement · Evidence: Confirmed · North Korea, Russia",
    ]);
  });

  it("answers 400 naming the id for a malformed one, 404 for a well-formed unknown link, 308 for a reversed one", async () => {
    const bad = await linkFeed("nonsense.atom");
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as ErrorResponse;
    expect(body.error).toEqual({
      code: "invalid_request",
      message: "Invalid request: id",
      issues: [{ path: ["id"], message: 'must be a link id: two different country codes joined by "-", e.g. IR-KP' }],
    });
    expect(((await (await linkFeed("IR-KP")).json()) as ErrorResponse).error.issues).toEqual([
      { path: ["id"], message: 'must be a file name ending in ".atom", e.g. IR-KP.atom' },
    ]);
    const missing = await linkFeed("CN-US.atom");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorResponse).error).toEqual({ code: "not_found", message: "No link CN-US." });
    const reversed = await linkFeed("KP-IR.atom");
    expect([reversed.status, reversed.headers.get("location")]).toEqual([308, "IR-KP.atom"]);
  });

  it("refuses a query parameter rather than ignoring it", async () => {
    const response = await linkRoute.GET(request("/feeds/links/IR-KP.atom?limit=5"), params({ id: "IR-KP.atom" }));
    expect(response.status).toBe(400);
  });

  it("writes its URLs at the host the app answers on, never at one a client makes up", async () => {
    const at = async (host: string) => (await atom(await linkFeed("IR-KP.atom", { host }))).links.find((l) => l.rel === "self")!.href;
    expect(await at("127.0.0.1:3211")).toBe("http://127.0.0.1:3211/feeds/links/IR-KP.atom");
    expect(await at("evil.example")).toBe("http://localhost/feeds/links/IR-KP.atom");
    expect(await at("localhost:3000")).toBe("http://localhost:3000/feeds/links/IR-KP.atom");
  });

  it("answers 304 to its ETag until the data changes", async () => {
    const first = await linkFeed("IR-KP.atom");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"v\d+-[\w-]+"$/);
    const again = await linkFeed("IR-KP.atom", { "if-none-match": etag });
    expect([again.status, await again.text()]).toEqual([304, ""]);
  });
});

describe("GET /feeds/countries/{iso2}.atom", () => {
  it("lists the eight events North Korea takes part in, opening each in its link's panel or, without one, the country's", async () => {
    const feed = await atom(await countryFeed("KP.atom"));
    expect(feed.title).toBe("Axis Atlas: North Korea");
    expect(feed.entries).toHaveLength(8);
    const kimYoJong = feed.entries.find((e) => e.title.startsWith("Kim Yo Jong"))!;
    expect(kimYoJong.links[0]!.href).toBe("http://localhost/?country=KP");
    const visit = feed.entries.find((e) => e.title === "Kim Jong Un hosts a high-ranking Chinese official")!;
    expect(visit.links[0]!.href).toMatch(/^http:\/\/localhost\/\?link=CN-KP&event=[0-9a-f-]{36}$/);
  });

  it("answers 400 for a malformed code and 404 for an unknown one", async () => {
    const bad = await countryFeed("123.atom");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorResponse).error.issues?.[0]?.path).toEqual(["iso2"]);
    expect((await countryFeed("ZZ.atom")).status).toBe(404);
  });
});

describe("GET /feeds/events.atom", () => {
  it("lists all ten seed events, newest change first", async () => {
    const feed = await atom(await allRoute.GET(request("/feeds/events.atom")));
    expect([feed.id, feed.links.find((l) => l.rel === "self")?.href]).toEqual(["http://localhost/feeds/events.atom", "http://localhost/feeds/events.atom"]);
    expect(feed.entries).toHaveLength(10);
    const updated = feed.entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
  });

  it("puts an edited event first, adds a new one, and drops a retired one", async () => {
    const yun = await seedId(YUN);
    const { version } = await prisma.event.findUniqueOrThrow({ where: { id: yun } });
    const edit = await eventRoute.PATCH(jsonRequest("PATCH", `/api/events/${yun}`, { version, evidence: "reported" }, editor), params({ id: yun }));
    expect(edit.status).toBe(200);
    let feed = await atom(await linkFeed("IR-KP.atom"));
    expect([feed.entries[0]!.id, feed.entries[0]!.summary]).toEqual([`urn:uuid:${yun}`, "April 2024 · Diplomatic visit · Evidence: Reported · Iran, North Korea"]);

    const created = await eventsRoute.POST(jsonRequest("POST", "/api/events", { ...validEvent, countries: ["IR", "KP"] }, editor));
    expect(created.status).toBe(201);
    const { event } = (await created.json()) as { event: { id: string } };
    feed = await atom(await allRoute.GET(request("/feeds/events.atom")));
    expect(feed.entries.map((e) => e.id).slice(0, 2)).toEqual([`urn:uuid:${event.id}`, `urn:uuid:${yun}`]);
    expect(feed.entries[0]!.content.split("\n").at(-1)).toBe(
      '<p>Source:</p><ul><li><a href="https://example.org/report">A report</a> — Example Wire, 2 May 2024</li></ul>',
    );

    const before = feed.updated;
    const retired = await eventRoute.DELETE(jsonRequest("DELETE", `/api/events/${yun}`, "", editor), params({ id: yun }));
    expect(retired.status).toBe(200);
    const link = await atom(await linkFeed("IR-KP.atom"));
    expect(link.entries.map((e) => e.title)).toEqual(["Test delegation to Moscow", "Previous high-level North Korean delegation to Iran"]);
    const all = await atom(await allRoute.GET(request("/feeds/events.atom")));
    expect(all.entries.map((e) => e.id)).not.toContain(`urn:uuid:${yun}`);
    expect(all.entries).toHaveLength(10);
    // The retirement is the feed's newest change, though the retired entry is gone.
    expect(all.updated > before).toBe(true);
  });

  it("keeps only the newest 50 entries", async () => {
    const { createEvent } = await import("@/lib/server/create-event");
    const { CreateEventRequestSchema } = await import("@/lib/schemas/event-input");
    const { actor } = await createUserWithToken("editor");
    for (let i = 0; i < 45; i++) await createEvent(actor, CreateEventRequestSchema.parse({ ...validEvent, title: `Bulk event ${i}` }));
    // 55 public events now (10 seeded, 1 retired, 1 added, 45 more): the 5 changed longest ago drop out.
    const live = await prisma.event.findMany({ where: { retired: false }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(live).toHaveLength(55);
    const feed = await atom(await allRoute.GET(request("/feeds/events.atom")));
    expect(feed.entries.map((e) => e.id)).toEqual(live.slice(0, 50).map((e) => `urn:uuid:${e.id}`));
    expect(feed.entries.filter((e) => e.title.startsWith("Bulk event"))).toHaveLength(45);
  });
});
