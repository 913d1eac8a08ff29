// One GDELT row -> one atlas event, or the reason it cannot be one. Pure: the caller supplies the atlas's
// countries and the CAMEO lookups, so this runs the same in the importer, the benchmark and the tests.
import { boundedMemo } from "@/lib/domain/bounded-memo";
import { parseIsoDate } from "@/lib/domain/date-precision";
import { todayIso } from "@/lib/domain/months";
import { EARLIEST_DATE } from "@/lib/schemas/event-input";
import type { DatePrecision, EventCategory, EvidenceLevel, ParticipantRole } from "@/lib/domain/vocabulary";
import { categoryForCameo, QUAD_CLASSES } from "./categories";
import { describeEventCode, type CameoLookups } from "./cameo";
import { COL, LAYOUTS } from "./columns";
import { createCountryResolver, type AtlasCountry } from "./countries";

export const REJECT_REASONS = {
  column_count: "not a row of the file's format (GDELT: 57, 58 or 61 tab-separated columns; ICEWS, SIPRI: as many as the header)",
  bad_id: "GLOBALEVENTID is not a number",
  no_actor_country: "Actor1CountryCode or Actor2CountryCode is empty",
  region: "an actor is a region or bloc, not a country (e.g. AFR, EUR, WST)",
  not_in_atlas: "an actor's country is not one of the atlas's countries (e.g. HKG, PRI)",
  unknown_country_code: "an actor's country code is not in GDELT's CAMEO country list",
  unknown_country_name: "an actor's country name is not one the importer knows (ICEWS, SIPRI; see lib/icews/countries.ts, lib/sipri/countries.ts)",
  same_country: "both actors are the same country",
  bad_date: "SQLDATE is not a date from 1900 to today (YYYYMMDD)",
  bad_event_code: "EventCode is not a CAMEO event code",
  inconsistent_codes: "EventCode, EventBaseCode, EventRootCode and QuadClass disagree (e.g. codes saved as numbers: 020 became 20)",
  bad_goldstein: "GoldsteinScale is not a number from -10 to 10",
  duplicate: "the external id (GLOBALEVENTID, ICEWS Event ID, SIPRI order key) already imported, or repeated in the file",
  former_state: "SIPRI: the Supplier or Recipient is a state that no longer exists (Soviet Union, Czechoslovakia, East Germany (GDR), Yugoslavia, South Vietnam)",
  non_state_actor: "SIPRI: the Supplier or Recipient is a non-state armed group (marked * by SIPRI)",
  organisation: "SIPRI: the Supplier or Recipient is an international organisation (marked ** by SIPRI)",
  unknown_party: "SIPRI: the Supplier or Recipient is unknown (\"unknown supplier(s)\", \"unknown recipient(s)\") or empty",
  bad_order_year: "SIPRI: Year of order is not a year from 1900 to this year",
  bad_value: "SIPRI: a number, TIV, list of delivery years or ? mark is not in the register's form (the message names the column)",
} as const;
export type RejectReason = keyof typeof REJECT_REASONS;

export interface GdeltSource {
  url: string | null;
  publisher: string;
  title: string;
  publishedOn: string | null;
}

export interface GdeltEvent {
  /** "gdelt:<GLOBALEVENTID>": makes re-imports add nothing. */
  externalId: string;
  /** SQLDATE as YYYY-MM-DD (day precision); the first day of the period for a coarser precision. */
  date: string;
  /** Actor1's and Actor2's countries (alpha-2), in that order. */
  countries: [string, string];
  /**
   * The roles of `countries[0]` and `countries[1]`: CAMEO codes an event from its source actor (Actor1) to its
   * target (Actor2), so GDELT and ICEWS rows are ["actor", "target"]; SIPRI's are ["supplier", "recipient"].
   */
  roles: [ParticipantRole, ParticipantRole];
  /** Day precision unless given; a year-precision row (SIPRI) is dated 1 January and ends 31 December. */
  precision?: DatePrecision;
  /** Evidence when not "reported" (machine-coded news reports are "reported"). */
  evidence?: EvidenceLevel;
  /** SIPRI trend-indicator value, millions of TIV. */
  tivMillions?: number | null;
  category: EventCategory;
  score: number;
  /** The CAMEO event code; null when the source codes none (SIPRI). */
  cameoCode: string | null;
  title: string;
  summary: string;
  source: GdeltSource;
}

