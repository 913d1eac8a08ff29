// Retires an event (it leaves the public map and API but stays in the database and the audit trail) or
// restores it.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { AdminEventDto } from "@/lib/schemas/events";
import { recordAudit } from "./audit";
import { conflict, notFound } from "./errors";
import { eventInclude, toAdminEventDto } from "./event-query";

export async function setEventRetired(actor: Actor, id: string, retired: boolean, version?: number): Promise<AdminEventDto> {
  return db().$transaction(async (tx) => {
    const current = await tx.event.findUnique({ where: { id }, include: eventInclude });
    if (!current) throw notFound(`No event ${id}.`);
    const before = toAdminEventDto(current);
    if (current.retired === retired) return before;
    const claimed = await tx.event.updateMany({
      where: { id, version: version ?? current.version },
      data: { retired, version: { increment: 1 }, updatedById: actor.id },
    });
    if (claimed.count === 0) throw conflict(before);
    const after = toAdminEventDto(await tx.event.findUniqueOrThrow({ where: { id }, include: eventInclude }));
    await recordAudit(tx, { actorId: actor.id, action: retired ? "retire" : "restore", entityType: "event", entityId: id, before, after });
    return after;
  });
}
