// npm run bench:web: front-end figures for the production build, printed, never asserted.
// - time from navigation start until the arcs are drawn (median of several cold loads in headless Chromium)
// - JavaScript transferred for "/" (compressed), split into MapLibre, framework (React/Next) and our own code
// - a Lighthouse run: performance and accessibility scores
// Runs against a fresh seeded database; targets from the map issue are printed beside the figures.
// With --scale it measures the dashboard on the synthetic million instead (scripts/bench/web-scale.ts).
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/support/chromium";
import { createTestDatabase } from "../tests/support/test-database";
import { arcsDrawnAt, median, recordArcsDrawn } from "./bench/arcs-drawn";
import { runScaleBench } from "./bench/web-scale";
import { buildIfStale } from "./build-if-stale";
import { freePort } from "./db/embedded-postgres";
import { projectRoot } from "./db/migrations";
import { ensurePrismaClient } from "./prisma-generate";
import { serveCommand } from "./serve-command";

const LOADS = Number(process.env.BENCH_LOADS ?? 7);

const { values: args } = parseArgs({ options: { scale: { type: "boolean", default: false }, "database-url": { type: "string" } } });
ensurePrismaClient();
if (args.scale) {
  await runScaleBench({ databaseUrl: args["database-url"], loads: Number(process.env.BENCH_LOADS ?? 5) });
  process.exit(0);
}
buildIfStale();
const database = await createTestDatabase();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const [executable, ...serveArgs] = serveCommand(port);
const server = spawn(executable, serveArgs, {
  cwd: projectRoot,
  stdio: "ignore",
  env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production", BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret!", NEXT_TELEMETRY_DISABLED: "1" },
});

try {
  await waitFor(`${base}/api/health`);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

  // Warm the server once so the first measured load is not paying for Next's lazy route compilation.
  const warm = await browser.newPage();
  await warm.goto(base);
  await warm.waitForSelector("[data-arc-count]", { timeout: 60_000 });
  await warm.close();

  const times: number[] = [];
  let bytes = { maplibre: 0, framework: 0, app: 0 };
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await recordArcsDrawn(page);
    const scripts: { url: string; size: number; body: string }[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const sizes = await response.request().sizes().catch(() => null);
      const body = await response.text().catch(() => "");
      scripts.push({ url: response.url(), size: sizes?.responseBodySize ?? body.length, body });
    });
    await page.goto(base);
    times.push(await arcsDrawnAt(page, 60_000));
    await page.waitForLoadState("networkidle");
    if (i === 0) bytes = classify(scripts);
    await context.close();
  }
  await browser.close();

  const lighthouse = await runLighthouse(base);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log("\nAxis Atlas front-end benchmark (production build, headless Chromium, localhost)");
  console.log(`  arcs drawn after navigation: median ${median(times).toFixed(0)} ms over ${LOADS} loads (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})   target < 1500 ms`);
  console.log(`  JavaScript for "/" (compressed): MapLibre ${kb(bytes.maplibre)}, framework ${kb(bytes.framework)}, app ${kb(bytes.app)}   target app < 100 KB`);
  console.log(`  Lighthouse: performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}   targets >= 90, >= 95`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await database.drop();
}

/** Which bundle a script belongs to, by what it contains (chunk names are hashes). */
function classify(scripts: { url: string; size: number; body: string }[]) {
  const totals = { maplibre: 0, framework: 0, app: 0 };
  for (const s of scripts) {
    if (/maplibre/i.test(s.body) && /WebGL/i.test(s.body)) totals.maplibre += s.size;
    else if (/react-dom|__NEXT_|next-router|scheduler\.production|ReactDOM/i.test(s.body) && !/AtlasMap|atlas-map/.test(s.body)) totals.framework += s.size;
    else totals.app += s.size;
  }
  return totals;
}

async function runLighthouse(url: string) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    const categories = result?.lhr.categories ?? {};
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    return { performance: score("performance"), accessibility: score("accessibility") };
  } finally {
    chrome.kill();
  }
}

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}
