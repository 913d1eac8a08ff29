// Who is asking, and may they? Used by mutationRoute and by the routes that cannot use it (uploads, bulk
// imports, editors' reads): the actor from the session cookie or the API token, the role, and for
// cookie-authenticated writes the Origin check that stops cross-site requests.
import "server-only";
import { getActor, type Actor } from "@/lib/auth/actor";
import { hasRole, type Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/server/errors";
import { isSameOrigin } from "./same-origin";

/**
 * The actor making `request` if they hold `role`. Throws AppError: unauthorized (401) when nobody is signed in,
 * forbidden (403) for the wrong role or, when `mutation` is set, a cookie session from another origin.
 */
export async function requireActor(request: Request, role: Role, options: { mutation: boolean }): Promise<Actor> {
  const actor = await getActor(request.headers);
  if (!actor) throw new AppError("unauthorized", "Sign in, or send a personal API token as 'Authorization: Bearer <token>'.");
  if (options.mutation && actor.via === "session" && !isSameOrigin(request)) {
    throw new AppError("forbidden", "Cross-site request refused: the Origin header must be this site.");
  }
  if (!hasRole(actor.role, role)) throw new AppError("forbidden", `This needs the ${role} role; you are signed in as ${actor.role}.`);
  return actor;
}
