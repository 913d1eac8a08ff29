// Whether the read replica is worth asking: after a connection failure it is left alone for a few seconds (every
// public read goes to the primary meanwhile), then tried again by the next read, so the app recovers by itself
// when the replica comes back without anyone restarting anything. Per process, like the connection pools.
import "server-only";

/** How long a replica that failed to answer is left alone before a read tries it again. */
export const REPLICA_RETRY_AFTER_MS = 5_000;

const state = globalThis as unknown as { axisReplicaDownUntil?: number };

/** True unless the replica failed within the last REPLICA_RETRY_AFTER_MS. */
export function replicaUsable(now = Date.now()): boolean {
  return (state.axisReplicaDownUntil ?? 0) <= now;
}

/**
 * Records that the replica did not answer (`reason`, logged in one line) so reads skip it for
 * REPLICA_RETRY_AFTER_MS. Returns nothing; never throws.
 */
export function markReplicaDown(reason: unknown, now = Date.now()): void {
  const wasUsable = replicaUsable(now);
  state.axisReplicaDownUntil = now + REPLICA_RETRY_AFTER_MS;
  // Once per outage window, not once per request: an outage would otherwise flood the log.
  if (wasUsable) {
    // Prisma's messages start with a blank line and the call site; the cause is on the last line.
    const lines = (reason instanceof Error ? reason.message : String(reason)).split("\n").map((line) => line.trim()).filter(Boolean);
    const message = lines.at(-1) ?? "no message";
    console.warn(`read replica unavailable, reading from the primary for ${REPLICA_RETRY_AFTER_MS / 1000} s: ${message}`);
  }
}
