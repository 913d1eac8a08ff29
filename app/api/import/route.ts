// POST /api/import: an editor checks (?dryRun=true) or imports a file of any format the atlas reads, detected
// from the file (?format=auto, the default) or named. GDELT, ICEWS and SIPRI answer 202 with a job to poll;
// the own events format answers 200 with its report. Raw body (name it with ?name=) or multipart field "file".
import { requireActor } from "@/lib/http/authorize";
import { handleErrors, parseRequestQuery } from "@/lib/http/route";
import { saveUpload } from "@/lib/import/receive-upload";
import { ImportQuerySchema } from "@/lib/schemas/import";
import { MAX_EVENTS_FILE_BYTES } from "@/lib/server/import-events";
import { startImport } from "@/lib/server/start-import";

export const POST = handleErrors(async (request: Request) => {
  const actor = await requireActor(request, "editor", { mutation: true });
  const query = parseRequestQuery(ImportQuerySchema, request);
  const events = query.format === "events-csv" || query.format === "events-json";
  const upload = await saveUpload(request, { name: query.name, ...(events ? { maxBytes: MAX_EVENTS_FILE_BYTES } : {}) });
  const { status, body } = await startImport(actor, upload, query);
  const headers: Record<string, string> = "statusUrl" in body ? { location: body.statusUrl } : {};
  return Response.json(body, { status, headers });
});
