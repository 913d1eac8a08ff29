// The separator of a CSV in the atlas's own events format, read from its header line. Apart from the parser
// (events-file.ts) so the format detection (detect-format.ts), which runs in the browser too, can use it alone.
import { EVENT_CSV_COLUMNS } from "@/lib/schemas/export";

/** Separators a spreadsheet may save a CSV with: Excel writes ";" where the decimal mark is a comma. */
const SEPARATORS = [",", ";", "\t"] as const;

/**
 * The separator of a CSV in the events format: the one that splits its header line into the most of the
 * format's column names (EVENT_CSV_COLUMNS); null when none names any of them.
 */
export function detectSeparator(body: string): (typeof SEPARATORS)[number] | null {
  const header = body.slice(0, body.search(/\r?\n|$/));
  const known = new Set<string>(EVENT_CSV_COLUMNS);
  let best: (typeof SEPARATORS)[number] | null = null;
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = header.split(separator).filter((name) => known.has(name.trim().replace(/^"|"$/g, ""))).length;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}
