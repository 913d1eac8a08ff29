import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { LinkSummary } from "@/lib/schemas/links";
import { evidenceShareSentence } from "./evidence-share";
import { formatNumber } from "./format-number";
import type { Locale } from "./locales";

function sentenceIn(locale: Locale) {
  const messages = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));
  const t = createTranslator({ locale, messages });
  return (link: Parameters<typeof evidenceShareSentence>[0]) =>
    evidenceShareSentence(link, (key, values) => t(key as never, values as never), (n) => formatNumber(locale, n));
}

const irkp: Pick<LinkSummary, "eventCount" | "strength" | "evidenceStrength"> = {
  eventCount: 2,
  strength: 1.7,
  evidenceStrength: { confirmed: 1.2, reported: 0.5, alleged: 0, denied: 0 },
};

describe("evidenceShareSentence", () => {
  const english = sentenceIn("en");
  it("says how much of the strength rests on alleged events, then on the others", () => {
    const link = { ...irkp, strength: 2, evidenceStrength: { confirmed: 0.76, reported: 0, alleged: 1.24, denied: 0 } };
    expect(english(link)).toBe("62% of this link's strength rests on alleged events; 38% on confirmed ones.");
  });
  it("says so when nothing rests on allegations, largest share first", () => {
    expect(english(irkp)).toBe("None of this link's strength rests on alleged events: 71% on confirmed events, 29% on reported events.");
  });
  it("has words for a link without events or with only denied ones", () => {
    expect(english({ ...irkp, eventCount: 0 })).toBe("No events, so no strength to explain.");
    expect(english({ ...irkp, strength: 0 })).toBe("Every event here has been denied, so none of them adds strength.");
  });
  it("speaks the reader's language with the same figures", () => {
    const link = { ...irkp, strength: 2, evidenceStrength: { confirmed: 0.76, reported: 0, alleged: 1.24, denied: 0 } };
    expect(sentenceIn("ko")(link)).toContain("62%");
    expect(sentenceIn("ko")(link)).toContain("의혹");
    expect(sentenceIn("fa")(link)).toMatch(/۶۲|62/);
  });
});
