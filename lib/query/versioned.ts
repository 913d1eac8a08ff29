// The URLs the dashboard reads the public API at: the current data snapshot's (/api/v/{snapshot}/...), which any
// HTTP cache or CDN may keep for a year, so every visitor after the first is served by the cache. The snapshot is
// GET /api/changes's, which the server render puts into the query cache and LiveUpdates polls; when it moves, the
// atlas queries are invalidated and refetch, and this then gives the new snapshot's URLs. Client-safe.
import type { QueryClient } from "@tanstack/react-query";
import { formatSnapshot, versionedPath, type DataSnapshot } from "@/lib/domain/data-snapshot";
import { changesQuery } from "./changes";

/**
 * `apiPath` ("/api/links?from=...") at the snapshot `client` knows, fetching GET /api/changes first when it knows
 * none yet. Falls back to the unversioned path (always current, revalidated on every use) when the snapshot cannot
 * be had, so a failed poll never stops the reads. Never rejects.
 */
export async function currentUrl(client: QueryClient, apiPath: string): Promise<string> {
  const known = client.getQueryData(changesQuery().queryKey)?.snapshot;
  const snapshot = known ?? (await client.fetchQuery(changesQuery()).then((changes) => changes.snapshot, () => undefined));
  return snapshot ? versionedPath(snapshot, apiPath) : apiPath;
}

/**
 * Puts `snapshot` (read by the server render) where currentUrl and LiveUpdates look for it, so the first fetches
 * already go to the versioned URLs and a change after the render is noticed by the first poll. Returns the
 * snapshot's path segment.
 */
export function rememberSnapshot(client: QueryClient, snapshot: DataSnapshot): string {
  const segment = formatSnapshot(snapshot);
  client.setQueryData(changesQuery().queryKey, { version: snapshot.version, snapshot: segment });
  return segment;
}
