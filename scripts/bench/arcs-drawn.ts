// Shared by bench:web and bench:web --scale: when the map first reports drawn arcs after a navigation, and
// the median of several such loads.
import type { Page } from "@playwright/test";

interface ArcsProbe {
  __arcsAt?: number;
}

/**
 * Before navigating: notes when arcs are first on screen, as performance.now() (ms since navigation start): the
 * animation frame after [data-arc-count] first turns positive (set by the server's first view as the HTML is
 * parsed, or by MapLibre once it has drawn them), i.e. the frame that paints them.
 */
export async function recordArcsDrawn(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const map = document.querySelector("[data-arc-count]");
      if (map && Number(map.getAttribute("data-arc-count")) > 0) {
        observer.disconnect();
        requestAnimationFrame(() => ((window as ArcsProbe).__arcsAt = performance.now()));
      }
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
}

/** After navigating: waits for the arcs and returns when they were drawn. */
export async function arcsDrawnAt(page: Page, timeout: number): Promise<number> {
  await page.waitForFunction(() => (window as ArcsProbe).__arcsAt, null, { timeout });
  return page.evaluate(() => (window as ArcsProbe).__arcsAt!);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
