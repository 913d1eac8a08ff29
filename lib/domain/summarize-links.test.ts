import { describe, expect, it } from "vitest";
import { emptyTotals } from "./strength";
import { byStrength, inRange, summarizeLinks, summaryFromTotals, type EventFact, type LinkMeta } from "./summarize-links";
import type { LinkSummary } from "@/lib/schemas/links";

const meta = (id: string): LinkMeta => {
  const [a, b] = id.split("-") as [string, string];
  return { id, countries: [a, b], countryNames: [`${a} name`, `${b} name`], title: `${id} title`, summary: `${id} summary` };
};

const fact = (over: Partial<EventFact> & Pick<EventFact, "countries">): EventFact => ({
  date: "2024-04-01",
  dateEnd: "2024-04-30",
  precision: "month",
  category: "diplomatic_visit",
  evidence: "confirmed",
  score: 1.9,
  ...over,
});

// Four events shaped like the article's: the 2019 and April 2024 delegations (KP-IR), an alleged 2023 arms
// transfer to Russia, and a statement by North Korea, South Korea and the United States (three pairs at once).
const DELEGATION_2019 = fact({ date: "2019-01-01", dateEnd: "2019-12-31", precision: "year", evidence: "reported", countries: ["KP", "IR"] });
const DELEGATION_2024 = fact({ countries: ["IR", "KP"] });
const ARMS_2023 = fact({ date: "2023-01-01", dateEnd: "2023-12-31", precision: "year", category: "arms_transfer", evidence: "alleged", score: 7.4, countries: ["KP", "RU"] });
const CONDEMNATION = fact({ date: "2024-01-01", dateEnd: "2024-12-31", precision: "year", category: "statement", score: -2, countries: ["KP", "KR", "US"] });
const ALL = [DELEGATION_2019, DELEGATION_2024, ARMS_2023, CONDEMNATION];
const asOf = "2024-12-31";

describe("summarizeLinks", () => {
  const [irkp, kpru, kpus, cnru] = summarizeLinks(["IR-KP", "KP-RU", "KP-US", "CN-RU"].map(meta), ALL, { asOf });

  it("keeps each link's curated text and counts the events between its two countries, whichever way round they are listed", () => {
    expect(irkp).toMatchObject({ id: "IR-KP", title: "IR-KP title", summary: "IR-KP summary", countryNames: ["IR name", "KP name"], eventCount: 2 });
    expect(irkp!.evidence).toEqual({ confirmed: 1, reported: 1, alleged: 0, denied: 0 });
  });

  it("dates a link by its earliest and latest event, with the latest one's precision", () => {
    expect([irkp!.firstEventOn, irkp!.lastEventOn, irkp!.lastEventPrecision]).toEqual(["2019-01-01", "2024-04-01", "month"]);
    expect([kpru!.firstEventOn, kpru!.lastEventOn, kpru!.lastEventPrecision]).toEqual(["2023-01-01", "2023-01-01", "year"]);
  });

  it("weighs each event as category weight × evidence factor × decay (a half-life of 24 months, in whole months)", () => {
    // 2024 delegation: 1.5 × 1 × 0.5^(8/24); 2019 one: 1.5 × 0.7 × 0.5^(60/24).
    expect(irkp!.strength).toBe(Math.round((1.5 * 0.5 ** (8 / 24) + 1.05 * 0.5 ** (60 / 24)) * 100) / 100);
    expect(irkp!.strength).toBe(1.38);
    // Alleged arms transfer: 3 × 0.4 × 0.5^(12/24), all of it alleged and cooperation.
    expect(kpru).toMatchObject({ strength: 0.85, cooperation: 0.85, tension: 0, tone: 7.4, nature: "cooperation", allegedShare: 1 });
  });

  it("counts a three-country event toward every pair among them, on the tension side when scored below zero", () => {
    // Statement: 0.5 × 1 × 1, scored -2.
    expect(kpus).toMatchObject({ eventCount: 1, strength: 0.5, cooperation: 0, tension: 0.5, tone: -2, nature: "tension" });
  });

  it("gives a link with no events zeros and no dates", () => {
    expect(cnru).toMatchObject({ eventCount: 0, strength: 0, tone: null, nature: "none", firstEventOn: null, lastEventOn: null, lastEventPrecision: null });
  });

  it("measures strength on the asOf day: the same events weigh less later", () => {
    const [later] = summarizeLinks([meta("IR-KP")], ALL, { asOf: "2026-12-31" });
    expect(later!.strength).toBeLessThan(irkp!.strength);
    expect(later!.eventCount).toBe(2);
  });
});

describe("inRange", () => {
  it("takes an event whose period touches the range, by any of its days", () => {
    // "2019" touches a range that starts on its last day or ends on its first.
    expect(inRange(DELEGATION_2019, { from: "2019-12-31" })).toBe(true);
    expect(inRange(DELEGATION_2019, { to: "2019-01-01" })).toBe(true);
    expect(inRange(DELEGATION_2019, { from: "2019-06-01", to: "2019-06-30" })).toBe(true);
    expect(inRange(DELEGATION_2019, { from: "2020-01-01" })).toBe(false);
    expect(inRange(DELEGATION_2019, { to: "2018-12-31" })).toBe(false);
    expect(inRange(DELEGATION_2024, { from: "2024-05-01", to: "2024-12-31" })).toBe(false);
    expect(inRange(DELEGATION_2024, {})).toBe(true);
  });
});

describe("byStrength", () => {
  const row = (id: string, strength: number, eventCount: number) => ({ id, strength, eventCount }) as LinkSummary;

  it("puts the strongest first, then the one with more events, then by id", () => {
    const rows = [row("CN-RU", 1, 1), row("IR-KP", 2, 1), row("CN-KP", 1, 3), row("IR-RU", 1, 1)];
    expect([...rows].sort(byStrength).map((r) => r.id)).toEqual(["IR-KP", "CN-KP", "CN-RU", "IR-RU"]);
  });
});

describe("summaryFromTotals", () => {
  it("reads a link without totals as one without events", () => {
    expect(summaryFromTotals(meta("CN-RU"), undefined)).toMatchObject({ id: "CN-RU", title: "CN-RU title", eventCount: 0, strength: 0, nature: "none", lastEventOn: null });
  });

  it("gives the numbers summarizeLinks gives for the same events added up elsewhere", () => {
    const totals = emptyTotals();
    // The statement of 2024, added up as link_month_stats would: 0.5 on the tension side, score -2.
    totals.tension = 0.5;
    totals.weightedScore = -1;
    totals.evidence.confirmed = 1;
    totals.evidenceStrength.confirmed = 0.5;
    const summary = summaryFromTotals(meta("KP-US"), { totals, eventCount: 1, firstEventOn: "2024-01-01", lastEventOn: "2024-01-01", lastEventPrecision: "year", flow: { aToB: 0, bToA: 0 } });
    const [direct] = summarizeLinks([meta("KP-US")], [CONDEMNATION], { asOf });
    expect(summary).toEqual(direct);
  });
});
