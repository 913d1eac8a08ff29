import { describe, it, expect } from "vitest";
import { arcWidth, arcWidthAtZoom, linkPattern, linkStyle, MAX_ARC_WIDTH, NATURE_COLOR } from "./link-style";

const base = { nature: "cooperation" as const, eventCount: 2, strength: 1.7, allegedShare: 0 };

describe("linkStyle", () => {
  it("draws a link resting on confirmed and reported events solid, in the cooperation colour", () => {
    expect(linkStyle(base)).toMatchObject({ pattern: "solid", color: NATURE_COLOR.cooperation });
  });

  it("draws a link whose strength rests mostly on alleged events dashed", () => {
    expect(linkPattern({ ...base, allegedShare: 0.5 })).toBe("dashed");
    expect(linkPattern({ ...base, allegedShare: 0.29 })).toBe("solid");
  });

  it("draws a link with no events as a thin grey dotted line, whatever its nature says", () => {
    const style = linkStyle({ nature: "none", eventCount: 0, strength: 0, allegedShare: 0 });
    expect(style).toEqual({ pattern: "dotted", color: NATURE_COLOR.none, width: arcWidth(0) });
    expect(style.width).toBeLessThan(arcWidth(0.4));
  });

  it("colours tension differently from cooperation", () => {
    expect(linkStyle({ ...base, nature: "tension" }).color).toBe(NATURE_COLOR.tension);
    expect(NATURE_COLOR.tension).not.toBe(NATURE_COLOR.cooperation);
  });
});

describe("arcWidth", () => {
  it("grows with strength and is capped", () => {
    expect(arcWidth(2.8)).toBeGreaterThan(arcWidth(1));
    expect(arcWidth(1000)).toBe(MAX_ARC_WIDTH);
  });
});

describe("arcWidthAtZoom", () => {
  it("follows the map's zoom stops: 0.8× at zoom 1, 1.6× at zoom 5, linear between, constant outside", () => {
    expect(arcWidthAtZoom(5, 0)).toBeCloseTo(4, 9);
    expect(arcWidthAtZoom(5, 3)).toBeCloseTo(6, 9);
    expect(arcWidthAtZoom(5, 7)).toBeCloseTo(8, 9);
  });
});
