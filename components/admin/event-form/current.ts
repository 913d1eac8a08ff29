// The record a 409 answer carries ("current"), read with the API's own response schema rather than trusted:
// an answer that does not parse gives null, and the conflict notice then offers to reload the page instead.
import { AdminEventSchema, type AdminEventDto } from "@/lib/schemas/events";

/** The event in a 409 answer's `current`, or null when it is missing or not an event. */
export function currentOf(current: unknown): AdminEventDto | null {
  const parsed = AdminEventSchema.safeParse(current);
  return parsed.success ? parsed.data : null;
}
