// npm test: everything, in order of speed: type check, unit tests, integration tests against a real
// PostgreSQL (DATABASE_URL's server, or throwaway embedded ones), then the Playwright suite in Chromium.
// `npm test -- typecheck|cycles|unit|integration|e2e` runs one stage. Prints one "N passed, N failed" line at the end.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./db/migrations";
import { ensurePrismaClient } from "./prisma-generate";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const stages = process.argv.slice(2);
const want = (stage: string) => stages.length === 0 || stages.includes(stage);
const reports = path.join(projectRoot, "test-results");
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(name);
  return result.status === 0;
}

function bin(name: string): string {
  return path.join(projectRoot, "node_modules", ".bin", name);
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
}

ensurePrismaClient();

if (want("typecheck")) run("type check", bin("tsc"), ["--noEmit"]);
// No import cycles anywhere in the project's own code (type-only imports count: they still knot modules together).
if (want("typecheck") || want("cycles")) run("import cycles", process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts", "check-cycles.ts")]);

for (const project of ["unit", "integration"]) {
  if (!want(project)) continue;
  const out = path.join(reports, `${project}-report.json`);
  rmSync(out, { force: true });
  run(`${project} tests`, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  countVitest(out);
}

if (want("e2e")) {
  if (!process.env.DATABASE_URL) {
    console.log("\nNote: without DATABASE_URL the resilience tests (e2e/resilience: database outage, SIGTERM, two app processes,");
    console.log("a killed import) and the forwarded-header tests behind nginx (e2e/http) do not run; they need a real PostgreSQL server.");
  }
  // Two runs, each on its own freshly seeded database (playwright.config.ts): the read-only dashboard specs, then
  // the specs that write (admin, live updates, import) and start their own servers (resilience, http), in order.
  // One failing dashboard test must not leave the writers unrun, as a single run's project dependencies would.
  const writers = ["admin", "live-updates", "import", ...(process.env.DATABASE_URL ? ["resilience", "http"] : [])];
  const e2eRuns: [name: string, projects: string[], env: Record<string, string>][] = [
    ["end-to-end tests (Chromium): the dashboard", ["dashboard"], {}],
    ["end-to-end tests (Chromium): admin, imports, faults, HTTP", writers, { E2E_WRITERS: "1" }],
  ];
  e2eRuns.forEach(([name, projects, env], index) => {
    const out = path.join(reports, `e2e-report-${index + 1}.json`);
    rmSync(out, { force: true });
    const args = ["test", ...projects.flatMap((project) => ["--project", project])];
    run(name, bin("playwright"), args, { ...env, E2E_REPORT: out });
    countPlaywright(out);
  });
}

console.log(`\n${failures.length ? `Failed stages: ${failures.join(", ")}` : "All stages passed."}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
