// Issue 16: the public reads at a data snapshot (/api/v/{snapshot}/...) behind a real nginx with proxy_cache, in
// front of two app processes from the same build on a database of their own, configured as the README's "Behind a
// cache or CDN" says:
// - the page reads the current snapshot's URLs; the first visitor's request for one reaches an app, the next
//   visitor's is answered by nginx alone (X-Cache-Status HIT, no app in its access log);
// - after an edit, the open page fetches the new snapshot's URLs and shows the edit; what tells a client which
//   snapshot is current (GET /api/changes) and the unversioned reads are never kept by nginx, and an old snapshot's
//   URL that nginx does not hold redirects to the new one;
// - with both apps stopped, nginx still answers the reads it holds.
import { expect, test, type Page } from "@playwright/test";
import { linkButton, waitForArcs } from "../map-helpers";
import { startApp, type AppProcess } from "../resilience/support/app-process";
import { createAppDatabase, type AppDatabase } from "../resilience/support/database";
import { postEvent, signIn } from "../resilience/support/http";
import { startNginx, type Nginx } from "./support/nginx";
import { request } from "./support/request";

let database: AppDatabase;
let apps: AppProcess[] = [];
let nginx: Nginx;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000); // a fresh database and two server starts, on a machine that may be busy
  database = await createAppDatabase();
  // nginx runs on this machine: its X-Forwarded-* are believed, so the page is rendered for nginx's address.
  apps = await Promise.all([0, 1].map(() => startApp({ databaseUrl: database.url, env: { TRUSTED_PROXIES: "loopback" } })));
  nginx = await startNginx(apps.map((app) => app.port), { cache: true });
});

test.afterAll(async () => {
  await nginx?.stop();
  await Promise.all(apps.map((app) => app.kill()));
  await database?.drop();
});

/** GET /api/changes through nginx: the current snapshot, and how nginx's cache answered (it must not have). */
async function changes(): Promise<{ snapshot: string; cacheControl: string | undefined; cacheStatus: string | undefined }> {
  const reply = await request(`${nginx.baseURL}/api/changes`);
  expect(reply.status, reply.body).toBe(200);
  return {
    snapshot: (JSON.parse(reply.body) as { snapshot: string }).snapshot,
    cacheControl: reply.headers["cache-control"],
    cacheStatus: reply.headers["x-cache-status"] as string | undefined,
  };
}

/** An unversioned public read, which the page should never need: it reads them at the current snapshot. */
const PUBLIC_READ = /^\/api\/(links|timeline|events|countries|compare)([/?]|$)/;

/** The API requests `page` makes from now on, as paths with their queries. */
function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/api/")) seen.push(`${url.pathname}${url.search}`);
  });
  return seen;
}

/**
 * nginx's log entries for `uri` (which were answered by an app, upstream set, and which by the cache alone), once
 * there are `count` of them: nginx writes a request's line after the client has its answer, so right after the
 * last reply the last line may not be there yet.
 */
async function logOf(uri: string, count: number) {
  const entries = () => nginx.log().filter((entry) => entry.uri === uri);
  await expect.poll(() => entries().length, { message: `nginx has logged ${count} requests for ${uri}` }).toBe(count);
  return entries();
}

/** The KP-RU panel's URL the first visitor's page fetched, at the first snapshot (set by the first test). */
let panelUrl = "";
let firstSnapshot = "";

test("the page reads the current snapshot's URLs; the first visitor's request reaches an app, the next one's only nginx", async ({ browser }) => {
  test.setTimeout(180_000);
  const current = await changes();
  firstSnapshot = current.snapshot;
  expect(current.cacheControl).toBe("no-store");

  // The first visitor opens the KP-RU panel: its data comes from the current snapshot's URL, through to an app.
  const first = await (await browser.newContext()).newPage();
  const firstRequests = apiRequests(first);
  await first.goto(`${nginx.baseURL}/`);
  await waitForArcs(first);
  const panelResponse = first.waitForResponse((r) => /\/api\/v\/[^/]+\/links\/KP-RU(\?|$)/.test(r.url()));
  await linkButton(first, "KP-RU").click();
  const answer = await panelResponse;
  const url = new URL(answer.url());
  panelUrl = `${url.pathname}${url.search}`;
  expect(panelUrl).toMatch(new RegExp(`^/api/v/${firstSnapshot}/links/KP-RU`));
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(answer.headers()["x-cache-status"]).toBe("MISS");
  // Every public read the page made went to the current snapshot's URLs, none to an unversioned one (GET
  // /api/changes is how it learns which snapshot is current).
  expect(firstRequests.filter((p) => PUBLIC_READ.test(p))).toEqual([]);
  const reads = firstRequests.filter((p) => p.startsWith("/api/v/"));
  expect(reads.length).toBeGreaterThan(0);
  for (const read of reads) expect(read).toMatch(new RegExp(`^/api/v/${firstSnapshot}/`));

  // A second visitor (nothing in its browser's cache) opens the same panel: nginx answers, no app is asked.
  const second = await (await browser.newContext()).newPage();
  await second.goto(`${nginx.baseURL}/`);
  await waitForArcs(second);
  const secondResponse = second.waitForResponse((r) => r.url().endsWith(panelUrl));
  await linkButton(second, "KP-RU").click();
  const again = await secondResponse;
  expect(again.headers()["x-cache-status"]).toBe("HIT");
  expect(await again.text()).toBe(await answer.text());
  const entries = await logOf(panelUrl, 2);
  expect(entries.map((e) => e.cache)).toEqual(["MISS", "HIT"]);
  expect(entries[0]!.upstream).toMatch(/^127\.0\.0\.1:\d+$/);
  expect(entries[1]!.upstream).toBe("-");

  // The same by hand: one request reaches an app, the ones after it only nginx.
  const read = `/api/v/${firstSnapshot}/links/IR-KP?from=2019-01-01`;
  const replies = [await request(`${nginx.baseURL}${read}`), await request(`${nginx.baseURL}${read}`), await request(`${nginx.baseURL}${read}`)];
  expect(replies.map((r) => r.headers["x-cache-status"])).toEqual(["MISS", "HIT", "HIT"]);
  expect(new Set(replies.map((r) => r.body)).size).toBe(1);
  expect((await logOf(read, 3)).filter((e) => e.upstream !== "-")).toHaveLength(1);
});

