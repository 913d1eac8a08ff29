// Writes one audit entry inside the caller's transaction, so a change and its record commit or fail together.
import "server-only";
import type { AuditAction, AuditEntityType } from "@/lib/domain/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";

export type { AuditAction, AuditEntityType };

export async function recordAudit(
  tx: Prisma.TransactionClient,
  entry: {
    actorId: string;
    action: AuditAction;
    entityType: AuditEntityType;
    entityId: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
