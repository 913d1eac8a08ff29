// The audit trail, newest first, filtered by entity, action and actor, a page at a time.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  entityType?: string;
  action?: string;
  actorId?: string;
  entityId?: string;
  page?: number;
}

export interface AuditEntryDto {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string; email: string } | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntryDto[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

export async function listAuditEntries(filters: AuditFilters): Promise<AuditPage> {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.entityId ? { entityId: filters.entityId.trim() } : {}),
  };
  const total = await db().auditEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pageCount);
  const rows = await db().auditEntry.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  return { entries: rows.map(toAuditEntryDto), total, page, pageCount, pageSize: AUDIT_PAGE_SIZE };
}

export function toAuditEntryDto(row: Prisma.AuditEntryGetPayload<{ include: { actor: { select: { id: true; name: true; email: true } } } }>): AuditEntryDto {
  return {
    id: row.id.toString(),
    at: row.at.toISOString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: row.actor,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}