export type GdeltRowResult = { ok: true; event: GdeltEvent } | { ok: false; reason: RejectReason; message: string };

export interface GdeltMapper {
  map(line: string): GdeltRowResult;
}

const DIGITS = /^\d{1,19}$/;
const CAMEO_CODE = /^\d{2,4}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const TITLE_MAX = 200;

const plural = (count: string, noun: string) => `${count} ${noun}${count === "1" ? "" : "s"}`;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Turns YYYYMMDD (or the first 8 digits of YYYYMMDDHHMMSS) into YYYY-MM-DD between 1900 and `today`. */
export function gdeltDate(raw: string, today: string): string | null {
  if (!/^\d{8}(\d{6})?$/.test(raw)) return null;
  const iso = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  if (iso < EARLIEST_DATE || iso > today || !parseIsoDate(iso)) return null;
  return iso;
}

/**
 * SOURCEURL -> a source. A web address gives publisher = its host and title = host + path (GDELT gives no
 * headline, and we invent none). GDELT 1.0 sometimes has a name there instead ("BBC Monitoring"); the
 * historical layout has no column at all.
 */
export function gdeltSource(raw: string | undefined, globalEventId: string, publishedOn: string | null): GdeltSource {
  const text = (raw ?? "").trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      const host = url.hostname.replace(/^www\./, "");
      const path = url.pathname === "/" ? "" : url.pathname;
      return {
        url: text.length <= 2000 ? text : null,
        publisher: clip(host, 200),
        title: clip(`${host}${path}`, 500),
        publishedOn,
      };
    } catch {
      // not a URL after all: fall through to the name case
    }
  }
  if (text) return { url: null, publisher: clip(text, 200), title: "Article cited by GDELT", publishedOn };
  return { url: null, publisher: "GDELT Project", title: `GDELT event record ${globalEventId}`, publishedOn };
}

/**
 * The QuadClass GDELT gives a CAMEO root code: roots 01–05 verbal cooperation (1), 06–09 material cooperation
 * (2), 10–14 verbal conflict (3), 15–20 material conflict (4). GDELT's grouping, not the CAMEO codebook's own
 * (which puts 09 Investigate with verbal conflict): every one of the 2,111 rows of the real GDELT 2.0 export in
 * tests/fixtures follows it. Takes the two-digit root code; returns "1".."4", or null for no such root.
 */
export function quadClassOfRoot(root: string): string | null {
  if (!/^\d{2}$/.test(root)) return null;
  const n = Number(root);
  if (n < 1 || n > 20) return null;
  return n <= 5 ? "1" : n <= 9 ? "2" : n <= 14 ? "3" : "4";
}

/**
 * Why a row's CAMEO columns contradict each other, or null when they agree: EventCode has three or four digits,
 * EventBaseCode is its first three, EventRootCode its first two, and QuadClass is the root's (quadClassOfRoot).
 * A spreadsheet that saved the codes as numbers drops their leading zeros (020 -> 20, 02 -> 2), which no longer
 * agree; such rows are skipped rather than guessed at.
 */
export function codesDisagree(code: string, base: string, root: string, quad: string): string | null {
  const agree = /^\d{3,4}$/.test(code) && base === code.slice(0, 3) && root === code.slice(0, 2) && quad === quadClassOfRoot(root);
  return agree ? null : `EventCode "${code}", EventBaseCode "${base}", EventRootCode "${root}", QuadClass "${quad}"`;
}

