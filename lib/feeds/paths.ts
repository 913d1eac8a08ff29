// Where the feeds live and which dashboard view shows what they follow. Client-safe: the panels link to the
// feeds and the root layout advertises the all-events feed with these paths.
import type { FeedEvent, FeedSubject } from "./types";

/** Every event, newest change first. */
export const ALL_EVENTS_FEED_PATH = "/feeds/events.atom";

/** The events of one link, e.g. "/feeds/links/IR-KP.atom" (`id` canonical: two alpha-2 codes sorted). */
export function linkFeedPath(id: string): string {
  return `/feeds/links/${encodeURIComponent(id)}.atom`;
}

/** The events one country takes part in, e.g. "/feeds/countries/KP.atom". */
export function countryFeedPath(iso2: string): string {
  return `/feeds/countries/${encodeURIComponent(iso2)}.atom`;
}

/** The feed that follows `subject`. */
export function feedPath(subject: FeedSubject): string {
  if (subject.kind === "link") return linkFeedPath(subject.id);
  if (subject.kind === "country") return countryFeedPath(subject.id);
  return ALL_EVENTS_FEED_PATH;
}

/** The dashboard view of what `subject` follows: "/?link=IR-KP", "/?country=KP" or "/". */
export function subjectViewPath(subject: FeedSubject): string {
  if (subject.kind === "all") return "/";
  return `/?${new URLSearchParams({ [subject.kind]: subject.id })}`;
}

/**
 * The dashboard view that shows `event` (the address components/use-selection.ts reads): its link's panel with
 * the event highlighted, "/?link=IR-KP&event=<id>". The link is the feed's own in a link feed; in a country feed
 * the first of the event's links that the country is part of; else its first link. An event on no link of the
 * atlas (a statement about a pair nobody follows) opens the country's panel, or its first participant's.
 */
export function eventViewPath(event: Pick<FeedEvent, "id" | "links" | "participants">, subject: FeedSubject): string {
  const link =
    subject.kind === "link"
      ? subject.id
      : subject.kind === "country"
        ? event.links.find((id) => id.split("-").includes(subject.id))
        : event.links[0];
  if (link) return `/?${new URLSearchParams({ link, event: event.id })}`;
  const country = subject.kind === "country" ? subject.id : event.participants[0]?.id;
  return country ? `/?${new URLSearchParams({ country })}` : "/";
}
