// Light and dark, right to left, and the fonts for Korean, Chinese and Persian (issue 17, parts 3-5). Screenshots
// of both themes (desktop and phone) and of a mirrored page go to docs/themes/, to be looked at.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { mapLocator, waitForArcs } from "./map-helpers";

test.use({ reducedMotion: "reduce" });
test.describe.configure({ timeout: 180_000 });

const DOCS = path.join(process.cwd(), "docs", "themes");
const PHONE = { width: 390, height: 844 };
const LINK = "IR-RU";

async function shoot(page: Page, name: string) {
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: path.join(DOCS, `${name}.png`) });
}

/** The page's background colour as the browser computed it (the theme actually in use). */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK_BG = "rgb(10, 20, 32)";
const LIGHT_BG = "rgb(238, 242, 246)";

/** The open link's panel, once its heading is there. */
async function openLinkPanel(page: Page) {
  await page.goto(`/?link=${LINK}`);
  await expect(page.getByRole("region", { name: /Iran – Russia/ })).toBeVisible();
  await waitForArcs(page);
}

for (const scheme of ["light", "dark"] as const) {
  test(`the dashboard follows a ${scheme} system preference: colours, map and axe, at desktop and phone sizes`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openLinkPanel(page);
    // No cookie yet: the page follows the system, and the map is painted to match.
    await expect(page.locator("html")).toHaveAttribute("data-theme", "system");
    await expect.poll(() => pageBackground(page)).toBe(scheme === "dark" ? DARK_BG : LIGHT_BG);
    await expect(mapLocator(page)).toHaveAttribute("data-map-theme", scheme);
    await expect(page.locator(".maplibregl-canvas")).toBeVisible();
    await expectAccessible(page, `/?link=${LINK} (${scheme})`);
    await shoot(page, `dashboard-${scheme}-desktop`);

    // The same page turned into a phone: the map comes to rest in its new box.
    await page.setViewportSize(PHONE);
    await expect(page.getByRole("region", { name: /Iran – Russia/ })).toBeVisible();
    await expect(mapLocator(page)).toHaveAttribute("data-map-moving", "false");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await expectAccessible(page, `/?link=${LINK} phone (${scheme})`);
    await shoot(page, `dashboard-${scheme}-phone`);
  });
}

test("the switch sets the theme against the system's, repaints the map in place and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openLinkPanel(page);
  const group = page.getByRole("group", { name: "Colour theme" });
  await expect(group.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");

  // Light while the system is dark: the page and the map change without a reload.
  const loads: string[] = [];
  page.on("framenavigated", (frame) => frame === page.mainFrame() && loads.push(frame.url()));
  await group.getByRole("button", { name: "Light" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect.poll(() => pageBackground(page)).toBe(LIGHT_BG);
  await expect(mapLocator(page)).toHaveAttribute("data-map-theme", "light");
  expect(loads).toEqual([]);
  // The sea as MapLibre's background layer now has it (read back from the map by components/map/map-theme.tsx).
  await expect(mapLocator(page)).toHaveAttribute("data-map-sea", "#c9d8e6");
  await expectAccessible(page, `/?link=${LINK} (switched to light)`);

  // Remembered: the server renders the next page in it, before any script runs.
  expect((await page.context().cookies()).find((c) => c.name === "axis-theme")?.value).toBe("light");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Light" })).toHaveAttribute("aria-pressed", "true");
  const served = await (await page.request.get(`/?link=${LINK}`)).text();
  expect(served).toMatch(/<html[^>]*data-theme="light"/);

  // Dark while the system is light, remembered too.
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect.poll(() => pageBackground(page)).toBe(DARK_BG);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await waitForArcs(page);
  await expect(mapLocator(page)).toHaveAttribute("data-map-theme", "dark");
  await expectAccessible(page, `/?link=${LINK} (switched to dark)`);
});

test("a right-to-left page lays out mirrored, the map not, and nothing overflows", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openLinkPanel(page);
  const sides = () =>
    page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return { rail: box(".rail"), panel: box(".panel"), width: document.documentElement.clientWidth };
    });
  const ltr = await sides();
  expect(ltr.rail.left).toBeLessThan(ltr.width / 2);
  expect(ltr.panel.right).toBeGreaterThan(ltr.width / 2);

  // Until the locale work sets dir from the language, the test sets it as a Persian page would have it.
  const idle = await mapLocator(page).getAttribute("data-idle");
  await page.evaluate(() => {
    document.documentElement.dir = "rtl";
  });
  // The camera refits the arcs into the room the rail and panel now leave on the other sides, and comes to rest.
  await expect(mapLocator(page)).not.toHaveAttribute("data-idle", idle ?? "");
  await expect(mapLocator(page)).toHaveAttribute("data-map-moving", "false");
  await page.waitForTimeout(500);
  await expect(mapLocator(page)).toHaveAttribute("data-map-moving", "false");
  const rtl = await sides();
  // The rail moves to the right edge and the panel to the left, each as far from its edge as before.
  expect(Math.round(rtl.width - rtl.rail.right)).toBe(Math.round(ltr.rail.left));
  expect(Math.round(rtl.panel.left)).toBe(Math.round(ltr.width - ltr.panel.right));
  // The map's canvas is not mirrored: no transform, and MapLibre's own controls stay where MapLibre puts them.
  expect(await page.locator(".maplibregl-canvas").evaluate((c) => getComputedStyle(c).transform)).toBe("none");
  // Years on the timeline and the dates in the panel still read left to right.
  expect(await page.locator(".timeline__axis").evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await shoot(page, "dashboard-rtl-desktop");
  await page.setViewportSize(PHONE);
  await expect(mapLocator(page)).toHaveAttribute("data-map-moving", "false");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await shoot(page, "dashboard-rtl-phone");
});

