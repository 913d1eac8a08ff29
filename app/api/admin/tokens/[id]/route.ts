// DELETE /api/admin/tokens/{id}: an admin revokes a token.
import type { Actor } from "@/lib/auth/actor";
import { mutationRoute } from "@/lib/http/mutation-route";
import { revokeApiToken } from "@/lib/server/revoke-api-token";

export const DELETE = mutationRoute({
  role: "admin",
  handler: async ({ actor, params }: { actor: Actor; input: unknown; params: { id: string } }) =>
    Response.json({ token: await revokeApiToken(actor, params.id) }),
});
