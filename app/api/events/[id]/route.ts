// GET, PATCH and DELETE /api/events/{id}. GET is public for live events; editors also see retired ones.
// PATCH edits (quote the `version` you loaded; a stale one answers 409 with the current record).
// DELETE retires the event: it leaves the map and API but stays in the database and the audit trail.
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { mutationRoute } from "@/lib/http/mutation-route";
import { readRoute } from "@/lib/http/route";
import { RetireEventRequestSchema, UpdateEventRequestSchema } from "@/lib/schemas/event-input";
import type { EventResponse } from "@/lib/schemas/events";
import { EventPathSchema } from "@/lib/schemas/paths";
import { notFound } from "@/lib/server/errors";
import { getEvent } from "@/lib/server/get-event";
import { setEventRetired } from "@/lib/server/set-event-retired";
import { updateEvent } from "@/lib/server/update-event";

export const GET = readRoute({
  params: EventPathSchema,
  handler: async ({ params: { id }, request }) => {
    const event = await getEvent(id);
    // A retired event exists only for editors: to everyone else it is as absent as an unknown id.
    const reader = event?.retired ? await getActor(request.headers) : null;
    const visible = event && (!event.retired || (reader && hasRole(reader.role, "editor")));
    if (!visible) throw notFound(`No event ${id}.`);
    return Response.json({ event } satisfies EventResponse);
  },
});

export const PATCH = mutationRoute({
  role: "editor",
  params: EventPathSchema,
  schema: UpdateEventRequestSchema,
  handler: async ({ actor, input, params }) => Response.json({ event: await updateEvent(actor, params.id, input) } satisfies EventResponse),
});

export const DELETE = mutationRoute({
  role: "editor",
  params: EventPathSchema,
  schema: RetireEventRequestSchema,
  handler: async ({ actor, input, params }) =>
    Response.json({ event: await setEventRetired(actor, params.id, true, input.version) } satisfies EventResponse),
});
