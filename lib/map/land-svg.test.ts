import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { landPaths, landSvgDocument } from "./land-svg";

const basemap: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { kind: "country", iso2: "XX" },
      geometry: { type: "MultiPolygon", coordinates: [[[[0, 0], [90, 0], [90, 45], [0, 0]]]] },
    },
    { type: "Feature", properties: { kind: "border" }, geometry: { type: "MultiLineString", coordinates: [[[-180, 0], [0, 0]]] } },
  ],
};

describe("landPaths", () => {
  it("writes each ring as an absolute move and relative steps in world pixels, closed", () => {
    const { land } = landPaths(basemap);
    // (0°, 0°) is the world centre (256, 256); 90° east is 128 px further; 45° N is ln(tan(67.5°)) / 2π × 512 = 71.82 px up.
    expect(land).toBe("M256 256l128 0l0 -71.82l-128 71.82z");
  });
  it("writes borders as open lines and nothing else as land", () => {
    expect(landPaths(basemap).borders).toBe("M0 256l256 0");
  });
  it("makes an SVG document of the 512 px world", () => {
    expect(landSvgDocument(landPaths(basemap))).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 512 512"/);
  });
});
