// PATCH /api/admin/users/{id}: an admin changes someone's role.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { mutationRoute } from "@/lib/http/mutation-route";
import { UpdateUserRequestSchema } from "@/lib/schemas/admin";
import { setUserRole } from "@/lib/server/set-user-role";

export const PATCH = mutationRoute({
  role: "admin",
  schema: UpdateUserRequestSchema,
  handler: async ({ actor, input, params }: { actor: Actor; input: z.infer<typeof UpdateUserRequestSchema>; params: { id: string } }) =>
    Response.json({ user: await setUserRole(actor, params.id, input.role) }),
});
