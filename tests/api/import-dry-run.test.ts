// Issue 15: a check (dry run) writes nothing and reports exactly what the import then does, for the machine-coded
// importer and for the own events format; and POST /api/import detects the format, runs checks and imports as
// jobs or reports, and refuses what it cannot place, naming the format parameter.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GdeltImportProgress, ImportJobResponse, ImportReportResponse, StartImportJobResponse } from "@/lib/schemas/import";
import { params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken } from "../support/users";

const GDELT2 = "tests/fixtures/gdelt/gdelt2-20191024143000.export.tsv";

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let importGdeltFiles: typeof import("@/lib/import/gdelt-import").importGdeltFiles;
let importRoute: typeof import("@/app/api/import/route");
let jobRoute: typeof import("@/app/api/import/jobs/[id]/route");
let editor: string;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  ({ importGdeltFiles } = await import("@/lib/import/gdelt-import"));
  importRoute = await import("@/app/api/import/route");
  jobRoute = await import("@/app/api/import/jobs/[id]/route");
  prisma = (await import("@/lib/db")).db();
  editor = (await createUserWithToken("editor")).token;
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

/** Everything an import writes, counted: the rows, the links' statistics, the data version and the audit trail. */
async function snapshot() {
  const [row] = await prisma.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT count(*) FROM events)::int AS events,
           (SELECT count(*) FROM event_participants)::int AS participants,
           (SELECT count(*) FROM sources)::int AS sources,
           (SELECT count(*) FROM links)::int AS links,
           (SELECT count(*) FROM link_month_stats)::int AS stats,
           (SELECT version FROM data_version WHERE id = 1)::int AS version,
           (SELECT count(*) FROM audit_entries)::int AS audit`;
  return row!;
}

/** What a check must predict of an import: everything in the report but the timings. */
const outcome = (report: GdeltImportProgress) => ({
  rowsRead: report.rowsRead,
  imported: report.imported,
  linksCreated: report.linksCreated,
  newLinks: report.newLinks,
  skipped: report.skipped,
  examples: report.examples,
});

const post = (query: string, body: BodyInit) =>
  importRoute.POST(new Request(`http://localhost/api/import${query}`, { method: "POST", body, headers: { authorization: `Bearer ${editor}` } }));

