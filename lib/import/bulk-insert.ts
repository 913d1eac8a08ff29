// Writing many rows into one table: COPY FROM STDIN where the server takes it (PostgreSQL's fast path for bulk
// loads), else one INSERT of the rows as arrays (unnest). The embedded database of the quick start (PGlite
// behind pglite-socket) loses protocol synchronisation on COPY FROM STDIN, so without this every GDELT import
// failed there, and with it the tests that run on it.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copyLine } from "./copy-text";

/** A table and the columns rows fill, in order, each with its SQL type ("uuid", "date", "\"Evidence\"", ...). */
export interface BulkTable {
  name: string;
  columns: readonly (readonly [column: string, type: string])[];
}

export type BulkValue = string | number | null;

/** Whether the server behind `client` takes COPY FROM STDIN: every PostgreSQL does, PGlite's socket server does not. */
export async function takesCopy(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ version: string }>("SELECT version()");
  return !rows[0]!.version.includes("PGlite");
}

/** Writes `rows` (values in `table.columns`' order) into `table`, by COPY when `viaCopy`, else by one INSERT. */
export async function bulkInsert(client: pg.ClientBase, table: BulkTable, rows: readonly BulkValue[][], viaCopy: boolean): Promise<void> {
  if (!rows.length) return;
  const names = table.columns.map(([column]) => column);
  if (viaCopy) {
    const text = rows.map(copyLine).join("");
    await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table.name} (${names.join(", ")}) FROM STDIN`)));
    return;
  }
  // Every column goes as a text[] and is cast in SQL, so enums and dates need no driver support.
  const columns = table.columns.map((_, i) => rows.map((row) => (row[i] === null ? null : String(row[i]))));
  const casts = table.columns.map(([column, type]) => `${column}::${type}`);
  const arrays = table.columns.map((_, i) => `$${i + 1}::text[]`);
  await client.query(
    `INSERT INTO ${table.name} (${names.join(", ")}) SELECT ${casts.join(", ")} FROM unnest(${arrays.join(", ")}) AS t(${names.join(", ")})`,
    columns,
  );
}
