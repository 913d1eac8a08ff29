// GET /api/compare (and /api/v/{snapshot}/compare) ?a=2019-01..2022-12&b=2023-01..2024-12: which links appeared,
// strengthened, weakened or went quiet between two periods, with the events that made the difference. Cached per
// data version like the other public reads: at a million events a comparison of two decades takes tens of seconds
// to compute, and the cache also makes simultaneous identical requests share one computation.
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import { CompareRequestSchema } from "@/lib/schemas/analysis";
import { comparePeriods } from "@/lib/server/compare-periods";

export const compareRead = readRoute({
  query: CompareRequestSchema,
  handler: ({ query, request }) => cachedJson(request, async () => ({ status: 200, body: await comparePeriods(query) })),
});
