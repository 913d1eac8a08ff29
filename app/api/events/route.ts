// POST /api/events: an editor adds an event (session cookie or personal API token). 201 with the event.
import { mutationRoute } from "@/lib/http/mutation-route";
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
