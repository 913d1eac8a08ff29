// POST /api/import/gdelt: an editor uploads a GDELT event file (raw body, or multipart field "file"; plain or
// .zip; up to 200 MB). Answers 202 with an import job at once; poll GET /api/import/jobs/{id} for progress.
import { authorize } from "@/lib/import/authorize";
import { saveUpload, UploadError } from "@/lib/import/receive-upload";
import { handleErrors } from "@/lib/http/route";
import { jsonError } from "@/lib/http/responses";
import { startGdeltImportJob } from "@/lib/server/import-gdelt-job";

export const POST = handleErrors(async (request: Request) => {
  const actor = await authorize(request, "editor", { mutation: true });
  if (actor instanceof Response) return actor;
  let upload;
  try {
    upload = await saveUpload(request);
  } catch (error) {
    if (error instanceof UploadError) {
      return jsonError(error.status, error.status === 413 ? "payload_too_large" : "invalid_request", error.message);
    }
    throw error;
  }
  const { job } = await startGdeltImportJob(actor, upload);
  const statusUrl = `/api/import/jobs/${job.id}`;
  return Response.json({ job, statusUrl }, { status: 202, headers: { location: statusUrl } });
});
