// What an Atom entry says about one event, as the panels say it (components/panels/event-list.tsx): the date as
// precisely as it is known ("April 2024"), the category, the evidence level in the app's own words (an alleged
// event reads "Alleged", never anything surer), the participants and the sources with their links. The feed
// library writes summaries and content as type="html" (RFC 4287 §3.1.1.2: escaped HTML), so every text from
// the data is HTML-escaped here and only this file's own markup stays markup.
import { formatEventDate } from "@/lib/domain/date-precision";
import { CATEGORY_LABEL, EVIDENCE_LABEL, formatScore } from "@/lib/domain/labels";
import type { EventDto } from "@/lib/schemas/events";

/**
 * Characters XML 1.0 does not allow anywhere (§2.2 Char): C0 controls other than tab, newline and carriage
 * return, lone surrogates, U+FFFE and U+FFFF. A title typed with one would make the whole feed unreadable.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids (see NOT_XML_CHAR); everything else unchanged. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `text` as HTML text or attribute value: & < > " ' escaped, XML-forbidden characters dropped. */
export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** True for the http and https URLs a reader may follow; anything else is shown as text, never linked. */
function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** The evidence level in the app's words: "Evidence: Alleged". */
export function evidenceWords(evidence: EventDto["evidence"]): string {
  return `Evidence: ${EVIDENCE_LABEL[evidence]}`;
}

/** One line of plain facts, "April 2024 · Diplomatic visit · Evidence: Confirmed · Iran, North Korea", as escaped HTML. */
export function entrySummaryHtml(event: EventDto): string {
  const facts = [
    formatEventDate(event.date, event.precision),
    CATEGORY_LABEL[event.category],
    evidenceWords(event.evidence),
    ...(event.origin === "machine" ? ["Machine-coded"] : []),
    event.participants.map((p) => p.name).join(", "),
  ];
  return escapeHtml(facts.join(" · "));
}

/** One source as the panel lists it: its title (linked when it has a web URL) — publisher, date. */
function sourceHtml(source: EventDto["sources"][number]): string {
  const published = source.publishedOn ? `, ${formatEventDate(source.publishedOn, "day")}` : "";
  const byline = escapeHtml(` — ${source.publisher}${published}`);
  if (source.url && isWebUrl(source.url)) return `<li><a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>${byline}</li>`;
  return `<li>${escapeHtml(source.title)}${byline}${escapeHtml(" (no link available)")}</li>`;
}

/**
 * The entry's content: the facts line, the summary, the participants and the sources, as HTML whose every
 * text is escaped. Takes an event as the API gives it; returns the HTML.
 */
export function entryContentHtml(event: EventDto): string {
  const machine = event.origin === "machine" ? " · Machine-coded (not reviewed by an editor)" : "";
  const parts = [
    `<p>${escapeHtml(`${formatEventDate(event.date, event.precision)} · ${CATEGORY_LABEL[event.category]}`)} · <strong>${escapeHtml(evidenceWords(event.evidence))}</strong>${escapeHtml(`${machine} · Score ${formatScore(event.score)}`)}</p>`,
    ...(event.summary ? [`<p>${escapeHtml(event.summary)}</p>`] : []),
    `<p>${escapeHtml(`Participants: ${event.participants.map((p) => p.name).join(", ")}`)}</p>`,
    event.sources.length
      ? `<p>${event.sources.length === 1 ? "Source" : "Sources"}:</p><ul>${event.sources.map(sourceHtml).join("")}</ul>`
      : "<p>No source recorded.</p>",
  ];
  return parts.join("\n");
}
