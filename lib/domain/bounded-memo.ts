// A cache for a pure function of a string, for the importers' per-row lookups (country codes and names, dates),
// which repeat thousands of times in a file: remembers up to `limit` answers, then computes the rest each time.

/** `compute` remembered for up to `limit` distinct keys (beyond that, computed afresh: memory stays bounded). */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    if (cache.size < limit) cache.set(key, value);
    return value;
  };
}
