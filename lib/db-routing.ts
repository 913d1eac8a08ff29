// Which database a read goes to. The public read API runs inside readFromReplica(fn): within that scope (an
// AsyncLocalStorage, so it follows every await of the request and nothing else) db() answers with the read
// replica's client when DATABASE_REPLICA_URL is set and the replica is answering; everywhere else, db() is the
// primary. A request keeps the source it started with for all of its reads (the data version, then the data),
// so an answer never mixes the two servers and the version-keyed caches never label a replica's older data
// with the primary's newer version. The one exception moves forward in time only: a read the replica could not
// answer is run again, whole, on the primary.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { serverEnv } from "./env";
import { isDatabaseUnavailable } from "./http/database-errors";
import { markReplicaDown, replicaUsable } from "./db-replica-health";

/** Where a request's reads went: the primary (DATABASE_URL) or the replica (DATABASE_REPLICA_URL). */
export type ReadSource = "primary" | "replica";

const scope = new AsyncLocalStorage<ReadSource>();

/** The source db() answers with here: the enclosing readFromReplica's or readFromPrimary's, else "primary". */
export function currentReadSource(): ReadSource {
  return scope.getStore() ?? "primary";
}

/**
 * A hot standby cancels a query whose rows replay needs to remove ("canceling statement due to conflict with
 * recovery", SQLSTATE 40001). The replica is healthy, the query just lost a race: run it again on the primary.
 */
function isRecoveryConflict(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { message?: unknown; cause?: unknown };
  if (typeof e.message === "string" && /conflict with recovery/i.test(e.message)) return true;
  return isRecoveryConflict(e.cause, depth + 1);
}

/**
 * Runs `fn` (a read and nothing but a read: it may run twice) with db() answering from the replica, when one is
 * configured and not known to be down; otherwise from the primary. If the replica fails to answer
 * (isDatabaseUnavailable) the replica is marked down for a few seconds (db-replica-health.ts) and `fn` runs again
 * on the primary; a hot standby's recovery conflict is retried on the primary the same way without marking it
 * down. Inside an enclosing scope `fn` just runs there (the outer call owns the retry).
 * Returns `fn`'s value and the source that produced it. Rejects with whatever `fn` rejects with otherwise,
 * including a primary outage (which callers answer 503, lib/http/route.ts).
 */
export async function readFromReplica<T>(fn: () => Promise<T>): Promise<{ value: T; source: ReadSource }> {
  const enclosing = scope.getStore();
  if (enclosing) return { value: await fn(), source: enclosing };
  if (!serverEnv().DATABASE_REPLICA_URL || !replicaUsable()) return readFromPrimary(fn);
  try {
    return { value: await scope.run("replica", fn), source: "replica" };
  } catch (error) {
    if (isDatabaseUnavailable(error)) markReplicaDown(error);
    else if (!isRecoveryConflict(error)) throw error;
    return readFromPrimary(fn);
  }
}

/**
 * Runs `fn` with db() answering from the primary, even inside a readFromReplica scope (for a read that must see
 * the latest commit). Returns `fn`'s value and "primary"; rejects with whatever `fn` rejects with.
 */
export async function readFromPrimary<T>(fn: () => Promise<T>): Promise<{ value: T; source: ReadSource }> {
  return { value: await scope.run("primary", fn), source: "primary" };
}
