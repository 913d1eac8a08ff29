// The five interface languages (issue 17): each opens a shared link (/?lang=xx&link=IR-RU) with its panel, in its
// own words (Korean names North Korea 북한; Persian lays the page out right to left), without horizontal overflow at
// desktop and phone sizes, and with no serious or critical axe violation. Screenshots of each go to docs/locales/.
// The switcher changes the language, keeps it in the address, and the cookie remembers it across a reload and on
// an address without ?lang=. Read-only: runs beside the other dashboard specs.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { waitForHydration } from "./map-helpers";

test.use({ reducedMotion: "reduce" });
test.describe.configure({ timeout: 180_000 });

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** What each language must show on /?link=IR-RU: the panel's name, a few labels (the last the panel's eyebrow), its direction. */
const LOCALES = [
  { lang: "en", dir: "ltr", pair: "Iran – Russia", labels: ["Time range", "Strength", "Reading the map", "Link"], extra: "North Korea" },
  { lang: "ko", dir: "ltr", pair: "이란 – 러시아", labels: ["기간", "강도", "지도 읽는 법", "연결"], extra: "북한" },
  { lang: "fa", dir: "rtl", pair: "ایران – روسیه", labels: ["بازهٔ زمانی", "قدرت", "راهنمای نقشه", "پیوند"], extra: "کرهٔ شمالی" },
  { lang: "ru", dir: "ltr", pair: "Иран – Россия", labels: ["Период", "Сила", "Как читать карту", "Связь"], extra: "КНДР" },
  { lang: "zh-Hans", dir: "ltr", pair: "伊朗 – 俄罗斯", labels: ["时间范围", "强度", "地图图例", "关系"], extra: "朝鲜" },
] as const;

/** Fails when the page is wider than the window (something overflows horizontally). */
async function expectNoHorizontalOverflow(page: Page, view: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${view} overflows horizontally`).toBeLessThanOrEqual(clientWidth);
}

for (const locale of LOCALES) {
  test(`${locale.lang}: the shared link opens in its language, at desktop and phone sizes`, async ({ page }) => {
    await page.setViewportSize(SIZES.desktop);
    await page.goto(`/?lang=${locale.lang}&link=IR-RU`);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", locale.lang);
    await expect(html).toHaveAttribute("dir", locale.dir);

    const panel = page.getByRole("region", { name: locale.pair });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { level: 2, name: locale.pair })).toBeVisible();
    for (const label of locale.labels) await expect(page.getByText(label, { exact: true }).first()).toBeAttached();
    await expect(page.locator("body")).toContainText(locale.extra);
    // Curated text stays English, marked as such.
    await expect(panel.locator('.panel__lead[lang="en"]')).toHaveCount(1);
    // The page as the reader gets it once React has taken over (the map's server-drawn first view stays until
    // the reader reaches for the map: map.spec.ts and first-view.spec.ts test that hand-over).
    await waitForHydration(page);

    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await expect(panel).toBeVisible();
      await expectNoHorizontalOverflow(page, `${locale.lang} at ${size}`);
      await expectAccessible(page, `/?lang=${locale.lang}&link=IR-RU at ${size}`);
      await page.screenshot({ path: path.join("docs", "locales", `${locale.lang}-${size}.png`) });
    }
  });
}

test("the switcher changes the language, keeps it in the address, and the cookie remembers it", async ({ page }) => {
  await page.goto("/?link=IR-RU");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("region", { name: "Iran – Russia" }).waitFor();

  const switcher = page.getByTestId("locale-switch").first();
  await switcher.locator("summary").click();
  const korean = switcher.getByRole("link", { name: "한국어" });
  await expect(korean).toHaveAttribute("lang", "ko");
  await expect(switcher.getByRole("link", { name: "فارسی" })).toHaveAttribute("lang", "fa");
  await expect(switcher.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
  await korean.click();

  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("region", { name: "이란 – 러시아" })).toBeVisible();
  // The view is kept (the open link) and the language is in the address, so the link can be shared as it is.
  expect(new URL(page.url()).searchParams.get("lang")).toBe("ko");
  expect(new URL(page.url()).searchParams.get("link")).toBe("IR-RU");

  // The page's own address writes keep ?lang=.
  await page.locator('nav [data-country-id="KP"]').click();
  await expect(page.getByRole("region", { name: /북한/ })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("lang")).toBe("ko");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");

  // Without ?lang= the cookie decides.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { name: "기간" })).toBeVisible();
  await page.goto("/?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("without a choice", () => {
  test.use({ locale: "ru-RU" });

  test("Accept-Language picks the language", async ({ page }) => {
    await page.goto("/compare");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { name: "Сравнение двух периодов" })).toBeVisible();
  });
});

test("the sign-in page and the error pages speak the chosen language", async ({ page }) => {
  await page.goto("/sign-in?lang=fa");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "برای ویرایش اطلس وارد شوید" })).toBeVisible();
  await expect(page.getByLabel("گذرواژه")).toBeVisible();
  await expect(page.getByTestId("locale-switch")).toBeVisible();
  await page.goto("/no-such-page?lang=zh-Hans");
  await expect(page.getByRole("heading", { name: "Axis Atlas 中没有这个页面。" })).toBeVisible();
});
