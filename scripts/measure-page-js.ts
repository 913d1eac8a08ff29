// Prints the JavaScript a page loads in a real Chromium: every script response until the network is idle, its
// bytes on the wire (compressed, as served) and decoded. Used to check that a change (issue 17's languages) keeps
// the English page's weight: run it against a production server before and after.
//
// Usage: npx tsx scripts/measure-page-js.ts http://127.0.0.1:3241/ [more URLs]
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/support/chromium";

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error("Usage: tsx scripts/measure-page-js.ts URL [URL...]");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const url of urls) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const scripts: Promise<{ url: string; wire: number; decoded: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    scripts.push(
      (async () => {
        const sizes = await request.sizes();
        const response = await request.response();
        const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        return { url: request.url(), wire: sizes.responseBodySize, decoded: body.length };
      })(),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const all = await Promise.all(scripts);
  const wire = all.reduce((n, s) => n + s.wire, 0);
  const decoded = all.reduce((n, s) => n + s.decoded, 0);
  console.log(`${url}: ${all.length} scripts, ${(wire / 1024).toFixed(1)} KiB on the wire, ${(decoded / 1024).toFixed(1)} KiB decoded`);
  if (process.env.VERBOSE) for (const s of all.sort((a, b) => b.wire - a.wire)) console.log(`  ${(s.wire / 1024).toFixed(1).padStart(8)} KiB  ${s.url}`);
  await page.close();
}
await browser.close();
