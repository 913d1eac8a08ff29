// The dashboard in a real Chromium against the production build: arcs on the map, the panels they open,
// the list and keyboard route to the same panels, URL state, and the page's hygiene (console, network, axe).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { afterMapSettles, mapLocator, pointFor, SIX_LINKS, waitForArcs, watchPage } from "./map-helpers";

test.use({ reducedMotion: "reduce" });

const linkPanel = (page: Page, name: RegExp | string) => page.getByRole("region", { name });
const IRAN_NORTH_KOREA = /^(Iran – North Korea|North Korea – Iran)$/;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the map loads and draws the six arcs", async ({ page }) => {
  await page.goto("/");
  await waitForArcs(page);
  const points = JSON.parse((await mapLocator(page).getAttribute("data-arc-points")) ?? "{}");
  expect(Object.keys(points).sort()).toEqual(SIX_LINKS);
  await expect(page.getByRole("region", { name: "Map of links between capitals" })).toBeVisible();
});

test("a click on the KP-IR arc on the canvas opens its panel with the April 2024 delegation", async ({ page }) => {
  await page.goto("/");
  await waitForArcs(page);
  const point = await pointFor(page, "data-arc-points", "IR-KP");
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
  await expect(page.getByRole("button", { name: /Iran – North Korea, 2 events, last April 2024/ })).toBeVisible();

  const tabTo = async (name: RegExp) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      if (name.test(label)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };

  await tabTo(/^Iran – North Korea, 2 events, last April 2024$/);
  await page.keyboard.press("Enter");
  const link = linkPanel(page, IRAN_NORTH_KOREA);
  await expect(link).toBeVisible();
  await expect(link.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(link).toContainText("Yun Jong Ho");

  await page.keyboard.press("Escape");
  await expect(link).toBeHidden();
  await expect(page.getByRole("button", { name: /^Iran – North Korea, 2 events/ })).toBeFocused();
  await expect(page).not.toHaveURL(/link=/);

  await tabTo(/^North Korea, 3 links$/);
  await page.keyboard.press("Enter");
  const country = page.getByRole("region", { name: /North Korea$/ });
  await expect(country).toBeVisible();
  await expect(country).toContainText("Pyongyang");

  // From the country panel, its strongest link, still by keyboard.
  await tabTo(/^North Korea – Russia, 4 events/);
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
  await page.getByRole("button", { name: /^China – North Korea, 1 event/ }).click();
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
  await afterMapSettles(page, () => page.getByRole("button", { name: /^North Korea – Russia, 4 events/ }).click());
  await expect(linkPanel(page, "North Korea – Russia")).toContainText("Alleged");
  await page.getByRole("button", { name: "Globe" }).click();
  await expect(mapLocator(page)).toHaveAttribute("data-projection", "globe");
  await afterMapSettles(page, () => page.getByRole("button", { name: /^Russia, 3 links$/ }).click());
  await expect(page.getByRole("region", { name: /Russia$/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test("axe finds no serious or critical violation on the home page and both panels", async ({ page }) => {
  await page.goto("/");
  await waitForArcs(page);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: /^Iran – North Korea, 2 events/ }).click();
  await expect(linkPanel(page, IRAN_NORTH_KOREA)).toContainText("Yun Jong Ho");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: /^North Korea, 3 links$/ }).click();
  await expect(page.getByRole("region", { name: /North Korea$/ })).toContainText("Pyongyang");
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the panel is a bottom sheet and nothing overflows sideways", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /^Iran – North Korea, 2 events/ }).click();
    const panel = linkPanel(page, IRAN_NORTH_KOREA);
    await expect(panel).toContainText("Yun Jong Ho");
    const box = await panel.boundingBox();
    expect(box!.x).toBe(0);
    expect(Math.round(box!.y + box!.height)).toBe(844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
