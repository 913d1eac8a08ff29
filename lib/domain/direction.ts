// Which way a tie runs. An event flows from its actor (or supplier) to its target (or recipient); a link's
// events are counted by the way they flow between its two countries, and the link is drawn with a direction
// when most of them flow one way. Pure and client-safe: the server, the timeline and the map share it.
import type { ParticipantRole } from "./vocabulary";

/** Roles an event flows from and to. */
const FROM_ROLES: readonly ParticipantRole[] = ["actor", "supplier"];
const TO_ROLES: readonly ParticipantRole[] = ["target", "recipient"];

/**
 * The direction of an event between two of its participants, from their roles (null: none): 1 when the first
 * acts on or supplies the second, -1 the other way, 0 otherwise. Must agree with SQL `pair_flow` (migration
 * participant_roles), which counts link_month_stats' a_to_b and b_to_a.
 */
export function pairFlow(roleA: ParticipantRole | null | undefined, roleB: ParticipantRole | null | undefined): 1 | -1 | 0 {
  if (roleA && roleB && FROM_ROLES.includes(roleA) && TO_ROLES.includes(roleB)) return 1;
  if (roleA && roleB && FROM_ROLES.includes(roleB) && TO_ROLES.includes(roleA)) return -1;
  return 0;
}

/** Events of a link that flow from its country A to B, and from B to A (A is the alphabetically first). */
export interface Flow {
  aToB: number;
  bToA: number;
}

/**
 * How a link is drawn: "a_to_b" or "b_to_a" when at least ONE_WAY_SHARE of its events with a direction go
 * that way, "two_way" when both ways have events and neither reaches it, "undirected" when none has a
 * direction (meetings, summits, multilateral statements).
 */
export const LINK_DIRECTIONS = ["a_to_b", "b_to_a", "two_way", "undirected"] as const;
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];

/** Two thirds: "mostly one way" means at least twice as many events one way as the other. */
export const ONE_WAY_SHARE = 2 / 3;

/** The direction a link is drawn with, from its flow (see LinkDirection). */
export function linkDirection(flow: Flow): LinkDirection {
  const directed = flow.aToB + flow.bToA;
  if (directed === 0) return "undirected";
  if (flow.aToB >= ONE_WAY_SHARE * directed) return "a_to_b";
  if (flow.bToA >= ONE_WAY_SHARE * directed) return "b_to_a";
  return "two_way";
}

/**
 * What the `direction` filter offers: links drawn one way (either way), both ways, or with no direction. The
 * dashboard and GET /api/links keep the links whose direction falls in any of the kinds asked for.
 */
export const DIRECTION_KINDS = ["one_way", "two_way", "undirected"] as const;
export type DirectionKind = (typeof DIRECTION_KINDS)[number];

export function directionKind(direction: LinkDirection): DirectionKind {
  return direction === "a_to_b" || direction === "b_to_a" ? "one_way" : direction;
}

/** The countries of a one-way link in the order its events flow ([from, to]); null for the other directions. */
export function flowEnds(countries: readonly [string, string], direction: LinkDirection): [string, string] | null {
  if (direction === "a_to_b") return [countries[0], countries[1]];
  if (direction === "b_to_a") return [countries[1], countries[0]];
  return null;
}

/** Roles as the API takes them: country (ISO alpha-2) to role; countries not named have none. */
export type ParticipantRoles = Partial<Record<string, ParticipantRole>>;

/**
 * Why a set of roles cannot describe an event among `countries`, or null when it can: every country named must
 * take part; roles come in pairs of one vocabulary (actor with target, supplier with recipient), so an event
 * with roles has at least one of each side. Messages name no field; callers say it is `roles`.
 */
export function rolesProblem(countries: readonly string[], roles: ParticipantRoles): string | null {
  const named = Object.entries(roles).filter((entry): entry is [string, ParticipantRole] => !!entry[1]);
  if (named.length === 0) return null;
  const outsider = named.find(([country]) => !countries.includes(country));
  if (outsider) return `must name only countries taking part; ${outsider[0]} is not one of them`;
  const used = new Set(named.map(([, role]) => role));
  const transfer = used.has("supplier") || used.has("recipient");
  const action = used.has("actor") || used.has("target");
  if (transfer && action) return "must use either actor and target, or supplier and recipient, not both";
  const [from, to] = transfer ? (["supplier", "recipient"] as const) : (["actor", "target"] as const);
  if (!used.has(from) || !used.has(to)) return `must name at least one ${from} and one ${to}`;
  return null;
}
