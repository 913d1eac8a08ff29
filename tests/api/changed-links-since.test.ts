// changedLinksSince(V) must name exactly the links whose statistics or link row changed in the transactions that
// committed as V+1 .. W, whatever wrote them (the write API, both importers, SQL), including transactions that
// commit concurrently, and must say "all" when it cannot know (pruned, rebuilt, not a version).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventResponse } from "@/lib/schemas/events";
import { params } from "../support/api";
import { validEvent } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let eventsRoute: typeof import("@/app/api/events/route");
let eventRoute: typeof import("@/app/api/events/[id]/route");
let restoreRoute: typeof import("@/app/api/events/[id]/restore/route");
let importRoute: typeof import("@/app/api/import/events/route");
let changedLinksSince: typeof import("@/lib/server/changed-links-since").changedLinksSince;
let getDataVersion: typeof import("@/lib/server/get-data-version").getDataVersion;
let editor: string;

const auth = () => ({ authorization: `Bearer ${editor}` });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  eventsRoute = await import("@/app/api/events/route");
  eventRoute = await import("@/app/api/events/[id]/route");
  restoreRoute = await import("@/app/api/events/[id]/restore/route");
  importRoute = await import("@/app/api/import/events/route");
  ({ changedLinksSince } = await import("@/lib/server/changed-links-since"));
  ({ getDataVersion } = await import("@/lib/server/get-data-version"));
  prisma = (await import("@/lib/db")).db();
  editor = (await createUserWithToken("editor")).token;
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

async function createEvent(body: Record<string, unknown>): Promise<EventResponse["event"]> {
  const response = await eventsRoute.POST(jsonRequest("POST", "/api/events", { ...validEvent, ...body }, auth()));
  expect(response.status).toBe(201);
  return ((await response.json()) as EventResponse).event;
}

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return client;
}

const bySql = (sql: string) => prisma.$executeRawUnsafe(sql);
const seedEvent = (key: string) => `UPDATE events SET score = score + 0.5 WHERE external_id = '${key}'`;

