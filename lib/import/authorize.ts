// The checks mutationRoute makes, for routes that cannot use it because their bodies may pass its 100 KB
// limit (uploads, bulk imports) or that only read: actor, role, and the Origin check for cookie sessions.
import "server-only";
import { getActor, type Actor } from "@/lib/auth/actor";
import { hasRole, type Role } from "@/lib/auth/roles";
import { isSameOrigin } from "@/lib/http/same-origin";
import { jsonError } from "@/lib/http/responses";

export async function authorize(request: Request, role: Role, options: { mutation: boolean }): Promise<Actor | Response> {
  const actor = await getActor(request.headers);
  if (!actor) return jsonError(401, "unauthorized", "Sign in, or send a personal API token as 'Authorization: Bearer <token>'.");
  if (options.mutation && actor.via === "session" && !isSameOrigin(request)) {
    return jsonError(403, "forbidden", "Cross-site request refused: the Origin header must be this site.");
  }
  if (!hasRole(actor.role, role)) {
    return jsonError(403, "forbidden", `This needs the ${role} role; you are signed in as ${actor.role}.`);
  }
  return actor;
}
