// The events an Atom feed carries (lib/feeds/atom.ts): the newest changes first among the events the public sees
// (retired ones leave the feed), for every event, one link's pair or one country, with what the feed says about
// the thing it follows and when it last changed.
import "server-only";
import { db } from "@/lib/db";
import { pairsAmong } from "@/lib/domain/link-id";
import { FEED_ENTRY_LIMIT, type FeedInput, type FeedSubject } from "@/lib/feeds/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { eventInclude, eventWhere, toEventDto } from "./event-query";

/** Which events a feed follows: all of them, a link's (by canonical id, "IR-KP") or a country's ("KP"). */
export type FeedScope = { kind: "all" } | { kind: "link"; id: string } | { kind: "country"; id: string };

/** Events `scope` covers, retired or not: both of a link's countries take part, or the country does. */
function scopeWhere(scope: FeedScope): Prisma.EventWhereInput {
  if (scope.kind === "all") return {};
  const countries = scope.kind === "link" ? scope.id.split("-") : [scope.id];
  return { AND: countries.map((countryId) => ({ participants: { some: { countryId } } })) };
}

/** What the feed follows as its title needs it, and a time the subject itself last changed; null when it does not exist. */
async function findSubject(scope: FeedScope): Promise<{ subject: FeedSubject; changedAt: Date | null } | null> {
  if (scope.kind === "all") return { subject: { kind: "all" }, changedAt: null };
  if (scope.kind === "country") {
    const country = await db().country.findUnique({ where: { id: scope.id }, select: { id: true, name: true } });
    return country && { subject: { kind: "country", id: country.id, name: country.name }, changedAt: null };
  }
  const link = await db().link.findUnique({
    where: { id: scope.id },
    select: { id: true, title: true, updatedAt: true, countryA: { select: { name: true } }, countryB: { select: { name: true } } },
  });
  if (!link) return null;
  // The curated title is the feed's subtitle, so editing it changes the feed.
  return { subject: { kind: "link", id: link.id, title: link.title, countryNames: [link.countryA.name, link.countryB.name] }, changedAt: link.updatedAt };
}

/**
 * The feed of `scope` without its origin: its subject, its newest FEED_ENTRY_LIMIT (50) public events ordered by
 * last change (updatedAt, then id, newest first), each with the atlas's links among its pairs, and `updated`, the
 * newest change to any event in scope, retirements included (so a feed whose event was retired reads as changed;
 * RFC 4287 §4.2.15), or to a link's curated title; 1970-01-01 when nothing in scope ever changed. Returns null
 * when the link or country does not exist.
 */
export async function listFeedEvents(scope: FeedScope): Promise<Omit<FeedInput, "origin"> | null> {
  const found = await findSubject(scope);
  if (!found) return null;
  const where = scopeWhere(scope);
  const [rows, newest] = await Promise.all([
    db().event.findMany({
      where: { ...eventWhere({}), ...where },
      include: eventInclude,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: FEED_ENTRY_LIMIT,
    }),
    db().event.aggregate({ where, _max: { updatedAt: true } }),
  ]);
  const pairs = [...new Set(rows.flatMap((row) => pairsAmong(row.participants.map((p) => p.countryId))))];
  const existing = new Set((await db().link.findMany({ where: { id: { in: pairs } }, select: { id: true } })).map((l) => l.id));
  const events = rows.map((row) => ({
    ...toEventDto(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    links: pairsAmong(row.participants.map((p) => p.countryId)).filter((id) => existing.has(id)),
  }));
  const times = [newest._max.updatedAt, found.changedAt].filter((t): t is Date => t !== null).map((t) => t.getTime());
  return { subject: found.subject, events, updated: new Date(times.length ? Math.max(...times) : 0) };
}
