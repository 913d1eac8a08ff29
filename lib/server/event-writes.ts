// Pieces shared by the event mutations: checking countries against the database, giving every new pair
// of countries its link, and turning input into the rows Prisma writes.
import "server-only";
import { parseIsoDate, periodEnd } from "@/lib/domain/date-precision";
import { rolesProblem, type ParticipantRoles } from "@/lib/domain/direction";
import { type DatePrecision, type ParticipantRole } from "@/lib/domain/vocabulary";
import { pairsAmong } from "@/lib/domain/link-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceInput } from "@/lib/schemas/event-input";
import { invalidInput } from "./errors";

export async function assertKnownCountries(tx: Prisma.TransactionClient, countries: string[]): Promise<void> {
  const found = await tx.country.findMany({ where: { id: { in: countries } }, select: { id: true } });
  const known = new Set(found.map((c) => c.id));
  const issues = countries.flatMap((code, index) =>
    known.has(code) ? [] : [{ path: ["countries", index], message: `${code} is not a country we know` }],
  );
  if (issues.length) throw invalidInput(issues);
}

/** Creates a link for each pair among the countries that has none yet (a new tie the events reveal). */
export async function ensureLinks(tx: Prisma.TransactionClient, countries: string[]): Promise<void> {
  const pairs = pairsAmong(countries);
  const existing = new Set((await tx.link.findMany({ where: { id: { in: pairs } }, select: { id: true } })).map((l) => l.id));
  const missing = pairs.filter((p) => !existing.has(p));
  if (!missing.length) return;
  const names = new Map(
    (await tx.country.findMany({ where: { id: { in: countries } }, select: { id: true, name: true } })).map((c) => [c.id, c.name]),
  );
  await tx.link.createMany({
    data: missing.map((id) => {
      const [a, b] = id.split("-") as [string, string];
      return { id, countryAId: a, countryBId: b, title: `${names.get(a)}–${names.get(b)}`, summary: "" };
    }),
    skipDuplicates: true,
  });
}

/**
 * The participant rows of an event among `countries` with `roles` (country to role), or an invalid-input error
 * naming `roles` when they do not fit the countries (lib/domain/direction.ts rolesProblem).
 */
export function participantRows(countries: string[], roles: ParticipantRoles): { countryId: string; role: ParticipantRole | null }[] {
  const problem = rolesProblem(countries, roles);
  if (problem) throw invalidInput([{ path: ["roles"], message: problem }]);
  return countries.map((countryId) => ({ countryId, role: roles[countryId] ?? null }));
}

/** The roles an event's participants have now, by country, for those of `countries` that stay. */
export function rolesOf(
  event: { participants: { countryId: string; role: ParticipantRole | null }[] },
  countries: readonly string[],
): ParticipantRoles {
  return Object.fromEntries(event.participants.filter((p) => p.role && countries.includes(p.countryId)).map((p) => [p.countryId, p.role!]));
}

export function dateColumns(date: string, precision: DatePrecision) {
  const start = parseIsoDate(date)!;
  return { occurredOn: start, occurredEnd: periodEnd(start, precision), precision };
}

export function sourceRows(sources: SourceInput[]) {
  return sources.map((s, position) => ({
    position,
    url: s.url ?? null,
    publisher: s.publisher,
    title: s.title,
    publishedOn: s.publishedOn ? parseIsoDate(s.publishedOn) : null,
  }));
}
