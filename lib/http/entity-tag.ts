// Entity tags and If-None-Match exactly as RFC 9110 defines them: the entity-tag grammar (§8.8.3), weak
// comparison (§8.8.3.2), the If-None-Match field (§13.1.2) and its list syntax (§5.6.1). A proxy that
// compresses an answer turns its strong tag into a weak one (nginx sends W/"..." back), and a client may
// list several tags or "*": a plain string comparison answers 200 to all of these.

/** One entity-tag (RFC 9110 §8.8.3): `opaque` is the quoted part with its quotes, `weak` whether W/ preceded it. */
export interface EntityTag {
  weak: boolean;
  opaque: string;
}

/** What an If-None-Match field value holds: "*" (any current representation) or a list of entity-tags. */
export type IfNoneMatch = "*" | EntityTag[];

/** etagc = %x21 / %x23-7E / obs-text (%x80-FF): any visible byte except DQUOTE; no spaces (§8.8.3). */
const ETAGC = /^[\x21\x23-\x7e\x80-\xff]*$/;
/** OWS = *( SP / HTAB ) (§5.6.3). */
const isOws = (c: string | undefined) => c === " " || c === "\t";

/** Reads one entity-tag starting at `from`; returns it and the index after it, or null when none is there. */
function readEntityTag(value: string, from: number): { tag: EntityTag; end: number } | null {
  let i = from;
  const weak = value.startsWith("W/", i);
  if (weak) i += 2;
  if (value[i] !== '"') return null;
  const close = value.indexOf('"', i + 1);
  if (close < 0) return null;
  const opaque = value.slice(i, close + 1);
  if (!ETAGC.test(opaque.slice(1, -1))) return null;
  return { tag: { weak, opaque }, end: close + 1 };
}

/**
 * Parses one entity-tag such as `"v12-abc"` or `W/"v12-abc"` (RFC 9110 §8.8.3; the weak indicator "W/" is
 * case-sensitive). Returns null when `value` is not exactly one entity-tag.
 */
export function parseEntityTag(value: string): EntityTag | null {
  const trimmed = value.trim();
  const read = readEntityTag(trimmed, 0);
  return read && read.end === trimmed.length ? read.tag : null;
}

/**
 * Parses an If-None-Match field value: `If-None-Match = "*" / #entity-tag` (RFC 9110 §13.1.2), where the list
 * may hold empty elements and optional whitespace around its commas, which a recipient must accept (§5.6.1.2).
 * Several field lines arrive joined by ", " (§5.3), which is the same list. Returns null when the value does
 * not follow the grammar (e.g. an unquoted tag, or "*" inside a list): the caller then ignores the field,
 * which can only ever cost a full answer, never a wrong 304.
 */
export function parseIfNoneMatch(value: string): IfNoneMatch | null {
  if (value.trim() === "*") return "*";
  const tags: EntityTag[] = [];
  let i = 0;
  for (;;) {
    while (isOws(value[i]) || value[i] === ",") i++;
    if (i >= value.length) break;
    const read = readEntityTag(value, i);
    if (!read) return null;
    tags.push(read.tag);
    i = read.end;
    while (isOws(value[i])) i++;
    if (i < value.length && value[i] !== ",") return null;
  }
  return tags.length ? tags : null;
}

/** Weak comparison (RFC 9110 §8.8.3.2): two entity-tags match when their opaque-tags are equal, either or both may be weak. */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque;
}

/**
 * Evaluates If-None-Match for a request (RFC 9110 §13.1.2) against the selected representation's entity-tag.
 *
 * - `fieldValue`: the request's If-None-Match header, or null when it has none.
 * - `current`: the entity-tag the answer would carry (e.g. `W/"v12-abc"`), or null when the target has no current
 *   representation (the answer would not be a 2xx; §13.2.1 says preconditions are then ignored).
 * - `method`: the request method.
 *
 * Returns 304 (Not Modified) for GET and HEAD when the condition is false, i.e. the field is "*" or one of its
 * tags matches `current` by weak comparison; 412 (Precondition Failed) for any other method in that case; null
 * when the request should be answered normally (no field, a malformed one, or no tag matches).
 * Throws a TypeError when `current` is not a valid entity-tag, which is a programming error.
 */
export function evaluateIfNoneMatch(fieldValue: string | null, current: string | null, method: string): 304 | 412 | null {
  if (fieldValue === null || current === null) return null;
  const selected = parseEntityTag(current);
  if (!selected) throw new TypeError(`Not an entity-tag: ${current}`);
  const condition = parseIfNoneMatch(fieldValue);
  if (condition === null) return null;
  const matches = condition === "*" || condition.some((tag) => weakMatch(tag, selected));
  if (!matches) return null;
  return method === "GET" || method === "HEAD" ? 304 : 412;
}
