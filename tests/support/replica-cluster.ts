// A real PostgreSQL primary and a streaming hot standby of it, made from the machine's own server binaries for one
// test file: initdb a primary (wal_level=replica, trust auth, 127.0.0.1 only), pg_basebackup -R a standby from it,
// start both on free ports. Everything lives in one temporary folder that stop() removes with the servers. As root
// (CI) the server binaries run as the `postgres` OS user, since initdb and postgres refuse to run as root.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "../../scripts/db/embedded-postgres";
import { reapWhenGone, type Command } from "./reap-when-gone";

const run = promisify(execFile);

/**
 * The folder of PostgreSQL's server binaries (initdb, pg_ctl, pg_basebackup): PG_BINDIR if set, else the newest
 * /usr/lib/postgresql/<major>/bin (Debian's layout). Returns null when none is found.
 */
export function postgresBinDir(): string | null {
  if (process.env.PG_BINDIR) return existsSync(path.join(process.env.PG_BINDIR, "initdb")) ? process.env.PG_BINDIR : null;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  const found = majors.map((major) => path.join(root, major, "bin")).find((dir) => existsSync(path.join(dir, "initdb")));
  return found ?? null;
}

export interface ReplicaCluster {
  /** postgresql:// URL of `database` on the primary (user postgres, no password). */
  primaryUrl(database?: string): string;
  /** The same database on the hot standby. */
  replicaUrl(database?: string): string;
  /** Resolves once the standby has replayed everything the primary had written when called; rejects after 60 s. */
  waitForReplay(): Promise<void>;
  /** Stops replay on the standby (pg_wal_replay_pause), resolving once it has actually paused. */
  pauseReplay(): Promise<void>;
  /** Lets replay go on (pg_wal_replay_resume). */
  resumeReplay(): Promise<void>;
  /** Stops the standby (fast shutdown: its connections are cut, as in a crash or a failover). */
  stopReplica(): Promise<void>;
  /** Starts the standby again on the same port; it catches up from the primary by itself. */
  startReplica(): Promise<void>;
  /** Stops both servers and removes the folder; never throws. */
  stop(): Promise<void>;
}

/** PostgreSQL's server refuses to run as root: then its binaries run as the `postgres` OS user. */
const asRoot = () => process.getuid?.() === 0;

/** Runs a server binary, as the postgres OS user when we are root. Rejects with its stderr on failure. */
function binaryRunner(binDir: string, cwd: string) {
  return async (name: string, args: string[]) => {
    const binary = path.join(binDir, name);
    const [command, argv] = asRoot() ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
    try {
      await run(command, argv, { cwd, env: { ...process.env, LC_ALL: "C" } });
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(`${name} ${args.join(" ")} failed: ${e.stderr?.trim() || e.message}`);
    }
  };
}

/** Runs one query on `url` in its own connection and returns the rows. */
async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Polls `check` every 100 ms until it resolves true; rejects naming `what` after `timeoutMs`. */
async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts a primary and a streaming hot standby (see the file comment). Resolves with the cluster once both accept
 * connections; on any failure it stops whatever it started, removes the folder and rejects with the cause.
 * Throws at once when no PostgreSQL server binaries are found (postgresBinDir).
 */
export async function startReplicaCluster(): Promise<ReplicaCluster> {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error("No PostgreSQL server binaries (initdb) found; set PG_BINDIR.");
  const dir = mkdtempSync(path.join(os.tmpdir(), "axis-replica-"));
  if (asRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const primaryDir = path.join(dir, "primary");
  const standbyDir = path.join(dir, "standby");
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const pgBin = binaryRunner(binDir, dir);
  const url = (port: number, database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  // Sockets in our own folder, TCP on loopback only; fsync off because nothing here needs to survive a power cut.
  const common = `-k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=32MB`;
  const startPrimary = () =>
    // wal_keep_size: the standby, restarted after a stop, catches up from the primary's own WAL (no archive here).
    pgBin("pg_ctl", ["-D", primaryDir, "-l", path.join(dir, "primary.log"), "-w", "-t", "120", "-o", `-p ${primaryPort} ${common} -c wal_level=replica -c max_wal_senders=4 -c wal_keep_size=256MB`, "start"]);
  const startStandby = () =>
    pgBin("pg_ctl", ["-D", standbyDir, "-l", path.join(dir, "standby.log"), "-w", "-t", "120", "-o", `-p ${standbyPort} ${common} -c hot_standby=on`, "start"]);
  const stopServer = (dataDir: string, mode: "fast" | "immediate") => pgBin("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "stop"]);

  // pg_ctl leaves the servers running on their own: if this process ends without reaching stop() (a failed hook,
  // a worker killed), a guard process stops them and removes the folder.
  const runAsServerUser = (argv: string[]): Command => (asRoot() ? ["runuser", "-u", "postgres", "--", ...argv] : (argv as Command));
  const immediateStop = (dataDir: string) => runAsServerUser([path.join(binDir, "pg_ctl"), "-D", dataDir, "-m", "immediate", "-w", "stop"]);
  const stopGuard = reapWhenGone([immediateStop(standbyDir), immediateStop(primaryDir)], dir);
  let stopped = false;

  const cluster: ReplicaCluster = {
    primaryUrl: (database = "postgres") => url(primaryPort, database),
    replicaUrl: (database = "postgres") => url(standbyPort, database),
    async waitForReplay() {
      const [{ lsn }] = await query<{ lsn: string }>(url(primaryPort, "postgres"), "SELECT pg_current_wal_lsn()::text AS lsn");
      await waitUntil(`the standby to replay up to ${lsn}`, async () => {
        const rows = await query<{ caught: boolean }>(url(standbyPort, "postgres"), "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught", [lsn]);
        return rows[0]?.caught === true;
      });
    },
    async pauseReplay() {
      await query(url(standbyPort, "postgres"), "SELECT pg_wal_replay_pause()");
      // A pause is a request until the startup process acts on it; only "paused" promises nothing more is replayed.
      await waitUntil("replay to pause", async () => {
        const rows = await query<{ state: string }>(url(standbyPort, "postgres"), "SELECT pg_get_wal_replay_pause_state() AS state");
        return rows[0]?.state === "paused";
      });
    },
    async resumeReplay() {
      await query(url(standbyPort, "postgres"), "SELECT pg_wal_replay_resume()");
    },
    stopReplica: () => stopServer(standbyDir, "fast"),
    startReplica: () => startStandby(),
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopServer(standbyDir, "immediate").catch(() => undefined);
      await stopServer(primaryDir, "immediate").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      stopGuard();
    },
  };

  try {
    await pgBin("initdb", ["-D", primaryDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
    await startPrimary();
    // -R writes standby.signal and primary_conninfo, so the copy starts as a standby streaming from the primary.
    await pgBin("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", standbyDir, "-R", "-X", "stream", "-c", "fast", "--no-sync"]);
    await startStandby();
    const [{ standby }] = await query<{ standby: boolean }>(url(standbyPort, "postgres"), "SELECT pg_is_in_recovery() AS standby");
    if (!standby) throw new Error("The copy did not start as a standby.");
    return cluster;
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
