import { describe, expect, it } from "vitest";
import { formatRoles, parseRoles } from "./roles-text";

describe("roles as CSV text", () => {
  it("round-trips the export's form", () => {
    expect(formatRoles({ RU: "recipient", IR: "supplier" })).toBe("IR:supplier;RU:recipient");
    expect(parseRoles("IR:supplier;RU:recipient")).toEqual({ ok: true, roles: { IR: "supplier", RU: "recipient" } });
    expect(parseRoles("")).toEqual({ ok: true, roles: {} });
  });
  it("names the piece it cannot read", () => {
    const result = parseRoles("IR:seller;RU:recipient");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('"IR:seller" is not');
  });
});
