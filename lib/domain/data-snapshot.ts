// A data snapshot: the data version (lib/server/get-data-version.ts) together with the UTC day answers are
// measured on. Versioned public reads (/api/v/{snapshot}/links?...) name one in their path, written
// "{version}-{YYYY-MM-DD}" (e.g. "8412-2026-12-01"). The day is part of it because an answer without an explicit
// range or asOf measures strength today: the same data gives a different answer tomorrow, so a URL that promises
// never to change (Cache-Control: immutable) must pin the day as well as the version. Client-safe: pure functions.

export interface DataSnapshot {
  /** The data_version row's number, as a decimal string (it is a bigint). */
  version: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
}

const SNAPSHOT = /^(0|[1-9]\d{0,18})-(\d{4}-\d{2}-\d{2})$/;

/** The path segment for `snapshot`: "8412-2026-12-01". */
export function formatSnapshot(snapshot: DataSnapshot): string {
  return `${snapshot.version}-${snapshot.day}`;
}

/** The snapshot a path segment names, or null when it is not "{version}-{YYYY-MM-DD}" with a real calendar day. */
export function parseSnapshot(segment: string): DataSnapshot | null {
  const match = SNAPSHOT.exec(segment);
  if (!match) return null;
  const day = match[2]!;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null;
  return { version: match[1]!, day };
}

/**
 * Where `requested` stands against `current`: "current" when equal; "behind" when it is older (a smaller version,
 * or the same version on an earlier day), which only the current snapshot can replace, as there is no history to
 * compute it from; "ahead" when the data here has not reached it yet (a read replica that lags behind the primary
 * the client learnt the version from, or, for the day alone, a clock behind the client's server's).
 */
export function compareSnapshot(requested: DataSnapshot, current: DataSnapshot): "current" | "behind" | "ahead" {
  const asked = BigInt(requested.version);
  const have = BigInt(current.version);
  if (asked !== have) return asked < have ? "behind" : "ahead";
  if (requested.day === current.day) return "current";
  return requested.day < current.day ? "behind" : "ahead";
}

/** The path of a public read at a snapshot: "/api/links?x" at "8412-2026-12-01" is "/api/v/8412-2026-12-01/links?x". */
export function versionedPath(snapshot: string, apiPath: string): string {
  if (!apiPath.startsWith("/api/")) throw new Error(`Not an API path: ${apiPath}`);
  return `/api/v/${snapshot}/${apiPath.slice("/api/".length)}`;
}