/** Every font file and stylesheet the page fetches, by URL. */
function watchFonts(page: Page) {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font" || /\.woff2?(\?|$)/.test(request.url())) fonts.push(request.url());
  });
  return fonts;
}
const SCRIPT_FONT = /noto-sans-(kr|sc)|vazirmatn/i;

test("an English page fetches no Korean, Chinese or Persian font, until the switcher names those languages; its CSS and font bytes (printed for the README)", async ({ page }) => {
  const css: { url: string; bytes: number; wire: number }[] = [];
  const fonts = watchFonts(page);
  page.on("requestfinished", async (request) => {
    const response = await request.response();
    if (!response) return;
    const type = response.headers()["content-type"] ?? "";
    if (type.includes("text/css")) {
      const sizes = await request.sizes();
      css.push({ url: new URL(request.url()).pathname, bytes: (await response.body()).length, wire: sizes.responseBodySize });
    }
  });
  await page.goto("/", { waitUntil: "load" });
  const initial = css.map((c) => ({ ...c }));
  await waitForArcs(page);
  await page.waitForLoadState("networkidle");
  const sum = (list: typeof css, key: "bytes" | "wire") => list.reduce((n, c) => n + c[key], 0);
  const report = {
    initialCss: { files: initial.map((c) => c.url), bytes: sum(initial, "bytes"), wire: sum(initial, "wire") },
    allCssAfterMap: { files: css.map((c) => c.url), bytes: sum(css, "bytes"), wire: sum(css, "wire") },
    fonts: fonts.map((url) => new URL(url).pathname),
  };
  console.log(`CSS WEIGHT ${JSON.stringify(report)}`);

  expect(fonts.filter((url) => SCRIPT_FONT.test(url))).toEqual([]);
  // And no @font-face rule for them is in the page's stylesheets either (they are a chunk of their own).
  const families = await page.evaluate(() => [...document.fonts].map((f) => f.family));
  expect(families.filter((f) => SCRIPT_FONT.test(f.replace(/ /g, "-")))).toEqual([]);
  // The language switcher names each language in its own script: opening it fetches those fonts, not before.
  await page.getByTestId("locale-switch").locator("summary").click();
  await expect.poll(() => fonts.filter((url) => SCRIPT_FONT.test(url)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  // Fetching has begun; each name's faces are loaded a little later.
  for (const name of ["한국어", "فارسی"]) {
    await expect
      .poll(() => page.evaluate((n) => document.fonts.check('16px "Noto Sans KR Variable", "Vazirmatn Variable"', n), name), { message: name, timeout: 20_000 })
      .toBe(true);
  }
});

test("Hangul on the page fetches a Korean font and draws glyphs, not boxes", async ({ page }) => {
  const fonts = watchFonts(page);
  await page.goto("/");
  // Hydrated (MapLibre runs), so React keeps what the test adds to the page.
  await waitForArcs(page);
  await page.waitForLoadState("networkidle");
  expect(fonts.filter((url) => SCRIPT_FONT.test(url))).toEqual([]);
  const text = "북한과 이란";
  await page.evaluate((t) => {
    const p = document.createElement("p");
    p.lang = "ko";
    p.id = "hangul-probe";
    p.textContent = t;
    // Over the map, where a screenshot shows it (the page's layout is fixed to the viewport).
    p.style.cssText = "font-size: 40px; position: fixed; top: 120px; left: 420px; z-index: 100; padding: 8px 16px; background: var(--surface-solid); color: var(--text);";
    document.body.append(p);
  }, text);
  await expect.poll(() => fonts.some((url) => /noto-sans-kr/i.test(url)), { timeout: 20_000 }).toBe(true);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('40px "Noto Sans KR Variable"', "북한"))).toBe(true);
  // Drawn in the Korean font: its width differs from the same text in a font that has no Hangul (boxes), and the
  // page's own stack gives the same width as the Korean font by name.
  const widths = await page.evaluate((t) => {
    const canvas = document.createElement("canvas").getContext("2d")!;
    const measure = (font: string) => ((canvas.font = font), canvas.measureText(t).width);
    const probe = document.getElementById("hangul-probe")!;
    const range = document.createRange();
    range.selectNodeContents(probe);
    return {
      page: range.getBoundingClientRect().width,
      // The space between the words comes from Inter on the page, so the same stack here with only the Korean font added.
      korean: measure('40px "Inter Variable", "Noto Sans KR Variable"'),
      boxes: measure('40px "Inter Variable", monospace'),
    };
  }, text);
  expect(Math.abs(widths.page - widths.korean)).toBeLessThan(1);
  expect(Math.abs(widths.korean - widths.boxes)).toBeGreaterThan(4);
  await page.locator("#hangul-probe").screenshot({ path: path.join(DOCS, "hangul-probe.png") });
  // Only the subsets the characters need: a handful of files, not the whole family.
  expect(fonts.filter((url) => /noto-sans-kr/i.test(url)).length).toBeLessThan(8);
  expect(fonts.filter((url) => /noto-sans-sc|vazirmatn/i.test(url))).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, colorScheme: "light" });

  test("the server-drawn first view follows a light system preference too", async ({ page }) => {
    await page.goto(`/?link=${LINK}`);
    await expect(page.locator(".first-view a[data-arc-id]")).toHaveCount(6);
    await expect.poll(() => pageBackground(page)).toBe(LIGHT_BG);
    // The land image is drawn in the dark palette and turned pale by a CSS filter on the light theme.
    expect(await page.locator(".first-view__land").evaluate((g) => getComputedStyle(g).filter)).toContain("invert(1)");
    await shoot(page, "first-view-light-no-js");
  });
});
