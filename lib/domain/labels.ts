// The words every screen uses for the domain's categories, evidence levels and scores, so the dashboard,
// the admin pages and the exports all name things the same way.
import type { EventCategory } from "@/lib/domain/vocabulary";
import type { EvidenceLevel } from "@/lib/domain/vocabulary";
import type { ParticipantRole } from "@/lib/domain/vocabulary";

export const CATEGORY_LABEL: Record<EventCategory, string> = {
  diplomatic_visit: "Diplomatic visit",
  summit: "Summit",
  economic_cooperation: "Economic cooperation",
  military_cooperation: "Military cooperation",
  arms_transfer: "Arms transfer",
  military_exercise: "Military exercise",
  sanctions: "Sanctions",
  statement: "Statement",
  other: "Other",
};

export const EVIDENCE_LABEL: Record<EvidenceLevel, string> = {
  confirmed: "Confirmed",
  reported: "Reported",
  alleged: "Alleged",
  denied: "Denied",
};

/** A participant's role, as the admin form's role picker and the 409 notice name it. */
export const PARTICIPANT_ROLE_LABEL: Record<ParticipantRole, string> = {
  actor: "Actor",
  target: "Target",
  supplier: "Supplier",
  recipient: "Recipient",
};

/** A Goldstein score with its sign always shown, since the sign is the point: "+1.9", "−4.0", "0.0". */
export function formatScore(score: number): string {
  const fixed = Math.abs(score).toFixed(1);
  if (score > 0) return `+${fixed}`;
  if (score < 0) return `\u2212${fixed}`;
  return fixed;
}
