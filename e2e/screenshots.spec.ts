// Screenshots of the home page and both panels at desktop and phone sizes, saved as test artifacts
// (test-results/e2e/<test>/<name>.png and attached to the report) for a person to look at.
import { expect, test } from "@playwright/test";
import { afterMapSettles, linkButton, saveScreenshot, waitForArcs } from "./map-helpers";

test.use({ reducedMotion: "reduce" });

const sizes = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

for (const size of sizes) {
  test.describe(`${size.name} ${size.viewport.width}x${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport });

    test("home, link panel and country panel", async ({ page }, testInfo) => {
      // Each shot is taken once the page shows what its name says, on screen.
      await page.goto("/");
      await waitForArcs(page);
      await expect(page.locator("nav [data-link-id]")).toHaveCount(6);
      await expect(page.getByRole("region", { name: "Map of links between capitals" })).toBeInViewport();
      await expect(page.getByRole("region", { name: /Iran – North Korea|North Korea$/ })).toHaveCount(0);
      await saveScreenshot(page, testInfo, `${size.name}-home`);

      await afterMapSettles(page, () => linkButton(page, "IR-KP").click());
      const link = page.getByRole("region", { name: /Iran – North Korea/ });
      await expect(link).toContainText("Yun Jong Ho");
      await expect(link.getByRole("heading", { level: 2 })).toBeInViewport();
      await expect(page).toHaveURL(/[?&]link=IR-KP\b/);
      await saveScreenshot(page, testInfo, `${size.name}-link-IR-KP`);

      await page.goto("/?country=KP");
      await waitForArcs(page);
      const country = page.getByRole("region", { name: /North Korea$/ });
      await expect(country).toContainText("Kim Yo Jong");
      await expect(country.getByRole("heading", { level: 2 })).toBeInViewport();
      await saveScreenshot(page, testInfo, `${size.name}-country-KP`);
    });
  });
}
