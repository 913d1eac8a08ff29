// SIPRI's supplier and recipient names -> the atlas's ISO 3166-1 alpha-2 ids, or the reason a name is not a
// country of the atlas. SIPRI writes English names, not codes (/work/shared/data/FORMATS.md): today's states in its
// own spelling, former states, non-state armed groups marked with a trailing `*`, international organisations
// marked `**`, and "unknown supplier(s)" / "unknown recipient(s)". Each kind of non-country is its own reason in
// the import report, so nothing is dropped silently and nothing is guessed.
import isoCountries from "i18n-iso-countries";
import { boundedMemo } from "@/lib/domain/bounded-memo";

/**
 * SIPRI spellings of today's states that i18n-iso-countries (7.14) does not resolve, each checked against
 * getAlpha2Code in countries.test.ts. The first four are in FORMATS.md's list of SIPRI's names; the rest are
 * common short forms of the same kind, harmless if SIPRI spells them otherwise. Add a row when an import
 * report lists an `unknown_country_name` that is a state.
 */
export const SIPRI_COUNTRY_NAMES: Record<string, string> = {
  "DR Congo": "CD",
  "Viet Nam": "VN",
  Turkiye: "TR",
  Syria: "SY",
  Laos: "LA",
  Brunei: "BN",
  Moldova: "MD",
  "Bosnia-Herzegovina": "BA",
  "Cabo Verde": "CV",
  "East Timor": "TL",
  Micronesia: "FM",
  Swaziland: "SZ",
  Macedonia: "MK",
};

/**
 * States that no longer exist, as SIPRI names them (FORMATS.md). Their orders are skipped as `former_state`:
 * the atlas draws today's states, and giving a former state's transfers to a successor would say something the
 * register does not. Only the Soviet Union has a single continuator recognised by the UN (Russia), but putting
 * its Cold-War deliveries on Russia's arcs would credit Russia with transfers from a state of fifteen of today's
 * countries; Czechoslovakia has two equal successors, East Germany acceded to the Federal Republic, Yugoslavia's
 * continuity was refused, South Vietnam was conquered. One rule for all of them: skipped, counted, exampled.
 */
export const SIPRI_FORMER_STATES = new Set(["Soviet Union", "Czechoslovakia", "East Germany (GDR)", "Yugoslavia", "South Vietnam"]);

export type SipriPartyReason = "unknown_party" | "organisation" | "non_state_actor" | "former_state" | "unknown_country_name" | "not_in_atlas";
export type SipriParty = { ok: true; id: string } | { ok: false; reason: SipriPartyReason };

/** SIPRI's names for a party it cannot identify: "unknown supplier(s)", "unknown recipient(s)", and empty. */
const UNKNOWN = /^(unknown (supplier|recipient)\(?s?\)?)?$/i;

/**
 * Builds the resolver for the atlas's countries (alpha-2 ids). Takes a Supplier or Recipient cell as SIPRI writes
 * it; returns the country's id, or why the name is no atlas country, checked in this order: unknown or empty,
 * `**` organisation, `*` non-state group ("unknown rebel group*" included), former state, a name neither
 * SIPRI_COUNTRY_NAMES nor i18n-iso-countries knows, a country the atlas does not list.
 */
export function createSipriPartyResolver(atlas: ReadonlySet<string>): (name: string) => SipriParty {
  const resolve = (raw: string): SipriParty => {
    const name = raw.trim();
    if (UNKNOWN.test(name)) return { ok: false, reason: "unknown_party" };
    if (name.endsWith("**")) return { ok: false, reason: "organisation" };
    if (name.endsWith("*")) return { ok: false, reason: "non_state_actor" };
    if (SIPRI_FORMER_STATES.has(name)) return { ok: false, reason: "former_state" };
    const id = SIPRI_COUNTRY_NAMES[name] ?? isoCountries.getAlpha2Code(name, "en");
    if (!id) return { ok: false, reason: "unknown_country_name" };
    return atlas.has(id) ? { ok: true, id } : { ok: false, reason: "not_in_atlas" };
  };
  return boundedMemo(resolve, 10_000);
}
