// The query an import page polls while a check or import job runs (GET /api/import/jobs/{id}). Client-safe.
import { queryOptions } from "@tanstack/react-query";
import type { ImportJob, ImportJobResponse } from "@/lib/schemas/import";
import { getJson } from "./api";

/** How often a running job is asked for its progress; the job's row is updated about as often. */
export const IMPORT_JOB_POLL_MS = 1000;

/**
 * The job at `statusUrl` (as POST /api/import answered it), asked again every IMPORT_JOB_POLL_MS until its
 * status is no longer "running". A failed request is retried a few times: a job outlives a network blip.
 */
export function importJobQuery(statusUrl: string) {
  return queryOptions<ImportJob>({
    queryKey: ["import-job", statusUrl] as const,
    queryFn: async ({ signal }) => (await getJson<ImportJobResponse>(statusUrl, signal)).job,
    staleTime: 0,
    retry: 3,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== "running" ? false : IMPORT_JOB_POLL_MS),
  });
}
