// Issues a personal API token. The token is shown once; only its SHA-256 is stored.
import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";
import { notFound } from "./errors";

export async function createApiToken(actor: Actor, name: string, userId = actor.id) {
  const token = `axis_${randomBytes(24).toString("base64url")}`;
  return db().$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound(`No user ${userId}.`);
    const row = await tx.apiToken.create({ data: { name, userId, tokenHash: hashToken(token) } });
    const record = { id: row.id, name: row.name, userId, createdAt: row.createdAt.toISOString() };
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "api_token", entityId: row.id, after: record });
    return { ...record, token };
  });
}
