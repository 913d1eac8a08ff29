// The migrations in prisma/migrations must build exactly the database schema.prisma describes, and must
// be recorded the way `prisma migrate deploy` records them so either tool can run on the same database.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, diffDatamodels, loadMigrationList, migrationsDir, schemaPath } from "../../scripts/db/migrations";
import { describeSchema } from "../support/catalog";
import { createEmptyDatabase, type TestDatabase } from "../support/test-database";

let fromMigrations: TestDatabase;
let fromSchema: TestDatabase;

beforeAll(async () => {
  [fromMigrations, fromSchema] = await Promise.all([createEmptyDatabase(), createEmptyDatabase()]);
});
afterAll(async () => {
  await Promise.all([fromMigrations?.drop(), fromSchema?.drop()]);
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("build the same schema as schema.prisma (run `npm run db:diff -- <name>` after changing it)", async () => {
    await applyMigrations(fromMigrations.url);
    const { stdout } = await diffDatamodels(fromSchema.url, readFileSync(schemaPath, "utf8"));
    await query(fromSchema.url, stdout ?? "");
    const [a, b] = await Promise.all([describeSchema(fromMigrations.url), describeSchema(fromSchema.url)]);
    expect(a.columns.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });

  it("are recorded as prisma migrate deploy records them, and a second run applies nothing", async () => {
    const { migrationDirectories } = await loadMigrationList();
    const { rows } = await query(
      fromMigrations.url,
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationDirectories.map((d) => d.path));
    for (const row of rows) {
      const sql = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
    expect(await applyMigrations(fromMigrations.url)).toEqual([]);
  });
});
