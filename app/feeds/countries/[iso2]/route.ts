// GET /feeds/countries/{iso2}.atom: an Atom feed (RFC 4287) of the newest 50 new and changed events a country takes
// part in. A malformed code answers 400 naming it, an unknown one 404.
import { feedResponse } from "@/lib/http/feed-response";
import { readRoute } from "@/lib/http/route";
import { FeedQuerySchema } from "@/lib/schemas/feeds";
import { CountryFeedPathSchema } from "@/lib/schemas/paths";

export const GET = readRoute({
  params: CountryFeedPathSchema,
  query: FeedQuerySchema,
  handler: ({ params, request }) => feedResponse(request, { kind: "country", id: params.iso2 }),
});
