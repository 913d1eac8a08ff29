// Query strings through zod, one schema per query. A query string can repeat a key (?category=a&category=b);
// URLSearchParams keeps every value, and so does this: a list parameter reads repeated keys exactly as its
// comma form (?category=a,b), and a single-valued parameter given twice is refused, naming the field. Nothing
// a client sends is dropped silently. Used by route handlers, exports, server pages and the browser's URL state.
import { z } from "zod";

// zod 4 probes for eval (new Function) to compile faster parsers; the pages' Content-Security-Policy forbids
// eval, so in the browser the probe only logged a CSP violation. Parse without it there.
if (typeof window !== "undefined") z.config({ jitless: true });

/** A query string as zod sees it: a key given once is a string, a repeated key the array of its values. */
export type QueryInput = Record<string, string | string[]>;

/** What server pages receive as `searchParams`, and what URLSearchParams holds. */
export type QuerySource = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * A list parameter: "a,b", or the key repeated, or both (?x=a,b&x=c is [a, b, c]). Each value is checked by
 * `item`; blanks are ignored, duplicates (after `item`'s transform, so "kp,KP" is one) kept once, and the
 * values sorted: a list means a set, and one order gives one cache key and one address for the same filters.
 * Throws nothing; fails with "must name at least one value" when nothing is left.
 */
export function listParam<T extends z.ZodType<unknown, string>>(item: T) {
  return z.preprocess(
    (value) => {
      const values = typeof value === "string" ? [value] : value;
      if (!Array.isArray(values)) return value;
      return values.flatMap((v) => (typeof v === "string" ? v.split(",") : [v])).map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => v !== "");
    },
    z
      .array(item)
      .min(1, "must name at least one value")
      .transform((list) => [...new Set(list)].sort() as z.output<T>[]),
  );
}

/** The keys of `schema` that are list parameters: those whose accepted input is an array (as OpenAPI says). */
const listKeysCache = new WeakMap<z.ZodObject, Set<string>>();
export function listKeysOf(schema: z.ZodObject): Set<string> {
  let keys = listKeysCache.get(schema);
  if (!keys) {
    keys = new Set();
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const json = z.toJSONSchema(field, { io: "input", unrepresentable: "any" }) as { type?: unknown };
      if (json.type === "array") keys.add(key);
    }
    listKeysCache.set(schema, keys);
  }
  return keys;
}

function entriesOf(source: QuerySource): [string, string[]][] {
  const grouped = new Map<string, string[]>();
  const add = (key: string, value: string) => grouped.set(key, [...(grouped.get(key) ?? []), value]);
  if (source instanceof URLSearchParams) {
    for (const [key, value] of source) add(key, value);
  } else {
    for (const [key, value] of Object.entries(source)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) add(key, v);
    }
  }
  return [...grouped];
}

/**
 * Parses a query string with `schema` (a z.object of the parameters, strict or not). Repeated keys become
 * arrays for list parameters; a repeated single-valued parameter fails with an issue at its path
 * ("must be given once"), alongside whatever else fails. Returns zod's safeParse result; never throws.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, source: QuerySource): z.ZodSafeParseResult<z.output<S>> {
  const lists = listKeysOf(schema);
  const input: QueryInput = {};
  const repeated: z.core.$ZodIssue[] = [];
  for (const [key, values] of entriesOf(source)) {
    if (values.length === 1 || lists.has(key)) {
      input[key] = values.length === 1 ? values[0]! : values;
      continue;
    }
    input[key] = values[0]!;
    if (key in schema.shape) {
      repeated.push({
        code: "custom",
        path: [key],
        message: `must be given once; it was given ${values.length} times`,
        input: values,
      });
    }
  }
  const result = schema.safeParse(input);
  if (!repeated.length) return result as z.ZodSafeParseResult<z.output<S>>;
  const issues = [...repeated, ...(result.success ? [] : result.error.issues.filter((i) => !repeated.some((r) => r.path[0] === i.path[0])))];
  return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<z.output<S>>;
}

/** A parameter a page could not use, and why: shown to the reader instead of silently dropping it. */
export interface IgnoredParam {
  field: string;
  message: string;
}

/**
 * For pages: parses like parseQuery, but leaves out the parameters that fail (a shared address with one
 * mistyped filter still opens) and reports each of them, so the page can say what it ignored. A blank value
 * is no value: an HTML form submits its "Any" choices as `category=`.
 */
export function parseQueryLeniently<S extends z.ZodObject>(schema: S, source: QuerySource): { data: z.output<S>; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  let current = new URLSearchParams(entriesOf(source).flatMap(([key, values]) => values.filter((v) => v.trim() !== "").map((v) => [key, v])));
  // Each round drops the fields that failed; a field's failure never depends on another's, except the
  // object's own refinements (from after to), which name one of them. A few rounds always suffice.
  for (let round = 0; round < 5; round++) {
    const result = parseQuery(schema, current);
    if (result.success) return { data: result.data, ignored };
    const failed = new Set<string>();
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (field === undefined) continue;
      if (!failed.has(String(field))) ignored.push({ field: String(field), message: issue.message });
      failed.add(String(field));
    }
    if (!failed.size) break;
    current = without(current, failed);
  }
  return { data: schema.parse({}) as z.output<S>, ignored };
}

function without(params: URLSearchParams, keys: Set<string>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of keys) next.delete(key);
  return next;
}

/** "?a=1&b=2" from pairs in the order given, or "" when there are none. */
export function queryString(pairs: readonly (readonly [string, string])[]): string {
  const s = new URLSearchParams(pairs as [string, string][]).toString();
  return s ? `?${s}` : "";
}
