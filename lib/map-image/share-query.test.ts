import { describe, expect, it } from "vitest";
import { sharePairs } from "./share-query";

describe("sharePairs", () => {
  it("writes range, selection and filters in one order, whatever order they came in", () => {
    expect(sharePairs({ category: ["summit", "arms_transfer"], link: "IR-KP", to: "2024-04", from: "2023-01" })).toEqual([
      ["from", "2023-01"],
      ["to", "2024-04"],
      ["link", "IR-KP"],
      ["category", "arms_transfer,summit"],
    ]);
  });

  it("leaves out half a range, prefers the link to the country, and writes periods", () => {
    expect(sharePairs({ from: "2023-01", link: "IR-KP", country: "KP" })).toEqual([["link", "IR-KP"]]);
    expect(sharePairs({ a: { from: "2019-01", to: "2022-12" }, b: { from: "2023-01", to: "2024-12" }, origin: "curated" })).toEqual([
      ["a", "2019-01..2022-12"],
      ["b", "2023-01..2024-12"],
      ["origin", "curated"],
    ]);
  });
});
