// One event, retired or not, as editors see it.
import "server-only";
import { db } from "@/lib/db";
import type { AdminEventDto } from "@/lib/schemas/events";
import { eventInclude, toAdminEventDto } from "./event-query";

export async function getEvent(id: string): Promise<AdminEventDto | null> {
  const row = await db().event.findUnique({ where: { id }, include: eventInclude });
  return row ? toAdminEventDto(row) : null;
}
