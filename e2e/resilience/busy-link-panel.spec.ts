// Issue 13, the busy link's panel: Germany–France with 100 events in 2010 and 520 in 2024. Opened for 2010, the
// panel must say what the arc says for 2010 (the strength GET /api/links gives for that year, 100 events) and
// list all 100 of them a page at a time, never "no events in view" beside a non-zero strength. A database of
// its own (the seed plus the fixture), so the shared e2e seed and its counts are left alone.
import { expect, test } from "@playwright/test";
import type { ListLinksResponse } from "@/lib/schemas/links";
import { insertBusyLink } from "../../tests/support/busy-link";
import { startApp, type AppProcess } from "./support/app-process";
import { createSeededDatabases, type AppDatabase } from "./support/database";

let database: AppDatabase;
let app: AppProcess;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  [database] = (await createSeededDatabases(1)) as [AppDatabase];
  await insertBusyLink(database.url);
  app = await startApp({ databaseUrl: database.url });
});

test.afterAll(async () => {
  await app?.kill();
  await database?.drop();
});

test("the DE-FR panel for 2010 lists its 100 events with the strength GET /api/links gives for 2010", async ({ page, request }) => {
  const answer = await request.get(`${app.baseURL}/api/links?from=2010-01-01&to=2010-12-31`);
  const expected = ((await answer.json()) as ListLinksResponse).links.find((l) => l.id === "DE-FR")!;
  expect(expected.eventCount).toBe(100);

  await page.goto(`${app.baseURL}/?link=DE-FR&from=2010-01&to=2010-12`);
  const panel = page.getByRole("region", { name: "Germany – France" });
  await expect(panel.getByTestId("link-event-count")).toHaveText("100");
  await expect(panel.getByTestId("link-strength")).toHaveText(expected.strength.toFixed(1));
  await expect(panel.getByText("No events in view")).toHaveCount(0);
  await expect(panel.getByTestId("why-strength").locator(".why__row")).toHaveCount(20);

  const events = panel.locator("ol.events > li");
  await expect(events).toHaveCount(50);
  await expect(panel.getByTestId("events-shown")).toHaveText("Showing 50 of 100 events, newest first.");
  await panel.getByRole("button", { name: "Show more events" }).click();
  await expect(events).toHaveCount(100);
  await expect(panel.getByTestId("events-shown")).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Show more events" })).toHaveCount(0);
  for (const date of await events.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime")))) {
    expect(date).toMatch(/^2010-/);
  }
});