async function finished(id: string): Promise<ImportJobResponse["job"]> {
  for (let i = 0; i < 400; i++) {
    const response = await jobRoute.GET(new Request(`http://localhost/api/import/jobs/${id}`, { headers: { authorization: `Bearer ${editor}` } }), params({ id }));
    const { job } = (await response.json()) as ImportJobResponse;
    if (job.status !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} did not finish`);
}

describe("a dry run of the machine-coded importer", () => {
  it("writes nothing and reports what the import then reports, also for ids and pairs repeated across batches", async () => {
    // The export, then its first 700 rows again: with 100-event batches the repeats land in later batches than
    // their first copies, which a rolled-back batch cannot see in the database.
    const lines = readFileSync(GDELT2, "utf8").split("\n").filter(Boolean);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "dry-run-")), "repeated.export.CSV");
    writeFileSync(file, `${[...lines, ...lines.slice(0, 700)].join("\n")}\n`);
    const run = (dryRun: boolean) =>
      importGdeltFiles({ connectionString: database.url, files: [{ path: file }], actorId: null, today: "2026-11-27", batchSize: 100, dryRun });

    const before = await snapshot();
    const check = await run(true);
    expect(await snapshot()).toEqual(before);
    expect(check.dryRun).toBe(true);
    expect(check.imported).toBeGreaterThan(300);
    expect(check.skipped.duplicate).toBeGreaterThan(0);
    expect(check.linksCreated).toBeGreaterThan(0);
    expect(check.newLinks).toHaveLength(Math.min(20, check.linksCreated));

    const real = await run(false);
    expect(real.dryRun).toBe(false);
    expect(outcome(check)).toEqual(outcome(real));
    const after = await snapshot();
    expect(after.events - before.events).toBe(real.imported);
    expect(after.links - before.links).toBe(real.linksCreated);
    expect(after.audit - before.audit).toBe(1);

    // A check of a file already imported predicts "nothing new", as a second import finds.
    const again = await run(true);
    expect(await snapshot()).toEqual(after);
    expect([again.imported, again.linksCreated, again.skipped.duplicate]).toEqual([0, 0, real.skipped.duplicate + real.imported]);
  });
});

describe("POST /api/import", () => {
  it("detects a zipped GDELT file, checks it as a job that writes nothing, then imports it with the same numbers", async () => {
    const zip = readFileSync("tests/fixtures/gdelt/gdelt1-derived-58col.zip");
    const before = await snapshot();
    const response = await post("?dryRun=true&name=daily.zip", zip);
    expect(response.status).toBe(202);
    const started = (await response.json()) as StartImportJobResponse;
    expect(started).toMatchObject({ format: "gdelt", dryRun: true, detected: { format: "gdelt", member: "20191024.export.CSV" }, job: { kind: "gdelt", dryRun: true } });
    expect(response.headers.get("location")).toBe(started.statusUrl);
    const check = await finished(started.job.id);
    expect(check).toMatchObject({ status: "done", dryRun: true, progress: { done: true, dryRun: true, rowsRead: 600 } });
    expect(await snapshot()).toEqual(before);

    const real = await post("?name=daily.zip", zip);
    const job = await finished(((await real.json()) as StartImportJobResponse).job.id);
    expect(job).toMatchObject({ status: "done", dryRun: false });
    expect(outcome(check.progress)).toEqual(outcome(job.progress));
    expect((await snapshot()).events - before.events).toBe(job.progress.imported);
  });

  it("checks an own-format file without writing, then imports it with the same report", async () => {
    const event = (title: string, countries: string[]) => ({
      title, summary: "", date: "2024-05-01", precision: "month", countries, category: "diplomatic_visit", evidence: "reported", score: 2,
      cameoCode: null, sources: [{ url: "https://example.org/x", publisher: "Example", title: "X", publishedOn: null }],
    });
    // Andorra and Bhutan have no link yet; North Korea and Russia have one.
    const file = JSON.stringify([event("Dry-run visit", ["AD", "BT"]), event("Dry-run talks", ["KP", "RU"])]);
    const before = await snapshot();
    const checked = await post("?name=events.json&dryRun=1", file);
    expect(checked.status).toBe(200);
    const check = (await checked.json()) as ImportReportResponse;
    expect(check).toMatchObject({ format: "events-json", dryRun: true, detected: { format: "events-json" } });
    expect(check.report).toMatchObject({ imported: 2, alreadyPresent: 0, linksCreated: 1, newLinks: ["AD-BT"], dryRun: true });
    expect(await snapshot()).toEqual(before);

    const imported = (await (await post("?format=events-json&name=events.json", file)).json()) as ImportReportResponse;
    expect({ ...imported.report, dryRun: true }).toEqual(check.report);
    expect((await snapshot()).events - before.events).toBe(2);
  });

  it("lists every invalid row of an own-format file it checks, and writes nothing", async () => {
    const before = await snapshot();
    const response = await post("?format=events-json&dryRun=true", JSON.stringify([{ title: "" }]));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; issues: { path: (string | number)[] }[] } };
    expect(body.error.message).toMatch(/nothing would be imported/);
    expect(body.error.issues.every((i) => i.path[0] === 1)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a file it cannot place, naming what it saw and the format parameter", async () => {
    const response = await post("?name=notes.txt", "hello\tworld\n");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string; issues: { path: string[]; message: string }[] } };
    expect(error.message).toMatch(/notes\.txt: Its first line has 2 tab-separated columns\. Expected one of: .*GDELT/);
    expect(error.issues[0]!.path).toEqual(["format"]);
  });

  it("detects SIPRI's trade register by its header after the notes, and checks it as a job that writes nothing", async () => {
    const before = await snapshot();
    const register = readFileSync(path.join(process.cwd(), "tests", "fixtures", "sipri", "sipri-trade-register-made-up.csv"));
    const response = await post("?name=register.csv&dryRun=true", register);
    expect(response.status).toBe(202);
    const started = (await response.json()) as { job: { id: string }; format: string; dryRun: boolean };
    expect([started.format, started.dryRun]).toEqual(["sipri", true]);
    const job = await finished(started.job.id);
    expect([job.status, job.progress.imported, job.progress.skipped.former_state]).toEqual(["done", 6, 2]);
    expect(await snapshot()).toEqual(before);
  });

  it("names the parameter of a bad query", async () => {
    for (const [query, field] of [["?dryRun=maybe", "dryRun"], ["?format=xls", "format"]] as const) {
      const response = await post(query, "x");
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { issues: { path: string[] }[] } };
      expect(error.issues.map((i) => i.path[0])).toEqual([field]);
    }
  });
});
