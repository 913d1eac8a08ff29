// POST /api/import/events: an editor imports events in the atlas's own format (the body is the CSV or JSON
// file GET /api/export/events.* writes; up to 20 MB; raw body or multipart field "file"). All or nothing:
// 200 with a report, or 400 listing every invalid row (issues[].path starts with the row number).
import { authorize } from "@/lib/import/authorize";
import { detectFormat } from "@/lib/import/events-file";
import { saveUpload, UploadError } from "@/lib/import/receive-upload";
import { handleErrors } from "@/lib/http/route";
import { jsonError } from "@/lib/http/responses";
import { readFile } from "node:fs/promises";
import { importEvents } from "@/lib/server/import-events";

const MAX_EVENTS_FILE_BYTES = 20 * 1024 * 1024;

export const POST = handleErrors(async (request: Request) => {
  const actor = await authorize(request, "editor", { mutation: true });
  if (actor instanceof Response) return actor;
  let upload;
  try {
    upload = await saveUpload(request, MAX_EVENTS_FILE_BYTES);
  } catch (error) {
    if (error instanceof UploadError) {
      return jsonError(error.status, error.status === 413 ? "payload_too_large" : "invalid_request", error.message);
    }
    throw error;
  }
  let text: string;
  try {
    text = await readFile(upload.path, "utf8");
  } finally {
    await upload.remove();
  }
  const url = new URL(request.url);
  const contentType = request.headers.get("content-type") ?? "";
  const hint = url.searchParams.get("format") ?? (contentType.startsWith("multipart/") ? upload.fileName : contentType);
  const format = detectFormat(text, hint);
  const result = await importEvents(actor.id, text, format, upload.fileName);
  if (!result.ok) {
    const rows = new Set(result.issues.map((i) => i.row)).size;
    return jsonError(
      400,
      "invalid_request",
      `${rows} of ${result.rowCount} rows are invalid; nothing was imported. Each issue's path starts with the row number.`,
      result.issues.map((i) => ({ path: [i.row, ...i.path], message: i.message })),
    );
  }
  return Response.json({ report: result.report });
});
