// What an answer was computed from, kept per key with the data version it is exact at, so that the answer for a
// later version can be computed from it and the changes since (lib/server/update-timeline.ts,
// update-link-summaries.ts) rather than from scratch. In this process's memory, like the answers themselves
// (cached-json.ts): another process keeps its own, and a fresh process starts from scratch.
import "server-only";

/** A state and the data version it is exact at. */
export interface Kept<S> {
  version: string;
  state: S;
}

/**
 * Takes the most keys kept (the least recently used go first). Returns `get(key)`, the latest state kept for the
 * key, and `keep(key, version, state)`, which keeps it unless a state at a later version is already kept (two
 * requests at different versions may finish in either order).
 */
export function createKeptStates<S>(maxKeys: number) {
  const kept = new Map<string, Kept<S>>();
  return {
    get(key: string): Kept<S> | undefined {
      const found = kept.get(key);
      if (found) {
        kept.delete(key);
        kept.set(key, found);
      }
      return found;
    },
    keep(key: string, version: string, state: S): void {
      const old = kept.get(key);
      if (old && BigInt(old.version) > BigInt(version)) return;
      kept.delete(key);
      kept.set(key, { version, state });
      for (const oldest of kept.keys()) {
        if (kept.size <= maxKeys) break;
        kept.delete(oldest);
      }
    },
  };
}
