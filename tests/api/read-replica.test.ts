// DATABASE_REPLICA_URL against a real streaming replica: the test starts its own PostgreSQL primary and hot
// standby (tests/support/replica-cluster.ts), points the app at both and calls the real route handlers. Public
// reads come from the standby, so with its replay paused they show the data and the version it has replayed and
// never an edit it has not; the editor who made the edit sees it at once from the primary; with the standby
// stopped public reads still answer (from the primary), and they go back to the standby by themselves once it
// is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "@/prisma/seed/seed";
import { applyMigrations } from "../../scripts/db/migrations";
import { params } from "../support/api";
import { insertBusyLink } from "../support/busy-link";
import { validEvent } from "../support/fixtures";
import { startReplicaCluster, type ReplicaCluster } from "../support/replica-cluster";
import { createUserWithToken, jsonRequest } from "../support/users";

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

let cluster: ReplicaCluster;
let routes: {
  changes: Handler;
  links: Handler;
  link: Handler;
  events: Handler;
  exportCsv: Handler;
  health: () => Promise<Response>;
};
let editor: string;
const originalDatabaseUrl = process.env.DATABASE_URL;

/** What a reader sees: the status, where the answer was read, the data version it is labelled with, the body. */
interface Read {
  status: number;
  source: string | null;
  version: string | null;
  body: unknown;
}

async function read(handler: Handler, path: string, options: { token?: string; context?: Record<string, string> } = {}): Promise<Read> {
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const response = await handler(new Request(new URL(path, "http://localhost"), { headers }), options.context ? params(options.context) : undefined);
  // The weak ETag names the data version the answer was computed at (lib/http/cached-json.ts): W/"v<version>-<key>".
  const version = /^W\/"v(\d+)-/.exec(response.headers.get("etag") ?? "")?.[1] ?? null;
  const text = await response.text();
  return { status: response.status, source: response.headers.get("x-read-source"), version, body: text.startsWith("{") ? JSON.parse(text) : text };
}

/** GET /api/changes: the data version a dashboard polls. */
const publicVersion = async () => {
  const answer = await read(routes.changes, "/api/changes");
  return { ...answer, version: (answer.body as { version: string }).version };
};

/** GET /api/links/KP-RU as the public (no token) or an editor sees it: its event count and version. */
async function kpRu(token?: string) {
  const answer = await read(routes.link, "/api/links/KP-RU", { token, context: { id: "KP-RU" } });
  expect(answer.status).toBe(200);
  return { ...answer, eventCount: (answer.body as { link: { eventCount: number } }).link.eventCount };
}

async function addKpRuEvent(title: string, date = validEvent.date): Promise<void> {
  const response = await routes.events(jsonRequest("POST", "/api/events", { ...validEvent, title, date }, { authorization: `Bearer ${editor}` }));
  expect(response.status).toBe(201);
}

