// axe for the e2e specs: serious or critical violations, each named with its rule, the elements and axe's summary.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// WCAG 2.5.3 Label in Name. axe 4.14 runs it by default, but older versions kept it among the experimental
// rules: enabled by name, so an axe upgrade or a tag change cannot quietly turn it off.
const LABEL_IN_NAME = "label-content-name-mismatch";

/** Runs axe on the page as it is now; returns the rules axe ran and the serious or critical violations, described. */
async function audit(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: { [LABEL_IN_NAME]: { enabled: true } } }).analyze();
  const ran = new Set([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id));
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(" ")}: ${(n.failureSummary ?? v.help).replace(/\s+/g, " ")}`),
    );
  return { ran, serious };
}

/** Fails with every serious or critical violation on the page, one per line, under the view's name. */
export async function expectAccessible(page: Page, view: string) {
  const { ran, serious } = await audit(page);
  expect(ran.has(LABEL_IN_NAME), `axe did not run ${LABEL_IN_NAME} on ${view}`).toBe(true);
  expect(serious, `axe on ${view}:\n${serious.join("\n")}`).toEqual([]);
}
