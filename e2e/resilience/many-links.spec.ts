// Issue 7, the dashboard at scale: with hundreds of links the rail's list renders only the rows in view, yet
// every link stays reachable, by scrolling to the end or by finding it by country name, and opens its panel.
// A small synthetic database (npm run seed:synthetic) of its own, so the shared e2e seed is left alone; the
// million-event figures are bench:web --scale's job, not a test's.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { projectRoot, startApp, type AppProcess } from "./support/app-process";
import { databaseAt, serverUrl, type AppDatabase } from "./support/database";

const LINKS = 400;
/** Enough monthly statistics (over 30,000 rows) that the page leaves the timeline for the browser to fetch, as at scale. */
const EVENTS = 40_000;

let database: AppDatabase;
let app: AppProcess;

async function seedSynthetic(url: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/seed-synthetic.ts", "--events", String(EVENTS), "--links", String(LINKS), "--database-url", url, "--reset"],
    { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`seed:synthetic failed (${code}):\n${output}`);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const url = new URL(serverUrl());
  url.pathname = `/axis_synthetic_e2e_${process.pid}`;
  database = databaseAt(url.toString());
  await seedSynthetic(database.url);
  app = await startApp({ databaseUrl: database.url });
});

test.afterAll(async () => {
  await app?.kill();
  await database?.drop();
});

test("hundreds of links: the list renders a screenful, reaches the last link, and finds one by country", async ({ page }) => {
  await page.goto(`${app.baseURL}/`);
  const find = page.getByRole("searchbox", { name: "Find a link by country" });
  await expect(find).toHaveAttribute("placeholder", `Find among ${LINKS} links…`);

  const scroller = page.getByTestId("link-list-scroller");
  const rows = scroller.getByRole("button");
  await expect(rows.first()).toBeVisible();
  // A screenful and a few more, not 400 buttons.
  expect(await rows.count()).toBeLessThan(40);
  await expect(scroller.locator("li").first()).toHaveAttribute("aria-setsize", String(LINKS));

  // Scrolling to the end brings the weakest link into view.
  await expect(async () => {
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(scroller.locator(`[data-position="${LINKS}"]`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });

  // Finding by country name leaves only links that name it, and a row opens that link's panel.
  await find.fill("Korea");
  await expect(async () => {
    const titles = await scroller.locator(".list-button__title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toContain("Korea");
  }).toPass({ timeout: 10_000 });
  const first = scroller.getByRole("button").first();
  const title = (await first.locator(".list-button__title").textContent())!;
  await first.click();
  await expect(page.getByRole("region", { name: title })).toBeVisible();
  await expect(page).toHaveURL(/[?&]link=[A-Z]{2}-[A-Z]{2}\b/);

  await find.fill("no such country");
  await expect(page.getByText("No link joins a country of that name.")).toBeVisible();
});

test("hundreds of links: the map draws the strongest 150, says how many it hides, and Show all draws all 400", async ({ page, browser, request }) => {
  // Without JavaScript: the server's drawing, the 150 strongest links by GET /api/links's strength, and the notice.
  const { links } = (await (await request.get(`${app.baseURL}/api/links`)).json()) as { links: { id: string; strength: number }[] };
  expect(links).toHaveLength(LINKS);
  const strongest = [...links].sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id)).slice(0, 150);
  const threshold = strongest[strongest.length - 1]!.strength;
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto(`${app.baseURL}/`);
  await expect(still.getByTestId("atlas-map")).toHaveAttribute("data-arc-count", "150");
  await expect(still.getByTestId("arc-budget")).toHaveText(`Showing the 150 strongest of ${LINKS} links. Show all`);
  // The timeline was too large for the page, which left it to the browser (preloaded) and drew these arcs from
  // its own strongest links.
  expect(await (await request.get(`${app.baseURL}/`)).text()).toContain("timeline?format=binary");
  const drawn = await still.locator(".first-view a[data-arc-id]").evaluateAll((arcs) => arcs.map((a) => a.getAttribute("data-arc-id")!));
  expect(drawn).toHaveLength(150);
  const strength = new Map(links.map((l) => [l.id, l.strength]));
  // Every drawn link is at least as strong as the 150th (ties at the threshold may go either way).
  for (const id of drawn) expect(strength.get(id)!, id).toBeGreaterThanOrEqual(threshold);
  // "Show all" is an address, so it works before scripts run: the server then draws the strongest 300 and leaves the rest to MapLibre.
  await still.getByRole("link", { name: "Show all" }).click();
  await expect(still).toHaveURL(/[?&]arcs=all\b/);
  await expect(still.getByTestId("atlas-map")).toHaveAttribute("data-arc-count", "300");
  await expect(still.getByTestId("arc-budget")).toHaveText(`Showing the 300 strongest of ${LINKS} links; the interactive map draws them all. Strongest only`);
  await noScript.close();

  // With JavaScript: MapLibre draws the same 150; Show all draws every link, and Strongest only goes back.
  await page.goto(`${app.baseURL}/`);
  const map = page.getByTestId("atlas-map");
  await expect(map).toHaveAttribute("data-arc-hidden", String(LINKS - 150));
  await expect(async () => {
    await page.getByRole("link", { name: "Show all" }).click();
    await expect(page).toHaveURL(/[?&]arcs=all\b/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(map).toHaveAttribute("data-map-state", "ready", { timeout: 45_000 });
  await expect(map).toHaveAttribute("data-arc-count", String(LINKS), { timeout: 30_000 });
  await expect(map).toHaveAttribute("data-arc-hidden", "0");
  await expect(page.getByTestId("arc-budget")).toHaveText(`Showing all ${LINKS} links. Strongest only`);
  await page.getByRole("link", { name: "Strongest only" }).click();
  await expect(map).toHaveAttribute("data-arc-count", "150", { timeout: 30_000 });
  await expect(page.getByTestId("arc-budget")).toContainText("150 strongest");
});

test("hundreds of links: a country's ties come to the front even when they are not among the strongest", async ({ page, request }) => {
  const { links } = (await (await request.get(`${app.baseURL}/api/links`)).json()) as { links: { id: string; strength: number; countries: [string, string] }[] };
  const strongest = new Set([...links].sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id)).slice(0, 150).map((l) => l.id));
  // The country with the most ties outside the strongest 150.
  const outside = new Map<string, string[]>();
  for (const l of links) if (!strongest.has(l.id)) for (const c of l.countries) outside.set(c, [...(outside.get(c) ?? []), l.id]);
  const [country, weak] = [...outside.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;

  await page.goto(`${app.baseURL}/?country=${country}`);
  const map = page.getByTestId("atlas-map");
  await expect(map).toHaveAttribute("data-arc-count", String(150 + weak.length));
  await expect(page.getByTestId("arc-budget")).toContainText(`Showing ${150 + weak.length} of ${LINKS} links: the strongest and the open country's.`);
  const drawn = new Set(await page.locator(".first-view a[data-arc-id]").evaluateAll((arcs) => arcs.map((a) => a.getAttribute("data-arc-id")!)));
  for (const id of weak) expect(drawn.has(id), id).toBe(true);
});
