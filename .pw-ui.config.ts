// Temporary (UI engineer's local run against an already running server on :3101); deleted after use.
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./e2e/support/chromium";
export default defineConfig({
  testDir: "e2e",
  testMatch: /(map|screenshots)\.spec\.ts/,
  outputDir: "/tmp/ui/pw-results",
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: { baseURL: "http://127.0.0.1:3101", launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
});
