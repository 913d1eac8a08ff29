// POST /api/events/{id}/restore: brings a retired event back onto the map.
import { mutationRoute } from "@/lib/http/mutation-route";
import { RetireEventRequestSchema } from "@/lib/schemas/event-input";
import type { EventResponse } from "@/lib/schemas/events";
import { EventPathSchema } from "@/lib/schemas/paths";
import { setEventRetired } from "@/lib/server/set-event-retired";

export const POST = mutationRoute({
  role: "editor",
  params: EventPathSchema,
  schema: RetireEventRequestSchema,
  handler: async ({ actor, input, params }) =>
    Response.json({ event: await setEventRetired(actor, params.id, false, input.version) } satisfies EventResponse),
});
