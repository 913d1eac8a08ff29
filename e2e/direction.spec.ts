// Who did what to whom on the map (issue 15, part 3): arrows on the arcs whose events mostly run one way, in the
// server's first view and in MapLibre, the same in words in the panel, and a filter by direction.
import { expect, test } from "@playwright/test";
import { linkButton, mapLocator, waitForArcs } from "./map-helpers";

/** The seed's arrows (from the article's roles): KP-IR's delegations, IR-RU's backing and drones, and so on. */
const SEED_ARROWS = ["IR>RU", "KP>CN", "KP>IR", "KP>RU"];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the first view draws an arrow on each arc that runs one way, and none on the others", async ({ page }) => {
    await page.goto("/");
    const arrows = page.locator(".first-view [data-arrow]");
    await expect(arrows).toHaveCount(4);
    expect((await arrows.evaluateAll((all) => all.map((a) => a.getAttribute("data-arrow")))).sort()).toEqual(SEED_ARROWS);
    // Each arrow is drawn: a filled polygon of some size, in the arc's colour.
    const box = await page.locator('.first-view [data-arrow="IR>RU"] polygon').boundingBox();
    expect(box!.width).toBeGreaterThan(6);
    await expect(page.getByRole("link", { name: /^Iran – Russia, .*, Iran to Russia$/ })).toHaveCount(1);
  });
});

test("MapLibre draws the same arrows once it takes over", async ({ page }) => {
  await page.goto("/");
  await waitForArcs(page);
  await expect.poll(async () => JSON.parse((await mapLocator(page).getAttribute("data-arc-arrows")) ?? "[]")).toEqual(SEED_ARROWS);
});

test("the panel says which way the link and each event run", async ({ page }) => {
  await page.goto("/?link=IR-RU");
  const panel = page.getByRole("region", { name: /Iran – Russia/ });
  await expect(panel.getByTestId("link-direction")).toHaveText("One way, Iran to Russia: 2 of 2 events with a direction.");
  await expect(panel.getByRole("heading", { name: "Iran to Russia: Alleged Iranian drone supplies to Russia for the war in Ukraine" })).toBeVisible();
  await expect(panel).toContainText("Participants: Iran (supplier), Russia (recipient)");
});

test("the direction filter keeps the links that run as asked, and says so", async ({ page }) => {
  await page.goto("/");
  // A click before the page has hydrated is undone by React (the box is controlled by the address, and hydration
  // may close the filters again): open them and click until the address says the filter is on.
  const box = page.getByRole("checkbox", { name: "No direction" });
  await expect(async () => {
    if (!(await box.isVisible())) await page.getByText("Filters", { exact: true }).click();
    await box.click({ timeout: 5_000 });
    await expect(page).toHaveURL(/direction=undirected/, { timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByRole("checkbox", { name: "No direction" })).toBeChecked();
  await expect(page.locator("nav [data-link-id]")).toHaveCount(2);
  await expect(linkButton(page, "CN-RU")).toBeVisible();
  await expect(linkButton(page, "CN-IR")).toBeVisible();
  await expect(page.locator(".filters__active")).toContainText("links no direction");
});
