// Finds a Chromium for Playwright: CHROMIUM_PATH, then the system's, then Playwright's own download.
// This machine cannot download browsers, so the system package is the normal way here.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, ...SYSTEM_PATHS, safeBundledPath()].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one and run again:\n" +
      "  Debian/Ubuntu: apt-get install -y chromium\n" +
      "  elsewhere:     npx playwright install chromium\n" +
      "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  );
}

function safeBundledPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep headless Chromium from calling home (the network refuses it) and run it as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
