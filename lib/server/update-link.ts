// An admin edits a link's curated title and summary (its numbers always come from its events).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { UpdateLinkRequest } from "@/lib/schemas/admin";
import { recordAudit } from "./audit";
import { conflict, notFound } from "./errors";

const fields = { id: true, title: true, summary: true, version: true } as const;

export async function updateLink(actor: Actor, id: string, input: UpdateLinkRequest) {
  return db().$transaction(async (tx) => {
    const before = await tx.link.findUnique({ where: { id }, select: fields });
    if (!before) throw notFound(`No link ${id}.`);
    const claimed = await tx.link.updateMany({
      where: { id, version: input.version },
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        version: { increment: 1 },
        updatedById: actor.id,
      },
    });
    if (claimed.count === 0) throw conflict(before);
    const after = await tx.link.findUniqueOrThrow({ where: { id }, select: fields });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "link", entityId: id, before, after });
    return after;
  });
}
