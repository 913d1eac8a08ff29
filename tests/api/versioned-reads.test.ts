// The public reads at a data snapshot, /api/v/{snapshot}/... (lib/http/versioned-route.ts), against a real database:
// the current snapshot's answers equal the unversioned ones and may be cached for a year; an older snapshot
// redirects to the current one's URL, a newer one answers 503 to retry, and neither is cacheable; an answer is never
// labelled with a snapshot its data is not at, even when a write lands while it is computed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let versioned: (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
let changes: (request: Request) => Promise<Response>;
let bumpDataVersion: () => Promise<void>;

const IMMUTABLE = "public, max-age=31536000, immutable";

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  versioned = (await import("@/app/api/v/[version]/[...path]/route")).GET;
  changes = (await import("@/app/api/changes/route")).GET;
  const { db } = await import("@/lib/db");
  bumpDataVersion = async () => void (await db().$executeRaw`UPDATE countries SET context = context WHERE id = 'KP'`);
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

/** GET /api/changes's snapshot. */
async function currentSnapshot(): Promise<string> {
  return ((await (await changes(get("/api/changes"))).json()) as { snapshot: string }).snapshot;
}

/** Asks `url` (e.g. /api/v/1-2026-12-01/links/IR-KP?x=1) of the versioned route, as Next.js would call it. */
function ask(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const { pathname } = new URL(url, "http://localhost");
  // Whatever prefix a proxy adds, Next.js sees what follows /api/v/.
  const [version, ...path] = pathname.slice(pathname.indexOf("/api/v/") + "/api/v/".length).split("/").map(decodeURIComponent);
  return versioned(new Request(new URL(url, "http://localhost"), { headers }), { params: Promise.resolve({ version: version!, path }) });
}

const READS = [
  "/api/links?from=2019-01-01&to=2024-12-31",
  "/api/links/IR-KP",
  "/api/links/KP-RU/events?limit=2",
  "/api/timeline",
  "/api/events?q=Pyongyang",
  "/api/countries",
  "/api/countries/KP",
  "/api/compare?a=2019-01..2022-12&b=2023-01..2024-12",
];

describe("GET /api/changes", () => {
  it("gives the data version and the snapshot: that version and today's UTC date", async () => {
    const body = (await (await changes(get("/api/changes"))).json()) as { version: string; snapshot: string };
    expect(body.snapshot).toBe(`${body.version}-${new Date().toISOString().slice(0, 10)}`);
  });
});

