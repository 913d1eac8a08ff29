// Link strength: what a pair's events add up to, and how sure we are of it.
// Each event contributes  category weight × evidence factor × recency decay,  where the decay halves the
// contribution every `halfLifeMonths` between the event (the end of the period its date is known to) and
// `asOf` (the end of the range looked at, or today). Events scored below zero on the Goldstein scale feed
// the link's tension, the others its cooperation; strength is the two together. Constants live in
// lib/domain/strength-model.ts.
import type { EventCategory } from "@/lib/schemas/common";
import { CATEGORY_WEIGHT, COOPERATION_SHARE, DEFAULT_HALF_LIFE_MONTHS, EVIDENCE_FACTOR, TENSION_SHARE } from "./strength-model";

export const EVIDENCE_LEVELS = ["confirmed", "reported", "alleged", "denied"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Kept under its old name for the evidence bar and legend: the evidence factor of each level. */
export const EVIDENCE_WEIGHT = EVIDENCE_FACTOR;

export type Nature = "cooperation" | "tension" | "mixed" | "none";

export interface StrengthOptions {
  /** YYYY-MM-DD: the day strength is measured on; events decay with their age on that day. */
  asOf: string;
  halfLifeMonths?: number;
}

export interface StrengthInput {
  /** Last day of the period the event's date is known to (YYYY-MM-DD). */
  dateEnd: string;
  category: EventCategory;
  evidence: EvidenceLevel;
  score: number;
}

export interface Contribution {
  side: "cooperation" | "tension";
  categoryWeight: number;
  evidenceFactor: number;
  /** 1 for an event on the `asOf` day, 0.5 one half-life earlier, ... */
  decay: number;
  /** categoryWeight × evidenceFactor × decay */
  value: number;
}

export interface LinkStrength {
  strength: number;
  cooperation: number;
  tension: number;
  /** Evidence-weighted mean Goldstein score, or null when no event carries weight. */
  tone: number | null;
  nature: Nature;
  /** How many events at each evidence level. */
  evidence: Record<EvidenceLevel, number>;
  /** How much of the strength rests on events at each evidence level. */
  evidenceStrength: Record<EvidenceLevel, number>;
  /** Share of the strength that rests on alleged events, 0..1. */
  allegedShare: number;
}

const DAY_MS = 86_400_000;
const MONTH_DAYS = 365.25 / 12;
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function contribution(event: StrengthInput, options: StrengthOptions): Contribution {
  const halfLife = options.halfLifeMonths ?? DEFAULT_HALF_LIFE_MONTHS;
  const ageDays = Math.max(0, (Date.parse(options.asOf) - Date.parse(event.dateEnd)) / DAY_MS);
  const decay = halfLife > 0 ? 0.5 ** (ageDays / (halfLife * MONTH_DAYS)) : 1;
  const categoryWeight = CATEGORY_WEIGHT[event.category];
  const evidenceFactor = EVIDENCE_FACTOR[event.evidence];
  return {
    side: event.score < 0 ? "tension" : "cooperation",
    categoryWeight,
    evidenceFactor,
    decay: round(decay, 4),
    value: round(categoryWeight * evidenceFactor * decay, 4),
  };
}

export function linkStrength(events: readonly StrengthInput[], options: StrengthOptions): LinkStrength {
  const evidence: Record<EvidenceLevel, number> = { confirmed: 0, reported: 0, alleged: 0, denied: 0 };
  const evidenceStrength: Record<EvidenceLevel, number> = { confirmed: 0, reported: 0, alleged: 0, denied: 0 };
  let cooperation = 0;
  let tension = 0;
  let weightedScore = 0;
  let weight = 0;
  for (const event of events) {
    const c = contribution(event, options);
    evidence[event.evidence] += 1;
    evidenceStrength[event.evidence] += c.value;
    if (c.side === "tension") tension += c.value;
    else cooperation += c.value;
    weightedScore += c.value * event.score;
    weight += c.value;
  }
  const strength = cooperation + tension;
  const tensionShare = strength > 0 ? tension / strength : 0;
  const nature: Nature =
    strength <= 0 ? "none" : tensionShare >= TENSION_SHARE ? "tension" : tensionShare <= COOPERATION_SHARE ? "cooperation" : "mixed";
  return {
    strength: round(strength),
    cooperation: round(cooperation),
    tension: round(tension),
    tone: weight > 0 ? round(weightedScore / weight) : null,
    nature,
    evidence,
    evidenceStrength: {
      confirmed: round(evidenceStrength.confirmed),
      reported: round(evidenceStrength.reported),
      alleged: round(evidenceStrength.alleged),
      denied: round(evidenceStrength.denied),
    },
    allegedShare: strength > 0 ? round(evidenceStrength.alleged / strength) : 0,
  };
}