describe("changedLinksSince", () => {
  it("reports an edit to one link as exactly that link, at the version it committed as", async () => {
    const v = await getDataVersion();
    expect(await changedLinksSince(v)).toEqual({ version: v, links: [] });

    const event = await createEvent({});
    const w = await getDataVersion();
    expect(BigInt(w)).toBeGreaterThan(BigInt(v));
    expect(await changedLinksSince(v)).toEqual({ version: w, links: ["KP-RU"] });

    // Its numbers change: the link again. Its title alone changes no statistics: nothing.
    const patch = (body: unknown) => eventRoute.PATCH(jsonRequest("PATCH", `/api/events/${event.id}`, body, auth()), params({ id: event.id }));
    expect((await patch({ version: 1, score: -3 })).status).toBe(200);
    const x = await getDataVersion();
    expect(await changedLinksSince(w)).toEqual({ version: x, links: ["KP-RU"] });
    expect((await patch({ version: 2, title: "Renamed delegation" })).status).toBe(200);
    const y = await getDataVersion();
    expect(BigInt(y)).toBeGreaterThan(BigInt(x));
    expect(await changedLinksSince(x)).toEqual({ version: y, links: [] });

    // The link row itself (its curated title).
    await prisma.link.update({ where: { id: "IR-KP" }, data: { title: "Iran–North Korea (renamed)" } });
    expect(await changedLinksSince(y)).toEqual({ version: await getDataVersion(), links: ["IR-KP"] });
  });

  it("reports two edits in separate transactions between V and W, and only the later one since the middle", async () => {
    const v = await getDataVersion();
    await createEvent({ countries: ["KP", "RU"] });
    const middle = await getDataVersion();
    await createEvent({ countries: ["IR", "RU"], date: "2021-03-01" });
    const w = await getDataVersion();
    expect(await changedLinksSince(v)).toEqual({ version: w, links: ["IR-RU", "KP-RU"] });
    expect(await changedLinksSince(middle)).toEqual({ version: w, links: ["IR-RU"] });
    expect(await changedLinksSince(w)).toEqual({ version: w, links: [] });
  });

  it("reports every link of a multilateral event, and a new link", async () => {
    const v = await getDataVersion();
    await createEvent({ countries: ["CN", "IR", "VE"] });
    expect(await changedLinksSince(v)).toEqual({ version: await getDataVersion(), links: ["CN-IR", "CN-VE", "IR-VE"] });
  });

  it("reports a retired event's link, and again when it is restored", async () => {
    const event = await createEvent({ countries: ["CN", "KP"] });
    const v = await getDataVersion();
    const retired = await eventRoute.DELETE(jsonRequest("DELETE", `/api/events/${event.id}`, "", auth()), params({ id: event.id }));
    expect(retired.status).toBe(200);
    const w = await getDataVersion();
    expect(await changedLinksSince(v)).toEqual({ version: w, links: ["CN-KP"] });
    const restored = await restoreRoute.POST(jsonRequest("POST", `/api/events/${event.id}/restore`, "", auth()), params({ id: event.id }));
    expect(restored.status).toBe(200);
    expect(await changedLinksSince(w)).toEqual({ version: await getDataVersion(), links: ["CN-KP"] });
  });

  it("reports the links of an own-format import", async () => {
    const v = await getDataVersion();
    const rows = [
      { ...validEvent, countries: ["KP", "VE"], title: "Imported one" },
      { ...validEvent, countries: ["CN", "RU"], title: "Imported two", date: "2020-01-01", precision: "year" },
    ];
    const response = await importRoute.POST(
      new Request("http://localhost/api/import/events", {
        method: "POST",
        body: JSON.stringify({ events: rows }),
        headers: { ...auth(), "content-type": "application/json" },
      }),
    );
    expect(response.status).toBe(200);
    expect(await changedLinksSince(v)).toEqual({ version: await getDataVersion(), links: ["CN-RU", "KP-VE"] });
  });

  it("reports the links of a GDELT import (the set-based bulk path), batch by batch", async () => {
    const v = await getDataVersion();
    const before = new Set((await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text FROM events`)).map((r) => r.id));
    const { importGdeltFiles } = await import("@/lib/import/gdelt-import");
    // Small batches: several transactions, each stamped by its own bump.
    const report = await importGdeltFiles({ connectionString: database.url, files: [{ path: "tests/fixtures/gdelt/gdelt2-20191024143000.export.tsv" }], actorId: null, batchSize: 20 });
    expect(report.imported).toBeGreaterThan(40);
    const w = await getDataVersion();
    expect(BigInt(w) - BigInt(v)).toBeGreaterThan(2n);
    const imported = await prisma.$queryRawUnsafe<{ link_id: string }[]>(
      `SELECT DISTINCT a.country_id || '-' || b.country_id AS link_id
         FROM events e
         JOIN event_participants a ON a.event_id = e.id
         JOIN event_participants b ON b.event_id = e.id AND b.country_id > a.country_id
        WHERE e.origin = 'machine' ORDER BY 1`,
    );
    expect(imported.length).toBeGreaterThan(5);
    expect(before.size).toBeGreaterThan(0);
    expect(await changedLinksSince(v)).toEqual({ version: w, links: imported.map((r) => r.link_id) });

    // A dry run writes nothing: nothing to report.
    await importGdeltFiles({ connectionString: database.url, files: [{ path: "tests/fixtures/gdelt/gdelt2-20191024143000.export.tsv" }], actorId: null, dryRun: true });
    expect(await changedLinksSince(w)).toEqual({ version: w, links: [] });
  });

  it("commits concurrent transactions at the versions they are reported for, in either order", async () => {
    const a = await connect();
    const b = await connect();
    try {
      for (const order of [["a", "b"], ["b", "a"]] as const) {
        const v = await getDataVersion();
        await a.query("BEGIN");
        await a.query(seedEvent("article:2024-04:kp-cn-senior-official-visit"));
        await b.query("BEGIN");
        await b.query(seedEvent("article:2024:ir-ru-support-for-invasion"));
        // Neither has committed: a reader sees neither.
        expect(await changedLinksSince(v)).toEqual({ version: v, links: [] });
        const link = { a: "CN-KP", b: "IR-RU" };
        const client = { a, b };
        await client[order[0]].query("COMMIT");
        const first = await getDataVersion();
        expect(await changedLinksSince(v)).toEqual({ version: first, links: [link[order[0]]] });
        await client[order[1]].query("COMMIT");
        const second = await getDataVersion();
        expect(BigInt(second)).toBe(BigInt(first) + 1n);
        expect(await changedLinksSince(v)).toEqual({ version: second, links: [link.a, link.b].sort() });
        expect(await changedLinksSince(first)).toEqual({ version: second, links: [link[order[1]]] });
      }

      // Committing at the same moment: the second bump waits for the first's commit; each link is reported at
      // exactly one of the two versions, and a reader between them sees the first alone.
      const v = await getDataVersion();
      await a.query("BEGIN");
      await a.query(seedEvent("article:2024:kp-ru-support-for-invasion"));
      await b.query("BEGIN");
      await b.query(seedEvent("article:2024:ir-ru-alleged-drone-supplies"));
      await Promise.all([a.query("COMMIT"), b.query("COMMIT")]);
      const w = await getDataVersion();
      expect(BigInt(w)).toBe(BigInt(v) + 2n);
      const stamped = await prisma.$queryRawUnsafe<{ link_id: string; version: string }[]>(
        `SELECT link_id, version::text FROM link_changes WHERE version > ${v} ORDER BY version`,
      );
      expect(stamped).toHaveLength(2);
      expect(stamped.map((r) => r.link_id).sort()).toEqual(["IR-RU", "KP-RU"]);
      expect(stamped.map((r) => r.version)).toEqual([(BigInt(v) + 1n).toString(), w]);
      expect(await changedLinksSince((BigInt(v) + 1n).toString())).toEqual({ version: w, links: [stamped[1]!.link_id] });
    } finally {
      await a.query("ROLLBACK").catch(() => undefined);
      await b.query("ROLLBACK").catch(() => undefined);
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("notes a link once per transaction however many statements touch it", async () => {
    const v = await getDataVersion();
    await prisma.$transaction([
      prisma.$executeRawUnsafe(seedEvent("article:2024:kp-ru-support-for-invasion")),
      prisma.$executeRawUnsafe(seedEvent("article:2023:kp-ru-kim-putin-summit")),
      prisma.$executeRawUnsafe(seedEvent("article:2024:kp-ru-support-for-invasion")),
    ]);
    const rows = await prisma.$queryRawUnsafe<{ link_id: string }[]>(`SELECT link_id FROM link_changes WHERE version > ${v}`);
    expect(rows).toEqual([{ link_id: "KP-RU" }]);
  });

  it("says all for a version it cannot answer exactly: not a version, from the future, older than kept, before a rebuild", async () => {
    const w = await getDataVersion();
    for (const bad of ["", "abc", "-1", "1.5", "01", "99999999999999999999"]) expect(await changedLinksSince(bad)).toEqual({ version: w, all: true });
    expect(await changedLinksSince((BigInt(w) + 1n).toString())).toEqual({ version: w, all: true });
    // The link_changes migration's version is the oldest answered: the seed came after it, what came before is unknown.
    const knownSince = async () =>
      (await prisma.$queryRawUnsafe<{ known_since: string }[]>(`SELECT known_since::text FROM link_changes_retention`))[0]!.known_since;
    const migrated = await knownSince();
    expect(await changedLinksSince(migrated)).toMatchObject({ version: w, links: expect.arrayContaining(["IR-KP", "KP-RU"]) });
    if (migrated !== "0") expect(await changedLinksSince((BigInt(migrated) - 1n).toString())).toEqual({ version: w, all: true });

    // Keep only the last 4 versions: a few edits later the old ones are pruned.
    await bySql(`UPDATE link_changes_retention SET keep_versions = 4`);
    const old = await getDataVersion();
    for (let i = 0; i < 8; i++) await bySql(seedEvent(i % 2 ? "article:2024:kp-ru-support-for-invasion" : "article:2024-04:kp-cn-senior-official-visit"));
    const now = await getDataVersion();
    const [{ known_since, oldest }] = await prisma.$queryRawUnsafe<{ known_since: string; oldest: string }[]>(
      `SELECT known_since::text, (SELECT min(version) FROM link_changes)::text AS oldest FROM link_changes_retention`,
    );
    expect(BigInt(known_since)).toBeGreaterThan(BigInt(old));
    expect(BigInt(known_since)).toBeGreaterThanOrEqual(BigInt(now) - 5n);
    expect(BigInt(oldest)).toBeGreaterThan(BigInt(known_since));
    expect(await changedLinksSince(old)).toEqual({ version: now, all: true });
    expect(await changedLinksSince((BigInt(known_since) - 1n).toString())).toEqual({ version: now, all: true });
    expect(await changedLinksSince(known_since)).toEqual({ version: now, links: ["CN-KP", "KP-RU"] });
    expect(await changedLinksSince((BigInt(now) - 1n).toString())).toEqual({ version: now, links: ["KP-RU"] });
    await bySql(`UPDATE link_changes_retention SET keep_versions = 1000`);

    // A rebuild (which the synthetic seeder runs with triggers off) changes everything.
    const beforeRebuild = await getDataVersion();
    const replica = await connect();
    try {
      await replica.query("BEGIN");
      await replica.query("SET LOCAL session_replication_role = replica");
      await replica.query("SELECT rebuild_link_month_stats()");
      await replica.query("COMMIT");
    } finally {
      await replica.end();
    }
    const rebuilt = await getDataVersion();
    expect(await changedLinksSince(beforeRebuild)).toEqual({ version: rebuilt, all: true });
    expect(await changedLinksSince(rebuilt)).toEqual({ version: rebuilt, links: [] });
    await prisma.$executeRawUnsafe(`SELECT rebuild_link_month_stats()`);
    const again = await getDataVersion();
    expect(await changedLinksSince(rebuilt)).toEqual({ version: again, all: true });
    expect((await changedLinksSince(again))).toEqual({ version: again, links: [] });

    // A TRUNCATE names no links: everything changed, at the version it committed as.
    await prisma.$executeRawUnsafe(`TRUNCATE link_month_stats`);
    const truncated = await getDataVersion();
    expect(BigInt(truncated)).toBe(BigInt(again) + 1n);
    expect(await changedLinksSince(again)).toEqual({ version: truncated, all: true });
    expect(await changedLinksSince(truncated)).toEqual({ version: truncated, links: [] });
  });
});
