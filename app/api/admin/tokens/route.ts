// POST /api/admin/tokens: an admin creates a personal API token (shown once in the response).
import { mutationRoute } from "@/lib/http/mutation-route";
import { CreateApiTokenRequestSchema } from "@/lib/schemas/admin";
import { createApiToken } from "@/lib/server/create-api-token";

export const POST = mutationRoute({
  role: "admin",
  schema: CreateApiTokenRequestSchema,
  handler: async ({ actor, input }) => Response.json({ token: await createApiToken(actor, input.name, input.userId) }, { status: 201 }),
});
