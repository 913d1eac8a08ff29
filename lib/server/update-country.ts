// An admin edits a country's curated context text.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { UpdateCountryRequest } from "@/lib/schemas/admin";
import { recordAudit } from "./audit";
import { conflict, notFound } from "./errors";

const fields = { id: true, name: true, context: true, version: true } as const;

export async function updateCountry(actor: Actor, id: string, input: UpdateCountryRequest) {
  return db().$transaction(async (tx) => {
    const before = await tx.country.findUnique({ where: { id }, select: fields });
    if (!before) throw notFound(`No country ${id}.`);
    const claimed = await tx.country.updateMany({
      where: { id, version: input.version },
      data: { context: input.context, version: { increment: 1 }, updatedById: actor.id },
    });
    if (claimed.count === 0) throw conflict(before);
    const after = await tx.country.findUniqueOrThrow({ where: { id }, select: fields });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "country", entityId: id, before, after });
    return after;
  });
}
