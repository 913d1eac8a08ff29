// Creates a Prisma client over node-postgres. Prisma 7's query compiler runs in WASM, so no native
// engine is needed at run time. Scripts and tests use this directly; the app goes through lib/db.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export interface PrismaClientOptions {
  /** Most pooled connections (10). */
  max?: number;
  /** How long to wait for a new connection before failing (5 s), so an outage answers 503 instead of hanging. */
  connectionTimeoutMillis?: number;
  /**
   * Every transaction read-only (`default_transaction_read_only`), for a read replica's client: a hot standby
   * refuses writes anyway, and this keeps a write from ever landing on a server that was named as a replica but
   * is in fact a primary (a misconfigured DATABASE_REPLICA_URL fails loudly rather than forking the data).
   */
  readOnly?: boolean;
}

/** A client with its own pool to `connectionString`; nothing connects until the first query. */
export function createPrismaClient(connectionString: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    // Fail fast when the database is down so the API can answer 503 instead of hanging.
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
    // No JIT: PostgreSQL compiles the big aggregates of /api/links with LLVM when their estimated cost is high,
    // which took 580 ms of a 3 s cold answer at a million events (bench:api --explain) and buys nothing for
    // queries that run once and are then cached. The embedded PGlite ignores the option.
    options: options.readOnly ? "-c jit=off -c default_transaction_read_only=on" : "-c jit=off",
  });
  // A transaction waits for a pooled connection as long as a plain query does (Prisma's default is 2 s), so a
  // burst of writes queues briefly instead of failing; past that it answers 503 (lib/http/database-errors.ts).
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 5_000 } });
}

export type { PrismaClient };
