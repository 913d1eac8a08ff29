// GET /api/events?q=&from=&to=&link=&country=&cursor=&limit=: events newest first, or the best full-text
// matches for q first; pages follow `nextCursor`.
// POST /api/events: an editor adds an event (session cookie or personal API token). 201 with the event.
import { cachedJson } from "@/lib/http/cached-json";
import { mutationRoute } from "@/lib/http/mutation-route";
import { readRoute } from "@/lib/http/route";
import { SearchEventsRequestSchema } from "@/lib/schemas/analysis";
import { CreateEventRequestSchema } from "@/lib/schemas/event-input";
import type { EventResponse } from "@/lib/schemas/events";
import { createEvent } from "@/lib/server/create-event";
import { searchEvents } from "@/lib/server/search-events";

export const POST = mutationRoute({
  role: "editor",
  schema: CreateEventRequestSchema,
  handler: async ({ actor, input }) => Response.json({ event: await createEvent(actor, input) } satisfies EventResponse, { status: 201 }),
});

export const GET = readRoute({
  query: SearchEventsRequestSchema,
  handler: ({ query, request }) => cachedJson(request, async () => ({ status: 200, body: await searchEvents(query) })),
});
