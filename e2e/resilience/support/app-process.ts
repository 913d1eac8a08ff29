// Starts the production build (scripts/serve.ts, the server npm start runs) as a separate process on its own
// port, so a test can cut its database, signal it, or run two of them side by side. The e2e web server has
// built the bundle before any test runs (scripts/e2e-server.ts builds it when stale).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { serveCommand } from "../../../scripts/serve-command";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..", "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";

// One secret for every process, as a deployment with several app processes must have.
export const AUTH_SECRET = "resilience-tests-secret-0123456789abcdef";

export interface AppProcess {
  port: number;
  baseURL: string;
  child: ChildProcess;
  /** stdout and stderr so far, for failure messages. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Ends the process and everything it started (SIGKILL), and waits for it. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Spawns a command in the project with output captured, and waits until GET /api/health answers 200. */
export async function startApp(options: { databaseUrl: string; command?: string[]; env?: Record<string, string> }): Promise<AppProcess> {
  if (!existsSync(path.join(projectRoot, distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}/: the e2e web server (scripts/e2e-server.ts) builds it first.`);
  }
  const port = await freePort();
  const command = options.command ?? serveCommand(port);
  const child = spawn(command[0]!, command.slice(1), {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_SECRET: AUTH_SECRET,
      AUTH_INSECURE_COOKIES: "1",
      ...options.env,
    },
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const app: AppProcess = {
    port,
    baseURL: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) killTree(child.pid!);
      await exited;
    },
  };

  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${command.join(" ")} exited before it was ready:\n${output}`);
    const ok = await fetch(`${app.baseURL}/api/health`).then((r) => r.ok, () => false);
    if (ok) return app;
    if (Date.now() > deadline) {
      await app.kill();
      throw new Error(`${command.join(" ")} did not answer /api/health within 150 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** SIGKILLs a process and its descendants (scripts/start.ts runs the web server as a child), ignoring ones already gone. */
export function killTree(pid: number): void {
  const table = execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const doomed = [pid];
  for (let i = 0; i < doomed.length; i++) for (const [child, parent] of table) if (parent === doomed[i]) doomed.push(child);
  for (const target of doomed) {
    try {
      process.kill(target, "SIGKILL");
    } catch {
      // already exited
    }
  }
}
