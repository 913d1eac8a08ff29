// A fresh, migrated (and optionally seeded) database for one test file, so test runs never share state.
// On DATABASE_URL's server it creates a uniquely named database and drops it afterwards; without
// DATABASE_URL it starts a throwaway in-memory embedded Postgres.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { applyMigrations } from "../../scripts/db/migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDatabase } from "../../prisma/seed/seed";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createEmptyDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const embedded = await startEmbeddedPostgres({ dataDir: "memory://" });
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `axis_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestDatabase({ seed = true } = {}): Promise<TestDatabase> {
  const db = await createEmptyDatabase();
  await applyMigrations(db.url);
  if (seed) {
    const prisma = createPrismaClient(db.url, { max: 1 });
    await seedDatabase(prisma).finally(() => prisma.$disconnect());
  }
  return db;
}
