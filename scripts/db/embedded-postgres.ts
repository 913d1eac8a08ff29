// Starts PGlite (Postgres compiled to WASM) as a wire-protocol server in a child process, so the app and
// the Prisma schema engine connect to it exactly as they would to a real PostgreSQL. For the quick start
// and laptops; production uses a real PostgreSQL through DATABASE_URL.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const require = createRequire(import.meta.url);

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** Asks the OS for a port nobody listens on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`embedded Postgres exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`embedded Postgres did not listen on port ${port} within ${timeoutMs} ms`);
}

/**
 * @param dataDir folder that keeps the data between runs, or "memory://" for a throwaway database
 * @param maxConnections at least the app's pool size (pg opens up to 10), or queries queue behind each other
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  const { dataDir, maxConnections = 20 } = options;
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const bin = path.join(path.dirname(require.resolve("@electric-sql/pglite-socket")), "scripts", "server.js");
  const child = spawn(process.execPath, [bin, `--db=${dataDir}`, `--port=${port}`, `--max-connections=${maxConnections}`], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForPort(port, child, 60_000);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      if (child.exitCode !== null) return;
      // SIGTERM lets PGlite flush its data folder before it exits.
      child.kill("SIGTERM");
      const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
