import { describe, expect, it } from "vitest";
import { linkIdFor, pairsAmong, parseLinkId } from "./link-id";

describe("link ids", () => {
  it("sorts the two codes so either order names the same link", () => {
    expect(linkIdFor("KP", "IR")).toBe("IR-KP");
    expect(linkIdFor("ir", "kp")).toBe("IR-KP");
  });

  it("recognises a reversed id and gives the canonical one", () => {
    expect(parseLinkId("KP-IR")).toEqual({ id: "IR-KP", countries: ["IR", "KP"], canonical: false });
    expect(parseLinkId("IR-KP")?.canonical).toBe(true);
  });

  it("rejects ids that are not two distinct alpha-2 codes", () => {
    for (const bad of ["IRKP", "IRN-PRK", "KP-KP", "K1-IR", ""]) expect(parseLinkId(bad)).toBeNull();
  });

  it("counts a multilateral event toward every pair among its participants", () => {
    expect(pairsAmong(["KP", "RU", "IR"])).toEqual(["IR-KP", "IR-RU", "KP-RU"]);
    expect(pairsAmong(["KP", "KP"])).toEqual([]);
  });
});