describe("GET /api/v/{snapshot}/...", () => {
  it("answers every public read at the current snapshot as the unversioned URL does, cacheable for a year", async () => {
    const snapshot = await currentSnapshot();
    const { PUBLIC_READS } = await import("@/lib/http/reads");
    const { matchVersionedPath } = await import("@/lib/http/versioned-paths");
    for (const read of READS) {
      const at = read.replace("/api/", `/api/v/${snapshot}/`);
      const answer = await ask(at);
      expect(answer.status, at).toBe(200);
      expect(answer.headers.get("cache-control"), at).toBe(IMMUTABLE);
      const { pathname, search } = new URL(read, "http://localhost");
      const match = matchVersionedPath(pathname.split("/").slice(2))!;
      const plain = await PUBLIC_READS[match.path](get(`${pathname}${search}`), { params: Promise.resolve(match.params) });
      expect(plain.headers.get("cache-control"), read).toBe("no-cache");
      expect(await answer.text(), at).toBe(await plain.text());
    }
  });

  it("answers a matching If-None-Match with 304, still cacheable", async () => {
    const at = `/api/v/${await currentSnapshot()}/links/IR-KP`;
    const etag = (await ask(at)).headers.get("etag")!;
    const again = await ask(at, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toBe(IMMUTABLE);
  });

  it("redirects an older snapshot to the same read at the current one, and that redirect is not cacheable", async () => {
    const old = await currentSnapshot();
    await bumpDataVersion();
    const now = await currentSnapshot();
    expect(now).not.toBe(old);
    for (const read of ["/api/links?from=2019-01-01", "/api/links/KP-RU/events?limit=2"]) {
      const asked = `http://atlas.test/prefix${read.replace("/api/", `/api/v/${old}/`)}`;
      const answer = await ask(asked);
      expect(answer.status, read).toBe(307);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      // Relative, so it keeps the host and any prefix the client used.
      expect(new URL(answer.headers.get("location")!, asked).href).toBe(`http://atlas.test/prefix${read.replace("/api/", `/api/v/${now}/`)}`);
    }
  });

  it("answers 503 to retry, not cacheable, for a snapshot this database has not reached", async () => {
    const [version, ...day] = (await currentSnapshot()).split("-");
    for (const ahead of [`${BigInt(version!) + BigInt(1)}-${day.join("-")}`, `${version}-2999-01-01`]) {
      const answer = await ask(`/api/v/${ahead}/links`);
      expect(answer.status, ahead).toBe(503);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(answer.headers.get("retry-after")).toBe("1");
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
    }
  });

  it("answers a malformed snapshot 400 naming `version`, and a path that is no versioned read 404, neither cacheable", async () => {
    for (const bad of ["latest", "12", "12-2026-02-30", "012-2026-01-01"]) {
      const answer = await ask(`/api/v/${bad}/links`);
      expect(answer.status, bad).toBe(400);
      expect(((await answer.json()) as { error: { issues: { path: string[] }[] } }).error.issues[0]!.path).toEqual(["version"]);
      expect(answer.headers.get("cache-control")).toBe("no-store");
    }
    const snapshot = await currentSnapshot();
    // GET /api/events/{id} shows retired events to editors, so it has no shared, versioned form.
    for (const path of ["/api/v/S/events/0190c0de-0000-7000-8000-000000000000", "/api/v/S/nothing", "/api/v/S/export/links.csv"]) {
      const answer = await ask(path.replace("S", snapshot));
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("passes a reversed link id's redirect and an unknown link's 404 through, not cacheable", async () => {
    const snapshot = await currentSnapshot();
    const asked = `http://localhost/api/v/${snapshot}/links/KP-IR?from=2019-01-01`;
    const reversed = await ask(asked);
    expect(reversed.status).toBe(308);
    expect(reversed.headers.get("cache-control")).toBe("no-store");
    expect(new URL(reversed.headers.get("location")!, asked).pathname).toBe(`/api/v/${snapshot}/links/IR-KP`);
    const missing = await ask(`/api/v/${snapshot}/links/AD-ZW`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });
});

describe("a pinned request in the cache of public answers", () => {
  it("is answered only when the data stayed at its snapshot while the answer was computed", async () => {
    const { createJsonCache } = await import("@/lib/http/cached-json");
    const { pinRequest } = await import("@/lib/http/snapshot-pin");
    let version = 5;
    const day = "2026-12-01";
    const cachedJson = createJsonCache({ dataVersion: async () => String(version), today: () => day });
    let computed = 0;
    // A write commits while the answer is being computed.
    const racing = async () => {
      computed++;
      version++;
      return { status: 200, body: { computed } };
    };
    const first = get("/api/links");
    const pin = pinRequest(first, { version: "5", day });
    const answer = await cachedJson(first, racing);
    expect(pin.outcome).toBe("moved");
    expect(answer.headers.get("cache-control")).toBe("no-store");

    // The unpinned request still gets an answer (its data is at least as new as it asked), but it is not kept.
    const steady = async () => ({ status: 200, body: { computed: ++computed } });
    await cachedJson(get("/api/links"), racing);
    const second = get("/api/links");
    const secondPin = pinRequest(second, { version: String(version), day });
    expect(await (await cachedJson(second, steady)).json()).toEqual({ computed: 3 });
    expect(secondPin.outcome).toBe("exact");

    // An older snapshot's pin is refused without computing anything.
    const stale = get("/api/links");
    const stalePin = pinRequest(stale, { version: "5", day });
    await cachedJson(stale, steady);
    expect(stalePin.outcome).toBe("moved");
    expect(computed).toBe(3);
  });
});
