// The compare view (/compare?a=...&b=...) in a real Chromium against the production build on the seeded
// database: links grouped by how they changed, the events that made the difference, arcs styled by change.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { mapLocator, saveScreenshot } from "./map-helpers";

test.use({ reducedMotion: "reduce" });

const URL = "/compare?a=2019-01..2022-12&b=2023-01..2024-12";
const item = (page: Page, id: string) => page.locator(`.compare-item[data-link-id="${id}"]`);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("KP-RU is listed as gaining strength, with the 2023 events that made the difference", async ({ page }) => {
  await page.goto(URL);
  const kpru = item(page, "KP-RU");
  await expect(kpru).toBeVisible();
  // No KP-RU event before 2023: the API calls a tie with nothing in A "appeared", its strongest form of strengthening.
  expect(["appeared", "strengthened"]).toContain(await kpru.getAttribute("data-change"));
  const group = page.locator(".compare-group").filter({ has: kpru });
  await expect(group.getByRole("heading", { level: 3 })).toHaveText(/^(Appeared|Strengthened)/);
  await expect(kpru).toContainText("A 0.0");
  await expect(kpru).toContainText("Kim Jong Un meets Vladimir Putin");

  // IR-KP: the 2019 delegation in A, the April 2024 delegation in B.
  const irkp = item(page, "IR-KP");
  await expect(irkp.locator(".top-events").nth(0)).toContainText("Previous high-level North Korean delegation");
  await expect(irkp.locator(".top-events").nth(1)).toContainText("Yun Jong Ho");
  await expect(irkp.locator(".top-events").nth(1)).toContainText("April 2024");

  // The map draws the changed links, each with a word on its arc (colour is not the only carrier).
  await expect(mapLocator(page)).toHaveAttribute("data-arc-count", /^[1-9]/);
  await expect.poll(async () => JSON.parse((await mapLocator(page).getAttribute("data-arc-labels")) ?? "{}")["KP-RU"]).toMatch(/^(New )?\+/);
  await expect(page.getByRole("region", { name: /Reading the map: change from A to B/ })).toContainText("Went quiet");
});

test("the period pickers change the comparison and the URL", async ({ page }) => {
  await page.goto(URL);
  await expect(item(page, "KP-RU")).toBeVisible();
  await page.getByRole("combobox", { name: "Period B to" }).selectOption("2023-12");
  await expect(page).toHaveURL(/[?&]b=2023-01\.\.2023-12\b/);
  // IR-KP has no event in 2023: with B ending in 2023 it went quiet.
  await expect(item(page, "IR-KP")).toHaveAttribute("data-change", "went_quiet");
});

test("a compare URL without periods gets default ones", async ({ page }) => {
  await page.goto("/compare");
  await expect(page).toHaveURL(/[?&]a=\d{4}-\d{2}\.\.\d{4}-\d{2}&b=\d{4}-\d{2}\.\.\d{4}-\d{2}/);
});

test("axe finds no serious or critical violation on /compare", async ({ page }) => {
  await page.goto(URL);
  await expect(item(page, "KP-RU")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

const sizes = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

for (const size of sizes) {
  test.describe(`${size.name} ${size.viewport.width}x${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport });

    test("compare view screenshot, nothing overflowing sideways", async ({ page }, testInfo) => {
      await page.goto(URL);
      await expect(item(page, "KP-RU")).toBeVisible();
      await expect.poll(async () => (await mapLocator(page).getAttribute("data-arc-labels")) !== null).toBe(true);
      await expect(mapLocator(page)).toHaveAttribute("data-map-moving", "false");
      await saveScreenshot(page, testInfo, `${size.name}-compare`);
      if (size.name === "phone") {
        await page.locator(".compare-group").first().scrollIntoViewIfNeeded();
        await saveScreenshot(page, testInfo, `${size.name}-compare-list`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
