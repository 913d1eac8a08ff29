// The row reader of each file format the machine importer takes (gdelt-import.ts): how its bytes decode, which
// lines come before its rows, and how a row becomes an event. GDELT files have no header; an ICEWS file's first
// line is its header; a SIPRI register has explanatory lines, then its header, found by content.
import type { CameoLookups } from "@/lib/gdelt/cameo";
import type { AtlasCountry } from "@/lib/gdelt/countries";
import { createGdeltMapper, type GdeltRowResult } from "@/lib/gdelt/map-row";
import { createIcewsMapper } from "@/lib/icews/map-row";
import type { MachineFormat } from "@/lib/schemas/import";
import { createSipriMapper } from "@/lib/sipri/map-row";
import type { TextEncoding } from "./read-lines";

export interface CodedMapper {
  encoding: TextEncoding;
  /**
   * Called for each line (1-based `lineNo` within its file or zip member) until it returns false; true means the
   * line is a header or explanation, not a row. Throws an Error when the file is not of the format.
   */
  preamble(line: string, lineNo: number): boolean;
  /** Called when a file or zip member ends. Throws when it ended before its header. */
  endFile(): void;
  map(line: string): GdeltRowResult;
}

/** The reader for `format`, given the atlas's countries, GDELT's CAMEO lookups and today (YYYY-MM-DD, optional). */
export function createCodedMapper(
  format: MachineFormat,
  options: { countries: readonly AtlasCountry[]; lookups: CameoLookups; today?: string },
): CodedMapper {
  if (format === "sipri") return { encoding: "latin1", ...createSipriMapper(options) };
  if (format === "icews") {
    const icews = createIcewsMapper(options);
    const preamble = (line: string, lineNo: number) => lineNo === 1 && (icews.readHeader(line), true);
    return { encoding: "utf8", preamble, endFile: () => undefined, map: icews.map };
  }
  const gdelt = createGdeltMapper(options);
  return { encoding: "utf8", preamble: () => false, endFile: () => undefined, map: gdelt.map };
}
