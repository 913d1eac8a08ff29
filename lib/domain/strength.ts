// Link strength, first version: every event between the pair counts, weighted by how sure we are that it
// happened, so a link that rests on allegations reads weaker than one built on confirmed events.
// A denied event is kept on the record but adds nothing. Tone is the evidence-weighted mean Goldstein
// score (-10 conflict .. +10 cooperation) and decides whether the tie reads as cooperation or tension.

export const EVIDENCE_LEVELS = ["confirmed", "reported", "alleged", "denied"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const EVIDENCE_WEIGHT: Record<EvidenceLevel, number> = {
  confirmed: 1,
  reported: 0.7,
  alleged: 0.4,
  denied: 0,
};

export type Nature = "cooperation" | "tension" | "mixed" | "none";

export interface StrengthInput {
  evidence: EvidenceLevel;
  score: number;
}

export interface LinkStrength {
  /** Sum of the events' evidence weights. */
  strength: number;
  /** Evidence-weighted mean score, or null when no event carries weight. */
  tone: number | null;
  nature: Nature;
  evidence: Record<EvidenceLevel, number>;
  /** Share of the strength that rests on alleged events, 0..1. */
  allegedShare: number;
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** Tone within this band of zero reads as mixed rather than cooperation or tension. */
export const NEUTRAL_TONE = 1;

export function linkStrength(events: readonly StrengthInput[]): LinkStrength {
  const evidence: Record<EvidenceLevel, number> = { confirmed: 0, reported: 0, alleged: 0, denied: 0 };
  let strength = 0;
  let weightedScore = 0;
  let alleged = 0;
  for (const event of events) {
    const weight = EVIDENCE_WEIGHT[event.evidence];
    evidence[event.evidence] += 1;
    strength += weight;
    weightedScore += weight * event.score;
    if (event.evidence === "alleged") alleged += weight;
  }
  const tone = strength > 0 ? round(weightedScore / strength) : null;
  const nature: Nature =
    tone === null ? "none" : tone >= NEUTRAL_TONE ? "cooperation" : tone <= -NEUTRAL_TONE ? "tension" : "mixed";
  return {
    strength: round(strength),
    tone,
    nature,
    evidence,
    allegedShare: strength > 0 ? round(alleged / strength) : 0,
  };
}
