// GET /api/links/{id}: one link with its events, newest first. A reversed id (KP-IR) redirects to IR-KP.
// PATCH (admins): the curated title and summary, quoting the `version` loaded.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { mutationRoute } from "@/lib/http/mutation-route";
import { cachedJson } from "@/lib/http/cached-json";
import { handleErrors, searchParamsOf } from "@/lib/http/route";
import { invalidRequest, notFound, notFoundBody } from "@/lib/http/responses";
import { parseLinkId } from "@/lib/domain/link-id";
import { GetLinkRequestSchema, type GetLinkResponse } from "@/lib/schemas/links";
import { getLink } from "@/lib/server/get-link";
import { UpdateLinkRequestSchema } from "@/lib/schemas/admin";
import { updateLink } from "@/lib/server/update-link";

export const GET = handleErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id: rawId } = await context.params;
  const parsedId = parseLinkId(decodeURIComponent(rawId));
  if (!parsedId) return notFound(`No link "${rawId}": a link id is two country codes joined by "-", e.g. IR-KP.`);
  if (!parsedId.canonical) {
    // A relative Location (RFC 9110 §10.2.2), resolved against the URL the client asked for (RFC 3986 §5.2):
    // request.url's host is the server's own (localhost), not the one the client used, so an absolute URL built
    // from it sent clients behind a proxy to localhost. Only the last segment changes, so a proxy that serves
    // the app under a path prefix keeps it.
    const location = `${encodeURIComponent(parsedId.id)}${new URL(request.url).search}`;
    return new Response(null, { status: 308, headers: { location } });
  }
  const filters = GetLinkRequestSchema.safeParse(searchParamsOf(request));
  if (!filters.success) return invalidRequest(filters.error);
  const id = parsedId.id;
  return cachedJson(request, async () => {
    const link = await getLink(id, filters.data);
    if (!link) return { status: 404, body: notFoundBody(`No link ${id}.`) };
    return { status: 200, body: { link } satisfies GetLinkResponse };
  });
});

export const PATCH = mutationRoute({
  role: "admin",
  schema: UpdateLinkRequestSchema,
  handler: async ({ actor, input, params }: { actor: Actor; input: z.infer<typeof UpdateLinkRequestSchema>; params: { id: string } }) => {
    const parsedId = parseLinkId(params.id);
    if (!parsedId) return notFound(`No link "${params.id}".`);
    return Response.json({ link: await updateLink(actor, parsedId.id, input) });
  },
});
