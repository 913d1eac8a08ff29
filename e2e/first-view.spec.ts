// The server-drawn first view (components/map/first-view.tsx): arcs in the HTML that work without JavaScript,
// and MapLibre taking over on the first interaction without moving them.
import { expect, test, type Page } from "@playwright/test";
import { capitals, firstViewArcs, mapLocator, projectToViewport, SIX_LINKS, watchPage } from "./map-helpers";

test.use({ reducedMotion: "reduce" });

/** A point on an arc of the first view, in viewport px: halfway along its drawn path. */
async function pointOnArc(page: Page, id: string) {
  return firstViewArcs(page)
    .and(page.locator(`[data-arc-id="${id}"]`))
    .locator("path")
    .evaluate((path: SVGPathElement) => {
      const at = path.getPointAtLength(path.getTotalLength() / 2);
      const screen = new DOMPoint(at.x, at.y).matrixTransform(path.getScreenCTM()!);
      return { x: screen.x, y: screen.y };
    });
}

/** Each capital dot's centre in the first view, in viewport px. */
async function firstViewCapitals(page: Page) {
  return page.locator(".first-view [data-capital]").evaluateAll((groups) =>
    Object.fromEntries(
      groups.map((g) => {
        const box = g.lastElementChild!.getBoundingClientRect();
        return [g.getAttribute("data-capital")!, [box.x + box.width / 2, box.y + box.height / 2] as [number, number]];
      }),
    ),
  );
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the dashboard shows the six arcs, the list and the range, and an arc opens its panel", async ({ page }) => {
    await page.goto("/");
    await expect(mapLocator(page)).toHaveAttribute("data-arc-count", "6");
    await expect(mapLocator(page)).toHaveAttribute("data-map-state", "static");
    await expect(firstViewArcs(page)).toHaveCount(6);
    expect((await firstViewArcs(page).evaluateAll((arcs) => arcs.map((a) => a.getAttribute("data-arc-id")))).sort()).toEqual(SIX_LINKS);
    await expect(page.getByRole("link", { name: /^Iran – North Korea, 2 events, North Korea to Iran$/ })).toHaveAttribute("href", "/?link=IR-KP");
    await expect(page.locator("nav [data-link-id]")).toHaveCount(6);
    await expect(page.getByTestId("timeline")).toContainText("10 events in range");

    const onArc = await pointOnArc(page, "IR-KP");
    await page.mouse.click(onArc.x, onArc.y);
    await expect(page).toHaveURL(/\/\?link=IR-KP$/);
    await expect(page.getByRole("region", { name: /Iran – North Korea|North Korea – Iran/ })).toContainText("Yun Jong Ho");
  });

  test("a shared link's address shows its panel with the delegation and its arc highlighted", async ({ page }) => {
    await page.goto("/?link=IR-KP");
    await expect(page.getByRole("region", { name: /Iran – North Korea|North Korea – Iran/ })).toContainText("Yun Jong Ho");
    await expect(firstViewArcs(page)).toHaveCount(6);
  });

  test("the compare view draws its changed links", async ({ page }) => {
    await page.goto("/compare");
    const count = Number(await mapLocator(page).getAttribute("data-arc-count"));
    expect(count).toBeGreaterThan(0);
    await expect(firstViewArcs(page)).toHaveCount(count);
  });
});

test.describe("with JavaScript", () => {
  // A device that does not start the map unasked (fewer than four cores): MapLibre waits for the reader.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "hardwareConcurrency", { get: () => 2 }));
  });

  test("MapLibre starts on the first pointer over the map and draws the arcs where the first view drew them", async ({ page, request, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto("/");
    const map = mapLocator(page);
    await expect(firstViewArcs(page)).toHaveCount(6);
    await page.waitForLoadState("networkidle");
    // Nothing of MapLibre before the reader reaches for the map.
    await expect(map).toHaveAttribute("data-map-state", "static");
    await expect(page.locator("canvas")).toHaveCount(0);
    const before = await firstViewCapitals(page);
    expect(Object.keys(before).sort()).toEqual(["CN", "IR", "KP", "RU"]);

    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await expect(map).toHaveAttribute("data-map-state", "ready", { timeout: 45_000 });
    await expect(map).toHaveAttribute("data-arc-count", "6");
    await expect(page.locator(".first-view")).toHaveCount(0);

    const known = await capitals(request);
    const ids = Object.keys(before);
    const drawn = await projectToViewport(page, ids.map((id) => known.get(id)!.at));
    ids.forEach((id, i) => {
      const [x, y] = before[id]!;
      expect(Math.hypot(drawn[i]!.x - x, drawn[i]!.y - y), `${id}'s capital moved at the takeover`).toBeLessThan(4);
    });
    expect(problems).toEqual([]);
  });

  test("a click on a first-view arc opens its panel without reloading the page", async ({ page }) => {
    await page.goto("/");
    await expect(firstViewArcs(page)).toHaveCount(6);
    await page.evaluate(() => ((window as { marker?: number }).marker = 1));
    const onArc = await pointOnArc(page, "KP-RU");
    await page.mouse.click(onArc.x, onArc.y);
    await expect(page).toHaveURL(/\?link=KP-RU$/);
    await expect(page.getByRole("region", { name: /North Korea – Russia|Russia – North Korea/ })).toBeVisible();
    expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(1);
  });
});
