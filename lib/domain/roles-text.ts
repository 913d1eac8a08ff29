// Roles written as text, for the events CSV ("IR:supplier;RU:recipient") and read back on import. Pure.
import type { ParticipantRoles } from "./direction";
import { PARTICIPANT_ROLES, type ParticipantRole } from "./vocabulary";

/** "IR:supplier;RU:recipient", countries in alphabetical order; "" when there are no roles. */
export function formatRoles(roles: ParticipantRoles): string {
  return Object.entries(roles)
    .filter(([, role]) => role)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, role]) => `${country}:${role}`)
    .join(";");
}

/**
 * Reads formatRoles' text back (spaces and "," as separators allowed, codes in any case). Returns the roles,
 * or an error message naming the first piece it cannot read.
 */
export function parseRoles(text: string): { ok: true; roles: ParticipantRoles } | { ok: false; message: string } {
  const roles: Record<string, ParticipantRole> = {};
  for (const piece of text.split(/[;,]/).map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]{2})\s*:\s*([a-z]+)$/.exec(piece);
    const role = match?.[2] as ParticipantRole | undefined;
    if (!match || !role || !PARTICIPANT_ROLES.includes(role)) {
      return {
        ok: false,
        message: `must be written COUNTRY:role separated by ";" ("IR:supplier;RU:recipient"), roles being ${PARTICIPANT_ROLES.join(", ")}; "${piece}" is not`,
      };
    }
    roles[match[1]!.toUpperCase()] = role;
  }
  return { ok: true, roles };
}
