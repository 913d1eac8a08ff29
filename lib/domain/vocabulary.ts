// The domain's closed vocabularies: event categories, evidence levels, date precisions, origins and the
// nature of a tie. Dependency-free on purpose: schemas, the strength model, labels, the map and the admin
// forms all import these words, and none of them may pull the others in with it (no import cycles).

/** What kind of event it is. GDELT's CAMEO codes map onto these (lib/gdelt/categories.ts). */
export const EVENT_CATEGORIES = [
  "diplomatic_visit",
  "summit",
  "economic_cooperation",
  "military_cooperation",
  "arms_transfer",
  "military_exercise",
  "sanctions",
  "statement",
  "other",
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** How sure we are an event happened, surest first: the order `minEvidence` filters by. */
export const EVIDENCE_LEVELS = ["confirmed", "reported", "alleged", "denied"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** How precisely an event's date is known: a day, a month ("April 2024") or a year ("2019"). */
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Curated by an editor, or machine-coded (GDELT and other bulk imports). */
export const ORIGINS = ["curated", "machine"] as const;
export type Origin = (typeof ORIGINS)[number];

/**
 * Who did what to whom: CAMEO's source and target (GDELT Actor1/Actor2, ICEWS Source/Target), or an arms
 * transfer's supplier and recipient (SIPRI's trade register). Multilateral and undirected events have none.
 */
export const PARTICIPANT_ROLES = ["actor", "target", "supplier", "recipient"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** What a tie reads as, from the share of its strength that is tension (lib/domain/strength.ts). */
export const NATURES = ["cooperation", "tension", "mixed", "none"] as const;
export type Nature = (typeof NATURES)[number];

/** What the audit trail records a person doing, and to what (lib/server/audit.ts). */
export const AUDIT_ACTIONS = ["create", "update", "retire", "restore"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ENTITY_TYPES = ["event", "link", "country", "user", "api_token"] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Evidence levels a minimum admits, surest first: "reported" admits confirmed and reported. */
export function admittedEvidence(min: EvidenceLevel | undefined | null): readonly EvidenceLevel[] {
  if (!min) return EVIDENCE_LEVELS;
  return EVIDENCE_LEVELS.slice(0, EVIDENCE_LEVELS.indexOf(min) + 1);
}
