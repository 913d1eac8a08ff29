// GET /api/events (and /api/v/{snapshot}/events) ?q=&from=&to=&link=&country=&cursor=&limit=: events newest first,
// or the best full-text matches for q first; pages follow `nextCursor`.
import { cachedJson } from "@/lib/http/cached-json";
import { readRoute } from "@/lib/http/route";
import { SearchEventsRequestSchema } from "@/lib/schemas/analysis";
import { searchEvents } from "@/lib/server/search-events";

export const eventsRead = readRoute({
  query: SearchEventsRequestSchema,
  handler: ({ query, request }) => cachedJson(request, async () => ({ status: 200, body: await searchEvents(query) })),
});
