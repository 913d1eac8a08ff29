import type { Feature, FeatureCollection, LineString } from "geojson";
import { describe, expect, it } from "vitest";
import { sourceUpdate } from "./source-diff";

const line = (coordinates: [number, number][]): LineString => ({ type: "LineString", coordinates });
const feature = (id: string, geometry: LineString, properties: Record<string, unknown>): Feature<LineString> => ({ type: "Feature", id, geometry, properties });
const collection = (...features: Feature<LineString>[]): FeatureCollection<LineString> => ({ type: "FeatureCollection", features });

const a = line([[0, 0], [10, 10]]);
const b = line([[5, 5], [20, 20]]);

describe("sourceUpdate", () => {
  it("replaces everything the first time", () => {
    expect(sourceUpdate(null, collection(feature("KP-RU", a, { strength: 1 })))).toEqual({ kind: "replace" });
  });

  it("sends only changed properties when a step restyles arcs that stay where they are", () => {
    const before = collection(feature("KP-RU", a, { strength: 1, color: "red" }), feature("CN-RU", b, { strength: 2, color: "blue" }));
    const after = collection(feature("KP-RU", a, { strength: 1.5, color: "red" }), feature("CN-RU", { ...b }, { strength: 2, color: "blue" }));
    expect(sourceUpdate(before, after)).toEqual({
      kind: "diff",
      diff: { update: [{ id: "KP-RU", addOrUpdateProperties: [{ key: "strength", value: 1.5 }] }] },
    });
  });

  it("adds and removes arcs by id, and reports nothing when nothing changed", () => {
    const features = Array.from({ length: 10 }, (_, i) => feature(`L${i}`, a, { strength: i }));
    const next = collection(...features.slice(1), feature("NEW", b, { strength: 9 }));
    expect(sourceUpdate(collection(...features), next)).toEqual({ kind: "diff", diff: { remove: ["L0"], add: [next.features.at(-1)] } });
    expect(sourceUpdate(next, collection(...next.features))).toEqual({ kind: "none" });
  });

  it("replaces everything when most arcs are new", () => {
    expect(sourceUpdate(collection(feature("A", a, {})), collection(feature("B", b, {}), feature("C", b, {})))).toEqual({ kind: "replace" });
  });

  it("sends a moved arc's new geometry", () => {
    const features = Array.from({ length: 4 }, (_, i) => feature(`L${i}`, a, {}));
    const next = collection(...features.slice(1), feature("L0", b, {}));
    expect(sourceUpdate(collection(...features), next)).toEqual({ kind: "diff", diff: { update: [{ id: "L0", newGeometry: b }] } });
  });
});
