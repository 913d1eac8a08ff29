import { describe, expect, it } from "vitest";
import { formatPeriod, parsePeriod, playStart, rangeDates, rangeLabel, rangeView, resolveRange, stepRange } from "./month-range";

describe("resolveRange", () => {
  it("is the whole span when no months are asked for", () => {
    expect(resolveRange({}, "2019-01", "2026-11")).toEqual({ from: "2019-01", to: "2026-11" });
  });
  it("clamps into the span and puts the months in order", () => {
    expect(resolveRange({ from: "2030-01", to: "2010-05" }, "2019-01", "2026-11")).toEqual({ from: "2019-01", to: "2026-11" });
    expect(resolveRange({ from: "2024-04", to: "2023-01" }, "2019-01", "2026-11")).toEqual({ from: "2023-01", to: "2024-04" });
  });
  it("ignores unreadable months", () => {
    expect(resolveRange({ from: "2023-13", to: "soon" }, "2019-01", "2026-11")).toEqual({ from: "2019-01", to: "2026-11" });
  });
});

describe("rangeDates and rangeView", () => {
  it("measures strength on the range's last day", () => {
    expect(rangeDates({ from: "2019-01", to: "2023-12" }, "2026-11-28")).toEqual({ from: "2019-01-01", to: "2023-12-31", asOf: "2023-12-31" });
  });
  it("measures on today when the range runs past it", () => {
    expect(rangeDates({ from: "2019-01", to: "2026-11" }, "2026-11-28").asOf).toBe("2026-11-28");
  });
  it("is narrowed only when it is not the whole span", () => {
    const span = { from: "2019-01", to: "2026-11" };
    expect(rangeView(span, span, "2026-11-28").narrowed).toBe(false);
    expect(rangeView({ from: "2020-01", to: "2026-11" }, span, "2026-11-28").narrowed).toBe(true);
  });
});

describe("playback", () => {
  it("slides a window a month on, keeping its length", () => {
    expect(stepRange({ from: "2023-01", to: "2023-12" }, "slide", "2026-11")).toEqual({ from: "2023-02", to: "2024-01" });
  });
  it("grows the end when growing", () => {
    expect(stepRange({ from: "2019-01", to: "2019-05" }, "grow", "2026-11")).toEqual({ from: "2019-01", to: "2019-06" });
  });
  it("stops at the last month", () => {
    expect(stepRange({ from: "2026-01", to: "2026-11" }, "slide", "2026-11")).toBeNull();
  });
  it("grows the whole span from its first month", () => {
    expect(playStart({ from: "2019-01", to: "2026-11" }, "2019-01", "2026-11")).toEqual({ range: { from: "2019-01", to: "2019-01" }, mode: "grow" });
  });
  it("rewinds a window that ends at the last month to the start", () => {
    expect(playStart({ from: "2026-01", to: "2026-11" }, "2019-01", "2026-11")).toEqual({ range: { from: "2019-01", to: "2019-11" }, mode: "slide" });
  });
  it("slides a window from where it is otherwise", () => {
    expect(playStart({ from: "2020-01", to: "2020-06" }, "2019-01", "2026-11")).toEqual({ range: { from: "2020-01", to: "2020-06" }, mode: "slide" });
  });
});

describe("periods and labels", () => {
  it("reads YYYY-MM..YYYY-MM, first not after second, and writes it back", () => {
    expect(parsePeriod("2019-01..2022-12")).toEqual({ from: "2019-01", to: "2022-12" });
    expect(parsePeriod("2024-02..2024-02")).toEqual({ from: "2024-02", to: "2024-02" });
    expect(formatPeriod({ from: "2019-01", to: "2022-12" })).toBe("2019-01..2022-12");
    for (const bad of ["2019-01", "2024-05..2024-01", "2024-13..2024-14", "2019-01..2020-01..2021-01", "last year"]) expect(parsePeriod(bad)).toBeNull();
  });
  it("labels a range as people say it", () => {
    expect(rangeLabel({ from: "2019-01", to: "2023-12" })).toBe("January 2019 – December 2023");
    expect(rangeLabel({ from: "2024-04", to: "2024-04" }, true)).toBe("Apr 2024");
  });
});
