import { describe, expect, it } from "vitest";
import { percentile } from "./load";

describe("percentile", () => {
  it("is the nearest-rank value of sorted latencies", () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(Float64Array.of(7), 95)).toBe(7);
  });

  it("is null when nothing came back", () => {
    expect(percentile(new Float64Array(0), 50)).toBeNull();
  });
});
