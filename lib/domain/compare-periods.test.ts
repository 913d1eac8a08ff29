import { describe, expect, it } from "vitest";
import { classifyChange, parsePeriod } from "./compare-periods";

describe("period comparison", () => {
  it("says a link appeared, went quiet, strengthened, weakened or held steady", () => {
    expect(classifyChange({ strength: 0, eventCount: 0 }, { strength: 2, eventCount: 1 })).toBe("appeared");
    expect(classifyChange({ strength: 2, eventCount: 1 }, { strength: 0, eventCount: 0 })).toBe("went_quiet");
    expect(classifyChange({ strength: 1, eventCount: 1 }, { strength: 1.3, eventCount: 2 })).toBe("strengthened");
    expect(classifyChange({ strength: 1, eventCount: 1 }, { strength: 0.7, eventCount: 1 })).toBe("weakened");
    expect(classifyChange({ strength: 1, eventCount: 1 }, { strength: 1.1, eventCount: 1 })).toBe("steady");
    expect(classifyChange({ strength: 0, eventCount: 0 }, { strength: 0, eventCount: 0 })).toBeNull();
  });

  it("treats events that only add denied weight as steady, not as a change", () => {
    expect(classifyChange({ strength: 0, eventCount: 1 }, { strength: 0, eventCount: 2 })).toBe("steady");
  });

  it("reads periods written as months", () => {
    expect(parsePeriod("2019-01..2022-12")).toEqual({ from: "2019-01-01", to: "2022-12-31" });
    expect(parsePeriod("2024-02..2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(parsePeriod("2024-05..2024-01")).toBeNull();
    expect(parsePeriod("2024-13..2024-14")).toBeNull();
    expect(parsePeriod("last year")).toBeNull();
  });
});
