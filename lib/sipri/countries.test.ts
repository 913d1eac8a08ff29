import isoCountries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { createSipriPartyResolver, SIPRI_COUNTRY_NAMES, SIPRI_FORMER_STATES } from "./countries";

describe("SIPRI supplier and recipient names", () => {
  it("lists only names i18n-iso-countries does not resolve, each to a code it knows", () => {
    for (const [name, id] of Object.entries(SIPRI_COUNTRY_NAMES)) {
      expect(isoCountries.getAlpha2Code(name, "en"), name).toBeUndefined();
      expect(isoCountries.isValid(id), id).toBe(true);
    }
  });

  it("lists former states that no library would resolve to a state of today", () => {
    for (const name of SIPRI_FORMER_STATES) expect(isoCountries.getAlpha2Code(name, "en"), name).toBeUndefined();
  });

  it("resolves SIPRI's spellings of today's states, through the library and the table", () => {
    const resolve = createSipriPartyResolver(new Set(["RU", "IR", "KP", "CD", "VN", "TR", "CZ", "CI"]));
    expect(["Russia", "Iran", "North Korea", "DR Congo", "Viet Nam", "Turkiye", "Czechia", "Côte d'Ivoire"].map(resolve)).toEqual(
      ["RU", "IR", "KP", "CD", "VN", "TR", "CZ", "CI"].map((id) => ({ ok: true, id })),
    );
  });

  it("tells each kind of non-state party apart, checking the marks before the names", () => {
    const resolve = createSipriPartyResolver(new Set(["RU", "YE", "LB"]));
    expect(
      ["unknown supplier(s)", "unknown recipient(s)", "", "NATO**", "United Nations**", "Houthi rebels (Yemen)*", "unknown rebel group*", "Soviet Union", "Czechoslovakia", "Yugoslavia", "South Vietnam", "East Germany (GDR)", "Atlantis", "Hong Kong"].map(
        (name) => {
          const party = resolve(name);
          return party.ok ? party.id : party.reason;
        },
      ),
    ).toEqual([
      "unknown_party", "unknown_party", "unknown_party", "organisation", "organisation", "non_state_actor", "non_state_actor",
      "former_state", "former_state", "former_state", "former_state", "former_state", "unknown_country_name", "not_in_atlas",
    ]);
  });
});
