// axe on every view (issue 13, part 6): the dashboard with its lists, filters, search and both panels (desktop
// and phone), /compare, /sign-in, every /admin page an admin opens and the 403 page an editor sees. Serious or
// critical violations fail the test, each named with its rule, the elements and axe's summary. Read-only: it
// signs in, but creates no events, users or tokens, so it runs beside the other read-only specs.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { waitForArcs, waitForHydration } from "./map-helpers";

test.use({ reducedMotion: "reduce" });
// Each view is independent, so they share the project's workers; axe over a page whose map renders in
// software WebGL on a busy machine can take most of a minute by itself. So MapLibre is started (waitForArcs) only
// where its own controls are on trial, the home page at both sizes; the panels and lists are checked once React has
// hydrated the page, with the server-drawn first view as the map.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password" };
const EDITOR = { email: "editor@e2e.test", password: "e2e-editor-password" };
const PHONE = { width: 390, height: 844 };
/** Signs in through Better Auth's endpoint; the page's context keeps the session cookie. */
async function signIn(page: Page, who: { email: string; password: string }) {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const response = await page.request.post("/api/auth/sign-in/email", { headers: { origin }, data: who });
  expect(response.status(), await response.text()).toBe(200);
}

test.describe("the dashboard", () => {
  test("/ with its link and country lists", async ({ page }) => {
    await page.goto("/");
    await waitForArcs(page);
    await expect(page.locator("nav [data-link-id]")).toHaveCount(6);
    await expectAccessible(page, "/");
  });

  test("the list's buttons are named by what they show, in that order, then context", async ({ page }) => {
    await page.goto("/");
    const rows = page.locator("nav .list-button");
    await expect(rows).toHaveCount(10);
    // Chrome puts a space before a visually hidden comma; a screen reader says the same either way.
    const pause = String.raw`\s?,\s`;
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const row of await rows.all()) {
      const title = escape(await row.locator(".list-button__title").innerText());
      const meta = escape(await row.locator(".list-button__meta").innerText());
      const figure = row.locator(".list-button__figure");
      const strength = (await figure.count()) ? `${pause}strength ${escape(await figure.innerText())}` : "";
      await expect(row).toHaveAccessibleName(new RegExp(`^${title}${pause}${meta}${strength}$`));
    }
    await expect(page.locator('nav [data-link-id="IR-KP"]')).toHaveAccessibleName(/^Iran – North Korea\s?, 2 events · last April 2024\s?, strength \d+\.\d$/);
    await expect(page.locator('nav [data-country-id="KP"]')).toHaveAccessibleName(/^North Korea\s?, Pyongyang · 3 links$/);
    await expect(page.getByRole("group", { name: "Playback speed" }).getByRole("button", { name: "2×", exact: true })).toBeVisible();
  });

  test("/ with the filters open and search results listed", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await page.locator(".filters__summary").click();
    await expect(page.getByRole("checkbox", { name: "North Korea" })).toBeVisible();
    await page.getByRole("combobox", { name: "Search events" }).fill("Kim");
    await expect(page.getByRole("listbox", { name: "Matching events" }).getByRole("option").first()).toBeVisible();
    await expectAccessible(page, "/ (filters open, search results)");
  });

  test("/ narrowed to 2023, where most links have no events in view", async ({ page }) => {
    await page.goto("/?from=2023-01&to=2023-12");
    await waitForHydration(page);
    await expect(page.locator('nav [data-link-id="IR-KP"]')).toContainText("No events in this view");
    await expectAccessible(page, "/?from=2023-01&to=2023-12");
  });

  test("the link panel", async ({ page }) => {
    await page.goto("/?link=KP-RU");
    await waitForHydration(page);
    await expect(page.getByRole("region", { name: /^(North Korea – Russia|Russia – North Korea)$/ })).toContainText("Kim Jong Un");
    await expectAccessible(page, "/?link=KP-RU");
  });

  test("the country panel", async ({ page }) => {
    await page.goto("/?country=KP");
    await waitForHydration(page);
    await expect(page.getByRole("region", { name: /North Korea$/ })).toContainText("Kim Yo Jong");
    await expectAccessible(page, "/?country=KP");
  });

  test.describe("on a phone", () => {
    test.use({ viewport: PHONE });

    test("/ with the list under the map", async ({ page }) => {
      await page.goto("/");
      await waitForArcs(page);
      await expect(page.locator("nav [data-link-id]")).toHaveCount(6);
      await expectAccessible(page, "/ at 390x844");
    });

    test("the link panel", async ({ page }) => {
      await page.goto("/?link=IR-KP");
      await waitForHydration(page);
      await expect(page.getByRole("region", { name: /^(Iran – North Korea|North Korea – Iran)$/ })).toContainText("Yun Jong Ho");
      await expectAccessible(page, "/?link=IR-KP at 390x844");
    });
  });
});

test("/compare", async ({ page }) => {
  await page.goto("/compare?a=2019-01..2022-12&b=2023-01..2024-12");
  await expect(page.locator('.compare-item[data-link-id="KP-RU"]')).toBeVisible();
  await expectAccessible(page, "/compare");
});

test("/sign-in", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to edit the atlas" })).toBeVisible();
  await expectAccessible(page, "/sign-in");
});

test.describe("as an admin", () => {
  test.beforeEach(async ({ page }) => signIn(page, ADMIN));

  const pages: [path: string, heading: string][] = [
    ["/admin", "Events"],
    ["/admin/events/new", "New event"],
    ["/admin/links", "Links"],
    ["/admin/countries", "Countries"],
    ["/admin/import", "Import"],
    ["/admin/audit", "Audit trail"],
    ["/admin/users", "Users"],
    ["/admin/tokens", "API tokens"],
  ];
  for (const [path, heading] of pages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectAccessible(page, path);
    });
  }

  test("/admin/events/[id], a seeded event's edit page", async ({ page }) => {
    // An existing event: this spec reads, it does not create one.
    const response = await page.request.get("/api/links/KP-RU");
    expect(response.status()).toBe(200);
    const event = ((await response.json()) as { link: { events: { id: string; title: string }[] } }).link.events[0]!;
    await page.goto(`/admin/events/${event.id}`);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(event.title);
    await expectAccessible(page, `/admin/events/${event.id}`);
  });
});

test("the 403 page an editor sees on /admin/users", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "You need the admin role to open this page" })).toBeVisible();
  await expectAccessible(page, "/admin/users as an editor (403)");
});
