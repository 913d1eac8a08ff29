// The POST handler of the machine importers' upload routes (/api/import/gdelt, /icews, /sipri): an editor uploads
// a file (raw body named by `?name=`, or multipart field "file"; plain or .zip; up to 200 MB), which starts an
// import job of that format; answers 202 with the job and its URL (also the Location header) at once.
import "server-only";
import { requireActor } from "@/lib/http/authorize";
import { handleErrors, parseRequestQuery } from "@/lib/http/route";
import { saveUpload } from "@/lib/import/receive-upload";
import { ImportGdeltQuerySchema, type MachineFormat } from "@/lib/schemas/import";
import { startGdeltImportJob } from "@/lib/server/import-gdelt-job";

/** The route handler that imports uploads as `format` (lib/import/gdelt-import.ts). */
export function codedImportRoute(format: MachineFormat): (request: Request) => Promise<Response> {
  return handleErrors(async (request: Request) => {
    const actor = await requireActor(request, "editor", { mutation: true });
    const { name } = parseRequestQuery(ImportGdeltQuerySchema, request);
    const upload = await saveUpload(request, { name });
    const { job } = await startGdeltImportJob(actor, upload, format);
    const statusUrl = `/api/import/jobs/${job.id}`;
    return Response.json({ job, statusUrl }, { status: 202, headers: { location: statusUrl } });
  });
}
