// GET /api/import/jobs/{id}: an import job's progress (rows read, rows/s, ETA, imported, skipped by reason,
// examples) and status; editors poll it about once a second while status is "running".
import { requireActor } from "@/lib/http/authorize";
import { readRoute } from "@/lib/http/route";
import type { ImportJobResponse } from "@/lib/schemas/import";
import { ImportJobPathSchema } from "@/lib/schemas/paths";
import { notFound } from "@/lib/server/errors";
import { getImportJob } from "@/lib/server/import-job-status";

export const GET = readRoute({
  params: ImportJobPathSchema,
  // The job row changes every second while it runs, and only its editor asks: the primary's is the news.
  primaryOnly: true,
  handler: async ({ params: { id }, request }) => {
    await requireActor(request, "editor", { mutation: false });
    const job = await getImportJob(id);
    if (!job) throw notFound(`No import job ${id}.`);
    return Response.json({ job } satisfies ImportJobResponse, { headers: { "cache-control": "no-store" } });
  },
});
