// GET /api/timeline: every link and the light facts of every event the filters allow, fetched once so the
// dashboard's timeline can recompute any date range on the client.
import { cachedJson } from "@/lib/http/cached-json";
import { handleErrors, searchParamsOf } from "@/lib/http/route";
import { invalidRequest } from "@/lib/http/responses";
import { TimelineRequestSchema } from "@/lib/schemas/analysis";
import { getTimelineJson } from "@/lib/server/get-timeline";

export const GET = handleErrors(async (request: Request) => {
  const parsed = TimelineRequestSchema.safeParse(searchParamsOf(request));
  if (!parsed.success) return invalidRequest(parsed.error);
  const filters = parsed.data;
  return cachedJson(request, async () => ({ status: 200, json: await getTimelineJson(filters) }));
});
