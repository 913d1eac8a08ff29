import { describe, it, expect } from "vitest";
import { ARC_SEGMENTS, distanceKm, greatCircleArc, greatCircleMidpoint, segmentsFor, unwrapLongitudes, wrapLongitude } from "./arc";

const TOKYO: [number, number] = [139.6917, 35.6895];
const SAN_FRANCISCO: [number, number] = [-122.4194, 37.7749];
const TEHRAN: [number, number] = [51.389, 35.6892];
const PYONGYANG: [number, number] = [125.7543, 39.0339];

const maxStep = (points: [number, number][]) =>
  Math.max(...points.slice(1).map(([lon], i) => Math.abs(lon - points[i]![0])));

describe("unwrapLongitudes", () => {
  it("keeps a line that crosses the 180th meridian continuous", () => {
    expect(unwrapLongitudes([[170, 0], [179, 0], [-179, 0], [-170, 0]])).toEqual([[170, 0], [179, 0], [181, 0], [190, 0]]);
  });

  it("leaves a line that does not cross the meridian unchanged", () => {
    const line: [number, number][] = [[10, 5], [20, 6], [30, 7]];
    expect(unwrapLongitudes(line)).toEqual(line);
  });
});

describe("greatCircleArc", () => {
  it("goes from Tokyo to San Francisco the short way, across the Pacific, without a 360° jump", () => {
    const arc = greatCircleArc(TOKYO, SAN_FRANCISCO, 64);
    expect(arc).toHaveLength(65);
    expect(maxStep(arc)).toBeLessThan(10);
    expect(arc[0]).toEqual(TOKYO);
    // Eastward past 180: the last point is San Francisco on the next world copy (-122.4 + 360).
    expect(arc[64]![0]).toBeCloseTo(SAN_FRANCISCO[0] + 360, 6);
    expect(arc[64]![1]).toBeCloseTo(SAN_FRANCISCO[1], 6);
  });

  it("bows towards the pole, as a great circle does on a flat map", () => {
    const arc = greatCircleArc(TEHRAN, PYONGYANG, 64);
    const highest = Math.max(...arc.map(([, lat]) => lat));
    expect(highest).toBeGreaterThan(Math.max(TEHRAN[1], PYONGYANG[1]) + 3);
  });

  it("starts and ends exactly at the capitals", () => {
    const arc = greatCircleArc(TEHRAN, PYONGYANG);
    expect(arc[0]).toEqual(TEHRAN);
    expect(arc[arc.length - 1]).toEqual(PYONGYANG);
  });
});

describe("greatCircleMidpoint", () => {
  it("is equally far from both ends", () => {
    const mid = greatCircleMidpoint(TEHRAN, PYONGYANG);
    expect(distanceKm(TEHRAN, mid)).toBeCloseTo(distanceKm(mid, PYONGYANG), 3);
  });

  it("lies on the equator halfway between two equatorial points", () => {
    const [lon, lat] = greatCircleMidpoint([0, 0], [90, 0]);
    expect(lon).toBeCloseTo(45, 9);
    expect(lat).toBeCloseTo(0, 9);
  });

  it("crosses the antimeridian for Tokyo to San Francisco", () => {
    const [lon] = greatCircleMidpoint(TOKYO, SAN_FRANCISCO);
    expect(Math.abs(wrapLongitude(lon))).toBeGreaterThan(160);
  });
});

describe("wrapLongitude", () => {
  it("brings longitudes back into [-180, 180)", () => {
    expect(wrapLongitude(237.58)).toBeCloseTo(-122.42, 9);
    expect(wrapLongitude(-190)).toBeCloseTo(170, 9);
    expect(wrapLongitude(180)).toBe(-180);
  });
});

describe("segmentsFor", () => {
  const PYONGYANG: [number, number] = [125.7625, 39.0392];
  const SEOUL: [number, number] = [126.978, 37.5665];
  it("samples short arcs lightly and long ones up to the full count", () => {
    expect(segmentsFor(PYONGYANG, SEOUL)).toBe(8);
    const pacific = segmentsFor(TOKYO, SAN_FRANCISCO);
    expect(pacific).toBeGreaterThanOrEqual(25); // about 74° of arc
    expect(pacific).toBeLessThanOrEqual(ARC_SEGMENTS);
    expect(segmentsFor([0, 0], [179, 0])).toBe(ARC_SEGMENTS);
  });
});
