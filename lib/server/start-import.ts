// POST /api/import's work: detect (or take) the file's format, then check or import it. The machine-coded
// formats run as a background job (import-gdelt-job.ts); the own events format answers with its report.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { describeUnknown, detectImportFormat } from "@/lib/import/detect-format";
import { readHead } from "@/lib/import/read-head";
import type { SavedUpload } from "@/lib/import/receive-upload";
import { isMachineFormat, type ImportQuery, type ImportReportResponse, type StartImportJobResponse } from "@/lib/schemas/import";
import { AppError } from "./errors";
import { importEventsUpload, MAX_EVENTS_FILE_BYTES } from "./import-events";
import { startGdeltImportJob } from "./import-gdelt-job";

export type StartImportResult = { status: 202; body: StartImportJobResponse } | { status: 200; body: ImportReportResponse };

const NAMES = { gdelt: "GDELT", icews: "ICEWS", sipri: "SIPRI" } as const;

/** A 400 about the `format` parameter, the one field a file's format comes down to. */
const formatError = (message: string) => new AppError("invalid_request", message, { issues: [{ path: ["format"], message }] });

/**
 * Checks (query.dryRun) or imports `upload` as `actor`. The format is query.format, or with "auto" what
 * detectImportFormat reads from the upload's name and head. Returns 202 with a started job (GDELT, ICEWS,
 * SIPRI) or 200 with the own format's report. Throws AppError: invalid_request when the format is unknown or
 * not imported by this server yet, or when an events file has invalid rows; payload_too_large for an events
 * file over 20 MB. The upload is removed in every case (a job removes it when it ends).
 */
export async function startImport(actor: Actor, upload: SavedUpload, query: ImportQuery): Promise<StartImportResult> {
  let owned = true;
  try {
    const detected = detectImportFormat(upload.fileName, await readHead(upload.path));
    const format = query.format === "auto" ? detected.format : query.format;
    if (format === "unknown") throw formatError(`The file's format could not be told. ${describeUnknown(detected)} Name it with ?format= if it is one of them.`);
    const dryRun = query.dryRun;

    if (isMachineFormat(format)) {
      owned = false;
      const { job } = await startGdeltImportJob(actor, upload, format, { dryRun });
      return { status: 202, body: { job, statusUrl: `/api/import/jobs/${job.id}`, format, dryRun, detected } };
    }
    if (upload.bytes > MAX_EVENTS_FILE_BYTES) {
      throw new AppError("payload_too_large", `An events file may be up to ${MAX_EVENTS_FILE_BYTES / 1024 / 1024} MB; this one is larger.`);
    }
    owned = false;
    const report = await importEventsUpload(actor.id, upload, format === "events-json" ? "json" : "csv", { dryRun });
    return { status: 200, body: { report, format, dryRun, detected } };
  } catch (error) {
    if (owned) await upload.remove().catch(() => undefined);
    throw error;
  }
}
