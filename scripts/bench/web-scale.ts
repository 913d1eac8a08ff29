// bench:web --scale: the dashboard on the synthetic million (issues 7 and 16), printed, never asserted.
// - arcs drawn after navigation in the default view (the strongest links, lib/map/arc-budget.ts; median of several
//   cold page loads on a warm server), target 1.5 s
// - the timeline's payload: bytes on the wire, and the browser's time to decode the binary form against
//   JSON.parse of the JSON form of the same data in the same page (the baseline), target 3 MB and 300 ms
// - a timeline step: API requests it made (target none) and the longest main-thread task it caused (target
//   under 100 ms), over several steps
// - the link list: how many link rows are in the DOM (virtualised: a screenful, not thousands) and whether
//   scrolling to its end shows the last link
import { chromium, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { CHROMIUM_ARGS, findChromium } from "../../e2e/support/chromium";
import { buildIfStale } from "../build-if-stale";
import { arcsDrawnAt, median, recordArcsDrawn } from "./arcs-drawn";
import { describeDatabaseUrl } from "../db/describe-url";
import { freePort } from "../db/embedded-postgres";
import { startServer } from "./server";
import { DEFAULT_BENCH_DATABASE_URL } from "./targets";
import { TIMELINE_DECODE_MEASURE } from "../../lib/domain/timeline-binary";

const STEPS = 5;
/** The step starts from a range well inside the data, so both directions have somewhere to go. */
const STEP_FROM = "2020-01";
const STEP_TO = "2024-06";

interface WindowProbe {
  __longTasks?: { start: number; duration: number }[];
}

export async function runScaleBench(options: { databaseUrl?: string; loads: number }) {
  const databaseUrl = options.databaseUrl ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
  const { events, links } = await countRows(databaseUrl);
  console.log(`Database ${describeDatabaseUrl(databaseUrl)}: ${events.toLocaleString("en")} events, ${links.toLocaleString("en")} links`);
  if (events < 1) throw new Error("The benchmark database has no events: npm run seed:synthetic -- --events 1000000");

  const distDir = ".next-bench";
  if (buildIfStale(distDir) === "built") console.log(`Built the production bundle in ${distDir}.`);
  const server = await startServer({ port: await freePort(), databaseUrl, distDir, readyTimeoutMs: 180_000 });
  try {
    console.log("\nAxis Atlas dashboard at scale (production build, headless Chromium, localhost)");
    for (const [index, mode] of MODES.entries()) {
      const browser = await chromium.launch({ executablePath: findChromium(), args: mode.args });
      try {
        await measureMode(browser, server.base, links, options.loads, mode.name, index === 0);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }
}

/**
 * Two ways headless Chromium draws WebGL without a GPU. With a GPU process (SwiftShader there) frames are
 * rendered and composited off the page's main thread, as in a browser with a graphics card, so the main
 * thread's figures measure the app. With --disable-gpu (the e2e tests' setting) the compositor reads each
 * WebGL frame back on the main thread, so every frame's whole software rendering shows up as a main-thread task.
 */
const MODES = [
  {
    name: "GPU process, SwiftShader (WebGL off the main thread, as with a graphics card)",
    args: [...CHROMIUM_ARGS.filter((a) => a !== "--disable-gpu"), "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
  },
  { name: "no GPU process, --disable-gpu (each frame read back on the main thread)", args: CHROMIUM_ARGS },
];

async function measureMode(browser: Browser, base: string, links: number, loads: number, modeName: string, first: boolean) {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`\n  ${modeName}`);
  if (first) {
    // The first visit fills the server's caches (the page and /api/timeline): its time is the cold cost.
    const coldStart = performance.now();
    const cold = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await cold.goto(base, { timeout: 600_000 });
    await cold.waitForSelector(`[data-arc-total="${links}"]`, { timeout: 600_000 });
    console.log(`    first visit on a cold server (fills its caches): ${ms(performance.now() - coldStart)}`);
    await cold.close();
  }

  const times: number[] = [];
  const decodes: number[] = [];
  let drawn = 0;
  let timelineBytes = 0;
  let timelineUrl = "";
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await recordArcsDrawn(page);
    page.on("response", async (response) => {
      // The dashboard reads the timeline at its data snapshot's URL (/api/v/{snapshot}/timeline).
      if (!/^\/api\/(v\/[^/]+\/)?timeline/.test(new URL(response.url()).pathname)) return;
      const sizes = await response.request().sizes().catch(() => null);
      timelineBytes = sizes?.responseBodySize ?? timelineBytes;
      timelineUrl = response.url();
    });
    await page.goto(base);
    times.push(await arcsDrawnAt(page, 120_000));
    drawn = Number(await page.getByTestId("atlas-map").getAttribute("data-arc-count"));
    decodes.push(await decodeTime(page));
    await context.close();
  }
  const baseline = await jsonParseTime(browser, timelineUrl);

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}/?from=${STEP_FROM}&to=${STEP_TO}`);
  await page.getByTestId("atlas-map").waitFor();
  // Steps are measured on MapLibre (the map a reader who steps is using): a pointer over the map starts it.
  for (let i = 0; i < 120 && (await page.getByTestId("atlas-map").getAttribute("data-map-state")) !== "ready"; i++) {
    await page.mouse.move(700 + (i % 2) * 10, 400);
    await page.waitForTimeout(500);
  }
  await page.waitForSelector(`[data-map-state="ready"][data-map-moving="false"]`, { timeout: 120_000 });
  const step = await measureSteps(page);
  const list = await measureList(page);
  await page.close();

  console.log(
    `    arcs drawn after navigation (default view: ${drawn} of ${links} links): median ${ms(median(times))} over ${times.length} loads ` +
      `(min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})   target ≤ 1500 ms   ${median(times) <= 1500 ? "met" : "MISSED"}`,
  );
  const mb = timelineBytes / 1e6;
  console.log(`    timeline payload on the wire (binary, compressed): ${mb.toFixed(2)} MB   target ≤ 3 MB   ${mb <= 3 ? "met" : "MISSED"}`);
  const decode = median(decodes);
  console.log(
    `    timeline decode in the browser: median ${ms(decode)}; JSON.parse of the JSON form in the same browser ${ms(baseline.parse)} ` +
      `(${baseline.megabytes.toFixed(1)} MB of JSON); ratio ${(decode / baseline.parse).toFixed(2)}   target ≤ 300 ms   ${decode <= 300 ? "met" : "MISSED"}`,
  );
  console.log(`    timeline step (${STEPS} steps): API requests ${step.requests}   target 0   ${step.requests === 0 ? "met" : "MISSED"}`);
  console.log(
    `    timeline step: longest main-thread task ${ms(step.longestTask)} (median step until the map is idle ${ms(step.medianSettle)})   ` +
      `target < 100 ms   ${step.longestTask < 100 ? "met" : "MISSED"}`,
  );
  console.log(
    `    link list: ${list.rows} of ${links} link rows in the DOM; scrolled to its end it shows the last link: ${list.reachedEnd ? "yes" : "NO"}`,
  );
}

/** The dashboard's own User Timing entry for decoding the binary timeline (lib/query/atlas.ts), in ms. */
async function decodeTime(page: Page): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, TIMELINE_DECODE_MEASURE, { timeout: 120_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.duration, TIMELINE_DECODE_MEASURE);
}

/** The baseline: the same timeline's JSON form (the binary URL without format=binary) fetched and parsed in a page. */
async function jsonParseTime(browser: Browser, binaryUrl: string): Promise<{ parse: number; megabytes: number }> {
  const url = new URL(binaryUrl);
  url.searchParams.delete("format");
  const page = await browser.newPage();
  try {
    // A static file of the app's origin: the API's own answers forbid fetches from their documents (CSP).
    await page.goto(new URL("/basemap/countries-110m.geojson", url).toString());
    return await page.evaluate(async (jsonUrl) => {
      const text = await (await fetch(jsonUrl)).text();
      const start = performance.now();
      JSON.parse(text);
      return { parse: performance.now() - start, megabytes: text.length / 1e6 };
    }, url.toString());
  } finally {
    await page.close();
  }
}

async function countRows(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ events: string; links: string }>(
      "SELECT (SELECT count(*) FROM events WHERE NOT retired) AS events, (SELECT count(*) FROM links) AS links",
    );
    return { events: Number(rows[0]!.events), links: Number(rows[0]!.links) };
  } finally {
    await client.end();
  }
}

/** Steps the timeline forward and back, counting API requests and main-thread tasks over 50 ms. */
async function measureSteps(page: Page) {
  let requests = 0;
  const onRequest = (request: { url(): string }) => {
    if (new URL(request.url()).pathname.startsWith("/api/") && !request.url().includes("/api/changes")) requests++;
  };
  await page.evaluate(() => {
    const w = window as WindowProbe;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask" });
  });
  page.on("request", onRequest);
  const settles: number[] = [];
  // The buttons are found before any step: Playwright's role locator computes accessible names for the whole page
  // in the page's main thread, a long task of its own that is not the app's.
  const forward = await page.getByRole("button", { name: "Step forward one month" }).elementHandle();
  const back = await page.getByRole("button", { name: "Step back one month" }).elementHandle();
  await page.evaluate(() => ((window as WindowProbe).__longTasks = []));
  for (let i = 0; i < STEPS; i++) {
    const before = await page.getByTestId("atlas-map").getAttribute("data-idle");
    const started = performance.now();
    await (i % 2 === 0 ? forward : back)!.click();
    await page.waitForFunction(
      (prev) => document.querySelector("[data-testid=atlas-map]")?.getAttribute("data-idle") !== prev,
      before,
      { timeout: 60_000 },
    );
    settles.push(performance.now() - started);
    await page.waitForTimeout(300);
  }
  page.off("request", onRequest);
  const tasks = await page.evaluate(() => (window as WindowProbe).__longTasks ?? []);
  return { requests, longestTask: Math.max(0, ...tasks.map((t) => t.duration)), medianSettle: median(settles) };
}

/** Counts the link rows in the DOM, then scrolls the list to its end and checks the last link is there. */
async function measureList(page: Page) {
  const rows = await page.locator("[data-link-id]").count();
  const total = Number((await page.locator("#links-heading .rail__count").textContent())?.replace(/,/g, ""));
  const list = page.locator("[data-testid=link-list-scroller]");
  if ((await list.count()) === 0) return { rows, reachedEnd: rows >= total };
  // Rows are measured as they render, so the list's height settles over a few scrolls to the end.
  for (let attempt = 0; attempt < 20; attempt++) {
    await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(250);
    if ((await page.locator(`[data-link-id][data-position="${total}"]`).count()) > 0) return { rows, reachedEnd: true };
  }
  return { rows, reachedEnd: false };
}
