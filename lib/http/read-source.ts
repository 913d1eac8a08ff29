// Which database a public read route reads, decided per request (lib/db-routing.ts does the routing): a request
// that carries credentials (a session cookie or an Authorization header) reads the primary, so editors and
// admins see their own edits at once rather than when the replica has replayed them; every other request may
// read the replica. The credentials are not checked here (that would cost a primary query per request): a
// signed-in viewer, or anyone sending a made-up cookie, reads the primary too, which costs the primary a read
// and shows them nothing they could not see anyway. The answer names its source in X-Read-Source.
import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { readFromPrimary, readFromReplica, type ReadSource } from "@/lib/db-routing";

/** The response header naming where an answer's reads went: "replica" or "primary". */
export const READ_SOURCE_HEADER = "x-read-source";

/** True when `request` has an Authorization header or a Better Auth session cookie (valid or not). */
export function carriesCredentials(request: Request): boolean {
  return request.headers.has("authorization") || getSessionCookie(request) !== null;
}

/**
 * Answers `request` with `answer()`, reading from the replica when the request carries no credentials and
 * `primaryOnly` is not set (and a replica is configured and answering), else from the primary; `answer` must only
 * read, as it may run twice (see readFromReplica). Returns its response with X-Read-Source set. Rejects with
 * whatever `answer` rejects with.
 */
export async function answerRead(request: Request, answer: () => Promise<Response>, options: { primaryOnly?: boolean } = {}): Promise<Response> {
  const primary = options.primaryOnly || carriesCredentials(request);
  const { value, source } = primary ? await readFromPrimary(answer) : await readFromReplica(answer);
  return labelled(value, source);
}

/**
 * `response` with X-Read-Source: `source`, unless an inner read already named its own (a versioned read the
 * primary answered inside a replica scope); a copy when its headers are immutable (e.g. Response.redirect).
 */
function labelled(response: Response, source: ReadSource): Response {
  if (response.headers.has(READ_SOURCE_HEADER)) return response;
  try {
    response.headers.set(READ_SOURCE_HEADER, source);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(READ_SOURCE_HEADER, source);
    return copy;
  }
}
