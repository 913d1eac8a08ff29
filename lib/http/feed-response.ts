// How every Atom feed route answers: the feed of its scope at the site's public origin, kept in the cache of
// public answers (cached-json.ts) per data version and origin, with a weak ETag that If-None-Match turns into 304.
import "server-only";
import { ATOM_CONTENT_TYPE, buildAtomFeed } from "@/lib/feeds/atom";
import { notFound } from "@/lib/server/errors";
import { listFeedEvents, type FeedScope } from "@/lib/server/list-feed-events";
import { cachedJson } from "./cached-json";
import { publicOrigin } from "./public-origin";

/**
 * The answer to a GET or HEAD of the feed of `scope`: 200 with the Atom document (Content-Type
 * `application/atom+xml; charset=utf-8`, a weak ETag, `Cache-Control: no-cache`), 304 when If-None-Match holds
 * that tag (RFC 9110 §13.1.2). Throws AppError not_found (404) when the link or country does not exist.
 */
export async function feedResponse(request: Request, scope: FeedScope): Promise<Response> {
  const origin = publicOrigin(request);
  return cachedJson(
    request,
    async () => {
      const feed = await listFeedEvents(scope);
      if (!feed) throw notFound(scope.kind === "link" ? `No link ${scope.id}.` : scope.kind === "country" ? `No country with code ${scope.id}.` : "No such feed.");
      return { status: 200, text: buildAtomFeed({ ...feed, origin }), contentType: ATOM_CONTENT_TYPE };
    },
    { vary: origin },
  );
}
