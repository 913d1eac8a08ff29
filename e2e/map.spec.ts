// The dashboard in a real Chromium against the production build: arcs on the map, the panels they open,
// the list and keyboard route to the same panels, URL state, and the page's hygiene (console, network, axe).
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { geoInterpolate } from "d3-geo";
import { ringContains } from "@/lib/map/ring-contains";
import {
  afterMapSettles,
  capitals,
  countryButton,
  greatCircleMidpoint,
  linkButton,
  mapLocator,
  pointFor,
  projectToViewport,
  SIX_LINKS,
  waitForArcs,
  watchPage,
  type LonLat,
} from "./map-helpers";

test.use({ reducedMotion: "reduce" });

const linkPanel = (page: Page, name: RegExp | string) => page.getByRole("region", { name });
const IRAN_NORTH_KOREA = /^(Iran – North Korea|North Korea – Iran)$/;

/** Where each of the six links' arcs should be drawn: halfway along the great circle between its capitals. */
async function arcMidpoints(page: Page, request: APIRequestContext) {
  const known = await capitals(request);
  const midpoints = SIX_LINKS.map((id) => {
    const [a, b] = id.split("-").map((c) => known.get(c)!);
    return greatCircleMidpoint(a!.at, b!.at);
  });
  const onScreen = await projectToViewport(page, midpoints);
  return new Map(SIX_LINKS.map((id, i) => [id, onScreen[i]!]));
}

/**
 * A point of open sea on screen (in no country of the basemap the map draws, and not under the rail or a
 * control), as far as possible from every arc (sampled along its great circle) and capital; with that distance.
 */
async function seaPointFarFromArcs(page: Page, request: APIRequestContext) {
  const basemap = (await (await request.get("/basemap/countries-110m.geojson")).json()) as {
    features: { geometry: { type: string; coordinates: unknown } }[];
  };
  // Country shapes only (the file also holds border lines).
  const polygons = basemap.features.flatMap((f) =>
    f.geometry.type === "Polygon" ? [f.geometry.coordinates as LonLat[][]] : f.geometry.type === "MultiPolygon" ? (f.geometry.coordinates as LonLat[][][]) : [],
  );
  const onLand = (p: LonLat) => polygons.some(([outer, ...holes]) => ringContains(outer!, p) && !holes.some((h) => ringContains(h, p)));
  const candidates: LonLat[] = [];
  for (let lon = -178; lon <= 178; lon += 2) for (let lat = -60; lat <= 76; lat += 2) if (!onLand([lon, lat])) candidates.push([lon, lat]);

  const known = await capitals(request);
  const drawn: LonLat[] = [];
  for (const id of SIX_LINKS) {
    const [a, b] = id.split("-").map((c) => known.get(c)!.at);
    const along = geoInterpolate(a!, b!);
    for (let i = 0; i <= 64; i++) {
      let [lon, lat] = along(i / 64);
      // On the arc's world copy, as greatCircleMidpoint keeps it.
      while (lon - a![0] > 180) lon -= 360;
      while (lon - a![0] < -180) lon += 360;
      drawn.push([lon, lat]);
    }
    drawn.push(a!, b!);
  }
  const [onScreen, drawnOnScreen] = [await projectToViewport(page, candidates), await projectToViewport(page, drawn)];
  // Only points where a click reaches the map's canvas (not the rail, a panel, a label or a control).
  const reachable = await page.evaluate(
    (points) => points.map(({ x, y }) => document.elementFromPoint(x, y)?.tagName === "CANVAS"),
    onScreen,
  );
  let best = { x: 0, y: 0, distance: -1 };
  onScreen.forEach((p, i) => {
    if (!reachable[i]) return;
    const distance = Math.min(...drawnOnScreen.map((d) => Math.hypot(d.x - p.x, d.y - p.y)));
    if (distance > best.distance) best = { ...p, distance };
  });
  return best;
}

test("the map draws the six arcs along their great circles: hovering each one's midpoint names it", async ({ page, request }) => {
  await page.goto("/");
  await waitForArcs(page);
  await expect(page.getByRole("region", { name: "Map of links between capitals" })).toBeVisible();
  const known = await capitals(request);
  const points = await arcMidpoints(page, request);
  const tooltip = page.locator(".map-tooltip");
  for (const id of SIX_LINKS) {
    const [a, b] = id.split("-") as [string, string];
    const { x, y } = points.get(id)!;
    await page.mouse.move(x, y);
    await expect(tooltip.locator("strong"), `hovering ${id}'s midpoint at ${Math.round(x)},${Math.round(y)}`).toHaveText(`${known.get(a)!.name} – ${known.get(b)!.name}`);
  }
});

test("a click at the KP-IR arc's great-circle midpoint opens its panel with the April 2024 delegation", async ({ page, request }) => {
  await page.goto("/");
  await waitForArcs(page);
  const point = (await arcMidpoints(page, request)).get("IR-KP")!;
  await page.mouse.click(point.x, point.y);

  const panel = linkPanel(page, IRAN_NORTH_KOREA);
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/[?&]link=IR-KP\b/);
  // The events list (the "why this strength" list above it names the event too).
  const delegation = panel.locator("ol.events").getByRole("listitem").filter({ hasText: "Yun Jong Ho" });
  await expect(delegation).toContainText("April 2024");
  await expect(delegation).toContainText("Confirmed");
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
});

