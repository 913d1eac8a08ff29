// Starts importing an uploaded GDELT file in the background and records its progress in import_jobs
// (about once a second), so any app process can answer GET /api/import/jobs/{id}. A dry run (a check) is a job
// like any other: its report says what the import would do.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { importGdeltFiles } from "@/lib/import/gdelt-import";
import type { SavedUpload } from "@/lib/import/receive-upload";
import { uuid7 } from "@/lib/import/uuid7";
import { GDELT_REJECT_REASONS, type MachineFormat, type GdeltImportProgress, type ImportJob } from "@/lib/schemas/import";
import { toImportJob } from "./import-job-status";

/** The report of a job that has read nothing yet. */
export function emptyProgress(fileName: string, totalBytes: number, dryRun = false): GdeltImportProgress {
  return {
    file: fileName, rowsRead: 0, bytesRead: 0, totalBytes, percent: 0, rowsPerSecond: 0, etaSeconds: null,
    elapsedSeconds: 0, imported: 0, linksCreated: 0, newLinks: [], skipped: Object.fromEntries(GDELT_REJECT_REASONS.map((r) => [r, 0])) as GdeltImportProgress["skipped"], examples: [], dryRun, done: false,
  };
}

/**
 * Starts importing an uploaded file of `format` (GDELT by default; "icews" for an ICEWS coded-event file, "sipri"
 * for SIPRI's trade register, which go through the same importer: lib/import/gdelt-import.ts) as a background
 * job; returns the job at once and a promise of its end (never rejects: a failure is recorded on the job). With
 * `dryRun`, the job checks the file (importGdeltFiles's dryRun) and writes nothing but its own row. The job owns
 * `upload` and removes it when done, also when this throws (the job's row could not be written).
 */
export async function startGdeltImportJob(
  actor: Actor,
  upload: SavedUpload,
  format: MachineFormat = "gdelt",
  options: { dryRun?: boolean } = {},
): Promise<{ job: ImportJob; finished: Promise<void> }> {
  const id = uuid7();
  const dryRun = options.dryRun ?? false;
  const row = await db()
    .importJob.create({
      data: { id, kind: format, status: "running", fileName: upload.fileName, progress: emptyProgress(upload.fileName, upload.bytes, dryRun), createdById: actor.id },
    })
    .catch(async (error: unknown) => {
      await upload.remove().catch(() => undefined);
      throw error;
    });

  let lastWrite = 0;
  let writing: Promise<unknown> | null = null;
  const save = (progress: GdeltImportProgress) => {
    if (writing || performance.now() - lastWrite < 1000) return;
    lastWrite = performance.now();
    writing = db().importJob
      .update({ where: { id }, data: { progress, updatedAt: new Date() } })
      .catch((error: unknown) => console.error("import job progress", error))
      .finally(() => (writing = null));
  };

  const finished = (async () => {
    try {
      const report = await importGdeltFiles({
        connectionString: serverEnv().DATABASE_URL,
        format,
        files: [{ path: upload.path, name: upload.fileName }],
        actorId: actor.id,
        runId: id,
        dryRun,
        onProgress: (p) => {
          if (!p.done) save(p);
        },
      });
      await writing;
      await db().importJob.update({
        where: { id },
        data: { status: "done", progress: report, updatedAt: new Date(), finishedAt: new Date() },
      });
    } catch (error) {
      await writing;
      console.error(`${format} ${dryRun ? "check" : "import"} job failed`, error);
      const reason = error instanceof Error ? error.message : String(error);
      await db().importJob
        .update({
          where: { id },
          data: {
            status: "failed",
            error: dryRun
              ? `The check stopped: ${reason}. Nothing was written.`
              : `The import stopped: ${reason}. Batches written so far are kept; upload the file again to finish (imported rows are skipped).`,
            updatedAt: new Date(),
            finishedAt: new Date(),
          },
        })
        .catch(() => undefined);
    } finally {
      await upload.remove().catch(() => undefined);
    }
  })();
  return { job: toImportJob(row), finished };
}
