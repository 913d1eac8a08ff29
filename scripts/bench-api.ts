// npm run bench:api [-- --duration 10 --connections 50 --explain]: the read API under load, printed, never
// asserted. Serves the production build (its own build directory, rebuilt when stale) with scripts/serve.ts
// against the synthetic database (default postgresql://root@127.0.0.1:5432/axis_synthetic, filled by
// `npm run seed:synthetic -- --events 1000000`) and, for /api/health (the ceiling) and each read endpoint:
// the first request's latency ("cold": caches are empty), then a short warm-up, then one edit committed to the
// database and the first request after it, then the edit undone, three times ("after one edit", the median; issue 16:
// /api/links within 300 ms, /api/timeline within 1 s), then autocannon at 50 connections for --duration seconds:
// p50/p95/p99, requests/s, errors, non-2xx, response size, and a verdict against issue 7's targets (p95 < 50 ms, at
// least half of /api/health's requests/s, no errors).
// Each endpoint gets a freshly started server, so no endpoint inherits another's caches or its abandoned
// slow requests, and a server that dies under load fails only its own row.
// --explain adds EXPLAIN (ANALYZE, BUFFERS) of the named queries in scripts/bench/queries.ts and of the
// statements the app really sends for each endpoint (captured from node-postgres inside the server).
// Exits 1 only when it cannot set up (no database, no events, no build, no server); missed targets print MISSED.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildIfStale } from "./build-if-stale";
import { explainable, explainQueries, printExplained, readCapturedStatements, type ExplainedQuery } from "./bench/explain";
import { runLoad, stopCurrentLoad, timedGet, type LoadResult, type SingleResponse } from "./bench/load";
import { FILTER_CATEGORIES, FILTER_MIN_EVIDENCE, mainQueries, yearRange } from "./bench/queries";
import { editOneEvent } from "./bench/edit-one-event";
import { endLeftoverQueries, killAllServersNow, startServer, type BenchServer } from "./bench/server";
import { DEFAULT_BENCH_DATABASE_URL, findBenchTargets, SetupError, type BenchTargets } from "./bench/targets";
import { describeDatabaseUrl } from "./db/describe-url";
import { freePort } from "./db/embedded-postgres";
import { projectRoot } from "./db/migrations";
import { ensurePrismaClient } from "./prisma-generate";

const USAGE = `npm run bench:api [-- options]
  --database-url URL   benchmark database (default: BENCH_DATABASE_URL, else ${DEFAULT_BENCH_DATABASE_URL})
  --duration S         seconds of measured load per endpoint (default 10)
  --connections N      concurrent connections (default 50)
  --warmup S           seconds of warm-up per endpoint, in rounds of 2 requests per connection (default 3)
  --timeout S          a request without an answer after S seconds counts as an error (default 10)
  --cold-timeout S     how long the first, cold request may take (default 180)
  --only KEYS          only these rows (health is always measured): ${"health,links,links-year,links-filtered,link,country,timeline,timeline-json,search"}
  --q WORD             search word for /api/events?q= (default: a frequent title word found in the database)
  --gzip               send Accept-Encoding: gzip as browsers do (default: uncompressed responses)
  --explain            after the load, print EXPLAIN (ANALYZE, BUFFERS) of the main queries
  --explain-only       only that, no load
  --dist-dir DIR       Next.js build directory (default .next-bench, so npm start's .next is left alone)
  --port N             port for the web server (default: a free one)`;

