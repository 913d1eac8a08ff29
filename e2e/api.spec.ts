// The public read API as served by the production build.
import { expect, test } from "@playwright/test";
import { decodeTimeline, TIMELINE_BINARY_TYPE } from "../lib/domain/timeline-binary";

test("GET /api/links lists the six four-capital links", async ({ request }) => {
  const response = await request.get("/api/links");
  expect(response.status()).toBe(200);
  const { links } = await response.json();
  expect(links.map((l: { id: string }) => l.id).sort()).toEqual(["CN-IR", "CN-KP", "CN-RU", "IR-KP", "IR-RU", "KP-RU"]);
});

test("a reversed link id resolves to the canonical link", async ({ request }) => {
  const response = await request.get("/api/links/KP-IR");
  expect(response.status()).toBe(200);
  const { link } = await response.json();
  expect(link.id).toBe("IR-KP");
  expect(link.events[0].title).toContain("Yun Jong Ho");
});

test("bad input answers 400 naming the field; unknown ids and paths answer JSON 404", async ({ request }) => {
  const bad = await request.get("/api/links?from=yesterday");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues[0].path).toEqual(["from"]);

  const unknown = await request.get("/api/links/XX-YY");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");

  const nowhere = await request.get("/api/nowhere");
  expect(nowhere.status()).toBe(404);
  expect((await nowhere.json()).error.code).toBe("not_found");
});

test("health reports the database answering", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(await response.json()).toEqual({ status: "ok" });
});

test("pages carry a Content-Security-Policy with a nonce and refuse framing", async ({ request }) => {
  const response = await request.get("/");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("large answers arrive compressed once, in the coding asked for, and decode to the same data", async ({ request }) => {
  // /api/countries (about 40 KB of JSON) is compressed once per data version by the app and passed on by its server.
  for (const [asked, coding] of [["gzip, deflate, br", "br"], ["gzip", "gzip"]] as const) {
    const response = await request.get("/api/countries", { headers: { "accept-encoding": asked } });
    expect(response.headers()["content-encoding"]).toBe(coding);
    expect(response.headers()["x-axis-content-encoding"]).toBeUndefined();
    // Playwright undoes one coding: JSON here means the body was compressed once, not twice.
    expect((await response.json()).countries.length).toBeGreaterThan(190);
  }
});

test("the binary timeline the dashboard reads holds what the JSON form says", async ({ request }) => {
  const json = await (await request.get("/api/timeline")).json();
  const binary = await request.get("/api/timeline?format=binary");
  expect(binary.headers()["content-type"]).toBe(TIMELINE_BINARY_TYPE);
  const body = await binary.body();
  const decoded = decodeTimeline(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
  expect(decoded.links).toEqual(json.links);
  expect(Array.from(decoded.cells.events)).toEqual(json.cells.events);
  expect(Array.from(decoded.cells.score)).toEqual(json.cells.score);
  expect(decoded.range).toEqual(json.range);
});
