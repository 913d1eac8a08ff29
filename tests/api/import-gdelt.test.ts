// GDELT import: what it keeps and why, idempotence (a second import and a killed-then-rerun import), the
// three layouts, zip files, the rejected-row report, and the upload endpoint with its job progress.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import pg from "pg";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GdeltImportProgress, ImportJobResponse } from "@/lib/schemas/import";
import { params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken } from "../support/users";

const FIXTURES = "tests/fixtures/gdelt";
/** The server tests make their databases on (unset: embedded ones), read before beforeAll points DATABASE_URL at this file's. */
const SERVER_URL = process.env.DATABASE_URL;
const GDELT2 = `${FIXTURES}/gdelt2-20191024143000.export.tsv`;

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let importGdeltFiles: typeof import("@/lib/import/gdelt-import").importGdeltFiles;
let uploadRoute: typeof import("@/app/api/import/gdelt/route");
let jobRoute: typeof import("@/app/api/import/jobs/[id]/route");
let editor: string;
let viewer: string;

/**
 * Counts, without the importer's code, the rows a GDELT file should yield: distinct GLOBALEVENTIDs whose two
 * actor country codes are ISO alpha-3 codes of two different atlas countries (or CAMEO's own ROM/TMP/MTN).
 */
/** expectedEvents' count for rows given as lines. */
function expectedEventsOf(lines: readonly string[]): number {
  const dir = mkdtempSync(path.join(tmpdir(), "gdelt-expected-"));
  const file = path.join(dir, "rows.tsv");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return expectedEvents(file).count;
}

function expectedEvents(file: string, firstRows = Infinity): { count: number; pairs: Set<string> } {
  const countries = JSON.parse(readFileSync("prisma/seed/countries.json", "utf8")) as { id: string; iso3: string }[];
  const iso3 = new Map(countries.map((c) => [c.iso3, c.id]));
  for (const [cameo, id] of Object.entries({ ROM: "RO", TMP: "TL", MTN: "ME", WSB: "PS", GZS: "PS", BAG: "IQ" })) iso3.set(cameo, id);
  const ids = new Set<string>();
  const pairs = new Set<string>();
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean).slice(0, firstRows);
  for (const line of lines) {
    const cols = line.split("\t");
    const a = iso3.get(cols[7]!);
    const b = iso3.get(cols[17]!);
    if (a && b && a !== b) {
      ids.add(cols[0]!);
      pairs.add([a, b].sort().join("-"));
    }
  }
  return { count: ids.size, pairs };
}

const run = (files: string[], extra: Partial<Parameters<typeof importGdeltFiles>[0]> = {}) =>
  importGdeltFiles({ connectionString: database.url, files: files.map((path) => ({ path })), actorId: null, today: "2026-11-27", ...extra });

