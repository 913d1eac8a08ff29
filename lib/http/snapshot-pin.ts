// How a versioned read (lib/http/versioned-route.ts) asks the cache of public answers (cached-json.ts) to answer
// only from exactly one data snapshot, and learns whether it did. The pin is attached to the Request object the
// versioned route makes, in a WeakMap: nothing a client sends (no header, no parameter) can pin a request, so an
// unversioned URL can never be answered as immutable.
import type { DataSnapshot } from "@/lib/domain/data-snapshot";

export interface SnapshotPin {
  readonly snapshot: DataSnapshot;
  /**
   * Set by the cache: "exact" when the answer was computed entirely at the pinned snapshot (the data version was
   * the pinned one before and after every read that made it), "moved" when the data or the day had moved on and
   * the cache answered nothing. Unset when the request never reached the cache (a 400, a redirect, a 404).
   */
  outcome?: "exact" | "moved";
}

const pins = new WeakMap<Request, SnapshotPin>();

/** Pins `request` to `snapshot`; returns the pin, whose `outcome` the cache sets. */
export function pinRequest(request: Request, snapshot: DataSnapshot): SnapshotPin {
  const pin: SnapshotPin = { snapshot };
  pins.set(request, pin);
  return pin;
}

/** The pin of `request`, if a versioned route made it. */
export function pinOf(request: Request): SnapshotPin | undefined {
  return pins.get(request);
}
