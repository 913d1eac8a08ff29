// The admin UI against the production build: sign-in, the event form (create, edit, 409, retire/restore),
// role checks, and markup in titles shown as text. Each test makes its own data (unique titles), so they
// run in any order. The e2e server creates admin@e2e.test and editor@e2e.test before the tests start.
// The last test opens the form in Persian (issue 17); its screenshot goes to docs/locales/admin-new-event-fa.png.
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password", name: "E2E Admin" };
const EDITOR = { email: "editor@e2e.test", password: "e2e-editor-password", name: "E2E Editor" };

const suffix = () => Math.random().toString(36).slice(2, 10);

async function signIn(page: Page, who: { email: string; password: string }, path = "/admin") {
  await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === path);
}

async function linkEventCount(request: APIRequestContext, id: string) {
  const response = await request.get(`/api/links/${id}`);
  expect(response.status()).toBe(200);
  const { link } = (await response.json()) as { link: { eventCount: number; events: { id: string; title: string }[] } };
  return link;
}

async function pickCountry(page: Page, name: string) {
  const box = page.getByRole("combobox", { name: "Participating countries" });
  await box.fill(name);
  await page.getByRole("option", { name, exact: true }).click();
}

/** Fills the new-event form with a valid KP–RU event; the caller saves. */
async function fillEvent(page: Page, title: string) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary").fill("Added by the admin end-to-end test.");
  await page.getByLabel("Date", { exact: true }).fill("2024-06-19");
  await page.getByLabel("Date precision").selectOption("day");
  await pickCountry(page, "North Korea");
  await pickCountry(page, "Russia");
  await page.getByLabel("Category").selectOption({ label: "Summit" });
  await page.getByRole("radio", { name: "Confirmed" }).check();
  await page.getByLabel(/^Score/).fill("5.5");
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("URL").fill("https://example.org/kp-ru-summit");
  await source.getByLabel("Publisher").fill("Example Wire");
  await source.getByLabel("Title").fill("Putin and Kim sign a strategic partnership treaty");
  await source.getByLabel("Published on").fill("2024-06-19");
}

