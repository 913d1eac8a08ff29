// GET /api/links/{id}/events (and under /api/v/{snapshot}/): a link's events in a range and filters, newest
// first, a page at a time (`cursor` from the previous page's nextCursor), each with what it adds to the link's
// strength.
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import { ListLinkEventsRequestSchema } from "@/lib/schemas/links";
import { LinkPathSchema } from "@/lib/schemas/paths";
import { notFound } from "@/lib/server/errors";
import { listLinkEvents } from "@/lib/server/list-link-events";

export const linkEventsRead = readRoute({
  params: LinkPathSchema,
  query: ListLinkEventsRequestSchema,
  handler: ({ params, query, request }) => {
    const { id, canonical } = params.id;
    if (!canonical) return new Response(null, { status: 308, headers: { location: `../${id}/events${new URL(request.url).search}` } });
    return cachedJson(request, async () => {
      const page = await listLinkEvents(id, query);
      if (!page) throw notFound(`No link ${id}.`);
      return { status: 200, body: page };
    });
  },
});
