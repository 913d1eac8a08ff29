// GET /api/events?q=&from=&to=&link=&country=&cursor=&limit=: events newest first, or the best full-text
// matches for q first; pages follow `nextCursor`.
// POST /api/events: an editor adds an event (session cookie or personal API token). 201 with the event.
import { mutationRoute } from "@/lib/http/mutation-route";
import { eventsRead } from "@/lib/http/reads/events";
import { CreateEventRequestSchema } from "@/lib/schemas/event-input";
import type { EventResponse } from "@/lib/schemas/events";
import { createEvent } from "@/lib/server/create-event";

export const POST = mutationRoute({
  role: "editor",
  schema: CreateEventRequestSchema,
  handler: async ({ actor, input }) => Response.json({ event: await createEvent(actor, input) } satisfies EventResponse, { status: 201 }),
});

// The handler lives in lib/http/reads so the versioned route (/api/v/{snapshot}/events) serves the same one.
export const GET = eventsRead;
