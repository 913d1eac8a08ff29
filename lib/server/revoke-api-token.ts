// Revokes a token at once; requests carrying it answer 401 from then on.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";
import { notFound } from "./errors";

/** Revokes the token `id` (a UUID) as `actor`; throws AppError not_found when there is no such token, whatever the id looks like. */
export async function revokeApiToken(actor: Actor, id: string) {
  // Token ids are UUIDs: any other text is no token, not a query PostgreSQL refuses (which answered 500).
  if (!z.uuid().safeParse(id).success) throw notFound(`No API token ${id}.`);
  return db().$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id } });
    if (!row) throw notFound(`No API token ${id}.`);
    if (row.revokedAt) return { id, revokedAt: row.revokedAt.toISOString() };
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "retire", entityType: "api_token", entityId: id, before: { name: row.name }, after: { name: row.name, revokedAt: revoked.revokedAt } });
    return { id, revokedAt: revoked.revokedAt!.toISOString() };
  });
}
