// GET /api/compare?a=2019-01..2022-12&b=2023-01..2024-12: which links appeared, strengthened, weakened or went
// quiet between two periods, with the events that made the difference. Cached per data version like the
// other public reads: at a million events a comparison of two decades takes tens of seconds to compute, and
// the cache also makes simultaneous identical requests share one computation.
import { cachedJson } from "@/lib/http/cached-json";
import { handleErrors, searchParamsOf } from "@/lib/http/route";
import { invalidRequest } from "@/lib/http/responses";
import { CompareRequestSchema } from "@/lib/schemas/analysis";
import { comparePeriods } from "@/lib/server/compare-periods";

export const GET = handleErrors(async (request: Request) => {
  const parsed = CompareRequestSchema.safeParse(searchParamsOf(request));
  if (!parsed.success) return invalidRequest(parsed.error);
  const query = parsed.data;
  return cachedJson(request, async () => ({ status: 200, body: await comparePeriods(query) }));
});
