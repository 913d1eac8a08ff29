// Where reads go (lib/db-routing.ts), with stand-in reads: the replica while it answers, the primary again for a
// read it could not answer, a few seconds' rest for a replica that failed, and never a retry of a real error.
// tests/api/read-replica.test.ts shows the same against a real primary and hot standby.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Routing = typeof import("./db-routing");
type Health = typeof import("./db-replica-health");

async function load(replicaUrl: string | undefined): Promise<Routing & Health> {
  vi.resetModules();
  process.env.DATABASE_URL = "postgresql://primary.invalid/atlas";
  if (replicaUrl) process.env.DATABASE_REPLICA_URL = replicaUrl;
  else delete process.env.DATABASE_REPLICA_URL;
  return { ...(await import("./db-routing")), ...(await import("./db-replica-health")) };
}

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5433"), { code: "ECONNREFUSED" });

beforeEach(() => {
  delete (globalThis as { axisReplicaDownUntil?: number }).axisReplicaDownUntil;
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete process.env.DATABASE_REPLICA_URL;
});

describe("readFromReplica", () => {
  it("reads the replica when one is configured, and the primary when none is", async () => {
    const withReplica = await load("postgresql://replica.invalid/atlas");
    expect(await withReplica.readFromReplica(async () => withReplica.currentReadSource())).toEqual({ value: "replica", source: "replica" });
    expect(withReplica.currentReadSource()).toBe("primary");

    const without = await load(undefined);
    expect(await without.readFromReplica(async () => without.currentReadSource())).toEqual({ value: "primary", source: "primary" });
  });

  it("runs a read the replica could not answer again on the primary, and leaves the replica alone for a while", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T06:00:00Z") });
    const routing = await load("postgresql://replica.invalid/atlas");
    const sources: string[] = [];
    const read = async () => {
      sources.push(routing.currentReadSource());
      if (routing.currentReadSource() === "replica" && sources.length === 1) throw refused();
      return "answer";
    };
    expect(await routing.readFromReplica(read)).toEqual({ value: "answer", source: "primary" });
    expect(sources).toEqual(["replica", "primary"]);
    expect(console.warn).toHaveBeenCalledTimes(1);

    // Within the window the replica is not even tried.
    expect((await routing.readFromReplica(read)).source).toBe("primary");
    expect(sources).toEqual(["replica", "primary", "primary"]);

    // After it, the next read tries the replica again by itself.
    vi.setSystemTime(Date.now() + routing.REPLICA_RETRY_AFTER_MS);
    expect((await routing.readFromReplica(read)).source).toBe("replica");
  });

  it("retries a hot standby's recovery conflict on the primary without giving up on the replica", async () => {
    const routing = await load("postgresql://replica.invalid/atlas");
    let calls = 0;
    const read = async () => {
      calls += 1;
      if (routing.currentReadSource() === "replica" && calls === 1) {
        throw new Error("Raw query failed", { cause: new Error("canceling statement due to conflict with recovery") });
      }
      return routing.currentReadSource();
    };
    expect(await routing.readFromReplica(read)).toEqual({ value: "primary", source: "primary" });
    expect(routing.replicaUsable()).toBe(true);
    expect((await routing.readFromReplica(read)).source).toBe("replica");
  });

  it("does not retry a read that failed for any other reason", async () => {
    const routing = await load("postgresql://replica.invalid/atlas");
    const read = vi.fn(async () => {
      throw new Error("relation does not exist");
    });
    await expect(routing.readFromReplica(read)).rejects.toThrow("relation does not exist");
    expect(read).toHaveBeenCalledTimes(1);
    expect(routing.replicaUsable()).toBe(true);
  });

  it("keeps an enclosing scope's source, and readFromPrimary reads the primary inside a replica scope", async () => {
    const routing = await load("postgresql://replica.invalid/atlas");
    const nested = await routing.readFromReplica(async () => ({
      inner: await routing.readFromReplica(async () => routing.currentReadSource()),
      primary: await routing.readFromPrimary(async () => routing.currentReadSource()),
      after: routing.currentReadSource(),
    }));
    expect(nested.value).toEqual({ inner: { value: "replica", source: "replica" }, primary: { value: "primary", source: "primary" }, after: "replica" });
  });
});
