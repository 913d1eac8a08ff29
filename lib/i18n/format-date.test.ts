import { describe, expect, it } from "vitest";
import { formatEventDate as englishEventDate } from "@/lib/domain/date-precision";
import { monthName } from "@/lib/domain/month-range";
import { countryName } from "./country-name";
import { formatEventDate, formatMonth, formatTimestamp } from "./format-date";
import { formatSignedScore } from "./format-number";

describe("formatEventDate", () => {
  it("writes English exactly as the atlas always has", () => {
    for (const [date, precision] of [
      ["2024-04-23", "day"],
      ["2024-04-01", "month"],
      ["2019-01-01", "year"],
    ] as const) {
      expect(formatEventDate("en", date, precision)).toBe(englishEventDate(date, precision));
    }
    for (const m of ["2024-01", "2024-09", "2023-12"]) {
      expect(formatMonth("en", m)).toBe(monthName(m));
      expect(formatMonth("en", m, true)).toBe(monthName(m, true));
    }
  });

  it("keeps a month one Gregorian month in Persian, not parts of two Solar Hijri months", () => {
    const april = formatEventDate("fa", "2024-04-01", "month");
    expect(april).toContain("آوریل");
    expect(april).toContain("۲۰۲۴");
    expect(formatEventDate("fa", "2019-01-01", "year")).toBe("۲۰۱۹");
  });

  it("writes each precision in the reader's language", () => {
    expect(formatEventDate("ko", "2024-04-01", "month")).toBe("2024년 4월");
    expect(formatEventDate("zh-Hans", "2024-04-23", "day")).toBe("2024年4月23日");
    expect(formatEventDate("ru", "2019-01-01", "year")).toMatch(/^2019/);
  });
});

describe("countryName", () => {
  it("keeps English names from the data and says 북한 for North Korea in Korean", () => {
    expect(countryName("en", "KP", "North Korea")).toBe("North Korea");
    expect(countryName("ko", "KP", "North Korea")).toBe("북한");
    expect(countryName("ru", "RU", "Russia")).toBe("Россия");
  });
});

describe("formatSignedScore", () => {
  it("always shows the sign, with a true minus", () => {
    expect(formatSignedScore("en", 1.94)).toBe("+1.9");
    expect(formatSignedScore("en", -4)).toBe("\u22124.0");
    expect(formatSignedScore("fa", 2)).toBe("\u200e+۲٫۰");
    expect(formatSignedScore("ru", -4)).toBe("\u22124,0");
    expect(formatSignedScore("en", 0)).toBe("0.0");
  });
});

describe("formatTimestamp", () => {
  const at = "2026-11-28T14:03:59.000Z";
  it("writes English as the admin pages always have: day, short month, year, 24-hour UTC time", () => {
    expect(formatTimestamp("en", at)).toBe("28 Nov 2026, 14:03 UTC");
  });

  it("keeps the Gregorian calendar and UTC in every language, with the language's own digits", () => {
    expect(formatTimestamp("fa", at)).toContain("نوامبر");
    expect(formatTimestamp("fa", at)).toContain("۲۰۲۶");
    expect(formatTimestamp("fa", at)).toContain("۱۴:۰۳");
    expect(formatTimestamp("ko", at)).toContain("2026년 11월 28일");
    expect(formatTimestamp("ru", at)).toContain("2026");
    expect(formatTimestamp("zh-Hans", at)).toContain("2026年11月28日");
    for (const locale of ["ko", "ru", "zh-Hans"] as const) expect(formatTimestamp(locale, at)).toContain("14:03");
  });

  it("gives back what is not a timestamp as it is", () => {
    expect(formatTimestamp("en", "not a time")).toBe("not a time");
  });
});
