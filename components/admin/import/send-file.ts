// Sends the picked file to POST /api/import to check or import it. Every outcome comes back as a value.
import type { ApiIssue } from "@/components/admin/api";
import type { ImportFormat, ImportReportResponse, StartImportJobResponse } from "@/lib/schemas/import";

export type SendResult =
  | { ok: true; kind: "job"; body: StartImportJobResponse }
  | { ok: true; kind: "report"; body: ImportReportResponse }
  | { ok: false; message: string; issues: ApiIssue[]; retryable: boolean };

/** A message of the "adminImport.failure" messages (next-intl's `t`), in the reader's language. */
export type FailureTranslate = (key: "sessionEnded" | "unavailable" | "server" | "unreachable" | "status", values?: Record<string, string | number>) => string;

/** What to tell the editor for a refused upload: what the status means, or the server's message (as the API writes it). */
function failure(status: number, message: string | undefined, t: FailureTranslate): string {
  if (status === 401) return t("sessionEnded");
  if (status === 503) return t("unavailable");
  if (status >= 500) return t("server");
  return message ?? t("status", { status });
}

/**
 * Uploads `file` as `format` (dryRun: a check that writes nothing). Resolves to the started job (GDELT, ICEWS,
 * SIPRI), the events format's report, or the failure's message with the server's issues (invalid rows) and
 * whether sending it again might go differently.
 */
export async function sendFile(file: File, format: ImportFormat, dryRun: boolean, t: FailureTranslate, signal?: AbortSignal): Promise<SendResult> {
  const query = new URLSearchParams({ format, dryRun: String(dryRun), name: file.name.slice(0, 200) });
  let response: Response;
  try {
    response = await fetch(`/api/import?${query}`, { method: "POST", body: file, signal, headers: { accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, message: t("unreachable"), issues: [], retryable: true };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 202 && body) return { ok: true, kind: "job", body: body as StartImportJobResponse };
  if (response.ok && body) return { ok: true, kind: "report", body: body as ImportReportResponse };
  const error = (body as { error?: { message?: string; issues?: ApiIssue[] } } | null)?.error;
  // The same file and format get the same 400 or 413; a lost session, an outage or our bug may pass.
  const retryable = response.status === 401 || response.status >= 500;
  return { ok: false, message: failure(response.status, error?.message, t), issues: error?.issues ?? [], retryable };
}
