import { describe, expect, it } from "vitest";
import { addMonths, dateInMonth, isMonth, monthEnd, monthFromIndex, monthIndex, monthOf, monthsBetween, monthsFrom, monthStart } from "./months";

describe("month indexes", () => {
  it("counts months since January of year 0, from a month or any day of it", () => {
    expect(monthIndex("2024-04")).toBe(2024 * 12 + 3);
    expect(monthIndex("2024-04-17")).toBe(2024 * 12 + 3);
    expect(monthFromIndex(2024 * 12 + 3)).toBe("2024-04");
    expect(monthFromIndex(monthIndex("0999-12"))).toBe("0999-12");
  });
  it("writes a day of an indexed month", () => {
    expect(dateInMonth(monthIndex("2024-02"), 9)).toBe("2024-02-09");
  });
  it("counts whole months between two dates, whatever their days", () => {
    expect(monthsFrom("2022-04-30", "2024-04-01")).toBe(24);
    expect(monthsFrom("2024-05-01", "2024-04-30")).toBe(-1);
  });
});

describe("month arithmetic", () => {
  it("adds months across years", () => {
    expect(addMonths("2023-12", 1)).toBe("2024-01");
    expect(addMonths("2024-01", -13)).toBe("2022-12");
  });
  it("knows the first and last day of a month, leap years included", () => {
    expect(monthStart("2024-02")).toBe("2024-02-01");
    expect(monthEnd("2024-02")).toBe("2024-02-29");
    expect(monthEnd("2023-02")).toBe("2023-02-28");
    expect(monthEnd("2023-12")).toBe("2023-12-31");
    expect(monthEnd("2100-02")).toBe("2100-02-28");
  });
  it("lists every month of a span", () => {
    expect(monthsBetween("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthsBetween("2024-02", "2023-11")).toEqual([]);
  });
  it("reads only months written YYYY-MM", () => {
    expect(isMonth("2024-04")).toBe(true);
    expect(isMonth("2024-13")).toBe(false);
    expect(isMonth("2024-4")).toBe(false);
    expect(isMonth(undefined)).toBe(false);
    expect(monthOf("2024-04-17")).toBe("2024-04");
  });
});
