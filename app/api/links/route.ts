// GET /api/links: every link with its strength, event count and evidence mix, filtered by from/to/category/evidence.
import { cachedJson } from "@/lib/http/cached-json";
import { handleErrors, searchParamsOf } from "@/lib/http/route";
import { invalidRequest } from "@/lib/http/responses";
import { ListLinksRequestSchema, type ListLinksResponse } from "@/lib/schemas/links";
import { listLinks } from "@/lib/server/list-links";

export const GET = handleErrors(async (request: Request) => {
  const parsed = ListLinksRequestSchema.safeParse(searchParamsOf(request));
  if (!parsed.success) return invalidRequest(parsed.error);
  const filters = parsed.data;
  return cachedJson(request, async () => ({ status: 200, body: { links: await listLinks(filters) } satisfies ListLinksResponse }));
});
