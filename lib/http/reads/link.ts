// GET /api/links/{id} (and under /api/v/{snapshot}/): one link for a range and filters: its numbers (as GET
// /api/links gives them), the first page of its events, its weightiest events and its activity per month. A
// reversed id (KP-IR) redirects to IR-KP.
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import { GetLinkRequestSchema, type GetLinkResponse } from "@/lib/schemas/links";
import { LinkPathSchema } from "@/lib/schemas/paths";
import { notFound } from "@/lib/server/errors";
import { getLink } from "@/lib/server/get-link";

export const linkRead = readRoute({
  params: LinkPathSchema,
  query: GetLinkRequestSchema,
  handler: ({ params, query, request }) => {
    const { id, canonical } = params.id;
    // A relative Location (RFC 9110 §10.2.2), resolved against the URL the client asked for (RFC 3986 §5.2):
    // request.url's host is the server's own (localhost), not the one the client used, so an absolute URL built
    // from it sent clients behind a proxy to localhost. Only the last segment changes, so a proxy that serves
    // the app under a path prefix keeps it (and so does a versioned URL).
    if (!canonical) return new Response(null, { status: 308, headers: { location: `${encodeURIComponent(id)}${new URL(request.url).search}` } });
    return cachedJson(request, async () => {
      const link = await getLink(id, query);
      if (!link) throw notFound(`No link ${id}.`);
      return { status: 200, body: { link } satisfies GetLinkResponse };
    });
  },
});