test("after an edit, the open page fetches the new snapshot's URLs and shows it; nothing serves the old snapshot as current", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${nginx.baseURL}/`);
  await waitForArcs(page);
  const panelLoaded = page.waitForResponse((r) => /\/api\/v\/[^/]+\/links\/KP-RU(\?|$)/.test(r.url()));
  await linkButton(page, "KP-RU").click();
  expect((await panelLoaded).status()).toBe(200);
  const requests = apiRequests(page);

  // An editor adds a KP-RU event (through an app; the proxy is not what this is about).
  const title = `Behind the cache ${Date.now()}`;
  const created = await postEvent(apps[0]!.baseURL, await signIn(apps[0]!.baseURL, "editor"), title);
  expect(created).toMatchObject({ status: 201 });

  // What says which snapshot is current is never kept by nginx: it names the new one at once.
  const now = await changes();
  expect(now.snapshot).not.toBe(firstSnapshot);
  expect(now.cacheControl).toBe("no-store");
  expect(now.cacheStatus).toBeUndefined();
  // Nor are the unversioned reads: they have the event too.
  const unversioned = await request(`${nginx.baseURL}/api/links/KP-RU`);
  expect(unversioned.headers["x-cache-status"]).toBeUndefined();
  expect(unversioned.body).toContain(title);

  // The open page learns the new snapshot from its poll, fetches the panel at its URL, and shows the new event.
  await expect(page.getByRole("heading", { name: title })).toBeVisible({ timeout: 30_000 });
  const newPanelUrl = panelUrl.replace(firstSnapshot, now.snapshot);
  expect(requests).toContain(newPanelUrl);
  // Once it knew the new snapshot it never read the old one again, and never an unversioned read.
  expect(requests.filter((p) => PUBLIC_READ.test(p))).toEqual([]);
  const versionedReads = requests.filter((p) => p.startsWith("/api/v/"));
  const since = versionedReads.findIndex((p) => p.startsWith(`/api/v/${now.snapshot}/`));
  for (const read of versionedReads.slice(since)) expect(read).toMatch(new RegExp(`^/api/v/${now.snapshot}/`));
  const newPanel = await request(`${nginx.baseURL}${newPanelUrl}`);
  expect(newPanel.status).toBe(200);
  expect(newPanel.body).toContain(title);

  // An old snapshot's URL nginx does not hold is not answered from the old data: it redirects to the new one's,
  // and that redirect is not kept either (every ask reaches an app).
  const old = `/api/v/${firstSnapshot}/links/CN-RU`;
  for (let i = 0; i < 2; i++) {
    const reply = await request(`${nginx.baseURL}${old}`);
    expect(reply.status).toBe(307);
    expect(reply.headers["cache-control"]).toBe("no-store");
    expect(reply.headers["x-cache-status"]).not.toBe("HIT");
    expect(new URL(reply.headers.location!, `${nginx.baseURL}${old}`).pathname).toBe(`/api/v/${now.snapshot}/links/CN-RU`);
  }
  expect((await logOf(old, 2)).filter((e) => e.upstream !== "-")).toHaveLength(2);
});

test("with both app processes stopped, nginx still answers the reads it holds", async () => {
  const { snapshot } = await changes();
  const read = `/api/v/${snapshot}/links?from=2019-01-01`;
  const first = await request(`${nginx.baseURL}${read}`);
  expect(first.status).toBe(200);

  await Promise.all(apps.map((app) => app.kill()));
  // Nobody behind nginx answers any more...
  const gone = await request(`${nginx.baseURL}/api/links?from=2019-01-01`);
  expect(gone.status).toBe(502);
  // ...yet the versioned read is answered, from nginx's cache, as it was.
  const cached = await request(`${nginx.baseURL}${read}`);
  expect(cached.status).toBe(200);
  expect(cached.headers["x-cache-status"]).toBe("HIT");
  expect(cached.body).toBe(first.body);
});
