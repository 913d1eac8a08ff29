// GET /map.svg and /map.png against a real, seeded PostgreSQL: the six ties among the four capitals drawn with the
// dashboard's styles, a PNG of the size asked whose pixels carry the arcs' colours, and errors that name the field.
import { DOMParser } from "@xmldom/xmldom";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkStyle, NATURE_COLOR } from "@/lib/map/link-style";
import { MAP_CREDITS, MAP_PALETTES } from "@/lib/map/style";
import type { ErrorResponse } from "@/lib/schemas/errors";
import type { ListLinksResponse } from "@/lib/schemas/links";
import { get } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let svgRoute: typeof import("@/app/map.svg/route");
let pngRoute: typeof import("@/app/map.png/route");
let links: ListLinksResponse["links"];

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  svgRoute = await import("@/app/map.svg/route");
  pngRoute = await import("@/app/map.png/route");
  const linksRoute = await import("@/app/api/links/route");
  links = ((await (await linksRoute.GET(get("/api/links"))).json()) as ListLinksResponse).links;
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

/** Reads width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many pixels lie within `tolerance` (per channel) of the colour `hex`. */
function pixelsNear(png: PNG, hex: string, tolerance = 24): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - r) <= tolerance && Math.abs(png.data[i + 1]! - g) <= tolerance && Math.abs(png.data[i + 2]! - b) <= tolerance) count++;
  }
  return count;
}

describe("GET /map.svg", () => {
  it("is an SVG document with the seed's six arcs in the dashboard's colours and patterns, the legend and the credits", async () => {
    const response = await svgRoute.GET(get("/map.svg"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("etag")).toMatch(/^W\/"v\d+-/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const root = new DOMParser().parseFromString(await response.text(), "image/svg+xml").documentElement!;
    expect(root.tagName).toBe("svg");
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual(["1200", "630"]);
    const arcs = Array.from(root.getElementsByTagName("path")).filter((p) => p.getAttribute("class") === "arc");
    expect(arcs.map((a) => a.getAttribute("data-link-id")).sort()).toEqual(["CN-IR", "CN-KP", "CN-RU", "IR-KP", "IR-RU", "KP-RU"]);
    for (const arc of arcs) {
      const style = linkStyle(links.find((l) => l.id === arc.getAttribute("data-link-id"))!);
      expect([arc.getAttribute("stroke"), arc.getAttribute("data-pattern")]).toEqual([style.color, style.pattern]);
    }
    expect(arcs.find((a) => a.getAttribute("data-link-id") === "IR-RU")!.getAttribute("data-pattern")).toBe("dashed");
    const text = Array.from(root.getElementsByTagName("text")).map((t) => t.textContent).join(" ");
    for (const words of ["Pyongyang", "Tehran", "Moscow", "Beijing", "Dashed: mostly alleged", "Axis Atlas", ...MAP_CREDITS.split(" · ")]) expect(text).toContain(words);
  });

  it("answers 304 to its own ETag while the data is unchanged", async () => {
    const first = await svgRoute.GET(get("/map.svg?link=IR-KP"));
    const etag = first.headers.get("etag")!;
    const again = await svgRoute.GET(new Request("http://localhost/map.svg?link=IR-KP", { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
  });

  it("titles a link's image with its countries and its verdict", async () => {
    const response = await svgRoute.GET(get("/map.svg?link=KP-IR&width=800&height=500"));
    const text = await response.text();
    expect(text).toContain('width="800" height="500"');
    expect(text).toContain("<title id=\"map-title\">Iran – North Korea</title>");
  });
});

describe("GET /map.png", () => {
  it("is a PNG of the size asked whose pixels include the cooperation arcs' blue", async () => {
    const response = await pngRoute.GET(get("/map.png?link=KP-RU&width=900&height=500"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: 900, height: 500 });
    const png = PNG.sync.read(bytes);
    expect(links.find((l) => l.id === "KP-RU")!.nature).toBe("cooperation");
    // KP-RU alone, framed, is hundreds of px long and several wide.
    expect(pixelsNear(png, NATURE_COLOR.cooperation)).toBeGreaterThan(1500);
  });

  it("draws in the light theme's sea and land with ?theme=light, and in the dark one by default", async () => {
    const light = PNG.sync.read(Buffer.from(await (await pngRoute.GET(get("/map.png?theme=light&width=600&height=400"))).arrayBuffer()));
    const dark = PNG.sync.read(Buffer.from(await (await pngRoute.GET(get("/map.png?width=600&height=400"))).arrayBuffer()));
    const area = 600 * 400;
    // Sea and land fill most of the image in the theme asked; the other theme's sea at most a few stray text pixels.
    expect(pixelsNear(light, MAP_PALETTES.light.sea, 6) + pixelsNear(light, MAP_PALETTES.light.land, 6)).toBeGreaterThan(area * 0.3);
    expect(pixelsNear(light, MAP_PALETTES.dark.sea, 6)).toBeLessThan(area * 0.01);
    expect(pixelsNear(dark, MAP_PALETTES.dark.sea, 6) + pixelsNear(dark, MAP_PALETTES.dark.land, 6)).toBeGreaterThan(area * 0.3);
    expect(pixelsNear(dark, MAP_PALETTES.light.sea, 6)).toBeLessThan(area * 0.01);
    // The arcs keep their colours in both themes.
    expect(pixelsNear(light, NATURE_COLOR.cooperation)).toBeGreaterThan(300);
  });

  it("defaults to 1200 × 630, the share-preview size", async () => {
    const response = await pngRoute.GET(get("/map.png"));
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });
});

describe("bad addresses", () => {
  it.each([
    ["/map.png?width=5", "width"],
    ["/map.svg?height=9999", "height"],
    ["/map.svg?width=wide", "width"],
    ["/map.svg?link=KP", "link"],
    ["/map.svg?colour=red", ""],
    ["/map.png?a=2019-01..2022-12", "b"],
    ["/map.png?theme=sepia", "theme"],
  ])("%s answers 400 naming %s", async (path, field) => {
    const route = path.startsWith("/map.png") ? pngRoute : svgRoute;
    const response = await route.GET(get(path));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.code).toBe("invalid_request");
    if (field) expect(body.error.issues?.map((i) => i.path[0])).toContain(field);
  });

  it("answers 404 for a link or a country the atlas does not have", async () => {
    expect((await pngRoute.GET(get("/map.png?link=FR-JP"))).status).toBe(404);
    expect((await svgRoute.GET(get("/map.svg?country=ZZ"))).status).toBe(404);
  });
});

describe("compare", () => {
  it("draws the comparison's changes with their words on the arcs", async () => {
    const response = await svgRoute.GET(get("/map.svg?a=2019-01..2022-12&b=2023-01..2024-12"));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("Compare two periods");
    expect(text).toContain('data-link-id="KP-RU"');
    expect(text).toMatch(/New \+\d/);
  });
});
