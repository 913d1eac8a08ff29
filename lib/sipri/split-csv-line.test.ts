import { describe, expect, it } from "vitest";
import { splitCsvLine } from "./split-csv-line";

describe("splitting a line of SIPRI's CSV", () => {
  it("splits on commas, keeping empty fields, the last one included", () => {
    expect(splitCsvLine("a,,b,")).toEqual(["a", "", "b", ""]);
    expect(splitCsvLine("")).toEqual([""]);
  });

  it("reads quoted fields with commas and doubled quotes, and a quoted space as a space", () => {
    expect(splitCsvLine('x,"a, b",""" q ""","y"')).toEqual(["x", "a, b", '" q "', "y"]);
    expect(splitCsvLine('Year of order," ",Number ordered')).toEqual(["Year of order", " ", "Number ordered"]);
  });

  it("answers null for a quote left open", () => {
    expect(splitCsvLine('a,"b, c')).toBeNull();
  });
});
