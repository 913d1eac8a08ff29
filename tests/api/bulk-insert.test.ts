// The importers' bulk write (lib/import/bulk-insert.ts): COPY where the server takes it, else one INSERT of
// arrays (the embedded quick start's PGlite cannot take COPY FROM STDIN). Both paths must write the same rows,
// NULLs, enums, dates and text with tabs and newlines included.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkInsert, takesCopy, type BulkTable } from "@/lib/import/bulk-insert";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let client: pg.Client;

const TABLE: BulkTable = {
  name: "bulk_probe",
  columns: [["id", "uuid"], ["day", "date"], ["evidence", '"Evidence"'], ["score", "float8"], ["note", "text"]],
};
const ROWS = [
  ["0190b0c2-0000-7000-8000-000000000001", "2024-04-01", "alleged", -2.5, "tab\there, newline\nthere, back\\slash"],
  ["0190b0c2-0000-7000-8000-000000000002", "2019-01-01", "confirmed", 3, null],
];

beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await database.drop();
});

async function written(viaCopy: boolean) {
  await client.query(`DROP TABLE IF EXISTS bulk_probe; CREATE TABLE bulk_probe (id uuid, day date, evidence "Evidence", score float8, note text)`);
  await bulkInsert(client, TABLE, ROWS, viaCopy);
  return (await client.query("SELECT id::text, day::text, evidence::text, score, note FROM bulk_probe ORDER BY id")).rows;
}

describe("bulkInsert", () => {
  it("writes the same rows by INSERT as by COPY where the server takes COPY", async () => {
    const expected = ROWS.map(([id, day, evidence, score, note]) => ({ id, day, evidence, score, note }));
    expect(await written(false)).toEqual(expected);
    if (await takesCopy(client)) expect(await written(true)).toEqual(expected);
  });

  it("knows PostgreSQL takes COPY and the embedded PGlite does not", async () => {
    expect(await takesCopy(client)).toBe(!!process.env.DATABASE_URL);
  });
});
