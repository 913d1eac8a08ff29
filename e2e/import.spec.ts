// Issues 6 and 15: /admin/import detects a file's format, checks it first (a dry run that writes nothing and says
// what the import would add and skip), then imports it on confirmation; a second check finds nothing new; the
// dashboard shows the rows as machine-coded reports beside the curated events; an ICEWS file goes the same way; a
// SIPRI trade register's supplies run as arrows from supplier to recipient.
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";

/** Signs the e2e editor in and lands on /admin/import. */
async function signInAtImport(page: Page) {
  await page.goto("/sign-in?next=/admin/import");
  await page.getByLabel("Email").fill("editor@e2e.test");
  await page.getByLabel("Password").fill("e2e-editor-password");
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/admin\/import/);
}

const FIXTURES = path.join(import.meta.dirname, "..", "tests", "fixtures");
const GDELT_FILE = path.join(FIXTURES, "gdelt", "gdelt2-20191024143000.export.tsv");

/** How many machine-coded events the public API counts on its links (each GDELT event joins one pair). */
async function machineEventCount(request: APIRequestContext): Promise<number> {
  const response = await request.get("/api/links?origin=machine");
  expect(response.status()).toBe(200);
  const { links } = (await response.json()) as { links: { eventCount: number }[] };
  return links.reduce((sum, link) => sum + link.eventCount, 0);
}

/** GET /api/changes's version, which moves whenever any data changes. */
async function dataVersion(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/changes")).json()) as { version: string }).version;
}

test("an editor checks a GDELT export, which writes nothing, then imports it once, and the map shows its events as machine-coded", async ({ page, request }) => {
  await signInAtImport(page);
  const before = await machineEventCount(request);

  const form = page.getByRole("region", { name: "File to import" });
  await form.getByLabel("File").setInputFiles(GDELT_FILE);
  await expect(form.getByText("Detected: GDELT 2.0 event export (61 columns)")).toBeVisible();
  await expect(form.getByLabel("Format")).toHaveValue("gdelt");

  await form.getByRole("button", { name: "Check file" }).click();
  const result = page.getByRole("heading", { name: "Would import 422 events" });
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toBeFocused();
  const run = page.getByRole("region", { name: "Would import 422 events" });
  await expect(run.getByRole("definition").filter({ hasText: "2,111" })).toBeVisible();
  await expect(run.getByRole("region", { name: /New links it would create/ }).getByRole("listitem").first()).toBeVisible();
  const skipped = run.getByRole("region", { name: "Rows skipped by reason" });
  await expect(skipped.getByRole("listitem").filter({ hasText: "An actor is a region or bloc" }).first()).toContainText("73");
  await expect(skipped.getByRole("list", { name: "Examples: An actor is a region or bloc" }).getByText(/^line \d+$/).first()).toBeVisible();
  await expectAccessible(page, "/admin/import with a check's report");
  // The check wrote nothing.
  expect(await machineEventCount(request)).toBe(before);

  await run.getByRole("button", { name: "Import 422 events" }).click();
  await expect(page.getByRole("heading", { name: "Imported 422 events" })).toBeVisible({ timeout: 60_000 });
  expect(await machineEventCount(request)).toBe(before + 422);

  // Checked again, the same file has nothing new.
  await form.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: "Would import 0 events" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("Nothing new to import")).toBeVisible();

  const { links } = await (await request.get("/api/links?origin=machine")).json();
  const fourCapitals = ["CN-IR", "CN-KP", "CN-RU", "IR-KP", "IR-RU", "KP-RU"];
  const withMachineEvents = (links as { id: string; eventCount: number }[]).find((l) => fourCapitals.includes(l.id) && l.eventCount > 0);
  expect(withMachineEvents, "the GDELT file has rows between two of the four capitals").toBeTruthy();
  await page.goto(`/?link=${withMachineEvents!.id}`);
  await expect(page.locator("ol.events").getByText("Machine-coded", { exact: true }).first()).toBeVisible();
});

test("an editor imports an ICEWS file from the same form, and its Russia–North Korea consultation reaches the KP-RU panel", async ({ page }) => {
  await signInAtImport(page);

  const form = page.getByRole("region", { name: "File to import" });
  await form.getByLabel("File").setInputFiles(path.join(FIXTURES, "icews", "icews-made-up.tab"));
  await expect(form.getByText("Detected: ICEWS coded events")).toBeVisible();
  await form.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: "Would import 4 events" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("listitem").filter({ hasText: "Unknown country name" }).first()).toContainText("1");
  await page.getByRole("button", { name: "Import 4 events" }).click();
  await expect(page.getByRole("heading", { name: "Imported 4 events" })).toBeVisible({ timeout: 60_000 });

  await page.goto("/?link=KP-RU&from=2023-09&to=2023-09");
  await expect(page.locator("ol.events")).toContainText("Russia — Consult — North Korea");
});

