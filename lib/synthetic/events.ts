// Synthetic events, one at a time from a generator, so a million of them never sit in memory together.
// Everything comes from one seeded random stream consumed in a fixed order: the same options give the same
// events, ids included, on every run (the loader walks the stream once per table it fills).
//
// What is realistic about them (and why): events fall on links in proportion to the link plan's Zipf shares
// (links.ts); news volume grows about 7.5% a year, so recent years are denser; most events are
// machine-coded, day-precise and "reported" like a GDELT import, a tenth are curated with more month- and
// year-precise dates and more confirmed or alleged evidence; category, CAMEO code and Goldstein score come
// together from GDELT's tables (cameo-codes.ts), and hostile pairs get more conflictual codes, sanctions
// and force posture. What marks them synthetic: "[synthetic]" before every title, external ids
// "synthetic:<n>", sources at https://synthetic.invalid/ published by "Axis Atlas synthetic data", and a
// summary saying the event is made up.
import type { DatePrecision } from "@/lib/domain/vocabulary";
import type { EventCategory } from "@/lib/domain/vocabulary";
import type { EvidenceLevel as Evidence } from "@/lib/domain/vocabulary";
import type { CameoChoice, CategoryCodes } from "./cameo-codes";
import type { LinkPlan, PlannedLink, SyntheticCountry } from "./links";
import { createAliasTable, createPicker, createRandom, type AliasTable, type Picker, type Random } from "./random";

export const SYNTHETIC_TITLE_PREFIX = "[synthetic] ";
export const SYNTHETIC_EXTERNAL_ID_PREFIX = "synthetic:";
export const SYNTHETIC_PUBLISHER = "Axis Atlas synthetic data";
export const SYNTHETIC_URL_BASE = "https://synthetic.invalid/";
export const SYNTHETIC_START_DATE = "1990-01-01";

export interface SyntheticSource {
  id: string;
  position: number;
  url: string;
  publisher: string;
  title: string;
  publishedOn: string;
}

export interface SyntheticEvent {
  /** 1-based position in the stream; the external id is "synthetic:<n>". */
  n: number;
  id: string;
  externalId: string;
  title: string;
  summary: string;
  occurredOn: string;
  occurredEnd: string;
  precision: DatePrecision;
  category: EventCategory;
  evidence: Evidence;
  score: number;
  cameoCode: string | null;
  origin: "machine" | "curated";
  /** Two or three distinct alpha-2 codes; every pair among them is a planned link. */
  countries: string[];
  /** The link the event was drawn for (its first two countries). */
  linkId: string;
  sources: SyntheticSource[];
  /** ISO timestamp: when the event was (notionally) recorded, shortly after its sources appeared. */
  createdAt: string;
}

export interface GenerateOptions {
  seed: string;
  events: number;
  /** Last date events may fall on, YYYY-MM-DD (default: today, UTC). Part of what makes a run repeatable. */
  until: string;
  /** First date, YYYY-MM-DD (default 1990-01-01). */
  from?: string;
  countries: readonly SyntheticCountry[];
  plan: LinkPlan;
  codes: CategoryCodes;
}

const DAY_MS = 86_400_000;
const TITLE_MAX = 200;

// Shares of all events, before a link's hostility shifts them (GDELT: statements and consultations dominate).
const CATEGORY_BASE: readonly (readonly [EventCategory, number])[] = [
  ["statement", 0.36], ["other", 0.24], ["diplomatic_visit", 0.12], ["summit", 0.04],
  ["economic_cooperation", 0.08], ["military_cooperation", 0.035], ["arms_transfer", 0.02],
  ["military_exercise", 0.025], ["sanctions", 0.04],
];

const EVIDENCE_MACHINE = createPicker<Evidence>([["reported", 0.86], ["confirmed", 0.07], ["alleged", 0.06], ["denied", 0.01]]);
const EVIDENCE_CURATED = createPicker<Evidence>([["confirmed", 0.4], ["reported", 0.33], ["alleged", 0.21], ["denied", 0.06]]);
// Arms transfers and military help are what governments deny and others allege.
const EVIDENCE_COVERT = createPicker<Evidence>([["reported", 0.45], ["alleged", 0.35], ["confirmed", 0.1], ["denied", 0.1]]);
const SOURCE_COUNT = createPicker<number>([[1, 0.6], [2, 0.28], [3, 0.12]]);

const ROLES = ["Foreign Minister", "Deputy Foreign Minister", "Defence Minister", "Ambassador", "Trade Minister",
  "President", "Prime Minister", "Special Envoy", "Ministry spokesperson", "General", "Central bank governor", "Delegation head"];
const SYLLABLES = ["ka", "lo", "ve", "dri", "ma", "zen", "tor", "ul", "ri", "sa", "no", "quel", "bar", "is", "em", "oth",
  "pra", "vin", "dal", "ye", "gor", "fen", "lu", "ash", "cor", "mi", "tes", "wyn", "zo", "har", "ek", "pil"];

