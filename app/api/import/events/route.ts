// POST /api/import/events: an editor imports events in the atlas's own format (the body is the CSV or JSON
// file GET /api/export/events.* writes; up to 20 MB; raw body or multipart field "file"). All or nothing:
// 200 with a report, or 400 listing every invalid row (issues[].path starts with the row number).
import { readFile } from "node:fs/promises";
import { requireActor } from "@/lib/http/authorize";
import { handleErrors, parseRequestQuery } from "@/lib/http/route";
import { detectFormat } from "@/lib/import/events-file";
import { saveUpload } from "@/lib/import/receive-upload";
import { ImportEventsQuerySchema } from "@/lib/schemas/import";
import { AppError } from "@/lib/server/errors";
import { importEvents } from "@/lib/server/import-events";

const MAX_EVENTS_FILE_BYTES = 20 * 1024 * 1024;

export const POST = handleErrors(async (request: Request) => {
  const actor = await requireActor(request, "editor", { mutation: true });
  const query = parseRequestQuery(ImportEventsQuerySchema, request);
  const upload = await saveUpload(request, { maxBytes: MAX_EVENTS_FILE_BYTES, name: query.name });
  let text: string;
  try {
    text = await readFile(upload.path, "utf8");
  } finally {
    await upload.remove();
  }
  const contentType = request.headers.get("content-type") ?? "";
  const hint = query.format ?? (contentType.startsWith("multipart/") ? upload.fileName : contentType);
  const result = await importEvents(actor.id, text, detectFormat(text, hint), upload.fileName);
  if (!result.ok) {
    const rows = new Set(result.issues.map((i) => i.row).filter((row) => row > 0)).size;
    // Row 0 is the file itself (its header, or a file that could not be read at all): no "1 of 0 rows".
    const message = rows
      ? `${rows} of ${result.rowCount} rows are invalid; nothing was imported. Each issue's path starts with the row number (0: the file itself).`
      : `The file could not be read as events: ${result.issues[0]?.message ?? "unknown problem"}. Nothing was imported.`;
    throw new AppError("invalid_request", message, {
      issues: result.issues.map((i) => ({ path: [i.row, ...i.path], message: i.message })),
    });
  }
  return Response.json({ report: result.report });
});
