// Share previews, downloads and embeds (issue 14) in a real Chromium against the production build on the seeded
// database: every view's Open Graph image is a PNG the server draws, the embeds may be framed by any site and
// nothing else may be framed at all, and the dashboard offers the image and the embed code for the view in it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();

/** Width and height from a PNG's IHDR chunk, after its signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("a shared link's preview names the pair, says its verdict and shows a 1200 × 630 PNG of its map", async ({ page, request, baseURL }) => {
  await page.goto("/?link=IR-KP");
  await expect(meta(page, "og:title")).toHaveAttribute("content", "Iran – North Korea · Axis Atlas");
  await expect(meta(page, "og:description")).toHaveAttribute("content", /^Cooperation, most recently April 2024; /);
  await expect(meta(page, "twitter:card")).toHaveAttribute("content", "summary_large_image");
  const image = await meta(page, "og:image").getAttribute("content");
  expect(image).toBe(`${baseURL}/map.png?link=IR-KP`);
  await expect(meta(page, "twitter:image")).toHaveAttribute("content", image!);
  const response = await request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});

test("the atlas, a country and a comparison have their own previews, and each image answers", async ({ page, request }) => {
  for (const [path, title, imagePath] of [
    ["/", "Axis Atlas", "/map.png"],
    ["/?country=KP&from=2023-01&to=2024-12", "North Korea · Axis Atlas", "/map.png?from=2023-01&to=2024-12&country=KP"],
    ["/compare?a=2019-01..2022-12&b=2023-01..2024-12", "Compare two periods · Axis Atlas", "/map.png?a=2019-01..2022-12&b=2023-01..2024-12"],
  ] as const) {
    await page.goto(path);
    await expect(meta(page, "og:title")).toHaveAttribute("content", title);
    const image = (await meta(page, "og:image").getAttribute("content"))!;
    expect(new URL(image).pathname + new URL(image).search).toBe(imagePath);
    const response = await request.get(image);
    expect([response.status(), response.headers()["content-type"]]).toEqual([200, "image/png"]);
  }
});

test("an embed may be framed by any site; every other page by none", async ({ request }) => {
  const embed = await request.get("/embed?link=IR-KP");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", "/compare", "/sign-in"]) {
    const page = await request.get(path);
    expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers()["x-frame-options"]).toBe("DENY");
  }
});

test("another site's page shows the embed in an iframe, and cannot show the dashboard", async ({ page, baseURL }) => {
  // Another site: a page served by a server of its own on another loopback port (another origin). Served for real,
  // not routed, so the browser treats it as a local page framing a local one, as a site on the same network would.
  const host: Server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(`<!doctype html><title>Elsewhere</title>
      <iframe id="embed" src="${baseURL}/embed?link=IR-KP" width="600" height="400"></iframe>
      <iframe id="dashboard" src="${baseURL}/?link=IR-KP" width="600" height="400"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const { port } = host.address() as AddressInfo;
  try {
    await showsEmbedOnly(page, `http://127.0.0.1:${port}/`);
  } finally {
    await new Promise((resolve) => host.close(resolve));
  }
});

async function showsEmbedOnly(page: Page, hostPage: string) {
  await page.goto(hostPage);
  const embed = page.frameLocator("#embed");
  await expect(embed.getByTestId("embed-verdict")).toContainText("Iran – North Korea");
  await expect(embed.getByRole("img", { name: /Map of Iran – North Korea/ })).toBeVisible();
  // The browser refuses to render the dashboard inside another site's page.
  await expect.poll(() => page.frames().some((f) => f.url().startsWith("chrome-error://"))).toBe(true);
  await expect(page.frameLocator("#dashboard").locator(".topbar")).toHaveCount(0);
}

test("the embed shows the map, the verdict and a link back, and nothing else", async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto("/embed?link=IR-KP");
  const image = page.getByRole("img", { name: /Map of Iran – North Korea/ });
  await expect(image).toHaveAttribute("src", "/map.svg?link=IR-KP&width=600&height=340");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(600);
  await expect(page.getByTestId("embed-verdict")).toHaveText(/^Iran – North Korea Cooperation, most recently April 2024; /);
  const back = page.getByRole("link", { name: "Open in Axis Atlas" });
  await expect(back).toHaveAttribute("href", "/?link=IR-KP");
  await expect(back).toHaveAttribute("target", "_blank");
  await expect(back).toHaveAttribute("rel", "noopener");
  await expect(page.locator(".topbar, .rail, canvas")).toHaveCount(0);
  await page.screenshot({ path: "test-results/e2e/embed-link.png" });

  await page.goto("/embed/compare?a=2019-01..2022-12&b=2023-01..2024-12");
  await expect(page.getByTestId("embed-verdict")).toHaveText(
    "Compare two periods From Jan 2019 – Dec 2022 to Jan 2023 – Dec 2024: 3 links appeared, 1 strengthened.",
  );
  await expect(page.getByRole("link", { name: "Open in Axis Atlas" })).toHaveAttribute("href", "/compare?a=2019-01..2022-12&b=2023-01..2024-12");
});

test("the dashboard offers the view in it as a PNG and as embed code", async ({ page, baseURL }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/?link=KP-RU&from=2023-01&to=2024-12");
  const download = page.getByRole("link", { name: "Download image (PNG)" });
  await expect(download).toHaveAttribute("href", "/map.png?from=2023-01&to=2024-12&link=KP-RU");
  // A reader on the light theme downloads the image in it.
  await page.emulateMedia({ colorScheme: "light" });
  await expect(download).toHaveAttribute("href", "/map.png?from=2023-01&to=2024-12&link=KP-RU&theme=light");
  await page.getByText("Embed this map").click();
  const code = page.getByLabel("Paste this HTML where the map should appear:");
  await expect(code).toHaveValue(
    `<iframe src="${baseURL}/embed?from=2023-01&amp;to=2024-12&amp;link=KP-RU" width="600" height="400" title="Axis Atlas map: North Korea – Russia" style="border:0" loading="lazy"></iframe>`,
  );
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toBe("axis-atlas-KP-RU.png");
});
