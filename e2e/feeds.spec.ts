// Following a tie: the link panel offers its Atom feed, the page advertises the all-events feed, and the production
// server answers the feed as Atom listing the link's events.
import { expect, test } from "@playwright/test";
import { parseAtom } from "@/lib/feeds/test-support";

test("the IR-KP panel links its Atom feed, which lists the Yun Jong Ho delegation as confirmed", async ({ page, request }) => {
  await page.goto("/?link=IR-KP");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/feeds/events.atom");
  const panel = page.getByRole("region", { name: /^(Iran – North Korea|North Korea – Iran)$/ });
  const follow = panel.getByRole("link", { name: "Follow (Atom feed)" });
  await expect(follow).toHaveAttribute("href", "/feeds/links/IR-KP.atom");

  const response = await request.get((await follow.getAttribute("href"))!);
  const headers = response.headers();
  expect([response.status(), headers["content-type"], headers["content-security-policy"]]).toEqual([
    200,
    "application/atom+xml; charset=utf-8",
    "default-src 'none'; frame-ancestors 'none'",
  ]);
  const feed = parseAtom(await response.text());
  expect(feed.id).toBe(`${new URL(page.url()).origin}/feeds/links/IR-KP.atom`);
  expect(feed.entries.map((e) => [e.title, e.summary]).sort()).toEqual([
    ["North Korean economic delegation led by Yun Jong Ho leaves for Iran", "April 2024 · Diplomatic visit · Evidence: Confirmed · Iran, North Korea"],
    ["Previous high-level North Korean delegation to Iran", "2019 · Diplomatic visit · Evidence: Reported · Iran, North Korea"],
  ]);
});
