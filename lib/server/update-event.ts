// Edits an event if nobody else changed it since the editor loaded `version`; otherwise a conflict (AppError)
// with the current record, so no edit is silently lost.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { fitsPrecision, parseIsoDate, toIsoDate } from "@/lib/domain/date-precision";
import type { UpdateEventRequest } from "@/lib/schemas/event-input";
import type { AdminEventDto } from "@/lib/schemas/events";
import { recordAudit } from "./audit";
import { conflict, invalidInput, notFound } from "./errors";
import { eventInclude, toAdminEventDto } from "./event-query";
import { assertKnownCountries, dateColumns, ensureLinks, participantRows, rolesOf, sourceRows } from "./event-writes";

export async function updateEvent(actor: Actor, id: string, input: UpdateEventRequest): Promise<AdminEventDto> {
  return db().$transaction(async (tx) => {
    const current = await tx.event.findUnique({ where: { id }, include: eventInclude });
    if (!current) throw notFound(`No event ${id}.`);
    const before = toAdminEventDto(current);

    const date = input.date ?? toIsoDate(current.occurredOn);
    const precision = input.precision ?? current.precision;
    if (!fitsPrecision(parseIsoDate(date)!, precision)) {
      throw invalidInput([{ path: ["date"], message: `does not fit the precision "${precision}"; use the first day of the period` }]);
    }
    const countries = input.countries ? [...new Set(input.countries)] : undefined;
    if (countries) {
      await assertKnownCountries(tx, countries);
      await ensureLinks(tx, countries);
    }
    // Roles are checked against the countries the event will have; new countries without new roles keep the
    // roles of the countries that stay.
    const finalCountries = countries ?? current.participants.map((p) => p.countryId);
    const participants = countries || input.roles ? participantRows(finalCountries, input.roles ?? rolesOf(current, finalCountries)) : null;

    // The version check and the write are one statement, so two editors racing cannot both pass it.
    const claimed = await tx.event.updateMany({
      where: { id, version: input.version },
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        ...dateColumns(date, precision),
        ...(input.category ? { category: input.category } : {}),
        ...(input.evidence ? { evidence: input.evidence } : {}),
        ...(input.score !== undefined ? { score: input.score } : {}),
        ...(input.cameoCode !== undefined ? { cameoCode: input.cameoCode } : {}),
        version: { increment: 1 },
        updatedById: actor.id,
      },
    });
    if (claimed.count === 0) throw conflict(before);

    if (participants) {
      await tx.eventParticipant.deleteMany({ where: { eventId: id } });
      await tx.eventParticipant.createMany({ data: participants.map((p) => ({ ...p, eventId: id })) });
    }
    if (input.sources) {
      await tx.source.deleteMany({ where: { eventId: id } });
      await tx.source.createMany({ data: sourceRows(input.sources).map((s) => ({ ...s, eventId: id })) });
    }
    const after = toAdminEventDto(await tx.event.findUniqueOrThrow({ where: { id }, include: eventInclude }));
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "event", entityId: id, before, after });
    return after;
  });
}
