// The dashboard's time range, playback, filters, "why this strength" and search, in a real Chromium against the
// production build on the seeded database. The range is computed in the browser from facts fetched once, so
// several specs also count requests to the data endpoints while the range moves.
import { expect, test, type Page, type Request } from "@playwright/test";
import { linkButton, mapLocator, saveScreenshot, waitForArcs } from "./map-helpers";

test.use({ reducedMotion: "reduce" });

const IRAN_NORTH_KOREA = /^(Iran – North Korea|North Korea – Iran)$/;
const linkPanel = (page: Page, name: RegExp | string) => page.getByRole("region", { name });
const figure = (page: Page, id: string) => page.locator(`nav [data-link-id="${id}"] .list-button__figure`);
const timelineTo = async (page: Page) => (await page.getByTestId("timeline").getAttribute("data-to")) ?? "";

/** "2024-04" plus n months. */
function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * IR-KP's strength measured today, from the strength model in words (README, "How strong is a link?"): each
 * event adds category weight × evidence factor × 0.5^(age in whole months / 24). The April 2024 delegation is
 * a diplomatic visit (1.5), confirmed (1); the 2019 one a diplomatic visit, reported (0.7), aged from December
 * 2019. As the list shows it: rounded to hundredths, then written to one place.
 */
function irkpStrengthToday(): string {
  const monthNo = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const now = monthNo(new Date().toISOString());
  const value = 1.5 * 1 * 0.5 ** ((now - monthNo("2024-04")) / 24) + 1.5 * 0.7 * 0.5 ** ((now - monthNo("2019-12")) / 24);
  return (Math.round(value * 100) / 100).toFixed(1);
}

/**
 * Requests to the data endpoints, path and query ("/api/links/IR-KP?from=…"), from now on; a read at a data
 * snapshot (/api/v/{snapshot}/links/...) is counted as the read it is.
 */
function countDataRequests(page: Page) {
  const seen: string[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    const pathname = url.pathname.replace(/^\/api\/v\/[^/]+\//, "/api/");
    if (pathname === "/api/timeline" || pathname.startsWith("/api/links")) seen.push(`${pathname}${url.search}`);
  };
  page.on("request", onRequest);
  return seen;
}

test("a range that ends before 2024 weakens the KP-IR link and drops the April 2024 delegation from its panel", async ({ page }) => {
  await page.goto("/");
  await waitForArcs(page);
  await expect(figure(page, "IR-KP")).toHaveText(irkpStrengthToday());

  await page.goto("/?from=2019-01&to=2023-12");
  await waitForArcs(page);
  await expect(page.getByTestId("timeline-range")).toHaveText("January 2019 – December 2023");
  const button = linkButton(page, "IR-KP");
  await expect(button.locator(".list-button__meta")).toHaveText("1 event · last 2019");
  // Only the 2019 delegation, measured at the end of 2023: 1.5 × 0.7 × 0.5^(48/24) = 0.2625.
  await expect(figure(page, "IR-KP")).toHaveText("0.3");

  await button.click();
  await expect(page).toHaveURL(/[?&]link=IR-KP\b/);
  await expect(page).toHaveURL(/[?&]from=2019-01\b/);
  const panel = linkPanel(page, IRAN_NORTH_KOREA);
  await expect(panel.getByRole("listitem").filter({ hasText: "Previous high-level North Korean delegation" }).first()).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: "Yun Jong Ho" })).toHaveCount(0);
  // The panel's numbers are the range's, the arc's and the list's: one event, strength 0.3.
  await expect(panel.getByTestId("link-event-count")).toHaveText("1");
  await expect(panel.getByTestId("link-strength")).toHaveText("0.3");

  // Back to all time: the delegation is back.
  await page.getByRole("button", { name: "All time" }).click();
  await expect(page).not.toHaveURL(/[?&]from=/);
  await expect(panel.getByRole("listitem").filter({ hasText: "Yun Jong Ho" }).first()).toBeVisible();
});

