import { describe, expect, it } from "vitest";
import { contribution, linkStrength, type StrengthInput } from "./strength";
import { CATEGORY_WEIGHT, EVIDENCE_FACTOR } from "./strength-model";

const asOf = "2024-12-31";
const event = (over: Partial<StrengthInput> = {}): StrengthInput => ({
  dateEnd: asOf,
  category: "diplomatic_visit",
  evidence: "confirmed",
  score: 1.9,
  ...over,
});

describe("event contribution", () => {
  it("is category weight × evidence factor for an event on the day measured", () => {
    expect(contribution(event({ category: "arms_transfer", evidence: "alleged" }), { asOf }).value).toBeCloseTo(3 * 0.4, 6);
    expect(contribution(event(), { asOf }).value).toBe(CATEGORY_WEIGHT.diplomatic_visit * EVIDENCE_FACTOR.confirmed);
  });

  it("counts a confirmed event over a reported one over an alleged one, and a denied one not at all", () => {
    const value = (evidence: StrengthInput["evidence"]) => contribution(event({ evidence }), { asOf }).value;
    expect(value("confirmed")).toBeGreaterThan(value("reported"));
    expect(value("reported")).toBeGreaterThan(value("alleged"));
    expect(value("denied")).toBe(0);
  });

  it("halves with every half-life of age", () => {
    const old = event({ dateEnd: "2022-12-31" });
    expect(contribution(old, { asOf, halfLifeMonths: 24 }).decay).toBeCloseTo(0.5, 2);
    expect(contribution(old, { asOf, halfLifeMonths: 12 }).decay).toBeCloseTo(0.25, 2);
    expect(contribution(event({ dateEnd: "2025-06-30" }), { asOf }).decay).toBe(1);
  });

  it("counts age in whole months, so every event of a month weighs the same", () => {
    expect(contribution(event({ dateEnd: "2024-12-01" }), { asOf }).decay).toBe(1);
    expect(contribution(event({ dateEnd: "2024-11-30" }), { asOf: "2024-12-01" }).decay).toBe(contribution(event({ dateEnd: "2024-11-01" }), { asOf: "2024-12-31" }).decay);
    expect(contribution(event({ dateEnd: "2023-12-15" }), { asOf, halfLifeMonths: 12 }).decay).toBe(0.5);
  });

  it("puts events scored below zero on the tension side", () => {
    expect(contribution(event({ score: -2 }), { asOf }).side).toBe("tension");
    expect(contribution(event({ score: 0 }), { asOf }).side).toBe("cooperation");
  });
});

describe("link strength", () => {
  it("keeps cooperation and tension apart and reads the tie from their balance", () => {
    const result = linkStrength([event({ score: 3 }), event({ score: -3, category: "sanctions" })], { asOf });
    expect(result.cooperation).toBe(1.5);
    expect(result.tension).toBe(2);
    expect(result.strength).toBe(3.5);
    expect(result.nature).toBe("mixed");
    expect(linkStrength([event({ score: -2 })], { asOf }).nature).toBe("tension");
    expect(linkStrength([event()], { asOf }).nature).toBe("cooperation");
  });

  it("says how much of the strength rests on alleged events", () => {
    const result = linkStrength([event(), event({ category: "arms_transfer", evidence: "alleged", score: 7.4 })], { asOf });
    expect(result.evidenceStrength).toMatchObject({ confirmed: 1.5, alleged: 1.2 });
    expect(result.allegedShare).toBeCloseTo(1.2 / 2.7, 2);
  });

  it("gives a link with no events (or only denied ones) zero strength and no tone", () => {
    expect(linkStrength([], { asOf })).toMatchObject({ strength: 0, tone: null, nature: "none", allegedShare: 0 });
    expect(linkStrength([event({ evidence: "denied" })], { asOf })).toMatchObject({ strength: 0, nature: "none" });
  });

  it("weakens as the same events age", () => {
    const events = [event({ dateEnd: "2024-04-30" })];
    expect(linkStrength(events, { asOf: "2030-01-01" }).strength).toBeLessThan(linkStrength(events, { asOf: "2024-05-01" }).strength);
  });
});
