// Helpers for the dashboard specs. The map publishes test hooks as data attributes on
// [data-testid="atlas-map"] (see components/map/map-stage.tsx), in production builds too.
import { expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";
import { geoInterpolate } from "d3-geo";

export const SIX_LINKS = ["CN-IR", "CN-KP", "CN-RU", "IR-KP", "IR-RU", "KP-RU"];

export const mapLocator = (page: Page) => page.getByTestId("atlas-map");

/**
 * Has MapLibre take over from the server-drawn first view (components/map/map-stage.tsx), as the reader's first
 * pointer over the map does, and waits until it has drawn `count` arcs and come to rest.
 */
export async function waitForArcs(page: Page, count = 6) {
  const map = mapLocator(page);
  // Until the page has hydrated nothing listens; the pointer is "moved" again until MapLibre starts.
  await expect(async () => {
    await map.dispatchEvent("pointermove");
    await expect(map).not.toHaveAttribute("data-map-state", "static", { timeout: 500 });
  }).toPass({ timeout: 30_000 });
  // Software WebGL on a busy 2-core machine can take well over the default 15 s to first draw the map.
  await expect(map).toHaveAttribute("data-map-state", "ready", { timeout: 45_000 });
  await expect(map).toHaveAttribute("data-arc-count", String(count));
  await expect(map).toHaveAttribute("data-map-moving", "false");
  // The first view has faded out and left: the pointer now reaches MapLibre everywhere.
  await expect(page.locator(".first-view")).toHaveCount(0);
}

/**
 * Waits until React has hydrated the page (its event handlers are attached to the map's element), without
 * starting MapLibre: for checks of the page around the map (axe, layout, words) that need no WebGL.
 */
export async function waitForHydration(page: Page) {
  await expect(mapLocator(page), "React has hydrated the page").toHaveAttribute("data-hydrated", "true", { timeout: 30_000 });
}

/** The server-drawn first view's arcs (links, each named by its link id). */
export const firstViewArcs = (page: Page) => page.locator(".first-view a[data-arc-id]");

async function readPoints(page: Page, attribute: "data-country-points") {
  const raw = await mapLocator(page).getAttribute(attribute);
  return JSON.parse(raw ?? "{}") as Record<string, [number, number]>;
}

/** Viewport coordinates of a point the map says a click there would open. */
export async function pointFor(page: Page, attribute: "data-country-points", key: string) {
  await expect.poll(async () => Boolean((await readPoints(page, attribute))[key])).toBe(true);
  const [x, y] = (await readPoints(page, attribute))[key]!;
  const box = await mapLocator(page).boundingBox();
  if (!box) throw new Error("the map has no box");
  return { x: box.x + x, y: box.y + y };
}

export type LonLat = [lon: number, lat: number];

/** Each country's capital [lon, lat] and name, as GET /api/countries gives them. */
export async function capitals(request: APIRequestContext): Promise<Map<string, { at: LonLat; name: string }>> {
  const response = await request.get("/api/countries");
  expect(response.status()).toBe(200);
  const { countries } = (await response.json()) as { countries: { id: string; name: string; capitalLon: number; capitalLat: number }[] };
  return new Map(countries.map((c) => [c.id, { at: [c.capitalLon, c.capitalLat] as LonLat, name: c.name }]));
}

/**
 * The point halfway along the great circle between two capitals (d3-geo), its longitude kept within 180° of
 * the first so it lies on the world copy the map draws the arc on.
 */
export function greatCircleMidpoint(from: LonLat, to: LonLat): LonLat {
  let [lon, lat] = geoInterpolate(from, to)(0.5);
  while (lon - from[0] > 180) lon -= 360;
  while (lon - from[0] < -180) lon += 360;
  return [lon, lat];
}

/**
 * Viewport coordinates of places, projected by the map's own camera (the automation hook in
 * components/map/automation-hooks.ts), so the test picks where to click without the hit test a click goes through.
 */
export async function projectToViewport(page: Page, points: readonly LonLat[]): Promise<{ x: number; y: number }[]> {
  await expect.poll(() => page.evaluate(() => typeof (window as { __atlasProject?: unknown }).__atlasProject === "function")).toBe(true);
  const projected = await page.evaluate(
    (list) => (window as unknown as { __atlasProject: (p: [number, number][]) => [number, number][] }).__atlasProject(list),
    points.map((p) => [p[0], p[1]] as [number, number]),
  );
  const box = await mapLocator(page).boundingBox();
  if (!box) throw new Error("the map has no box");
  return projected.map(([x, y]) => ({ x: box.x + x, y: box.y + y }));
}

/** Resolves after the map has rendered and come to rest again following `action`. */
export async function afterMapSettles(page: Page, action: () => Promise<void>) {
  const before = await mapLocator(page).getAttribute("data-idle");
  await action();
  await expect.poll(async () => await mapLocator(page).getAttribute("data-idle")).not.toBe(before);
  await expect(mapLocator(page)).toHaveAttribute("data-map-moving", "false");
}

/** Collects console errors, page errors and any request to another origin, for a final assertion. */
export function watchPage(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  return problems;
}

export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** A link's button in the rail's list (its accessible name is what it shows: see components/link-button.tsx). */
export const linkButton = (page: Page, id: string) => page.locator(`nav [data-link-id="${id}"]`);

/** A country's button in the rail's list. */
export const countryButton = (page: Page, iso2: string) => page.locator(`nav [data-country-id="${iso2}"]`);
