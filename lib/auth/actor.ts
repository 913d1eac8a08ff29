// Who is making a request: a signed-in person (session cookie) or a script (personal API token). Always from the
// primary (primaryDb), never a read replica: a token revoked or a role changed a moment ago must count at once.
import "server-only";
import { createHash } from "node:crypto";
import { primaryDb } from "@/lib/db";
import { auth } from "./auth";
import { ROLES, type Role } from "./roles";

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** A cookie rides along on cross-site requests; a bearer token does not, so only sessions need the Origin check. */
  via: "session" | "token";
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const asRole = (value: unknown): Role => (ROLES.includes(value as Role) ? (value as Role) : "viewer");

export async function getActor(headers: Headers): Promise<Actor | null> {
  const authorization = headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return actorFromToken(authorization.slice(7).trim());
  if (!headers.get("cookie")) return null;
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const { id, email, name } = session.user;
  return { id, email, name, role: asRole((session.user as { role?: unknown }).role), via: "session" };
}

async function actorFromToken(token: string): Promise<Actor | null> {
  if (!token) return null;
  const row = await primaryDb().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt) return null;
  // Record use at most once a minute per token, so scripts do not turn every read into a write.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await primaryDb().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: row.user.id, email: row.user.email, name: row.user.name, role: asRole(row.user.role), via: "token" };
}
