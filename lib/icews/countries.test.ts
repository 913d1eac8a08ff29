import isoCountries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { createIcewsCountryResolver, ICEWS_COUNTRY_NAMES } from "./countries";

describe("ICEWS country names", () => {
  it("lists only names i18n-iso-countries does not resolve, each to a code it knows", () => {
    for (const [name, id] of Object.entries(ICEWS_COUNTRY_NAMES)) {
      expect(isoCountries.getAlpha2Code(name, "en"), name).toBeUndefined();
      expect(isoCountries.isValid(id), id).toBe(true);
    }
  });

  it("resolves ICEWS's spellings, tells a territory the atlas lacks from a name no one knows, and NA from both", () => {
    const resolve = createIcewsCountryResolver(new Set(["RU", "KP", "PS", "SY", "CN"]));
    expect(["Russian Federation", "North Korea", "Occupied Palestinian Territory", "Syria"].map(resolve)).toEqual([
      { ok: true, id: "RU" },
      { ok: true, id: "KP" },
      { ok: true, id: "PS" },
      { ok: true, id: "SY" },
    ]);
    expect(resolve("Hong Kong")).toEqual({ ok: false, reason: "not_in_atlas" });
    expect(resolve("Atlantis")).toEqual({ ok: false, reason: "unknown_country_name" });
    expect([resolve("NA"), resolve("")]).toEqual([{ ok: false, reason: "no_actor_country" }, { ok: false, reason: "no_actor_country" }]);
  });
});
