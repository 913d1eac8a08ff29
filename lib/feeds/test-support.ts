// For tests of the feeds (unit and integration): an Atom document read back with a maintained XML parser, checked
// to be well-formed XML whose root is atom:feed (RFC 4287 §4.1.1), as plain values to assert on exactly.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

export interface ParsedLink {
  rel: string | undefined;
  href: string;
}

export interface ParsedEntry {
  id: string;
  /** As a reader shows it: a type="html" title's escaping undone. */
  title: string;
  updated: string;
  published: string;
  links: ParsedLink[];
  summary: string;
  content: string;
  categories: { term: string; label: string | undefined }[];
}

export interface ParsedFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  authors: string[];
  links: ParsedLink[];
  entries: ParsedEntry[];
}

const LISTS = new Set(["entry", "link", "category", "author"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Text as written: ids and dates must not become numbers, entities are decoded by the parser.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => LISTS.has(name),
});

type Node = Record<string, unknown>;
const text = (node: unknown): string => (typeof node === "string" ? node : String((node as Node)?.["#text"] ?? ""));
/** What a type="html" text reads as (RFC 4287 §3.1.1.2): the escaped HTML's entities decoded (only the five the feed writes). */
export function htmlText(html: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => named[name]!);
}
const links = (node: Node): ParsedLink[] => ((node.link as Node[] | undefined) ?? []).map((l) => ({ rel: l.rel as string | undefined, href: l.href as string }));

/** Parses `xml` as an Atom feed; throws when it is not well-formed XML or its root is not atom:feed. */
export function parseAtom(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(xml) as Node;
  const roots = Object.keys(doc).filter((k) => k !== "?xml");
  if (roots.length !== 1 || roots[0] !== "feed") throw new Error(`The root element is ${roots.join(", ")}, not feed`);
  const feed = doc.feed as Node;
  if (feed.xmlns !== ATOM_NAMESPACE) throw new Error(`The feed element is in namespace ${String(feed.xmlns)}, not Atom's`);
  return {
    id: text(feed.id),
    title: text(feed.title),
    subtitle: text(feed.subtitle),
    updated: text(feed.updated),
    authors: ((feed.author as Node[] | undefined) ?? []).map((a) => text(a.name)),
    links: links(feed),
    entries: ((feed.entry as Node[] | undefined) ?? []).map((entry) => ({
      id: text(entry.id),
      title: (entry.title as Node | undefined)?.type === "html" ? htmlText(text(entry.title)) : text(entry.title),
      updated: text(entry.updated),
      published: text(entry.published),
      links: links(entry),
      summary: text(entry.summary),
      content: text(entry.content),
      categories: ((entry.category as Node[] | undefined) ?? []).map((c) => ({ term: c.term as string, label: c.label as string | undefined })),
    })),
  };
}