const { values: args } = parseArgs({
  options: {
    "database-url": { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    warmup: { type: "string", default: "3" },
    timeout: { type: "string", default: "10" },
    "cold-timeout": { type: "string", default: "180" },
    only: { type: "string" },
    q: { type: "string" },
    gzip: { type: "boolean", default: false },
    explain: { type: "boolean", default: false },
    "explain-only": { type: "boolean", default: false },
    "dist-dir": { type: "string", default: ".next-bench" },
    port: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} must be a positive number (got ${value}).\n\n${USAGE}`);
    process.exit(1);
  }
  return n;
}
const DURATION = positive("duration", args.duration);
const CONNECTIONS = Math.round(positive("connections", args.connections));
const WARMUP = Number(args.warmup) >= 0 ? Number(args.warmup) : positive("warmup", args.warmup);
const TIMEOUT = positive("timeout", args.timeout);
const COLD_TIMEOUT = positive("cold-timeout", args["cold-timeout"]);
const DATABASE_URL = args["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
const DIST_DIR = args["dist-dir"]!;
const HEADERS: Record<string, string> = { accept: "application/json", ...(args.gzip ? { "accept-encoding": "gzip" } : {}) };
const TARGET_P95_MS = 50;

interface Endpoint {
  key: string;
  label: string;
  path: string;
  /** The most the first request after one edit may take (issue 16), where there is a target. */
  afterEditTargetMs?: number;
  /** Whether issue 7's load targets apply (not to the timeline: one large answer per visit, not an API call rate). */
  loadTargets?: false;
}

function endpointsFor(t: BenchTargets): Endpoint[] {
  const { from, to } = yearRange(t);
  const filters = `category=${FILTER_CATEGORIES.join(",")}&minEvidence=${FILTER_MIN_EVIDENCE}&from=${from}&to=${to}`;
  return [
    { key: "health", label: "health (ceiling)", path: "/api/health" },
    { key: "links", label: "links, whole range", path: "/api/links", afterEditTargetMs: 300 },
    { key: "links-year", label: `links, ${t.year}`, path: `/api/links?from=${from}&to=${to}` },
    { key: "links-filtered", label: `links, ${t.year}, 2 categories, minEvidence=${FILTER_MIN_EVIDENCE}`, path: `/api/links?${filters}` },
    { key: "link", label: `busiest link (${t.busiestLink.events.toLocaleString("en")} events)`, path: `/api/links/${t.busiestLink.id}` },
    { key: "country", label: `busiest country (${t.busiestCountry.events.toLocaleString("en")} events)`, path: `/api/countries/${t.busiestCountry.id}` },
    { key: "timeline", label: "timeline, binary (the dashboard's)", path: "/api/timeline?format=binary", afterEditTargetMs: 1000, loadTargets: false },
    { key: "timeline-json", label: "timeline, JSON", path: "/api/timeline", afterEditTargetMs: 1000, loadTargets: false },
    { key: "search", label: `search (${t.searchWord.matches.toLocaleString("en")} matches)`, path: `/api/events?q=${encodeURIComponent(t.searchWord.word)}` },
  ];
}

interface Row {
  endpoint: Endpoint;
  cold: SingleResponse;
  warmupRequests: number;
  /** Warm-up requests that failed or timed out. */
  warmupErrors: number;
  load: LoadResult | null;
  /** The first request after one edit committed (scripts/bench/edit-one-event.ts), on the warm, idle server: the median of AFTER_EDIT_RUNS. */
  afterEdit: SingleResponse | null;
  /** Why the row has no or partial figures: the server died, the run was cut short. */
  failure?: string;
  /** What the server logged when its first answer was an error. */
  serverLog?: string;
}

// ---- cleanup: every server and query we started ends, on success, failure and Ctrl-C alike ----
let activeServer: BenchServer | null = null;
let interrupted = false;
let captureDir: string | null = null;

async function cleanup(): Promise<void> {
  stopCurrentLoad();
  const server = activeServer;
  activeServer = null;
  if (server) {
    await server.stop().catch(() => undefined);
    await endLeftoverQueries(DATABASE_URL).catch(() => undefined);
  }
  if (captureDir) rmSync(captureDir, { recursive: true, force: true });
  captureDir = null;
}

function onSignal(signal: NodeJS.Signals) {
  if (interrupted) {
    // A second Ctrl-C: no more waiting.
    killAllServersNow();
    process.exit(130);
  }
  interrupted = true;
  console.error(`\n${signal}: stopping the server and the load...`);
  void cleanup().finally(() => process.exit(130));
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
process.on("SIGHUP", onSignal);
process.on("exit", killAllServersNow);

async function launch(env?: Record<string, string>): Promise<BenchServer> {
  const port = args.port ? Number(args.port) : await freePort();
  activeServer = await startServer({ port, databaseUrl: DATABASE_URL, distDir: DIST_DIR, env });
  return activeServer;
}

async function shutdown(): Promise<void> {
  const server = activeServer;
  activeServer = null;
  if (!server) return;
  await server.stop();
  await endLeftoverQueries(DATABASE_URL);
}

function crashed(server: BenchServer): string | undefined {
  const exit = server.exit;
  if (!exit || exit.expected) return undefined;
  const tail = server.tail(8).replace(/^/gm, "      ");
  return `the server died (exit code ${exit.code}, signal ${exit.signal})${tail ? `; its last words:\n${tail}` : ""}`;
}

/** How many single edits the "after one edit" figure is the median of. */
const AFTER_EDIT_RUNS = 3;

/**
 * Takes an endpoint's URL and a number of runs. Each run commits one edit (edit-one-event.ts), times the next request,
 * then undoes the edit. Returns the run with the median time (a failed run counts as the slowest).
 */
async function timeAfterEdits(url: string, runs: number): Promise<SingleResponse> {
  const results: SingleResponse[] = [];
  for (let run = 0; run < runs && !interrupted; run++) {
    const undo = await editOneEvent(DATABASE_URL);
    try {
      results.push(await timedGet(url, HEADERS, COLD_TIMEOUT * 1000));
    } finally {
      await undo();
    }
  }
  results.sort((a, b) => (a.error ? Infinity : a.ms) - (b.error ? Infinity : b.ms));
  return results[Math.floor((results.length - 1) / 2)]!;
}

async function measure(endpoint: Endpoint): Promise<Row> {
  const server = await launch();
  const url = server.base + endpoint.path;
  try {
    const cold = await timedGet(url, HEADERS, COLD_TIMEOUT * 1000);
    let failure = crashed(server);
    const serverLog = (!failure && (cold.error || cold.status >= 500) && server.tail(12)) || undefined;
    let warmupRequests = 0;
    let warmupErrors = 0;
    if (!failure && !interrupted && WARMUP > 0) {
      // Warm-up in rounds of a fixed number of requests that are all allowed to finish, so no slow warm-up
      // request is still running when the measurement starts.
      const started = performance.now();
      do {
        const round = await runLoad({ url, connections: CONNECTIONS, headers: HEADERS, amount: CONNECTIONS * 2, timeoutSeconds: TIMEOUT, maxSeconds: TIMEOUT * 3 + 10 });
        warmupRequests += round.responses;
        warmupErrors += round.errors;
      } while (performance.now() - started < WARMUP * 1000 && !server.exit && !interrupted);
      failure = crashed(server);
    }
    // After the warm-up (whose requests have all finished) and before the load run, so the server is idle: a request
    // left over from the load would be timed with it.
    let afterEdit: SingleResponse | null = null;
    if (!failure && !interrupted && endpoint.key !== "health") {
      afterEdit = await timeAfterEdits(url, AFTER_EDIT_RUNS);
      failure = crashed(server);
    }
    let load: LoadResult | null = null;
    if (!failure && !interrupted) {
      load = await runLoad({ url, connections: CONNECTIONS, headers: HEADERS, duration: DURATION, timeoutSeconds: TIMEOUT, maxSeconds: DURATION + TIMEOUT + 30 });
      failure = crashed(server);
    }
    return { endpoint, cold, warmupRequests, warmupErrors, load, afterEdit, failure, serverLog };
  } finally {
    await shutdown();
  }
}

// ---- formatting ----
const num = (v: number) => (v >= 100 ? Math.round(v).toLocaleString("en") : v.toFixed(1));
const ms = (v: number | null | undefined) => (v == null ? "–" : `${num(v)} ms`);
/** A latency percentile of a run; when nothing came back, every request took longer than the run. */
const pct = (l: LoadResult, v: number | null) => (v == null && l.unanswered > 0 ? `> ${l.seconds.toFixed(0)} s` : ms(v));
const int = (v: number) => Math.round(v).toLocaleString("en");
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
function coldText(cold: SingleResponse): string {
  if (cold.error) return `failed after ${ms(cold.ms)} (${cold.error})`;
  return `${ms(cold.ms)}${cold.status >= 200 && cold.status < 300 ? "" : ` (HTTP ${cold.status})`}`;
}
function sizeText(cold: SingleResponse): string {
  if (cold.error || !cold.bytes) return "–";
  return args.gzip ? `${size(cold.bytes)} gzip` : `${size(cold.bytes)} (gzip ${size(cold.gzipBytes)})`;
}

function verdict(row: Row, ceiling: number | null): { pass: boolean; text: string } {
  const reasons: string[] = [];
  const load = row.load;
  if (row.failure) reasons.push(row.failure.split(";")[0]!);
  if (load) {
    if (load.responses === 0) reasons.push(`no answer within the ${load.seconds.toFixed(0)} s run (${int(load.unanswered)} requests waiting)`);
    if (load.errors) reasons.push(`${int(load.errors)} errors${load.timeouts ? ` (${int(load.timeouts)} timeouts)` : ""}`);
    if (load.non2xx) reasons.push(`${int(load.non2xx)} non-2xx`);
    if (row.endpoint.key !== "health" && row.endpoint.loadTargets !== false) {
      if (load.p95 != null && load.p95 >= TARGET_P95_MS) reasons.push(`p95 ${ms(load.p95)} ≥ ${TARGET_P95_MS} ms`);
      if (ceiling != null && load.requestsPerSecond < ceiling / 2) reasons.push(`${int(load.requestsPerSecond)} req/s < ${int(ceiling / 2)} (half of health)`);
      if (ceiling == null) reasons.push("no /api/health figure to compare with");
    }
  } else if (!row.failure) {
    reasons.push(interrupted ? "interrupted" : "not measured");
  }
  if (!row.cold.error && (row.cold.status < 200 || row.cold.status >= 300)) reasons.push(`first request answered HTTP ${row.cold.status}`);
  if (row.cold.error) reasons.push(`first request failed (${row.cold.error})`);
  const target = row.endpoint.afterEditTargetMs;
  if (row.afterEdit?.error) reasons.push(`request after one edit failed (${row.afterEdit.error})`);
  else if (row.afterEdit && target != null && row.afterEdit.ms > target) reasons.push(`after one edit ${ms(row.afterEdit.ms)} > ${ms(target)}`);
  if (reasons.length === 0) return { pass: true, text: row.endpoint.key === "health" ? "ceiling" : "PASS" };
  return { pass: false, text: `MISSED: ${reasons.join("; ")}` };
}

function printRow(row: Row, ceiling: number | null): void {
  const l = row.load;
  const v = verdict(row, ceiling);
  console.log(`  ${row.endpoint.path}`);
  console.log(
    `    cold ${coldText(row.cold)}, after one edit ${row.afterEdit ? coldText(row.afterEdit) : "–"}, size ${sizeText(row.cold)}; warm-up ${int(row.warmupRequests)} requests` +
      (row.warmupErrors ? ` (and ${int(row.warmupErrors)} errors or timeouts)` : ""),
  );
  if (l) {
    console.log(
      `    p50 ${pct(l, l.p50)}  p95 ${pct(l, l.p95)}  p99 ${pct(l, l.p99)}  max ${pct(l, l.max)}  ${int(l.requestsPerSecond)} req/s  ` +
        `(${int(l.responses)} responses in ${l.seconds.toFixed(1)} s, ${int(l.unanswered)} unanswered at the end; ${int(l.errors)} errors, ${int(l.timeouts)} timeouts, ${int(l.non2xx)} non-2xx)`,
    );
  }
  if (row.failure) console.log(`    ${row.failure}`);
  if (!row.cold.error && (row.cold.status < 200 || row.cold.status >= 300)) console.log(`    first answer: HTTP ${row.cold.status} ${row.cold.snippet.slice(0, 200)}`);
  if (l && l.non2xx) console.log(`    statuses: ${Object.entries(l.statuses).map(([code, n]) => `${code}×${int(n)}`).join(", ")}`);
  if (row.serverLog) console.log(`    the server's log after the first request:\n${row.serverLog.replace(/^/gm, "      ")}`);
  console.log(`    ${v.pass ? (row.endpoint.key === "health" ? "(the ceiling)" : "PASS") : v.text}`);
}

function gitRevision(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return dirty ? `${head} + local changes` : head;
  } catch {
    return "unknown";
  }
}

const LOAD_BEFORE = os.loadavg()[0]!;

function machineLine(t: BenchTargets): string {
  const cpus = os.cpus();
  return (
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ` +
    `Node ${process.version}, PostgreSQL ${t.postgresVersion} on ${new URL(DATABASE_URL).hostname}, ` +
    `${int(t.publicEvents)} events${t.events !== t.publicEvents ? ` (+${int(t.events - t.publicEvents)} retired)` : ""} in ${int(t.links)} links, code ${gitRevision()}, ` +
    `load average ${LOAD_BEFORE.toFixed(1)} before the run (other work on the machine skews the figures)`
  );
}

function printTable(rows: Row[], t: BenchTargets, ceiling: number | null): void {
  console.log(`\n## npm run bench:api (${CONNECTIONS} connections, ${DURATION} s per endpoint${args.gzip ? ", gzip" : ""})\n`);
  console.log(`| Endpoint | Cold | After one edit | p50 | p95 | p99 | req/s | Errors | Non-2xx | Size | Verdict |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |`);
  for (const row of rows) {
    const l = row.load;
    const v = verdict(row, ceiling);
    const cells = [
      `\`${row.endpoint.path}\`${["link", "country", "search"].includes(row.endpoint.key) ? ` (${row.endpoint.label})` : ""}`,
      row.cold.error ? "failed" : ms(row.cold.ms),
      row.afterEdit ? (row.afterEdit.error ? "failed" : `${ms(row.afterEdit.ms)}${row.endpoint.afterEditTargetMs != null ? ` (≤ ${ms(row.endpoint.afterEditTargetMs)})` : ""}`) : "–",
      l ? pct(l, l.p50) : "–",
      l ? pct(l, l.p95) : "–",
      l ? pct(l, l.p99) : "–",
      l ? int(l.requestsPerSecond) : "–",
      l ? `${int(l.errors)}${l.timeouts ? ` (${int(l.timeouts)} timeouts)` : ""}` : "–",
      l ? int(l.non2xx) : "–",
      sizeText(row.cold),
      v.pass ? (row.endpoint.key === "health" ? "ceiling" : "PASS") : `**${v.text}**`,
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  console.log(`\nTargets: p95 < ${TARGET_P95_MS} ms, at least half of /api/health's req/s${ceiling != null ? ` (${int(ceiling / 2)})` : ""}, no errors or non-2xx (the timeline: no errors); the first request after one edit within the figure in brackets.`);
  console.log(`Machine: ${machineLine(t)}.`);
  const measured = rows.filter((r) => r.endpoint.key !== "health");
  const passed = measured.filter((r) => verdict(r, ceiling).pass).length;
  console.log(passed === measured.length ? `\nAll ${measured.length} endpoints met the targets.` : `\nMISSED: ${measured.length - passed} of ${measured.length} endpoints missed the targets.`);
}

// ---- EXPLAIN ----
async function explainStep(t: BenchTargets, endpoints: Endpoint[]): Promise<void> {
  console.log(`\n## EXPLAIN (ANALYZE, BUFFERS): the named queries of scripts/bench/queries.ts`);
  printExplained(await explainQueries(DATABASE_URL, mainQueries(t)));

  console.log(`\n## EXPLAIN (ANALYZE, BUFFERS): what the app sends, captured inside a fresh server, one request per endpoint`);
  captureDir = mkdtempSync(path.join(os.tmpdir(), "axis-bench-sql-"));
  const log = path.join(captureDir, "statements.jsonl");
  const capture = pathToFileURL(path.join(projectRoot, "scripts", "bench", "capture-sql.mjs")).href;
  const results: ExplainedQuery[] = [];
  console.log("");
  try {
    for (const endpoint of endpoints.filter((e) => e.key !== "health")) {
      if (interrupted) break;
      // A server per endpoint, as for the load: a request that outlives its timeout cannot leave its
      // statements in the next endpoint's capture, and no endpoint is answered from another's cache.
      writeFileSync(log, "");
      const server = await launch({ BENCH_SQL_LOG: log, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${capture}`.trim() });
      const answer = await timedGet(server.base + endpoint.path, HEADERS, COLD_TIMEOUT * 1000);
      const after = statSync(log).size;
      await shutdown();
      const { queries, skipped } = explainable(readCapturedStatements(log, 0, after), endpoint.path);
      const notes: string[] = [];
      if (answer.error) notes.push(`failed (${answer.error}); the statements it sent until then are explained`);
      else if (answer.status >= 400) notes.push(`answered HTTP ${answer.status}; its statements are still explained`);
      if (!queries.length) notes.push("no reading statement captured: served from a cache, or the capture did not load");
      if (skipped) notes.push(`${skipped} quicker statements not shown`);
      console.log(`${endpoint.path}: ${ms(answer.ms)}, ${queries.length + skipped} distinct reading statements${notes.length ? `; ${notes.join("; ")}` : ""}`);
      results.push(...(await explainQueries(DATABASE_URL, queries)));
    }
  } finally {
    await shutdown();
    rmSync(captureDir, { recursive: true, force: true });
    captureDir = null;
  }
  printExplained(results);
}

// ---- main ----
try {
  console.log(`Benchmark database: ${describeDatabaseUrl(DATABASE_URL)}`);
  const targets = await findBenchTargets(DATABASE_URL, { searchWord: args.q });
  console.log(
    `  ${int(targets.publicEvents)} public events, ${int(targets.links)} links; busiest link ${targets.busiestLink.id} ` +
      `(${int(targets.busiestLink.events)} events, from ${targets.busiestLink.via}), busiest country ${targets.busiestCountry.id} ` +
      `${targets.busiestCountry.name} (${int(targets.busiestCountry.events)} events), search word "${targets.searchWord.word}" ` +
      `(${int(targets.searchWord.matches)} matches), year ${targets.year}`,
  );

  ensurePrismaClient();
  process.env.NEXT_DIST_DIR = DIST_DIR;
  if (buildIfStale(DIST_DIR) === "built") console.log(`Built the production bundle into ${DIST_DIR}/.`);

  const only = args.only ? new Set(["health", ...args.only.split(",").map((s) => s.trim())]) : null;
  const endpoints = endpointsFor(targets).filter((e) => !only || only.has(e.key));
  if (only) {
    const unknown = [...only].filter((k) => !endpointsFor(targets).some((e) => e.key === k));
    if (unknown.length) throw new SetupError(`--only: unknown rows ${unknown.join(", ")}\n\n${USAGE}`);
  }

  if (!args["explain-only"]) {
    console.log(`\nLoad: ${CONNECTIONS} connections, ${DURATION} s per endpoint after ${WARMUP} s of warm-up; a fresh server for each endpoint.\n`);
    const rows: Row[] = [];
    let ceiling: number | null = null;
    for (const endpoint of endpoints) {
      if (interrupted) break;
      process.stdout.write(`${endpoint.label}...\n`);
      const row = await measure(endpoint);
      if (endpoint.key === "health" && row.load && !row.failure) ceiling = row.load.requestsPerSecond;
      rows.push(row);
      printRow(row, ceiling);
    }
    if (!interrupted) printTable(rows, targets, ceiling);
  }
  if ((args.explain || args["explain-only"]) && !interrupted) await explainStep(targets, endpoints);
} catch (error) {
  if (!interrupted) {
    console.error(`\n${error instanceof SetupError ? "" : "bench:api could not run: "}${error instanceof Error ? error.message : String(error)}`);
    await cleanup();
    process.exit(1);
  }
}
await cleanup();
if (!interrupted) process.exit(0);
