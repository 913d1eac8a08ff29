// One ICEWS coded-event row -> one atlas event, or the reason it cannot be one. ICEWS files are tab-separated
// with a header row of 20 columns (/work/shared/data/FORMATS.md: Event ID, Event Date, Source Name, Source
// Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name, Target Sectors, Target Country, Story
// ID, Sentence Number, Publisher, City, District, Province, Country, Latitude, Longitude); columns are found by
// their header names, not their positions. Pure, like lib/gdelt/map-row.ts, whose event shape it shares.
import { categoryForCameo } from "@/lib/gdelt/categories";
import { describeEventCode, type CameoLookups } from "@/lib/gdelt/cameo";
import type { AtlasCountry } from "@/lib/gdelt/countries";
import { gdeltDate, type GdeltEvent, type GdeltRowResult } from "@/lib/gdelt/map-row";
import { todayIso } from "@/lib/domain/months";
import { createIcewsCountryResolver } from "./countries";

/** The header names the importer reads (the others are carried by ICEWS but not needed). */
export const ICEWS_COLUMNS = {
  id: "Event ID",
  date: "Event Date",
  sourceName: "Source Name",
  sourceCountry: "Source Country",
  text: "Event Text",
  cameo: "CAMEO Code",
  intensity: "Intensity",
  targetName: "Target Name",
  targetCountry: "Target Country",
  story: "Story ID",
  sentence: "Sentence Number",
  publisher: "Publisher",
} as const;

type Column = keyof typeof ICEWS_COLUMNS;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CAMEO_CODE = /^\d{2,4}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const TITLE_MAX = 200;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
/** ICEWS writes NA for a missing value; empty means the same. */
const value = (raw: string | undefined) => {
  const v = (raw ?? "").replaceAll("\0", "").trim();
  return v === "NA" ? "" : v;
};

export interface IcewsMapper {
  /** The row of header names, tab-separated. Throws an Error naming the columns it lacks. */
  readHeader(line: string): void;
  map(line: string): GdeltRowResult;
}

export function createIcewsMapper(options: { countries: readonly AtlasCountry[]; lookups: CameoLookups; today?: string }): IcewsMapper {
  const resolve = createIcewsCountryResolver(new Set(options.countries.map((c) => c.id)));
  const names = new Map(options.countries.map((c) => [c.id, c.name]));
  const today = options.today ?? todayIso();
  let at: Record<Column, number> | null = null;
  let width = 0;

  function readHeader(line: string) {
    const header = line.replace(/^\uFEFF/, "").split("\t").map((h) => h.trim());
    // "Event Date" may carry its format in the name ("Event Date (YYYY-MM-DD)").
    const find = (name: string) => header.findIndex((h) => h === name || h.startsWith(`${name} (`));
    const found = Object.fromEntries(Object.entries(ICEWS_COLUMNS).map(([key, name]) => [key, find(name)])) as Record<Column, number>;
    const missing = Object.entries(found).filter(([, i]) => i < 0).map(([key]) => ICEWS_COLUMNS[key as Column]);
    if (missing.length) throw new Error(`not an ICEWS event file: its header has no ${missing.map((m) => `"${m}"`).join(", ")} column`);
    at = found;
    width = header.length;
  }

  function map(line: string): GdeltRowResult {
    if (!at) throw new Error("readHeader must come first");
    const f = line.split("\t");
    if (f.length !== width) return { ok: false, reason: "column_count", message: `${f.length} columns, the header has ${width}` };
    const get = (column: Column) => value(f[at![column]]);

    const id = get("id");
    if (!/^\d{1,19}$/.test(id)) return { ok: false, reason: "bad_id", message: `Event ID "${id}"` };
    const [rawA, rawB] = [get("sourceCountry"), get("targetCountry")];
    const a = resolve(rawA);
    const b = resolve(rawB);
    if (!a.ok || !b.ok) {
      const bad = !a.ok ? a : (b as Exclude<typeof b, { ok: true }>);
      return { ok: false, reason: bad.reason, message: `Source Country "${rawA}", Target Country "${rawB}"` };
    }
    if (a.id === b.id) return { ok: false, reason: "same_country", message: `${rawA} and ${rawB} are both ${a.id}` };

    const dateMatch = DATE.exec(get("date"));
    const date = dateMatch ? gdeltDate(`${dateMatch[1]}${dateMatch[2]}${dateMatch[3]}`, today) : null;
    if (!date) return { ok: false, reason: "bad_date", message: `Event Date "${get("date")}"` };

    const cameoCode = get("cameo");
    const category = CAMEO_CODE.test(cameoCode) ? categoryForCameo(cameoCode) : undefined;
    const label = category ? describeEventCode(cameoCode, options.lookups.eventCodes) : undefined;
    if (!category || !label) return { ok: false, reason: "bad_event_code", message: `CAMEO Code "${cameoCode}"` };

    const intensity = get("intensity");
    const score = NUMBER.test(intensity) ? Number(intensity) : NaN;
    if (!(score >= -10 && score <= 10)) return { ok: false, reason: "bad_goldstein", message: `Intensity "${intensity}"` };

    const [nameA, nameB] = [names.get(a.id)!, names.get(b.id)!];
    const publisher = get("publisher");
    const story = get("story");
    const sentence = get("sentence");
    const text = get("text");
    const summary = [
      "Machine-coded by ICEWS from news reports, not checked by an editor.",
      `${get("sourceName") || rawA} (${rawA}) — ${label} (CAMEO ${cameoCode}) — ${get("targetName") || rawB} (${rawB}).`,
      `Intensity ${score}${text ? `; coded as "${text}"` : ""}.`,
      `ICEWS event ${id}${story ? `, story ${story}${sentence ? ` sentence ${sentence}` : ""}` : ""}.`,
    ].join(" ");
    return {
      ok: true,
      event: {
        externalId: `icews:${id}`,
        date,
        countries: [a.id, b.id],
        roles: ["actor", "target"],
        category,
        score,
        cameoCode,
        title: `${nameA} — ${clip(label, TITLE_MAX - nameA.length - nameB.length - 6)} — ${nameB}`,
        summary: clip(summary, 5000),
        // ICEWS names the publisher and the story, not the article's address or headline: none is invented.
        source: {
          url: null,
          publisher: clip(publisher || "ICEWS", 200),
          title: story ? `Story ${story} as coded by ICEWS` : "Story coded by ICEWS",
          publishedOn: null,
        },
      } satisfies GdeltEvent,
    };
  }

  return { readHeader, map };
}