test("a click on open sea far from every arc opens nothing", async ({ page, request }) => {
  // Projects and hit-tests thousands of sea points in software WebGL: 27 s alone, past a minute in CI beside the
  // other dashboard specs' maps.
  test.slow();
  await page.goto("/");
  await waitForArcs(page);
  const sea = await seaPointFarFromArcs(page, request);
  expect(sea.distance, "the sea point's distance in px from the nearest arc or capital").toBeGreaterThanOrEqual(40);
  await page.mouse.click(sea.x, sea.y);

  // Then a click that does open something: had the first opened a panel, it would be in the history before it.
  const irkp = (await arcMidpoints(page, request)).get("IR-KP")!;
  await page.mouse.click(irkp.x, irkp.y);
  await expect(linkPanel(page, IRAN_NORTH_KOREA)).toBeVisible();
  await page.goBack();
  await expect(linkPanel(page, IRAN_NORTH_KOREA)).toBeHidden();
  expect(new URL(page.url()).search).toBe("");
  await expect(page.getByRole("region", { name: /North Korea|Iran|Russia|China/ })).toHaveCount(0);
});

test("a click on North Korea's shape opens its context panel", async ({ page }) => {
  await page.goto("/");
  await waitForArcs(page);
  const point = await pointFor(page, "data-country-points", "KP");
  await page.mouse.click(point.x, point.y);

  const panel = page.getByRole("region", { name: /North Korea$/ });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/[?&]country=KP\b/);
  await expect(panel).toContainText("Pyongyang");
  await expect(panel.getByRole("button", { name: /North Korea – Russia|Russia – North Korea/ })).toBeVisible();
  await expect(panel).toContainText("Kim Yo Jong");
});

test("the list and the keyboard alone reach the link and country panels", async ({ page }) => {
  await page.goto("/");
  await expect(linkButton(page, "IR-KP").locator(".list-button__meta")).toHaveText("2 events · last April 2024");

  /** Presses Tab until the focused control is the list row with this data-link-id or data-country-id. */
  const tabTo = async (kind: "link" | "country", id: string) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate((key) => (document.activeElement as HTMLElement | null)?.dataset[key] ?? "", kind === "link" ? "linkId" : "countryId");
      if (focused === id) return;
    }
    throw new Error(`Tab never reached ${kind} ${id}`);
  };

  await tabTo("link", "IR-KP");
  await page.keyboard.press("Enter");
  const link = linkPanel(page, IRAN_NORTH_KOREA);
  await expect(link).toBeVisible();
  await expect(link.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(link).toContainText("Yun Jong Ho");

  await page.keyboard.press("Escape");
  await expect(link).toBeHidden();
  await expect(linkButton(page, "IR-KP")).toBeFocused();
  await expect(page).not.toHaveURL(/link=/);

  await tabTo("country", "KP");
  await page.keyboard.press("Enter");
  const country = page.getByRole("region", { name: /North Korea$/ });
  await expect(country).toBeVisible();
  await expect(country).toContainText("Pyongyang");

  // From the country panel, its strongest link, still by keyboard.
  await tabTo("link", "KP-RU");
  await page.keyboard.press("Enter");
  await expect(linkPanel(page, "North Korea – Russia")).toBeVisible();
  await expect(page).toHaveURL(/[?&]link=KP-RU\b/);
});

test("a deep link opens its panel, and browser Back closes a panel opened on the page", async ({ page }) => {
  await page.goto("/?link=IR-KP");
  await expect(linkPanel(page, IRAN_NORTH_KOREA)).toContainText("Yun Jong Ho");

  await page.goto("/?country=KP");
  await expect(page.getByRole("region", { name: /North Korea$/ })).toContainText("Pyongyang");

  await page.goto("/");
  await linkButton(page, "CN-KP").click();
  await expect(page).toHaveURL(/[?&]link=CN-KP\b/);
  await expect(linkPanel(page, "China – North Korea")).toBeVisible();
  await page.goBack();
  await expect(linkPanel(page, "China – North Korea")).toBeHidden();
  await expect(page).not.toHaveURL(/link=/);
});

test("a link with no events says so", async ({ page }) => {
  await page.goto("/?link=CN-RU");
  const panel = linkPanel(page, "China – Russia");
  await expect(panel).toContainText("No events recorded for this link yet");
});

test("no console errors and no request leaves the app's origin", async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto("/");
  await waitForArcs(page);
  await afterMapSettles(page, () => linkButton(page, "KP-RU").click());
  await expect(linkPanel(page, "North Korea – Russia")).toContainText("Alleged");
  await page.getByRole("button", { name: "Globe" }).click();
  await expect(mapLocator(page)).toHaveAttribute("data-projection", "globe");
  await afterMapSettles(page, () => countryButton(page, "RU").click());
  await expect(page.getByRole("region", { name: /Russia$/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the panel is a bottom sheet and nothing overflows sideways", async ({ page }) => {
    await page.goto("/");
    await linkButton(page, "IR-KP").click();
    const panel = linkPanel(page, IRAN_NORTH_KOREA);
    await expect(panel).toContainText("Yun Jong Ho");
    const box = await panel.boundingBox();
    expect(box!.x).toBe(0);
    expect(Math.round(box!.y + box!.height)).toBe(844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
