import { describe, expect, it } from "vitest";
import { arcStrokes, capitalDiscs } from "./arc-strokes";
import { NATURE_COLOR } from "./link-style";
import { COLORS } from "./style";

describe("arcStrokes", () => {
  it("strokes a dashed arc as the map's layers do at zoom 3: width × 1.2, a 4 px wider dark halo, dashes in widths", () => {
    const { halo, line } = arcStrokes({ color: NATURE_COLOR.cooperation, width: 5, pattern: "dashed" }, 3, false);
    expect(line).toEqual({
      color: NATURE_COLOR.cooperation,
      width: expect.closeTo(6, 9),
      opacity: 1,
      dasharray: [expect.closeTo(13.2, 9), expect.closeTo(8.4, 9)],
      linecap: "butt",
    });
    expect(halo).toEqual({ color: COLORS.sea, width: expect.closeTo(10, 9), opacity: 0.55, dasharray: null, linecap: "round" });
  });
  it("fades a dotted arc unless it is the open one, whose halo turns white; scales by an image's density", () => {
    const style = { color: NATURE_COLOR.none, width: 1.25, pattern: "dotted" } as const;
    expect(arcStrokes(style, 1, false).line.opacity).toBe(0.85);
    const open = arcStrokes(style, 1, true, 2);
    expect([open.line.opacity, open.line.width, open.halo.color, open.halo.opacity, open.halo.width]).toEqual([1, 2, "#ffffff", 0.35, 10]);
  });
});

describe("capitalDiscs", () => {
  it("draws a capital as halo and dot, and the open country's with a blue ring outside its dot", () => {
    expect(capitalDiscs(false).map((d) => d.radius)).toEqual([6.5, 4]);
    expect(capitalDiscs(true).map((d) => [d.radius, d.color])).toEqual([[9, COLORS.capitalHalo], [8, "#4EA5FF"], [6, COLORS.capital]]);
  });
});