/** Creates an event through the API as the signed-in page's user (the browser would send Origin itself). */
async function createEventViaApi(page: Page, title: string): Promise<{ id: string; version: number }> {
  const baseURL = test.info().project.use.baseURL!;
  const response = await page.request.post("/api/events", {
    headers: { origin: new URL(baseURL).origin },
    data: {
      title,
      summary: "",
      date: "2023-09-01",
      precision: "month",
      countries: ["KP", "RU"],
      category: "military_cooperation",
      evidence: "reported",
      score: 6,
      sources: [{ url: "https://example.org/a", publisher: "Example", title: "A report", publishedOn: null }],
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).event;
}

test("an admin signs in, sees who they are, adds a KP–RU event with a source, and the link counts it", async ({ page, request }) => {
  const before = await linkEventCount(request, "KP-RU");
  await signIn(page, ADMIN);
  await expect(page.getByText(`Signed in as ${ADMIN.name} (admin)`)).toBeVisible();

  await page.getByRole("link", { name: "New event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New event" })).toBeVisible();
  const title = `Kim and Putin sign a partnership treaty ${suffix()}`;
  await fillEvent(page, title);
  await page.getByRole("button", { name: "Create event" }).click();

  await page.waitForURL(/\/admin\/events\/[0-9a-f-]{36}/);
  await expect(page.getByText("Event created.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("region", { name: /History/ }).getByText("Created")).toBeVisible();

  const after = await linkEventCount(request, "KP-RU");
  expect(after.eventCount).toBe(before.eventCount + 1);
  expect(after.events.map((e) => e.title)).toContain(title);
});

/** How many live events the atlas holds, as anyone can read them (GET /api/export/events.json). */
async function eventCount(request: APIRequestContext): Promise<number> {
  const response = await request.get("/api/export/events.json");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { count: number }).count;
}

test("the form names each invalid field and does not save", async ({ page, request }) => {
  const before = await eventCount(request);
  await signIn(page, EDITOR, "/admin/events/new");
  // A whole event, then three mistakes a database would store without complaint if nothing checked them.
  await fillEvent(page, `Not saved ${suffix()}`);
  // Drop Russia from the countries, by keyboard: Backspace in the empty box removes the last chip.
  const countries = page.getByRole("combobox", { name: "Participating countries" });
  await countries.fill("");
  await countries.press("Backspace");
  await page.getByLabel(/^Score/).fill("11");
  await page.getByRole("group", { name: "Source 1" }).getByLabel("URL").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create event" }).click();

  // Either the error summary or, were the event saved, the edit page it opens: whichever comes, count first.
  const summary = page.getByRole("alert").filter({ hasText: "There are problems" });
  await expect(summary.or(page.getByText("Event created."))).toBeVisible();
  expect(await eventCount(request), "events in the atlas after Create event").toBe(before);
  await expect(page).toHaveURL(/\/admin\/events\/new$/);

  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("There are problems with 3 fields");
  await expect(summary.getByRole("link")).toHaveText([
    "Participating countries must name at least two different countries.",
    "Score must be between -10 and 10.",
    "Source 1 URL must be an http:// or https:// address.",
  ]);
  const score = page.getByLabel(/^Score/);
  await expect(score).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link", { name: "Score must be between -10 and 10." }).click();
  await expect(score).toBeFocused();
});

test("a too long title is named under the field, and the event is not saved", async ({ page, request }) => {
  const before = await eventCount(request);
  await signIn(page, EDITOR, "/admin/events/new");
  await fillEvent(page, "x".repeat(201));
  await page.getByRole("button", { name: "Create event" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem with 1 field" });
  await expect(summary.or(page.getByText("Event created."))).toBeVisible();
  expect(await eventCount(request), "events in the atlas after Create event").toBe(before);
  await expect(summary.getByRole("link")).toHaveText(["Title must be at most 200 characters."]);
  const title = page.getByLabel("Title", { exact: true });
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(/Title must be at most 200 characters\.$/);
});

test("roles: Iran supplier and Russia recipient are saved with the event, shown when it reopens, and go with a removed country", async ({ page, request }) => {
  await signIn(page, EDITOR, "/admin/events/new");
  const title = `Iran delivers drones to Russia ${suffix()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill("2022-08-01");
  await page.getByLabel("Date precision").selectOption("month");
  await pickCountry(page, "Iran");
  await pickCountry(page, "Russia");
  const roles = page.getByRole("group", { name: /^Roles/ });
  await expect(roles).toHaveAccessibleDescription(/Who did what to whom: e\.g\. Iran supplier, Russia recipient\./);
  await roles.getByLabel("Role of Iran").selectOption({ label: "Supplier" });
  await roles.getByLabel("Role of Russia").selectOption({ label: "Recipient" });
  await page.getByLabel("Category").selectOption({ label: "Arms transfer" });
  await page.getByRole("radio", { name: "Reported" }).check();
  await page.getByLabel(/^Score/).fill("6.4");
  const source = page.getByRole("group", { name: "Source 1" });
  await source.getByLabel("Publisher").fill("Example Wire");
  await source.getByLabel("Title").fill("Iranian drones reach Russia");
  await page.getByRole("button", { name: "Create event" }).click();

  await page.waitForURL(/\/admin\/events\/[0-9a-f-]{36}/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const response = await request.get(`/api/events/${id}`);
  expect(response.status()).toBe(200);
  const { event } = (await response.json()) as { event: { participants: { id: string; role: string | null }[] } };
  expect(event.participants.map(({ id: country, role }) => ({ country, role }))).toEqual([
    { country: "IR", role: "supplier" },
    { country: "RU", role: "recipient" },
  ]);
  // Reopened, the form shows them.
  await expect(page.getByLabel("Role of Iran")).toHaveValue("supplier");
  await expect(page.getByLabel("Role of Russia")).toHaveValue("recipient");

  // A country removed takes its role along: added back, it has none.
  await page.getByRole("button", { name: "Remove Iran" }).click();
  await expect(page.getByLabel("Role of Iran")).toHaveCount(0);
  await pickCountry(page, "Iran");
  await expect(page.getByLabel("Role of Iran")).toHaveValue("");
});

test("an actor without a target gets the roles message on the roles, and nothing is saved", async ({ page, request }) => {
  const before = await eventCount(request);
  await signIn(page, EDITOR, "/admin/events/new");
  await fillEvent(page, `Actor alone ${suffix()}`);
  await page.getByLabel("Role of North Korea").selectOption({ label: "Actor" });
  await page.getByRole("button", { name: "Create event" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "There is a problem with 1 field" });
  await expect(summary.or(page.getByText("Event created."))).toBeVisible();
  expect(await eventCount(request), "events in the atlas after Create event").toBe(before);
  await expect(summary.getByRole("link")).toHaveText(["Roles must name at least one actor and one target."]);
  const roles = page.getByRole("group", { name: /^Roles/ });
  await expect(roles).toHaveAccessibleDescription(/Roles must name at least one actor and one target\.$/);
  await expect(page.getByLabel("Role of North Korea")).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link").click();
  await expect(page.getByLabel("Role of North Korea")).toBeFocused();

  // Giving Russia the target's role answers it at once.
  await page.getByLabel("Role of Russia").selectOption({ label: "Target" });
  await expect(roles.getByText("Roles must name at least one actor and one target.")).toHaveCount(0);
});

test("the server's 400 issues land on their fields as sentences, and leave as the field is fixed", async ({ page }) => {
  await signIn(page, EDITOR, "/admin/events/new");
  await fillEvent(page, `Refused by the server ${suffix()}`);
  // Some checks only the server can make (is the country known?): answer this Save with such a 400.
  await page.route("**/api/events", (route) =>
    route.request().method() === "POST"
      ? route.fulfill({
          status: 400,
          json: {
            error: {
              code: "invalid_request",
              message: "The request is not valid.",
              issues: [
                { path: ["countries", 1], message: "XX is not a country we know" },
                { path: ["roles"], message: "must name at least one actor and one target" },
                { path: ["sources", "0", "url"], message: "must be an http:// or https:// address" },
              ],
            },
          },
        })
      : route.continue(),
  );
  await page.getByRole("button", { name: "Create event" }).click();

  await expect(page.getByText("The server did not accept the event; see the fields marked below.")).toBeVisible();
  const summary = page.getByRole("alert").filter({ hasText: "There are problems with" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("There are problems with 3 fields");
  await expect(summary.getByRole("link")).toHaveText([
    "Participating countries: XX is not a country we know.",
    "Roles must name at least one actor and one target.",
    "Source 1 URL must be an http:// or https:// address.",
  ]);
  const url = page.getByRole("group", { name: "Source 1" }).getByLabel("URL");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await url.fill("https://example.org/another");
  await expect(url).not.toHaveAttribute("aria-invalid", "true");
  await expect(summary.getByRole("heading")).toHaveText("There are problems with 2 fields");
});

test("a message appears once a field is left and follows the typing; + Add source puts focus in the new URL", async ({ page }) => {
  await signIn(page, EDITOR, "/admin/events/new");
  const title = page.getByLabel("Title", { exact: true });
  await title.focus();
  await title.press("Tab");
  await expect(title).toHaveAccessibleDescription(/Title is required\.$/);
  await title.pressSequentially("Kim visits Moscow");
  await expect(title).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Title is required.")).toHaveCount(0);

  await page.getByRole("button", { name: "+ Add source" }).press("Enter");
  await expect(page.getByRole("group", { name: "Source 2" }).getByLabel("URL")).toBeFocused();
  await page.getByRole("button", { name: "Remove source 2" }).click();
  await expect(page.getByRole("group", { name: "Source 2" })).toHaveCount(0);
});

test("an editor cannot open user management: they see the 403 page", async ({ page }) => {
  await signIn(page, EDITOR);
  await expect(page.getByText(`Signed in as ${EDITOR.name} (editor)`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "You need the admin role to open this page" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create user" })).toHaveCount(0);
});

test("signing out ends the session; /admin then asks to sign in", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Faudit/);
});

test("a wrong password gets a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  // An address with no account, so the test never counts toward a real account's rate limit.
  await page.getByLabel("Email").fill(`nobody-${suffix()}@e2e.test`);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an anonymous POST /api/events gets 401 and the count is unchanged", async ({ request }) => {
  const before = await linkEventCount(request, "KP-RU");
  const response = await request.post("/api/events", {
    data: {
      title: `Anonymous attempt ${suffix()}`,
      date: "2024-01-01",
      precision: "day",
      countries: ["KP", "RU"],
      category: "statement",
      evidence: "reported",
      score: 1,
      sources: [{ publisher: "Nobody", title: "Nothing" }],
    },
  });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthorized");
  const after = await linkEventCount(request, "KP-RU");
  expect(after.eventCount).toBe(before.eventCount);
});

test("a title with markup is shown as characters on the edit page and in the list, and runs nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const tag = suffix();
  const title = `<img src=x onerror=alert(1)> ${tag}`;
  await signIn(page, ADMIN, "/admin/events/new");
  await fillEvent(page, title);
  await page.getByRole("button", { name: "Create event" }).click();
  await page.waitForURL(/\/admin\/events\/[0-9a-f-]{36}/);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.goto(`/admin?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("two edits from the same version: one saves, the other gets the 409 message and can load the current one", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, EDITOR);
  const event = await createEventViaApi(first, `Concurrent edit ${suffix()}`);
  const second = await context.newPage();
  await first.goto(`/admin/events/${event.id}`);
  await second.goto(`/admin/events/${event.id}`);

  const firstTitle = `Edited in the first tab ${suffix()}`;
  await first.getByLabel("Title", { exact: true }).fill(firstTitle);
  await second.getByLabel("Title", { exact: true }).fill(`Edited in the second tab ${suffix()}`);

  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText(/Changes saved/)).toBeVisible();

  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText("Someone else changed this event since you opened it")).toBeVisible();
  await expect(second.getByText(/Changes saved/)).toHaveCount(0);

  await second.getByRole("button", { name: "Load their version" }).click();
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(firstTitle);
  await context.close();
});

test("retire and restore, with confirmation, recorded in the history", async ({ page, request }) => {
  await signIn(page, EDITOR);
  const event = await createEventViaApi(page, `Retire me ${suffix()}`);
  await page.goto(`/admin/events/${event.id}`);

  await page.getByRole("button", { name: "Retire event…" }).click();
  await page.getByRole("button", { name: "Yes, retire it" }).click();
  await expect(page.getByText("Event retired: it has left the public map and API.")).toBeVisible();
  expect((await request.get(`/api/events/${event.id}`)).status()).toBe(404);

  await page.getByRole("button", { name: "Restore event…" }).click();
  await page.getByRole("button", { name: "Yes, restore it" }).click();
  await expect(page.getByText("Event restored: it is back on the map.")).toBeVisible();
  expect((await request.get(`/api/events/${event.id}`)).status()).toBe(200);

  const history = page.getByRole("region", { name: /History/ });
  await expect(history.getByText("Retired", { exact: true })).toBeVisible();
  await expect(history.getByText("Restored", { exact: true })).toBeVisible();
});

test("admin sub-page in Persian: the new-event form reads right to left, and an empty Save names each field in Persian", async ({ page }) => {
  await signIn(page, EDITOR, "/admin/events/new");
  // ?lang= chooses the language for this page and (by the cookie it sets) the next ones, as on the dashboard.
  await page.goto("/admin/events/new?lang=fa");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "fa");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "رویداد تازه" })).toBeVisible();
  const title = page.getByLabel("عنوان", { exact: true });
  await expect(title).toBeVisible();
  await expect(page.getByRole("combobox", { name: "کشورهای شرکت‌کننده" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "تأییدشده" })).toBeVisible();

  await page.getByRole("button", { name: "ساختن رویداد" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "فیلد مشکل دارند" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("۸ فیلد مشکل دارند");
  await expect(summary.getByRole("link").first()).toHaveText("عنوان: لازم است.");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(/عنوان: لازم است\.$/);
  await expect(page.getByText("یک دسته انتخاب کنید.").first()).toBeVisible();
  // Nothing of the English form is left on the page.
  await expect(page.getByText(/is required|Choose a category|Create event/)).toHaveCount(0);
  // The viewport, not the full page: the sticky save bar would otherwise be drawn halfway down the form.
  await page.screenshot({ path: path.join("docs", "locales", "admin-new-event-fa.png") });
});