/** Asks GET /api/changes until an answer comes from the replica; rejects after a minute. */
async function untilPublicReadsUseTheReplica() {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await publicVersion();
    expect(answer.status).toBe(200);
    if (answer.source === "replica") return answer;
    if (Date.now() > deadline) throw new Error("Public reads never went back to the replica.");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// Needs PostgreSQL's server binaries (initdb, pg_ctl, pg_basebackup; or PG_BINDIR): without them
// startReplicaCluster fails naming what is missing, everywhere, rather than the test being skipped.
describe("a streaming read replica (DATABASE_REPLICA_URL)", () => {
  beforeAll(async () => {
    cluster = await startReplicaCluster();
    const admin = createPrismaClient(cluster.primaryUrl(), { max: 1 });
    await admin.$executeRawUnsafe("CREATE DATABASE atlas");
    await admin.$disconnect();
    await applyMigrations(cluster.primaryUrl("atlas"));
    const seeder = createPrismaClient(cluster.primaryUrl("atlas"), { max: 1 });
    await seedDatabase(seeder).finally(() => seeder.$disconnect());
    // Twice: over a thousand events, so an export streams more than one page (list-events.ts reads 1,000 at a time).
    await insertBusyLink(cluster.primaryUrl("atlas"));
    await insertBusyLink(cluster.primaryUrl("atlas"));

    process.env.DATABASE_URL = cluster.primaryUrl("atlas");
    process.env.DATABASE_REPLICA_URL = cluster.replicaUrl("atlas");
    // This file's app talks to this cluster alone, whatever a previous file in this worker left on globalThis.
    delete (globalThis as { prisma?: unknown }).prisma;
    delete (globalThis as { prismaReplica?: unknown }).prismaReplica;
    routes = {
      changes: (await import("@/app/api/changes/route")).GET,
      links: (await import("@/app/api/links/route")).GET,
      link: (await import("@/app/api/links/[id]/route")).GET as Handler,
      events: (await import("@/app/api/events/route")).POST,
      exportCsv: (await import("@/app/api/export/events.csv/route")).GET,
      health: (await import("@/app/api/health/route")).GET,
    };
    editor = (await createUserWithToken("editor")).token;
    await cluster.waitForReplay();
  }, 300_000);

  afterAll(async () => {
    if (!cluster) return;
    try {
      const clients = globalThis as { prisma?: { $disconnect(): Promise<void> }; prismaReplica?: { $disconnect(): Promise<void> } };
      await Promise.all([clients.prisma?.$disconnect(), clients.prismaReplica?.$disconnect()]);
    } finally {
      await cluster.stop();
    }
    // Nothing of this cluster outlives the file, should the worker run another.
    process.env.DATABASE_URL = originalDatabaseUrl;
    delete process.env.DATABASE_REPLICA_URL;
    delete (globalThis as { prisma?: unknown }).prisma;
    delete (globalThis as { prismaReplica?: unknown }).prismaReplica;
  }, 120_000);

  it("serves every public read from the replica, and editors' reads from the primary", async () => {
    const searchEvents = (await import("@/app/api/events/route")).GET;
    const eventId = ((await read(searchEvents, "/api/events")).body as { events: { id: string }[] }).events[0]!.id;
    const publicReads: [string, Handler, Record<string, string>?][] = [
      ["/api/changes", routes.changes],
      ["/api/links", routes.links],
      ["/api/links/IR-KP", routes.link, { id: "IR-KP" }],
      ["/api/links/IR-KP/events", (await import("@/app/api/links/[id]/events/route")).GET as Handler, { id: "IR-KP" }],
      ["/api/countries", (await import("@/app/api/countries/route")).GET],
      ["/api/countries/KP", (await import("@/app/api/countries/[iso2]/route")).GET as Handler, { iso2: "KP" }],
      ["/api/events?q=Pyongyang", searchEvents],
      [`/api/events/${eventId}`, (await import("@/app/api/events/[id]/route")).GET as Handler, { id: eventId }],
      ["/api/timeline", (await import("@/app/api/timeline/route")).GET],
      ["/api/compare?a=2019-01..2022-12&b=2023-01..2024-12", (await import("@/app/api/compare/route")).GET],
      ["/api/export/events.csv", (await import("@/app/api/export/events.csv/route")).GET],
      ["/api/export/events.json", (await import("@/app/api/export/events.json/route")).GET],
      ["/api/export/links.csv", (await import("@/app/api/export/links.csv/route")).GET],
      ["/api/export/links.json", (await import("@/app/api/export/links.json/route")).GET],
      ["/api/export/links.geojson", (await import("@/app/api/export/links.geojson/route")).GET],
      ["/feeds/events.atom", (await import("@/app/feeds/events.atom/route")).GET],
      ["/feeds/links/IR-KP.atom", (await import("@/app/feeds/links/[id]/route")).GET as Handler, { id: "IR-KP.atom" }],
      ["/feeds/countries/KP.atom", (await import("@/app/feeds/countries/[iso2]/route")).GET as Handler, { iso2: "KP.atom" }],
      ["/map.svg?link=IR-KP", (await import("@/app/map.svg/route")).GET],
    ];
    for (const [path, handler, context] of publicReads) {
      // Each answer is read to its end: a streamed export reads its pages from the replica as the client downloads.
      const answer = await read(handler, path, { context });
      expect({ path, status: answer.status, source: answer.source }).toEqual({ path, status: 200, source: "replica" });
    }
    expect((await kpRu(editor)).source).toBe("primary");
    expect((await read(routes.changes, "/api/changes", { token: editor })).source).toBe("primary");
  });

  it("shows the public an edit only once the replica has replayed it, labelled with its version; the editor at once", async () => {
    const before = await kpRu();
    const versionBefore = (await publicVersion()).version;
    expect(before.version).toBe(versionBefore);

    await cluster.pauseReplay();
    try {
      const title = "Edit made while the replica lags";
      // Dated after most of the 2024 fixtures, so an export (oldest first) has it on its second page of 1,000.
      await addKpRuEvent(title, "2024-12-01");

      // The editor who made it sees it at once, under a new version.
      const editorView = await kpRu(editor);
      expect(editorView).toMatchObject({ source: "primary", eventCount: before.eventCount + 1 });
      const editorVersion = (await read(routes.changes, "/api/changes", { token: editor })).body as { version: string };
      expect(BigInt(editorVersion.version)).toBeGreaterThan(BigInt(versionBefore));

      // The public still sees what the replica has: the old count under the old version, even though the shared
      // answer cache now also holds the editor's newer answer for the same URL.
      expect(await publicVersion()).toMatchObject({ source: "replica", version: versionBefore });
      expect(await kpRu()).toMatchObject({ source: "replica", version: versionBefore, eventCount: before.eventCount });
      // A client holding the editor's newer tag is not told "not modified" by a replica that lacks that version.
      const revalidated = await routes.link(
        new Request("http://localhost/api/links/KP-RU", { headers: { "if-none-match": `W/"v${editorVersion.version}-x"` } }),
        params({ id: "KP-RU" }),
      );
      expect(revalidated.status).toBe(200);
      // A public export streams its pages while the client downloads, every page from the replica: the edit is not
      // in it, while the editor's export has it.
      const publicExport = await read(routes.exportCsv, "/api/export/events.csv");
      expect(publicExport.source).toBe("replica");
      expect((publicExport.body as string).split("\n").length).toBeGreaterThan(1_001);
      expect(publicExport.body).not.toContain(title);
      expect((await read(routes.exportCsv, "/api/export/events.csv", { token: editor })).body).toContain(title);

      // Versioned reads (/api/v/{snapshot}/...) are answered exactly at their snapshot, immutable: the replica's
      // snapshot by the replica, without the edit; the primary's (which a page rendered on the primary asks for)
      // by the primary, with it, rather than an old answer under the new snapshot or a wait.
      const versioned = (await import("@/app/api/v/[version]/[...path]/route")).GET as Handler;
      const snapshotOf = async (token?: string) => ((await read(routes.changes, "/api/changes", { token })).body as { snapshot: string }).snapshot;
      const atSnapshot = async (snapshot: string) => {
        const response = await versioned(new Request(`http://localhost/api/v/${snapshot}/links/KP-RU`), { params: Promise.resolve({ version: snapshot, path: ["links", "KP-RU"] }) } as never);
        const body = (await response.json()) as { link: { eventCount: number } };
        return { status: response.status, source: response.headers.get("x-read-source"), cache: response.headers.get("cache-control"), eventCount: body.link.eventCount };
      };
      const immutable = "public, max-age=31536000, immutable";
      expect(await atSnapshot(await snapshotOf())).toEqual({ status: 200, source: "replica", cache: immutable, eventCount: before.eventCount });
      expect(await atSnapshot(await snapshotOf(editor))).toEqual({ status: 200, source: "primary", cache: immutable, eventCount: before.eventCount + 1 });
    } finally {
      await cluster.resumeReplay();
    }

    // While the replica catches up, every public answer pairs data and version consistently: the old count with
    // the old version, the new count with a newer one, never the new count under the old version.
    for (;;) {
      const now = await kpRu();
      expect(now.source).toBe("replica");
      if (now.version === versionBefore) expect(now.eventCount).toBe(before.eventCount);
      else {
        expect(now.eventCount).toBe(before.eventCount + 1);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await cluster.waitForReplay();
    expect(await kpRu()).toMatchObject({ source: "replica", eventCount: before.eventCount + 1 });
  });

  it("answers public reads from the primary while the replica is down, and goes back to the replica by itself", async () => {
    const before = await kpRu();
    await cluster.stopReplica();

    // Nothing fails: the read the replica could not answer is answered by the primary, and so are those after it.
    expect(await kpRu()).toMatchObject({ status: 200, source: "primary", eventCount: before.eventCount });
    await addKpRuEvent("Edit made while the replica is down");
    expect(await kpRu()).toMatchObject({ source: "primary", eventCount: before.eventCount + 1 });
    expect((await publicVersion()).status).toBe(200);
    // Health is the primary's: the app can serve everything without its replica.
    expect((await routes.health()).status).toBe(200);

    await cluster.startReplica();
    await cluster.waitForReplay();
    const back = await untilPublicReadsUseTheReplica();
    const primaryVersion = (await read(routes.changes, "/api/changes", { token: editor })).body as { version: string };
    expect(back.version).toBe(primaryVersion.version);
    expect(await kpRu()).toMatchObject({ source: "replica", eventCount: before.eventCount + 1 });

    // It really is the standby answering again: with its replay paused, a new edit stays out of public reads.
    await cluster.pauseReplay();
    try {
      await addKpRuEvent("Edit made after the replica came back");
      expect(await kpRu()).toMatchObject({ source: "replica", eventCount: before.eventCount + 1 });
      expect(await kpRu(editor)).toMatchObject({ source: "primary", eventCount: before.eventCount + 2 });
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.waitForReplay();
  });
});
