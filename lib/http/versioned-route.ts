// GET /api/v/{snapshot}/{read}: the public reads at one data snapshot (lib/domain/data-snapshot.ts), answered so any
// HTTP cache may keep them for a year. Such a URL can honestly promise never to change (RFC 9111 §5.2.2.1 max-age,
// RFC 8246 immutable) because its answer is a function of the data version and the day, both in the URL, and it is
// only ever answered from exactly that snapshot:
// - the current snapshot: the read's own handler answers, with its request pinned to the snapshot (snapshot-pin.ts),
//   and only an answer computed entirely at it (cached-json.ts's `exact`) gets `public, max-age=31536000,
//   immutable`;
// - an older one: there is no history to compute it from, so 307 to the current snapshot's URL, `no-store`, so the
//   redirect itself is never cached (a cache may still hold the old URL's own answer: it is that snapshot's, and
//   clients that know the data moved ask for the new URL);
// - a newer one than the database read has: on a read replica lagging behind the primary the client learnt the
//   version from, the primary answers it (exactly at that snapshot, so still immutable); otherwise (another
//   process's database not there yet) 503 `no-store` with Retry-After: 1, which clients retry;
// - anything else (a 400, a 404, a redirect to a canonical link id) answers as the unversioned URL does, `no-store`.
import "server-only";
import { currentReadSource, readFromPrimary } from "@/lib/db-routing";
import { compareSnapshot, formatSnapshot, parseSnapshot, type DataSnapshot } from "@/lib/domain/data-snapshot";
import { AppError } from "@/lib/server/errors";
import { getDataSnapshot } from "@/lib/server/get-data-snapshot";
import { answerRead } from "./read-source";
import { PUBLIC_READS } from "./reads";
import { errorResponse } from "./responses";
import { handleErrors, type RouteContext } from "./route";
import { pinRequest } from "./snapshot-pin";
import { matchVersionedPath, VERSIONED_PATHS } from "./versioned-paths";

/**
 * Cache-Control of an answer at its own snapshot: a year, the customary ceiling (RFC 2616 §14.21 had servers send
 * no Expires further ahead, and caches still treat a year as "never"), and immutable (RFC 8246), so browsers do not
 * revalidate it on reload either.
 */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** The route's path parameters as Next.js gives them: the snapshot segment and the rest of the path. */
interface VersionedParams {
  version: string;
  path: string[];
}

/**
 * The GET handler of app/api/v/[version]/[...path]/route.ts. Takes the request and Next.js's context (`version`,
 * `path`); returns the answer described in the file comment. Never throws: a database outage answers 503 JSON.
 */
export async function versionedRead(request: Request, context?: RouteContext): Promise<Response> {
  // The snapshot check and the read itself in one read scope (lib/http/read-source.ts): with a read replica, both
  // see the same database, so "current" means the replica's version when the replica answers.
  const answer = await handleErrors(() => answerRead(request, () => answerAtSnapshot(request, context)))();
  // Failures (400, 404, 503 for an outage) too: nothing but an exact answer may be kept.
  return answer.headers.has("cache-control") ? answer : withCacheControl(answer, "no-store");
}

async function answerAtSnapshot(request: Request, context?: RouteContext): Promise<Response> {
  const { version, path } = ((await context?.params) ?? {}) as unknown as VersionedParams;
  const snapshot = parseSnapshot(String(version));
  if (!snapshot) {
    throw new AppError("invalid_request", "Invalid request: version", {
      issues: [{ path: ["version"], message: 'must be a data snapshot "{version}-{YYYY-MM-DD}" as GET /api/changes gives it, e.g. 8412-2026-12-01' }],
    });
  }
  const segments = Array.isArray(path) ? path : [];
  const read = matchVersionedPath(segments);
  if (!read) {
    const served = VERSIONED_PATHS.map((p) => p.replace("/api/", "/api/v/{version}/")).join(", ");
    throw new AppError("not_found", `No versioned read at this path; these are: ${served}.`);
  }

  const current = await getDataSnapshot();
  const standing = compareSnapshot(snapshot, current);
  if (standing === "behind") return redirectTo(current, segments, request);
  if (standing === "ahead") {
    // A replica behind the primary the client learnt the version from (the server-rendered page reads the
    // primary): the primary has this snapshot, so it answers, exactly at it, rather than making the client wait.
    if (currentReadSource() === "replica") return (await readFromPrimary(() => answerAtSnapshot(request, context))).value;
    return notYet(snapshot);
  }

  // The handler sees the unversioned URL, so versioned and unversioned requests share the in-process cache.
  const url = new URL(request.url);
  url.pathname = `/api/${segments.map(encodeURIComponent).join("/")}`;
  const inner = new Request(url, { method: request.method, headers: request.headers });
  const pin = pinRequest(inner, snapshot);
  const answer = await PUBLIC_READS[read.path](inner, { params: Promise.resolve(read.params) });

  if (pin.outcome === "moved") {
    // A write (or midnight) landed while answering: point at whatever is current now.
    const now = await getDataSnapshot();
    return compareSnapshot(snapshot, now) === "ahead" ? notYet(snapshot) : redirectTo(now, segments, request);
  }
  const immutable = pin.outcome === "exact" && (answer.status === 200 || answer.status === 304);
  return withCacheControl(answer, immutable ? IMMUTABLE : "no-store");
}

/**
 * 307 to the same read at `current` (RFC 9110 §15.4.8: the method stays GET). The Location is relative (RFC 3986
 * §5.2), climbing back over the read's segments to the snapshot's, so it stays on the host and under any path
 * prefix the client used, as the API's other redirects do.
 */
function redirectTo(current: DataSnapshot, segments: string[], request: Request): Response {
  const rest = segments.map(encodeURIComponent).join("/");
  const location = `${"../".repeat(segments.length)}${formatSnapshot(current)}/${rest}${new URL(request.url).search}`;
  return new Response(null, { status: 307, headers: { location, "cache-control": "no-store" } });
}

/** 503 for a snapshot this server's database has not reached yet; clients retry (Retry-After, RFC 9110 §10.2.3). */
function notYet(snapshot: DataSnapshot): Response {
  return errorResponse(
    new AppError("database_unavailable", `This server's data has not reached version ${formatSnapshot(snapshot)} yet; try again shortly.`, {
      headers: { "cache-control": "no-store", "retry-after": "1" },
    }),
  );
}

/** `answer` with its Cache-Control replaced. */
function withCacheControl(answer: Response, cacheControl: string): Response {
  const headers = new Headers(answer.headers);
  headers.set("cache-control", cacheControl);
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
}
