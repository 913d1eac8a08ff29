// GET /api/links/{id}: one link for a range and filters: its numbers (as GET /api/links gives them), the first
// page of its events, its weightiest events and its activity per month. A reversed id (KP-IR) redirects to IR-KP.
// PATCH (admins): the curated title and summary, quoting the `version` loaded.
import { mutationRoute } from "@/lib/http/mutation-route";
import { linkRead } from "@/lib/http/reads/link";
import { UpdateLinkRequestSchema } from "@/lib/schemas/admin";
import { LinkPathSchema } from "@/lib/schemas/paths";
import { updateLink } from "@/lib/server/update-link";

// The handler lives in lib/http/reads so the versioned route (/api/v/{snapshot}/...) serves the same one.
export const GET = linkRead;

export const PATCH = mutationRoute({
  role: "admin",
  params: LinkPathSchema,
  schema: UpdateLinkRequestSchema,
  handler: async ({ actor, input, params }) => Response.json({ link: await updateLink(actor, params.id.id, input) }),
});
