// SIPRI trade-register import (lib/sipri/map-row.ts through the shared importer): a made-up register excerpt in
// SIPRI's download shape (Latin-1, explanation before the header, `?` marks, a Soviet Union row) imported into a
// real database: exact counts by reason, arms transfers from supplier to recipient with their evidence, year
// precision and TIV; a second import adds nothing; the upload route runs it as a job of kind sipri.
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken } from "../support/users";

const FILE = "tests/fixtures/sipri/sipri-trade-register-made-up.csv";

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let importGdeltFiles: typeof import("@/lib/import/gdelt-import").importGdeltFiles;

const run = (file = FILE) =>
  importGdeltFiles({ connectionString: database.url, format: "sipri", files: [{ path: file }], actorId: null, today: "2026-11-27" });

const sipriEvents = () =>
  prisma.event.findMany({
    where: { externalId: { startsWith: "sipri:" } },
    // Roles sort in their enum's order: supplier before recipient.
    include: { participants: { orderBy: { role: "asc" } }, sources: true },
    orderBy: [{ occurredOn: "asc" }, { externalId: "asc" }],
  });

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

describe("importing a SIPRI trade register", () => {
  it("reads the 15 orders after the explanation and header, imports 6 and counts the rest by reason", async () => {
    const report = await run();
    expect(report.rowsRead).toBe(15);
    expect(report.imported).toBe(6);
    expect(Object.fromEntries(Object.entries(report.skipped).filter(([, n]) => n > 0))).toEqual({
      former_state: 2,
      non_state_actor: 1,
      organisation: 1,
      unknown_party: 1,
      unknown_country_name: 1,
      bad_order_year: 1,
      bad_value: 1,
      column_count: 1,
    });
    expect(report.examples.map((e) => [e.line, e.reason])).toEqual([
      [15, "former_state"],
      [17, "non_state_actor"],
      [18, "organisation"],
      [19, "unknown_party"],
      [21, "unknown_country_name"],
      [22, "former_state"],
      [24, "bad_order_year"],
      [25, "bad_value"],
      [26, "column_count"],
    ]);
    expect(report.examples[0]).toEqual({
      file: "sipri-trade-register-made-up.csv",
      line: 15,
      reason: "former_state",
      message: "Supplier \"Soviet Union\" is a state that no longer exists (the atlas has today's states; see lib/sipri/README.md)",
    });
    expect(report.examples.find((e) => e.reason === "bad_value")!.message).toBe('Number delivered "many" is not in SIPRI\'s form');
  });

  it("makes each order an arms transfer from supplier to recipient, dated to its year of order, its evidence from SIPRI's ? marks", async () => {
    const events = await sipriEvents();
    expect(
      events.map((e) => [
        e.participants.map((p) => `${p.role}:${p.countryId}`).join(" "),
        e.occurredOn.toISOString().slice(0, 10),
        e.occurredEnd.toISOString().slice(0, 10),
        e.precision,
        e.category,
        e.evidence,
        e.tivMillions,
        e.score,
        e.cameoCode,
        e.origin,
      ]),
    ).toEqual([
      ["supplier:CN recipient:CI", "2014-01-01", "2014-12-31", "year", "arms_transfer", "confirmed", 6, 7.4, null, "machine"],
      ["supplier:FR recipient:IN", "2016-01-01", "2016-12-31", "year", "arms_transfer", "confirmed", 2880, 7.4, null, "machine"],
      ["supplier:FR recipient:IN", "2016-01-01", "2016-12-31", "year", "arms_transfer", "confirmed", 2880, 7.4, null, "machine"],
      ["supplier:RU recipient:VN", "2021-01-01", "2021-12-31", "year", "arms_transfer", "confirmed", null, 7.4, null, "machine"],
      ["supplier:IR recipient:RU", "2022-01-01", "2022-12-31", "year", "arms_transfer", "reported", 60, 7.4, null, "machine"],
      ["supplier:KP recipient:RU", "2023-01-01", "2023-12-31", "year", "arms_transfer", "reported", 50, 7.4, null, "machine"],
    ]);
    const [ci, india, india2] = events;
    expect(india2!.externalId).toBe(`${india!.externalId}:2`);
    expect(ci!.title).toBe("China — WZ-551 (APC) — Côte d'Ivoire");
    const iran = events.find((e) => e.participants.some((p) => p.countryId === "IR"))!;
    expect(iran.externalId).toMatch(/^sipri:[0-9a-f]{20}$/);
    expect(iran.title).toBe("Iran — Shahed-136 (loitering munition) — Russia");
    expect(iran.summary).toContain("Iran (supplier) to Russia (recipient), 2000? × Shahed-136 (loitering munition), ordered 2022. Delivered 1800? in 2022, 2023.");
    expect(iran.summary).toContain('Comments: Made up for tests; "Geran-2" in Russian service, assembled locally.');
    expect(iran.sources.map((s) => [s.publisher, s.url, s.title, s.publishedOn])).toEqual([
      ["SIPRI Arms Transfers Database", "https://www.sipri.org/databases/armstransfers", "Trade register: Shahed-136 (loitering munition), Iran to Russia, ordered 2022", null],
    ]);
  });

  it("counts the Iran -> Russia transfer as flowing from Iran to Russia on their link", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT a_to_b, b_to_a FROM link_month_stats WHERE link_id = 'IR-RU' AND category = 'arms_transfer' AND origin = 'machine' AND month = '2022-01-01'`,
      );
      expect(rows).toEqual([{ a_to_b: 1, b_to_a: 0 }]);
    } finally {
      await client.end();
    }
  });

  it("adds nothing when the same register is imported again", async () => {
    const again = await run();
    expect(again.imported).toBe(0);
    expect(again.skipped.duplicate).toBe(6);
    expect(await prisma.event.count({ where: { externalId: { startsWith: "sipri:" } } })).toBe(6);
  });

  it("refuses a file with no SIPRI header, naming the file", async () => {
    await expect(run("tests/fixtures/icews/icews-made-up.tab")).rejects.toThrow(/icews-made-up\.tab: not a SIPRI trade register: no header row/);
  });
});

describe("POST /api/import/sipri", () => {
  it("runs a SIPRI upload as a job of kind sipri, read by the SIPRI mapper (15 orders, none new)", async () => {
    const route = await import("@/app/api/import/sipri/route");
    const jobs = await import("@/app/api/import/jobs/[id]/route");
    const { token } = await createUserWithToken("editor");
    const headers = { authorization: `Bearer ${token}`, "content-type": "text/csv" };
    const response = await route.POST(new Request("http://localhost/api/import/sipri?name=register.csv", { method: "POST", body: readFileSync(FILE), headers }));
    expect(response.status).toBe(202);
    const { job } = (await response.json()) as { job: { id: string; kind: string } };
    expect(job.kind).toBe("sipri");
    await expect
      .poll(async () => {
        const polled = await jobs.GET(new Request(`http://localhost/api/import/jobs/${job.id}`, { headers }), params({ id: job.id }));
        const body = (await polled.json()) as { job: { kind: string; status: string; progress: { rowsRead: number; imported: number; skipped: { former_state: number } } } };
        return [body.job.kind, body.job.status, body.job.progress.rowsRead, body.job.progress.imported, body.job.progress.skipped.former_state];
      }, { timeout: 20_000 })
      .toEqual(["sipri", "done", 15, 0, 2]);
  });
});
