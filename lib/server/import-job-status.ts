// One import job as GET /api/import/jobs/{id} reports it. A job whose process stopped (no progress for two
// minutes) is reported, and recorded, as failed rather than running forever.
import "server-only";
import { db } from "@/lib/db";
import type { ImportJob as ImportJobRow } from "@/lib/generated/prisma/client";
import { isMachineFormat, type GdeltImportProgress, type ImportJob } from "@/lib/schemas/import";

export const STALE_AFTER_MS = 2 * 60 * 1000;

/** A job row as the API answers it; rows written before dry runs existed read as real imports. */
export function toImportJob(row: ImportJobRow): ImportJob {
  const stored = row.progress as unknown as Omit<GdeltImportProgress, "newLinks" | "dryRun"> & Partial<GdeltImportProgress>;
  const progress: GdeltImportProgress = { ...stored, newLinks: stored.newLinks ?? [], dryRun: stored.dryRun ?? false };
  return {
    id: row.id,
    kind: isMachineFormat(row.kind) ? row.kind : "gdelt",
    dryRun: progress.dryRun,
    status: row.status as ImportJob["status"],
    fileName: row.fileName,
    progress,
    error: row.error,
    startedAt: row.startedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** The job `id` (null when there is none), marking a running job whose process stopped as failed. */
export async function getImportJob(id: string): Promise<ImportJob | null> {
  let row = await db().importJob.findUnique({ where: { id } });
  if (!row) return null;
  if (row.status === "running" && Date.now() - row.updatedAt.getTime() > STALE_AFTER_MS) {
    row = await db().importJob.update({
      where: { id },
      data: {
        status: "failed",
        error: (row.progress as { dryRun?: boolean }).dryRun
          ? "The check stopped without finishing (the server was restarted?). Nothing was written; check the file again."
          : "The import stopped without finishing (the server was restarted?). Upload the file again: rows already imported are skipped.",
        finishedAt: new Date(),
      },
    });
  }
  return toImportJob(row);
}
