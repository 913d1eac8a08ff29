// GET /api/links (and /api/v/{snapshot}/links): every link with its strength, event count and evidence mix, for a
// range and filters.
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import { keepDirections } from "@/lib/schemas/filters";
import { ListLinksRequestSchema, type ListLinksResponse } from "@/lib/schemas/links";
import { listLinks } from "@/lib/server/list-links";

export const linksRead = readRoute({
  query: ListLinksRequestSchema,
  handler: ({ query, request }) =>
    cachedJson(request, async () => {
      const { direction, ...filters } = query;
      return { status: 200, body: { links: keepDirections(await listLinks(filters), direction) } satisfies ListLinksResponse };
    }),
});
