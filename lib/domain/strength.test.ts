import { describe, expect, it } from "vitest";
import { linkStrength } from "./strength";

describe("link strength", () => {
  it("counts a confirmed event more than a reported one, and a reported more than an alleged one", () => {
    const confirmed = linkStrength([{ evidence: "confirmed", score: 2 }]).strength;
    const reported = linkStrength([{ evidence: "reported", score: 2 }]).strength;
    const alleged = linkStrength([{ evidence: "alleged", score: 2 }]).strength;
    expect(confirmed).toBe(1);
    expect(reported).toBe(0.7);
    expect(alleged).toBe(0.4);
  });

  it("keeps denied events on the record without adding strength", () => {
    const result = linkStrength([{ evidence: "denied", score: 7.4 }]);
    expect(result.strength).toBe(0);
    expect(result.evidence.denied).toBe(1);
    expect(result.nature).toBe("none");
  });

  it("says how much of the strength rests on alleged events", () => {
    const result = linkStrength([
      { evidence: "confirmed", score: 1.9 },
      { evidence: "alleged", score: 7.4 },
    ]);
    expect(result.strength).toBe(1.4);
    expect(result.allegedShare).toBeCloseTo(0.29, 2);
  });

  it("reads a tie as tension when its weighted events lean to conflict", () => {
    expect(linkStrength([{ evidence: "confirmed", score: -2 }]).nature).toBe("tension");
    expect(linkStrength([{ evidence: "confirmed", score: 3.4 }]).nature).toBe("cooperation");
    expect(linkStrength([{ evidence: "confirmed", score: 3 }, { evidence: "confirmed", score: -3 }]).nature).toBe("mixed");
  });

  it("gives a link with no events zero strength and no tone", () => {
    expect(linkStrength([])).toMatchObject({ strength: 0, tone: null, nature: "none", allegedShare: 0 });
  });
});
