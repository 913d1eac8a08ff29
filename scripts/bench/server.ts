// The production server bench:api measures: scripts/serve.ts (what npm start runs) on a build directory of its own, in a process group
// of its own so stopping it takes every process it started, on a database URL tagged with an application_name
// so the queries it left running can be found and ended after it stops.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import pg from "pg";
import { projectRoot } from "../db/migrations";
import { serveCommand } from "../serve-command";

/** Per run, so two benchmarks on one database never end each other's queries. */
export const APP_NAME = `axis-bench-api-${process.pid}`;

export interface BenchServer {
  readonly base: string;
  /** Set once the process has exited: how, and whether we asked it to. */
  readonly exit: { code: number | null; signal: NodeJS.Signals | null; expected: boolean } | null;
  /** The last lines it wrote (stdout and stderr), for saying why it failed. */
  tail(lines?: number): string;
  stop(): Promise<void>;
}

/** Adds application_name to a postgresql:// URL (node-postgres reads it from the query string). */
export function taggedDatabaseUrl(url: string, applicationName = APP_NAME): string {
  const u = new URL(url);
  u.searchParams.set("application_name", applicationName);
  return u.toString();
}

const live = new Set<ChildProcess>();
const BANNER = /^\s*(▲ Next\.js|- (Local|Network|Environments?):|✓ (Ready|Starting|Running))/;

/** Kills every server still running, synchronously: the last resort on process exit. */
export function killAllServersNow(): void {
  for (const child of live) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  live.clear();
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Any HTTP answer at all (even 404) means the server is listening and serving. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: "HEAD", agent: false, timeout: 2_000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

export async function startServer(options: {
  port: number;
  databaseUrl: string;
  distDir: string;
  /** Extra environment, e.g. NODE_OPTIONS for the SQL capture. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<BenchServer> {
  const [executable, ...args] = serveCommand(options.port, "127.0.0.1");
  const child = spawn(executable, args, {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: taggedDatabaseUrl(options.databaseUrl),
      NODE_ENV: "production",
      NEXT_DIST_DIR: options.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "bench-api-secret-bench-api-secret-0123456789",
      PORT: String(options.port),
      ...options.env,
    },
  });
  live.add(child);

  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);

  let stopping = false;
  const state: { exit: BenchServer["exit"] } = { exit: null };
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      state.exit = { code, signal, expected: stopping };
      live.delete(child);
      resolve();
    }),
  );

  const base = `http://127.0.0.1:${options.port}`;
  const server: BenchServer = {
    base,
    get exit() {
      return state.exit;
    },
    // Next.js's start-up banner says nothing about a failure.
    tail: (n = 20) => lines.filter((line) => !BANNER.test(line)).slice(-n).join("\n"),
    async stop() {
      if (state.exit) return;
      stopping = true;
      // SIGTERM first (the server may finish what it has in flight), then SIGKILL: a benchmark leaves
      // abandoned slow requests behind, and nothing they would finish matters.
      signalGroup(child, "SIGTERM");
      const killed = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5_000))]);
      if (killed) {
        signalGroup(child, "SIGKILL");
        await exited;
      }
      signalGroup(child, "SIGKILL"); // any grandchild that outlived its parent
    },
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  // A static file: the server serves it without loading any route or touching the database, so the
  // first request to each endpoint still finds it cold.
  const probe = `${base}/basemap/countries-110m.geojson`;
  while (!(await answers(probe))) {
    const exit = state.exit;
    if (exit) throw new Error(`The web server exited (code ${exit.code}, signal ${exit.signal}) before it was ready:\n${server.tail()}`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`The web server did not answer on ${base} within ${Math.round((options.readyTimeoutMs ?? 120_000) / 1000)} s:\n${server.tail()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

/**
 * Ends the queries a stopped server left running in Postgres (a killed client's query can run on for
 * a long time), so they do not slow the next measurement. Only sessions tagged with our application_name.
 */
export async function endLeftoverQueries(databaseUrl: string, timeoutMs = 30_000): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "axis-bench-api-cleanup" });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    const ended = new Set<number>();
    for (;;) {
      const rows = (await client.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND pid <> pg_backend_pid()",
        [APP_NAME],
      )).rows;
      if (rows.length === 0 || Date.now() > deadline) return ended.size;
      for (const { pid } of rows) {
        await client.query("SELECT pg_terminate_backend($1)", [pid]);
        ended.add(pid);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.end();
  }
}
