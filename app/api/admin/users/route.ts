// POST /api/admin/users: an admin creates an account with a role (sign-up is closed).
import { mutationRoute } from "@/lib/http/mutation-route";
import { CreateUserRequestSchema } from "@/lib/schemas/admin";
import { createUser } from "@/lib/server/create-user";

export const POST = mutationRoute({
  role: "admin",
  schema: CreateUserRequestSchema,
  handler: async ({ actor, input }) => Response.json({ user: await createUser(actor.id, input) }, { status: 201 }),
});
