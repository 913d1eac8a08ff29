// Realistic category, CAMEO code and score triples for synthetic events, taken from GDELT's own tables:
// every CAMEO code the importer maps to a category (lib/gdelt/categories.ts) with that code's Goldstein
// value, so a synthetic "sanctions" event scores like GDELT's 163 (-8.0) or 085 (+7.0), never at random.
import { readFileSync } from "node:fs";
import path from "node:path";
import { cleanEventLabel, parseLookup } from "@/lib/gdelt/cameo";
import { categoryForCameo } from "@/lib/gdelt/categories";
import { EVENT_CATEGORIES, type EventCategory } from "@/lib/domain/vocabulary";

export interface CameoChoice {
  code: string;
  label: string;
  goldstein: number;
  /** Relative frequency within its category. */
  weight: number;
}

export type CategoryCodes = Record<EventCategory, { cooperative: CameoChoice[]; conflictual: CameoChoice[] }>;

// CAMEO has no code for an arms transfer; the curated seed files them under 062 "Cooperate militarily"
// (prisma/seed/events.json), and 072 "Provide military aid" is the other code that fits.
const ARMS_TRANSFER_CODES = ["062", "072"];

// The codes GDELT reports most often between states get more weight than the rest of their category.
const COMMON_CODES: Record<string, number> = {
  "010": 6, "036": 4, "040": 6, "042": 4, "043": 4, "046": 3, "051": 3, "057": 2, "061": 3, "071": 2,
  "112": 3, "120": 2, "130": 2, "163": 3, "172": 2, "190": 2,
};

function codeWeight(code: string): number {
  return COMMON_CODES[code] ?? (code.length === 2 ? 3 : code.length === 3 ? 2 : 0.5);
}

/** Groups the CAMEO codes by the category the importer gives them, split by the sign of their Goldstein value. */
export function buildCategoryCodes(eventCodes: Map<string, string>, goldstein: Map<string, string>): CategoryCodes {
  const result = Object.fromEntries(
    EVENT_CATEGORIES.map((c) => [c, { cooperative: [] as CameoChoice[], conflictual: [] as CameoChoice[] }]),
  ) as CategoryCodes;
  const add = (category: EventCategory, code: string) => {
    const value = Number(goldstein.get(code));
    const label = cleanEventLabel(code, eventCodes.get(code) ?? "");
    if (!label || !Number.isFinite(value)) return;
    const choice = { code, label, goldstein: value, weight: codeWeight(code) };
    result[category][value < 0 ? "conflictual" : "cooperative"].push(choice);
  };
  for (const code of [...eventCodes.keys()].sort()) {
    const category = categoryForCameo(code);
    if (category) add(category, code);
  }
  for (const code of ARMS_TRANSFER_CODES) add("arms_transfer", code);
  for (const category of EVENT_CATEGORIES) {
    const { cooperative, conflictual } = result[category];
    if (!cooperative.length && !conflictual.length) throw new Error(`No CAMEO code for category ${category}`);
  }
  return result;
}

/** Reads GDELT's CAMEO tables shipped in lib/gdelt/data. */
export function loadCategoryCodes(dataDir = path.join(import.meta.dirname, "..", "gdelt", "data")): CategoryCodes {
  const read = (file: string) => parseLookup(readFileSync(path.join(dataDir, file), "utf8"));
  return buildCategoryCodes(read("CAMEO.eventcodes.txt"), read("CAMEO.goldsteinscale.txt"));
}
