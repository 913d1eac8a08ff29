// End-to-end tests in a real Chromium against the production build on a fresh, seeded database
// (scripts/e2e-server.ts). `npm run test:e2e` runs just these; `npm test` runs them after unit and integration.
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3210);
const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } };
const baseURL = `http://127.0.0.1:${port}`;
// scripts/test.ts runs the read-only dashboard specs and the writing specs as two runs (E2E_WRITERS=1 for the
// second), each on its own fresh database, so a failure among the first does not leave the second unrun.
const writersAlone = process.env.E2E_WRITERS === "1";
const report = process.env.E2E_REPORT ?? "test-results/e2e-report.json";

export default defineConfig({
  testDir: "e2e",
  outputDir: writersAlone ? "test-results/e2e-writers" : "test-results/e2e",
  forbidOnly: !!process.env.CI,
  retries: 0,
  // WebGL renders in software here: a handful of workers keeps frames from starving each other.
  workers: 2,
  // MapLibre in software WebGL: a test that starts it twice can pass a minute on a busy 2-core machine (CI saw 70 s).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: report }]]
    : [["list"], ["json", { outputFile: report }], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  // All specs share one seeded database. Specs that only read (accessibility signs in, adding sessions but no events) run first, in parallel, and see the seed as
  // it is; then the specs that add events (the admin flow, then live updates) run one file at a time, so
  // their before/after counts are not disturbed by each other; the bulk GDELT import comes last.
  projects: [
    { name: "dashboard", testMatch: /(map|screenshots|api|timeline|compare|accessibility|first-view|feeds|share-embed|direction|themes|locales)\.spec\.ts/, use: desktop },
    { name: "admin", testMatch: /admin\.spec\.ts/, dependencies: writersAlone ? [] : ["dashboard"], use: desktop },
    { name: "live-updates", testMatch: /live-updates\.spec\.ts/, dependencies: ["admin"], use: desktop },
    { name: "import", testMatch: /import\.spec\.ts/, dependencies: ["live-updates"], use: desktop },
    // Faults survived (issue 7): each spec starts its own app processes from the same build on their own ports
    // and databases, so it runs last, one spec at a time, and leaves the shared server and database alone.
    // Needs a real PostgreSQL (DATABASE_URL); the embedded one cannot model locks and lost connections.
    ...(process.env.DATABASE_URL
      ? [
          { name: "resilience", testMatch: /resilience\/.*\.spec\.ts/, dependencies: ["import"], workers: 1, use: desktop },
          // Forwarded headers, redirects and conditional requests over real HTTP, directly and behind a real nginx
          // (issue 13): its own app processes and database too, after the resilience specs.
          { name: "http", testMatch: /e2e\/http\/[^/]+\.spec\.ts$/, dependencies: ["resilience"], workers: 1, use: desktop },
        ]
      : []),
  ],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: { E2E_PORT: String(port) },
  },
});
