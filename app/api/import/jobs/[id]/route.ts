// GET /api/import/jobs/{id}: an import job's progress (rows read, rows/s, ETA, imported, skipped by reason,
// examples) and status; editors poll it about once a second while status is "running".
import { authorize } from "@/lib/import/authorize";
import { handleErrors } from "@/lib/http/route";
import { notFound } from "@/lib/http/responses";
import { GetImportJobRequestSchema, type ImportJobResponse } from "@/lib/schemas/import";
import { getImportJob } from "@/lib/server/import-job-status";

export const GET = handleErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(request, "editor", { mutation: false });
  if (actor instanceof Response) return actor;
  const { id } = await context.params;
  const job = GetImportJobRequestSchema.safeParse({ id }).success ? await getImportJob(id) : null;
  if (!job) return notFound(`No import job ${id}.`);
  const body: ImportJobResponse = { job };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
