// The one wrapper every mutating API route goes through (the habit from dub's safe-action): it finds the
// actor and checks the role, refuses cross-site cookie requests and oversized bodies, parses the body with
// the route's zod schema, and maps operation errors to statuses. Nothing is written unless all pass.
import "server-only";
import type { z } from "zod";
import { getActor, type Actor } from "@/lib/auth/actor";
import { hasRole, type Role } from "@/lib/auth/roles";
import { ConflictError, InputError, NotFoundError } from "@/lib/server/errors";
import { handleErrors } from "./route";
import { invalidRequest, jsonError } from "./responses";
import { isSameOrigin } from "./same-origin";

export const MAX_BODY_BYTES = 100 * 1024;

class BodyTooLarge extends Error {}

/** Reads the body, stopping as soon as it passes the limit (Content-Length can be absent or wrong). */
async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BodyTooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function mutationRoute<Schema extends z.ZodType, Params = Record<string, never>>(options: {
  role: Role;
  /** Omit for requests without a body. */
  schema?: Schema;
  handler: (args: { actor: Actor; input: z.infer<Schema>; params: Params; request: Request }) => Promise<Response>;
}) {
  return handleErrors(async (request: Request, context?: { params: Promise<Params> }) => {
    const actor = await getActor(request.headers);
    if (!actor) return jsonError(401, "unauthorized", "Sign in, or send a personal API token as 'Authorization: Bearer <token>'.");
    if (actor.via === "session" && !isSameOrigin(request)) {
      return jsonError(403, "forbidden", "Cross-site request refused: the Origin header must be this site.");
    }
    if (!hasRole(actor.role, options.role)) {
      return jsonError(403, "forbidden", `This needs the ${options.role} role; you are signed in as ${actor.role}.`);
    }

    let input: unknown = undefined;
    try {
      const text = await readBody(request);
      if (options.schema) {
        try {
          input = text.trim() ? JSON.parse(text) : {};
        } catch {
          return jsonError(400, "invalid_request", "The body is not valid JSON.", [{ path: [], message: "must be a JSON object" }]);
        }
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return jsonError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
      }
      throw error;
    }
    if (options.schema) {
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) return invalidRequest(parsed.error);
      input = parsed.data;
    }

    try {
      const params = (context ? await context.params : {}) as Params;
      return await options.handler({ actor, input: input as z.infer<Schema>, params, request });
    } catch (error) {
      if (error instanceof InputError) return jsonError(400, "invalid_request", error.message, error.issues);
      if (error instanceof NotFoundError) return jsonError(404, "not_found", error.message);
      if (error instanceof ConflictError) {
        return Response.json({ error: { code: "conflict", message: error.message }, current: error.current }, { status: 409 });
      }
      throw error;
    }
  });
}
