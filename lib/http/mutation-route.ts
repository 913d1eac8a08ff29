// The one wrapper every mutating API route goes through (the habit from dub's safe-action): it finds the
// actor and checks the role, refuses cross-site cookie requests and oversized bodies, parses the path and
// the body with the route's zod schemas, and answers failures in the API's error shape (lib/http/route.ts).
// Nothing is written unless all pass.
import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { AppError, invalidRequest } from "@/lib/server/errors";
import { requireActor } from "./authorize";
import { handleErrors, parsePathParams, type RouteContext } from "./route";

export const MAX_BODY_BYTES = 100 * 1024;

const tooLarge = () => new AppError("payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);

/** Reads the body, stopping as soon as it passes the limit (Content-Length can be absent or wrong). */
async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
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
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The body as JSON through `schema`; an empty body is {}. Throws AppError invalid_request naming each field. */
async function parseBody<S extends z.ZodType>(schema: S | undefined, request: Request): Promise<z.output<S>> {
  const text = await readBody(request);
  if (!schema) return undefined as z.output<S>;
  let input: unknown;
  try {
    input = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new AppError("invalid_request", "The body is not valid JSON.", { issues: [{ path: [], message: "must be a JSON object" }] });
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidRequest(parsed.error);
  return parsed.data;
}

type Empty = z.ZodObject<Record<string, never>>;

export function mutationRoute<Schema extends z.ZodType = z.ZodUndefined, P extends z.ZodObject = Empty>(options: {
  role: Role;
  /** The path's parameters, e.g. z.object({ id: UuidSchema }). */
  params?: P;
  /** The JSON body; omit for requests without one. */
  schema?: Schema;
  handler: (args: { actor: Actor; input: z.output<Schema>; params: z.output<P>; request: Request }) => Promise<Response>;
}) {
  return handleErrors(async (request: Request, context?: RouteContext) => {
    const actor = await requireActor(request, options.role, { mutation: true });
    const input = await parseBody(options.schema, request);
    const params = await parsePathParams(options.params, context);
    return options.handler({ actor, input, params, request });
  });
}
