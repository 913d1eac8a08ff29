// CAMEO event codes -> the atlas's event categories. The most specific prefix in the table wins
// (a 4-digit code falls back to its 3-digit base, then to its 2-digit root). Where CAMEO says less than a
// category claims (a phone call is not a visit, "sign formal agreement" does not say about what), the
// event goes to "other" rather than being promoted: machine coding already adds enough noise.
import type { EventCategory } from "@/lib/domain/vocabulary";

export interface CategoryRule {
  code: string;
  cameo: string;
  category: EventCategory;
}

/** The table, in code order. README-ready text is generated from it by categoryTableMarkdown(). */
export const CAMEO_CATEGORY_RULES: readonly CategoryRule[] = [
  { code: "01", cameo: "Make public statement", category: "statement" },
  { code: "02", cameo: "Appeal", category: "statement" },
  { code: "03", cameo: "Express intent to cooperate", category: "statement" },
  { code: "04", cameo: "Consult (040 consult, 041 telephone, 045 mediate, 046 negotiate)", category: "other" },
  { code: "042", cameo: "Make a visit", category: "diplomatic_visit" },
  { code: "043", cameo: "Host a visit", category: "diplomatic_visit" },
  { code: "044", cameo: "Meet at a third location", category: "summit" },
  { code: "05", cameo: "Engage in diplomatic cooperation (praise, defend verbally, rally support, apologize, forgive)", category: "statement" },
  { code: "054", cameo: "Grant diplomatic recognition", category: "other" },
  { code: "057", cameo: "Sign formal agreement", category: "other" },
  { code: "06", cameo: "Engage in material cooperation (060, 063 judicial, 064 intelligence)", category: "other" },
  { code: "061", cameo: "Cooperate economically", category: "economic_cooperation" },
  { code: "062", cameo: "Cooperate militarily", category: "military_cooperation" },
  { code: "07", cameo: "Provide aid (070, 073 humanitarian, 075 asylum)", category: "other" },
  { code: "071", cameo: "Provide economic aid", category: "economic_cooperation" },
  { code: "072", cameo: "Provide military aid", category: "military_cooperation" },
  { code: "074", cameo: "Provide military protection or peacekeeping", category: "military_cooperation" },
  { code: "08", cameo: "Yield", category: "other" },
  { code: "085", cameo: "Ease economic sanctions, boycott, embargo", category: "sanctions" },
  { code: "09", cameo: "Investigate", category: "other" },
  { code: "10", cameo: "Demand", category: "statement" },
  { code: "11", cameo: "Disapprove", category: "statement" },
  { code: "12", cameo: "Reject", category: "statement" },
  { code: "13", cameo: "Threaten", category: "statement" },
  { code: "14", cameo: "Protest", category: "other" },
  { code: "15", cameo: "Exhibit force posture", category: "military_exercise" },
  { code: "16", cameo: "Reduce relations (160, 161 diplomatic, 164-166 halt talks, expel)", category: "other" },
  { code: "162", cameo: "Reduce or stop aid", category: "sanctions" },
  { code: "163", cameo: "Impose embargo, boycott, or sanctions", category: "sanctions" },
  { code: "17", cameo: "Coerce", category: "other" },
  { code: "18", cameo: "Assault", category: "other" },
  { code: "19", cameo: "Fight", category: "other" },
  { code: "20", cameo: "Use unconventional mass violence", category: "other" },
];

const RULES = new Map(CAMEO_CATEGORY_RULES.map((r) => [r.code, r.category]));

/** The category for a CAMEO event code (2-4 digits); undefined when its root is not a CAMEO root (01-20). */
export function categoryForCameo(code: string): EventCategory | undefined {
  for (let length = Math.min(code.length, 3); length >= 2; length--) {
    const category = RULES.get(code.slice(0, length));
    if (category) return category;
  }
  return undefined;
}

/** The table as Markdown, for the README. */
export function categoryTableMarkdown(): string {
  const rows = CAMEO_CATEGORY_RULES.map((r) => `| ${r.code} | ${r.cameo} | ${r.category} |`);
  return ["| CAMEO code | CAMEO meaning | Atlas category |", "| --- | --- | --- |", ...rows].join("\n");
}

export const QUAD_CLASSES: Record<string, string> = {
  "1": "Verbal cooperation",
  "2": "Material cooperation",
  "3": "Verbal conflict",
  "4": "Material conflict",
};
