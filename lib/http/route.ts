// The route builders' shared parts: how any failure becomes an answer (an AppError its code's status, a
// database outage 503 JSON so clients retry, anything else a logged 500 JSON: never an HTML page or a
// crash), and how path parameters and query strings are parsed (400 naming the field, nothing else run).
import type { z } from "zod";
import { AppError, invalidRequest } from "@/lib/server/errors";
import { parseQuery } from "@/lib/schemas/query";
import { isDatabaseUnavailable } from "./database-errors";
import { answerRead } from "./read-source";
import { errorResponse, jsonError } from "./responses";

/** The answer for anything a handler threw. */
export function failureResponse(error: unknown): Response {
  if (error instanceof AppError) return errorResponse(error);
  if (isDatabaseUnavailable(error)) {
    // One line, not the stack: an outage answers every request this way, and the log should say why.
    console.error(`503 database unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return jsonError("database_unavailable", "The database is unavailable; try again shortly.");
  }
  console.error(error);
  return jsonError("internal_error", "Something went wrong on our side.");
}

/** Wraps a handler so whatever it throws is answered by failureResponse. */
export function handleErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return failureResponse(error);
    }
  };
}

/** What Next.js passes a route handler besides the request: the dynamic segments of its path. */
export interface RouteContext {
  params?: Promise<Record<string, string | string[]>>;
}

/** The route's path parameters through `schema`; throws AppError invalid_request naming the parameter. */
export async function parsePathParams<S extends z.ZodObject>(schema: S | undefined, context: RouteContext | undefined): Promise<z.output<S>> {
  if (!schema) return {} as z.output<S>;
  const raw = (await context?.params) ?? {};
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalidRequest(parsed.error);
  return parsed.data;
}

/** The request's query string through `schema` (repeated keys as lib/schemas/query.ts says); throws AppError. */
export function parseRequestQuery<S extends z.ZodObject>(schema: S | undefined, request: Request): z.output<S> {
  if (!schema) return {} as z.output<S>;
  const parsed = parseQuery(schema, new URL(request.url).searchParams);
  if (!parsed.success) throw invalidRequest(parsed.error);
  return parsed.data;
}

type Empty = z.ZodObject<Record<string, never>>;

/**
 * The one way a read route is built: parse the path parameters and the query with their schemas, call the
 * handler with the parsed values, and answer any failure in the API's error shape. Handlers are a few lines.
 * The handler's reads go to the read replica for requests without credentials (lib/http/read-source.ts), and
 * are run again on the primary if the replica does not answer, so a handler must only read; `primaryOnly`
 * keeps a route on the primary for everyone (e.g. an editor's own import job). Every answer carries
 * X-Read-Source: replica or primary.
 */
export function readRoute<P extends z.ZodObject = Empty, Q extends z.ZodObject = Empty>(options: {
  params?: P;
  query?: Q;
  primaryOnly?: boolean;
  handler: (args: { params: z.output<P>; query: z.output<Q>; request: Request }) => Promise<Response> | Response;
}) {
  return handleErrors(async (request: Request, context?: RouteContext) => {
    const params = await parsePathParams(options.params, context);
    const query = parseRequestQuery(options.query, request);
    const answer = async () => options.handler({ params, query, request });
    return answerRead(request, answer, { primaryOnly: options.primaryOnly });
  });
}