function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A pool of made-up person names, most popular first (a Zipf draw makes some appear thousands of times). */
function namePool(random: Random, size: number): string[] {
  const seen = new Set<string>();
  const syllables = (count: number) => Array.from({ length: count }, () => SYLLABLES[random.int(SYLLABLES.length)]).join("");
  while (seen.size < size) seen.add(`${capitalize(syllables(2))} ${capitalize(syllables(2 + random.int(2)))}`);
  return [...seen];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** The first 18 characters of a UUID v7 ("01a21f73-9f09-7"): its millisecond and version. */
export function uuid7Prefix(ms: number): string {
  const time = ms.toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
}

/**
 * A UUID v7 made from a chosen millisecond (as uuid7Prefix), a 12-bit counter and seeded random bits:
 * deterministic, and increasing in the order events are generated, so primary-key indexes fill by appending.
 */
export function syntheticUuid7(prefix: string, counter: number, random: Random): string {
  const r1 = random.uint32();
  const r2 = random.uint32();
  const c = counter & 0xfff;
  return (
    `${prefix}${HEX[c >> 8]!.charAt(1)}${HEX[c & 0xff]}-` +
    `${HEX[((r1 >>> 24) & 0x3f) | 0x80]}${HEX[(r1 >>> 16) & 0xff]}-${HEX[(r1 >>> 8) & 0xff]}${HEX[r1 & 0xff]}` +
    `${HEX[r2 >>> 24]}${HEX[(r2 >>> 16) & 0xff]}${HEX[(r2 >>> 8) & 0xff]}${HEX[r2 & 0xff]}`
  );
}

/** Days from `from` to `until` as ISO strings, so the hot loop never formats a date. */
function dayStrings(fromMs: number, untilMs: number): string[] {
  const days: string[] = [];
  for (let t = fromMs; t <= untilMs; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

function utcMs(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) throw new Error(`not a date: ${iso}`);
  return ms;
}

interface CodeTables {
  cooperative: { table: AliasTable; choices: CameoChoice[] } | null;
  conflictual: { table: AliasTable; choices: CameoChoice[] } | null;
}

export function* generateEvents(options: GenerateOptions): Generator<SyntheticEvent, void, undefined> {
  const random = createRandom(options.seed, "events");
  const fromMs = utcMs(options.from ?? SYNTHETIC_START_DATE);
  const untilMs = utcMs(options.until);
  if (untilMs < fromMs) throw new Error(`--until ${options.until} is before ${options.from ?? SYNTHETIC_START_DATE}`);
  const days = dayStrings(fromMs, untilMs);
  const lastDay = days.length - 1;
  const names = new Map(options.countries.map((c) => [c.id, c.name]));
  const links = options.plan.links;
  const linkTable = createAliasTable(links.map((l) => l.share));
  const people = namePool(createRandom(options.seed, "names"), 4000);
  const peopleTable = createAliasTable(people.map((_, i) => 1 / (i + 1)));

  const codeTables = {} as Record<EventCategory, CodeTables>;
  for (const [category, { cooperative, conflictual }] of Object.entries(options.codes) as [EventCategory, CategoryCodes[EventCategory]][]) {
    const build = (choices: CameoChoice[]) => (choices.length ? { table: createAliasTable(choices.map((c) => c.weight)), choices } : null);
    codeTables[category] = { cooperative: build(cooperative), conflictual: build(conflictual) };
  }

  // Ids: event n gets the millisecond baseMs + n (counter 0), its sources the same millisecond (counters 1-3).
  const baseMs = untilMs;

  const dayIndexOf = (ms: number) => Math.round((ms - fromMs) / DAY_MS);

  /** A day index in [start, lastDay] with density growing as e^(growth·t). */
  const drawDay = (link: PlannedLink) => {
    const start = Math.floor(link.startsAt * lastDay);
    const span = lastDay - start + 1;
    const g = link.growth * (span / 365.25); // growth over the whole span
    const u = random.next();
    const x = Math.abs(g) < 1e-6 ? u : Math.log1p(u * Math.expm1(g)) / g;
    return Math.min(lastDay, start + Math.floor(x * span));
  };

  // Curated records are where arms transfers live (CAMEO has no code for them): four times the base share.
  const categoryWeights = (h: number, curated: boolean) =>
    createPicker(CATEGORY_BASE.map(([category, w]) => {
      switch (category) {
        case "diplomatic_visit": case "summit": case "economic_cooperation": case "military_cooperation":
          return [category, w * (1 - 0.7 * h)] as const;
        case "arms_transfer":
          return [category, w * (1 - 0.6 * h) * (curated ? 4 : 1)] as const;
        case "military_exercise": case "sanctions":
          return [category, w * (1 + 4 * h)] as const;
        default:
          return [category, w] as const;
      }
    }));
  // One category picker per link and origin, built the first time the link is drawn.
  const categoriesByLink = new Map<string, Picker<EventCategory>>();

  for (let n = 1; n <= options.events; n++) {
    const link = links[linkTable.sample(random)]!;
    const origin = random.chance(0.1) ? "curated" : "machine";
    const countries = random.chance(0.5) ? [link.a, link.b] : [link.b, link.a];
    if (link.partners.length && random.chance(0.08)) {
      const cumulative = link.partnerCumulative;
      const u = random.next() * cumulative[cumulative.length - 1]!;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > u) hi = mid;
        else lo = mid + 1;
      }
      countries.push(link.partners[lo]!);
    }

    const pickerKey = origin === "curated" ? `${link.id}+` : link.id;
    let categories = categoriesByLink.get(pickerKey);
    if (!categories) categoriesByLink.set(pickerKey, (categories = categoryWeights(link.hostility, origin === "curated")));
    let category = categories.pick(random);
    // CAMEO has no arms-transfer code, so machine coding (GDELT) files one as military cooperation.
    if (category === "arms_transfer" && origin === "machine") category = "military_cooperation";
    const h = link.hostility;
    const pConflict = category === "sanctions" ? 0.4 + 0.6 * h : category === "statement" || category === "other" ? h : 0;
    const tables = codeTables[category];
    const side = (random.next() < pConflict ? tables.conflictual : tables.cooperative) ?? tables.cooperative ?? tables.conflictual!;
    const code = side.choices[side.table.sample(random)]!;

    const evidence = (category === "arms_transfer" || category === "military_cooperation" ? EVIDENCE_COVERT
      : origin === "machine" ? EVIDENCE_MACHINE : EVIDENCE_CURATED).pick(random);

    // Dates: the day first, then how precisely it is known. A month or year that is not over yet stays a day.
    const day = drawDay(link);
    const u = random.next();
    let precision: DatePrecision = origin === "machine" ? (u < 0.97 ? "day" : u < 0.99 ? "month" : "year") : u < 0.6 ? "day" : u < 0.88 ? "month" : "year";
    const dayMs = fromMs + day * DAY_MS;
    const date = new Date(dayMs);
    let startIndex = day;
    let endIndex = day;
    if (precision !== "day") {
      const y = date.getUTCFullYear();
      const m = date.getUTCMonth();
      const startMs = precision === "year" ? Date.UTC(y, 0, 1) : Date.UTC(y, m, 1);
      const endMs = precision === "year" ? Date.UTC(y, 11, 31) : Date.UTC(y, m + 1, 0);
      if (startMs < fromMs || endMs > untilMs) precision = "day";
      else {
        startIndex = dayIndexOf(startMs);
        endIndex = dayIndexOf(endMs);
      }
    }

    // Sources appear on the day (or up to two days later); for a month or a year, after it ends.
    const sourceCount = SOURCE_COUNT.pick(random);
    const prefix = uuid7Prefix(baseMs + n);
    const id = syntheticUuid7(prefix, 0, random);
    const nameA = names.get(countries[0]!)!;
    const others = countries.slice(1).map((c) => names.get(c)!).join(", ");
    const person = people[peopleTable.sample(random)]!;
    const role = ROLES[random.int(ROLES.length)]!;
    const actor = names.get(countries[random.int(countries.length)]!)!;
    const sources: SyntheticSource[] = [];
    let latest = endIndex;
    for (let k = 0; k < sourceCount; k++) {
      const lag = precision === "day" ? random.int(3) : random.int(31);
      const published = Math.min(lastDay, endIndex + lag);
      if (published > latest) latest = published;
      sources.push({
        id: syntheticUuid7(prefix, k + 1, random),
        position: k,
        url: `${SYNTHETIC_URL_BASE}events/${n}/sources/${k + 1}`,
        publisher: SYNTHETIC_PUBLISHER,
        title: clip(`${SYNTHETIC_TITLE_PREFIX}Report ${k + 1} on synthetic event ${n}: ${code.label}`, 500),
        publishedOn: days[published]!,
      });
    }
    const recordedDay = Math.min(lastDay, latest + (origin === "curated" ? random.int(30) : 0));
    const seconds = random.int(86_400);
    const createdAt = `${days[recordedDay]}T${String(Math.floor(seconds / 3600)).padStart(2, "0")}:${String(Math.floor(seconds / 60) % 60).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}Z`;

    const title = origin === "machine"
      ? `${SYNTHETIC_TITLE_PREFIX}${nameA} — ${code.label} — ${others}`
      : `${SYNTHETIC_TITLE_PREFIX}${nameA} and ${others}: ${code.label}`;
    yield {
      n,
      id,
      externalId: `${SYNTHETIC_EXTERNAL_ID_PREFIX}${n}`,
      title: clip(title, TITLE_MAX),
      summary:
        `Synthetic event ${n} (seed "${options.seed}"), made up for load testing: not a real event. ` +
        `${role} ${person} of ${actor} is named in the made-up ${origin === "curated" ? "record" : `CAMEO ${code.code} report`}.`,
      occurredOn: days[startIndex]!,
      occurredEnd: days[endIndex]!,
      precision,
      category,
      evidence,
      score: code.goldstein,
      cameoCode: code.code,
      origin,
      countries,
      linkId: link.id,
      sources,
      createdAt,
    };
  }
}
