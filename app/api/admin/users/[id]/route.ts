// PATCH /api/admin/users/{id}: an admin changes someone's role.
import { mutationRoute } from "@/lib/http/mutation-route";
import { UpdateUserRequestSchema } from "@/lib/schemas/admin";
import { UserPathSchema } from "@/lib/schemas/paths";
import { setUserRole } from "@/lib/server/set-user-role";

export const PATCH = mutationRoute({
  role: "admin",
  params: UserPathSchema,
  schema: UpdateUserRequestSchema,
  handler: async ({ actor, input, params }) => Response.json({ user: await setUserRole(actor, params.id, input.role) }),
});
