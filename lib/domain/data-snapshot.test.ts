import { describe, expect, it } from "vitest";
import { compareSnapshot, formatSnapshot, parseSnapshot, versionedPath } from "./data-snapshot";

describe("parseSnapshot / formatSnapshot", () => {
  it("reads back what it writes", () => {
    const snapshot = { version: "8412", day: "2026-12-01" };
    expect(formatSnapshot(snapshot)).toBe("8412-2026-12-01");
    expect(parseSnapshot("8412-2026-12-01")).toEqual(snapshot);
    expect(parseSnapshot("0-2026-01-01")).toEqual({ version: "0", day: "2026-01-01" });
  });

  it("refuses anything else: no day, a day that does not exist, leading zeros, words", () => {
    for (const bad of ["8412", "8412-2026-12", "8412-2026-02-30", "08412-2026-12-01", "latest", "-1-2026-12-01", "8412-2026-12-01x", ""]) {
      expect(parseSnapshot(bad), bad).toBeNull();
    }
  });
});

describe("compareSnapshot", () => {
  const at = (version: string, day: string) => ({ version, day });

  it("is current only for the same version on the same day", () => {
    expect(compareSnapshot(at("7", "2026-12-01"), at("7", "2026-12-01"))).toBe("current");
  });

  it("is behind for an older version, or the same version on an earlier day", () => {
    expect(compareSnapshot(at("6", "2026-12-01"), at("7", "2026-12-01"))).toBe("behind");
    expect(compareSnapshot(at("7", "2026-11-30"), at("7", "2026-12-01"))).toBe("behind");
    // Versions compare as numbers, not text.
    expect(compareSnapshot(at("9", "2026-12-01"), at("10", "2026-12-01"))).toBe("behind");
  });

  it("is ahead for a version this database has not reached, whatever the day", () => {
    expect(compareSnapshot(at("8", "2026-11-30"), at("7", "2026-12-01"))).toBe("ahead");
    expect(compareSnapshot(at("7", "2026-12-02"), at("7", "2026-12-01"))).toBe("ahead");
    expect(compareSnapshot(at("10000000000000000000", "2026-12-01"), at("9999999999999999999", "2026-12-01"))).toBe("ahead");
  });
});

describe("versionedPath", () => {
  it("puts the snapshot after /api/v/, keeping the path and query", () => {
    expect(versionedPath("7-2026-12-01", "/api/links/IR-KP?from=2019-01-01")).toBe("/api/v/7-2026-12-01/links/IR-KP?from=2019-01-01");
  });

  it("refuses a path outside the API", () => {
    expect(() => versionedPath("7-2026-12-01", "/map.png")).toThrow();
  });
});
