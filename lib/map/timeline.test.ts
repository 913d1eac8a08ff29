import { describe, expect, it } from "vitest";
import {
  addMonths,
  filterParams,
  monthEnd,
  monthsBetween,
  parseFilters,
  parsePeriod,
  passesFilters,
  playStart,
  rangeDates,
  rangeLabel,
  resolveRange,
  stepRange,
} from "./timeline";

describe("month arithmetic", () => {
  it("adds months across years", () => {
    expect(addMonths("2023-12", 1)).toBe("2024-01");
    expect(addMonths("2024-01", -13)).toBe("2022-12");
  });
  it("knows the last day of a month, leap years included", () => {
    expect(monthEnd("2024-02")).toBe("2024-02-29");
    expect(monthEnd("2023-02")).toBe("2023-02-28");
    expect(monthEnd("2023-12")).toBe("2023-12-31");
  });
  it("lists every month of a span", () => {
    expect(monthsBetween("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
  });
});

describe("resolveRange", () => {
  it("is the whole span when the URL names no months", () => {
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

describe("rangeDates", () => {
  it("measures strength on the range's last day", () => {
    expect(rangeDates({ from: "2019-01", to: "2023-12" }, "2026-11-28")).toEqual({ from: "2019-01-01", to: "2023-12-31", asOf: "2023-12-31" });
  });
  it("measures on today when the range runs past it", () => {
    expect(rangeDates({ from: "2019-01", to: "2026-11" }, "2026-11-28").asOf).toBe("2026-11-28");
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
    expect(playStart({ from: "2020-01", to: "2020-06" }, "2019-01", "2026-11").mode).toBe("slide");
  });
});

describe("filters in the URL", () => {
  it("reads known values and drops the rest", () => {
    const params = new URLSearchParams("category=summit,arms_transfer,bogus&minEvidence=reported&countries=kp,IR,x&origin=robots");
    expect(parseFilters(params)).toEqual({ categories: ["arms_transfer", "summit"], minEvidence: "reported", countries: ["IR", "KP"], origin: null });
  });
  it("writes them back in a stable order", () => {
    const filters = parseFilters(new URLSearchParams("origin=curated&countries=KP&category=summit,arms_transfer"));
    expect(filterParams(filters)).toEqual([
      ["category", "arms_transfer,summit"],
      ["countries", "KP"],
      ["origin", "curated"],
    ]);
  });
  it("a minimum evidence level admits the surer levels", () => {
    const filters = parseFilters(new URLSearchParams("minEvidence=reported"));
    expect(passesFilters({ category: "summit", evidence: "confirmed" }, filters)).toBe(true);
    expect(passesFilters({ category: "summit", evidence: "alleged" }, filters)).toBe(false);
  });
});

describe("periods", () => {
  it("parses YYYY-MM..YYYY-MM", () => {
    expect(parsePeriod("2019-01..2022-12")).toEqual({ from: "2019-01", to: "2022-12" });
    expect(parsePeriod("2019-01")).toBeNull();
  });
  it("labels a range as people say it", () => {
    expect(rangeLabel({ from: "2019-01", to: "2023-12" })).toBe("January 2019 – December 2023");
    expect(rangeLabel({ from: "2024-04", to: "2024-04" }, true)).toBe("Apr 2024");
  });
});
