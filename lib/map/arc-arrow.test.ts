import { describe, expect, it } from "vitest";
import { arrowOnArc, arrowPolygons, arrowSdfImage, placedPolygon } from "./arc-arrow";

describe("arrowOnArc", () => {
  const eastward: [number, number][] = [[0, 0], [10, 0], [20, 0]];
  it("sits mid-arc pointing from A to B for a_to_b, and back for b_to_a", () => {
    expect(arrowOnArc(eastward, "a_to_b")).toEqual({ at: [10, 0], angle: 0 });
    expect(arrowOnArc(eastward, "b_to_a")).toEqual({ at: [10, 0], angle: 180 });
  });
  it("takes the middle of the middle segment when the arc has an even number of points", () => {
    expect(arrowOnArc([[0, 0], [0, 10], [0, 20], [0, 30]], "a_to_b")).toEqual({ at: [0, 15], angle: 90 });
  });
  it("draws nothing for an undirected link", () => {
    expect(arrowOnArc(eastward, "undirected")).toBeNull();
    expect(arrowPolygons("undirected")).toEqual([]);
  });
});

describe("the arrow's shapes", () => {
  it("puts a one-way head's tip ahead of its centre, along the angle", () => {
    const [head] = arrowPolygons("a_to_b");
    expect(placedPolygon(head!, [100, 50], 90, 10).split(" ")[1]).toBe("100,55");
  });
  it("encodes the head as a distance field: opaque inside, clear outside", () => {
    const image = arrowSdfImage("one_way", 32);
    const alphaAt = (x: number, y: number) => image.data[(y * image.width + x) * 4 + 3]!;
    const centre = image.width / 2;
    expect(image.width).toBe(38);
    expect(alphaAt(centre, centre)).toBeGreaterThan(191);
    expect(alphaAt(1, 1)).toBeLessThan(191);
  });
});
