// GET /feeds/links/{id}.atom: an Atom feed (RFC 4287) of one link's newest 50 new and changed events. A malformed id
// answers 400 naming it, an unknown link 404, and a reversed id (KP-IR.atom) redirects to IR-KP.atom, as the API does.
import { feedResponse } from "@/lib/http/feed-response";
import { readRoute } from "@/lib/http/route";
import { FeedQuerySchema } from "@/lib/schemas/feeds";
import { LinkFeedPathSchema } from "@/lib/schemas/paths";

export const GET = readRoute({
  params: LinkFeedPathSchema,
  query: FeedQuerySchema,
  handler: ({ params, request }) => {
    const { id, canonical } = params.id;
    // Relative, so it stays on the host and path prefix the client used (as GET /api/links/{id} redirects).
    if (!canonical) return new Response(null, { status: 308, headers: { location: `${encodeURIComponent(id)}.atom` } });
    return feedResponse(request, { kind: "link", id });
  },
});
