// POST /api/import/icews: an editor uploads an ICEWS coded-event file (tab-separated with its header row; raw body
// or multipart field "file"; plain or .zip; up to 200 MB). Answers 202 with an import job at once, as
// POST /api/import/gdelt does; poll GET /api/import/jobs/{id} for progress.
import { requireActor } from "@/lib/http/authorize";
import { handleErrors, parseRequestQuery } from "@/lib/http/route";
import { saveUpload } from "@/lib/import/receive-upload";
import { ImportGdeltQuerySchema } from "@/lib/schemas/import";
import { startGdeltImportJob } from "@/lib/server/import-gdelt-job";

export const POST = handleErrors(async (request: Request) => {
  const actor = await requireActor(request, "editor", { mutation: true });
  const { name } = parseRequestQuery(ImportGdeltQuerySchema, request);
  const upload = await saveUpload(request, { name });
  const { job } = await startGdeltImportJob(actor, upload, "icews");
  const statusUrl = `/api/import/jobs/${job.id}`;
  return Response.json({ job, statusUrl }, { status: 202, headers: { location: statusUrl } });
});
