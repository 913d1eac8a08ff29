// Issue 7: a GDELT import killed halfway and run again ends with exactly the events of one clean import.
// The import is held inside its third batch (by an uncommitted row with one of that batch's ids, which its
// COPY must wait for), killed with SIGKILL there, then run again to completion; a clean import of the same
// file into another fresh database is the reference.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import type pg from "pg";
import { projectRoot } from "./support/app-process";
import { createSeededDatabases, type AppDatabase } from "./support/database";
import { externalIdOfRow, writeGdeltFile } from "./support/gdelt-file";

const ROWS = 20_000; // four batches of the importer's 5,000
const BATCH = 5_000;

let interrupted: AppDatabase;
let clean: AppDatabase;
const running = new Set<ReturnType<typeof spawn>>();

test.beforeAll(async () => {
  test.setTimeout(180_000); // two fresh databases, on a machine that may be busy
  [interrupted, clean] = await createSeededDatabases(2);
});

test.afterAll(async () => {
  for (const child of running) child.kill("SIGKILL");
  await Promise.all([interrupted?.drop(), clean?.drop()]);
});

/** `npm run import:gdelt -- FILE`, as its node command (so SIGKILL reaches the importer, not npm). */
function importGdelt(databaseUrl: string, file: string) {
  const child = spawn(
    process.execPath,
    ["--max-semi-space-size=32", "--import", "tsx", "--conditions=react-server", "scripts/import-gdelt.ts", file],
    { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  running.add(child);
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.once("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal, output });
    }),
  );
  return { child, exited };
}

async function scalar(client: pg.Client, sql: string, params: unknown[] = []): Promise<number> {
  return Number(Object.values((await client.query(sql, params)).rows[0] as object)[0]);
}

/** Everything an import writes, one line per row, in a stable order (ids generated per run left out). */
async function importedData(database: AppDatabase) {
  const client = await database.connect();
  try {
    const lines = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line);
    return {
      events: await lines(`SELECT concat_ws('|', external_id, title, summary, occurred_on, occurred_end, precision, category, evidence,
        score, cameo_code, origin, retired) AS line FROM events WHERE origin = 'machine' ORDER BY external_id`),
      participants: await lines(`SELECT e.external_id || '|' || string_agg(p.country_id, ',' ORDER BY p.country_id) AS line
        FROM events e JOIN event_participants p ON p.event_id = e.id WHERE e.origin = 'machine' GROUP BY e.external_id ORDER BY 1`),
      sources: await lines(`SELECT concat_ws('|', e.external_id, s.position, s.url, s.publisher, s.title, s.published_on) AS line
        FROM events e JOIN sources s ON s.event_id = e.id WHERE e.origin = 'machine' ORDER BY e.external_id, s.position`),
      links: await lines(`SELECT id || '|' || title AS line FROM links ORDER BY id`),
      importAuditEntries: await scalar(client, `SELECT count(*) FROM audit_entries WHERE entity_type = 'import'`),
    };
  } finally {
    await client.end();
  }
}

test("a GDELT import killed halfway and run again ends with exactly the events of one clean import", async ({}, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath("gdelt-20000.export.tsv");
  writeGdeltFile(file, ROWS);

  const blocker = await interrupted.connect();
  const monitor = await interrupted.connect();
  const ours = [await scalar(blocker, "SELECT pg_backend_pid()"), await scalar(monitor, "SELECT pg_backend_pid()")];
  try {
    // Hold the third batch: an uncommitted row carrying one of its external ids makes the importer's COPY wait.
    await blocker.query("BEGIN");
    await blocker.query(
      `INSERT INTO events (id, title, occurred_on, occurred_end, precision, category, evidence, score, origin, external_id)
       VALUES (gen_random_uuid(), 'blocker', '2020-01-01', '2020-01-01', 'day', 'other', 'reported', 0, 'curated', $1)`,
      [externalIdOfRow(2 * BATCH + 1234)],
    );

    const first = importGdelt(interrupted.url, file);
    const machineEvents = () => scalar(monitor, "SELECT count(*) FROM events WHERE origin = 'machine'");
    const waitingOnLock = () =>
      scalar(monitor, "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'", [interrupted.name]);
    // Two batches committed, the third written halfway and waiting: kill it there.
    await expect
      .poll(async () => (first.child.exitCode === null ? [await machineEvents(), await waitingOnLock()] : `exited: ${(await first.exited).output}`), {
        timeout: 90_000,
      })
      .toEqual([2 * BATCH, 1]);
    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    await blocker.query("ROLLBACK");
    // The killed importer's session ends when PostgreSQL notices its client is gone; its batch rolls back.
    await expect
      .poll(() => scalar(monitor, "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid NOT IN ($2, $3)", [interrupted.name, ...ours]))
      .toBe(0);
    expect(await machineEvents()).toBe(2 * BATCH);
    expect(await scalar(monitor, "SELECT count(*) FROM audit_entries WHERE entity_type = 'import'")).toBe(0);
  } finally {
    await blocker.end();
    await monitor.end();
  }

  // Run again (it skips what is already there), and import the same file cleanly elsewhere.
  const [rerun, reference] = await Promise.all([importGdelt(interrupted.url, file).exited, importGdelt(clean.url, file).exited]);
  expect(rerun.code, rerun.output).toBe(0);
  expect(reference.code, reference.output).toBe(0);
  expect(rerun.output).toMatch(/Imported 10,000 events/);
  expect(reference.output).toMatch(/Imported 20,000 events/);

  const [after, expected] = await Promise.all([importedData(interrupted), importedData(clean)]);
  expect(expected.events).toHaveLength(ROWS);
  // Row by row, so a failure names the events that are missing or extra rather than printing 20,000 lines.
  const have = new Set(after.events);
  const want = new Set(expected.events);
  expect(expected.events.filter((line) => !have.has(line)).slice(0, 5), "missing after the re-run").toEqual([]);
  expect(after.events.filter((line) => !want.has(line)).slice(0, 5), "extra after the re-run").toEqual([]);
  expect(after.events.length).toBe(ROWS);
  expect(after.participants).toEqual(expected.participants);
  expect(after.sources).toEqual(expected.sources);
  expect(after.links).toEqual(expected.links);
  expect(after.importAuditEntries).toBe(1);
  expect(expected.importAuditEntries).toBe(1);
});
