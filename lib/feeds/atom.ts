// An Atom feed (RFC 4287) of the atlas's events, built with the `feed` package rather than by hand, so the XML is
// escaped and well-formed by a maintained writer. Pure: the same input gives the same document, byte for byte.
import { Feed } from "feed";
import { CATEGORY_LABEL } from "@/lib/domain/labels";
import { entryContentHtml, entrySummaryHtml, escapeHtml, evidenceWords, xmlSafe } from "./entry-html";
import { eventViewPath, feedPath, subjectViewPath } from "./paths";
import type { FeedInput, FeedSubject } from "./types";

/** The Atom media type, with the charset the document is written in (RFC 4287 §7, RFC 3023). */
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** Who publishes every entry (RFC 4287 §4.1.1: a feed without an atom:author needs one on each entry). */
const PUBLISHER = "Axis Atlas";

/** The feed's title: "Axis Atlas: Iran – North Korea", "Axis Atlas: North Korea" or "Axis Atlas: all events". */
export function feedTitle(subject: FeedSubject): string {
  if (subject.kind === "link") return `${PUBLISHER}: ${subject.countryNames.join(" – ")}`;
  if (subject.kind === "country") return `${PUBLISHER}: ${subject.name}`;
  return `${PUBLISHER}: all events`;
}

/** The feed's subtitle: what it follows, in a sentence (a link's curated title first). */
function feedSubtitle(subject: FeedSubject): string {
  const order = "newest change first; retired events leave the feed";
  if (subject.kind === "link") {
    const [a, b] = subject.countryNames;
    return `${subject.title}. New and changed events between ${a} and ${b}, ${order}.`;
  }
  if (subject.kind === "country") return `New and changed events ${subject.name} takes part in, ${order}.`;
  return `New and changed events in the atlas, ${order}.`;
}

/**
 * The Atom document for `input` (see FeedInput): one atom:entry per event in the order given (newest change
 * first), each with
 * - atom:id `urn:uuid:<event id>`: the event's UUID, so the id never changes when the site moves host or the
 *   event is edited (RFC 4287 §4.2.6 requires ids that are permanent and universally unique);
 * - atom:title the event's title; atom:updated its last change; atom:published its creation (§4.2.9, §4.2.15);
 * - atom:link to the dashboard view that shows it (`/?link=IR-KP&event=<id>`, lib/feeds/paths.ts);
 * - atom:summary a line of facts and atom:content the date as precisely as known, category, evidence level in
 *   words, participants and sources (lib/feeds/entry-html.ts);
 * - atom:category terms for its category and evidence level.
 * The feed has id and rel="self" link = its own absolute URL, rel="alternate" = the dashboard view of what it
 * follows, and atom:author "Axis Atlas". Returns the XML text (UTF-8 declared). Throws a TypeError when
 * `input.origin` is not an absolute URL.
 */
export function buildAtomFeed(input: FeedInput): string {
  const { origin, subject } = input;
  const url = (path: string) => new URL(path, origin).toString();
  const self = url(feedPath(subject));
  const feed = new Feed({
    id: self,
    title: xmlSafe(feedTitle(subject)),
    description: xmlSafe(feedSubtitle(subject)),
    link: url(subjectViewPath(subject)),
    feedLinks: { atom: self },
    updated: input.updated,
    author: { name: PUBLISHER },
    generator: PUBLISHER,
  });
  for (const event of input.events) {
    feed.addItem({
      id: `urn:uuid:${event.id}`,
      // type="html" (the library's choice): the title as escaped HTML reads exactly as typed.
      title: escapeHtml(event.title),
      link: url(eventViewPath(event, subject)),
      date: event.updatedAt,
      published: event.createdAt,
      description: entrySummaryHtml(event),
      content: entryContentHtml(event),
      category: [
        { term: event.category, name: CATEGORY_LABEL[event.category] },
        { term: event.evidence, name: evidenceWords(event.evidence) },
      ],
    });
  }
  return feed.atom1();
}
