// Live updates: an event added by an admin reaches the KP-RU arc, in the admin's own browser and in a second
// open dashboard, without a reload (the dashboards poll /api/changes every 5 s).
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { linkButton, waitForArcs } from "./map-helpers";

/** KP-RU's event count as its row in the list shows it ("5 events · last 2024"). */
async function eventCount(page: Page): Promise<number> {
  const meta = (await linkButton(page, "KP-RU").locator(".list-button__meta").textContent()) ?? "";
  return Number(/^(\d+) events?\b/.exec(meta)?.[1] ?? NaN);
}

async function signInAsAdmin(request: APIRequestContext, baseURL: string) {
  const response = await request.post("/api/auth/sign-in/email", {
    data: { email: "admin@e2e.test", password: "e2e-admin-password" },
    headers: { origin: baseURL },
  });
  expect(response.status()).toBe(200);
}

test("an event an admin adds shows on the KP-RU arc in their browser and in another open dashboard", async ({ browser, baseURL }) => {
  const adminContext = await browser.newContext({ baseURL });
  const adminPage = await adminContext.newPage();
  await signInAsAdmin(adminContext.request, baseURL!);
  const otherPage = await (await browser.newContext({ baseURL })).newPage();

  await adminPage.goto("/?link=KP-RU");
  await otherPage.goto("/");
  await waitForArcs(otherPage);
  const before = await eventCount(otherPage);

  const title = `Live update test ${Date.now()}`;
  const created = await adminContext.request.post("/api/events", {
    headers: { origin: baseURL! },
    data: {
      title,
      date: "2024-06-01",
      precision: "month",
      countries: ["KP", "RU"],
      category: "diplomatic_visit",
      evidence: "reported",
      score: 1.9,
      sources: [{ url: "https://example.org/live", publisher: "Example Wire", title: "Live update source" }],
    },
  });
  expect(created.status()).toBe(201);

  // The admin's open link panel lists the new event, and the other dashboard's count moves, within 10 s.
  await expect(adminPage.getByRole("heading", { name: title })).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => eventCount(otherPage), { timeout: 10_000 }).toBeGreaterThan(before);
  await expect.poll(() => eventCount(adminPage), { timeout: 10_000 }).toBeGreaterThan(before);
});
