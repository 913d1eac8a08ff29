// Adds an event with its participants and sources, creates links for new pairs, and records the change.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { CreateEventRequest } from "@/lib/schemas/event-input";
import type { AdminEventDto } from "@/lib/schemas/events";
import { recordAudit } from "./audit";
import { eventInclude, toAdminEventDto } from "./event-query";
import { assertKnownCountries, dateColumns, ensureLinks, participantRows, sourceRows } from "./event-writes";

export async function createEvent(actor: Actor, input: CreateEventRequest): Promise<AdminEventDto> {
  const countries = [...new Set(input.countries)];
  return db().$transaction(async (tx) => {
    await assertKnownCountries(tx, countries);
    await ensureLinks(tx, countries);
    const row = await tx.event.create({
      data: {
        title: input.title,
        summary: input.summary,
        ...dateColumns(input.date, input.precision),
        category: input.category,
        evidence: input.evidence,
        score: input.score,
        cameoCode: input.cameoCode,
        origin: "curated",
        createdById: actor.id,
        updatedById: actor.id,
        participants: { create: participantRows(countries, input.roles) },
        sources: { create: sourceRows(input.sources) },
      },
      include: eventInclude,
    });
    const event = toAdminEventDto(row);
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "event", entityId: row.id, after: event });
    return event;
  });
}
