// Direction in words, for the panels, the tooltips and screen readers: "Iran to Russia". Pure.
import { flowEnds, type Flow, type LinkDirection } from "./direction";
import type { ParticipantRole } from "./vocabulary";

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * "Iran to Russia" for an event whose participants have roles (every actor or supplier, to every target or
 * recipient); null for an event without a direction.
 */
export function eventFlowPhrase(participants: readonly { name: string; role: ParticipantRole | null }[]): string | null {
  const from = participants.filter((p) => p.role === "actor" || p.role === "supplier").map((p) => p.name);
  const to = participants.filter((p) => p.role === "target" || p.role === "recipient").map((p) => p.name);
  if (!from.length || !to.length) return null;
  return `${listNames(from)} to ${listNames(to)}`;
}

/** What a role reads as beside a country's name: "Iran (supplier)". */
export const ROLE_LABEL: Record<ParticipantRole, string> = {
  actor: "actor",
  target: "target",
  supplier: "supplier",
  recipient: "recipient",
};

/**
 * A link's direction as a sentence: "Mostly Iran to Russia: 2 of 2 events with a direction." The names are
 * the link's countries in its id's order (A, B); a link with no directed events says so.
 */
export function linkDirectionSentence(link: { countryNames: readonly [string, string]; flow: Flow; direction: LinkDirection }): string {
  const { aToB, bToA } = link.flow;
  const directed = aToB + bToA;
  const [a, b] = link.countryNames;
  if (directed === 0) return "No direction: none of its events says who acted on whom (meetings, joint statements).";
  const ends = flowEnds([a, b], link.direction);
  const count = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "event" : "events"}`;
  if (ends) {
    const major = Math.max(aToB, bToA);
    return `${major === directed ? "One way" : "Mostly"}, ${ends[0]} to ${ends[1]}: ${major.toLocaleString("en")} of ${count(directed)} with a direction.`;
  }
  return `Both ways: ${count(aToB)} ${a} to ${b}, ${count(bToA)} ${b} to ${a}.`;
}

/** A link's direction in a few words for lists and accessible names: "Iran to Russia", "both ways", or null. */
export function linkDirectionShort(link: { countryNames: readonly [string, string]; direction: LinkDirection }): string | null {
  const ends = flowEnds(link.countryNames, link.direction);
  if (ends) return `${ends[0]} to ${ends[1]}`;
  return link.direction === "two_way" ? "both ways" : null;
}
