// GET /feeds/events.atom: an Atom feed (RFC 4287) of the atlas's newest 50 new and changed events, newest change first.
import { feedResponse } from "@/lib/http/feed-response";
import { readRoute } from "@/lib/http/route";
import { FeedQuerySchema } from "@/lib/schemas/feeds";

export const GET = readRoute({ query: FeedQuerySchema, handler: ({ request }) => feedResponse(request, { kind: "all" }) });
