import { describe, expect, it } from "vitest";
import type { LinkSummary } from "@/lib/schemas/links";
import { atlasVerdict, compareVerdict, countryVerdict } from "./verdicts";

const ZERO = { confirmed: 0, reported: 0, alleged: 0, denied: 0 };
const NAMES: Record<string, string> = { CN: "China", IR: "Iran", KP: "North Korea", RU: "Russia" };
function link(id: string, strength: number, eventCount = strength > 0 ? 2 : 0): LinkSummary {
  const [a, b] = id.split("-") as [string, string];
  return {
    id, countries: [a, b], countryNames: [NAMES[a]!, NAMES[b]!], title: "", summary: "", eventCount, firstEventOn: "2024-04-01",
    lastEventOn: eventCount ? "2024-04-01" : null, lastEventPrecision: eventCount ? "month" : null, strength, cooperation: strength, tension: 0,
    tone: null, nature: strength > 0 ? "cooperation" : "none", evidence: { ...ZERO, confirmed: eventCount }, evidenceStrength: { ...ZERO, confirmed: strength }, allegedShare: 0, flow: { aToB: 0, bToA: 0 }, direction: "undirected",
  };
}

describe("verdicts", () => {
  it("names a country's strongest tie with the link panel's own verdict", () => {
    expect(countryVerdict("KP", [link("IR-KP", 2), link("KP-RU", 5), link("CN-KP", 0)])).toBe(
      "3 links; strongest with Russia: cooperation, most recently April 2024; rests on confirmed events.",
    );
    expect(countryVerdict("CN", [link("CN-IR", 0)])).toBe("1 link, none with events in this range yet.");
    expect(countryVerdict("FR", [])).toBe("No links in the atlas yet.");
  });

  it("sums the whole map up", () => {
    expect(atlasVerdict([link("IR-KP", 2), link("KP-RU", 5), link("CN-RU", 0)])).toBe("3 links among 4 countries; strongest: North Korea – Russia (cooperation).");
  });

  it("counts a comparison's changes in the compare view's words", () => {
    const a = { from: "2019-01", to: "2022-12" };
    const b = { from: "2023-01", to: "2024-12" };
    expect(compareVerdict(a, b, ["steady", "appeared", "strengthened", "steady"])).toBe(
      "From Jan 2019 – Dec 2022 to Jan 2023 – Dec 2024: 1 link appeared, 1 strengthened, 2 steady.",
    );
    expect(compareVerdict(a, b, [])).toBe("From Jan 2019 – Dec 2022 to Jan 2023 – Dec 2024: no link had events in either period.");
  });
});
