// Issue 6: a GDELT export uploaded at /admin/import is imported once (a second upload adds nothing), and the
// dashboard shows its rows as machine-coded reports beside the curated events.
import path from "node:path";
import { expect, test } from "@playwright/test";

const GDELT_FILE = path.join(import.meta.dirname, "..", "tests", "fixtures", "gdelt", "gdelt2-20191024143000.export.tsv");

test("an editor imports a GDELT export once, and the map shows its events as machine-coded", async ({ page, request }) => {
  await page.goto("/sign-in?next=/admin/import");
  await page.getByLabel("Email").fill("editor@e2e.test");
  await page.getByLabel("Password").fill("e2e-editor-password");
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/admin\/import/);

  const gdelt = page.getByRole("region", { name: "GDELT export" });
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