const machineEvents = () => prisma.event.count({ where: { origin: "machine" } });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  ({ importGdeltFiles } = await import("@/lib/import/gdelt-import"));
  uploadRoute = await import("@/app/api/import/gdelt/route");
  jobRoute = await import("@/app/api/import/jobs/[id]/route");
  prisma = (await import("@/lib/db")).db();
  editor = (await createUserWithToken("editor")).token;
  viewer = (await createUserWithToken("viewer")).token;
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe("importing a GDELT 2.0 export", () => {
  const expected = expectedEvents(GDELT2);
  let first: GdeltImportProgress;

  it("adds one machine-coded, reported event per row between two different atlas countries", async () => {
    expect(expected.count).toBeGreaterThan(300);
    first = await run([GDELT2]);
    expect(first.rowsRead).toBe(2111);
    expect(first.imported).toBe(expected.count);
    expect(await machineEvents()).toBe(expected.count);
    expect(await prisma.event.count({ where: { origin: "machine", NOT: { evidence: "reported" } } })).toBe(0);
    expect(await prisma.event.count({ where: { origin: "machine", NOT: { precision: "day" } } })).toBe(0);
    const total = Object.values(first.skipped).reduce((a, b) => a + b, 0);
    expect(first.imported + total).toBe(2111);
  });

  it("gives each event its two countries, one source with the article's host, and a readable title", async () => {
    const event = await prisma.event.findUniqueOrThrow({
      where: { externalId: "gdelt:881990888" },
      include: { participants: true, sources: true },
    });
    expect(event.title).toBe("Russia — Consult — Syria");
    expect(event.cameoCode).toBe("040");
    expect(event.score).toBe(1);
    expect(event.summary).toMatch(/verbal cooperation/);
    expect(event.participants.map((p) => p.countryId).sort()).toEqual(["RU", "SY"]);
    expect(event.sources).toHaveLength(1);
    expect(event.sources[0]).toMatchObject({ publisher: "theguardian.com", position: 0 });
    expect(event.sources[0]!.url).toMatch(/^https:\/\/www\.theguardian\.com\//);
    const noSource = await prisma.event.count({ where: { origin: "machine", sources: { none: {} } } });
    expect(noSource).toBe(0);
  });

  it("creates a link for every new pair", async () => {
    const links = await prisma.link.findMany({ where: { id: { in: [...expected.pairs] } }, select: { id: true } });
    expect(links).toHaveLength(expected.pairs.size);
    expect((await prisma.link.findUnique({ where: { id: "RU-SY" } }))?.title).toBe("Russia–Syria");
  });

  it("leaves what single edits' triggers would: search vectors, the links' monthly statistics, a new data version", async () => {
    // The batch computes these itself (migration bulk_import_set_based); compare with the triggers' own definitions.
    const [{ stale }] = await prisma.$queryRaw<{ stale: bigint }[]>`
      SELECT count(*) AS stale FROM events
       WHERE origin = 'machine' AND search_vector IS DISTINCT FROM events_search_document(title, summary, id)`;
    expect(Number(stale)).toBe(0);
    const found = await prisma.$queryRaw<{ external_id: string }[]>`
      SELECT external_id FROM events WHERE search_vector @@ plainto_tsquery('simple', 'theguardian.com') AND external_id = 'gdelt:881990888'`;
    expect(found).toHaveLength(1);
    // score_sum to 9 places: a float sum's last bits depend on the order it was added in.
    const statsRow = (table: string) =>
      `SELECT link_id, month, end_month, category, evidence, origin, events, negative, round(score_sum::numeric, 9) AS score_sum, first_on, last_on, last_precision, a_to_b, b_to_a FROM ${table}`;
    const kept = await prisma.$queryRawUnsafe<unknown[]>(`SELECT count(*)::int AS n FROM (${statsRow("link_month_stats")}) s`);
    await prisma.$executeRawUnsafe(`CREATE TEMP TABLE stats_as_imported AS ${statsRow("link_month_stats")}`);
    await prisma.$executeRawUnsafe(`SELECT rebuild_link_month_stats()`);
    const differ = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ((${statsRow("link_month_stats")} EXCEPT ${statsRow("stats_as_imported")}) UNION ALL (${statsRow("stats_as_imported")} EXCEPT ${statsRow("link_month_stats")})) d`,
    );
    expect(kept).toEqual([{ n: expect.any(Number) }]);
    expect(differ).toEqual([{ n: 0 }]);
    const [{ version }] = await prisma.$queryRaw<{ version: bigint }[]>`SELECT version FROM data_version WHERE id = 1`;
    expect(Number(version)).toBeGreaterThan(1);
  });

  it("records one audit entry for the run", async () => {
    const entries = await prisma.auditEntry.findMany({ where: { entityType: "import" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "create", actorId: null });
    expect((entries[0]!.after as { imported: number }).imported).toBe(expected.count);
  });

  it("adds nothing when the same file is imported again", async () => {
    const again = await run([GDELT2]);
    expect(again.imported).toBe(0);
    expect(again.linksCreated).toBe(0);
    expect(again.skipped.duplicate).toBe(first.skipped.duplicate + expected.count);
    expect(await machineEvents()).toBe(expected.count);
  });

  it("reports rejected rows by reason, with line numbers that point at them", async () => {
    const lines = readFileSync(GDELT2, "utf8").split("\n");
    expect(first.skipped.no_actor_country).toBeGreaterThan(0);
    expect(first.skipped.region).toBeGreaterThan(0);
    expect(first.skipped.same_country).toBeGreaterThan(0);
    // Up to 5 examples per reason (so one common problem does not hide the others), 20 at most.
    const perReason = Object.entries(first.skipped).filter(([r]) => r !== "duplicate").reduce((sum, [, n]) => sum + Math.min(5, n), 0);
    expect(first.examples.length).toBe(Math.min(20, perReason));
    expect(new Set(first.examples.map((e) => e.reason)).size).toBeGreaterThanOrEqual(3);
    for (const example of first.examples) {
      const cols = lines[example.line - 1]!.split("\t");
      expect(example.file).toBe("gdelt2-20191024143000.export.tsv");
      if (example.reason === "region") expect(example.message).toContain(`"${cols[7] || cols[17]}"`);
      if (example.reason === "same_country") expect(cols[7]).toBe(cols[17]);
      if (example.reason === "no_actor_country") expect(cols[7] === "" || cols[17] === "").toBe(true);
    }
  });
});

describe("other layouts and zip files", () => {
  it("reads the real GDELT 1.0 three-row file: none is between two countries, each reason reported", async () => {
    const report = await run([`${FIXTURES}/gdelt1-dailyupdates-3rows.tsv`]);
    expect(report.rowsRead).toBe(3);
    expect(report.imported).toBe(0);
    expect(report.skipped.no_actor_country).toBe(3);
    expect(report.examples.map((e) => e.line)).toEqual([1, 2, 3]);
  });

  it("imports a zipped 58-column GDELT 1.0 daily file", async () => {
    const expected = expectedEvents(GDELT2, 600).count;
    const before = await machineEvents();
    const report = await run([`${FIXTURES}/gdelt1-derived-58col.zip`]);
    expect(report.rowsRead).toBe(600);
    expect(report.totalBytes).toBeGreaterThan(43577); // uncompressed size, for the ETA
    expect(report.imported).toBe(expected);
    expect(await machineEvents()).toBe(before + expected);
    const event = await prisma.event.findUniqueOrThrow({ where: { externalId: "gdelt:1881990888" }, include: { sources: true } });
    expect(event.sources[0]).toMatchObject({ publisher: "theguardian.com" });
    expect(event.sources[0]!.publishedOn?.toISOString().slice(0, 10)).toBe("2019-10-24");
  });
});

describe("files rebuilt from public reports", () => {
  it("reads a zip made on a Mac: its __MACOSX/ and ._ members are not rows, and a bad row is named by its member and line", async () => {
    // Two data members (rows 1-40 and 41-60 of the 2.0 export, ids + 3,000,000,000; the second's third row has an
    // extra column), a folder, and the AppleDouble files macOS adds beside and under __MACOSX/.
    const report = await run([`${FIXTURES}/gdelt2-mac-archive.zip`]);
    expect(report.rowsRead).toBe(60);
    expect(report.skipped.column_count).toBe(1);
    expect(report.examples.filter((e) => e.reason === "column_count")).toEqual([
      { file: "gdelt2-mac-archive.zip", member: "day/second.export.CSV", line: 3, reason: "column_count", message: "62 columns" },
    ]);
    const rows = readFileSync(GDELT2, "utf8").split("\n").slice(0, 60);
    const between = expectedEventsOf(rows.filter((_, i) => i !== 42));
    expect(report.imported).toBe(between);
  });

  it("imports a row with a NUL byte in a field, and a re-run adds nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gdelt-nul-"));
    const file = path.join(dir, "nul.export.CSV");
    const row = readFileSync(GDELT2, "utf8").split("\n")[0]!.split("\t");
    row[0] = "4881990000";
    row[6] = "RUS\u0000SIA";
    writeFileSync(file, `${row.join("\t")}\n`);
    const first = await run([file]);
    expect([first.rowsRead, first.imported]).toEqual([1, expectedEventsOf([row.join("\t")])]);
    const again = await run([file]);
    expect([again.imported, again.skipped.duplicate]).toEqual([0, first.imported]);
  });

  it("skips rows whose CAMEO codes were saved as numbers, naming the columns, instead of scoring an appeal as mass violence", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gdelt-codes-"));
    const file = path.join(dir, "numbers.export.CSV");
    const row = readFileSync(GDELT2, "utf8").split("\n")[0]!.split("\t");
    row[0] = "4881990001";
    [row[7], row[17]] = ["IRN", "RUS"];
    [row[26], row[27], row[28], row[29], row[30]] = ["20", "20", "2", "1", "3.0"];
    writeFileSync(file, `${row.join("\t")}\n`);
    const report = await run([file]);
    expect(report.imported).toBe(0);
    expect(report.skipped.inconsistent_codes).toBe(1);
    expect(report.examples).toEqual([
      { file: "numbers.export.CSV", line: 1, reason: "inconsistent_codes", message: 'EventCode "20", EventBaseCode "20", EventRootCode "2", QuadClass "1"' },
    ]);
  });
});

describe("an atlas that was migrated but not seeded", () => {
  it("refuses to import, naming the command that fixes it, and writes nothing", async () => {
    // Made where this file's database was made, not inside it (an embedded server holds one database only).
    const own = process.env.DATABASE_URL;
    if (SERVER_URL) process.env.DATABASE_URL = SERVER_URL;
    else delete process.env.DATABASE_URL;
    const empty = await createTestDatabase({ seed: false }).finally(() => (process.env.DATABASE_URL = own));
    try {
      await expect(run([GDELT2], { connectionString: empty.url })).rejects.toThrow(/no countries yet.*npm run db:seed/);
      const client = new pg.Client({ connectionString: empty.url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM events");
      await client.end();
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await empty.drop();
    }
  });
});

describe("an import killed part-way", () => {
  it("ends, once re-run, with exactly the events of one clean import", async () => {
    const file = `${FIXTURES}/gdelt1-historical-derived-57col.tsv`;
    const expected = expectedEvents(file).count;
    const before = await machineEvents();
    let stopped = false;
    await expect(
      run([file], {
        batchSize: 20,
        onProgress: (p) => {
          if (!p.done && p.imported > 0 && !stopped) {
            stopped = true;
            throw new Error("killed");
          }
        },
      }),
    ).rejects.toThrow("killed");
    const partial = (await machineEvents()) - before;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(expected);

    const rerun = await run([file]);
    expect(rerun.imported).toBe(expected - partial);
    expect((await machineEvents()) - before).toBe(expected);
    const orphans = await prisma.event.count({ where: { origin: "machine", participants: { none: {} } } });
    expect(orphans).toBe(0);
  });
});

describe("POST /api/import/gdelt and GET /api/import/jobs/{id}", () => {
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const upload = (body: BodyInit, headers: Record<string, string>, query = "") =>
    uploadRoute.POST(new Request(`http://localhost/api/import/gdelt${query}`, { method: "POST", body, headers, duplex: "half" } as RequestInit));

  async function waitForJob(id: string): Promise<ImportJobResponse["job"]> {
    for (let i = 0; i < 200; i++) {
      const response = await jobRoute.GET(new Request(`http://localhost/api/import/jobs/${id}`, { headers: auth(editor) }), params({ id }));
      expect(response.status).toBe(200);
      const { job } = (await response.json()) as ImportJobResponse;
      if (job.status !== "running") return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("job did not finish");
  }

  it("refuses anonymous uploads (401), viewers (403) and files over the cap (413)", async () => {
    expect((await upload("x", {})).status).toBe(401);
    expect((await upload("x", auth(viewer))).status).toBe(403);
    const tooBig = await upload("x", { ...auth(editor), "content-length": String(300 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });

  it("imports a raw-body upload as a job whose progress can be polled", async () => {
    const body = readFileSync(`${FIXTURES}/gdelt1-derived-58col.zip`);
    const response = await upload(body, { ...auth(editor), "content-type": "application/zip" }, "?name=daily.zip");
    expect(response.status).toBe(202);
    const started = (await response.json()) as { job: ImportJobResponse["job"]; statusUrl: string };
    expect(started.statusUrl).toBe(`/api/import/jobs/${started.job.id}`);
    expect(started.job).toMatchObject({ status: "running", fileName: "daily.zip" });
    const job = await waitForJob(started.job.id);
    expect(job.status).toBe("done");
    expect(job.progress).toMatchObject({ done: true, rowsRead: 600, imported: 0, percent: 100 });
    expect(job.progress.skipped.duplicate).toBeGreaterThan(0);
  });

  it("imports a multipart upload and records the uploader on the events and the audit entry", async () => {
    const lines = readFileSync(GDELT2, "utf8").split("\n").filter(Boolean).slice(1000, 1400);
    const text = lines.map((l) => l.replace(/^(\d+)/, (id) => String(Number(id) + 3_000_000_000))).join("\n");
    const expected = lines.filter((l) => {
      const c = l.split("\t");
      return c[7] && c[17] && c[7] !== c[17];
    });
    const form = new FormData();
    form.append("file", new Blob([text]), "slice.export.CSV");
    const response = await upload(form, auth(editor));
    expect(response.status).toBe(202);
    const { job: startedJob } = (await response.json()) as { job: ImportJobResponse["job"] };
    const job = await waitForJob(startedJob.id);
    expect(job).toMatchObject({ status: "done", fileName: "slice.export.CSV" });
    expect(job.progress.rowsRead).toBe(400);
    expect(job.progress.imported).toBeGreaterThan(0);
    expect(job.progress.imported).toBeLessThanOrEqual(expected.length);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityType: "import", entityId: job.id } });
    expect(audit.actorId).not.toBeNull();
    const byUploader = await prisma.event.count({ where: { origin: "machine", createdById: audit.actorId } });
    expect(byUploader).toBe(job.progress.imported);
  });

  it("answers 404 for an unknown job and 401 without a token", async () => {
    const id = "0190c0de-0000-7000-8000-000000000000";
    expect((await jobRoute.GET(new Request(`http://localhost/api/import/jobs/${id}`, { headers: auth(editor) }), params({ id }))).status).toBe(404);
    expect((await jobRoute.GET(new Request(`http://localhost/api/import/jobs/${id}`), params({ id }))).status).toBe(401);
  });
});
