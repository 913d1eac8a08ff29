import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { explainable, readCapturedStatements, type CapturedStatement } from "./explain";

const statement = (text: string, ms: number | null, params: unknown[] = []): CapturedStatement => ({ text, params, ms });

describe("explainable", () => {
  it("keeps reading statements only, each once, slowest first, with how often and how long", () => {
    const { queries, skipped } = explainable(
      [
        statement("BEGIN", 0.1),
        statement("SELECT 1", 0.2),
        statement('SELECT * FROM "events" WHERE id = $1', 5, ["a"]),
        statement('SELECT * FROM "links"', 40),
        statement('SELECT * FROM "events" WHERE id = $1', 7, ["b"]),
        statement("WITH x AS (DELETE FROM events RETURNING id) SELECT * FROM x", 1),
        statement('UPDATE "events" SET title = $1', 3),
      ],
      "/api/links",
    );
    expect(skipped).toBe(0);
    expect(queries.map((q) => [q.sql, q.times, q.totalMs, q.params])).toEqual([
      ['SELECT * FROM "links"', 1, 40, []],
      ['SELECT * FROM "events" WHERE id = $1', 2, 12, ["a"]],
    ]);
    expect(queries[1]!.name).toBe("/api/links: statement 2 of 2 by time, 12.0 ms in the app, sent 2 times (first one explained)");
  });

  it("puts a statement still running when the request ended first, and keeps only the slowest", () => {
    const { queries, skipped } = explainable(
      [statement("SELECT a", 900), statement("SELECT b", null), statement("SELECT c", 3)],
      "/api/countries/CN",
      2,
    );
    expect(queries.map((q) => q.sql)).toEqual(["SELECT b", "SELECT a"]);
    expect(queries[0]!.name).toBe("/api/countries/CN: statement 1 of 3 by time, still running when the request ended");
    expect(skipped).toBe(1);
  });
});

describe("readCapturedStatements", () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("pairs each statement with its finishing line, within the byte range asked for", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "capture-test-"));
    const file = path.join(dir, "log.jsonl");
    const before = `${JSON.stringify({ id: "1-0", text: "SELECT old", params: [] })}\n`;
    const lines = [
      { id: "1-1", text: "SELECT a", params: [1] },
      { id: "1-2", text: "SELECT b", params: [] },
      { id: "1-1", ms: 12.5 },
    ];
    writeFileSync(file, before + lines.map((l) => JSON.stringify(l)).join("\n") + "\nnot json\n");
    const read = readCapturedStatements(file, Buffer.byteLength(before), Number.MAX_SAFE_INTEGER);
    expect(read).toEqual([
      { text: "SELECT a", params: [1], ms: 12.5 },
      { text: "SELECT b", params: [], ms: null },
    ]);
  });
});
