import { describe, expect, it } from "vitest";
import { classifyChange } from "./compare-periods";

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
});
