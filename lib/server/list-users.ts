// Every account with its role, for user management, token owners and the audit filter.
import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export async function listUsers(): Promise<UserRow[]> {
  const rows = await db().user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
