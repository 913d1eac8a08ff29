// The app's Prisma clients: the primary's (DATABASE_URL) and, when DATABASE_REPLICA_URL is set, a read replica's.
// Cached on globalThis outside production so hot reload does not open a new pool on every edit (the pattern
// from dub and taxonomy). lib/server/* calls db(), which picks between them by the request's read scope
// (lib/db-routing.ts): public reads may go to the replica, everything else goes to the primary.
import "server-only";
import { currentReadSource } from "./db-routing";
import { serverEnv } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaReplica?: PrismaClient };

/**
 * The client for the current read scope: the replica's inside readFromReplica (lib/db-routing.ts) when the
 * replica is configured and answering, else the primary's. Writes never run in such a scope (mutation routes,
 * sign-in and imports do not open one), and the replica's client is read-only besides. Throws a ZodError naming
 * the variable when the environment is invalid (lib/env.ts).
 */
export function db(): PrismaClient {
  return currentReadSource() === "replica" ? replicaDb() : primaryDb();
}

/**
 * The primary's client, whatever the scope: for what must see the latest commit however the request is routed
 * (who is signed in, tokens). Throws a ZodError naming the variable when the environment is invalid.
 */
export function primaryDb(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForPrisma.prisma;
}

/**
 * The replica's client (read-only transactions; a 2 s connect timeout, so a replica that has gone away costs a
 * read little before it is retried on the primary). Throws when DATABASE_REPLICA_URL is unset: db() asks for it
 * only inside a replica scope, which readFromReplica opens only when it is set.
 */
function replicaDb(): PrismaClient {
  if (globalForPrisma.prismaReplica) return globalForPrisma.prismaReplica;
  const url = serverEnv().DATABASE_REPLICA_URL;
  if (!url) throw new Error("A replica read scope without DATABASE_REPLICA_URL: lib/db-routing.ts opens none then.");
  globalForPrisma.prismaReplica = createPrismaClient(url, { readOnly: true, connectionTimeoutMillis: 2_000 });
  return globalForPrisma.prismaReplica;
}
