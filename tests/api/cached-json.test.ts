// The cache of public answers (lib/http/cached-json.ts) against a real database version: conditional requests
// as RFC 9110 §13.1.2 defines them on every cached route, a write or a new day making answers fresh again,
// least-recently-used eviction by count and by bytes, and simultaneous requests sharing one computation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let cache: typeof import("@/lib/http/cached-json");
let bumpDataVersion: () => Promise<void>;
type Handler = (request: Request) => Promise<Response>;
let routes: [string, Handler][];

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  cache = await import("@/lib/http/cached-json");
  const { db } = await import("@/lib/db");
  // Any committed write moves the version; this one changes nothing anyone reads.
  bumpDataVersion = async () => void (await db().$executeRaw`UPDATE countries SET context = context WHERE id = 'KP'`);
  const links = await import("@/app/api/links/route");
  const link = await import("@/app/api/links/[id]/route");
  const country = await import("@/app/api/countries/[iso2]/route");
  const events = await import("@/app/api/events/route");
  const timeline = await import("@/app/api/timeline/route");
  const compare = await import("@/app/api/compare/route");
  routes = [
    ["/api/links", (r) => links.GET(r)],
    ["/api/links/IR-KP", (r) => link.GET(r, params({ id: "IR-KP" }))],
    ["/api/countries/KP", (r) => country.GET(r, params({ iso2: "KP" }))],
    ["/api/events?q=Pyongyang", (r) => events.GET(r)],
    ["/api/timeline", (r) => timeline.GET(r)],
    ["/api/compare?a=2019-01..2022-12&b=2023-01..2024-12", (r) => compare.GET(r)],
  ];
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

const request = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  new Request(new URL(path, "http://localhost"), { method, headers });

/** The opaque part of an ETag, without W/: what a proxy keeps when it weakens the tag. */
const opaque = (etag: string) => etag.replace(/^W\//, "");

describe("conditional GET on every cached route (RFC 9110 §13.1.2)", () => {
  it("answers 304 to the ETag as sent, to its weak and strong forms, to a list holding it and to *", async () => {
    for (const [path, handler] of routes) {
      const first = await handler(get(path));
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag")!;
      expect(etag, path).toMatch(/^W\/"v\d+-[\w-]+"$/);
      for (const condition of [etag, `W/${opaque(etag)}`, opaque(etag), `"v0-stale", ${etag}`, `"a" ,, W/${opaque(etag)} ,`, "*"]) {
        const again = await handler(request(path, { "if-none-match": condition }));
        expect(again.status, `${path} If-None-Match: ${condition}`).toBe(304);
        expect(again.headers.get("etag")).toBe(etag);
        expect(again.headers.get("cache-control")).toBe("no-cache");
        expect(await again.text()).toBe("");
      }
    }
  });

  it("answers 200 with the body to a tag that does not match, or to a malformed field", async () => {
    const [path, handler] = routes[0]!;
    const etag = (await handler(get(path))).headers.get("etag")!;
    for (const condition of ['"v0-stale"', `W/"other"`, opaque(etag).slice(1, -1), `*, ${etag}`]) {
      const response = await handler(request(path, { "if-none-match": condition }));
      expect(response.status, condition).toBe(200);
      expect((await response.json()).links).toHaveLength(6);
    }
  });

  it("answers HEAD with 304 too", async () => {
    const [path, handler] = routes[1]!;
    const etag = (await handler(get(path))).headers.get("etag")!;
    expect((await handler(request(path, { "if-none-match": `W/${opaque(etag)}` }, "HEAD"))).status).toBe(304);
  });

  it("gives a 404 no ETag, and * does not turn it into a 304", async () => {
    const { GET } = await import("@/app/api/links/[id]/route");
    const response = await GET(request("/api/links/CN-US", { "if-none-match": "*" }), params({ id: "CN-US" }));
    expect(response.status).toBe(404);
    expect(response.headers.get("etag")).toBeNull();
  });

  it("answers 200 with a new ETag once a write has moved the data version", async () => {
    const [path, handler] = routes[0]!;
    const before = (await handler(get(path))).headers.get("etag")!;
    await bumpDataVersion();
    const after = await handler(request(path, { "if-none-match": before }));
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before);
  });
});

