import { describe, expect, it } from "vitest";
import { fitBox, toImage } from "./fit-box";

const none = { left: 0, right: 0, top: 0, bottom: 0 };

describe("fitBox", () => {
  it("scales by the tighter side and centres the box in the padded area", () => {
    // A 100 × 50 box in a 1200 × 630 image with 300 px kept clear on the left and 40 elsewhere: the inner area is
    // 860 × 550, so width limits (8.6 < 11) and the box is centred vertically.
    const camera = fitBox([10, 20, 100, 50], 1200, 630, { left: 300, right: 40, top: 40, bottom: 40 });
    expect(camera.scale).toBeCloseTo(8.6);
    expect(toImage(camera, [10, 20])).toEqual([300, expect.closeTo(40 + (550 - 430) / 2)]);
    expect(toImage(camera, [110, 70])[0]).toBeCloseTo(1160);
    expect(toImage(camera, [110, 70])[1]).toBeCloseTo(630 - 40 - 60);
  });

  it("fits a tall box by its height", () => {
    const camera = fitBox([0, 0, 10, 100], 400, 200, none);
    expect(camera.scale).toBe(2);
    expect(toImage(camera, [0, 0])).toEqual([190, 0]);
    expect(toImage(camera, [10, 100])).toEqual([210, 200]);
  });

  it("stops at maxZoom, centred, so a short arc is not blown up past the basemap's detail", () => {
    const camera = fitBox([100, 100, 1, 1], 800, 600, none, 5);
    expect(camera.scale).toBe(32);
    expect(toImage(camera, [100.5, 100.5])).toEqual([400, 300]);
  });

  it("fits a point at maxZoom and survives padding larger than the image", () => {
    expect(fitBox([5, 5, 0, 0], 300, 300, none, 3)).toEqual({ scale: 8, x: 150 - 40, y: 150 - 40 });
    expect(Number.isFinite(fitBox([0, 0, 10, 10], 100, 100, { left: 90, right: 90, top: 0, bottom: 0 }).scale)).toBe(true);
  });
});
