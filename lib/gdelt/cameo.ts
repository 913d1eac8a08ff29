// GDELT's CAMEO lookup tables (event code -> description, country code -> label), parsed from the
// tab-separated files GDELT publishes (copied into lib/gdelt/data; cite the GDELT Project).
import { readFileSync } from "node:fs";
import path from "node:path";

export interface CameoLookups {
  /** "042" -> "Make a visit" (cleaned, see eventLabel). */
  eventCodes: Map<string, string>;
  /** "RUS" -> "Russia": every code in GDELT's country lookup, regions included. */
  countryCodes: Map<string, string>;
}

/**
 * Parses a CODE<TAB>LABEL table with a header row. Tolerates CRLF, blank lines, a missing trailing newline
 * and a line without a tab (one published copy has one), which is kept with an empty label.
 */
export function parseLookup(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const tab = line.indexOf("\t");
    const code = (tab === -1 ? line : line.slice(0, tab)).trim();
    const label = tab === -1 ? "" : line.slice(tab + 1).trim();
    if (code) map.set(code, label);
  }
  return map;
}

// Labels whose published text is damaged; the rest are used as published.
const LABEL_FIXES: Record<string, string> = {
  // GDELT's own file double-encodes the quotes in 'Meet at a "third" location'.
  "044": "Meet at third location",
};

/**
 * A description fit for a title: the root codes' ALL-CAPS labels in sentence case, and the lookup's
 * ", not specified below" dropped ("Make statement, not specified below" -> "Make statement").
 */
export function cleanEventLabel(code: string, raw: string): string {
  let label = LABEL_FIXES[code] ?? raw;
  label = label.replace(/,?\s*not specified below\.?$/i, "").trim();
  if (label && label === label.toUpperCase()) label = label.charAt(0) + label.slice(1).toLowerCase();
  return label;
}

export function buildLookups(eventCodesText: string, countryCodesText: string): CameoLookups {
  const eventCodes = new Map<string, string>();
  for (const [code, label] of parseLookup(eventCodesText)) eventCodes.set(code, cleanEventLabel(code, label));
  return { eventCodes, countryCodes: parseLookup(countryCodesText) };
}

let cached: CameoLookups | undefined;

/** The lookups shipped in lib/gdelt/data, read once. */
export function loadCameoLookups(dataDir = path.join(process.cwd(), "lib", "gdelt", "data")): CameoLookups {
  cached ??= buildLookups(
    readFileSync(path.join(dataDir, "CAMEO.eventcodes.txt"), "utf8"),
    readFileSync(path.join(dataDir, "CAMEO.country.txt"), "utf8"),
  );
  return cached;
}

/** The most specific description the lookup has: the code itself, then its base (3 digits), then its root. */
export function describeEventCode(code: string, eventCodes: Map<string, string>): string | undefined {
  for (let length = code.length; length >= 2; length--) {
    const label = eventCodes.get(code.slice(0, length));
    if (label) return label;
  }
  return undefined;
}
