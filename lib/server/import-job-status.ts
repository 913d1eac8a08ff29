// One import job as GET /api/import/jobs/{id} reports it. A job whose process stopped (no progress for two
// minutes) is reported, and recorded, as failed rather than running forever.
import "server-only";
import { db } from "@/lib/db";
import type { ImportJob as ImportJobRow } from "@/lib/generated/prisma/client";
import { CODED_FORMATS, type CodedFormat, type GdeltImportProgress, type ImportJob } from "@/lib/schemas/import";

export const STALE_AFTER_MS = 2 * 60 * 1000;

export function toImportJob(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    kind: (CODED_FORMATS as readonly string[]).includes(row.kind) ? (row.kind as CodedFormat) : "gdelt",
    status: row.status as ImportJob["status"],
    fileName: row.fileName,
    progress: row.progress as unknown as GdeltImportProgress,
    error: row.error,
    startedAt: row.startedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function getImportJob(id: string): Promise<ImportJob | null> {
  let row = await db().importJob.findUnique({ where: { id } });
  if (!row) return null;
  if (row.status === "running" && Date.now() - row.updatedAt.getTime() > STALE_AFTER_MS) {
    row = await db().importJob.update({
      where: { id },
      data: {
        status: "failed",
        error: "The import stopped without finishing (the server was restarted?). Upload the file again: rows already imported are skipped.",
        finishedAt: new Date(),
      },
    });
  }
  return toImportJob(row);
}
