import { describe, expect, it } from "vitest";
import { ringContains } from "./ring-contains";

describe("ringContains", () => {
  const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
  it("is true inside a ring and false outside, whichever way it winds", () => {
    expect(ringContains(square, [5, 5])).toBe(true);
    expect(ringContains([...square].reverse(), [5, 5])).toBe(true);
    expect(ringContains(square, [15, 5])).toBe(false);
    expect(ringContains(square, [5, -1])).toBe(false);
  });
});