export function createGdeltMapper(options: {
  countries: readonly AtlasCountry[];
  lookups: CameoLookups;
  /** YYYY-MM-DD; dates after it are refused (defaults to today, UTC). */
  today?: string;
}): GdeltMapper {
  const resolveCountry = createCountryResolver(options.countries, options.lookups.countryCodes);
  const names = new Map(options.countries.map((c) => [c.id, c.name]));
  const today = options.today ?? todayIso();
  const dateOf = boundedMemo((raw) => gdeltDate(raw, today), 100_000);

  function map(raw: string): GdeltRowResult {
    // PostgreSQL's text cannot hold NUL (0x00): a stray one in a field failed the whole batch, on every re-run.
    const line = raw.includes("\0") ? raw.replaceAll("\0", "") : raw;
    const f = line.split("\t");
    const layout = LAYOUTS[f.length];
    if (!layout) return { ok: false, reason: "column_count", message: `${f.length} columns` };

    const id = f[COL.GLOBALEVENTID]!.trim();
    if (!DIGITS.test(id)) return { ok: false, reason: "bad_id", message: `GLOBALEVENTID "${id}"` };

    const code1 = f[COL.Actor1CountryCode]!;
    const code2 = f[COL.Actor2CountryCode]!;
    const c1 = resolveCountry(code1);
    const c2 = resolveCountry(code2);
    if (!c1.ok || !c2.ok) {
      const bad = !c1.ok ? c1 : (c2 as Exclude<typeof c2, { ok: true }>);
      return { ok: false, reason: bad.reason, message: `Actor1CountryCode "${code1}", Actor2CountryCode "${code2}"` };
    }
    if (c1.id === c2.id) return { ok: false, reason: "same_country", message: `${code1} and ${code2} are both ${c1.id}` };

    const date = dateOf(f[COL.SQLDATE]!.trim());
    if (!date) return { ok: false, reason: "bad_date", message: `SQLDATE "${f[COL.SQLDATE]}"` };

    const cameoCode = f[COL.EventCode]!.trim();
    const category = CAMEO_CODE.test(cameoCode) ? categoryForCameo(cameoCode) : undefined;
    const label = category ? describeEventCode(cameoCode, options.lookups.eventCodes) : undefined;
    if (!category || !label) return { ok: false, reason: "bad_event_code", message: `EventCode "${cameoCode}"` };
    const disagreement = codesDisagree(cameoCode, f[COL.EventBaseCode]!.trim(), f[COL.EventRootCode]!.trim(), f[COL.QuadClass]!.trim());
    if (disagreement) return { ok: false, reason: "inconsistent_codes", message: disagreement };

    const goldstein = f[COL.GoldsteinScale]!.trim();
    const score = NUMBER.test(goldstein) ? Number(goldstein) : NaN;
    if (!(score >= -10 && score <= 10)) return { ok: false, reason: "bad_goldstein", message: `GoldsteinScale "${goldstein}"` };

    const nameA = names.get(c1.id)!;
    const nameB = names.get(c2.id)!;
    const middle = clip(label, TITLE_MAX - nameA.length - nameB.length - 6);
    const quad = QUAD_CLASSES[f[COL.QuadClass]!.trim()];
    const actor1 = f[COL.Actor1Name]!.trim() || code1;
    const actor2 = f[COL.Actor2Name]!.trim() || code2;
    const mentions = f[COL.NumMentions]!.trim();
    const sources = f[COL.NumSources]!.trim();
    const tone = Number(f[COL.AvgTone]);
    const summary = [
      `Machine-coded by the GDELT Project from news reports${quad ? ` (${quad.toLowerCase()})` : ""}, not checked by an editor.`,
      `${actor1} (${code1}) — ${label} (CAMEO ${cameoCode}) — ${actor2} (${code2}).`,
      `Goldstein ${score}${mentions ? `; ${plural(mentions, "mention")} in ${plural(sources || "?", "source")}` : ""}${Number.isFinite(tone) ? `; average tone ${tone.toFixed(1)}` : ""}.`,
      `GDELT event ${id}.`,
    ].join(" ");

    const dateAdded = f[layout.dateAdded]!.trim();
    const source = gdeltSource(layout.sourceUrl >= 0 ? f[layout.sourceUrl] : undefined, id, dateOf(dateAdded));

    return {
      ok: true,
      event: {
        externalId: `gdelt:${id}`,
        date,
        countries: [c1.id, c2.id],
        roles: ["actor", "target"],
        category,
        score,
        cameoCode,
        title: `${nameA} — ${middle} — ${nameB}`,
        summary: clip(summary, 5000),
        source,
      },
    };
  }

  return { map };
}
