// Fresh databases for the resilience specs, on DATABASE_URL's PostgreSQL (these specs need a real server:
// they lock tables from a second connection and cut connections, which the embedded PGlite cannot model).
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./app-process";

export { ACCOUNTS } from "./accounts";

export interface AppDatabase {
  url: string;
  name: string;
  /** A connection of the test's own, straight to PostgreSQL (not through any proxy). */
  connect(): Promise<pg.Client>;
  drop(): Promise<void>;
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("The resilience tests need a real PostgreSQL: set DATABASE_URL (e.g. postgresql://root@127.0.0.1:5432/postgres).");
  return url;
}

/** A fresh, migrated and seeded database with the accounts in ACCOUNTS (create-database.ts). */
export async function createAppDatabase(): Promise<AppDatabase> {
  return (await runCreateDatabase(["1", "--accounts"]))[0]!;
}

/** `count` fresh, migrated and seeded databases without accounts, made by one process. */
export function createSeededDatabases(count: number): Promise<AppDatabase[]> {
  return runCreateDatabase([String(count)]);
}

async function runCreateDatabase(args: string[]): Promise<AppDatabase[]> {
  serverUrl();
  const script = path.join(projectRoot, "e2e", "resilience", "support", "create-database.ts");
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", script, ...args], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "test" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`create-database.ts failed (${code}):\n${stdout}\n${stderr}`);
  const { urls } = JSON.parse(stdout.trim().split("\n").at(-1)!) as { urls: string[] };
  return urls.map(databaseAt);
}

/** Handles for the database at `url` (on DATABASE_URL's server). */
export function databaseAt(url: string): AppDatabase {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  return {
    url,
    name,
    async connect() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
