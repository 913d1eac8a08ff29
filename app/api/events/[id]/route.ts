// GET, PATCH and DELETE /api/events/{id}. GET is public for live events; editors also see retired ones.
// PATCH edits (quote the `version` you loaded; a stale one answers 409 with the current record).
// DELETE retires the event: it leaves the map and API but stays in the database and the audit trail.
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { mutationRoute } from "@/lib/http/mutation-route";
import { handleErrors } from "@/lib/http/route";
import { notFound } from "@/lib/http/responses";
import { RetireEventRequestSchema, UpdateEventRequestSchema } from "@/lib/schemas/event-input";
import type { EventResponse } from "@/lib/schemas/events";
import { getEvent } from "@/lib/server/get-event";
import { setEventRetired } from "@/lib/server/set-event-retired";
import { updateEvent } from "@/lib/server/update-event";

type Params = { id: string };
const isUuid = (id: string) => z.uuid().safeParse(id).success;

export const GET = handleErrors(async (request: Request, context: { params: Promise<Params> }) => {
  const { id } = await context.params;
  const event = isUuid(id) ? await getEvent(id) : null;
  if (!event) return notFound(`No event ${id}.`);
  if (event.retired) {
    const actor = await getActor(request.headers);
    if (!actor || !hasRole(actor.role, "editor")) return notFound(`No event ${id}.`);
  }
  const body: EventResponse = { event };
  return Response.json(body);
});

export const PATCH = mutationRoute({
  role: "editor",
  schema: UpdateEventRequestSchema,
  handler: async ({ actor, input, params }: { actor: import("@/lib/auth/actor").Actor; input: z.infer<typeof UpdateEventRequestSchema>; params: Params }) => {
    if (!isUuid(params.id)) return notFound(`No event ${params.id}.`);
    const body: EventResponse = { event: await updateEvent(actor, params.id, input) };
    return Response.json(body);
  },
});

export const DELETE = mutationRoute({
  role: "editor",
  schema: RetireEventRequestSchema,
  handler: async ({ actor, input, params }: { actor: import("@/lib/auth/actor").Actor; input: z.infer<typeof RetireEventRequestSchema>; params: Params }) => {
    if (!isUuid(params.id)) return notFound(`No event ${params.id}.`);
    const body: EventResponse = { event: await setEventRetired(actor, params.id, true, input.version) };
    return Response.json(body);
  },
});
