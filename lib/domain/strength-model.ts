// The constants of the link-strength model, in one place so they can be argued about and changed together.
// See lib/domain/strength.ts for the model and the README ("How strong is a link?") for it in plain words.
import type { EventCategory } from "@/lib/domain/vocabulary";
import type { EvidenceLevel } from "@/lib/domain/vocabulary";

/** How much an event counts given how sure we are it happened. A denied event stays on record but adds nothing. */
export const EVIDENCE_FACTOR: Record<EvidenceLevel, number> = {
  confirmed: 1,
  reported: 0.7,
  alleged: 0.4,
  denied: 0,
};

/**
 * How much an event of each kind says about a tie. Moving weapons or troops together binds states more than
 * a statement does; a summit more than a routine visit.
 */
export const CATEGORY_WEIGHT: Record<EventCategory, number> = {
  arms_transfer: 3,
  military_cooperation: 3,
  summit: 2.5,
  military_exercise: 2,
  economic_cooperation: 2,
  sanctions: 2,
  diplomatic_visit: 1.5,
  other: 1,
  statement: 0.5,
};

/** An event's weight halves every this many months before the end of the period looked at. */
export const DEFAULT_HALF_LIFE_MONTHS = 24;

/** A tie reads as tension when at least this share of its strength comes from events scored below zero. */
export const TENSION_SHARE = 0.6;
/** ...and as cooperation when at most this share does; in between it is mixed. */
export const COOPERATION_SHARE = 0.4;
