// A comparable description of a database's schema from the system catalogs: tables, columns, types,
// defaults, indexes, constraints and enums. Used instead of `pg_dump --schema-only` because it works the
// same on any server version, the embedded one included (pg_dump refuses servers newer than itself).
import pg from "pg";

const QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
              character_maximum_length, numeric_precision, datetime_precision
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY table_name, column_name`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
            ORDER BY tablename, indexname`,
  constraints: `SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c
                -- Constraint triggers (contype t) are hand-written trigger SQL, like the other triggers: not compared.
                WHERE c.connamespace = 'public'::regnamespace AND c.contype <> 't' AND c.conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
  enums: `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          WHERE t.typnamespace = 'public'::regnamespace
          GROUP BY t.typname ORDER BY t.typname`,
};

export type Catalog = Record<keyof typeof QUERIES, unknown[]>;

export async function describeSchema(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const entries = await Promise.all(
      Object.entries(QUERIES).map(async ([key, sql]) => [key, (await client.query(sql)).rows] as const),
    );
    return Object.fromEntries(entries) as Catalog;
  } finally {
    await client.end();
  }
}
