// POST /api/events/{id}/restore: brings a retired event back onto the map.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { mutationRoute } from "@/lib/http/mutation-route";
import { notFound } from "@/lib/http/responses";
import { RetireEventRequestSchema } from "@/lib/schemas/event-input";
import type { EventResponse } from "@/lib/schemas/events";
import { setEventRetired } from "@/lib/server/set-event-retired";

export const POST = mutationRoute({
  role: "editor",
  schema: RetireEventRequestSchema,
  handler: async ({ actor, input, params }: { actor: Actor; input: z.infer<typeof RetireEventRequestSchema>; params: { id: string } }) => {
    if (!z.uuid().safeParse(params.id).success) return notFound(`No event ${params.id}.`);
    const body: EventResponse = { event: await setEventRetired(actor, params.id, false, input.version) };
    return Response.json(body);
  },
});
