// Issues 6 and 15: a GDELT export uploaded at /admin/import is imported once (a second upload adds nothing), the
// dashboard shows its rows as machine-coded reports beside the curated events, and an ICEWS file and a SIPRI trade
// register go the same way.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/** Signs the e2e editor in and lands on /admin/import. */
async function signInAtImport(page: Page) {
  await page.goto("/sign-in?next=/admin/import");
  await page.getByLabel("Email").fill("editor@e2e.test");
  await page.getByLabel("Password").fill("e2e-editor-password");
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/admin\/import/);
}

const GDELT_FILE = path.join(import.meta.dirname, "..", "tests", "fixtures", "gdelt", "gdelt2-20191024143000.export.tsv");

test("an editor imports a GDELT export once, and the map shows its events as machine-coded", async ({ page, request }) => {
  await signInAtImport(page);

  const gdelt = page.getByRole("region", { name: "Event datasets: GDELT, ICEWS or SIPRI" });
  await gdelt.getByLabel("File").setInputFiles(GDELT_FILE);
  await gdelt.getByRole("button", { name: "Import" }).click();
  await expect(gdelt.getByText("Done")).toBeVisible({ timeout: 60_000 });
  await expect(gdelt.getByText(/422 events added/)).toBeVisible();
  await expect(gdelt.getByText(/region: 73/)).toBeVisible();

  await gdelt.getByRole("button", { name: "Import" }).click();
  await expect(gdelt.getByText(/ 0 events added/)).toBeVisible({ timeout: 60_000 });

  const { links } = await (await request.get("/api/links?origin=machine")).json();
  const fourCapitals = ["CN-IR", "CN-KP", "CN-RU", "IR-KP", "IR-RU", "KP-RU"];
  const withMachineEvents = (links as { id: string; eventCount: number }[]).find((l) => fourCapitals.includes(l.id) && l.eventCount > 0);
  expect(withMachineEvents, "the GDELT file has rows between two of the four capitals").toBeTruthy();
  await page.goto(`/?link=${withMachineEvents!.id}`);
  await expect(page.locator("ol.events").getByText("Machine-coded", { exact: true }).first()).toBeVisible();
});

test("an editor imports an ICEWS file from the same form, and its Russia–North Korea consultation reaches the KP-RU panel", async ({ page }) => {
  const ICEWS_FILE = path.join(import.meta.dirname, "..", "tests", "fixtures", "icews", "icews-made-up.tab");
  await signInAtImport(page);

  const form = page.getByRole("region", { name: "Event datasets: GDELT, ICEWS or SIPRI" });
  await form.getByLabel("Format").selectOption("icews");
  await form.getByLabel("File").setInputFiles(ICEWS_FILE);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText("Done")).toBeVisible({ timeout: 60_000 });
  await expect(form.getByText(/12 rows read.* 4 events added/)).toBeVisible();
  await expect(form.getByText(/unknown country name: 1/)).toBeVisible();

  await page.goto("/?link=KP-RU&from=2023-09&to=2023-09");
  await expect(page.locator("ol.events")).toContainText("Russia — Consult — North Korea");
});

test("an editor imports a SIPRI trade register from the same form, its skipped orders counted by reason", async ({ page }) => {
  const SIPRI_FILE = path.join(import.meta.dirname, "..", "tests", "fixtures", "sipri", "sipri-trade-register-made-up.csv");
  await signInAtImport(page);

  const form = page.getByRole("region", { name: "Event datasets: GDELT, ICEWS or SIPRI" });
  await form.getByLabel("Format").selectOption("sipri");
  await form.getByLabel("File").setInputFiles(SIPRI_FILE);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText("Done")).toBeVisible({ timeout: 60_000 });
  await expect(form.getByText(/15 rows read.* 6 events added/)).toBeVisible();
  await expect(form.getByText(/former state: 2/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("sipri-import.png"), fullPage: true });
});
