import { describe, expect, it } from "vitest";
import { CHANGE_COLOR, CHANGE_PATTERN, CHANGES, changeStyle, changeTag } from "./compare-style";

describe("compare styles", () => {
  it("gives every change its own colour", () => {
    expect(new Set(CHANGES.map((c) => CHANGE_COLOR[c])).size).toBe(CHANGES.length);
  });
  it("does not rely on colour alone for losses: weakened is dashed, went quiet dotted", () => {
    expect(CHANGE_PATTERN.weakened).toBe("dashed");
    expect(CHANGE_PATTERN.went_quiet).toBe("dotted");
    expect(CHANGE_PATTERN.strengthened).toBe("solid");
  });
  it("draws a bigger change wider", () => {
    expect(changeStyle("strengthened", 3, 3).width).toBeGreaterThan(changeStyle("strengthened", 0.5, 1).width);
  });
  it("tags arcs with a word or a signed number", () => {
    expect(changeTag("strengthened", 2.23)).toBe("+2.2");
    expect(changeTag("weakened", -0.4)).toBe("\u22120.4");
    expect(changeTag("appeared", 1.5)).toBe("New +1.5");
    expect(changeTag("went_quiet", -0.3)).toBe("Quiet \u22120.3");
  });
});
