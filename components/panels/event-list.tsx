"use client";
// Dated, sourced, evidence-graded events, newest first, as the API orders them. One may be highlighted
// (opened from search): it is marked aria-current, scrolled into view and focused.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { EventDto } from "@/lib/schemas/events";
import { useWords } from "../use-words";

export function EvidenceBadge({ evidence }: { evidence: EventDto["evidence"] }) {
  const words = useWords();
  return <span className={`badge badge--${evidence}`}>{words.evidence(evidence)}</span>;
}

function SourceItem({ source }: { source: EventDto["sources"][number] }) {
  const t = useTranslations("events");
  const words = useWords();
  const published = source.publishedOn ? `, ${words.date(source.publishedOn, "day")}` : "";
  if (source.url) {
    return (
      <li>
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          <bdi lang="en" dir="auto">
            {source.title}
          </bdi>
          <span className="visually-hidden"> {t("newTab")}</span>
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
      <bdi lang="en" dir="auto">
        {source.title}
      </bdi>
      <span className="source__publisher">
        {" "}
        — {source.publisher}
        {published} {t("noLinkAvailable")}
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
  const t = useTranslations("events");
  const words = useWords();
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
        const flow = words.flowPhrase(event.participants);
        return (
        <li
          key={event.id}
          className={event.id === highlight ? "event event--highlight" : "event"}
          data-event-id={event.id}
          {...(event.id === highlight
            ? { ref: highlightRef, tabIndex: -1, "aria-current": "true" as const }
            : {})}
        >
          {event.id === highlight ? <p className="event__flag">{t("searchResult")}</p> : null}
          <p className="event__meta">
            <time dateTime={event.date} className="event__date">
              {words.date(event.date, event.precision)}
            </time>
            <span className="event__category">{words.category(event.category)}</span>
            <EvidenceBadge evidence={event.evidence} />
            {event.origin === "machine" ? (
              <span className="badge badge--machine" title={t("machineTitle")}>
                {t("machine")}
              </span>
            ) : null}
            <span className="event__score" title={t("scoreTitle")}>
              {t("score", { score: words.score(event.score) })}
            </span>
          </p>
          <Heading className="event__title">
            {flow ? <span className="event__flow">{flow}: </span> : null}
            <bdi lang="en" dir="auto">
              {event.title}
            </bdi>
          </Heading>
          {event.summary ? (
            <p className="event__summary" lang="en" dir="auto">
              {event.summary}
            </p>
          ) : null}
          <p className="event__participants">
            <span className="event__label">{t("participants")}</span> {event.participants.map((p) => words.participant(p)).join(", ")}
          </p>
          {event.sources.length > 0 ? (
            <div className="event__sources">
              <span className="event__label">{t("sources", { count: event.sources.length })}</span>
              <ul role="list">
                {event.sources.map((source, i) => (
                  <SourceItem key={`${source.url ?? source.title}-${i}`} source={source} />
                ))}
              </ul>
            </div>
          ) : (
            <p className="event__participants">{t("noSource")}</p>
          )}
          {event.tivMillions !== null ? (
            <p className="event__participants">
              <span className="event__label">SIPRI TIV:</span> {t("tiv", { value: words.num(event.tivMillions) })}
            </p>
          ) : null}
        </li>
        );
      })}
    </ol>
  );
}