test("an editor checks SIPRI's trade register, which writes nothing, then imports it: Iran's drone supplies run as an arrow from Iran to Russia", async ({ page, request }) => {
  // The seed has no Iran–Russia event in 2022; the admin spec's form test may have added one, from Iran to Russia.
  const in2022 = async () =>
    ((await (await request.get("/api/links?from=2022-01-01&to=2022-12-31")).json()) as { links: { id: string; eventCount: number; direction: string }[] }).links.find(
      (l) => l.id === "IR-RU",
    );
  const before = (await in2022())!;
  await signInAtImport(page);

  const form = page.getByRole("region", { name: "File to import" });
  await form.getByLabel("File").setInputFiles(path.join(FIXTURES, "sipri", "sipri-trade-register-made-up.csv"));
  await expect(form.getByText("Detected: SIPRI trade register")).toBeVisible();
  await form.getByRole("button", { name: "Check file" }).click();
  const run = page.getByRole("region", { name: "Would import 6 events" });
  await expect(run.getByRole("heading", { name: "Would import 6 events" })).toBeVisible({ timeout: 60_000 });
  await expect(run.getByRole("listitem").filter({ hasText: "A state that no longer exists" }).first()).toContainText("2");
  // The check wrote nothing.
  expect(await in2022()).toEqual(before);

  await run.getByRole("button", { name: "Import 6 events" }).click();
  await expect(page.getByRole("heading", { name: "Imported 6 events" })).toBeVisible({ timeout: 60_000 });
  expect(await in2022()).toMatchObject({ eventCount: before.eventCount + 1, direction: "a_to_b" });

  await page.goto("/?link=IR-RU&from=2022-01&to=2022-12");
  const panel = page.getByRole("region", { name: /Iran – Russia/ });
  const n = before.eventCount + 1;
  await expect(panel.getByTestId("link-direction")).toHaveText(`One way, Iran to Russia: ${n} of ${n} ${n === 1 ? "event" : "events"} with a direction.`);
  await expect(panel.getByRole("heading", { name: /^Iran to Russia: Iran — Shahed-136 \(loitering munition\) — Russia$/ })).toBeVisible();
  await expect(panel).toContainText("Participants: Iran (supplier), Russia (recipient)");
  // The server's first view and then MapLibre draw the arrow from Tehran towards Moscow.
  await expect(page.locator('.first-view [data-arrow="IR>RU"]')).toHaveCount(1);
  const map = page.getByTestId("atlas-map");
  await expect(async () => {
    await map.dispatchEvent("pointermove");
    await expect(map).toHaveAttribute("data-map-state", "ready", { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect.poll(async () => JSON.parse((await map.getAttribute("data-arc-arrows")) ?? "[]"), { timeout: 30_000 }).toContain("IR>RU");
});

test("an events file dropped on the form is detected and checked, and its check writes nothing", async ({ page, request }) => {
  await signInAtImport(page);
  const before = await dataVersion(request);
  const form = page.getByRole("region", { name: "File to import" });
  const event = {
    title: "Dropped-file delegation", summary: "", date: "2024-05-01", precision: "month", countries: ["KP", "RU"], category: "diplomatic_visit",
    evidence: "reported", score: 2, cameoCode: null, sources: [{ url: "https://example.org/dropped", publisher: "Example", title: "Dropped", publishedOn: null }],
  };
  // A handle lives in the document it was made in, and the page may still replace its document after signing in
  // (CI saw "JSHandles can be evaluated only in the context they were created"): make and drop it again until the
  // form has it. Dropping the same file twice just picks it again.
  await page.waitForLoadState("networkidle");
  await expect(async () => {
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.json", { type: "application/json" }));
      return transfer;
    }, JSON.stringify([event]));
    await form.getByLabel("File", { exact: true }).dispatchEvent("drop", { dataTransfer });
    await expect(form.getByText("Detected: Axis Atlas events (JSON)")).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(form.getByText(/^dropped\.json · /)).toBeVisible();

  await form.getByRole("button", { name: "Check file" }).click();
  const run = page.getByRole("region", { name: "Would import 1 event" });
  await expect(run.getByRole("heading", { name: "Would import 1 event" })).toBeFocused();
  await expect(run.getByText("Already in the atlas")).toBeVisible();
  await expect(run.getByRole("button", { name: "Import 1 event" })).toBeVisible();
  // The data version moves with any write; the check made none.
  expect(await dataVersion(request)).toBe(before);
});

test("a file of no known format is named as such, with the formats expected, and cannot be checked until one is chosen", async ({ page }) => {
  await signInAtImport(page);
  const form = page.getByRole("region", { name: "File to import" });
  await form.getByLabel("File").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Shopping list\nmilk\n") });
  await expect(form.getByText("The format could not be told")).toBeVisible();
  await expect(form.getByText('notes.txt: Its first line reads "Shopping list". It should be one of:')).toBeVisible();
  await expect(form.getByRole("listitem").filter({ hasText: /^a GDELT event file/ })).toBeVisible();
  await expect(form.getByRole("button", { name: "Check file" })).toBeDisabled();
  await expectAccessible(page, "/admin/import with a file of no known format");

  // Read as an events CSV anyway, the check names the problem and nothing is written.
  await form.getByLabel("Format").selectOption("events-csv");
  await form.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: "The check failed" })).toBeFocused();
  await expect(page.getByRole("region", { name: "The check failed" }).getByRole("alert")).toContainText("Nothing would be imported");
});
