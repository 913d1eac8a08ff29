// Screenshots of the home page and both panels at desktop and phone sizes, saved as test artifacts
// (test-results/e2e/<test>/<name>.png and attached to the report) for a person to look at.
import { expect, test } from "@playwright/test";
import { afterMapSettles, saveScreenshot, waitForArcs } from "./map-helpers";

test.use({ reducedMotion: "reduce" });

const sizes = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

for (const size of sizes) {
  test.describe(`${size.name} ${size.viewport.width}x${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport });

    test("home, link panel and country panel", async ({ page }, testInfo) => {
      await page.goto("/");
      await waitForArcs(page);
      await saveScreenshot(page, testInfo, `${size.name}-home`);

      await afterMapSettles(page, () => page.getByRole("button", { name: /^Iran – North Korea, 2 events/ }).click());
      await expect(page.getByRole("region", { name: /Iran – North Korea/ })).toContainText("Yun Jong Ho");
      await saveScreenshot(page, testInfo, `${size.name}-link-IR-KP`);

      await page.goto("/?country=KP");
      await waitForArcs(page);
      await expect(page.getByRole("region", { name: /North Korea$/ })).toContainText("Kim Yo Jong");
      await saveScreenshot(page, testInfo, `${size.name}-country-KP`);
    });
  });
}