describe("createJsonCache", () => {
  /** A cachedJson whose computations are counted per URL path, answering `{ path }`. */
  function counted(options: Parameters<typeof cache.createJsonCache>[0] = {}) {
    const cachedJson = cache.createJsonCache(options);
    const computed: string[] = [];
    const ask = (path: string, size = 0) =>
      cachedJson(get(path), async () => {
        computed.push(path);
        return { status: 200, body: { path, padding: "x".repeat(size) } };
      });
    return { ask, computed };
  }

  it("computes an answer once per URL, whatever the order of its parameters", async () => {
    const { ask, computed } = counted();
    const one = await ask("/x?a=1&b=2");
    const two = await ask("/x?b=2&a=1");
    expect(computed).toEqual(["/x?a=1&b=2"]);
    expect(two.headers.get("etag")).toBe(one.headers.get("etag"));
  });

  it("evicts the least recently used answer past maxEntries", async () => {
    const { ask, computed } = counted({ maxEntries: 2 });
    await ask("/a");
    await ask("/b");
    await ask("/a"); // a is now the most recently used
    await ask("/c"); // evicts b
    await ask("/a");
    expect(computed).toEqual(["/a", "/b", "/c"]);
    await ask("/b");
    expect(computed).toEqual(["/a", "/b", "/c", "/b"]);
  });

  it("evicts the least recently used answers past maxBytes", async () => {
    // Each answer is 126 bytes ({"path":"/a","padding":"x…x"}): two fit in 300, three do not.
    const { ask, computed } = counted({ maxBytes: 300 });
    await ask("/a", 100);
    await ask("/b", 100);
    await ask("/c", 100); // evicts a
    await ask("/c", 100);
    await ask("/b", 100);
    expect(computed).toEqual(["/a", "/b", "/c"]);
    await ask("/a", 100);
    expect(computed).toEqual(["/a", "/b", "/c", "/a"]);
  });

  it("keeps no answer larger than maxBytes", async () => {
    const { ask, computed } = counted({ maxBytes: 50 });
    await ask("/big", 100);
    await ask("/big", 100);
    expect(computed).toEqual(["/big", "/big"]);
  });

  it("merges simultaneous requests for one URL into one computation, and forgets a failed one", async () => {
    // A version that is already known, so the three requests reach the computation in flight without waiting on I/O.
    const cachedJson = cache.createJsonCache({ dataVersion: () => Promise.resolve("7") });
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      calls++;
      await gate;
      return { status: 200, body: { calls } };
    };
    const pending = [cachedJson(get("/slow"), compute), cachedJson(get("/slow"), compute), cachedJson(get("/slow"), compute)];
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const answers = await Promise.all(pending);
    expect(calls).toBe(1);
    for (const answer of answers) expect(await answer.json()).toEqual({ calls: 1 });

    let failures = 0;
    const failing = async () => {
      failures++;
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error("database hiccup");
    };
    const both = await Promise.allSettled([cachedJson(get("/fails"), failing), cachedJson(get("/fails"), failing)]);
    expect(both.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(failures).toBe(1);
    await expect(cachedJson(get("/fails"), failing)).rejects.toThrow("database hiccup");
    expect(failures).toBe(2);
  });

  it("computes again on a new day, with a new ETag, though no data changed", async () => {
    let day = "2026-03-01";
    const { ask, computed } = counted({ today: () => day });
    const monday = await ask("/links");
    await ask("/links");
    day = "2026-03-02";
    const tuesday = await ask("/links");
    expect(computed).toEqual(["/links", "/links"]);
    expect(tuesday.headers.get("etag")).not.toBe(monday.headers.get("etag"));
  });

  it("never keeps a 404", async () => {
    const cachedJson = cache.createJsonCache();
    let calls = 0;
    const missing = async () => ({ status: 404, body: { error: { code: "not_found", message: `call ${++calls}` } } });
    await cachedJson(get("/gone"), missing);
    const second = await cachedJson(get("/gone"), missing);
    expect(second.status).toBe(404);
    expect(calls).toBe(2);
  });
});

describe("answers compressed once per data version (lib/http/precompressed.ts)", () => {
  it("sends large answers Brotli- or gzip-compressed as the client accepts, the same bytes to every client, and small ones as they are", async () => {
    const { PRECOMPRESSION_ENV, PRECOMPRESSED_HEADER } = await import("@/lib/http/precompressed-header");
    const { brotliDecompressSync, gunzipSync } = await import("node:zlib");
    process.env[PRECOMPRESSION_ENV] = "1";
    try {
      const big = "x".repeat(40_000);
      const compute = async () => ({ status: 200, json: JSON.stringify({ big }) });
      const ask = (encoding: string) => cache.cachedJson(request("/api/precompressed-probe", { "accept-encoding": encoding }), compute);

      const br = await ask("gzip, deflate, br");
      expect(br.headers.get(PRECOMPRESSED_HEADER)).toBe("br");
      expect(br.headers.get("vary")).toBe("accept-encoding");
      const brBytes = Buffer.from(await br.arrayBuffer());
      expect(brBytes.length).toBeLessThan(1_000);
      expect(JSON.parse(brotliDecompressSync(brBytes).toString())).toEqual({ big });
      expect(Buffer.from(await (await ask("br")).arrayBuffer()).equals(brBytes)).toBe(true);

      const gzip = await ask("gzip;q=1, br;q=0");
      expect(gzip.headers.get(PRECOMPRESSED_HEADER)).toBe("gzip");
      expect(JSON.parse(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString())).toEqual({ big });

      const identity = await ask("identity");
      expect(identity.headers.get(PRECOMPRESSED_HEADER)).toBeNull();
      expect(await identity.json()).toEqual({ big });

      const small = await cache.cachedJson(request("/api/precompressed-small", { "accept-encoding": "br" }), async () => ({ status: 200, body: { small: true } }));
      expect(small.headers.get(PRECOMPRESSED_HEADER)).toBeNull();
    } finally {
      delete process.env[PRECOMPRESSION_ENV];
    }
  });
});
