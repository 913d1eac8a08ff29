import { describe, it, expect } from "vitest";
import { monthIndex } from "@/lib/domain/months";
import type { LinkSummary } from "@/lib/schemas/links";
import { contributionFormula, evidenceClause, formatScore, linkVerdict, monthlyActivity } from "./briefing";

const irkp: LinkSummary = {
  id: "IR-KP", countries: ["IR", "KP"], countryNames: ["Iran", "North Korea"], title: "", summary: "",
  eventCount: 2, firstEventOn: "2019-01-01", lastEventOn: "2024-04-01", lastEventPrecision: "month",
  strength: 1.7, cooperation: 1.7, tension: 0, tone: 1.9, nature: "cooperation", evidence: { confirmed: 1, reported: 1, alleged: 0, denied: 0 },
  evidenceStrength: { confirmed: 1.2, reported: 0.5, alleged: 0, denied: 0 },
  allegedShare: 0,
  flow: { aToB: 0, bToA: 0 },
  direction: "undirected",
};

describe("contributionFormula", () => {
  it("writes weight × factor × decay", () => {
    expect(contributionFormula({ categoryWeight: 3, evidenceFactor: 0.4, decay: 0.7071 })).toBe("3 × 0.4 × 0.71");
  });
});

describe("linkVerdict", () => {
  it("leads with the nature and recency, then how sure we are", () => {
    expect(linkVerdict(irkp)).toBe("Cooperation, most recently April 2024; rests on confirmed and reported events.");
  });
  it("states the alleged share honestly", () => {
    const kpru = { ...irkp, evidence: { confirmed: 2, reported: 0, alleged: 2, denied: 0 }, allegedShare: 0.29 };
    expect(evidenceClause(kpru)).toBe("29% of its strength rests on alleged events");
    expect(evidenceClause({ ...kpru, allegedShare: 0.8 })).toBe("rests mostly on alleged events (80% of its strength)");
  });
});

describe("monthlyActivity", () => {
  const m = monthIndex;
  it("bins the server's monthly counts with empty months kept, and marks year-only dates", () => {
    const bins = monthlyActivity({ month: [m("2024-01"), m("2024-04")], events: [1, 2], yearOnly: [1, 0] }, { minMonths: 1 });
    expect(bins).toEqual([
      { month: "2024-01", count: 1, yearOnly: 1 },
      { month: "2024-02", count: 0, yearOnly: 0 },
      { month: "2024-03", count: 0, yearOnly: 0 },
      { month: "2024-04", count: 2, yearOnly: 0 },
    ]);
  });
  it("shows at least a year, ending at the last event", () => {
    const bins = monthlyActivity({ month: [m("2024-04")], events: [3], yearOnly: [0] });
    expect(bins).toHaveLength(12);
    expect(bins[0]!.month).toBe("2023-05");
    expect(bins[11]).toEqual({ month: "2024-04", count: 3, yearOnly: 0 });
  });
  it("keeps only the last ten years of a long record", () => {
    const bins = monthlyActivity({ month: [m("1990-01"), m("2024-04")], events: [5, 1], yearOnly: [5, 0] });
    expect(bins).toHaveLength(120);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(1);
  });
  it("is empty without events", () => {
    expect(monthlyActivity({ month: [], events: [], yearOnly: [] })).toEqual([]);
  });
});

describe("formatScore", () => {
  it("signs the Goldstein score", () => {
    expect(formatScore(1.9)).toBe("+1.9");
    expect(formatScore(-4)).toBe("\u22124.0");
  });
});
