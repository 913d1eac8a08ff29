// Personal API tokens (never their secrets) with their owners, newest first.
import "server-only";
import { db } from "@/lib/db";

export interface ApiTokenRow {
  id: string;
  name: string;
  owner: { id: string; name: string; email: string };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function listApiTokens(): Promise<ApiTokenRow[]> {
  const rows = await db().apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    owner: row.user,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}
