// CAMEO actor country codes -> the atlas's ISO 3166-1 alpha-2 ids. CAMEO mostly uses ISO alpha-3, but not
// always: a few countries have their own codes, some codes name regions, and some name territories the
// atlas does not list. Each outcome is told apart so the import report can say why a row was skipped.
import { boundedMemo } from "@/lib/domain/bounded-memo";

export interface AtlasCountry {
  id: string;
  iso3: string;
  name: string;
}

/** CAMEO codes that are not the ISO alpha-3 of the country they mean. */
export const CAMEO_COUNTRY_ALIASES: Record<string, string> = {
  ROM: "RO", // Romania (ISO: ROU)
  TMP: "TL", // East Timor / Timor-Leste (ISO: TLS)
  MTN: "ME", // Montenegro (ISO: MNE)
  WSB: "PS", // West Bank: part of the State of Palestine in the atlas
  GZS: "PS", // Gaza Strip: likewise
  BAG: "IQ", // Baghdad: CAMEO's code for the city, which the atlas counts as Iraq
};

/** CAMEO codes for regions and blocs: they are not countries, so an event with one has no country pair. */
export const CAMEO_REGION_CODES = new Set([
  "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
  "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
]);

export type CountryResolution =
  | { ok: true; id: string }
  | { ok: false; reason: "no_actor_country" | "region" | "not_in_atlas" | "unknown_country_code" };

/**
 * Builds the resolver from the atlas's countries and the CAMEO country lookup (to tell a territory the
 * atlas leaves out, such as HKG, from a code that is not CAMEO at all).
 */
export function createCountryResolver(countries: readonly AtlasCountry[], cameoCodes: ReadonlySet<string> | Map<string, string>) {
  const byIso3 = new Map(countries.map((c) => [c.iso3.toUpperCase(), c.id]));
  const known = new Set(countries.map((c) => c.id));
  const resolve = (raw: string): CountryResolution => {
    const code = raw.trim().toUpperCase();
    if (!code || code === "0") return { ok: false, reason: "no_actor_country" };
    if (CAMEO_REGION_CODES.has(code)) return { ok: false, reason: "region" };
    const alias = CAMEO_COUNTRY_ALIASES[code];
    if (alias) return known.has(alias) ? { ok: true, id: alias } : { ok: false, reason: "not_in_atlas" };
    const id = byIso3.get(code);
    if (id) return { ok: true, id };
    return cameoCodes.has(code) ? { ok: false, reason: "not_in_atlas" } : { ok: false, reason: "unknown_country_code" };
  };
  return boundedMemo(resolve, 10_000);
}
