// One event's audit entries (who changed what, when), newest first, for its edit page.
import "server-only";
import { db } from "@/lib/db";
import { toAuditEntryDto, type AuditEntryDto } from "./list-audit-entries";

export async function getEventHistory(eventId: string): Promise<AuditEntryDto[]> {
  const rows = await db().auditEntry.findMany({
    where: { entityType: "event", entityId: eventId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 200,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  return rows.map(toAuditEntryDto);
}
