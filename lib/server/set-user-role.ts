// Changes a user's role. An admin cannot demote themselves, so the site never loses its last admin by accident.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";
import { invalidInput, notFound } from "./errors";

export async function setUserRole(actor: Actor, userId: string, role: Role) {
  if (userId === actor.id && role !== "admin") {
    throw invalidInput([{ path: ["role"], message: "you cannot take away your own admin role" }]);
  }
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
    if (!before) throw notFound(`No user ${userId}.`);
    const after = await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, email: true, name: true, role: true } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "user", entityId: userId, before, after });
    return after;
  });
}
