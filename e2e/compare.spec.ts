// The compare view (/compare?a=...&b=...) in a real Chromium against the production build on the seeded
// database: links grouped by how they changed, the events that made the difference, arcs styled by change.
import { expect, test, type Page } from "@playwright/test";
import { mapLocator, saveScreenshot } from "./map-helpers";

test.use({ reducedMotion: "reduce" });

const COMPARE_URL = "/compare?a=2019-01..2022-12&b=2023-01..2024-12";
const item = (page: Page, id: string) => page.locator(`.compare-item[data-link-id="${id}"]`);

test("KP-RU is listed as gaining strength, with the 2023 events that made the difference", async ({ page }) => {
  await page.goto(COMPARE_URL);
  const kpru = item(page, "KP-RU");
  await expect(kpru).toBeVisible();
  // No KP-RU event before 2023: a tie with nothing in A "appeared", its strongest form of strengthening.
  await expect(kpru).toHaveAttribute("data-change", "appeared");
  const group = page.locator(".compare-group").filter({ has: kpru });
  // Appeared in B: KP-RU, IR-RU (the 2024 statement and alleged drones) and CN-KP (the April 2024 visit).
  await expect(group.getByRole("heading", { level: 3 })).toHaveText("Appeared 3");
  // B, measured on 31 December 2024: 2.5 × 0.71 (summit) + 1.2 (alleged aid) + 1.2 × 0.71 (alleged transfers) + 0.5 = 4.32.
  await expect(kpru.locator(".compare-item__figures")).toHaveText("A 0.0 (0 events) → B 4.3 (4 events) · +4.3");
  await expect(kpru).toContainText("Kim Jong Un meets Vladimir Putin");

  // IR-KP: the 2019 delegation in A, the April 2024 delegation in B.
  const irkp = item(page, "IR-KP");
  await expect(irkp.locator(".top-events").nth(0)).toContainText("Previous high-level North Korean delegation");
  await expect(irkp.locator(".top-events").nth(1)).toContainText("Yun Jong Ho");
  await expect(irkp.locator(".top-events").nth(1)).toContainText("April 2024");

  // The map draws the changed links, each with a word on its arc (colour is not the only carrier).
  // The four links that changed (the three above and IR-KP); China's ties to Iran and Russia have no events in either.
  await expect(mapLocator(page)).toHaveAttribute("data-arc-count", "4");
  await expect.poll(async () => JSON.parse((await mapLocator(page).getAttribute("data-arc-labels")) ?? "{}")).toEqual({
    "KP-RU": "New +4.3",
    "IR-RU": "New +1.7",
    "CN-KP": "New +1.2",
    // 1.5 × 0.5^(8/24) = 1.19 in B against 1.5 × 0.7 × 0.5^(36/24) = 0.37 in A.
    "IR-KP": "+0.8",
  });
  await expect(page.getByRole("region", { name: /Reading the map: change from A to B/ })).toContainText("Went quiet");
});

test("the period pickers change the comparison and the URL", async ({ page }) => {
  await page.goto(COMPARE_URL);
  await expect(item(page, "KP-RU")).toBeVisible();
  await page.getByRole("combobox", { name: "Period B to" }).selectOption("2023-12");
  await expect(page).toHaveURL(/[?&]b=2023-01\.\.2023-12\b/);
  // IR-KP has no event in 2023: with B ending in 2023 it went quiet.
  await expect(item(page, "IR-KP")).toHaveAttribute("data-change", "went_quiet");
});

/** "2024-04" plus n months. */
function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

test("a compare URL without periods gets default ones: the last two years as B, everything before as A", async ({ page, request }) => {
  // From the data: the first event's month (GET /api/timeline) to this month.
  const { range } = (await (await request.get("/api/timeline")).json()) as { range: { first: string } };
  const [first, now] = [range.first.slice(0, 7), new Date().toISOString().slice(0, 7)];
  expect(first).toBe("2019-01");
  const bFrom = addMonths(now, -23);
  const wanted = { a: `${first}..${addMonths(bFrom, -1)}`, b: `${bFrom}..${now}` };

  await page.goto("/compare");
  await expect.poll(() => Object.fromEntries(["a", "b"].map((k) => [k, new URL(page.url()).searchParams.get(k)]))).toEqual(wanted);
  // And the pickers show them.
  await expect(page.getByRole("combobox", { name: "Period A from" })).toHaveValue(first);
  await expect(page.getByRole("combobox", { name: "Period A to" })).toHaveValue(addMonths(bFrom, -1));
  await expect(page.getByRole("combobox", { name: "Period B from" })).toHaveValue(bFrom);
  await expect(page.getByRole("combobox", { name: "Period B to" })).toHaveValue(now);
});

const sizes = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

for (const size of sizes) {
  test.describe(`${size.name} ${size.viewport.width}x${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport });

    test("compare view screenshot, nothing overflowing sideways", async ({ page }, testInfo) => {
      await page.goto(COMPARE_URL);
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
