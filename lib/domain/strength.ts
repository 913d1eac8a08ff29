// Link strength: what a pair's events add up to, and how sure we are of it.
// Each event contributes  category weight × evidence factor × recency decay,  where the decay halves the
// contribution every `halfLifeMonths` between the event (the month its date's period ends in) and `asOf`
// (the month of the end of the range looked at, or today). Age counts whole months, so an event's weight
// depends only on its month: that is what lets link_month_stats add up a million events in a few rows per
// link and month and still give exactly the number this function gives. Events scored below zero on the Goldstein scale feed
// the link's tension, the others its cooperation; strength is the two together. Constants live in
// lib/domain/strength-model.ts.
import { monthsFrom } from "./months";
import { CATEGORY_WEIGHT, COOPERATION_SHARE, DEFAULT_HALF_LIFE_MONTHS, EVIDENCE_FACTOR, TENSION_SHARE } from "./strength-model";
import type { EventCategory, EvidenceLevel, Nature } from "./vocabulary";

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

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** Whole months from the month an event's period ends in to the month strength is measured in (never below 0). */
export function ageInMonths(dateEnd: string, asOf: string): number {
  return Math.max(0, monthsFrom(dateEnd, asOf));
}

/** 1 for this month, 0.5 one half-life earlier, ...; no decay when the half-life is 0. */
export function decayFactor(ageMonths: number, halfLifeMonths = DEFAULT_HALF_LIFE_MONTHS): number {
  return halfLifeMonths > 0 ? 0.5 ** (ageMonths / halfLifeMonths) : 1;
}

export function contribution(event: StrengthInput, options: StrengthOptions): Contribution {
  const decay = decayFactor(ageInMonths(event.dateEnd, options.asOf), options.halfLifeMonths);
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

/** What a link's events add up to before rounding; built event by event, or from link_month_stats rows. */
export interface StrengthTotals {
  cooperation: number;
  tension: number;
  /** Σ contribution × score, for the tone. */
  weightedScore: number;
  evidence: Record<EvidenceLevel, number>;
  evidenceStrength: Record<EvidenceLevel, number>;
}

export function emptyTotals(): StrengthTotals {
  return {
    cooperation: 0,
    tension: 0,
    weightedScore: 0,
    evidence: { confirmed: 0, reported: 0, alleged: 0, denied: 0 },
    evidenceStrength: { confirmed: 0, reported: 0, alleged: 0, denied: 0 },
  };
}

export function linkStrength(events: readonly StrengthInput[], options: StrengthOptions): LinkStrength {
  const totals = emptyTotals();
  for (const event of events) {
    const c = contribution(event, options);
    totals.evidence[event.evidence] += 1;
    totals.evidenceStrength[event.evidence] += c.value;
    if (c.side === "tension") totals.tension += c.value;
    else totals.cooperation += c.value;
    totals.weightedScore += c.value * event.score;
  }
  return strengthFromTotals(totals);
}

export function strengthFromTotals(totals: StrengthTotals): LinkStrength {
  const { cooperation, tension, evidence, evidenceStrength } = totals;
  const strength = cooperation + tension;
  const tensionShare = strength > 0 ? tension / strength : 0;
  const nature: Nature =
    strength <= 0 ? "none" : tensionShare >= TENSION_SHARE ? "tension" : tensionShare <= COOPERATION_SHARE ? "cooperation" : "mixed";
  return {
    strength: round(strength),
    cooperation: round(cooperation),
    tension: round(tension),
    tone: strength > 0 ? round(totals.weightedScore / strength) : null,
    nature,
    evidence: { ...evidence },
    evidenceStrength: {
      confirmed: round(evidenceStrength.confirmed),
      reported: round(evidenceStrength.reported),
      alleged: round(evidenceStrength.alleged),
      denied: round(evidenceStrength.denied),
    },
    allegedShare: strength > 0 ? round(evidenceStrength.alleged / strength) : 0,
  };
}
