// DELETE /api/admin/tokens/{id}: an admin revokes a token.
import { mutationRoute } from "@/lib/http/mutation-route";
import { TokenPathSchema } from "@/lib/schemas/paths";
import { revokeApiToken } from "@/lib/server/revoke-api-token";

export const DELETE = mutationRoute({
  role: "admin",
  params: TokenPathSchema,
  handler: async ({ actor, params }) => Response.json({ token: await revokeApiToken(actor, params.id) }),
});
