import { describe, it, expect } from "vitest";
import { labelAnchor } from "./label-anchor";

describe("labelAnchor", () => {
  it("puts the label east of a capital whose arcs all leave westward", () => {
    expect(labelAnchor([125.75, 39.03], [[120, 40], [110, 45]])).toBe("left");
  });

  it("puts the label west of a capital whose arcs leave eastward", () => {
    expect(labelAnchor([37.6, 55.75], [[50, 50], [60, 58]])).toBe("right");
  });

  it("puts the label below a capital whose arcs leave both east and west", () => {
    expect(labelAnchor([116.4, 39.9], [[125, 39], [100, 42], [105, 48]])).toBe("top");
  });

  it("defaults to the east when nothing leaves", () => {
    expect(labelAnchor([0, 0], [])).toBe("left");
  });
});
