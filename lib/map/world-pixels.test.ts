import { describe, expect, it } from "vitest";
import { svgNumber, toWorldPixels, worldBoxOf, worldPathOf } from "./world-pixels";

describe("toWorldPixels", () => {
  it("puts null island at the centre of the 512 px world and the antimeridian at its edges", () => {
    expect(toWorldPixels([0, 0])).toEqual([256, 256]);
    expect(toWorldPixels([-180, 0])[0]).toBe(0);
    expect(toWorldPixels([180, 0])[0]).toBe(512);
  });
  it("reaches the square's top edge at Web Mercator's limit and clamps beyond it", () => {
    expect(toWorldPixels([0, 85.051129])[1]).toBeCloseTo(0, 4);
    expect(toWorldPixels([0, 89])[1]).toBeCloseTo(0, 4);
  });
  it("matches MapLibre's mercatorYfromLat for Pyongyang (39.0392° N)", () => {
    // maplibre-gl: mercatorYfromLat(lat) = (180 - (180/π)·ln(tan(π/4 + lat·π/360))) / 360
    const expected = ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (39.0392 * Math.PI) / 360))) / 360) * 512;
    expect(toWorldPixels([125.7625, 39.0392])[1]).toBeCloseTo(expected, 9);
  });
  it("keeps longitudes past 180° on the next world copy", () => {
    expect(toWorldPixels([190, 0])[0]).toBeCloseTo(526.22, 2);
  });
});

describe("worldBoxOf and worldPathOf", () => {
  it("gives the box from the north-west corner, y growing south", () => {
    const [x, y, w, h] = worldBoxOf([-180, -45, 180, 45]);
    expect([x, w]).toEqual([0, 512]);
    expect(y).toBeCloseTo(256 - h / 2, 9);
  });
  it("writes short path data without -0 or trailing zeros", () => {
    expect(svgNumber(-0.001)).toBe("0");
    expect(worldPathOf([[0, 0], [90, 0]])).toBe("M256 256L384 256");
  });
});
