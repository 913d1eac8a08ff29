// A link is an unordered pair of countries; its id is the two ISO alpha-2 codes sorted and joined ("IR-KP"),
// so the same pair always has the same id whichever way round it is written.

const LINK_ID = /^([A-Z]{2})-([A-Z]{2})$/;

export function linkIdFor(a: string, b: string): string {
  const [first, second] = [a.toUpperCase(), b.toUpperCase()].sort();
  return `${first}-${second}`;
}

/**
 * Orders two link ids (or ISO 3166-1 alpha-2 codes) alphabetically: -1, 0 or 1, for Array#sort. Ids are ASCII
 * capitals and "-", so comparing code units gives the same order as localeCompare and PostgreSQL's ORDER BY id, at a
 * fraction of localeCompare's cost (it runs in the sorts a timeline step makes over every link).
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ParsedLinkId {
  /** The canonical id, codes sorted. */
  id: string;
  countries: [string, string];
  /** False when the input named the pair the other way round ("KP-IR"). */
  canonical: boolean;
}

/** Parses "IR-KP" or "kp-ir"; returns null when it is not two distinct alpha-2 codes. */
export function parseLinkId(raw: string): ParsedLinkId | null {
  const match = LINK_ID.exec(raw.trim().toUpperCase());
  if (!match) return null;
  const [, a, b] = match;
  if (a === b) return null;
  const id = linkIdFor(a, b);
  const [first, second] = id.split("-") as [string, string];
  return { id, countries: [first, second], canonical: raw === id };
}

/** Every unordered pair among an event's participants: a multilateral event counts toward each. */
export function pairsAmong(countryIds: readonly string[]): string[] {
  const unique = [...new Set(countryIds.map((c) => c.toUpperCase()))].sort();
  const pairs: string[] = [];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) pairs.push(`${unique[i]}-${unique[j]}`);
  }
  return pairs;
}
