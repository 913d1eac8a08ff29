// The app's one Prisma client. Cached on globalThis outside production so hot reload does not open a new
// pool on every edit (the pattern from dub and taxonomy).
import "server-only";
import { serverEnv } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const client = createPrismaClient(serverEnv().DATABASE_URL);
  globalForPrisma.prisma = client;
  return client;
}
