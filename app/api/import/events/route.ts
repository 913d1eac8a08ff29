// POST /api/import/events: an editor imports events in the atlas's own format (the body is the CSV or JSON
// file GET /api/export/events.* writes; up to 20 MB; raw body or multipart field "file"). All or nothing:
// 200 with a report, or 400 listing every invalid row (issues[].path starts with the row number).
import { requireActor } from "@/lib/http/authorize";
import { handleErrors, parseRequestQuery } from "@/lib/http/route";
import { detectFormat } from "@/lib/import/events-file";
import { saveUpload } from "@/lib/import/receive-upload";
import { ImportEventsQuerySchema } from "@/lib/schemas/import";
import { importEventsUpload, MAX_EVENTS_FILE_BYTES } from "@/lib/server/import-events";

export const POST = handleErrors(async (request: Request) => {
  const actor = await requireActor(request, "editor", { mutation: true });
  const query = parseRequestQuery(ImportEventsQuerySchema, request);
  const upload = await saveUpload(request, { maxBytes: MAX_EVENTS_FILE_BYTES, name: query.name });
  const contentType = request.headers.get("content-type") ?? "";
  const hint = query.format ?? (contentType.startsWith("multipart/") ? upload.fileName : contentType);
  const report = await importEventsUpload(actor.id, upload, (text) => detectFormat(text, hint));
  return Response.json({ report });
});
