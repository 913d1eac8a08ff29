// ICEWS import (lib/icews/map-row.ts through the shared importer): what it keeps and why, by exact counts,
// categories and reasons, on a made-up file in ICEWS's shape; and that a second import adds nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken } from "../support/users";

const FILE = "tests/fixtures/icews/icews-made-up.tab";

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let importGdeltFiles: typeof import("@/lib/import/gdelt-import").importGdeltFiles;

const run = (file = FILE) =>
  importGdeltFiles({ connectionString: database.url, format: "icews", files: [{ path: file }], actorId: null, today: "2026-11-27" });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  ({ importGdeltFiles } = await import("@/lib/import/gdelt-import"));
  prisma = (await import("@/lib/db")).db();
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe("importing an ICEWS coded-event file", () => {
  it("keeps the rows between two atlas countries and counts the rest by reason", async () => {
    const report = await run();
    expect(report.rowsRead).toBe(12);
    expect(report.imported).toBe(4);
    expect(report.skipped).toMatchObject({
      no_actor_country: 1,
      unknown_country_name: 1,
      not_in_atlas: 1,
      same_country: 1,
      bad_date: 1,
      bad_event_code: 1,
      bad_goldstein: 1,
      duplicate: 1,
    });
    expect(report.examples.find((e) => e.reason === "unknown_country_name")).toEqual({
      file: "icews-made-up.tab",
      line: 6,
      reason: "unknown_country_name",
      message: 'Source Country "Atlantis", Target Country "Russian Federation"',
    });
  });

  it("reads names through i18n-iso-countries and its table, CAMEO codes through GDELT's, the publisher as the source", async () => {
    const events = await prisma.event.findMany({
      where: { externalId: { startsWith: "icews:" } },
      include: { participants: true, sources: true },
      orderBy: { externalId: "asc" },
    });
    expect(
      events.map((e) => [e.externalId, e.participants.map((p) => p.countryId).sort().join("-"), e.category, e.score, e.cameoCode, e.origin, e.evidence]),
    ).toEqual([
      ["icews:90000001", "KP-RU", "other", 1, "040", "machine", "reported"],
      ["icews:90000002", "IR-RU", "statement", 4, "030", "machine", "reported"],
      ["icews:90000004", "IL-PS", "other", -5, "173", "machine", "reported"],
      ["icews:90000011", "IR-SY", "diplomatic_visit", 2.8, "043", "machine", "reported"],
    ]);
    expect(events[0]!.title).toBe("Russia — Consult — North Korea");
    expect(events[0]!.summary).toContain("Vladimir Putin (Russian Federation) — Consult (CAMEO 040) — Kim Jong-Un (North Korea)");
    expect(events[0]!.sources.map((s) => [s.publisher, s.title, s.url])).toEqual([["Made-up Wire", "Story 900001 as coded by ICEWS", null]]);
    expect(events[3]!.summary).not.toContain("\u0000");
  });

  it("adds nothing when the same file is imported again", async () => {
    const again = await run();
    expect(again.imported).toBe(0);
    expect(again.skipped.duplicate).toBe(5);
  });

  it("refuses a file whose header is not ICEWS's, naming the missing columns", async () => {
    await expect(run("tests/fixtures/gdelt/gdelt1-dailyupdates-3rows.tsv")).rejects.toThrow(/gdelt1-dailyupdates-3rows\.tsv: not an ICEWS event file: its header has no "Event ID"/);
  });
});

describe("POST /api/import/icews", () => {
  it("runs an ICEWS upload as a job of kind icews, read by the ICEWS mapper (12 rows, the header not among them; all already imported)", async () => {
    const route = await import("@/app/api/import/icews/route");
    const jobs = await import("@/app/api/import/jobs/[id]/route");
    const { token } = await createUserWithToken("editor");
    const headers = { authorization: `Bearer ${token}`, "content-type": "text/tab-separated-values" };
    const response = await route.POST(new Request("http://localhost/api/import/icews?name=made-up.tab", { method: "POST", body: readFileSync(FILE), headers }));
    expect(response.status).toBe(202);
    const { job } = (await response.json()) as { job: { id: string; kind: string } };
    expect(job.kind).toBe("icews");
    await expect
      .poll(async () => {
        const polled = await jobs.GET(new Request(`http://localhost/api/import/jobs/${job.id}`, { headers }), params({ id: job.id }));
        const body = (await polled.json()) as { job: { status: string; progress: { rowsRead: number; imported: number } } };
        return [body.job.status, body.job.progress.rowsRead, body.job.progress.imported];
      }, { timeout: 20_000 })
      .toEqual(["done", 12, 0]);
  });
});
