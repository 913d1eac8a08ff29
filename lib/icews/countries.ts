// ICEWS country names -> the atlas's ISO 3166-1 alpha-2 ids. ICEWS writes English names ("Russian Federation",
// "North Korea", "Occupied Palestinian Territory"); i18n-iso-countries knows most of them by their official name
// or an alias, and ICEWS_COUNTRY_NAMES below lists the ones it does not. A name in neither is reported, never
// guessed.
import isoCountries from "i18n-iso-countries";
import { boundedMemo } from "@/lib/domain/bounded-memo";

/**
 * Names ICEWS uses that i18n-iso-countries (7.14) does not resolve, each checked against getAlpha2Code. Add a
 * row when an import report lists an `unknown_country_name` that is a country.
 */
export const ICEWS_COUNTRY_NAMES: Record<string, string> = {
  "Occupied Palestinian Territory": "PS",
  Syria: "SY",
  "Viet Nam": "VN",
  Laos: "LA",
  Moldova: "MD",
  Brunei: "BN",
  Burma: "MM",
  Macedonia: "MK",
  Swaziland: "SZ",
  "East Timor": "TL",
  Micronesia: "FM",
  "Democratic Republic of Congo": "CD",
  "Republic of Congo": "CG",
  Turkiye: "TR",
};

/** What ICEWS writes for an actor with no country. */
const NO_COUNTRY = new Set(["", "NA"]);

export type IcewsCountry =
  | { ok: true; id: string }
  | { ok: false; reason: "no_actor_country" | "unknown_country_name" | "not_in_atlas" };

/** Builds the resolver for the atlas's countries (alpha-2 ids). Takes a name as ICEWS writes it. */
export function createIcewsCountryResolver(atlas: ReadonlySet<string>) {
  const resolve = (raw: string): IcewsCountry => {
    const name = raw.trim();
    if (NO_COUNTRY.has(name)) return { ok: false, reason: "no_actor_country" };
    const id = ICEWS_COUNTRY_NAMES[name] ?? isoCountries.getAlpha2Code(name, "en");
    if (!id) return { ok: false, reason: "unknown_country_name" };
    return atlas.has(id) ? { ok: true, id } : { ok: false, reason: "not_in_atlas" };
  };
  return boundedMemo(resolve, 10_000);
}
