import { describe, expect, it } from "vitest";
import { fitsPrecision, formatEventDate, parseIsoDate, periodEnd, periodStart, toIsoDate } from "./date-precision";

const d = (s: string) => parseIsoDate(s)!;

describe("date precision", () => {
  it("writes dates as people say them, no more precisely than known", () => {
    expect(formatEventDate("2024-04-01", "month")).toBe("April 2024");
    expect(formatEventDate("2019-01-01", "year")).toBe("2019");
    expect(formatEventDate("2024-04-23", "day")).toBe("23 April 2024");
  });

  it("rejects impossible or malformed dates", () => {
    expect(parseIsoDate("2024-02-30")).toBeNull();
    expect(parseIsoDate("yesterday")).toBeNull();
    expect(parseIsoDate("2024-4-1")).toBeNull();
    expect(toIsoDate(d("2024-02-29"))).toBe("2024-02-29");
  });

  it("gives each period's first and last day, leap years included", () => {
    expect(toIsoDate(periodEnd(d("2024-02-01"), "month"))).toBe("2024-02-29");
    expect(toIsoDate(periodEnd(d("2019-01-01"), "year"))).toBe("2019-12-31");
    expect(toIsoDate(periodStart(d("2024-04-23"), "month"))).toBe("2024-04-01");
    expect(toIsoDate(periodEnd(d("2024-04-23"), "day"))).toBe("2024-04-23");
  });

  it("says whether a date claims more precision than its precision allows", () => {
    expect(fitsPrecision(d("2024-04-01"), "month")).toBe(true);
    expect(fitsPrecision(d("2024-04-23"), "month")).toBe(false);
    expect(fitsPrecision(d("2019-03-01"), "year")).toBe(false);
  });
});
