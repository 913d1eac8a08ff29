import { describe, expect, it } from "vitest";
import { arcWidth, MAX_ARC_WIDTH, MIN_ARC_WIDTH } from "./link-style";
import { arcWidthScale } from "./width-scale";

describe("arcWidthScale", () => {
  it("gives the strongest link drawn the widest line, however strong it is", () => {
    expect(arcWidthScale([2, 8]).widthOf(8)).toBe(MAX_ARC_WIDTH);
    expect(arcWidthScale([200, 1335.9]).widthOf(1335.9)).toBe(MAX_ARC_WIDTH);
  });

  it("widens by the square root: a quarter of the strongest gets half the extra width", () => {
    const scale = arcWidthScale([1, 100]);
    expect(scale.widthOf(25)).toBeCloseTo(MIN_ARC_WIDTH + (MAX_ARC_WIDTH - MIN_ARC_WIDTH) / 2);
    expect(scale.strongest).toBe(100);
  });

  it("keeps arcs apart where absolute widths saturated: at a million events most links hit the cap", () => {
    const absolute = [300, 600, 1200].map(arcWidth);
    expect(new Set(absolute).size).toBe(1);
    const scale = arcWidthScale([300, 600, 1200]);
    const scaled = [300, 600, 1200].map(scale.widthOf);
    expect(scaled[0]).toBeLessThan(scaled[1]!);
    expect(scaled[1]).toBeLessThan(scaled[2]!);
  });

  it("draws a link without strength at the no-events width, and never fails on odd input", () => {
    const scale = arcWidthScale([0, Number.NaN, 5]);
    expect(scale.widthOf(0)).toBe(arcWidth(0));
    expect(arcWidthScale([]).widthOf(3)).toBe(arcWidth(0));
    expect(scale.strongest).toBe(5);
  });
});
