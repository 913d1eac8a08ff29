// GET /api/events?q=&from=&to=&link=&country=&cursor=&limit=: events newest first, or the best full-text
// matches for q first; pages follow `nextCursor`.
// POST /api/events: an editor adds an event (session cookie or personal API token). 201 with the event.
import { mutationRoute } from "@/lib/http/mutation-route";
import { cachedJson } from "@/lib/http/cached-json";
import { handleErrors, searchParamsOf } from "@/lib/http/route";
import { invalidRequest } from "@/lib/http/responses";
import { SearchEventsRequestSchema } from "@/lib/schemas/analysis";
import { searchEvents } from "@/lib/server/search-events";
import { CreateEventRequestSchema } from "@/lib/schemas/event-input";
import type { EventResponse } from "@/lib/schemas/events";
import { createEvent } from "@/lib/server/create-event";

export const POST = mutationRoute({
  role: "editor",
  schema: CreateEventRequestSchema,
  handler: async ({ actor, input }) => {
    const body: EventResponse = { event: await createEvent(actor, input) };
    return Response.json(body, { status: 201 });
  },
});

export const GET = handleErrors(async (request: Request) => {
  const parsed = SearchEventsRequestSchema.safeParse(searchParamsOf(request));
  if (!parsed.success) return invalidRequest(parsed.error);
  const search = parsed.data;
  return cachedJson(request, async () => ({ status: 200, body: await searchEvents(search) }));
});
