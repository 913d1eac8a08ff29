// Issue 7: two app processes on one database, on different ports. An event added through one reaches a
// dashboard served by the other through its live updates, and sign-in failures count across both.
import { expect, test, type Page } from "@playwright/test";
import { startApp, type AppProcess } from "./support/app-process";
import { ACCOUNTS, createAppDatabase, type AppDatabase } from "./support/database";
import { call, json, postEvent, signIn } from "./support/http";

let database: AppDatabase;
let one: AppProcess;
let two: AppProcess;

test.beforeAll(async () => {
  test.setTimeout(240_000); // a fresh database and a server start, on a machine that may be busy
  database = await createAppDatabase();
  [one, two] = await Promise.all([startApp({ databaseUrl: database.url }), startApp({ databaseUrl: database.url })]);
});

test.afterAll(async () => {
  await Promise.all([one?.kill(), two?.kill()]);
  await database?.drop();
});

/** KP-RU's event count as its row in the list shows it ("4 events · last 2024"). */
async function kpRuEvents(page: Page): Promise<number> {
  const meta = page.locator('nav [data-link-id="KP-RU"] .list-button__meta');
  const text = (await meta.textContent({ timeout: 1_000 }).catch(() => null)) ?? "";
  return Number(/^(\d+) events?\b/.exec(text)?.[1] ?? NaN);
}

test("an event added through one process shows in a dashboard served by the other, without a reload", async ({ page }) => {
  await page.goto(`${two.baseURL}/`);
  await expect.poll(() => kpRuEvents(page), { timeout: 30_000 }).toBeGreaterThan(0);
  const before = await kpRuEvents(page);
  const versionBefore = (json(await call(`${two.baseURL}/api/changes`)) as { version: string }).version;

  const title = `Added through the other process ${Date.now()}`;
  expect(await postEvent(one.baseURL, await signIn(one.baseURL), title)).toMatchObject({ status: 201 });

  // The other process's change counter moves and its API lists the event...
  expect((json(await call(`${two.baseURL}/api/changes`)) as { version: string }).version).not.toBe(versionBefore);
  const link = json(await call(`${two.baseURL}/api/links/KP-RU`)) as { link: { events: { title: string }[] } };
  expect(link.link.events.map((e) => e.title)).toContain(title);
  // ...and the dashboard it serves, polling /api/changes every 5 s, counts it.
  await expect.poll(() => kpRuEvents(page), { timeout: 20_000 }).toBe(before + 1);
});

test("five failed sign-ins split across the two processes lock the account on both", async () => {
  const attempt = (app: AppProcess, password: string) =>
    call(`${app.baseURL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.baseURL },
      body: JSON.stringify({ email: ACCOUNTS.admin.email, password }),
    });
  // Three through one, two through the other: neither process alone has seen five.
  for (const app of [one, two, one, two, one]) expect(await attempt(app, "not the password")).toMatchObject({ status: 401 });
  for (const app of [one, two]) {
    const locked = await attempt(app, ACCOUNTS.admin.password);
    expect(locked).toMatchObject({ status: 429 });
    expect((json(locked) as { error: { code: string } }).error.code).toBe("too_many_requests");
  }
  // The editor's account is not affected.
  expect(await signIn(two.baseURL, "editor")).toMatch(/session_token=/);
});
