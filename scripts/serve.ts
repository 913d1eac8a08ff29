// The production web server: Next.js's request handler in a Node.js HTTP server of our own, which is all
// `next start` is too, plus the one thing it cannot do: decide, from the socket's peer, which forwarded headers
// to believe before Next.js sees the request. Next.js fills X-Forwarded-For and friends in only when they are
// missing, so under `next start` a client's made-up X-Forwarded-For reaches the app as its address; here it is
// replaced by the socket's address, or by what trusted proxies (TRUSTED_PROXIES) say (lib/http/trusted-proxies.ts).
//
// Usage: node --import tsx scripts/serve.ts [--port 3000] [--hostname 127.0.0.1]   (PORT also sets the port; the
// default hostname is every interface). Serves the build in NEXT_DIST_DIR or .next (npm run build). On SIGTERM or
// SIGINT it stops taking connections, finishes the requests in flight, and exits 0. npm start, the e2e server,
// the resilience tests and bench:api all run it (scripts/serve-command.ts).
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import compression from "compression";
import { ZodError } from "zod";
import { launchEnv, type LaunchEnv } from "../lib/env";
import { PRECOMPRESSED_HEADER, PRECOMPRESSION_ENV } from "../lib/http/precompressed-header";
import { compileTrustedProxies, rewriteForwardedHeaders, type ProxyTrust } from "../lib/http/trusted-proxies";
import { varyPagesByReader } from "../lib/http/vary-pages";

const projectRoot = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
// The environment through the app's own schema (lib/env.ts), with --port in place of PORT when given.
let env: LaunchEnv;
try {
  env = launchEnv(values.port === undefined ? process.env : { ...process.env, PORT: values.port });
} catch (error) {
  fail(error instanceof ZodError ? error.issues.map((i) => i.message).join("; ") : String(error));
}
const port = env.PORT;

// What `next start` sets before it loads anything.
Object.assign(process.env, { NODE_ENV: "production", PORT: String(port) });
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

let trust: ProxyTrust;
try {
  trust = compileTrustedProxies(env.TRUSTED_PROXIES);
} catch (error) {
  fail(`TRUSTED_PROXIES: ${(error as Error).message}`);
}

// Compression here rather than in Next.js (next.config.js compress: false): the same package next start uses, plus
// answers the app compressed once per data version, which name their coding in PRECOMPRESSED_HEADER
// (lib/http/precompressed.ts) because Next.js drops a route's Content-Encoding.
process.env[PRECOMPRESSION_ENV] = "1";
// Typed for Express, but a plain connect-style (req, res, next) middleware on Node's own request and response.
const compress = compression() as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/** Makes `res` send PRECOMPRESSED_HEADER as Content-Encoding, so the compression middleware leaves the body alone. */
function passPrecompressed(res: http.ServerResponse) {
  const rename = (name: string) => (name.toLowerCase() === PRECOMPRESSED_HEADER ? "content-encoding" : name);
  const setHeader = res.setHeader.bind(res);
  const appendHeader = res.appendHeader.bind(res);
  res.setHeader = (name, value) => setHeader(rename(name), value);
  res.appendHeader = (name, value) => appendHeader(rename(name), value);
}

const { default: next } = await import("next");
const app = next({ dev: false, dir: projectRoot, hostname: values.hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

let closing = false;
const server = http.createServer((req, res) => {
  rewriteForwardedHeaders(req, trust);
  if (closing) {
    // A request on a connection kept alive from before the signal: answer it, then let the connection go.
    res.setHeader("connection", "close");
  }
  res.once("finish", () => {
    if (closing) server.closeIdleConnections();
  });
  passPrecompressed(res);
  varyPagesByReader(res);
  compress(req, res, () => {
    handle(req, res).catch((error: unknown) => {
      console.error(`Failed to handle ${req.method} ${req.url}:`, error);
      if (res.headersSent) res.destroy();
      else {
        res.statusCode = 500;
        res.end("Internal Server Error");
      }
    });
  });
});

// Idle keep-alive connections live longer than a client or proxy keeps one before reusing it (Node's default, 5 s,
// is shorter than most: nginx's upstream keepalive_timeout is 60 s). A request sent on a connection the server is
// closing at that moment fails with ECONNRESET; CI saw exactly that from a test client that paused 5 s between two
// requests. headersTimeout must exceed keepAliveTimeout (Node's documentation).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("error", (error) => fail(`Could not serve on port ${port}: ${error.message}`));
server.listen(port, values.hostname, () => {
  const proxies = env.TRUSTED_PROXIES?.trim() || "none";
  console.log(`Serving on http://${values.hostname ?? "localhost"}:${port} (trusted proxies: ${proxies})`);
});

async function shutdown() {
  if (closing) return;
  closing = true;
  // Stop accepting connections; the callback runs once every open one has ended, i.e. the requests in flight
  // are answered. Idle kept-alive connections are closed now, busy ones when their answer is sent.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
