// The command that runs the production web server (scripts/serve.ts), for every place that starts one: npm start,
// the e2e server, the resilience tests' app processes and bench:api. One place, so none of them falls back to
// `next start`, which believes any client's X-Forwarded-For.
import path from "node:path";

const serveScript = path.resolve(import.meta.dirname, "serve.ts");

/**
 * The argv (executable first) that serves the production build on `port` (and only on `hostname` when given),
 * run with the current Node.js and tsx from the project's node_modules. Run it with the project root as cwd.
 */
export function serveCommand(port: number, hostname?: string): [string, ...string[]] {
  return [process.execPath, "--import", "tsx", serveScript, "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
}
