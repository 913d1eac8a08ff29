// Events as the admin list shows them: retired ones too, filtered and searched, newest first, a page at a time.
import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/domain/date-precision";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventCategory } from "@/lib/domain/vocabulary";
import type { DatePrecision } from "@/lib/domain/vocabulary";
import type { EvidenceLevel } from "@/lib/domain/vocabulary";
import { newestFirst } from "./event-query";

export const ADMIN_EVENTS_PAGE_SIZE = 50;

export interface AdminEventFilters {
  q?: string;
  country?: string;
  category?: EventCategory;
  evidence?: EvidenceLevel;
  origin?: "curated" | "machine";
  status?: "active" | "retired" | "all";
  sort?: "date" | "updated";
  page?: number;
}

export interface AdminEventRow {
  id: string;
  title: string;
  date: string;
  precision: DatePrecision;
  category: EventCategory;
  evidence: EvidenceLevel;
  score: number;
  origin: "curated" | "machine";
  retired: boolean;
  updatedAt: string;
  participants: { id: string; name: string }[];
  sourceCount: number;
}

export interface AdminEventPage {
  events: AdminEventRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

export async function listAdminEvents(filters: AdminEventFilters): Promise<AdminEventPage> {
  const q = filters.q?.trim();
  const where: Prisma.EventWhereInput = {
    ...(filters.status === "active" ? { retired: false } : filters.status === "retired" ? { retired: true } : {}),
    ...(filters.country ? { participants: { some: { countryId: filters.country } } } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.evidence ? { evidence: filters.evidence } : {}),
    ...(filters.origin ? { origin: filters.origin } : {}),
    ...(q
      ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { summary: { contains: q, mode: "insensitive" } }] }
      : {}),
  };
  const total = await db().event.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_EVENTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pageCount);
  const rows = await db().event.findMany({
    where,
    orderBy: filters.sort === "updated" ? [{ updatedAt: "desc" }, { id: "desc" }] : [...newestFirst, { id: "desc" }],
    skip: (page - 1) * ADMIN_EVENTS_PAGE_SIZE,
    take: ADMIN_EVENTS_PAGE_SIZE,
    select: {
      id: true,
      title: true,
      occurredOn: true,
      precision: true,
      category: true,
      evidence: true,
      score: true,
      origin: true,
      retired: true,
      updatedAt: true,
      participants: { select: { country: { select: { id: true, name: true } } } },
      _count: { select: { sources: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    pageSize: ADMIN_EVENTS_PAGE_SIZE,
    events: rows.map((row) => ({
      id: row.id,
      title: row.title,
      date: toIsoDate(row.occurredOn),
      precision: row.precision,
      category: row.category,
      evidence: row.evidence,
      score: row.score,
      origin: row.origin,
      retired: row.retired,
      updatedAt: row.updatedAt.toISOString(),
      participants: row.participants.map((p) => p.country).sort((a, b) => a.name.localeCompare(b.name)),
      sourceCount: row._count.sources,
    })),
  };
}
