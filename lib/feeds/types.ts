// What an Atom feed of the atlas is built from: the events (as the API gives them, plus when each was created and
// last changed, and which of the atlas's links it counts toward) and what the feed follows. The server fills
// these in (lib/server/list-feed-events.ts); lib/feeds/atom.ts turns them into the feed without touching anything.
import type { EventDto } from "@/lib/schemas/events";

/** An event as a feed entry needs it. */
export interface FeedEvent extends EventDto {
  /** When it was created: the entry's atom:published. */
  createdAt: Date;
  /** Its last change (an edit, a restore): the entry's atom:updated and the feed's order. */
  updatedAt: Date;
  /** The atlas's links among its participants' pairs, sorted: the panels that can show it. */
  links: string[];
}

/** What a feed follows: every event, one link (a pair of countries) or one country. */
export type FeedSubject =
  | { kind: "all" }
  | { kind: "link"; id: string; countryNames: [string, string]; title: string }
  | { kind: "country"; id: string; name: string };

/** Everything one feed document is made of. */
export interface FeedInput {
  /** The site's public origin, e.g. "https://atlas.example.org" (lib/http/public-origin.ts): feeds need absolute IRIs. */
  origin: string;
  subject: FeedSubject;
  /** The feed's atom:updated: its newest change, retirements included. */
  updated: Date;
  /** Newest change first, at most FEED_ENTRY_LIMIT of them. */
  events: readonly FeedEvent[];
}

/** How many entries a feed carries: the newest changes only, as feed readers poll and keep what they saw. */
export const FEED_ENTRY_LIMIT = 50;
