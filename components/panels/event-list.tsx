"use client";
// Dated, sourced, evidence-graded events, newest first, as the API orders them. One may be highlighted
// (opened from search): it is marked aria-current, scrolled into view and focused.
import { useEffect, useRef } from "react";
import { formatEventDate } from "@/lib/domain/date-precision";
import { eventFlowPhrase, ROLE_LABEL } from "@/lib/domain/direction-words";
import type { EventDto } from "@/lib/schemas/events";
import { CATEGORY_LABEL, EVIDENCE_LABEL, formatScore } from "@/lib/map/briefing";

export function EvidenceBadge({ evidence }: { evidence: EventDto["evidence"] }) {
  return <span className={`badge badge--${evidence}`}>{EVIDENCE_LABEL[evidence]}</span>;
}

function SourceItem({ source }: { source: EventDto["sources"][number] }) {
  const published = source.publishedOn ? `, ${formatEventDate(source.publishedOn, "day")}` : "";
  if (source.url) {
    return (
      <li>
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        <span className="source__publisher">
          {" "}
          — {source.publisher}
          {published}
        </span>
      </li>
    );
  }
  return (
    <li>
      <span>{source.title}</span>
      <span className="source__publisher">
        {" "}
        — {source.publisher}
        {published} (no link available)
      </span>
    </li>
  );
}

interface EventListProps {
  events: readonly EventDto[];
  headingLevel?: 3 | 4;
  highlight?: string;
}

export function EventList({ events, headingLevel = 4, highlight }: EventListProps) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const highlightRef = useRef<HTMLLIElement>(null);
  const found = highlight ? events.some((e) => e.id === highlight) : false;
  useEffect(() => {
    if (!found) return;
    // After the panel has focused its heading and scrolled to the top (its effect runs after ours).
    const timer = window.setTimeout(() => {
      const el = highlightRef.current;
      if (!el) return;
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      el.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
      el.focus({ preventScroll: true });
    }, 60);
    return () => window.clearTimeout(timer);
  }, [found, highlight]);
  return (
    <ol className="events" role="list">
      {events.map((event) => {
        const flow = eventFlowPhrase(event.participants);
        return (
        <li
          key={event.id}
          className={event.id === highlight ? "event event--highlight" : "event"}
          data-event-id={event.id}
          {...(event.id === highlight
            ? { ref: highlightRef, tabIndex: -1, "aria-current": "true" as const }
            : {})}
        >
          {event.id === highlight ? <p className="event__flag">Search result</p> : null}
          <p className="event__meta">
            <time dateTime={event.date} className="event__date">
              {formatEventDate(event.date, event.precision)}
            </time>
            <span className="event__category">{CATEGORY_LABEL[event.category]}</span>
            <EvidenceBadge evidence={event.evidence} />
            {event.origin === "machine" ? (
              <span className="badge badge--machine" title="Imported from a dataset (GDELT, ICEWS or SIPRI; its source is below), not reviewed by an editor">
                Machine-coded
              </span>
            ) : null}
            <span className="event__score" title="Goldstein score, −10 conflict to +10 cooperation">
              Score {formatScore(event.score)}
            </span>
          </p>
          <Heading className="event__title">
            {flow ? <span className="event__flow">{flow}: </span> : null}
            {event.title}
          </Heading>
          {event.summary ? <p className="event__summary">{event.summary}</p> : null}
          <p className="event__participants">
            <span className="event__label">Participants:</span>{" "}
            {event.participants.map((p) => (p.role ? `${p.name} (${ROLE_LABEL[p.role]})` : p.name)).join(", ")}
          </p>
          {event.sources.length > 0 ? (
            <div className="event__sources">
              <span className="event__label">{event.sources.length === 1 ? "Source" : "Sources"}:</span>
              <ul role="list">
                {event.sources.map((source, i) => (
                  <SourceItem key={`${source.url ?? source.title}-${i}`} source={source} />
                ))}
              </ul>
            </div>
          ) : (
            <p className="event__participants">No source recorded.</p>
          )}
          {event.tivMillions !== null ? (
            <p className="event__participants">
              <span className="event__label">SIPRI TIV:</span> {event.tivMillions.toLocaleString("en")} million
            </p>
          ) : null}
        </li>
        );
      })}
    </ol>
  );
}
