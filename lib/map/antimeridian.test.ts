import { geoDistance } from "d3-geo";
import { describe, expect, it } from "vitest";
import { greatCircleArc, type LonLat } from "./arc";
import { splitAtAntimeridian } from "./antimeridian";

/** True when `point` lies on the great-circle arc from `a` to `b` (the two legs add up to the whole). */
const onArc = (a: LonLat, b: LonLat, point: LonLat) => Math.abs(geoDistance(a, point) + geoDistance(point, b) - geoDistance(a, b)) < 1e-9;

describe("splitAtAntimeridian (RFC 7946 §3.1.9)", () => {
  it("leaves a line that does not cross as one part", () => {
    const line: LonLat[] = [[10, 5], [20, 10], [30, 12]];
    expect(splitAtAntimeridian(line)).toEqual([line]);
  });

  it("cuts an eastward crossing into a part ending on +180 and one starting on -180 at the same latitude", () => {
    const parts = splitAtAntimeridian([[170, 45], [175, 47], [185, 46], [190, 44]]);
    expect(parts).toHaveLength(2);
    const [west, east] = parts as [LonLat[], LonLat[]];
    expect(west.slice(0, 2)).toEqual([[170, 45], [175, 47]]);
    expect(west.at(-1)![0]).toBe(180);
    expect(east[0]![0]).toBe(-180);
    expect(east[0]![1]).toBe(west.at(-1)![1]);
    expect(east.slice(1)).toEqual([[-175, 46], [-170, 44]]);
    // The cut is where the great circle through the neighbouring points meets the antimeridian.
    expect(onArc([175, 47], [185, 46], [180, west.at(-1)![1]])).toBe(true);
  });

  it("cuts a westward crossing into a part ending on -180 and one starting on +180", () => {
    const parts = splitAtAntimeridian([[-170, -10], [-185, -12], [-200, -15]]);
    expect(parts.map((p) => p.map(([lon]) => lon))).toEqual([[-170, -180], [180, 175, 160]]);
    expect(parts[0]!.at(-1)![1]).toBe(parts[1]![0]![1]);
    expect(onArc([-170, -10], [-185, -12], [-180, parts[0]!.at(-1)![1]])).toBe(true);
  });

  it("moves a line lying wholly past the antimeridian back into [-180, 180]", () => {
    expect(splitAtAntimeridian([[-200, 1], [-190, 2]])).toEqual([[[160, 1], [170, 2]]]);
  });

  it("cuts at a point lying exactly on the antimeridian without a part of one point", () => {
    const parts = splitAtAntimeridian([[178, 0], [180, 0], [182, 0]]);
    expect(parts).toEqual([[[178, 0], [180, 0]], [[-180, 0], [-178, 0]]]);
    expect(splitAtAntimeridian([[178, 0], [180, 0], [178, 1]])).toEqual([[[178, 0], [180, 0], [178, 1]]]);
  });

  it("keeps every longitude within ±180 and every part at two points or more for sampled great circles", () => {
    const pairs: [LonLat, LonLat][] = [
      [[-70.6693, -33.4489], [116.3975, 39.9042]], // Santiago–Beijing, across the Pacific
      [[174.7762, -41.2865], [-77.0369, 38.9072]], // Wellington–Washington
      [[178.4419, -18.1416], [-171.7514, -13.8333]], // Suva–Apia
      [[-3.7038, 40.4168], [174.7762, -41.2865]], // Madrid–Wellington, nearly antipodal
    ];
    for (const [from, to] of pairs) {
      const parts = splitAtAntimeridian(greatCircleArc(from, to, 64));
      for (const part of parts) {
        expect(part.length).toBeGreaterThanOrEqual(2);
        for (const [lon, lat] of part) {
          expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          expect(Math.abs(lat)).toBeLessThanOrEqual(90);
        }
      }
      for (let i = 1; i < parts.length; i++) {
        const end = parts[i - 1]!.at(-1)!;
        const start = parts[i]![0]!;
        expect(Math.abs(end[0])).toBe(180);
        expect(start[0]).toBe(-end[0]);
        expect(start[1]).toBe(end[1]);
        expect(onArc(from, to, end)).toBe(true);
      }
    }
  });

  it("refuses a line of fewer than two points", () => {
    expect(() => splitAtAntimeridian([[0, 0]])).toThrow(RangeError);
  });
});