test("Play advances the range month by month; the map never refetches, the open panel asks only for its range", async ({ page }) => {
  await page.goto("/?from=2019-01&to=2019-12&link=IR-KP");
  await waitForArcs(page);
  await expect(linkPanel(page, IRAN_NORTH_KOREA)).toContainText("Previous high-level North Korean delegation");
  const requests = countDataRequests(page);
  const historyLength = await page.evaluate(() => history.length);

  // Step: one month at a time, the window keeps its length.
  await page.getByRole("button", { name: "Step forward one month" }).click();
  await expect(page).toHaveURL(/[?&]from=2019-02&to=2020-01\b/);
  await expect(page.getByTestId("timeline-range")).toHaveText("February 2019 – January 2020");
  await page.getByRole("button", { name: "Step back one month" }).click();
  await expect(page).toHaveURL(/[?&]from=2019-01&to=2019-12\b/);

  // Play at 4×: the end of the range moves on by itself; Pause stops it.
  await page.getByRole("group", { name: "Playback speed" }).getByRole("button", { name: "4×" }).click();
  await page.getByRole("button", { name: "Play" }).click();
  await expect.poll(() => timelineTo(page)).not.toBe("2019-12");
  await expect.poll(async () => (await timelineTo(page)) >= "2020-03").toBe(true);
  await page.getByRole("button", { name: "Pause" }).click();
  // A step the timer had already started before the click may still land: read where it stopped once the
  // timeline says it is paused and that step has rendered.
  await expect(page.getByTestId("timeline")).toHaveAttribute("data-playing", "false");
  await page.waitForTimeout(300);
  const stoppedAt = await timelineTo(page);
  await page.waitForTimeout(600);
  expect(await timelineTo(page)).toBe(stoppedAt);
  // Twelve months wide still, wherever it stopped.
  await expect(page).toHaveURL(new RegExp(`[?&]from=${addMonths(stoppedAt, -11)}&to=${stoppedAt}\\b`));
  await expect(page).toHaveURL(/[?&]link=IR-KP\b/);

  // The keyboard moves the range too: the end thumb is a labelled slider, one month per arrow.
  await page.getByRole("slider", { name: "End month" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => timelineTo(page)).toBe(addMonths(stoppedAt, 1));

  // The map, the list and the timeline come from the cells fetched once; only the open link's panel asks the
  // server for each range it shows (GET /api/links/IR-KP with that range), never the timeline or every link.
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) expect(url).toMatch(/^\/api\/links\/IR-KP\?(.*&)?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}\b/);
  // replaceState, not pushState: Back is not flooded with a step per month.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await expect(mapLocator(page)).toHaveAttribute("data-arc-count", "6");
});

test("the link panel explains its strength event by event, and its evidence mix in words", async ({ page }) => {
  // A range that ends in the past, so the numbers are the same every day: measured on 31 December 2024.
  await page.goto("/?link=KP-RU&from=2023-01&to=2024-12");
  const panel = linkPanel(page, "North Korea – Russia");
  const why = panel.getByTestId("why-strength");
  await expect(why).toBeVisible();
  const rows = why.getByRole("listitem");
  // Largest first: weight × evidence factor × decay, the 2023 events a year old (0.5^(12/24) = 0.71).
  const expected = [
    ["Kim Jong Un meets Vladimir Putin", "2.5 × 1 × 0.71 = 1.77"],
    ["Alleged Russian aid to North Korea's weapons development", "3 × 0.4 × 1.00 = 1.20"],
    ["Alleged transfers of North Korean weaponry to Russia", "3 × 0.4 × 0.71 = 0.85"],
    ["North Korea backs Russia's invasion of Ukraine", "0.5 × 1 × 1.00 = 0.50"],
  ];
  await expect(rows.locator(".why__title")).toHaveText(expected.map(([title]) => title!));
  for (const [i, [, formula]] of expected.entries()) await expect(rows.nth(i).locator(".why__formula")).toContainText(formula!);
  // 1.7678 + 1.2 + 0.8485 + 0.5, every event on the cooperation side.
  await expect(why.locator(".why__total")).toHaveText("Sum: strength 4.32");
  // Alleged 1.2 + 0.85 = 2.05 of 4.32; confirmed 1.77 + 0.5 = 2.27 of it.
  await expect(panel.getByTestId("evidence-sentence")).toHaveText("47% of this link's strength rests on alleged events; 53% on confirmed ones.");
});

