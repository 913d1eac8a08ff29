"use client";
// A link's briefing: the pair and a verdict first, then the numbers, then the dated events and sources.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { contribution } from "@/lib/domain/strength";
import { inRange } from "@/lib/domain/summarize-links";
import type { LinkSummary } from "@/lib/schemas/links";
import { linkQuery } from "@/lib/query/atlas";
import { ApiError } from "@/lib/query/api";
import { formatScore, linkVerdict, pluralize } from "@/lib/map/briefing";
import { rangeLabel, type AtlasFilters } from "@/lib/map/timeline";
import type { RangeView } from "../dashboard";
import { linkStyle, NATURE_LABEL, PATTERN_LABEL } from "@/lib/map/link-style";
import { EmptyState, ErrorState, Skeleton } from "../states";
import { LineSwatch } from "../line-swatch";
import { EventList } from "./event-list";
import { EvidenceMix } from "./evidence-mix";
import { PanelShell } from "./panel-shell";
import { ActivitySparkline } from "./sparkline";
import { WhyStrength } from "./why-strength";

interface LinkPanelProps {
  id: string;
  /** The link as the list knows it, so the heading and verdict show before the events arrive. */
  summary: LinkSummary | undefined;
  filters: AtlasFilters;
  /** The timeline's range: the panel shows the events in it, weighed as of its last day. */
  range: RangeView;
  /** An event to highlight and scroll to (from search). */
  highlight?: string;
  onClose: () => void;
  onOpenCountry: (iso2: string) => void;
}

export function LinkPanel({ id, summary, filters, range, highlight, onClose, onOpenCountry }: LinkPanelProps) {
  const query = useQuery(linkQuery(id, filters));
  // The link's whole record comes once; the range picks its events and re-weighs them here.
  const allEvents = query.data?.link.events;
  const events = useMemo(() => allEvents?.filter((e) => inRange(e, range)), [allEvents, range]);
  const contributions = useMemo(
    () => (events ?? []).map((event) => ({ event, contribution: contribution(event, { asOf: range.asOf }) })),
    [events, range.asOf],
  );
  // The numbers come from the dashboard's computation for the range (the same as the map and list).
  const link = summary ?? query.data?.link;
  const hidden = (allEvents?.length ?? 0) - (events?.length ?? 0);
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const title = link ? link.countryNames.join(" – ") : id;

  if (!link) {
    return (
      <PanelShell panelKey={`link-${id}`} eyebrow="Link" title={title} titleText={title} onClose={onClose}>
        {notFound ? (
          <EmptyState>There is no link {id} in the atlas. It may have been removed, or the address is mistyped.</EmptyState>
        ) : query.isError ? (
          <ErrorState title="This link could not be loaded." error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton lines={6} label="Loading the link" />
        )}
      </PanelShell>
    );
  }

  const style = linkStyle(link);
  const countryButtons = link.countries.map((iso2, i) => (
    <button key={iso2} type="button" className="chip" onClick={() => onOpenCountry(iso2)}>
      {link.countryNames[i]}
    </button>
  ));

  return (
    <PanelShell panelKey={`link-${id}`} eyebrow="Link" title={title} titleText={title} onClose={onClose}>
      <p className="verdict">{linkVerdict(link)}</p>
      <p className="panel__lead">{link.title}</p>
      {link.summary ? <p className="panel__summary">{link.summary}</p> : null}

      <dl className="figures">
        <div>
          <dt>Strength</dt>
          <dd className="num">{link.strength.toFixed(1)}</dd>
        </div>
        <div>
          <dt>Events</dt>
          <dd className="num">{link.eventCount}</dd>
        </div>
        <div>
          <dt>Tone</dt>
          <dd className="num">{link.tone === null ? "–" : formatScore(link.tone)}</dd>
        </div>
        <div>
          <dt>Drawn as</dt>
          <dd className="figures__style">
            <LineSwatch color={style.color} width={style.width} pattern={style.pattern} length={26} />
            <span>
              {link.eventCount === 0 ? PATTERN_LABEL.dotted : `${NATURE_LABEL[link.nature]}, ${PATTERN_LABEL[style.pattern].toLowerCase()}`}
            </span>
          </dd>
        </div>
      </dl>
      <p className="muted small">
        {range.narrowed ? `For ${rangeLabel(range.range)}. ` : ""}Strength adds up each event&apos;s weight (below); tone is
        their weighted mean on the Goldstein scale (−10 conflict to +10 cooperation).
      </p>

      <h3 className="panel__section-title">Evidence</h3>
      <EvidenceMix link={link} />

      <h3 className="panel__section-title" id={`why-${id}`}>
        Why this strength
      </h3>
      {events ? (
        events.length > 0 ? (
          <WhyStrength rows={contributions} asOf={range.asOf} strength={link.strength} />
        ) : (
          <EmptyState>No events in view, so the strength is 0.</EmptyState>
        )
      ) : query.isError ? null : (
        <Skeleton lines={3} label="Loading contributions" />
      )}

      <h3 className="panel__section-title">Activity</h3>
      {events ? (
        events.length > 0 ? (
          <ActivitySparkline events={events} color={style.color} />
        ) : (
          <EmptyState>
            {hidden > 0 ? "No events in view, so there is no activity to chart." : "No events recorded for this link yet, so there is no activity to chart."}
          </EmptyState>
        )
      ) : query.isError ? null : (
        <Skeleton lines={1} label="Loading activity" />
      )}

      <h3 className="panel__section-title">
        Events {events ? <span className="rail__count">{pluralize(events.length, "event")}</span> : null}
      </h3>
      {query.data && query.data.link.events.length < query.data.link.eventCount ? (
        <p className="muted small" data-testid="events-truncated">
          The list holds the newest {query.data.link.events.length.toLocaleString("en")} of{" "}
          {query.data.link.eventCount.toLocaleString("en")} events; search finds any of them. The numbers above count them all.
        </p>
      ) : null}
      {hidden > 0 ? (
        <p className="muted small" data-testid="events-hidden">
          {pluralize(hidden, "more event")} outside {range.narrowed ? rangeLabel(range.range) : "this view"}.
        </p>
      ) : null}
      {events ? (
        events.length > 0 ? (
          <EventList events={events} highlight={highlight} />
        ) : hidden > 0 ? (
          <EmptyState>No events of this link fall in {rangeLabel(range.range)}.</EmptyState>
        ) : (
          <EmptyState>
            No events recorded for this link yet. The atlas follows the tie between {link.countryNames[0]} and{" "}
            {link.countryNames[1]}, but no dated, sourced event has been entered.
          </EmptyState>
        )
      ) : query.isError ? (
        <ErrorState title="The events could not be loaded." error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Skeleton lines={5} label="Loading events" />
      )}

      <h3 className="panel__section-title">Countries</h3>
      <div className="chips">{countryButtons}</div>
    </PanelShell>
  );
}
