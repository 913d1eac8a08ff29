// GET /api/links/{id}: one link for a range and filters: its numbers (as GET /api/links gives them), the first
// page of its events, its weightiest events and its activity per month. A reversed id (KP-IR) redirects to IR-KP.
// PATCH (admins): the curated title and summary, quoting the `version` loaded.
import { cachedJson } from "@/lib/http/cached-json";
import { mutationRoute } from "@/lib/http/mutation-route";
import { readRoute } from "@/lib/http/route";
import { UpdateLinkRequestSchema } from "@/lib/schemas/admin";
import { GetLinkRequestSchema, type GetLinkResponse } from "@/lib/schemas/links";
import { LinkPathSchema } from "@/lib/schemas/paths";
import { notFound } from "@/lib/server/errors";
import { getLink } from "@/lib/server/get-link";
import { updateLink } from "@/lib/server/update-link";

export const GET = readRoute({
  params: LinkPathSchema,
  query: GetLinkRequestSchema,
  handler: ({ params, query, request }) => {
    const { id, canonical } = params.id;
    // Relative, so the redirect stays on whatever host and scheme the client used (RFC 9110 §10.2.2).
    if (!canonical) return new Response(null, { status: 308, headers: { location: `${id}${new URL(request.url).search}` } });
    return cachedJson(request, async () => {
      const link = await getLink(id, query);
      if (!link) throw notFound(`No link ${id}.`);
      return { status: 200, body: { link } satisfies GetLinkResponse };
    });
  },
});

export const PATCH = mutationRoute({
  role: "admin",
  params: LinkPathSchema,
  schema: UpdateLinkRequestSchema,
  handler: async ({ actor, input, params }) => Response.json({ link: await updateLink(actor, params.id.id, input) }),
});