test("filters narrow the map, the list and the panels, and live in the URL", async ({ page }) => {
  await page.goto("/?category=summit,arms_transfer&minEvidence=reported&countries=KP");
  // Only links touching North Korea; of their events only the confirmed 2023 summit passes.
  await waitForArcs(page, 3);
  await expect(linkButton(page, "KP-RU").locator(".list-button__meta")).toHaveText("1 event · last 2023");
  await expect(linkButton(page, "IR-KP").locator(".list-button__meta")).toHaveText("No events in this view");
  await expect(page.locator("nav [data-link-id]")).toHaveCount(3);
  await expect(page.getByText(/Arms transfer, Summit · at least reported · touching North Korea/)).toBeVisible();

  await page.getByRole("checkbox", { name: "Arms transfer" }).click();
  await expect(page.getByRole("checkbox", { name: "Arms transfer" })).not.toBeChecked();
  await expect(page).toHaveURL(/[?&]category=summit(&|$)/);
  await page.getByRole("combobox", { name: "Minimum evidence" }).selectOption("");
  await expect(page).not.toHaveURL(/minEvidence/);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await waitForArcs(page, 6);
  await expect(page).not.toHaveURL(/category|countries/);
});

test("searching “Yun Jong Ho” opens the KP-IR panel with that event highlighted", async ({ page, request }) => {
  const found = (await (await request.get("/api/events?q=Yun%20Jong%20Ho")).json()) as { events: { id: string; title: string }[] };
  expect(found.events.map((e) => e.title)).toEqual(["North Korean economic delegation led by Yun Jong Ho leaves for Iran"]);
  // A range that hides the event: opening it from search shows all time again.
  await page.goto("/?from=2019-01&to=2023-12");
  const box = page.getByRole("combobox", { name: "Search events" });
  await box.fill("zzqxv");
  await expect(page.locator(".search__popup").getByText("No events match")).toBeVisible();

  await box.fill("Yun Jong Ho");
  const option = page.getByRole("option", { name: /Yun Jong Ho/ });
  await expect(option).toBeVisible();
  await box.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");

  await expect(page).toHaveURL(/[?&]link=IR-KP\b/);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${found.events[0]!.id}(&|$)`));
  await expect(page).not.toHaveURL(/[?&]from=/);
  const panel = linkPanel(page, IRAN_NORTH_KOREA);
  const highlighted = panel.locator('li[aria-current="true"]');
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).toContainText("Yun Jong Ho");
  await expect(highlighted).toContainText("Search result");
  await expect(highlighted).toBeFocused();
  await expect(highlighted).toBeInViewport();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the timeline sits under the map and nothing overflows sideways", async ({ page }) => {
    await page.goto("/?from=2019-01&to=2023-12");
    // Measure once the data has arrived: before that, skeletons hold the layout at other heights.
    await waitForArcs(page);
    await expect
      .poll(async () => {
        const map = await mapLocator(page).boundingBox();
        const timeline = await page.getByTestId("timeline").boundingBox();
        return timeline!.y - (map!.y + map!.height);
      })
      .toBeGreaterThanOrEqual(-1);
    const timeline = await page.getByTestId("timeline").boundingBox();
    expect(timeline!.x).toBeGreaterThanOrEqual(0);
    expect(timeline!.x + timeline!.width).toBeLessThanOrEqual(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

const sizes = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

for (const size of sizes) {
  test.describe(`screenshots ${size.name} ${size.viewport.width}x${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport });

    test("timeline and why-this-strength", async ({ page }, testInfo) => {
      await page.goto("/?from=2019-01&to=2023-12");
      await waitForArcs(page);
      const timeline = page.getByTestId("timeline");
      if (size.name === "phone") await timeline.scrollIntoViewIfNeeded();
      // What the shot is for: the range as words and both thumbs, on screen.
      await expect(page.getByTestId("timeline-range")).toHaveText("January 2019 – December 2023");
      await expect(timeline).toHaveAttribute("data-to", "2023-12");
      await expect(page.getByRole("slider", { name: "End month" })).toBeInViewport();
      await expect(page.getByRole("slider", { name: "Start month" })).toBeInViewport();
      await saveScreenshot(page, testInfo, `${size.name}-timeline`);

      await page.goto("/?link=KP-RU");
      await waitForArcs(page);
      const why = page.getByTestId("why-strength");
      await why.scrollIntoViewIfNeeded();
      await expect(why.getByRole("listitem")).toHaveCount(4);
      await expect(why.getByRole("listitem").first()).toContainText("Kim Jong Un meets Vladimir Putin");
      await expect(why.getByRole("listitem").first()).toBeInViewport();
      await saveScreenshot(page, testInfo, `${size.name}-why-strength`);
    });
  });
}
